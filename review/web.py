"""What every page handler shares: templates, the signed-in user, rendering and redirects."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.engine import Engine

from requestdesk.config import Settings
from requestdesk.review import labels
from requestdesk.review.auth import CurrentUser, load_user
from requestdesk.review.edits import CHOICES
from requestdesk.review.evidence import evidence_keys
from requestdesk.review.pages import PageImages
from requestdesk.review.security import SESSION_MAX_AGE, csrf_token, pop_flashes

TEMPLATES = Path(__file__).parent / "templates"


class NotSignedIn(Exception):
    """No valid session: pages redirect to sign-in, images and files get 401."""


class RoleRefused(Exception):
    """Signed in, but the role may not do this."""


def make_templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(TEMPLATES),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(labels=labels, label=labels.label, choices=CHOICES,
                       choice_label=_choice_label, evidence_keys=evidence_keys,
                       field_label=_field_label)
    env.filters.update(when=_when, day=_day, show=_show, ids=_ids, minute=_minute)
    return Jinja2Templates(env=env)


def engine(request: Request) -> Engine:
    return request.app.state.engine  # type: ignore[no-any-return]


def settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


def page_images(request: Request) -> PageImages:
    return request.app.state.pages  # type: ignore[no-any-return]


def current_user(request: Request) -> CurrentUser:
    """Dependency: the signed-in, still active user, or NotSignedIn."""
    session = request.session
    user_id, signed_in_at, stamp = session.get("uid"), session.get("iat"), session.get("stamp")
    if not isinstance(user_id, int):
        raise NotSignedIn
    # The cookie's own timestamp renews whenever the session changes; this one never does.
    fresh = isinstance(signed_in_at, int) and time.time() - signed_in_at < SESSION_MAX_AGE
    user = load_user(engine(request), user_id, str(stamp)) if fresh else None
    if user is None:
        request.session.clear()
        raise NotSignedIn
    request.state.user = user
    return user


def viewer(request: Request) -> CurrentUser:
    """Dependency: a signed-in user whose role may see entries and their originals."""
    user = current_user(request)
    require(user, "view")
    return user


def require(user: CurrentUser, permission: str) -> None:
    if not user.can(permission):
        raise RoleRefused


def render(request: Request, name: str, context: dict[str, Any] | None = None,
           status_code: int = 200) -> Response:
    ctx = dict(context or {})
    ctx.setdefault("user", getattr(request.state, "user", None))
    ctx["csrf_token"] = csrf_token(request)
    ctx["flashes"] = pop_flashes(request)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, name, ctx, status_code=status_code)


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _when(value: datetime | str | None) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _minute(value: str | None) -> str:
    """An ISO timestamp as the received-date input shows it: ``YYYY-MM-DD HH:MM`` in UTC."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return "" if value is None else str(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M")


def _day(value: date | datetime | None) -> str:
    if value is None:
        return "—"
    return value.strftime("%Y-%m-%d")


_CHOICE_TABLES: dict[str, dict[str, str]] = {
    "agency_key": labels.AGENCY_LABELS, "process_type": labels.PROCESS_LABELS,
    "purpose": labels.PURPOSE_LABELS, "channel": labels.CHANNEL_LABELS,
}


# Codes stored in the history (status, decision, ground, process, purpose) read as words.
_CODE_TABLES = (labels.STATUS_LABELS, labels.DECISION_LABELS, labels.GROUND_LABELS,
                labels.PROCESS_LABELS, labels.PURPOSE_LABELS)


def _choice_label(name: str, code: str) -> str:
    return labels.label(code, _CHOICE_TABLES.get(name, {}))


def _field_label(name: str | None) -> str:
    if not name:
        return ""
    prefix, _, _ = name.partition(":")
    if prefix in ("subject", "citation"):
        return prefix.capitalize()
    return labels.FIELD_LABELS.get(name, name.replace("_", " ").capitalize())


def _show(value: Any) -> str:
    """A stored value in words, for the history and "proposed" hints."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        return ", ".join(_ids([v]) if isinstance(v, dict) else _show(v) for v in value)
    if isinstance(value, dict):
        if "identifiers" in value or "name" in value:
            parts = [str(value.get("name") or "")]
            if value.get("dob"):
                parts.append(f"born {value['dob']}")
            if value.get("identifiers"):
                parts.append(_ids(value["identifiers"]))
            return ", ".join(p for p in parts if p)
        return "; ".join(f"{k.replace('_', ' ')}: {_show(v)}" for k, v in value.items()
                         if v is not None) or "—"
    if isinstance(value, str):
        for table in _CODE_TABLES:
            if value in table:
                return table[value]
    return str(value)


def _ids(identifiers: Any) -> str:
    if not isinstance(identifiers, list):
        return ""
    return "; ".join(f"{i.get('type', 'other')}: {i.get('value', '')}" for i in identifiers
                     if isinstance(i, dict))
