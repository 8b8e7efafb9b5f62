"""The gateways this middle tier takes payments with (`emporium-server --gateways FILE`), and the signed request a
shopper's app is sent to pay a payment."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from data_tier.payments import Payment
from middle_tier.payments.gateways import Gateway, GatewayKeys, make_gateway


@dataclass(frozen=True)
class Configured:
    gateway: Gateway
    notify_url: str


GATEWAYS: dict[str, Configured] = {}


def configure(path: str | Path, notify_base: str = "") -> list[str]:
    """Register the gateways of a JSON file: {"alipay": {"merchant_id", "app_id", "merchant_private_pem",
    "gateway_public_pem", "apiv3_key_hex"}, ...} (PEM text; a key may instead name a file with "..._file").
    `notify_base` is the URL the gateways post to (…/notify/<gateway>)."""
    config = json.loads(Path(path).read_text())
    names = []
    for name, c in config.items():
        def pem(field: str, c: dict = c) -> bytes:
            if c.get(field + "_file"):
                return Path(c[field + "_file"]).read_bytes()
            return str(c.get(field, "")).encode()

        keys = GatewayKeys(merchant_private_pem=pem("merchant_private_pem"),
                           gateway_public_pem=pem("gateway_public_pem"),
                           apiv3_key=bytes.fromhex(c.get("apiv3_key_hex", "")))
        GATEWAYS[name] = Configured(make_gateway(name, c["merchant_id"], keys, c.get("app_id", "")),
                                    f"{notify_base.rstrip('/')}/notify/{name}" if notify_base else "")
        names.append(name)
    return names


def pay_request(payment: Payment, subject: str) -> tuple[tuple[str, str], ...]:
    """The signed parameters the shopper's app is sent to pay this payment ((): a gateway not configured here)."""
    configured = GATEWAYS.get(payment.gateway)
    if configured is None or payment.expires_at is None:
        return ()
    return configured.gateway.create_payment(payment.number, payment.amount, subject, configured.notify_url,
                                             payment.expires_at)


