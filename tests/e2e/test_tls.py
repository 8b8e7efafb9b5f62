"""TLS between workstation and middle tier: the server's certificate and host name are checked."""
from __future__ import annotations

import datetime as dt
import ipaddress
import threading
import time

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from client.connection import Endpoint, open_connection
from middle_tier.contract import LoginResult
from middle_tier.server import build_server


def _name(cn):
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _cert(subject, issuer, key, issuer_key, *, ca=False, dns=(), ips=()):
    now = dt.datetime.now(dt.UTC)
    b = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(_name(issuer))
         .public_key(key.public_key()).serial_number(x509.random_serial_number())
         .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if dns or ips:
        b = b.add_extension(x509.SubjectAlternativeName([*(x509.DNSName(d) for d in dns),
                                                         *(x509.IPAddress(ipaddress.ip_address(i)) for i in ips)]),
                            critical=False)
    return b.sign(issuer_key, hashes.SHA256())


def _write(path, cert=None, key=None):
    if cert is not None:
        path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    else:
        path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(path)


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    d = tmp_path_factory.mktemp("pki")
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = _cert("Emporium Test CA", "Emporium Test CA", ca_key, ca_key, ca=True)
    out = {"ca": _write(d / "ca.crt", ca)}
    for name, dns, ips in [("server", ("localhost",), ("127.0.0.1",)), ("wrong", ("otherhost",), ()),
                           ("client", ("workstation-1",), ())]:
        key = ec.generate_private_key(ec.SECP256R1())
        out[name] = _write(d / f"{name}.crt", _cert(name, "Emporium Test CA", key, ca_key, dns=dns, ips=ips))
        out[name + "_key"] = _write(d / f"{name}.key", key=key)
    return out


def _start(engine, **tls):
    srv = build_server(engine, host="127.0.0.1", port=0, **tls)
    threading.Thread(target=srv.start, daemon=True).start()
    while not srv.active:
        time.sleep(0.01)
    return srv


def test_login_over_tls_with_a_checked_server_certificate(engine, pki):
    srv = _start(engine, certfile=pki["server"], keyfile=pki["server_key"])
    try:
        conn = open_connection(Endpoint("127.0.0.1", srv.port, tls_ca=pki["ca"]))
        me = LoginResult.from_wire(conn.root.login("manager", "demo1234").info())
        assert me.username == "manager"
        conn.close()
        with pytest.raises((EOFError, OSError)):   # a plain connection to the TLS port gets nowhere
            plain = open_connection(Endpoint("127.0.0.1", srv.port, timeout=3))
            plain.root.server_info()
    finally:
        srv.close()


def test_a_server_certificate_for_another_host_is_refused(engine, pki):
    srv = _start(engine, certfile=pki["wrong"], keyfile=pki["wrong_key"])
    try:
        with pytest.raises(Exception, match="(?i)hostname|certificate"):
            open_connection(Endpoint("127.0.0.1", srv.port, tls_ca=pki["ca"]))
    finally:
        srv.close()


def test_mutual_tls_refuses_a_workstation_without_a_certificate(engine, pki):
    srv = _start(engine, certfile=pki["server"], keyfile=pki["server_key"], ca_certs=pki["ca"])
    try:
        good = open_connection(Endpoint("127.0.0.1", srv.port, tls_ca=pki["ca"], tls_cert=pki["client"],
                                        tls_key=pki["client_key"]))
        assert good.root.server_info()[0] == "Emporium"
        good.close()
        with pytest.raises((EOFError, OSError)):     # refused at the handshake (no client certificate)
            bad = open_connection(Endpoint("127.0.0.1", srv.port, tls_ca=pki["ca"], timeout=3))
            bad.root.server_info()
    finally:
        srv.close()
