#!/usr/bin/env bash
# Set up, lint, then run the whole test suite (what CI runs). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export OMP_THREAD_LIMIT=1
.venv/bin/ruff check .
exec .venv/bin/pytest "$@"
