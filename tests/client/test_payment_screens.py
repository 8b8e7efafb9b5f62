"""The payments screen against a real middle tier: finance finds a payment by its order and confirms a bank transfer,
refunds an order from its payment, issues a batch of gift cards to a spreadsheet with progress, looks a card up by
its code and blocks it, and approves a wallet adjustment that another person made; the agent finds an order paid
with stored value alone; the screen speaks Chinese."""
from __future__ import annotations

from decimal import Decimal

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from middle_tier.contract.payments import OrderPayment, TransferRecord
from tests.conftest import new_request_id, unique

D = Decimal


def _funded_customer(admin, amount: str = "300.00") -> str:  # type: ignore[no-untyped-def]
    customer = unique("C-")
    admin.payments.top_up_balance(customer_ref=customer, amount=amount, request_id=new_request_id())
    return customer


def _find(qtbot, screen, term: str) -> None:  # type: ignore[no-untyped-def]
    screen.tabs.setCurrentIndex(0)
    screen.pay_search_edit.setText(term)
    screen.apply_payment_filters()


def test_finance_finds_a_bank_payment_by_its_order_and_confirms_the_transfer(open_window, qtbot, admin):
    customer = _funded_customer(admin, "40.00")
    order_ref = unique("SO-")
    held = OrderPayment.from_wire(admin.payments.hold_tenders(order_ref=order_ref, customer_ref=customer,
                                                              payable="140.00", gateway="bank"))
    assert held.payment is not None and held.payment.amount == D("100.00")
    window = open_window("finance")
    screen = window.go("payments")
    _find(qtbot, screen, order_ref)
    qtbot.waitUntil(lambda: screen.payment_model.rowCount() == 1, timeout=10_000)
    screen.payment_table.selectRow(0)
    qtbot.waitUntil(lambda: screen.tenders_table.rowCount() == 2, timeout=10_000)
    assert "140.00" in screen.payment_label.text() and "Bank transfer" in screen.payment_label.text()
    assert screen.bank_button.isEnabled() and not screen.refund_order_button.isEnabled()   # not paid yet
    screen.bank_button.click()
    dialog = screen.bank_dialog
    dialog.reference_edit.setText("BOC-778812")
    dialog.amount_edit.setText("99.00")                        # not what was asked: refused at the field
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=10_000)
    assert dialog.result_record is None
    dialog.amount_edit.setText("100.00")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.result_record is not None, timeout=10_000)
    qtbot.waitUntil(lambda: screen.current_order is not None and screen.current_order.state == "paid",
                    timeout=10_000)
    assert {screen.tenders_table.item(r, 5).text() for r in range(2)} == {"captured"}
    assert screen.refund_order_button.isEnabled() and not screen.bank_button.isEnabled()
    assert admin.payments.ledger_check() == ()


def test_finance_refunds_an_order_from_its_payment_and_sees_where_each_part_went(open_window, qtbot, admin):
    customer = _funded_customer(admin, "300.00")
    order_ref = unique("SO-")
    admin.payments.hold_tenders(order_ref=order_ref, customer_ref=customer, payable="120.00")   # the balance pays
    window = open_window("finance")
    screen = window.go("payments")
    _find(qtbot, screen, order_ref)                 # no gateway payment: the order's tenders show all the same
    qtbot.waitUntil(lambda: screen.current_order is not None, timeout=10_000)
    assert screen.payment_model.rowCount() == 0 and "stored value alone" in screen.payment_label.text()
    assert screen.tenders_table.rowCount() == 1 and screen.tenders_table.item(0, 0).text() == "Balance"
    screen.refund_order_button.click()
    dialog = screen.refund_dialog
    assert dialog.order_edit.text() == order_ref
    dialog.amount_edit.setText("500.00")           # more than was paid
    dialog.reason_edit.setText("damaged in transit")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.form.error_text("amount") != "", timeout=10_000)
    dialog.amount_edit.setText("20.00")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.result_record is not None, timeout=10_000)
    assert screen.tabs.currentIndex() == 1 and screen.current_refund is not None
    assert screen.current_refund.state == "done" and screen.parts_table.rowCount() == 1
    assert screen.parts_table.item(0, 3).text() == f"balance:{customer}"
    qtbot.waitUntil(lambda: screen.refund_model.rowCount() == 1, timeout=10_000)
    assert admin.payments.wallet(customer_ref=customer)[1] == "200.00"      # 300 - 120 + 20


def test_a_batch_is_issued_to_a_spreadsheet_with_progress_and_a_card_is_looked_up_and_blocked(
        open_window, qtbot, admin, tmp_path, monkeypatch):
    window = open_window("finance")
    screen = window.go("payments")
    screen.tabs.setCurrentIndex(2)
    assert not screen.issue_button.isEnabled()             # no batch chosen
    screen.new_batch_button.click()
    dialog = screen.batch_dialog
    dialog.count_spin.setValue(7)
    dialog.value_edit.setText("abc")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.form.error_text("face_value") != "", timeout=10_000)
    dialog.value_edit.setText("50.00")
    dialog.note_edit.setText(unique("screen batch "))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.result_record is not None, timeout=10_000)
    batch = dialog.result_record
    qtbot.waitUntil(lambda: screen.selected_batch() is not None and screen.selected_batch().id == batch.id,
                    timeout=10_000)
    assert screen.issue_button.isEnabled()
    target = tmp_path / "cards.xlsx"
    progress = screen.issue_to(screen.selected_batch(), target)
    with qtbot.waitSignal(progress.completed, timeout=20_000) as done:
        pass
    assert done.args == [True]
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0] == ("Code", "PIN", "Face value", "Expires") and len(rows) == 8
    codes = [r[0] for r in rows[1:]]
    assert all(len(c) == 16 and c.isdigit() for c in codes) and all(len(r[1]) == 8 for r in rows[1:])
    qtbot.waitUntil(lambda: any(screen.batch_model.record(r).id == batch.id and screen.batch_model.record(r).issued
                                == 7 for r in range(screen.batch_model.rowCount())), timeout=10_000)
    # a card of the file is sold at the till, then looked up by its code (Enter) and blocked
    admin.payments.activate_gift_card(code=codes[0], order_ref=unique("GC-"), paid_with="cash")
    screen.card_edit.setText(codes[0])
    qtbot.keyClick(screen.card_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.current_card is not None and screen.card_entries.rowCount() == 1,
                    timeout=10_000)
    assert "50.00" in screen.card_label.text() and screen.card_entries.item(0, 3).text() == "+50.00"
    assert screen.block_button.isEnabled() and not screen.unblock_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("lost on the bus", True))
    screen.block_button.click()
    qtbot.waitUntil(lambda: screen.current_card.state == "blocked", timeout=10_000)
    assert "lost on the bus" in screen.card_label.text() and screen.unblock_button.isEnabled()
    screen.unblock_button.click()
    qtbot.waitUntil(lambda: screen.current_card.state == "active", timeout=10_000)


def test_an_adjustment_made_by_one_person_is_approved_by_another_on_the_wallet_tab(open_window, qtbot, admin):
    customer = _funded_customer(admin, "10.00")
    big = TransferRecord.from_wire(admin.payments.adjust_wallet(customer_ref=customer, unit="CNY", amount="900.00",
                                                                reason="broken sofa", request_id=new_request_id()))
    assert big.state == "pending"
    window = open_window("finance")
    screen = window.go("payments")
    screen.tabs.setCurrentIndex(3)
    screen.customer_edit.setText(customer)
    qtbot.keyClick(screen.customer_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.balance_entries.rowCount() == 2, timeout=10_000)
    assert "balance 10.00" in screen.wallet_label.text()
    assert screen.adjustments_table.isVisibleTo(screen)
    qtbot.waitUntil(lambda: any(screen.adjustments_model.record(r).key == big.key
                                for r in range(screen.adjustments_model.rowCount())), timeout=10_000)
    row = next(r for r in range(screen.adjustments_model.rowCount()) if screen.adjustments_model.record(r).key
               == big.key)
    screen.adjustments_table.selectRow(row)
    screen.approve_adjustment_button.click()
    qtbot.waitUntil(lambda: "balance 910.00" in screen.wallet_label.text(), timeout=10_000)
    # a small one of their own posts at once
    screen.adjust_button.click()
    dialog = screen.adjust_dialog
    dialog.amount_edit.setText("−5.00")
    dialog.reason_edit.setText("rounding")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "balance 905.00" in screen.wallet_label.text(), timeout=10_000)
    assert admin.payments.ledger_check() == ()


def test_the_agent_reads_payments_but_changes_nothing_and_the_screen_speaks_chinese(open_window, qtbot, chinese):
    window = open_window("agent")
    screen = window.go("payments")
    assert screen is not None
    assert screen.tabs.tabText(2) == "礼品卡(&G)"
    assert not screen.new_batch_button.isEnabled() and not screen.refund_button.isEnabled()
    assert not screen.adjustments_table.isVisibleTo(screen)       # approvals are finance's
