"""Uploading files into the inbox, and account administration."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import Response
from sqlmodel import Session, col, select

from requestdesk.models.users import ROLES, User
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


@router.post("/users/{username}/{action}")
def change_user(request: Request, username: str, action: str, password: str = Form(""),
                user: CurrentUser = Depends(current_user)) -> Response:
    require(user, "users")
    try:
        if action == "unlock":
            auth.unlock(engine(request), username)
        elif action in ("deactivate", "activate"):
            if username == user.username:
                raise AccountError("You cannot deactivate your own account.")
            auth.set_active(engine(request), username, action == "activate")
        elif action == "password":
            auth.set_password(engine(request), username, password)
        else:
            raise AccountError("Unknown action.")
    except AccountError as exc:
        return _users(request, error=str(exc), status_code=400)
    flash(request, "Account updated.", "ok")
    return redirect("/users")


def _users(request: Request, error: str | None = None, status_code: int = 200) -> Response:
    with Session(engine(request)) as session:
        users = list(session.exec(select(User).order_by(col(User.username))))
    return render(request, "users.html", {"users": users, "roles": ROLES, "error": error},
                  status_code=status_code)
