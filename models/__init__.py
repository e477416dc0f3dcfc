"""SQLModel tables and the database. Importing this package registers every table."""

from requestdesk.models.entries import (
    CitationRow,
    Duplicate,
    Entry,
    EntryField,
    EntryLink,
    EvidenceRow,
    StoredFile,
    SubjectRow,
)
from requestdesk.models.events import Event
from requestdesk.models.intake import IntakeRecord
from requestdesk.models.reports import ReportedRow, ReportRun  # noqa: F401  (registers the tables)
from requestdesk.models.users import User

__all__ = [
    "CitationRow", "Duplicate", "Entry", "EntryField", "EntryLink", "Event", "EvidenceRow",
    "IntakeRecord", "StoredFile", "SubjectRow", "User",
]
