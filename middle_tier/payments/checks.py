"""The ledger's self-check, as a verb (and `emporium-admin ledger-check`)."""
from __future__ import annotations

from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.payments.ledger import problems


@verb("payments.read")
def ledger_check(uow: UnitOfWork) -> tuple:
    """Prove the ledger: per unit the balances sum to zero, every account's kept figures equal its entries, no
    customer's or card's account is below zero, and every paid order's tenders sum to its payable. Lists each
    difference (at most 1,000); none: the ledger is sound."""
    return tuple(p.to_wire() for p in problems(uow.session))
