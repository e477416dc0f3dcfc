"""Sign-in and sign-out."""

from __future__ import annotations

import logging
import time

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from requestdesk.review.auth import SignInError, authenticate, end_sessions
from requestdesk.review.web import NotSignedIn, current_user, engine, redirect, render

log = logging.getLogger(__name__)
router = APIRouter()


@router.get("/login")
def login_form(request: Request) -> Response:
    try:
        current_user(request)
        return redirect("/queue")
    except NotSignedIn:  # a stale session is cleared here, so no redirect loop
        pass
    return render(request, "login.html", {"user": None})


@router.post("/login")
async def login(request: Request, username: str = Form(""), password: str = Form("")) -> Response:
    try:
        user = await run_in_threadpool(authenticate, engine(request), username, password)
    except SignInError as exc:
        return render(request, "login.html", {"user": None, "error": str(exc)}, status_code=401)
    request.session.clear()  # new session and CSRF token at sign-in
    request.session.update({"uid": user.id, "iat": int(time.time()), "stamp": user.stamp})
    log.info("user id %s signed in", user.id)
    return redirect("/queue")


@router.post("/logout")
def logout(request: Request) -> Response:
    user_id = request.session.get("uid")
    if isinstance(user_id, int):
        end_sessions(engine(request), user_id)
    request.session.clear()
    return redirect("/login")
