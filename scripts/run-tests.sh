#!/usr/bin/env bash
# Install Emporium with its test dependencies into .venv and run the test suite.
#   bash scripts/run-tests.sh                 # on the embedded SQLite default
#   EMPORIUM_TEST_DB_URL='mysql+pymysql://root@127.0.0.1:3306/test' bash scripts/run-tests.sh   # on MariaDB
# Extra arguments go to pytest (e.g. -k audit, -x).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test]"
export QT_QPA_PLATFORM=offscreen
export PATH="$PWD/.venv/bin:$PATH"
echo "Running the tests on ${EMPORIUM_TEST_DB_URL:-SQLite (a fresh file per run)}"
exec .venv/bin/python -m pytest -p no:cacheprovider "$@"
