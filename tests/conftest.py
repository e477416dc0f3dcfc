"""Suite-wide settings. Each area keeps its own fixtures in a conftest.py of its folder."""

import os

import pytest

# Tesseract's OpenMP threads slow OCR down on small machines; the code parallelises by page.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: runs the pipeline over a whole corpus (skip with -m 'not slow')"
    )
