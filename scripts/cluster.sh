#!/usr/bin/env bash
# A three-node MariaDB Galera cluster, three Emporium middle tiers (one per node) and HAProxy in front of them,
# all on loopback on this machine: for trying fail-over by hand and for CI. Run as root (mariadbd runs as root
# here, in its own directory; the system MariaDB on 3306 is not touched).
#
#   bash scripts/cluster.sh start-db                 # nodes 1-3, database `emporium`, root@127.0.0.1 without password
#   bash scripts/cluster.sh start-tiers [MODE]       # db upgrade, tiers 1-3, HAProxy on 127.0.0.1:18870
#        MODE everywhere (default): every tier writes and reads through its own node first
#        MODE single-writer: every tier writes through node 1 first, reads through its own node first
#   bash scripts/cluster.sh status | checksum
#   bash scripts/cluster.sh kill-node N | start-node N | kill-tier N | start-tier N
#   bash scripts/cluster.sh stop-tiers               # HAProxy and the tiers stop (e.g. to change MODE)
#   bash scripts/cluster.sh stop                     # everything stops, the data stays (start-db starts it again)
#   bash scripts/cluster.sh destroy                  # stop, then remove the directory
#
# Ports (N = 1, 2, 3):    MariaDB 331N   Galera 457N   IST 458N   SST 459N
#                         tier 1887N     tier readiness (HTTP /ready) 1888N     HAProxy 18870
# Files: ${EMPORIUM_CLUSTER_DIR:-/tmp/emporium-cluster}/
#   nodeN/{my.cnf,data/,error.log,mariadbd.sock,mariadbd.pid}, tierN.{pid,log}, tiers.mode,
#   haproxy.{cfg,pid,log,sock}
# Environment: EMPORIUM_CLUSTER_DIR, EMPORIUM_PY (directory of emporium-server/-admin, default .venv/bin of
# the repository), EMPORIUM_CLUSTER_TIMEOUT (seconds a node may take to become Synced, default 180).
# Configuration templates: deploy/galera.cnf, deploy/haproxy.cfg.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BASE=${EMPORIUM_CLUSTER_DIR:-/tmp/emporium-cluster}
PY=${EMPORIUM_PY:-.venv/bin}
[[ $PY = /* ]] || PY=$REPO/$PY
ADDR=127.0.0.1
NODES=(1 2 3)
LB_PORT=18870
SYNC_TIMEOUT=${EMPORIUM_CLUSTER_TIMEOUT:-180}
GALERA_LIB=/usr/lib/galera/libgalera_smm.so
MARKER=.emporium-cluster     # destroy removes only a directory this script made

db_port()     { echo $((3310 + $1)); }
gcomm_port()  { echo $((4570 + $1)); }
ist_port()    { echo $((4580 + $1)); }
sst_port()    { echo $((4590 + $1)); }
tier_port()   { echo $((18870 + $1)); }
health_port() { echo $((18880 + $1)); }
node_dir()    { echo "$BASE/node$1"; }

say() { echo "cluster: $*"; }
die() { echo "cluster: $*" >&2; exit 1; }

check_node_arg() { [[ ${1:-} =~ ^[123]$ ]] || die "expected a node/tier number 1, 2 or 3, got '${1:-}'"; }

# --- prerequisites ------------------------------------------------------------------------------------------

# Say which Debian packages are missing (all at once) and stop, rather than failing half-way.
require() {   # require PROGRAM:PACKAGE ...
  local missing=() item prog pkg
  for item in "$@"; do
    prog=${item%%:*}; pkg=${item#*:}
    if [[ $prog = /* ]]; then [[ -e $prog ]] || missing+=("$pkg ($prog)")
    else command -v "$prog" >/dev/null || missing+=("$pkg ($prog)"); fi
  done
  if ((${#missing[@]})); then
    echo "cluster: missing package(s): ${missing[*]}" >&2
    echo "cluster: install them with: apt-get install -y haproxy mariadb-server mariadb-backup socat galera-4 curl" >&2
    exit 1
  fi
}
require_db()    { require mariadbd:mariadb-server mariadb:mariadb-client mariadb-install-db:mariadb-server \
                          mariabackup:mariadb-backup socat:socat "$GALERA_LIB:galera-4"; }
require_tiers() { require haproxy:haproxy socat:socat curl:curl; }

port_open() { (exec 3<>"/dev/tcp/$ADDR/$1") 2>/dev/null; }

# A port someone else already listens on would make a node or tier fail with a less obvious message.
require_free_port() {   # require_free_port PORT WHAT
  ! port_open "$1" || die "port $1 ($2) is already in use by another program (ss -ltnp 'sport = :$1')"
}

make_base() {
  if [[ ! -d $BASE ]]; then mkdir -p "$BASE"; touch "$BASE/$MARKER"
  elif [[ ! -e $BASE/$MARKER ]]; then
    [[ -z $(ls -A "$BASE") ]] || die "$BASE exists and was not made by this script; set EMPORIUM_CLUSTER_DIR"
    touch "$BASE/$MARKER"
  fi
}

# --- processes ----------------------------------------------------------------------------------------------

# The pid in FILE if that process is alive and its command line contains WORD (a pid file left by a killed
# process may name a pid since reused by something else).
live_pid() {   # live_pid FILE WORD
  local pid
  pid=$(cat "$1" 2>/dev/null) || return 1
  [[ $pid =~ ^[0-9]+$ ]] && tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -q -- "$2" || return 1
  echo "$pid"
}
node_pid()    { live_pid "$(node_dir "$1")/mariadbd.pid" mariadbd; }
tier_pid()    { live_pid "$BASE/tier$1.pid" emporium-server; }
haproxy_pid() { live_pid "$BASE/haproxy.pid" haproxy; }

# SIGTERM, wait up to TIMEOUT seconds, then SIGKILL.
stop_pid() {   # stop_pid PID WHAT TIMEOUT
  local pid=$1 what=$2 timeout=$3 i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < timeout * 5; i++)); do
    kill -0 "$pid" 2>/dev/null || { say "$what stopped"; return 0; }
    sleep 0.2
  done
  say "$what did not stop within ${timeout}s: kill -9"
  kill -KILL "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}

kill9() {   # kill9 PID WHAT
  kill -KILL "$1" 2>/dev/null || true
  while kill -0 "$1" 2>/dev/null; do sleep 0.1; done
  say "$2 (pid $1) killed with SIGKILL"
}

# --- database nodes -----------------------------------------------------------------------------------------

sql() {   # sql N STATEMENTS: as root over node N's own socket, tab-separated, no headers
  mariadb --no-defaults --user=root --socket="$(node_dir "$1")/mariadbd.sock" --batch --skip-column-names \
    --connect-timeout=3 -e "$2"
}

wsrep_var() {   # wsrep_var N NAME: one global status value of node N (empty when it does not answer)
  sql "$1" "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | cut -f2 || true
}

show_error_log() {
  echo "---- last lines of $(node_dir "$1")/error.log ----" >&2
  tail -n 25 "$(node_dir "$1")/error.log" >&2 2>/dev/null || echo "(no error log)" >&2
  echo "----" >&2
}

# The node's configuration is rendered at every start, so edits to deploy/galera.cnf take effect on restart.
render_node_cnf() {
  local n=$1 dir cluster="gcomm://" i
  dir=$(node_dir "$n")
  for i in "${NODES[@]}"; do cluster+="$ADDR:$(gcomm_port "$i"),"; done
  mkdir -p "$dir/data" "$dir/tmp"
  sed -e "s|@DIR@|$dir|g" -e "s|@NODE@|$n|g" -e "s|@ADDRESS@|$ADDR|g" -e "s|@DB_PORT@|$(db_port "$n")|g" \
      -e "s|@GCOMM_PORT@|$(gcomm_port "$n")|g" -e "s|@IST_PORT@|$(ist_port "$n")|g" \
      -e "s|@SST_PORT@|$(sst_port "$n")|g" -e "s|@CLUSTER@|${cluster%,}|g" \
      "$REPO/deploy/galera.cnf" >"$dir/my.cnf"
}

# Only the first node gets system tables from mariadb-install-db: a joining node's data directory is replaced by
# the state transfer (SST) anyway. wsrep is off while the tables are made (nothing to replicate yet).
install_node() {
  local dir
  dir=$(node_dir "$1")
  say "node $1: mariadb-install-db"
  mariadb-install-db --defaults-file="$dir/my.cnf" --user=root --auth-root-authentication-method=normal \
    --skip-test-db --wsrep-on=OFF >"$dir/install-db.log" 2>&1 \
    || { tail -n 20 "$dir/install-db.log" >&2; die "node $1: mariadb-install-db failed (log: $dir/install-db.log)"; }
}

# Starts mariadbd in the background, in a session of its own (a Ctrl-C in the caller's terminal or the end of
# a CI step's shell does not reach it). setsid execs in place here, so $! is mariadbd's pid; it is written to
# the same pid file mariadbd writes itself, because a joiner writes its own only after the state transfer.
launch_node() {   # launch_node N [--wsrep-new-cluster]
  local n=$1 dir
  shift
  dir=$(node_dir "$n")
  require_free_port "$(db_port "$n")" "MariaDB of node $n"
  require_free_port "$(gcomm_port "$n")" "Galera of node $n"
  render_node_cnf "$n"
  local pos
  if [[ -f $dir/data/grastate.dat && $(grastate "$n" seqno) = -1 && -f $dir/data/ibdata1 ]]; then
    pos=$(recover_position "$n")                 # it crashed (or was killed): find where it stopped
    [[ -z $pos || $pos = *:-1 ]] || { set -- "$@" --wsrep-start-position="$pos"; say "node $n: recovered position $pos"; }
  fi
  setsid mariadbd --defaults-file="$dir/my.cnf" --user=root "$@" </dev/null >>"$dir/mariadbd.out" 2>&1 &
  echo $! >"$dir/mariadbd.pid"
  say "node $n: mariadbd started (pid $!)${1:+ with $*}"
}

# Waits until node N is Synced in a Primary component; with WANT_SIZE, also until the cluster has that many
# members. Fails at once if mariadbd exits, and after SYNC_TIMEOUT seconds, showing the node's error log.
wait_synced() {   # wait_synced N [WANT_SIZE]
  local n=$1 want=${2:-0} deadline=$((SECONDS + SYNC_TIMEOUT)) state size status
  while :; do
    if ! node_pid "$n" >/dev/null; then
      show_error_log "$n"; die "node $n: mariadbd exited while starting (see above)"
    fi
    state=$(wsrep_var "$n" wsrep_local_state_comment)
    size=$(wsrep_var "$n" wsrep_cluster_size)
    status=$(wsrep_var "$n" wsrep_cluster_status)
    if [[ $state = Synced && $status = Primary && ${size:-0} -ge $want ]]; then
      say "node $n: Synced, cluster size $size"; return 0
    fi
    if ((SECONDS >= deadline)); then
      show_error_log "$n"
      die "node $n: not Synced after ${SYNC_TIMEOUT}s (state '${state:-no answer}', status '${status:-?}', size '${size:-?}'; want size >= $want)"
    fi
    sleep 1
  done
}

grastate() {   # grastate N KEY: seqno or safe_to_bootstrap from node N's grastate.dat (empty if none)
  sed -n "s/^$2:[[:space:]]*//p" "$(node_dir "$1")/data/grastate.dat" 2>/dev/null || true
}

# The Galera position (uuid:seqno) a stopped node's InnoDB holds, from `mariadbd --wsrep-recover` (what
# galera_recovery and the systemd unit do). Needed after a crash: grastate.dat then says seqno -1, and a node
# that starts without knowing its position gets a full copy (SST) instead of the missed write-sets (IST).
recover_position() {
  local n=$1 dir
  dir=$(node_dir "$n")
  render_node_cnf "$n"
  mariadbd --defaults-file="$dir/my.cnf" --user=root --wsrep-recover --log-error="$dir/recover.log" \
    >/dev/null 2>&1 || true
  sed -n 's/.*WSREP: Recovered position: *\([0-9a-f-]*:-\{0,1\}[0-9][0-9]*\).*/\1/p' "$dir/recover.log" | tail -n 1
  rm -f "$dir/recover.log"
}

# The last committed seqno of a stopped node: from grastate.dat after a clean shutdown, else recovered.
node_seqno() {
  local n=$1 seqno
  seqno=$(grastate "$n" seqno)
  if [[ ${seqno:--1} = -1 ]]; then
    seqno=$(recover_position "$n")
    seqno=${seqno##*:}
  fi
  echo "${seqno:--1}"
}

# Which stopped node may start a new cluster: after a clean `stop` the last node to leave (node 1, as stop
# stops 3, 2, 1) has safe_to_bootstrap: 1 and the latest seqno. After a crash of all nodes none has it: take
# the node with the highest recovered seqno (the lowest number on a tie) and mark it safe, as an administrator
# would by hand. Bootstrapping a node that is behind would make the others' newer writes unreachable.
choose_bootstrap_node() {
  local n best="" best_seqno=-2 seqno
  for n in "${NODES[@]}"; do
    [[ -f $(node_dir "$n")/data/grastate.dat ]] || continue
    if [[ $(grastate "$n" safe_to_bootstrap) = 1 ]]; then echo "$n"; return 0; fi
  done
  for n in "${NODES[@]}"; do
    [[ -f $(node_dir "$n")/data/grastate.dat ]] || continue
    seqno=$(node_seqno "$n")
    say "node $n: last committed seqno $seqno" >&2
    if ((seqno > best_seqno)); then best=$n; best_seqno=$seqno; fi
  done
  [[ -n $best ]] || die "no node has Galera state (grastate.dat) to start from; 'destroy' and start again"
  sed -i 's/^safe_to_bootstrap:.*/safe_to_bootstrap: 1/' "$(node_dir "$best")/data/grastate.dat"
  say "node $best: marked safe_to_bootstrap (highest seqno $best_seqno)" >&2
  echo "$best"
}

running_nodes() { local n; for n in "${NODES[@]}"; do node_pid "$n" >/dev/null && echo "$n"; done; true; }

# A running node of a Primary component, to join; empty if none.
primary_node() {
  local n
  for n in $(running_nodes); do
    [[ $(wsrep_var "$n" wsrep_cluster_status) = Primary ]] && { echo "$n"; return 0; }
  done
  true
}

# What the middle tiers and the tests expect, as on the system server: database `emporium` in utf8mb4 and
# root@127.0.0.1 without a password over TCP. Made through one node, replicated to all (DDL and account
# statements are replicated in total order).
ensure_schema_and_account() {
  local n=$1 i
  sql "$n" "CREATE DATABASE IF NOT EXISTS emporium CHARACTER SET utf8mb4;
            CREATE USER IF NOT EXISTS 'root'@'127.0.0.1';
            GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;" \
    || die "node $n: could not create database emporium / account root@127.0.0.1"
  for i in $(running_nodes); do
    mariadb --no-defaults --protocol=tcp -h"$ADDR" -P"$(db_port "$i")" -uroot -e 'SELECT 1' >/dev/null \
      || die "node $i: root@127.0.0.1 cannot log in over TCP on port $(db_port "$i")"
  done
}

cmd_start_db() {
  require_db
  make_base
  local start=$SECONDS n boot running
  running=$(running_nodes | tr '\n' ' ')
  if [[ ${running% } = "1 2 3" ]]; then
    say "all three nodes are already running"
    for n in "${NODES[@]}"; do wait_synced "$n" 3; done
    ensure_schema_and_account 1
    return 0
  fi
  if [[ -z $running ]]; then
    if [[ ! -d $(node_dir 1)/data/mysql ]] && [[ ! -f $(node_dir 1)/data/grastate.dat ]]; then
      boot=1                    # a new cluster
      render_node_cnf 1
      install_node 1
    else
      boot=$(choose_bootstrap_node)
    fi
    launch_node "$boot" --wsrep-new-cluster
    wait_synced "$boot" 1
  else
    boot=$(primary_node)
    if [[ -z $boot ]]; then
      # Running nodes without quorum (e.g. two of three were killed): the survivor with the most writes
      # becomes a Primary component of its own, the others join it. Fine for this test cluster; on real hosts
      # first make sure the other nodes are really down, or two halves of the cluster would both accept writes.
      local best_seqno=-2 seqno
      for n in $running; do
        seqno=$(wsrep_var "$n" wsrep_last_committed)
        if ((${seqno:--1} > best_seqno)); then boot=$n; best_seqno=${seqno:--1}; fi
      done
      say "no running node is in a Primary component: bootstrapping it on node $boot (pc.bootstrap)"
      sql "$boot" "SET GLOBAL wsrep_provider_options='pc.bootstrap=YES'"
      wait_synced "$boot" 1
    fi
    say "running already: node(s) $running"
  fi
  # One joiner at a time: a donor serves one state transfer at a time anyway (the other joiner would retry
  # every second), and two nodes entering the group together slowed the group's membership change by seconds.
  for n in "${NODES[@]}"; do
    node_pid "$n" >/dev/null && continue
    launch_node "$n"
    wait_synced "$n"
  done
  for n in "${NODES[@]}"; do wait_synced "$n" 3; done
  ensure_schema_and_account "$boot"
  say "3 nodes Synced (MariaDB on $ADDR ports $(db_port 1), $(db_port 2), $(db_port 3)) after $((SECONDS - start))s"
}

# How the last start of a node got its data, from its error log after OFFSET: a full copy (SST: the joiner
# prepares a mariabackup backup) or the missed write-sets (IST).
transfer_kind() {   # transfer_kind LOG OFFSET
  local part
  part=$(tail -c +"$2" "$1" 2>/dev/null || true)
  if grep -q 'Preparing the backup' <<<"$part"; then echo "SST (full copy)"
  elif grep -q 'IST received' <<<"$part"; then echo "IST (missed write-sets only)"
  else echo "no state transfer"; fi
}

cmd_start_node() {
  check_node_arg "${1:-}"
  require_db
  local n=$1 start=$SECONDS
  if node_pid "$n" >/dev/null; then say "node $n is already running"; wait_synced "$n"; return 0; fi
  [[ -n $(primary_node) ]] || die "no running node in a Primary component for node $n to join: use start-db"
  local log offset
  log=$(node_dir "$n")/error.log
  offset=$(($(stat -c %s "$log" 2>/dev/null || echo 0) + 1))
  launch_node "$n"
  wait_synced "$n"
  say "node $n rejoined in $((SECONDS - start))s by $(transfer_kind "$log" "$offset")"
}

cmd_kill_node() {
  check_node_arg "${1:-}"
  local pid
  pid=$(node_pid "$1") || die "node $1 is not running"
  kill9 "$pid" "node $1 mariadbd"
}

# Stops 3, 2, then 1, one after the other, so node 1 leaves last: its grastate.dat then says
# safe_to_bootstrap: 1 and start-db bootstraps from it.
stop_nodes() {
  local n pid
  for n in 3 2 1; do
    pid=$(node_pid "$n") || continue
    stop_pid "$pid" "node $n mariadbd" 120
  done
}

# --- middle tiers and HAProxy -------------------------------------------------------------------------------

tier_mode() { cat "$BASE/tiers.mode" 2>/dev/null || echo everywhere; }

# Node N first, then the others in order: 2 -> 127.0.0.1:3312,127.0.0.1:3313,127.0.0.1:3311
hosts_from() {
  local n=$1 i list="" 
  for i in 0 1 2; do list+="$ADDR:$(db_port $(( (n - 1 + i) % 3 + 1 ))),"; done
  echo "${list%,}"
}

tier_args() {   # tier_args N MODE
  local n=$1 mode=$2
  TIER_ARGS=(--db "mysql+pymysql://root@$ADDR:$(db_port "$n")/emporium")
  case $mode in
    everywhere)    TIER_ARGS+=(--db-hosts "$(hosts_from "$n")") ;;
    single-writer) TIER_ARGS+=(--db-hosts "$(hosts_from 1)" --read-db-hosts "$(hosts_from "$n")") ;;
    *) die "unknown mode '$mode' (everywhere or single-writer)" ;;
  esac
  TIER_ARGS+=(--health-port "$(health_port "$n")" --port "$(tier_port "$n")" --host "$ADDR")
}

launch_tier() {   # launch_tier N
  local n=$1
  [[ -x $PY/emporium-server ]] || die "$PY/emporium-server not found: install Emporium (scripts/run-tests.sh makes .venv) or set EMPORIUM_PY"
  require_free_port "$(tier_port "$n")" "tier $n"
  require_free_port "$(health_port "$n")" "readiness of tier $n"
  tier_args "$n" "$(tier_mode)"
  echo "=== $(date '+%F %T') emporium-server ${TIER_ARGS[*]}" >>"$BASE/tier$n.log"
  setsid "$PY/emporium-server" "${TIER_ARGS[@]}" </dev/null >>"$BASE/tier$n.log" 2>&1 &
  echo $! >"$BASE/tier$n.pid"
  say "tier $n: emporium-server started (pid $!, $(tier_mode)), log $BASE/tier$n.log"
}

# The tier's log since its last start (launch_tier writes a === line before each start).
tier_log_tail() { awk '/^=== /{buf=""} {buf=buf $0 "\n"} END{printf "%s", buf}' "$BASE/tier$1.log" | tail -n 25 >&2; }

wait_tier() {   # wait_tier N: until its RPyC port accepts connections, at most 60 s
  local n=$1 deadline=$((SECONDS + 60))
  until port_open "$(tier_port "$n")"; do
    if ! tier_pid "$n" >/dev/null; then
      tier_log_tail "$n"; die "tier $n: emporium-server exited (log above: $BASE/tier$n.log)"
    fi
    ((SECONDS < deadline)) || { tier_log_tail "$n"; die "tier $n: port $(tier_port "$n") not open after 60s"; }
    sleep 0.5
  done
  say "tier $n: listening on $ADDR:$(tier_port "$n")"
}

haproxy_cmd() {   # haproxy_cmd COMMAND: a command on HAProxy's stats socket
  echo "$1" | socat -t 2 stdio "unix-connect:$BASE/haproxy.sock"
}

# name status for each server of the backend, from `show stat` (CSV; columns found by their header).
haproxy_server_states() {
  haproxy_cmd "show stat" | awk -F, '
    NR == 1 { sub(/^# /, ""); for (i = 1; i <= NF; i++) col[$i] = i; next }
    $1 == "emporium_tiers" && $2 != "BACKEND" {
      print $2, $col["status"], "sessions=" $col["scur"], "check=" $col["check_status"] "/" $col["check_code"],
            "for=" $col["lastchg"] "s" }'
}

start_haproxy() {
  if haproxy_pid >/dev/null; then say "HAProxy is already running"; return 0; fi
  require_free_port "$LB_PORT" "HAProxy"
  sed "s|@BASE@|$BASE|g" "$REPO/deploy/haproxy.cfg" >"$BASE/haproxy.cfg"
  haproxy -c -q -f "$BASE/haproxy.cfg" || die "HAProxy rejects $BASE/haproxy.cfg"
  # In the foreground (no `daemon`), in its own session; its log is its stderr.
  setsid haproxy -f "$BASE/haproxy.cfg" </dev/null >>"$BASE/haproxy.log" 2>&1 &
  echo $! >"$BASE/haproxy.pid"
  say "HAProxy started (pid $!) on $ADDR:$LB_PORT, log $BASE/haproxy.log, stats socket $BASE/haproxy.sock"
}

# Until HAProxy's checks see every tier UP (rise 2 x inter 1s), at most 20 s: then a client of 18870 is served.
wait_haproxy_up() {
  local deadline=$((SECONDS + 20)) states
  while :; do
    states=$(haproxy_server_states 2>/dev/null || true)
    # Exactly UP after a passed check: a server starts UP before its first check, and "UP 1/2" is going down.
    if [[ $(grep -cE '^tier[0-9]+ UP sessions=[0-9]+ check=L7OK/' <<<"$states") = "${#NODES[@]}" ]]; then
      say "HAProxy sees all tiers UP"; return 0
    fi
    if ((SECONDS >= deadline)); then
      echo "$states" >&2
      die "HAProxy does not see every tier UP after 20s (GET /ready on 18881-18883 must answer 200)"
    fi
    sleep 0.5
  done
}

cmd_start_tiers() {
  local mode=${1:-everywhere} n url
  tier_args 1 "$mode"            # validates the mode
  require_tiers
  [[ -x $PY/emporium-admin ]] || die "$PY/emporium-admin not found: install Emporium (scripts/run-tests.sh makes .venv) or set EMPORIUM_PY"
  [[ -d $BASE ]] && node_pid 1 >/dev/null || die "node 1 is not running: run start-db first"
  if [[ -n $(for n in "${NODES[@]}"; do tier_pid "$n"; done) ]] && [[ $(tier_mode) != "$mode" ]]; then
    die "tiers are running in mode $(tier_mode): run stop-tiers before starting them in mode $mode"
  fi
  echo "$mode" >"$BASE/tiers.mode"
  url="mysql+pymysql://root@$ADDR:$(db_port 1)/emporium"
  say "emporium-admin db upgrade --db $url"
  "$PY/emporium-admin" db upgrade --db "$url" || die "emporium-admin db upgrade failed"
  for n in "${NODES[@]}"; do
    if tier_pid "$n" >/dev/null; then say "tier $n is already running"; else launch_tier "$n"; fi
  done
  for n in "${NODES[@]}"; do wait_tier "$n"; done
  start_haproxy
  wait_haproxy_up
}

cmd_start_tier() {
  check_node_arg "${1:-}"
  if tier_pid "$1" >/dev/null; then say "tier $1 is already running"; return 0; fi
  [[ -d $BASE ]] || die "$BASE does not exist: run start-db and start-tiers first"
  launch_tier "$1"
  wait_tier "$1"
  if haproxy_pid >/dev/null; then wait_haproxy_up; fi
}

cmd_stop_tiers() {
  local n pid
  if pid=$(haproxy_pid); then stop_pid "$pid" HAProxy 10; fi
  for n in "${NODES[@]}"; do
    if pid=$(tier_pid "$n"); then stop_pid "$pid" "tier $n" 20; fi
  done
}

cmd_kill_tier() {
  check_node_arg "${1:-}"
  local pid
  pid=$(tier_pid "$1") || die "tier $1 is not running"
  kill9 "$pid" "tier $1 emporium-server"
}

# --- everything ---------------------------------------------------------------------------------------------

cmd_stop() {
  [[ -d $BASE ]] || { say "nothing to stop ($BASE does not exist)"; return 0; }
  cmd_stop_tiers
  stop_nodes
  say "stopped; the data stays in $BASE (start-db starts the cluster again, destroy removes it)"
}

cmd_destroy() {
  cmd_stop
  [[ -d $BASE ]] || return 0
  [[ -e $BASE/$MARKER ]] || die "$BASE was not made by this script: not removing it"
  rm -rf "$BASE"
  say "removed $BASE"
}

cmd_status() {
  local n pid code
  [[ -d $BASE ]] || { say "no cluster ($BASE does not exist)"; return 0; }
  for n in "${NODES[@]}"; do
    if pid=$(node_pid "$n"); then
      printf 'node %s  pid %-7s port %s  size %s  %s  %s\n' "$n" "$pid" "$(db_port "$n")" \
        "$(wsrep_var "$n" wsrep_cluster_size)" "$(wsrep_var "$n" wsrep_cluster_status)" \
        "$(wsrep_var "$n" wsrep_local_state_comment)"
    else
      printf 'node %s  down\n' "$n"
    fi
  done
  for n in "${NODES[@]}"; do
    if pid=$(tier_pid "$n"); then
      code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://$ADDR:$(health_port "$n")/ready" || true)
      printf 'tier %s  pid %-7s port %s  /ready %s  (%s)\n' "$n" "$pid" "$(tier_port "$n")" "$code" "$(tier_mode)"
    else
      printf 'tier %s  down\n' "$n"
    fi
  done
  if pid=$(haproxy_pid); then
    echo "haproxy pid $pid  $ADDR:$LB_PORT"
    haproxy_server_states | sed 's/^/  /' || echo "  (stats socket does not answer)"
  else
    echo "haproxy down"
  fi
}

# CHECKSUM TABLE of every table of `emporium` on every running node. Each node first catches up with the
# cluster (wsrep_sync_wait on the SELECT that lists the tables); run it while no one writes, or a write
# between two nodes' checksums shows up as a difference.
cmd_checksum() {
  local n tables list out first="" firstn="" rc=0 any=0
  for n in $(running_nodes); do
    tables=$(sql "$n" "SET SESSION wsrep_sync_wait = 1;
                       SELECT table_name FROM information_schema.tables
                       WHERE table_schema = 'emporium' AND table_type = 'BASE TABLE' ORDER BY table_name") \
      || die "node $n: cannot list the tables of emporium"
    list=$(sed 's/.*/emporium.`&`/' <<<"$tables" | paste -sd, -)
    if [[ -n $list ]]; then out=$(sql "$n" "CHECKSUM TABLE $list") || die "node $n: CHECKSUM TABLE failed"
    else out="(no tables)"; fi
    echo "== node $n"
    echo "$out"
    any=1
    if [[ -z $firstn ]]; then first=$out; firstn=$n
    elif [[ $out != "$first" ]]; then
      rc=1
      echo "!! node $n differs from node $firstn:"
      diff <(echo "$first") <(echo "$out") | sed -n 's/^[<>] /   /p'
    fi
  done
  ((any)) || die "no node is running"
  if ((rc)); then echo "checksum: nodes DIFFER"; else echo "checksum: all running nodes equal"; fi
  return $rc
}

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'; }

case ${1:-} in
  start-db)    cmd_start_db ;;
  start-tiers) cmd_start_tiers "${2:-everywhere}" ;;
  stop)        cmd_stop ;;
  destroy)     cmd_destroy ;;
  kill-node)   cmd_kill_node "${2:-}" ;;
  start-node)  cmd_start_node "${2:-}" ;;
  kill-tier)   cmd_kill_tier "${2:-}" ;;
  start-tier)  cmd_start_tier "${2:-}" ;;
  stop-tiers)  cmd_stop_tiers ;;
  status)      cmd_status ;;
  checksum)    cmd_checksum ;;
  -h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
