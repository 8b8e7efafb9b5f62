"""Gateway notifications: verified, then applied once.

`apply` handles one notification as received over HTTP, in the caller's unit of
work, and returns the answer the gateway expects:
- anything that fails a check (signature, merchant, malformed, unknown payment, currency, amount) is recorded as
  rejected, answered with failure, and changes nothing else;
- the payment row is locked before its state is looked at; an event already applied (the same gateway, transaction,
  kind and refund number: `event_key`, unique) is recorded as a duplicate and answered with success at once;
- a payment notified after its order was cancelled is an overpayment: booked in and straight back out through the
  gateway, with a refund record (OVER-<payment number>) that the gateway's refund notification completes.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Mapping

from sqlalchemy import select

from data_tier.base import utcnow
from data_tier.payments import OrderCharge, Payment, PaymentNotification, Refund, RefundPart
from middle_tier.core.uow import UnitOfWork
from middle_tier.payments import ledger, tenders
from middle_tier.payments.gateways import Gateway, GatewayError, GatewayEvent
from middle_tier.payments.refunds import REFUND_FLOW
from middle_tier.payments.registry import GATEWAYS

log = logging.getLogger("emporium.payments.notify")
Answer = tuple[int, dict[str, str], bytes]


def _record(uow: UnitOfWork, gateway: str, headers: Mapping[str, str], body: bytes, outcome: str, detail: str = "",
            payment: Payment | None = None, event_key: str | None = None) -> None:
    uow.session.add(PaymentNotification(
        gateway=gateway[:16], event_key=event_key, payment_id=payment.id if payment else None, received_at=utcnow(),
        headers=json.dumps({k: v for k, v in headers.items() if k.lower().startswith(("wechatpay", "content"))})[:4000],
        body=body.decode("utf-8", "replace")[:20000], outcome=outcome, detail=detail[:255]))
    uow.session.flush()


def _failure(gateway: Gateway | None, reason: str) -> Answer:
    if gateway is None:
        return 404, {"Content-Type": "text/plain"}, b"failure"
    return gateway.failure_answer(reason)


def apply(uow: UnitOfWork, name: str, headers: Mapping[str, str], body: bytes) -> Answer:
    """Verify and apply one notification; the answer for the gateway (see the module's text)."""
    configured = GATEWAYS.get(name)
    if configured is None:
        _record(uow, name, headers, body, "rejected", "unknown gateway")
        return _failure(None, "unknown gateway")
    gw = configured.gateway
    try:
        event = gw.verify_notification(headers, body)
    except GatewayError as e:
        log.warning("%s notification rejected: %s %s", name, e.reason, e)
        _record(uow, name, headers, body, "rejected", f"{e.reason}: {e}")
        return _failure(gw, e.reason)
    payment = uow.session.scalars(select(Payment).where(Payment.number == event.out_trade_no, Payment.gateway == name)
                                  .with_for_update()).one_or_none()
    if payment is None:
        _record(uow, name, headers, body, "rejected", f"unknown payment {event.out_trade_no}")
        return _failure(gw, "unknown payment")
    key = f"{name}:{event.txn_id}:{event.kind}:{event.refund_no}"
    if uow.session.scalar(select(PaymentNotification.id).where(PaymentNotification.event_key == key)) is not None:
        _record(uow, name, headers, body, "duplicate", key, payment)
        return gw.success_answer()
    why = _mismatch(payment, event)
    if why:
        log.warning("%s notification for %s rejected: %s", name, payment.number, why)
        _record(uow, name, headers, body, "rejected", why, payment)
        return _failure(gw, why)
    outcome = _apply_event(uow, payment, event)
    _record(uow, name, headers, body, outcome, key, payment, event_key=key)
    uow.audit("payment", payment.id, {"notification": [None, f"{event.kind}: {outcome}"]})
    return gw.success_answer()


def _mismatch(payment: Payment, event: GatewayEvent) -> str:
    if event.currency != payment.currency:
        return f"currency {event.currency} is not {payment.currency}"
    if event.kind in ("paid", "closed", "failed") and not event.refund_no and event.amount != payment.amount:
        return f"amount {event.amount} is not {payment.amount}"
    if payment.gateway_txn_id and event.txn_id != payment.gateway_txn_id:
        return f"transaction {event.txn_id} is not {payment.gateway_txn_id}"
    return ""


def _apply_event(uow: UnitOfWork, payment: Payment, event: GatewayEvent) -> str:
    if event.kind == "paid":
        if payment.state == "paid":
            return "duplicate"
        charge = uow.session.scalars(select(OrderCharge).where(OrderCharge.order_ref == payment.order_ref)
                                     .with_for_update()).one_or_none()
        if payment.state == "pending" and charge is not None and charge.state == "held":
            tenders.paid_by_gateway(uow, payment, event.txn_id, event.amount)
            if event.paid_at is not None:
                payment.paid_at = event.paid_at
            return "applied"
        _overpaid(uow, payment, event)
        return "overpaid"
    if event.kind in ("failed", "closed") and not event.refund_no:
        if payment.state == "pending":
            tenders.PAYMENT_FLOW.move(uow, payment, "failed", audit=False)
            charge = uow.session.scalars(select(OrderCharge).where(OrderCharge.order_ref == payment.order_ref)
                                         .with_for_update()).one_or_none()
            if charge is not None and charge.state == "held":
                tenders.void(uow, charge.order_ref, f"{payment.gateway} payment {event.kind}")
        return "applied"
    if event.kind == "refunded" or (event.kind == "failed" and event.refund_no):
        refund = uow.session.scalars(select(Refund).where(Refund.refund_no == event.refund_no)
                                     .with_for_update()).one_or_none()
        if refund is None or refund.state != "pending":
            return "duplicate" if refund is not None else "unknown refund"
        done = event.kind == "refunded"
        for part in uow.session.scalars(select(RefundPart).where(RefundPart.refund_id == refund.id,
                                                                  RefundPart.state == "pending")):
            part.state, part.gateway_refund_id = ("done" if done else "failed"), event.txn_id
        if done:
            REFUND_FLOW.move(uow, refund, "done", audit=False)
        else:
            REFUND_FLOW.move(uow, refund, "failed", audit=False)
            refund.failure = "the gateway refused the refund"
        return "applied"
    return "ignored"


def _overpaid(uow: UnitOfWork, payment: Payment, event: GatewayEvent) -> None:
    """Money for an order that no longer waits for it: booked in and straight back out through the gateway."""
    clearing = ledger.clearing(uow, payment.gateway)
    suspense = ledger.house(uow, "suspense")
    ledger.transfer(uow, key=f"overpaid:{payment.gateway}:{event.txn_id}", kind="overpayment", src=clearing,
                    dst=suspense, amount=event.amount, order_ref=payment.order_ref)
    number = f"OVER-{payment.number}"
    ledger.transfer(uow, key=f"refund:{number}", kind="refund", src=suspense, dst=clearing, amount=event.amount,
                    order_ref=payment.order_ref, refund_no=number)
    if payment.gateway_txn_id is None:
        payment.gateway_txn_id = event.txn_id
    payment.refunded += event.amount
    if uow.session.scalar(select(Refund.id).where(Refund.refund_no == number)) is None:
        uow.session.add(Refund(refund_no=number, order_ref=payment.order_ref, amount=event.amount,
                               reason="paid after the order was cancelled", policy="gateway_first", state="pending",
                               requested_by="gateway", created_at=utcnow()))
