"""Gateway notifications over real HTTP into the middle tier's listener, built as Alipay and WeChat Pay send them
(signed with the gateway's key; WeChat's resource encrypted): applied once however often they come, refused when
anything does not check out, an overpayment after a cancel refunded."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from data_tier.engine import make_session_factory
from data_tier.payments import PaymentNotification
from middle_tier.contract import E_VALIDATION, Page
from middle_tier.contract.payments import NotificationRecord, OrderPayment, PaymentRecord, RefundRecord
from middle_tier.notify_http import start_notify_server
from middle_tier.payments.gateways import GatewayEvent, generate_keys, make_gateway
from middle_tier.payments.registry import GATEWAYS, configure
from tests.conftest import remote_error, unique

MERCHANT = {"alipay": "2088102147948060", "wechat": "1900000109"}
APP = {"alipay": "2021000117650139", "wechat": "wxd678efh567hg6787"}


@pytest.fixture(scope="module")
def gateways(engine, tmp_path_factory):
    """Both gateways configured as `emporium-server --gateways` does, the listener on a port of its own, and the
    gateways' side (the simulator's keys)."""
    config, sides = {}, {}
    for name in ("alipay", "wechat"):
        ours, theirs = generate_keys()
        config[name] = {"merchant_id": MERCHANT[name], "app_id": APP[name],
                        "merchant_private_pem": ours.merchant_private_pem.decode(),
                        "gateway_public_pem": ours.gateway_public_pem.decode(), "apiv3_key_hex": ours.apiv3_key.hex()}
        sides[name] = make_gateway(name, MERCHANT[name], theirs, APP[name])
    path = tmp_path_factory.mktemp("gw") / "gateways.json"
    path.write_text(json.dumps(config))
    server = start_notify_server(make_session_factory(engine), "127.0.0.1", 0)
    configure(path, f"http://127.0.0.1:{server.server_address[1]}")
    yield sides, server.server_address[1]
    server.shutdown()
    GATEWAYS.clear()


def _post(port: int, name: str, headers: dict[str, str], body: bytes) -> tuple[int, bytes]:
    req = urllib.request.Request(f"http://127.0.0.1:{port}/notify/{name}", data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=30) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def _ok(name: str, status: int, body: bytes) -> bool:
    return (status == 200 and body == b"success") if name == "alipay" else status in (200, 204)


def _order(admin, name: str, payable: str = "88.80") -> OrderPayment:
    held = OrderPayment.from_wire(admin.payments.hold_tenders(order_ref=unique("SO-"), customer_ref=unique("C"),
                                                              payable=payable, gateway=name))
    assert held.state == "held" and held.payment is not None
    return held


def _paid(name: str, held: OrderPayment, **changes) -> GatewayEvent:
    event = GatewayEvent(gateway=name, kind="paid", out_trade_no=held.payment.number,
                         txn_id=uuid.uuid4().hex[:24], amount=held.payment.amount, currency="CNY",
                         merchant_id=MERCHANT[name], event_id=uuid.uuid4().hex, paid_at=dt.datetime.utcnow()
                         .replace(microsecond=0))
    return dataclasses.replace(event, **changes)


def _rejected(engine) -> int:
    with engine.connect() as c:
        return c.scalar(select(func.count()).select_from(PaymentNotification)
                        .where(PaymentNotification.outcome == "rejected"))


def _outcomes(engine, held: OrderPayment) -> dict[str, int]:
    with engine.connect() as c:
        return dict(c.execute(select(PaymentNotification.outcome, func.count())
                              .where(PaymentNotification.payment_id == held.payment.id)
                              .group_by(PaymentNotification.outcome)).all())


@pytest.mark.parametrize("name", ["alipay", "wechat"])
def test_a_payment_notified_fifty_times_at_once_is_applied_once(admin, engine, gateways, name):
    sides, port = gateways
    held = _order(admin, name)
    assert dict(held.pay_request)          # the signed request the shopper's app is sent
    headers, body = sides[name].build_notification(_paid(name, held))
    with ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(lambda _: _post(port, name, headers, body), range(50)))
    assert all(_ok(name, *a) for a in answers), answers
    paid = OrderPayment.from_wire(admin.payments.get_order_payment(order_ref=held.order_ref))
    assert paid.state == "paid" and paid.payment.state == "paid"
    assert _outcomes(engine, held) == {"applied": 1, "duplicate": 49}
    assert admin.payments.ledger_check() == ()


@pytest.mark.parametrize("name", ["alipay", "wechat"])
def test_a_forged_or_altered_notification_is_refused_and_changes_nothing(admin, engine, gateways, name):
    sides, port = gateways
    held = _order(admin, name)
    forged = sides[name].build_notification(_paid(name, held), forge=True)
    more = sides[name].build_notification(_paid(name, held, amount=held.payment.amount + Decimal("0.01")))
    unknown = sides[name].build_notification(_paid(name, held, out_trade_no="PAY-20990101-0001"))
    rejected = _rejected(engine)
    for headers, body in (forged, more, unknown):
        assert not _ok(name, *_post(port, name, headers, body))
    headers, body = sides[name].build_notification(_paid(name, held))
    tampered = body.replace(b"88.80", b"8.88") if name == "alipay" else body[:-3] + b"  }"
    assert not _ok(name, *_post(port, name, headers, tampered))
    assert OrderPayment.from_wire(admin.payments.get_order_payment(order_ref=held.order_ref)).state == "held"
    assert _rejected(engine) == rejected + 4                # each recorded, as received
    assert _outcomes(engine, held) == {"rejected": 1}       # only the altered amount verified and named the payment
    assert _ok(name, *_post(port, name, headers, body))     # the genuine one still pays it
    seen = Page.from_wire(admin.payments.list_notifications(payment_number=held.payment.number))
    notes = seen.records(NotificationRecord)                # as received, newest first, for the payments screen
    assert [n.outcome for n in notes] == ["applied", "rejected"] and "amount" in notes[1].detail
    assert notes[0].body and notes[0].gateway == name
    rejected_page = admin.payments.list_notifications(outcome="rejected", page_size=500)
    assert "" in {n.payment_number for n in Page.from_wire(rejected_page).records(NotificationRecord)}


def test_payments_are_found_by_order_payment_number_or_transaction_and_by_gateway_state_and_time(admin, gateways):
    sides, port = gateways
    held = _order(admin, "wechat")
    event = _paid("wechat", held)
    assert _ok("wechat", *_post(port, "wechat", *sides["wechat"].build_notification(event)))

    def found(**filters) -> list[str]:
        page = Page.from_wire(admin.payments.list_payments(page_size=500, **filters))
        return [p.number for p in page.records(PaymentRecord)]

    number = held.payment.number
    for term in (held.order_ref, number, event.txn_id):
        assert found(search=term) == [number]
    assert number in found(gateway="wechat", state="paid")
    assert number not in found(gateway="alipay") and number not in found(gateway="wechat", state="pending")
    now = dt.datetime.now(dt.UTC)
    assert number in found(since=(now - dt.timedelta(hours=1)).isoformat(), search=number)
    assert found(since=(now + dt.timedelta(hours=1)).isoformat(), search=number) == []
    assert found(until=(now - dt.timedelta(hours=1)).isoformat(), search=number) == []
    for bad in ({"state": "lost"}, {"gateway": "paypal"}, {"since": "last week"}):
        assert remote_error(admin.payments.list_payments, **bad).code == E_VALIDATION
    assert remote_error(admin.payments.list_notifications, outcome="maybe").code == E_VALIDATION


def test_a_payment_after_the_order_was_cancelled_is_refunded_automatically(admin, gateways):
    sides, port = gateways
    held = _order(admin, "alipay", "20.00")
    admin.payments.void_tenders(order_ref=held.order_ref, reason="customer cancelled")
    event = _paid("alipay", held)
    assert _ok("alipay", *_post(port, "alipay", *sides["alipay"].build_notification(event)))
    refund = RefundRecord.from_wire(admin.payments.get_refund(refund_no=f"OVER-{held.payment.number}"))
    assert (refund.amount, refund.state) == (Decimal("20.00"), "pending")
    assert OrderPayment.from_wire(admin.payments.get_order_payment(order_ref=held.order_ref)).state == "voided"
    assert admin.payments.ledger_check() == ()


def test_a_failed_wechat_payment_releases_the_orders_holds(admin, gateways):
    sides, port = gateways
    customer = unique("C")
    admin.payments.top_up_balance(customer_ref=customer, amount="5.00", request_id=uuid.uuid4().hex)
    held = OrderPayment.from_wire(admin.payments.hold_tenders(order_ref=unique("SO-"), customer_ref=customer,
                                                              payable="30.00", gateway="wechat"))
    closed = _paid("wechat", held, kind="closed", paid_at=None)
    assert _ok("wechat", *_post(port, "wechat", *sides["wechat"].build_notification(closed)))
    after = OrderPayment.from_wire(admin.payments.get_order_payment(order_ref=held.order_ref))
    assert after.state == "voided" and after.payment is None
    assert admin.payments.wallet(customer_ref=customer)[2] == "0.00"       # nothing held any more
    assert admin.payments.ledger_check() == ()
