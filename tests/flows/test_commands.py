"""What the commands tell a clerk when something is off (no flow run needed)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from requestdesk.cli import app
from requestdesk.models.database import head_revision


def test_missing_inbox_is_explained(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["run", "--inbox", str(tmp_path / "nowhere"),
                                      "--database-url", f"sqlite:///{tmp_path / 'db'}"])
    assert result.exit_code == 2
    said = " ".join(result.output.split())
    assert "does not exist" in said and "--inbox" in said


def test_unreachable_database_is_explained(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["queue", "--database-url",
                                      "postgresql://x@127.0.0.1:9/none?connect_timeout=1"])
    assert result.exit_code == 2
    assert "could not open its database" in " ".join(result.output.split())


def test_empty_queue_unknown_entry_and_db_upgrade(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'log.db'}"
    runner = CliRunner()
    upgraded = runner.invoke(app, ["db", "upgrade", "--database-url", url])
    assert upgraded.exit_code == 0 and str(head_revision()) in upgraded.output
    empty = runner.invoke(app, ["queue", "--database-url", url])
    assert empty.exit_code == 0 and "queue is empty" in " ".join(empty.output.split())
    assert runner.invoke(app, ["queue", "--json", "--database-url", url]).output == ""
    missing = runner.invoke(app, ["show", "abc123", "--database-url", url])
    assert missing.exit_code == 1 and "requestdesk queue" in " ".join(missing.output.split())
