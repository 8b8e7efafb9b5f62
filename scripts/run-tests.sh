#!/usr/bin/env bash
# Install Emporium with its test dependencies into .venv and run the test suite.
#   bash scripts/run-tests.sh                 # on the embedded SQLite default
#   EMPORIUM_TEST_DB_URL='mysql+pymysql://root@127.0.0.1:3306/test' bash scripts/run-tests.sh   # on MariaDB
# Extra arguments go to pytest (e.g. -k audit, -x).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
# Chinese screens and printed documents are checked by the tests: they need a CJK font (Debian: as root, installed).
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && ! dpkg -s fonts-wqy-microhei >/dev/null 2>&1; then
  echo "Installing a Chinese font (fonts-wqy-microhei) ..."
  { apt-get update -qq && apt-get install -y -qq fonts-wqy-microhei >/dev/null; } \
    || echo "Could not install it: the tests of Chinese screens and documents will fail." >&2
fi
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test]"
export QT_QPA_PLATFORM=offscreen
export PATH="$PWD/.venv/bin:$PATH"
# Static checks first (EMPORIUM_SKIP_STATIC_CHECKS=1 skips them, e.g. for a second run on another database):
# the linter, the type checker over the data tier, the middle tier's core and the contract, and the import
# contracts (tiers, area layers, each area's face).
if [ "${EMPORIUM_SKIP_STATIC_CHECKS:-}" != 1 ]; then
  echo "ruff:"; .venv/bin/ruff check --no-cache .
  echo "mypy:"; .venv/bin/mypy
  echo "import contracts:"
  contracts=$(.venv/bin/lint-imports --no-cache setup.cfg) || { echo "$contracts"; exit 1; }
  echo "$contracts" | tail -n 1
fi
echo "Running the tests on ${EMPORIUM_TEST_DB_URL:-SQLite (a fresh file per run)}"
exec .venv/bin/python -m pytest -p no:cacheprovider "$@"
