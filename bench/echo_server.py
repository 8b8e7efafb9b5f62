"""A bare RPyC echo service with the middle tier's server class and configuration: the baseline."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import rpyc

from middle_tier.server import NoDelayThreadedServer, server_config


class EchoService(rpyc.Service):
    def exposed_echo(self, value):  # type: ignore[no-untyped-def]
        return value


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    args = ap.parse_args()
    NoDelayThreadedServer(EchoService, hostname="127.0.0.1", port=args.port, protocol_config=server_config(),
                          auto_register=False).start()
