"""Demo payments for `emporium-admin seed-demo`: a batch of e-cards (some sold, one blocked), wallets with
top-ups and adjustments (one waits for approval), orders paid from stored value, one waiting for a bank transfer,
and a refund, so that every tab of the payments screen has something to show a new user."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from data_tier.payments import GiftCardBatch
from middle_tier.core.uow import UnitOfWork
from middle_tier.payments import cards, refunds, tenders, wallet

# customer, top-up at the till
CUSTOMERS = (("C-10001", "500.00"), ("C-10002", "120.00"), ("C-10003", "80.00"), ("C-10004", "1000.00"))
# order, customer, payable, gateway for the rest
ORDERS = (("SO-DEMO-0001", "C-10001", "268.00", "alipay"), ("SO-DEMO-0002", "C-10003", "59.90", "alipay"),
          ("SO-DEMO-0003", "C-10002", "399.00", "bank"))


def seed(session: Session, progress: Callable[[str], object] = print) -> bool:
    """Create the demo's payments once; False when they are there already."""
    if session.scalar(select(GiftCardBatch.id).limit(1)) is not None:
        return False
    uow = UnitOfWork(session, verb="admin.seed_demo", state=None, write=True)
    uow.acting_area = "payments"
    expires = (dt.date.today() + dt.timedelta(days=730)).isoformat()
    batch = cards.create_gift_card_batch(uow, kind="e_card", count=20, face_value="100.00", expires_on=expires,
                                         note="Spring festival e-cards")
    issued = cards.issue_gift_cards(uow, batch_id=batch.id, count=20)
    progress(f"gift cards: batch {batch.number}, {len(issued)} cards")
    for i, card in enumerate(issued[:6], 1):
        cards.activate_gift_card(uow, code=card.code, order_ref=f"GC-DEMO-{i:04d}", paid_with="cash")
    cards.block_gift_card(uow, code=issued[5].code, reason="reported lost by the customer")
    for n, (customer, amount) in enumerate(CUSTOMERS, 1):
        wallet.top_up_balance(uow, customer_ref=customer, amount=amount, request_id=f"demo-top-up-{n}")
    wallet.adjust_wallet(uow, customer_ref="C-10002", unit="CNY", amount="20.00", reason="late delivery goodwill",
                         request_id="demo-adjust-1")
    wallet.adjust_wallet(uow, customer_ref="C-10004", unit="CNY", amount="600.00",
                         reason="compensation for a damaged sofa", request_id="demo-adjust-2")   # waits: above limit
    for order_ref, customer, payable, gateway in ORDERS:
        tenders.hold_tenders(uow, order_ref=order_ref, customer_ref=customer, payable=payable, gateway=gateway)
    refunds.refund_order(uow, order_ref="SO-DEMO-0001", refund_no="RF-DEMO-0001", amount="68.00",
                         reason="one item returned")
    progress("payments: wallets, orders paid from stored value, a bank transfer to confirm, a refund")
    return True
