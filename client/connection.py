"""Opening an RPyC connection to the middle tier, the way RPYC.md measured it must be done.

TCP_NODELAY and keepalive on the client socket (the server sets NODELAY too), a bounded synchronous
timeout, no pickle. With TLS the server certificate and host name are checked (`cert_reqs` is passed
explicitly: without it rpyc's ssl_connect does not check the host name).
"""
from __future__ import annotations

import ssl
from dataclasses import dataclass
from typing import Any

import rpyc
from rpyc.core.stream import SocketStream

CLIENT_CONFIG: dict[str, Any] = {
    "allow_pickle": False,
    "allow_public_attrs": False,
    "allow_all_attrs": False,
    "allow_setattr": False,
    "allow_delattr": False,
    "import_custom_exceptions": False,
    "instantiate_custom_exceptions": False,
    "include_local_traceback": False,
    "include_local_version": False,
    "sync_request_timeout": 30,
}


@dataclass(frozen=True)
class Endpoint:
    """Where the middle tier is and how to reach it."""

    host: str
    port: int
    tls_ca: str = ""        # CA bundle that signed the server certificate: enables TLS
    tls_cert: str = ""      # this workstation's certificate, for mutual TLS
    tls_key: str = ""
    timeout: float = 30.0

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}" + (" (TLS)" if self.tls_ca else "")


def open_connection(ep: Endpoint) -> rpyc.Connection:
    config = dict(CLIENT_CONFIG)
    config["sync_request_timeout"] = ep.timeout
    if ep.tls_ca:
        ssl_kwargs: dict[str, Any] = {"server_side": False, "ca_certs": ep.tls_ca, "cert_reqs": ssl.CERT_REQUIRED}
        if ep.tls_cert:
            ssl_kwargs.update(certfile=ep.tls_cert, keyfile=ep.tls_key or None)
        stream = SocketStream.ssl_connect(ep.host, ep.port, ssl_kwargs, nodelay=True, keepalive=True, timeout=10,
                                          attempts=2)
    else:
        stream = SocketStream.connect(ep.host, ep.port, nodelay=True, keepalive=True, timeout=10, attempts=2)
    return rpyc.connect_stream(stream, config=config)
