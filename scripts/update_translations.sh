#!/usr/bin/env bash
# Refresh resources/i18n/*.ts (keeping existing translations), then compile .qm:
#  1. pyside6-lupdate reads the client's tr() strings. Not with -no-obsolete: context "server" has no client
#     source, so lupdate marks its messages vanished, and they must survive to keep their translations;
#  2. scripts/server_texts.py writes context "server" from the middle tier's Text templates and labels, and
#     (--drop-obsolete) drops the other contexts' vanished and obsolete messages, as -no-obsolete would;
#  3. pyside6-lrelease compiles the .qm.
# Translate the new entries (Qt Linguist: pyside6-linguist resources/i18n/emporium_zh_CN.ts) and run again.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$PWD/.venv/bin
if [ -x "$bin/python" ]; then export PATH="$bin:$PATH"; fi
sources=$(find client -name '*.py' | sort)
for ts in resources/i18n/emporium_*.ts; do
  pyside6-lupdate -silent -tr-function-alias translate+=t $sources -ts "$ts"
  python3 scripts/server_texts.py --drop-obsolete --ts "$ts"
  pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
