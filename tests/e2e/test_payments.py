"""Payments through real RPyC: gift cards, wallets, tender plans, holds, capture, void, refunds, the ledger check."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from data_tier.payments import OrderCharge
from middle_tier.contract import E_CONFLICT, E_PERMISSION, E_VALIDATION, Page
from middle_tier.contract.payments import (
    GiftCardBatchRecord,
    GiftCardRecord,
    IssuedCard,
    OrderPayment,
    RefundRecord,
    TenderPlan,
    TransferRecord,
    WalletRecord,
)
from middle_tier.contract.system import SettingRecord
from tests.conftest import logged_in, new_request_id, race, ready_user, remote_error, unique

D = Decimal


def _cards(admin, n: int, value: str = "100.00", days: int = 365) -> list[IssuedCard]:
    expires = (dt.date.today() + dt.timedelta(days=days)).isoformat()
    batch = GiftCardBatchRecord.from_wire(admin.payments.create_gift_card_batch(
        kind="e_card", count=n, face_value=value, expires_on=expires))
    cards = [IssuedCard.from_wire(c) for c in admin.payments.issue_gift_cards(batch_id=batch.id, count=n)]
    for c in cards:
        admin.payments.activate_gift_card(code=c.code, order_ref=unique("GC-"), paid_with="cash")
    return cards


def _wallet(admin, customer: str) -> WalletRecord:
    return WalletRecord.from_wire(admin.payments.wallet(customer_ref=customer))


def _customer(admin, balance: str = "0", points: int = 0) -> str:
    ref = unique("C")
    if balance != "0":
        admin.payments.top_up_balance(customer_ref=ref, amount=balance, request_id=new_request_id())
    if points:
        admin.payments.adjust_wallet(customer_ref=ref, unit="PTS", amount=str(points), reason="welcome",
                                     request_id=new_request_id())
    return ref


def _set_limit(admin, value: str) -> None:
    current = next(SettingRecord.from_wire(r) for r in admin.system.list_settings() if r[0] == "refund_approval_limit")
    admin.system.update_settings(changes=(("refund_approval_limit", value, current.version),))


def _sound(admin) -> None:
    assert admin.payments.ledger_check() == ()


def test_gift_cards_have_check_digits_and_a_secret_pin_whose_wrong_guesses_block_the_card(admin):
    card = _cards(admin, 1, "50.00")[0]
    assert len(card.code) == 16 and len(card.pin) == 8
    rec = GiftCardRecord.from_wire(admin.payments.gift_card_balance(code=card.code, pin=card.pin))
    assert (rec.state, rec.balance) == ("active", D("50.00"))
    wrong = str((int(card.pin) + 1) % 10**8).zfill(8)
    mistyped = card.code[:-1] + str((int(card.code[-1]) + 1) % 10)
    assert remote_error(admin.payments.get_gift_card, code=mistyped).field == "code"
    for _ in range(5):
        assert remote_error(admin.payments.gift_card_balance, code=card.code, pin=wrong).field == "pin"
    rec = GiftCardRecord.from_wire(admin.payments.get_gift_card(code=card.code))
    assert rec.state == "blocked" and "PIN" in rec.blocked_reason      # the counts were kept despite the refusals
    admin.payments.unblock_gift_card(code=card.code)
    history = Page.from_wire(admin.payments.account_entries(account_code=f"card:{card.code}")).records(TransferRecord)
    assert [(t.kind, t.from_code, t.amount) for t in history] == [("gift_card_sale", "cash", D("50.00"))]
    _sound(admin)


def test_a_batch_is_issued_in_parts_until_complete_and_its_list_says_how_far(admin):
    expires = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    batch = GiftCardBatchRecord.from_wire(admin.payments.create_gift_card_batch(
        kind="physical", count=3, face_value="20.00", expires_on=expires, note="counter stock"))
    assert batch.issued == 0

    def issued() -> int:
        page = Page.from_wire(admin.payments.list_gift_card_batches(page_size=500))
        return next(b.issued for b in page.records(GiftCardBatchRecord) if b.id == batch.id)

    assert len(admin.payments.issue_gift_cards(batch_id=batch.id, count=2)) == 2 and issued() == 2
    assert len(admin.payments.issue_gift_cards(batch_id=batch.id, count=5)) == 1 and issued() == 3
    assert admin.payments.issue_gift_cards(batch_id=batch.id, count=5) == () and issued() == 3
    cards = Page.from_wire(admin.payments.list_gift_cards(batch_id=batch.id)).records(GiftCardRecord)
    assert {(c.state, c.balance, c.face_value) for c in cards} == {("created", D("0.00"), D("20.00"))}


def test_the_plan_takes_points_then_the_card_that_expires_first_then_the_balance_then_the_gateway(admin):
    customer = _customer(admin, balance="30.00", points=5000)
    late, soon = _cards(admin, 1, "20.00", days=300)[0], _cards(admin, 1, "20.00", days=30)[0]
    plan = TenderPlan.from_wire(admin.payments.plan_tenders(
        customer_ref=customer, payable="150.00", gift_cards=((late.code, late.pin), (soon.code, soon.pin)),
        gateway="alipay"))
    assert [(ln.kind, ln.ref, ln.amount, ln.points) for ln in plan.lines] == [
        ("points", "", D("50.00"), 5000), ("gift_card", soon.code, D("20.00"), 0),
        ("gift_card", late.code, D("20.00"), 0), ("balance", "", D("30.00"), 0), ("gateway", "alipay", D("30.00"), 0)]
    capped = TenderPlan.from_wire(admin.payments.plan_tenders(customer_ref=customer, payable="40.00",
                                                              use_balance=False))
    assert capped.lines[0].amount == D("20.00") == capped.points_cap        # points pay at most half
    assert remote_error(admin.payments.plan_tenders, customer_ref=customer, payable="10.00",
                        points=999999).field == "points"


def test_internal_tenders_alone_pay_at_once_and_a_refund_gives_each_back_exactly(admin):
    customer = _customer(admin, balance="40.00", points=1000)
    card = _cards(admin, 1, "25.00")[0]
    order = unique("SO-")
    paid = OrderPayment.from_wire(admin.payments.hold_tenders(
        order_ref=order, customer_ref=customer, payable="60.00", gift_cards=((card.code, card.pin),)))
    assert paid.state == "paid" and paid.payment is None
    assert [(t.kind, t.amount, t.state) for t in paid.tenders] == [
        ("points", D("10.00"), "captured"), ("gift_card", D("25.00"), "captured"),
        ("balance", D("25.00"), "captured")]
    wallet = _wallet(admin, customer)
    assert (wallet.balance, wallet.points, wallet.points_pending) == (D("15.00"), 0, 25)   # 25 yuan of balance earn
    refund = RefundRecord.from_wire(admin.payments.refund_order(order_ref=order, refund_no=unique("RF-"),
                                                                amount="60.00", reason="returned"))
    assert refund.state == "done"
    assert sorted((p.kind, p.amount, p.points) for p in refund.parts) == [
        ("balance", D("25.00"), 0), ("gift_card", D("25.00"), 0), ("points", D("10.00"), 1000)]
    wallet = _wallet(admin, customer)
    assert (wallet.balance, wallet.points, wallet.points_pending) == (D("40.00"), 1000, 0)
    assert GiftCardRecord.from_wire(admin.payments.get_gift_card(code=card.code)).balance == D("25.00")
    assert remote_error(admin.payments.refund_order, order_ref=order, refund_no=unique("RF-"), amount="0.01",
                        reason="again").field == "amount"
    _sound(admin)


def test_a_bank_payment_holds_until_finance_confirms_it_and_a_void_before_that_releases_everything(admin, connect):
    customer = _customer(admin, balance="10.00")
    order = unique("SO-")
    held = OrderPayment.from_wire(admin.payments.hold_tenders(order_ref=order, customer_ref=customer,
                                                              payable="35.50", gateway="bank"))
    assert held.state == "held" and held.payment is not None and held.payment.amount == D("25.50")
    assert _wallet(admin, customer).balance_held == D("10.00")
    assert OrderPayment.from_wire(admin.payments.hold_tenders(order_ref=order, customer_ref=customer,
                                                              payable="35.50", gateway="bank")) == held   # again
    voided = OrderPayment.from_wire(admin.payments.void_tenders(order_ref=order))
    assert voided.state == "voided" and {t.state for t in voided.tenders} == {"voided"}
    assert (_wallet(admin, customer).balance, _wallet(admin, customer).balance_held) == (D("10.00"), D("0.00"))
    again = OrderPayment.from_wire(admin.payments.hold_tenders(order_ref=order, customer_ref=customer,
                                                               payable="35.50", gateway="bank"))
    assert again.state == "held"                 # held afresh after the void (a retried payment)
    assert remote_error(admin.payments.confirm_bank_transfer, payment_number=again.payment.number,
                        bank_reference="B1", amount="25.49").field == "amount"
    paid = OrderPayment.from_wire(admin.payments.confirm_bank_transfer(
        payment_number=again.payment.number, bank_reference="BANK-778", amount="25.50"))
    assert paid.state == "paid" and paid.payment.gateway_txn_id == "BANK-778"
    other = OrderPayment.from_wire(admin.payments.hold_tenders(order_ref=unique("SO-"), customer_ref=customer,
                                                               payable="5.00", gateway="bank"))
    assert remote_error(admin.payments.confirm_bank_transfer, payment_number=other.payment.number,
                        bank_reference="BANK-778", amount="5.00").field == "bank_reference"   # booked once
    assert remote_error(admin.payments.void_tenders, order_ref=order).code == E_CONFLICT
    # a refund above the limit waits for a second person
    _set_limit(admin, "20.00")
    try:
        number = unique("RF-")
        waiting = RefundRecord.from_wire(admin.payments.refund_order(order_ref=order, refund_no=number,
                                                                     amount="30.00", reason="damaged"))
        assert waiting.state == "awaiting_approval" and waiting.parts == ()
        assert remote_error(admin.payments.approve_refund, refund_no=number).code == E_PERMISSION
        user, password = ready_user(admin, connect, roles=("finance_clerk",))
        finance = connect().root.login(user, password)
        done = RefundRecord.from_wire(finance.payments.approve_refund(refund_no=number))
    finally:
        _set_limit(admin, "1000.00")
    assert done.state == "pending"        # the bank part waits for the payout
    assert sorted((p.kind, p.amount, p.state) for p in done.parts) == [
        ("balance", D("8.45"), "done"), ("gateway", D("21.55"), "pending")]
    done = RefundRecord.from_wire(finance.payments.confirm_refund_payout(refund_no=number, reference="PAYOUT-1"))
    assert done.state == "done"
    _sound(admin)


def test_holds_not_paid_in_time_release_by_themselves(admin, engine):
    customer = _customer(admin, balance="20.00")
    order = unique("SO-")
    admin.payments.hold_tenders(order_ref=order, customer_ref=customer, payable="50.00", gateway="bank")
    assert _wallet(admin, customer).balance_held == D("20.00")
    with engine.begin() as c:      # the middle tier that held it was killed; the time passes
        c.execute(update(OrderCharge).where(OrderCharge.order_ref == order)
                  .values(expires_at=dt.datetime(2020, 1, 1)))
    assert admin.payments.expire_holds() >= 1
    assert OrderPayment.from_wire(admin.payments.get_order_payment(order_ref=order)).state == "voided"
    assert _wallet(admin, customer).balance_held == D("0.00")
    _sound(admin)


def test_adjustments_above_the_limit_wait_for_a_second_person(admin, connect):
    customer = _customer(admin)
    small = TransferRecord.from_wire(admin.payments.adjust_wallet(customer_ref=customer, unit="CNY", amount="50.00",
                                                                  reason="goodwill", request_id=new_request_id()))
    big = TransferRecord.from_wire(admin.payments.adjust_wallet(customer_ref=customer, unit="CNY", amount="500.00",
                                                                reason="compensation", request_id=new_request_id()))
    assert (small.state, big.state) == ("posted", "pending")
    assert _wallet(admin, customer).balance == D("50.00")
    assert remote_error(admin.payments.approve_adjustment, key=big.key).code == E_PERMISSION
    waiting = Page.from_wire(admin.payments.pending_adjustments(page_size=500)).records(TransferRecord)
    assert big.key in {t.key for t in waiting} and small.key not in {t.key for t in waiting}
    assert remote_error(admin.payments.adjust_wallet, customer_ref=customer, unit="CNY", amount="-60.00",
                        reason="oops", request_id=new_request_id()).code == E_VALIDATION     # never below zero
    user, password = ready_user(admin, connect, roles=("finance_clerk",))
    connect().root.login(user, password).payments.approve_adjustment(key=big.key)
    assert _wallet(admin, customer).balance == D("550.00")
    waiting = Page.from_wire(admin.payments.pending_adjustments(page_size=500)).records(TransferRecord)
    assert big.key not in {t.key for t in waiting}
    _sound(admin)


def test_a_gift_card_is_never_bought_with_a_gift_card(admin):
    card = _cards(admin, 1)[0]
    err = remote_error(admin.payments.hold_tenders, order_ref=unique("SO-"), customer_ref=_customer(admin),
                       payable="100.00", gift_cards=((card.code, card.pin),), for_gift_cards=True)
    assert err.field == "gift_cards"


def test_sixteen_clients_spending_one_gift_card_and_one_balance_never_spend_more_than_they_hold(admin, endpoint):
    card = _cards(admin, 1, "30.00")[0]
    customer = _customer(admin, balance="30.00")
    with logged_in(endpoint, 16) as sessions:
        results = race(sessions, lambda s: s.payments.hold_tenders(
            order_ref=unique("SO-"), customer_ref=customer, payable="10.00", gift_cards=((card.code, card.pin),),
            use_balance=True, gateway="bank", points=0))
    paid = [OrderPayment.from_wire(r) for kind, r in results if kind == "ok"]
    assert all(kind == "ok" for kind, _ in results), results
    by_card = sum((t.amount for p in paid for t in p.tenders if t.kind == "gift_card"), D("0"))
    by_balance = sum((t.amount for p in paid for t in p.tenders if t.kind == "balance"), D("0"))
    assert by_card == D("30.00") and by_balance == D("30.00")     # then the gateway pays the rest
    assert GiftCardRecord.from_wire(admin.payments.get_gift_card(code=card.code)).balance == D("0.00")
    assert _wallet(admin, customer).balance == D("0.00")
    _sound(admin)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(balance=st.integers(0, 5000), points=st.integers(0, 9000), card=st.sampled_from([0, 1000, 3333]),
       payable=st.integers(1, 12000), cuts=st.lists(st.integers(1, 100), min_size=1, max_size=4),
       policy=st.sampled_from(["original", "stored_value_first", "gateway_first"]))
def test_any_mix_of_tenders_refunded_in_any_parts_gives_every_tender_back_to_the_fen(
        admin, balance, points, card, payable, cuts, policy):
    """Amounts in fen. Pay with whatever the customer has (the bank for the rest), refund everything in parts:
    each refund's parts sum to it, and the wallet, the points and the card end where they began."""
    yuan = lambda fen: f"{fen // 100}.{fen % 100:02d}"     # noqa: E731
    customer = _customer(admin, balance=yuan(balance) if balance else "0", points=points)
    cards = _cards(admin, 1, yuan(card)) if card else []
    order = unique("SO-")
    held = OrderPayment.from_wire(admin.payments.hold_tenders(
        order_ref=order, customer_ref=customer, payable=yuan(payable), gateway="bank",
        gift_cards=tuple((c.code, c.pin) for c in cards)))
    if held.state == "held":
        admin.payments.confirm_bank_transfer(payment_number=held.payment.number, bank_reference=unique("B"),
                                             amount=str(held.payment.amount))
    total, left = sum(cuts), payable
    for i, cut in enumerate(cuts):
        fen = left if i == len(cuts) - 1 else max(1, payable * cut // total)
        fen = min(fen, left)
        if fen <= 0:
            continue
        refund = RefundRecord.from_wire(admin.payments.refund_order(order_ref=order, refund_no=unique("RF-"),
                                                                    amount=yuan(fen), reason="returned",
                                                                    policy=policy))
        assert sum((p.amount for p in refund.parts), D("0")) == D(yuan(fen))
        left -= fen
    wallet = _wallet(admin, customer)
    assert (wallet.balance, wallet.balance_held, wallet.points, wallet.points_pending) == (
        D(yuan(balance)), D("0.00"), points, 0)
    for c in cards:
        assert GiftCardRecord.from_wire(admin.payments.get_gift_card(code=c.code)).balance == D(yuan(card))
    _sound(admin)
