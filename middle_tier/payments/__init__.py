"""Payments (支付系统): the stored-value ledger, gift cards, wallets (balance and points), the tenders of an order
with their holds, bank-direct and gateway payments, refunds along the original tenders, and the self-check.

Every movement of money held for customers is a transfer of the double-entry ledger (`ledger`): held, posted or
voided, never edited. Verbs: `tenders`, `cards`, `wallet`, `refunds`, `checks`.

Other areas use payments only through what is exported here: the orders area holds an order's tenders when it is
submitted (`hold`), voids them when it is cancelled (`void`) and reads where its payment stands (`payment_of`);
the server registers the gateways (`configure_gateways`) and hands it their notifications (`apply_notification`).
"""
from middle_tier.payments import cards, checks, lookup, refunds, tenders, wallet
from middle_tier.payments.demo import seed as seed_demo
from middle_tier.payments.ledger import problems
from middle_tier.payments.notifications import apply as apply_notification
from middle_tier.payments.registry import configure as configure_gateways
from middle_tier.payments.tenders import hold, void
from middle_tier.payments.work import work_items

VERB_MODULES = (tenders, cards, wallet, refunds, checks, lookup)


def payment_of(uow, order_ref: str):  # type: ignore[no-untyped-def]
    """Where an order's payment stands (OrderPayment), or None when nothing was held for it."""
    charge = tenders._charge(uow, order_ref)
    return tenders.order_payment(uow, charge) if charge is not None else None


__all__ = ["VERB_MODULES", "apply_notification", "configure_gateways", "hold", "payment_of", "problems", "seed_demo",
           "void", "work_items"]
