"""The payment-gateway adapters (middle_tier/payments/gateways), with real crypto throughout: the simulator side,
holding the gateway's keys, builds notifications as Alipay and WeChat Pay send them; the merchant side accepts the
genuine ones and refuses forged, altered, foreign, malformed, undecryptable and stale ones, each for its reason."""
from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
from decimal import Decimal
from urllib.parse import parse_qsl, urlencode

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from middle_tier.payments.gateways import (
    GatewayError,
    GatewayEvent,
    GatewayKeys,
    alipay,
    generate_keys,
    make_gateway,
    rsa_sign,
    wechat,
)

MERCHANT = {"alipay": "2088102147948060", "wechat": "1900000109"}
APP = {"alipay": "2021000117650139", "wechat": "wxd678efh567hg6787"}
PAID_AT = dt.datetime(2024, 5, 1, 2, 3, 4)          # naive UTC; 10:03:04 in Beijing


@pytest.fixture(scope="module")
def keys() -> tuple[GatewayKeys, GatewayKeys]:
    return generate_keys()


@pytest.fixture(params=["alipay", "wechat"])
def name(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def merchant(name, keys):
    return make_gateway(name, MERCHANT[name], keys[0], APP[name])


@pytest.fixture
def simulator(name, keys):
    return make_gateway(name, MERCHANT[name], keys[1], APP[name])


def _event(name: str, **changes) -> GatewayEvent:
    base = GatewayEvent(gateway=name, kind="paid", out_trade_no="PAY-20240501-0007", txn_id="2024050122001400001",
                        amount=Decimal("12.50"), currency="CNY", merchant_id=MERCHANT[name], event_id="n-1",
                        paid_at=PAID_AT)
    return dataclasses.replace(base, **changes)


def _reason(gateway, headers, body) -> str:
    with pytest.raises(GatewayError) as caught:
        gateway.verify_notification(headers, body)
    return caught.value.reason


def _wechat_resource(body: bytes, apiv3_key: bytes) -> dict:
    res = json.loads(body)["resource"]
    plain = AESGCM(apiv3_key).decrypt(res["nonce"].encode(), base64.b64decode(res["ciphertext"]),
                                      res["associated_data"].encode())
    return json.loads(plain)


def _wechat_reencrypt(body: bytes, apiv3_key: bytes, change) -> bytes:
    """The body with its resource decrypted, changed and encrypted again (the signature is not renewed)."""
    envelope = json.loads(body)
    data = _wechat_resource(body, apiv3_key)
    change(data)
    res = envelope["resource"]
    res["ciphertext"] = base64.b64encode(AESGCM(apiv3_key).encrypt(
        res["nonce"].encode(), json.dumps(data).encode(), res["associated_data"].encode())).decode()
    return json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode()


# --- genuine notifications ---

def test_a_genuine_payment_notification_yields_the_event(name, merchant, simulator):
    headers, body = simulator.build_notification(_event(name))
    got = merchant.verify_notification(headers, body)
    assert (got.gateway, got.kind, got.out_trade_no, got.txn_id) == (name, "paid", "PAY-20240501-0007",
                                                                      "2024050122001400001")
    assert isinstance(got.amount, Decimal) and str(got.amount) == "12.50"
    assert (got.currency, got.merchant_id, got.refund_no, got.event_id) == ("CNY", MERCHANT[name], "", "n-1")
    assert got.paid_at == PAID_AT and got.paid_at.tzinfo is None
    assert got.raw["out_trade_no"] == "PAY-20240501-0007"


def test_the_wire_speaks_beijing_time_and_the_protocols_amounts(keys):
    a_headers, a_body = make_gateway("alipay", MERCHANT["alipay"], keys[1], APP["alipay"]).build_notification(
        _event("alipay"))
    form = dict(parse_qsl(a_body.decode()))
    assert a_headers["Content-Type"].startswith("application/x-www-form-urlencoded")
    assert (form["gmt_payment"], form["total_amount"], form["trade_status"], form["notify_type"]) == (
        "2024-05-01 10:03:04", "12.50", "TRADE_SUCCESS", "trade_status_sync")
    assert (form["sign_type"], form["app_id"], form["seller_id"]) == ("RSA2", APP["alipay"], MERCHANT["alipay"])

    w_headers, w_body = make_gateway("wechat", MERCHANT["wechat"], keys[1], APP["wechat"]).build_notification(
        _event("wechat"))
    envelope = json.loads(w_body)
    assert (envelope["event_type"], envelope["resource_type"], envelope["resource"]["algorithm"]) == (
        "TRANSACTION.SUCCESS", "encrypt-resource", "AEAD_AES_256_GCM")
    data = _wechat_resource(w_body, keys[1].apiv3_key)
    assert data["success_time"] == "2024-05-01T10:03:04+08:00"
    assert data["amount"] == {"total": 1250, "payer_total": 1250, "currency": "CNY", "payer_currency": "CNY"}
    assert (data["mchid"], data["appid"], data["trade_state"]) == (MERCHANT["wechat"], APP["wechat"], "SUCCESS")
    assert {"Wechatpay-Timestamp", "Wechatpay-Nonce", "Wechatpay-Signature", "Wechatpay-Serial"} <= set(w_headers)


def test_refund_and_close_notifications(name, merchant, simulator):
    refund = _event(name, kind="refunded", amount=Decimal("5.00"), refund_no="RF-0001", event_id="n-2",
                    raw={"total_amount": "12.50"} if name == "alipay" else {"amount": {"total": 1250}})
    got = merchant.verify_notification(*simulator.build_notification(refund))
    assert (got.kind, got.amount, got.refund_no, got.txn_id, got.paid_at) == (
        "refunded", Decimal("5.00"), "RF-0001", "2024050122001400001", PAID_AT)
    closed = merchant.verify_notification(*simulator.build_notification(_event(name, kind="closed")))
    assert (closed.kind, closed.out_trade_no, closed.amount) == ("closed", "PAY-20240501-0007", Decimal("12.50"))


def test_alipay_trade_finished_is_paid_and_a_verified_event_rebuilds_its_notification(keys):
    merchant = make_gateway("alipay", MERCHANT["alipay"], keys[0], APP["alipay"])
    simulator = make_gateway("alipay", MERCHANT["alipay"], keys[1], APP["alipay"])
    got = merchant.verify_notification(*simulator.build_notification(
        _event("alipay", raw={"trade_status": "TRADE_FINISHED", "buyer_id": "2088102122524333"})))
    assert (got.kind, got.raw["trade_status"], got.raw["buyer_id"]) == ("paid", "TRADE_FINISHED", "2088102122524333")
    assert merchant.verify_notification(*simulator.build_notification(got)) == got


def test_wechat_failed_payments_and_refunds(keys):
    merchant = make_gateway("wechat", MERCHANT["wechat"], keys[0], APP["wechat"])
    simulator = make_gateway("wechat", MERCHANT["wechat"], keys[1], APP["wechat"])
    failed = merchant.verify_notification(*simulator.build_notification(_event("wechat", kind="failed")))
    assert (failed.kind, failed.refund_no, failed.paid_at) == ("failed", "", None)
    headers, body = simulator.build_notification(_event("wechat", kind="failed", refund_no="RF-9"))
    assert json.loads(body)["event_type"] == "REFUND.ABNORMAL"
    assert merchant.verify_notification(headers, body).refund_no == "RF-9"


def test_headers_are_read_whatever_their_case(keys):
    merchant = make_gateway("wechat", MERCHANT["wechat"], keys[0], APP["wechat"])
    headers, body = make_gateway("wechat", MERCHANT["wechat"], keys[1], APP["wechat"]).build_notification(
        _event("wechat"))
    assert merchant.verify_notification({k.lower(): v for k, v in headers.items()}, body).kind == "paid"


# --- refused notifications ---

def test_a_forged_notification_is_refused(name, merchant, simulator):
    assert _reason(merchant, *simulator.build_notification(_event(name), forge=True)) == "signature"


def test_the_amount_changed_after_signing_is_refused(name, keys, merchant, simulator):
    headers, body = simulator.build_notification(_event(name))
    if name == "alipay":
        assert b"total_amount=12.50" in body
        body = body.replace(b"total_amount=12.50", b"total_amount=1.50")
    else:      # even someone holding the APIv3 key cannot change what the platform signed
        body = _wechat_reencrypt(body, keys[1].apiv3_key, lambda d: d["amount"].update(total=150, payer_total=150))
    assert _reason(merchant, headers, body) == "signature"


def test_a_notification_for_another_merchant_is_refused(name, keys, merchant):
    other_app = make_gateway(name, MERCHANT[name], keys[1], "2021000199999999" if name == "alipay" else "wxother")
    assert _reason(merchant, *other_app.build_notification(_event(name))) == "merchant"
    simulator = make_gateway(name, MERCHANT[name], keys[1], APP[name])
    other_merchant = _event(name, merchant_id="2088000000000001" if name == "alipay" else "1900000999")
    assert _reason(merchant, *simulator.build_notification(other_merchant)) == "merchant"


def test_a_malformed_notification_is_refused(name, keys, merchant, simulator):
    if name == "alipay":
        assert _reason(merchant, {}, b"\xff\xfe") == "malformed"
        assert _reason(merchant, {}, b"a=1&a=2") == "malformed"
        form = dict(parse_qsl(simulator.build_notification(_event(name))[1].decode()))
        for change in ({"total_amount": "12.5"}, {"total_amount": "12.500"}, {"total_amount": "-1.00"},
                       {"trade_status": "WAIT_BUYER_PAY"}, {"trade_no": ""}, {"gmt_payment": "yesterday"}):
            assert _reason(merchant, *simulator.signed_form({**form, **change})) == "malformed", change
    else:
        for body in (b"{not json", b"[]", b'{"id": "x", "event_type": "TRANSACTION.SUCCESS"}'):
            assert _reason(merchant, simulator.signed_headers(body), body) == "malformed", body
        headers, body = simulator.build_notification(_event(name))
        for change in (lambda d: d["amount"].update(total="12.50"), lambda d: d.update(trade_state="NOPE"),
                       lambda d: d.pop("transaction_id")):
            changed = _wechat_reencrypt(body, keys[1].apiv3_key, change)
            assert _reason(merchant, simulator.signed_headers(changed), changed) == "malformed"


def test_a_missing_signature_is_refused(name, merchant, simulator):
    headers, body = simulator.build_notification(_event(name))
    if name == "alipay":
        body = urlencode([(k, v) for k, v in parse_qsl(body.decode()) if k != "sign"]).encode()
    else:
        headers = {k: v for k, v in headers.items() if k != "Wechatpay-Signature"}
    assert _reason(merchant, headers, body) == "signature"


def test_wechat_refuses_a_tampered_ciphertext_and_a_wrong_apiv3_key(keys):
    merchant = make_gateway("wechat", MERCHANT["wechat"], keys[0], APP["wechat"])
    simulator = make_gateway("wechat", MERCHANT["wechat"], keys[1], APP["wechat"])
    _, body = simulator.build_notification(_event("wechat"))
    envelope = json.loads(body)
    raw = bytearray(base64.b64decode(envelope["resource"]["ciphertext"]))
    raw[3] ^= 0x01
    envelope["resource"]["ciphertext"] = base64.b64encode(bytes(raw)).decode()
    tampered = json.dumps(envelope).encode()
    assert _reason(merchant, simulator.signed_headers(tampered), tampered) == "decrypt"    # signed, yet no good

    wrong_key = make_gateway("wechat", MERCHANT["wechat"], dataclasses.replace(keys[0], apiv3_key=b"0" * 32),
                             APP["wechat"])
    assert _reason(wrong_key, *simulator.build_notification(_event("wechat"))) == "decrypt"


def test_wechat_refuses_a_stale_or_future_timestamp_and_a_probe(keys):
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    merchant = make_gateway("wechat", MERCHANT["wechat"], keys[0], APP["wechat"])

    def sent_at(offset: dt.timedelta):
        clock = lambda: now + offset      # noqa: E731
        return make_gateway("wechat", MERCHANT["wechat"], keys[1], APP["wechat"], clock=clock).build_notification(
            _event("wechat"))

    assert merchant.verify_notification(*sent_at(dt.timedelta(minutes=-4))).kind == "paid"
    assert _reason(merchant, *sent_at(dt.timedelta(minutes=-6))) == "timestamp"
    assert _reason(merchant, *sent_at(dt.timedelta(minutes=6))) == "timestamp"
    headers, body = sent_at(dt.timedelta())
    probe = {**headers, "Wechatpay-Signature": "WECHATPAY/SIGNTEST/" + headers["Wechatpay-Signature"]}
    assert _reason(merchant, probe, body) == "signature"
    assert _reason(merchant, {**headers, "Wechatpay-Serial": "0" * 40}, body) == "signature"


# --- creating a payment ---

def _verify_with(public_pem: bytes, signature: str, message: bytes) -> None:
    key = serialization.load_pem_public_key(public_pem)
    key.verify(base64.b64decode(signature), message, padding.PKCS1v15(), hashes.SHA256())   # raises if not


def test_alipay_payment_parameters_are_signed_with_our_key(keys):
    clock = lambda: dt.datetime(2024, 5, 1, 2, 0, 0)      # noqa: E731
    gateway = make_gateway("alipay", MERCHANT["alipay"], keys[0], APP["alipay"], clock=clock)
    params = gateway.create_payment("PAY-7", Decimal("12.50"), "订单 PAY-7", "https://shop.example/notify/alipay",
                                    dt.datetime(2024, 5, 1, 2, 29, 1))
    names = [k for k, _ in params]
    assert names == ["app_id", "method", "charset", "sign_type", "timestamp", "version", "notify_url", "biz_content",
                     "sign"]
    p = dict(params)
    assert (p["sign_type"], p["charset"], p["version"], p["timestamp"]) == ("RSA2", "utf-8", "1.0",
                                                                             "2024-05-01 10:00:00")
    biz = json.loads(p["biz_content"])
    assert (biz["out_trade_no"], biz["total_amount"], biz["subject"], biz["timeout_express"]) == (
        "PAY-7", "12.50", "订单 PAY-7", "30m")
    _verify_with(keys[1].merchant_public_pem, p["sign"], alipay.canonical(params, exclude=("sign",)).encode())
    assert alipay.verify_request(params, keys[1].merchant_public_pem)
    changed = [(k, v.replace("12.50", "0.01") if k == "biz_content" else v) for k, v in params]
    assert not alipay.verify_request(changed, keys[1].merchant_public_pem)


def test_wechat_payment_parameters_are_signed_with_our_key(keys):
    gateway = make_gateway("wechat", MERCHANT["wechat"], keys[0], APP["wechat"])
    expires = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(minutes=30)
    params = gateway.create_payment("PAY-7", Decimal("12.50"), "订单", "https://shop.example/notify/wechat", expires)
    assert [k for k, _ in params] == ["appId", "timeStamp", "nonceStr", "package", "signType", "paySign"]
    p = dict(params)
    assert p["appId"] == APP["wechat"] and p["package"].startswith("prepay_id=wx") and p["signType"] == "RSA"
    message = f"{p['appId']}\n{p['timeStamp']}\n{p['nonceStr']}\n{p['package']}\n".encode()
    _verify_with(keys[1].merchant_public_pem, p["paySign"], message)
    assert wechat.verify_invoke(params, keys[1].merchant_public_pem)
    assert not wechat.verify_invoke([(k, "1" if k == "timeStamp" else v) for k, v in params],
                                    keys[1].merchant_public_pem)
    order = gateway.order_request("PAY-7", Decimal("12.50"), "订单", "https://n", expires)
    assert order["amount"] == {"total": 1250, "currency": "CNY"} and order["time_expire"].endswith("+08:00")


def test_amounts_are_decimal_cents_never_float(name, merchant):
    later = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(hours=1)
    with pytest.raises(TypeError):
        merchant.create_payment("P", 12.5, "s", "https://n", later)
    for bad in (Decimal("12.505"), Decimal("0"), Decimal("-1.00"), Decimal("NaN")):
        with pytest.raises(ValueError):
            merchant.create_payment("P", bad, "s", "https://n", later)
    with pytest.raises(ValueError):
        merchant.create_payment("P", Decimal("1.00"), "s", "https://n", later - dt.timedelta(hours=2))


# --- the canonical string, by hand ---

def test_alipay_canonical_string_rules():
    params = {"notify_id": "ac05099524730693a8b330c5ecf72da9786", "total_amount": "12.50", "app_id": "2014072300007148",
              "sign": "SIGNATURE", "sign_type": "RSA2", "gmt_refund": "", "subject": "订单 7&8"}
    assert alipay.canonical(params) == ("app_id=2014072300007148&notify_id=ac05099524730693a8b330c5ecf72da9786"
                                        "&subject=订单 7&8&total_amount=12.50")
    # a request signs sign_type too (only sign is left out); order of the input does not matter
    pairs = [("b", "2"), ("sign_type", "RSA2"), ("a", "1"), ("sign", "x"), ("c", "")]
    assert alipay.canonical(pairs, exclude=("sign",)) == "a=1&b=2&sign_type=RSA2"
    assert alipay.canonical(pairs) == "a=1&b=2"
    # keys sort by code point: upper case before lower case, "a_b" before "ab" ('_' is 0x5f, 'b' 0x62)
    assert alipay.canonical({"ab": "1", "a_b": "2", "B": "3"}) == "B=3&a_b=2&ab=1"


def test_alipay_verifies_the_exact_canonical_string_signed_by_hand(keys):
    """A notification signed by hand over the documented string (not through the adapter) verifies."""
    fields = {"notify_id": "x1", "notify_time": "2024-05-01 10:03:05", "notify_type": "trade_status_sync",
              "app_id": APP["alipay"], "trade_no": "T1", "out_trade_no": "P1", "total_amount": "0.01",
              "trade_status": "TRADE_SUCCESS", "gmt_payment": "2024-05-01 10:03:04", "buyer_id": ""}
    string = ("app_id=2021000117650139&gmt_payment=2024-05-01 10:03:04&notify_id=x1&notify_time=2024-05-01 10:03:05"
              "&notify_type=trade_status_sync&out_trade_no=P1&total_amount=0.01&trade_no=T1"
              "&trade_status=TRADE_SUCCESS")
    assert alipay.canonical(fields) == string
    body = urlencode({**fields, "sign_type": "RSA2", "sign": rsa_sign(keys[1].gateway_private_pem, string.encode())})
    got = make_gateway("alipay", MERCHANT["alipay"], keys[0], APP["alipay"]).verify_notification({}, body.encode())
    assert (got.amount, got.paid_at, got.event_id) == (Decimal("0.01"), PAID_AT, "x1")


# --- answers and the factory ---

def test_answers():
    merchant_keys, gateway_keys = generate_keys()
    ali = make_gateway("alipay", "2088", merchant_keys, "app")
    assert ali.success_answer()[2] == b"success" and ali.failure_answer("signature")[2] == b"failure"
    wx = make_gateway("wechat", "190", merchant_keys, "wx")
    assert wx.success_answer() == (204, {}, b"")
    status, headers, body = wx.failure_answer("签名错误")
    assert status == 500 and json.loads(body) == {"code": "FAIL", "message": "签名错误"}
    with pytest.raises(ValueError):
        make_gateway("paypal", "m", merchant_keys)
    assert "PRIVATE" not in repr(merchant_keys) and "PRIVATE" not in repr(gateway_keys)
