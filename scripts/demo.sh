#!/usr/bin/env bash
# Set up, then run the inbox flow once over a copy of the sample inbox into the default SQLite
# database (var/requestdesk.db), and print the review queue.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export OMP_THREAD_LIMIT=1
mkdir -p var/inbox
find samples/inbox -maxdepth 1 -type f -exec cp -n {} var/inbox/ \;
.venv/bin/requestdesk run --inbox var/inbox
.venv/bin/requestdesk queue
