"""Finding payments and the notifications their gateways sent, for the payments screen and finance."""
from __future__ import annotations

from sqlalchemy import or_, select

from data_tier.payments import LedgerTransfer, Payment, PaymentNotification
from middle_tier.contract import Page
from middle_tier.contract.payments import (
    GATEWAYS,
    NOTIFICATION_OUTCOMES,
    PAYMENT,
    NotificationRecord,
    PaymentRecord,
    TransferRecord,
)
from middle_tier.core import validate
from middle_tier.core.paging import keyset_page
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.payments import ledger
from middle_tier.payments.cards import transfer_record
from middle_tier.payments.tenders import payment_record


@verb("payments.read")
def list_payments(uow: UnitOfWork, *, search: str = "", gateway: str = "", state: str = "", since: str = "",
                  until: str = "", cursor: str = "", page_size: int = 100) -> Page:
    """Payments, newest first. `search` is an order reference, a payment number or the gateway's transaction id
    (exactly); `since` and `until` (ISO dates or times, with an offset for a local time) bound when it was created,
    `until` excluded."""
    stmt = select(Payment)
    term = validate.text(search, "search", "Search", max_length=64, required=False).strip()
    if term:
        stmt = stmt.where(or_(Payment.order_ref == term, Payment.number == term, Payment.gateway_txn_id == term))
    if gateway:
        stmt = stmt.where(Payment.gateway == validate.choice(gateway, "gateway", "Gateway", GATEWAYS))
    if state:
        stmt = stmt.where(Payment.state == validate.choice(state, "state", "State", PAYMENT.states))
    start = validate.date_or_none(since, "since", "From")
    end = validate.date_or_none(until, "until", "To")
    if start is not None:
        stmt = stmt.where(Payment.created_at >= start)
    if end is not None:
        stmt = stmt.where(Payment.created_at < end)
    return keyset_page(uow.session, stmt, [(Payment.id, True)], cursor=cursor, page_size=page_size,
                       columns=PaymentRecord.columns(), row_to_wire=lambda r: payment_record(r[0]).to_wire(),
                       key_of=lambda r: (r[0].id,))


@verb("payments.read")
def list_notifications(uow: UnitOfWork, *, payment_number: str = "", outcome: str = "", cursor: str = "",
                       page_size: int = 100) -> Page:
    """Notifications as received, newest first: of one payment, or with one outcome (e.g. every rejected one,
    including those that named no payment of ours)."""
    stmt = select(PaymentNotification, Payment.number).outerjoin(Payment, Payment.id == PaymentNotification.payment_id)
    if payment_number:
        stmt = stmt.where(Payment.number == validate.reference(payment_number, "payment_number", "Payment"))
    if outcome:
        stmt = stmt.where(PaymentNotification.outcome == validate.choice(outcome, "outcome", "Outcome",
                                                                         NOTIFICATION_OUTCOMES))

    def wire(row: tuple) -> tuple:
        n, number = row
        return NotificationRecord(n.id, n.gateway, number or "", n.received_at, n.outcome, n.detail, n.headers,
                                  n.body).to_wire()

    return keyset_page(uow.session, stmt, [(PaymentNotification.id, True)], cursor=cursor, page_size=page_size,
                       columns=NotificationRecord.columns(), row_to_wire=wire, key_of=lambda r: (r[0].id,))


@verb("payments.read")
def pending_adjustments(uow: UnitOfWork, *, cursor: str = "", page_size: int = 100) -> Page:
    """Wallet adjustments that wait for a second person's approval, newest first."""
    stmt = select(LedgerTransfer).where(LedgerTransfer.state == "pending", LedgerTransfer.kind == "adjustment")

    def wire(row: tuple) -> tuple:
        t = row[0]
        return transfer_record(t, ledger.codes_of(uow.session, {t.from_account_id, t.to_account_id})).to_wire()

    return keyset_page(uow.session, stmt, [(LedgerTransfer.id, True)], cursor=cursor, page_size=page_size,
                       columns=TransferRecord.columns(), row_to_wire=wire, key_of=lambda r: (r[0].id,))
