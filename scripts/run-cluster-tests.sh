#!/usr/bin/env bash
# The cluster deployment's tests: a three-node MariaDB Galera cluster, three middle tiers and HAProxy on loopback
# (scripts/cluster.sh), the demo data, then the tests marked `cluster` (tests/cluster). Everything is taken down
# afterwards, also when a test fails. Run after scripts/run-tests.sh (it uses its .venv).
#   bash scripts/run-cluster-tests.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  echo "Run scripts/run-tests.sh first: it creates .venv." >&2
  exit 1
fi
need=()
command -v haproxy >/dev/null || need+=(haproxy)
command -v mariabackup >/dev/null || need+=(mariadb-backup)
command -v socat >/dev/null || need+=(socat)
command -v curl >/dev/null || need+=(curl)
[ -e /usr/lib/galera/libgalera_smm.so ] || need+=(galera-4)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${need[*]} ..."
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${need[@]}" >/dev/null; } || { echo "Could not install ${need[*]}." >&2; exit 1; }
  else
    echo "The cluster tests need ${need[*]} (Debian packages)." >&2
    exit 1
  fi
fi
export PATH="$PWD/.venv/bin:$PATH"
trap 'bash scripts/cluster.sh destroy >/dev/null 2>&1 || true' EXIT
bash scripts/cluster.sh destroy >/dev/null 2>&1 || true
started=$(date +%s)
bash scripts/cluster.sh start-db
url=mysql+pymysql://root@127.0.0.1:3311/emporium
.venv/bin/emporium-admin db upgrade --db "$url"
.venv/bin/emporium-admin seed-demo --db "$url" >/dev/null
bash scripts/cluster.sh start-tiers everywhere
echo "Cluster up in $(( $(date +%s) - started )) s."
EMPORIUM_CLUSTER=1 .venv/bin/python -m pytest -p no:cacheprovider -m cluster tests/cluster "$@"
