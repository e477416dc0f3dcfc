"""Local accounts: argon2 password hashes, sign-in with lock-out, and role permissions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from requestdesk.models.users import ROLES, User

MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 10

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

    def can(self, permission: str) -> bool:
        return permission in PERMISSIONS.get(self.role, frozenset())


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"The password must have at least {MIN_PASSWORD_LENGTH} characters.")
    return _hasher.hash(password)


def add_user(
    engine: Engine, username: str, role: str, password: str, display_name: str | None = None
) -> User:
    username = username.strip()
    if role not in ROLES:
        raise AccountError(f"Unknown role. Choose one of: {', '.join(ROLES)}.")
    if not username or len(username) > 80 or any(c.isspace() for c in username):
        raise AccountError("The user name must be 1 to 80 characters without spaces.")
    with Session(engine) as session:
        if session.exec(select(User).where(User.username == username)).first():
            raise AccountError("That user name is already taken; choose another one.")
        user = User(username=username, role=role, password_hash=hash_password(password),
                    display_name=display_name or None)
        session.add(user)
        session.commit()
        session.refresh(user)
        return user


def authenticate(engine: Engine, username: str, password: str) -> CurrentUser:
    """Check a password, counting failures and locking the account after ``MAX_FAILURES``."""
    now = datetime.now(UTC)
    with Session(engine) as session:
        user = session.exec(select(User).where(User.username == username.strip())).first()
        if user is None or not user.active:
            _verify(_DUMMY_HASH, password)
            raise SignInError("The user name or password is not correct. Check both and try again.")
        locked_until = _aware(user.locked_until)
        if locked_until and locked_until > now:
            raise SignInError(_locked_message())
        if not _verify(user.password_hash, password):
            user.failed_logins += 1
            if user.failed_logins >= MAX_FAILURES:
                user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                user.failed_logins = 0
                session.add(user)
                session.commit()
                raise SignInError(_locked_message())
            session.add(user)
            session.commit()
            raise SignInError("The user name or password is not correct. Check both and try again.")
        if user.failed_logins or user.locked_until:
            user.failed_logins = 0
            user.locked_until = None
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        session.add(user)
        session.commit()
        return to_current(user)


def load_user(engine: Engine, user_id: int) -> CurrentUser | None:
    with Session(engine) as session:
        user = session.get(User, user_id)
        if user is None or not user.active:
            return None
        return to_current(user)


def to_current(user: User) -> CurrentUser:
    assert user.id is not None
    return CurrentUser(id=user.id, username=user.username,
                       display_name=user.display_name or user.username, role=user.role)


def unlock(engine: Engine, username: str) -> None:
    with Session(engine) as session:
        user = session.exec(select(User).where(User.username == username)).first()
        if user is None:
            raise AccountError("There is no user with that name.")
        user.failed_logins = 0
        user.locked_until = None
        session.add(user)
        session.commit()


def set_active(engine: Engine, username: str, active: bool) -> None:
    with Session(engine) as session:
        user = session.exec(select(User).where(User.username == username)).first()
        if user is None:
            raise AccountError("There is no user with that name.")
        user.active = active
        session.add(user)
        session.commit()


def set_password(engine: Engine, username: str, password: str) -> None:
    with Session(engine) as session:
        user = session.exec(select(User).where(User.username == username)).first()
        if user is None:
            raise AccountError("There is no user with that name.")
        user.password_hash = hash_password(password)
        user.failed_logins = 0
        user.locked_until = None
        session.add(user)
        session.commit()


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
