"""Local accounts: argon2 password hashes, sign-in with lock-out, and role permissions."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import or_, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from requestdesk.models.users import ROLES, User

MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 1024
# Sign-out can end a copied cookie only with a per-user counter in the schema
# (users.session_generation, integer, default 0); without it a password change still does.
REVOCABLE = "session_generation" in User.__table__.columns  # type: ignore[attr-defined]
_GENERATION = User.__table__.columns.get("session_generation")  # type: ignore[attr-defined]
_WRONG = "The user name or password is not correct. Check both and try again."

_hasher = PasswordHasher()
# Verified against when the user name is unknown, so both cases take the same time.
_DUMMY_HASH = _hasher.hash("not-a-real-password-0")

# What each role may do. Admins manage accounts; they do not review or sign off.
PERMISSIONS: dict[str, frozenset[str]] = {
    "clerk": frozenset({"view", "upload"}),
    "reviewer": frozenset({"view", "upload", "edit", "propose_decision"}),
    "supervisor": frozenset({"view", "upload", "edit", "propose_decision", "sign_off"}),
    "admin": frozenset({"view", "upload", "users"}),
}


class SignInError(Exception):
    """Sign-in refused; ``str(exc)`` is the plain-words message shown to the person."""


class AccountError(ValueError):
    """An account could not be created or changed; the message says why and what to do."""


@dataclass(frozen=True)
class CurrentUser:
    id: int
    username: str
    display_name: str
    role: str
    stamp: str = ""  # ties a session to the account's password and session generation

    def can(self, permission: str) -> bool:
        return permission in PERMISSIONS.get(self.role, frozenset())


def hash_password(password: str, username: str = "") -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"The password must have at least {MIN_PASSWORD_LENGTH} characters.")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise AccountError(f"The password may have at most {MAX_PASSWORD_LENGTH} characters.")
    if username and username.strip().lower() in password.lower():
        raise AccountError("The password must not contain the user name. Choose another one.")
    return _hasher.hash(password)


def add_user(
    engine: Engine, username: str, role: str, password: str, display_name: str | None = None
) -> User:
    username = username.strip()
    _check_role(role)
    if not username or len(username) > 80 or any(c.isspace() for c in username):
        raise AccountError("The user name must be 1 to 80 characters without spaces.")
    if display_name and len(display_name) > 200:
        raise AccountError("The full name may have at most 200 characters.")
    with Session(engine) as session:
        if session.exec(select(User).where(User.username == username)).first():
            raise AccountError("That user name is already taken; choose another one.")
        user = User(username=username, role=role, password_hash=hash_password(password, username),
                    display_name=display_name or None)
        session.add(user)
        session.commit()
        session.refresh(user)
        return user


def list_users(engine: Engine) -> list[User]:
    with Session(engine) as session:
        return list(session.exec(select(User).order_by(col(User.username))))


def username_of(engine: Engine, user_id: int) -> str:
    with Session(engine) as session:
        user = session.get(User, user_id)
    if user is None:
        raise AccountError("There is no such user. Reload the page and try again.")
    return user.username


def authenticate(engine: Engine, username: str, password: str) -> CurrentUser:
    """Check a password, locking the account after ``MAX_FAILURES`` failures.

    Each attempt is counted before the (slow) password check, in one atomic update, so guesses
    sent in parallel cannot all be checked before the lock-out is written."""
    now = datetime.now(UTC)
    with Session(engine) as session:
        user = session.exec(select(User).where(User.username == username.strip())).first()
        if user is None or not user.active:
            _verify(_DUMMY_HASH, password)
            raise SignInError(_WRONG)
        locked_until = _aware(user.locked_until)
        if locked_until and locked_until > now:
            raise SignInError(_locked_message())
        user_id = user.id
        password_hash = user.password_hash
    attempt = _count_attempt(engine, user_id, now)
    if attempt is None or attempt > MAX_FAILURES:
        raise SignInError(_locked_message())
    if not _verify(password_hash, password):
        if attempt == MAX_FAILURES:
            _update(engine, user_id, failed_logins=0,
                    locked_until=now + timedelta(minutes=LOCK_MINUTES))
            raise SignInError(_locked_message())
        raise SignInError(_WRONG)
    values: dict[str, Any] = {"failed_logins": 0, "locked_until": None}
    if _hasher.check_needs_rehash(password_hash):
        values["password_hash"] = _hasher.hash(password)
    _update(engine, user_id, **values)
    found = load_user(engine, user_id or 0)
    if found is None:
        raise SignInError(_WRONG)
    return found


def load_user(engine: Engine, user_id: int, stamp: str | None = None) -> CurrentUser | None:
    """The active user; with ``stamp``, only if the session is still that user's current one."""
    with Session(engine) as session:
        user = session.get(User, user_id)
        if user is None or not user.active:
            return None
        current = to_current(user)
    if stamp is not None and not hmac.compare_digest(stamp, current.stamp):
        return None
    return current


def to_current(user: User) -> CurrentUser:
    assert user.id is not None
    return CurrentUser(id=user.id, username=user.username,
                       display_name=user.display_name or user.username, role=user.role,
                       stamp=_stamp(user))


def end_sessions(engine: Engine, user_id: int) -> None:
    """Make every session of this user invalid (sign-out everywhere), where the schema allows."""
    if REVOCABLE:
        with Session(engine) as session:
            session.connection().execute(
                update(User).where(col(User.id) == user_id)
                .values(session_generation=_GENERATION + 1))
            session.commit()


def unlock(engine: Engine, username: str) -> None:
    _change(engine, username, failed_logins=0, locked_until=None)


def set_active(engine: Engine, username: str, active: bool) -> None:
    user_id = _change(engine, username, active=active)
    if not active:
        end_sessions(engine, user_id)


def set_role(engine: Engine, username: str, role: str) -> None:
    _check_role(role)
    end_sessions(engine, _change(engine, username, role=role))


def set_password(engine: Engine, username: str, password: str) -> None:
    user_id = _change(engine, username, password_hash=hash_password(password, username),
                      failed_logins=0, locked_until=None)
    end_sessions(engine, user_id)


def _change(engine: Engine, username: str, **values: Any) -> int:
    with Session(engine) as session:
        user_id = session.exec(select(User.id).where(User.username == username)).first()
    if user_id is None:
        raise AccountError("There is no user with that name.")
    _update(engine, user_id, **values)
    return user_id


def _update(engine: Engine, user_id: int | None, **values: Any) -> None:
    with Session(engine) as session:
        session.connection().execute(update(User).where(col(User.id) == user_id).values(**values))
        session.commit()


def _count_attempt(engine: Engine, user_id: int | None, now: datetime) -> int | None:
    """This attempt's number since the last success or lock-out; None if locked meanwhile."""
    unlocked = or_(col(User.locked_until).is_(None), col(User.locked_until) <= now)
    with Session(engine) as session:
        counted = session.connection().execute(
            update(User).where(col(User.id) == user_id, unlocked)
            .values(failed_logins=col(User.failed_logins) + 1)).rowcount
        count = session.exec(select(User.failed_logins).where(User.id == user_id)).one()
        session.commit()
    return int(count) if counted == 1 else None


def _stamp(user: User) -> str:
    # Changes when the password is set (new salt) or, with the column, at every sign-out.
    generation = getattr(user, "session_generation", 0) if REVOCABLE else 0
    return hashlib.sha256(f"{user.password_hash}:{generation}".encode()).hexdigest()[:24]


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise AccountError(f"Unknown role. Choose one of: {', '.join(ROLES)}.")


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite hands timestamps back without a zone; they were stored as UTC.
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def _locked_message() -> str:
    return (f"This account is locked after {MAX_FAILURES} failed sign-ins. Wait {LOCK_MINUTES} "
            "minutes and try again, or ask an administrator to unlock it.")
