#!/usr/bin/env bash
# Install Emporium into .venv and run it on the embedded default: a SQLite file in your data directory
# with demo data, the middle tier on 127.0.0.1:18861, and the desktop client.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
PORT=${EMPORIUM_PORT:-18861}
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && ! dpkg -s libxcb-cursor0 fonts-wqy-microhei >/dev/null 2>&1; then
  echo "Installing the libraries Qt needs for a window, and a Chinese font ..."
  { apt-get update -qq && apt-get install -y -qq libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 \
      libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libegl1 libgl1 libdbus-1-3 \
      fonts-wqy-microhei >/dev/null; } || echo "Could not install them; the client may not open a window." >&2
fi
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
.venv/bin/emporium-admin db upgrade
.venv/bin/emporium-admin seed-demo
server_pid=""
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "A middle tier already listens on 127.0.0.1:$PORT; the client will use it."
else
  mkdir -p "${XDG_STATE_HOME:-$HOME/.local/state}/emporium"
  log="${XDG_STATE_HOME:-$HOME/.local/state}/emporium/server.log"
  .venv/bin/emporium-server --host 127.0.0.1 --port "$PORT" >"$log" 2>&1 &
  server_pid=$!
  trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null' EXIT
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { echo "The middle tier did not start; see $log" >&2; exit 1; }
    sleep 0.1
  done
  echo "Middle tier started on 127.0.0.1:$PORT (log: $log)."
fi
echo "Log in as admin / demo1234 (other demo users: merch, buyer, clerk, agent, finance, manager)."
.venv/bin/emporium-client --server "127.0.0.1:$PORT" "$@"
