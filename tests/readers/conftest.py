"""Files the reader tests share, built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from . import builders, scans


@pytest.fixture(scope="session")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("reader-files")


@pytest.fixture(scope="session")
def letter_page() -> Image.Image:
    return scans.render_page(scans.LETTER_LINES)


@pytest.fixture(scope="session")
def letter_pdf(files: Path) -> Path:
    return builders.text_pdf(files / "letter.pdf", [scans.LETTER_LINES])
