"""Alipay, shaped like its open API (openapi.alipay.com/gateway.do, sign_type RSA2).

Request: the common parameters (app_id, method, charset, sign_type, timestamp, version, notify_url) plus
`biz_content`, a JSON object of the business parameters, signed with the merchant's private key.
Notification: an HTTP POST form (application/x-www-form-urlencoded, UTF-8) signed with Alipay's private key; the
merchant verifies it with the Alipay public key and answers the plain body `success` (anything else, and Alipay
retries the notification, eight times over about a day).

Both signatures are RSA-SHA256 with PKCS#1 v1.5 padding, base64, over the canonical string (`canonical`). Every time
Alipay sends or expects is Beijing time, "yyyy-MM-dd HH:mm:ss".
"""
from __future__ import annotations

import datetime as dt
import json
import math
import uuid
from collections.abc import Iterable, Mapping
from decimal import Decimal
from urllib.parse import parse_qsl, urlencode

from middle_tier.payments.gateways import (
    BEIJING,
    Answer,
    Clock,
    GatewayError,
    GatewayEvent,
    GatewayKeys,
    as_aware_utc,
    forger_pem,
    money_text,
    naive_utc,
    parse_money_text,
    rsa_sign,
    rsa_verify,
    utcnow,
)

METHOD = "alipay.trade.app.pay"          # the App payment: its signed string is handed to the Alipay SDK in the app
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
# The signature covers every parameter but these: a request leaves out only `sign`, a notification `sign` and
# `sign_type` (Alipay's "verify the asynchronous notification" rule).
REQUEST_UNSIGNED = ("sign",)
NOTIFY_UNSIGNED = ("sign", "sign_type")
PAID_STATUSES = ("TRADE_SUCCESS", "TRADE_FINISHED")   # FINISHED: the trade can no longer be refunded
MAX_TIMEOUT_MINUTES = 15 * 24 * 60                    # timeout_express: 1m to 15d


def canonical(params: Mapping[str, str] | Iterable[tuple[str, str]], exclude: Iterable[str] = NOTIFY_UNSIGNED) -> str:
    """Alipay's string to sign: the parameters minus `exclude` and those with empty values, sorted by key (byte
    order), joined as k=v&k=v with the raw (not URL-encoded) values."""
    pairs = params.items() if isinstance(params, Mapping) else params
    skip = set(exclude)
    return "&".join(f"{k}={v}" for k, v in sorted(pairs) if k not in skip and v not in ("", None))


def sign_params(params: Mapping[str, str] | Iterable[tuple[str, str]], private_pem: bytes,
                exclude: Iterable[str] = NOTIFY_UNSIGNED) -> str:
    return rsa_sign(private_pem, canonical(params, exclude).encode("utf-8"))


def verify_request(params: Iterable[tuple[str, str]], merchant_public_pem: bytes) -> bool:
    """What Alipay does with `create_payment`'s parameters: check `sign` with the merchant's public key."""
    pairs = list(params)
    sign = dict(pairs).get("sign", "")
    return bool(sign) and rsa_verify(merchant_public_pem, canonical(pairs, REQUEST_UNSIGNED).encode("utf-8"), sign)


def beijing_text(moment: dt.datetime) -> str:
    """A naive-UTC (or aware) moment as Alipay writes it."""
    return as_aware_utc(moment).astimezone(BEIJING).strftime(TIME_FORMAT)


def parse_beijing(text: str) -> dt.datetime:
    """Alipay's Beijing time ("2015-06-24 14:25:57", gmt_refund with milliseconds) as naive UTC."""
    for fmt in (TIME_FORMAT, TIME_FORMAT + ".%f"):
        try:
            return naive_utc(dt.datetime.strptime(text, fmt).replace(tzinfo=BEIJING))
        except ValueError:
            continue
    raise GatewayError("malformed", f"time {text!r}")


class AlipayGateway:
    """The Alipay adapter; `merchant_id` is the seller id (the PID, 2088...), `app_id` the open-platform app."""

    name = "alipay"

    def __init__(self, merchant_id: str, keys: GatewayKeys, app_id: str, *, clock: Clock | None = None) -> None:
        if not app_id:
            raise ValueError("Alipay needs the app_id")
        self.merchant_id = merchant_id
        self.app_id = app_id
        self.keys = keys
        self._clock = clock or utcnow

    # --- the merchant's side ---

    def create_payment(self, out_trade_no: str, amount: Decimal, subject: str, notify_url: str,
                       expires_at: dt.datetime) -> tuple[tuple[str, str], ...]:
        """The signed parameters of alipay.trade.app.pay, in Alipay's documented order, `sign` last. The order stays
        payable for `timeout_express` (whole minutes, rounded up, from now until `expires_at`)."""
        now = self._clock()
        seconds = (as_aware_utc(expires_at) - as_aware_utc(now)).total_seconds()
        if seconds <= 0:
            raise ValueError("the payment would expire before it is created")
        minutes = min(MAX_TIMEOUT_MINUTES, math.ceil(seconds / 60))
        biz = {"out_trade_no": out_trade_no, "total_amount": money_text(amount), "subject": subject,
               "product_code": "QUICK_MSECURITY_PAY", "timeout_express": f"{minutes}m"}
        params = [("app_id", self.app_id), ("method", METHOD), ("charset", "utf-8"), ("sign_type", "RSA2"),
                  ("timestamp", beijing_text(now)), ("version", "1.0"), ("notify_url", notify_url),
                  ("biz_content", json.dumps(biz, ensure_ascii=False, separators=(",", ":")))]
        return (*params, ("sign", sign_params(params, self.keys.merchant_private_pem, REQUEST_UNSIGNED)))

    def verify_notification(self, headers: Mapping[str, str], body: bytes) -> GatewayEvent:
        """Alipay's rules for the asynchronous notification, in order: parse the form; verify `sign` (RSA2) over the
        canonical string without sign and sign_type, with the Alipay public key; the app_id (and seller_id, when
        sent) must be ours; then read the trade."""
        form = _parse_form(body)
        sign = form.get("sign", "")
        if not sign or form.get("sign_type", "RSA2") != "RSA2":
            raise GatewayError("signature", "no RSA2 signature")
        if not rsa_verify(self.keys.gateway_public_pem, canonical(form).encode("utf-8"), sign):
            raise GatewayError("signature", "the signature does not verify with the Alipay public key")
        if form.get("app_id") != self.app_id:
            raise GatewayError("merchant", f"app_id {form.get('app_id')!r} is not ours")
        if form.get("seller_id", self.merchant_id) != self.merchant_id:
            raise GatewayError("merchant", f"seller_id {form.get('seller_id')!r} is not ours")
        missing = [k for k in ("notify_id", "trade_no", "out_trade_no", "total_amount", "trade_status")
                   if not form.get(k)]
        if missing or form.get("notify_type") != "trade_status_sync":
            raise GatewayError("malformed", f"missing {missing} or not a trade_status_sync")
        status, amount = form["trade_status"], parse_money_text(form["total_amount"])
        if form.get("refund_fee"):
            # A refund: trade_status stays TRADE_SUCCESS (or TRADE_CLOSED once all is refunded); refund_fee is the
            # total refunded so far on the trade, out_biz_no our refund number.
            kind, when, refund_no = "refunded", "gmt_refund", form.get("out_biz_no", "")
            amount = parse_money_text(form["refund_fee"])
        elif status in PAID_STATUSES:
            kind, when, refund_no = "paid", "gmt_payment", ""
        elif status == "TRADE_CLOSED":
            kind, when, refund_no = "closed", "gmt_close", ""
        else:
            raise GatewayError("malformed", f"trade_status {status!r}")
        return GatewayEvent(gateway=self.name, kind=kind, out_trade_no=form["out_trade_no"], txn_id=form["trade_no"],
                            amount=amount, currency="CNY", merchant_id=self.merchant_id,
                            refund_no=refund_no, event_id=form["notify_id"],
                            paid_at=parse_beijing(form[when]) if form.get(when) else None, raw=form)

    def success_answer(self) -> Answer:
        return 200, {"Content-Type": "text/plain; charset=utf-8"}, b"success"

    def failure_answer(self, reason: str) -> Answer:
        """Alipay reads only the body: anything but `success` makes it retry; the reason goes to our log, not here."""
        return 200, {"Content-Type": "text/plain; charset=utf-8"}, b"failure"

    # --- the gateway's side (the simulator, holding the Alipay private key) ---

    def build_notification(self, event: GatewayEvent, *, forge: bool = False) -> tuple[dict[str, str], bytes]:
        """The form Alipay POSTs for `event`. String entries of `event.raw` are kept (so a verified event's raw
        rebuilds its notification), the event's own fields win; "paid" may say TRADE_FINISHED through raw."""
        if event.kind == "failed":
            raise ValueError("Alipay sends no notification of a failed payment")
        form = {k: v for k, v in event.raw.items() if isinstance(v, str) and k not in ("sign", "sign_type")}
        form.update(notify_id=event.event_id or uuid.uuid4().hex, notify_time=beijing_text(self._clock()),
                    notify_type="trade_status_sync", charset="utf-8", version="1.0", app_id=self.app_id,
                    seller_id=event.merchant_id, trade_no=event.txn_id, out_trade_no=event.out_trade_no)
        when = beijing_text(event.paid_at) if event.paid_at else ""
        if event.kind != "refunded":
            for k in ("refund_fee", "out_biz_no", "gmt_refund"):
                form.pop(k, None)
        if event.kind == "paid":
            status = form.get("trade_status") if form.get("trade_status") in PAID_STATUSES else "TRADE_SUCCESS"
            form.update(trade_status=status, total_amount=money_text(event.amount), gmt_payment=when)
        elif event.kind == "closed":
            form.update(trade_status="TRADE_CLOSED", total_amount=money_text(event.amount), gmt_close=when)
        else:
            total = form.get("total_amount") or money_text(event.amount)
            status = "TRADE_CLOSED" if total == money_text(event.amount) else "TRADE_SUCCESS"
            form.update(trade_status=status, total_amount=total, refund_fee=money_text(event.amount),
                        out_biz_no=event.refund_no, gmt_refund=when)
        return self.signed_form(form, forge=forge)

    def signed_form(self, form: Mapping[str, str], *, forge: bool = False) -> tuple[dict[str, str], bytes]:
        """Any form, signed as Alipay signs a notification (with a nobody's key if `forge`): headers and body."""
        fields = {k: v for k, v in form.items() if k not in ("sign", "sign_type") and v != ""}
        key = forger_pem() if forge else self.keys.gateway_private_pem
        fields.update(sign_type="RSA2", sign=sign_params(fields, key))
        return ({"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
                urlencode(fields).encode("ascii"))


def _parse_form(body: bytes) -> dict[str, str]:
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=True, errors="strict")
    except (UnicodeDecodeError, ValueError) as exc:
        raise GatewayError("malformed", f"not a UTF-8 form: {exc}") from None
    form = dict(pairs)
    if len(form) != len(pairs):
        raise GatewayError("malformed", "a parameter is repeated")
    return form
