#!/usr/bin/env bash
# Refresh resources/i18n/*.ts from the client's sources (keeping existing translations), then compile .qm.
# Translate the new entries (Qt Linguist: pyside6-linguist resources/i18n/emporium_zh_CN.ts) and run again.
set -euo pipefail
cd "$(dirname "$0")/.."
sources=$(find client -name '*.py' | sort)
for ts in resources/i18n/emporium_*.ts; do
  pyside6-lupdate -tr-function-alias translate+=t $sources -ts "$ts" -no-obsolete
  pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
