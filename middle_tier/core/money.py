"""The one rounding rule for money: Decimal, to the fen (0.01), half up."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from middle_tier.contract import E_VALIDATION, DomainError, Label, Text

FEN = Decimal("0.01")
MAX_AMOUNT = Decimal("9999999999999999.99")


def round_money(value: Decimal) -> Decimal:
    return value.quantize(FEN, rounding=ROUND_HALF_UP)


def parse_money(text: str, field: str, label: Label, *, minimum: Decimal | None = Decimal("0"),
                allow_negative: bool = False) -> Decimal:
    """Text from the wire to an amount: a number with at most two decimals, within range."""
    try:
        value = Decimal(text.strip())
    except (InvalidOperation, AttributeError):
        raise DomainError(E_VALIDATION, Text("{label} must be an amount like 12.50.", label=label), field) from None
    if not value.is_finite():
        raise DomainError(E_VALIDATION, Text("{label} must be an amount like 12.50.", label=label), field)
    if value != value.quantize(FEN, rounding=ROUND_HALF_UP):
        raise DomainError(E_VALIDATION, Text("{label} has at most two decimals.", label=label), field)
    if abs(value) > MAX_AMOUNT:
        raise DomainError(E_VALIDATION, Text("{label} is too large.", label=label), field)
    if minimum is not None and not allow_negative and value < minimum:
        raise DomainError(E_VALIDATION, Text("{label} must be at least {minimum}.",
                                             label=label, minimum=minimum), field)
    return round_money(value)
