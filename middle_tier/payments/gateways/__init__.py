"""Payment-gateway adapters: one interface (`Gateway`) for Alipay and WeChat Pay, shaped like their real protocols.

An adapter does two things for the merchant (us): it signs the parameters the shopper's app is sent to pay
(`create_payment`), and it checks an asynchronous notification the gateway POSTs back (`verify_notification`),
turning it into a `GatewayEvent` or refusing it with a `GatewayError` whose `reason` says why. It also knows the HTTP
answer the gateway expects (`success_answer`, `failure_answer`).

The same class, given the gateway's side of the keys (`generate_keys()[1]`), is the gateway SIMULATOR the tests and
the demo use: `build_notification` produces a notification exactly as the real gateway would send it.

Money is `decimal.Decimal` throughout, never float. Every timestamp handed in or out is naive UTC (the project's one
clock); the gateways themselves speak Beijing time (UTC+8), which the adapters convert at the edge.
"""
from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import functools
import hashlib
import re
import secrets
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KINDS = ("paid", "refunded", "closed", "failed")
# GatewayError.reason: what was wrong with a notification.
REASONS = ("signature", "merchant", "malformed", "decrypt", "timestamp")
CENTS = Decimal("0.01")
BEIJING = dt.timezone(dt.timedelta(hours=8), "CST")
_YUAN = re.compile(r"[0-9]{1,12}\.[0-9]{2}")

Answer = tuple[int, dict[str, str], bytes]
Clock = Callable[[], dt.datetime]


@dataclasses.dataclass(frozen=True)
class GatewayEvent:
    """What a verified notification says happened.

    `txn_id` is the gateway's transaction id of the payment (also for a refund, whose own gateway id stays in `raw`);
    `refund_no` is our refund number on refund events; `event_id` is the notification's own id (Alipay `notify_id`,
    WeChat `id`) where the protocol has one; `paid_at` is when it happened at the gateway (payment, refund or close
    time), naive UTC. A "failed" event with a `refund_no` is a refund that failed.
    """

    gateway: str
    kind: str
    out_trade_no: str
    txn_id: str
    amount: Decimal
    currency: str
    merchant_id: str
    refund_no: str = ""
    event_id: str = ""
    paid_at: dt.datetime | None = None
    raw: dict[str, Any] = dataclasses.field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown event kind {self.kind!r}")
        if not isinstance(self.amount, Decimal):
            raise TypeError("GatewayEvent.amount must be a Decimal")


class GatewayError(Exception):
    """A notification we refuse; `reason` is one of REASONS, `detail` is for the log only."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclasses.dataclass(frozen=True)
class GatewayKeys:
    """The keys one side holds. The merchant holds its own private key and the gateway's public key (for Alipay the
    "Alipay public key", for WeChat the platform certificate's key); the gateway (the simulator) holds its private key
    and the merchant's public key. Both know the WeChat APIv3 key: the merchant sets it in the merchant platform and
    the gateway encrypts notifications with it (AES-256-GCM, so exactly 32 bytes)."""

    merchant_private_pem: bytes = dataclasses.field(default=b"", repr=False)
    gateway_public_pem: bytes = b""
    gateway_private_pem: bytes = dataclasses.field(default=b"", repr=False)
    merchant_public_pem: bytes = b""
    apiv3_key: bytes = dataclasses.field(default=b"", repr=False)


class Gateway(Protocol):
    """What the payments area calls; `make_gateway` builds one."""

    name: str
    merchant_id: str

    def create_payment(self, out_trade_no: str, amount: Decimal, subject: str, notify_url: str,
                       expires_at: dt.datetime) -> tuple[tuple[str, str], ...]: ...

    def verify_notification(self, headers: Mapping[str, str], body: bytes) -> GatewayEvent: ...

    def success_answer(self) -> Answer: ...

    def failure_answer(self, reason: str) -> Answer: ...

    def build_notification(self, event: GatewayEvent, *, forge: bool = False) -> tuple[dict[str, str], bytes]: ...


def make_gateway(name: str, merchant_id: str, keys: GatewayKeys, app_id: str = "", *,
                 clock: Clock | None = None) -> Gateway:
    """An adapter for "alipay" (merchant_id = the seller id, 2088...; app_id required) or "wechat" (merchant_id =
    mchid; app_id = the appid the shopper pays in). `clock` returns naive UTC (default: now)."""
    if name == "alipay":
        from middle_tier.payments.gateways.alipay import AlipayGateway
        return AlipayGateway(merchant_id, keys, app_id, clock=clock)
    if name == "wechat":
        from middle_tier.payments.gateways.wechat import WechatGateway
        return WechatGateway(merchant_id, keys, app_id, clock=clock)
    raise ValueError(f"unknown gateway {name!r}")


def generate_keys() -> tuple[GatewayKeys, GatewayKeys]:
    """Fresh RSA-2048 key pairs for both sides and a fresh APIv3 key: (merchant side, gateway side)."""
    merchant = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    gateway = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    apiv3_key = secrets.token_hex(16).encode("ascii")     # like the real one: 32 printable characters
    return (GatewayKeys(merchant_private_pem=_private_pem(merchant), gateway_public_pem=_public_pem(gateway),
                        apiv3_key=apiv3_key),
            GatewayKeys(gateway_private_pem=_private_pem(gateway), merchant_public_pem=_public_pem(merchant),
                        apiv3_key=apiv3_key))


# --- RSA-SHA256 with PKCS#1 v1.5 padding, base64: the signature both gateways use ("RSA2" / "SHA256-RSA2048") ---

def rsa_sign(private_pem: bytes, data: bytes) -> str:
    key = _load_private(private_pem)
    return base64.b64encode(key.sign(data, padding.PKCS1v15(), hashes.SHA256())).decode("ascii")


def rsa_verify(public_pem: bytes, data: bytes, signature: str) -> bool:
    try:
        raw = base64.b64decode(signature, validate=True)
        _load_public(public_pem).verify(raw, data, padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, ValueError):
        return False
    return True


def public_pem_of(private_pem: bytes) -> bytes:
    return _public_pem(_load_private(private_pem))


@functools.cache
def forger_pem() -> bytes:
    """A private key that is nobody's: what `build_notification(forge=True)` signs with."""
    return _private_pem(rsa.generate_private_key(public_exponent=65537, key_size=2048))


def key_serial(public_pem: bytes) -> str:
    """A stable certificate-serial-like id of a public key (40 upper-case hex digits, like a WeChat platform
    certificate's serial number): the SHA-1 of its DER SubjectPublicKeyInfo."""
    der = _load_public(public_pem).public_bytes(serialization.Encoding.DER,
                                                serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha1(der).hexdigest().upper()


@functools.lru_cache(maxsize=32)
def _load_private(pem: bytes) -> rsa.RSAPrivateKey:
    if not pem:
        raise ValueError("this side holds no such private key (merchant side or gateway side keys?)")
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValueError("an RSA private key is needed")
    return key


@functools.lru_cache(maxsize=32)
def _load_public(pem: bytes) -> rsa.RSAPublicKey:
    if not pem:
        raise ValueError("this side holds no such public key (merchant side or gateway side keys?)")
    key = serialization.load_pem_public_key(pem)
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("an RSA public key is needed")
    return key


def _private_pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _public_pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


# --- money and time at the edge ---

def check_amount(amount: Decimal) -> Decimal:
    """A positive Decimal with at most two decimals, as both gateways accept; anything else is our bug."""
    if not isinstance(amount, Decimal):
        raise TypeError(f"amount must be a Decimal, not {type(amount).__name__}")
    if not amount.is_finite() or amount <= 0 or amount != amount.quantize(CENTS):
        raise ValueError(f"amount {amount} is not a positive sum in cents")
    return amount.quantize(CENTS)


def money_text(amount: Decimal) -> str:
    """Alipay's amount text: yuan with exactly two decimals ("12.50")."""
    return f"{check_amount(amount):f}"


def to_fen(amount: Decimal) -> int:
    """WeChat's amount: an integer number of fen (cents)."""
    return int(check_amount(amount) * 100)


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(CENTS)


def parse_money_text(text: str) -> Decimal:
    """Yuan with exactly two decimals, as Alipay sends it; anything else is malformed."""
    if not isinstance(text, str) or not _YUAN.fullmatch(text):
        raise GatewayError("malformed", f"amount {text!r} is not yuan with two decimals")
    return Decimal(text)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def as_aware_utc(moment: dt.datetime) -> dt.datetime:
    """A naive datetime is UTC (the project's rule); an aware one is converted."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def naive_utc(moment: dt.datetime) -> dt.datetime:
    return as_aware_utc(moment).replace(tzinfo=None)


def header(headers: Mapping[str, str], name: str) -> str:
    """An HTTP header, whatever the case of its name ("" if absent)."""
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return ""
