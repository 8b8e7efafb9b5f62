"""WeChat Pay, shaped like its APIv3 (api.mch.weixin.qq.com/v3, JSAPI payment).

Ordering: the merchant POSTs the order (`order_request`) to /v3/pay/transactions/jsapi and gets a `prepay_id`; the
shopper's page then calls WeixinJSBridge getBrandWCPayRequest with the invoke parameters, `paySign` being the
merchant's RSA signature over "appId\\ntimeStamp\\nnonceStr\\npackage\\n". There is no network here, so the adapter
stands in for that call and derives the prepay_id from the order.

Notification: an HTTP POST whose JSON body carries the business data encrypted with the merchant's APIv3 key
(AEAD_AES_256_GCM: nonce, associated data, base64 of ciphertext + tag); the headers Wechatpay-Timestamp,
Wechatpay-Nonce, Wechatpay-Signature and Wechatpay-Serial sign "timestamp\\nnonce\\nbody\\n" with the platform's
private key (RSA-SHA256, PKCS#1 v1.5, base64). The merchant answers 200/204 to accept, anything else (4xx/5xx with
{"code": "FAIL", "message": ...}) and WeChat retries, fifteen times over about a day. Amounts are integer fen; times
are RFC 3339 with +08:00.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import secrets
import uuid
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from middle_tier.payments.gateways import (
    BEIJING,
    Answer,
    Clock,
    GatewayError,
    GatewayEvent,
    GatewayKeys,
    as_aware_utc,
    check_amount,
    forger_pem,
    from_fen,
    header,
    key_serial,
    naive_utc,
    public_pem_of,
    rsa_sign,
    rsa_verify,
    to_fen,
    utcnow,
)

ALGORITHM = "AEAD_AES_256_GCM"
MAX_SKEW = dt.timedelta(minutes=5)       # WeChat's advice: refuse a notification whose timestamp is further off
INVOKE_KEYS = ("appId", "timeStamp", "nonceStr", "package")
# What the simulator sends for each kind: (event_type, state); a "failed" event with a refund_no is a refund's.
_BUILD = {"paid": ("TRANSACTION.SUCCESS", "SUCCESS"), "closed": ("TRANSACTION.CLOSED", "CLOSED"),
          "failed": ("TRANSACTION.PAYERROR", "PAYERROR"), "refunded": ("REFUND.SUCCESS", "SUCCESS"),
          "refund_failed": ("REFUND.ABNORMAL", "ABNORMAL")}
_TRADE_KINDS = {"SUCCESS": "paid", "CLOSED": "closed", "REVOKED": "closed", "PAYERROR": "failed"}
_REFUND_KINDS = {"SUCCESS": "refunded", "CLOSED": "failed", "ABNORMAL": "failed"}
_SUMMARIES = {"TRANSACTION.SUCCESS": "支付成功", "REFUND.SUCCESS": "退款成功", "REFUND.ABNORMAL": "退款异常"}


def signed_message(*lines: str | bytes) -> bytes:
    """APIv3's string to sign: each part followed by a newline (the body as its exact bytes)."""
    return b"".join((line.encode("utf-8") if isinstance(line, str) else line) + b"\n" for line in lines)


def verify_invoke(params: Iterable[tuple[str, str]], merchant_public_pem: bytes) -> bool:
    """What WeChat does with `create_payment`'s parameters: check `paySign` with the merchant's public key."""
    p = dict(params)
    return (p.get("signType") == "RSA" and all(k in p for k in INVOKE_KEYS)
            and rsa_verify(merchant_public_pem, signed_message(*(p[k] for k in INVOKE_KEYS)), p.get("paySign", "")))


def rfc3339(moment: dt.datetime) -> str:
    """A naive-UTC (or aware) moment as WeChat writes it: "2024-05-01T10:03:04+08:00"."""
    return as_aware_utc(moment).astimezone(BEIJING).isoformat(timespec="seconds")


def parse_rfc3339(text: Any) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise GatewayError("malformed", f"time {text!r}") from None
    if moment.tzinfo is None:
        raise GatewayError("malformed", f"time {text!r} has no offset")
    return naive_utc(moment)


class WechatGateway:
    """The WeChat Pay adapter; `merchant_id` is the mchid, `app_id` the appid the shopper pays in."""

    name = "wechat"

    def __init__(self, merchant_id: str, keys: GatewayKeys, app_id: str, *, clock: Clock | None = None) -> None:
        if not app_id:
            raise ValueError("WeChat Pay needs the appid")
        if len(keys.apiv3_key) != 32:
            raise ValueError("the APIv3 key is 32 bytes (AES-256)")
        self.merchant_id = merchant_id
        self.app_id = app_id
        self.keys = keys
        self._clock = clock or utcnow

    # --- the merchant's side ---

    def order_request(self, out_trade_no: str, amount: Decimal, subject: str, notify_url: str,
                      expires_at: dt.datetime) -> dict[str, Any]:
        """The JSON body of POST /v3/pay/transactions/jsapi (the real one also names the payer's openid)."""
        return {"appid": self.app_id, "mchid": self.merchant_id, "description": subject,
                "out_trade_no": out_trade_no, "time_expire": rfc3339(expires_at), "notify_url": notify_url,
                "amount": {"total": to_fen(amount), "currency": "CNY"}}

    def create_payment(self, out_trade_no: str, amount: Decimal, subject: str, notify_url: str,
                       expires_at: dt.datetime) -> tuple[tuple[str, str], ...]:
        """The JSAPI invoke parameters (appId, timeStamp, nonceStr, package, signType, paySign), paySign last."""
        check_amount(amount)
        now = self._clock()
        if as_aware_utc(expires_at) <= as_aware_utc(now):
            raise ValueError("the payment would expire before it is created")
        order = json.dumps(self.order_request(out_trade_no, amount, subject, notify_url, expires_at), sort_keys=True)
        stamp = as_aware_utc(now).astimezone(BEIJING).strftime("%d%H%M%S")
        prepay_id = "wx" + stamp + hashlib.sha256(order.encode("utf-8")).hexdigest()[:26]
        params = [("appId", self.app_id), ("timeStamp", str(int(as_aware_utc(now).timestamp()))),
                  ("nonceStr", secrets.token_hex(16).upper()), ("package", f"prepay_id={prepay_id}")]
        pay_sign = rsa_sign(self.keys.merchant_private_pem, signed_message(*(v for _, v in params)))
        return (*params, ("signType", "RSA"), ("paySign", pay_sign))

    def verify_notification(self, headers: Mapping[str, str], body: bytes) -> GatewayEvent:
        """APIv3's rules, in order: the serial names the platform key we hold; the signature over
        "timestamp\\nnonce\\nbody\\n" verifies with it (a probe signed "WECHATPAY/SIGNTEST/..." must fail here, and
        does); the timestamp is within five minutes of now; the resource decrypts with our APIv3 key; mchid (and
        appid, when sent) are ours."""
        stamp, nonce = header(headers, "Wechatpay-Timestamp"), header(headers, "Wechatpay-Nonce")
        signature, serial = header(headers, "Wechatpay-Signature"), header(headers, "Wechatpay-Serial")
        if not (stamp and nonce and signature and serial):
            raise GatewayError("signature", "a Wechatpay-* header is missing")
        if serial != key_serial(self.keys.gateway_public_pem):
            raise GatewayError("signature", f"unknown platform certificate {serial}")
        if not rsa_verify(self.keys.gateway_public_pem, signed_message(stamp, nonce, body), signature):
            raise GatewayError("signature", "the signature does not verify with the platform key")
        try:
            sent = dt.datetime.fromtimestamp(int(stamp), dt.UTC)
        except (ValueError, OverflowError, OSError):
            raise GatewayError("timestamp", f"Wechatpay-Timestamp {stamp!r}") from None
        if abs(sent - as_aware_utc(self._clock())) > MAX_SKEW:
            raise GatewayError("timestamp", f"sent at {sent:%Y-%m-%d %H:%M:%S} UTC, too far from now")
        envelope = _json(body, "body")
        resource = envelope.get("resource")
        if not (isinstance(resource, dict) and resource.get("algorithm") == ALGORITHM and envelope.get("id")
                and isinstance(envelope.get("event_type"), str)):
            raise GatewayError("malformed", "not an encrypted APIv3 notification")
        data = _json(self._decrypt(resource), "resource")
        if data.get("mchid") != self.merchant_id or data.get("appid", self.app_id) != self.app_id:
            raise GatewayError("merchant", f"mchid {data.get('mchid')!r} / appid {data.get('appid')!r} not ours")
        return self._event(envelope["id"], envelope["event_type"], data)

    def success_answer(self) -> Answer:
        return 204, {}, b""

    def failure_answer(self, reason: str) -> Answer:
        body = json.dumps({"code": "FAIL", "message": reason}, ensure_ascii=False).encode("utf-8")
        return 500, {"Content-Type": "application/json; charset=utf-8"}, body

    def _decrypt(self, resource: Mapping[str, Any]) -> bytes:
        nonce, associated, ciphertext = (resource.get(k) for k in ("nonce", "associated_data", "ciphertext"))
        if not (isinstance(nonce, str) and isinstance(ciphertext, str) and isinstance(associated, str | None)):
            raise GatewayError("malformed", "the resource lacks nonce or ciphertext")
        try:
            raw = base64.b64decode(ciphertext, validate=True)
        except binascii.Error:
            raise GatewayError("malformed", "the ciphertext is not base64") from None
        try:
            return AESGCM(self.keys.apiv3_key).decrypt(nonce.encode("utf-8"), raw,
                                                       associated.encode("utf-8") if associated else None)
        except (InvalidTag, ValueError):
            raise GatewayError("decrypt", "the resource does not decrypt with our APIv3 key") from None

    def _event(self, event_id: str, event_type: str, data: dict[str, Any]) -> GatewayEvent:
        """A transaction's state is `trade_state`, its amount `amount.total`; a refund's `refund_status` and
        `amount.refund`, with our refund number in `out_refund_no`."""
        amount = data.get("amount") if isinstance(data.get("amount"), dict) else {}
        refund = event_type.startswith("REFUND.")
        if not refund and not event_type.startswith("TRANSACTION."):
            raise GatewayError("malformed", f"event_type {event_type!r}")
        state = data.get("refund_status" if refund else "trade_state")
        kind = (_REFUND_KINDS if refund else _TRADE_KINDS).get(state) if isinstance(state, str) else None
        if kind is None:
            raise GatewayError("malformed", f"{event_type} in state {state!r}")
        fen = amount.get("refund" if refund else "total")
        refund_no = data.get("out_refund_no") if refund else ""
        currency = amount.get("currency", "CNY")
        if type(fen) is not int or fen < 0 or not isinstance(currency, str):
            raise GatewayError("malformed", f"amount {amount!r}")
        fields = (data.get("out_trade_no"), data.get("transaction_id"), refund_no)
        if not all(isinstance(v, str) for v in fields) or not (fields[0] and fields[1]):
            raise GatewayError("malformed", "out_trade_no, transaction_id or out_refund_no missing")
        return GatewayEvent(gateway=self.name, kind=kind, out_trade_no=data["out_trade_no"],
                            txn_id=data["transaction_id"], amount=from_fen(fen), currency=currency,
                            merchant_id=self.merchant_id, refund_no=refund_no, event_id=str(event_id),
                            paid_at=parse_rfc3339(data["success_time"]) if data.get("success_time") else None,
                            raw=data)

    # --- the gateway's side (the simulator, holding the platform private key and the APIv3 key) ---

    def build_notification(self, event: GatewayEvent, *, forge: bool = False) -> tuple[dict[str, str], bytes]:
        """The POST WeChat sends for `event`: the resource built from the event (over any entries of `event.raw`),
        encrypted with the APIv3 key, the body signed with the platform key (a nobody's key if `forge`)."""
        refund = event.kind == "refunded" or (event.kind == "failed" and bool(event.refund_no))
        event_type, state = _BUILD["refund_failed" if refund and event.kind == "failed" else event.kind]
        data = dict(event.raw)
        data.update(mchid=event.merchant_id, out_trade_no=event.out_trade_no, transaction_id=event.txn_id)
        old = data.get("amount") if isinstance(data.get("amount"), dict) else {}
        fen = to_fen(event.amount)
        if refund:
            total = old.get("total", fen)
            refund_id = data.get("refund_id") or f"50{secrets.randbelow(10**27):027d}"
            data.update(out_refund_no=event.refund_no, refund_id=refund_id,
                        refund_status=state, amount={"total": total, "refund": fen, "payer_total": total,
                                                     "payer_refund": fen})
        else:
            data.update(appid=self.app_id, trade_type="JSAPI", trade_state=state,
                        amount={"total": fen, "payer_total": fen, "currency": event.currency,
                                "payer_currency": event.currency})
        data.pop("success_time", None)
        if event.paid_at and event.kind in ("paid", "refunded"):
            data["success_time"] = rfc3339(event.paid_at)
        original_type = "refund" if refund else "transaction"
        nonce = secrets.token_hex(6)
        ciphertext = AESGCM(self.keys.apiv3_key).encrypt(
            nonce.encode("ascii"), json.dumps(data, ensure_ascii=False).encode("utf-8"), original_type.encode("ascii"))
        envelope = {"id": event.event_id or str(uuid.uuid4()), "create_time": rfc3339(self._clock()),
                    "resource_type": "encrypt-resource", "event_type": event_type,
                    "summary": _SUMMARIES.get(event_type, ""),
                    "resource": {"original_type": original_type, "algorithm": ALGORITHM,
                                 "ciphertext": base64.b64encode(ciphertext).decode("ascii"),
                                 "associated_data": original_type, "nonce": nonce}}
        body = json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return self.signed_headers(body, forge=forge), body

    def signed_headers(self, body: bytes, *, forge: bool = False) -> dict[str, str]:
        """The headers WeChat sends with `body`: timestamp (now, by the simulator's clock), nonce, serial of the
        platform key, and the signature (with a nobody's key if `forge`; the serial still claims the real one)."""
        stamp, nonce = str(int(as_aware_utc(self._clock()).timestamp())), secrets.token_hex(16).upper()
        key = forger_pem() if forge else self.keys.gateway_private_pem
        return {"Content-Type": "application/json", "Wechatpay-Timestamp": stamp, "Wechatpay-Nonce": nonce,
                "Wechatpay-Serial": key_serial(public_pem_of(self.keys.gateway_private_pem)),
                "Wechatpay-Signature-Type": "WECHATPAY2-SHA256-RSA2048",
                "Wechatpay-Signature": rsa_sign(key, signed_message(stamp, nonce, body))}


def _json(data: bytes, what: str) -> dict[str, Any]:
    try:
        value = json.loads(data)
    except (UnicodeDecodeError, ValueError):
        raise GatewayError("malformed", f"the {what} is not JSON") from None
    if not isinstance(value, dict):
        raise GatewayError("malformed", f"the {what} is not a JSON object")
    return value
