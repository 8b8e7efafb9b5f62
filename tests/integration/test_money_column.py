"""Money columns keep amounts exactly on both databases (SQLite stores whole fen, MariaDB DECIMAL(18,2))."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Column, Integer, MetaData, Table, delete, func, insert, select
from sqlalchemy.exc import StatementError

from data_tier.base import Money

amounts = st.decimals(min_value=Decimal("-9999999999999.99"), max_value=Decimal("9999999999999.99"), places=2,
                      allow_nan=False, allow_infinity=False)


@pytest.fixture(scope="module")
def probe(engine):
    table = Table("money_probe", MetaData(), Column("id", Integer, primary_key=True), Column("amount", Money()))
    table.create(engine)
    yield table
    table.drop(engine)


@settings(max_examples=60, deadline=None)
@given(values=st.lists(amounts, min_size=1, max_size=8))
def test_amounts_come_back_exactly_and_sum_and_sort_as_numbers(engine, probe, values):
    with engine.begin() as conn:
        conn.execute(delete(probe))
        conn.execute(insert(probe), [{"amount": v} for v in values])
        back = conn.execute(select(probe.c.amount).order_by(probe.c.amount)).scalars().all()
        total = conn.execute(select(func.sum(probe.c.amount))).scalar()
        above_zero = conn.execute(select(func.count()).where(probe.c.amount > Decimal("0"))).scalar()
    assert back == sorted(values)
    assert all(type(v) is Decimal and v.as_tuple().exponent == -2 for v in back)
    assert Decimal(total).quantize(Decimal("0.01")) == sum(values)
    assert above_zero == sum(1 for v in values if v > 0)


def test_an_amount_with_a_fraction_of_a_fen_is_refused(engine, probe):
    with pytest.raises(StatementError):
        with engine.begin() as conn:
            conn.execute(insert(probe), [{"amount": Decimal("1.005")}])
