"""Uploading files into the inbox, and account administration."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import Response

from requestdesk.models.users import ROLES
from requestdesk.review import auth
from requestdesk.review.auth import AccountError, CurrentUser
from requestdesk.review.security import flash
from requestdesk.review.upload import UploadError, place_in_inbox
from requestdesk.review.web import current_user, engine, redirect, render, require, settings

log = logging.getLogger(__name__)
router = APIRouter()
MAX_FILES = 20


@router.get("/upload")
def upload_form(request: Request, user: CurrentUser = Depends(current_user)) -> Response:
    require(user, "upload")
    return render(request, "upload.html")


@router.post("/upload")
def upload(request: Request, files: list[UploadFile] = File(default=[]),
           user: CurrentUser = Depends(current_user)) -> Response:
    require(user, "upload")
    chosen = [f for f in files if f.filename]
    if not chosen:
        return render(request, "upload.html", {"error": "Choose at least one file to upload."},
                      status_code=400)
    if len(chosen) > MAX_FILES:
        return render(request, "upload.html", {
            "error": f"Upload at most {MAX_FILES} files at a time."}, status_code=400)
    cfg = settings(request)
    placed: list[str] = []
    errors: list[str] = []
    for item in chosen:
        try:
            placed.append(place_in_inbox(cfg.inbox, item.filename, item.file,
                                         cfg.max_file_mb * 1024 * 1024))
        except UploadError as exc:
            errors.append(f"{item.filename}: {exc}")
        except OSError as exc:
            log.error("upload failed: %s", type(exc).__name__)
            errors.append(f"{item.filename}: the inbox folder could not be written. Tell your "
                          "administrator.")
    log.info("user id %s uploaded %d file(s)", user.id, len(placed))
    return render(request, "upload.html", {"placed": placed, "errors": errors},
                  status_code=400 if errors and not placed else 200)


@router.get("/users")
def users_page(request: Request, user: CurrentUser = Depends(current_user)) -> Response:
    require(user, "users")
    return _users(request)


@router.post("/users")
def add_user(request: Request, username: str = Form(""), role: str = Form(""),
             password: str = Form(""), display_name: str = Form(""),
             user: CurrentUser = Depends(current_user)) -> Response:
    require(user, "users")
    try:
        auth.add_user(engine(request), username, role, password, display_name or None)
    except AccountError as exc:
        return _users(request, error=str(exc), status_code=400)
    flash(request, "Account created.", "ok")
    return redirect("/users")


@router.post("/users/{user_id}/{action}")
def change_user(request: Request, user_id: int, action: str, password: str = Form(""),
                role: str = Form(""), user: CurrentUser = Depends(current_user)) -> Response:
    require(user, "users")
    db = engine(request)
    try:
        username = auth.username_of(db, user_id)
        if action in ("deactivate", "role") and user_id == user.id:
            raise AccountError("You cannot deactivate your own account or change your own role; "
                               "ask another administrator.")
        if action == "unlock":
            auth.unlock(db, username)
        elif action in ("deactivate", "activate"):
            auth.set_active(db, username, action == "activate")
        elif action == "role":
            auth.set_role(db, username, role)
        elif action == "password":
            auth.set_password(db, username, password)
        else:
            raise AccountError("Unknown action.")
    except AccountError as exc:
        return _users(request, error=str(exc), status_code=400)
    flash(request, "Account updated.", "ok")
    return redirect("/users")


def _users(request: Request, error: str | None = None, status_code: int = 200) -> Response:
    return render(request, "users.html", {
        "users": auth.list_users(engine(request)), "roles": ROLES, "error": error},
        status_code=status_code)
