"""The contract's records survive the wire exactly; cursors and errors are well-formed."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rpyc.core import brine

from middle_tier.contract import (
    E_BAD_ARG,
    E_INTERNAL,
    E_UNAVAILABLE,
    DomainError,
    decimal_from_wire,
    error_from_remote,
    money_to_wire,
)
from middle_tier.contract.system import AuditRecord, UserRecord
from middle_tier.core.paging import decode_cursor, encode_cursor

text = st.text(max_size=40)
stamps = st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1))


@given(st.builds(UserRecord, id=st.integers(1, 2**31), username=text, display_name=text, email=text,
                 is_active=st.booleans(), is_locked=st.booleans(), roles=st.lists(text, max_size=3).map(tuple),
                 last_login_at=st.none() | stamps, created_at=stamps, version=st.integers(1, 1000)))
def test_user_record_round_trips_through_brine(rec):
    wire = rec.to_wire()
    assert brine.dumpable(wire)
    assert UserRecord.from_wire(brine.load(brine.dump(wire))) == rec


@given(st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-10**12, max_value=10**12))
def test_money_travels_as_text_exactly(amount):
    assert decimal_from_wire(money_to_wire(amount)) == amount


@pytest.mark.parametrize("bad", ["", "abc", "NaN", "Infinity", "1,5"])
def test_text_that_is_no_number_is_a_validation_error(bad):
    with pytest.raises(DomainError) as e:
        decimal_from_wire(bad, "price")
    assert e.value.field == "price"


@given(st.lists(st.one_of(st.integers(-2**62, 2**62), text, stamps), min_size=1, max_size=3))
def test_cursor_round_trips(values):
    assert list(decode_cursor(encode_cursor(values), len(values))) == values


@pytest.mark.parametrize("bad", ["!!", "bm90IGpzb24", "W10", encode_cursor([1, 2])])
def test_a_bad_cursor_is_refused(bad):
    with pytest.raises(DomainError) as e:
        decode_cursor(bad, 1)
    assert e.value.code == E_BAD_ARG


def test_record_with_the_wrong_width_is_refused():
    with pytest.raises(DomainError):
        AuditRecord.from_wire((1, 2))


def test_remote_errors_map_to_domain_errors():
    class Remote(Exception):
        code, message, field, ref = "E_CONFLICT", "busy", "x", ""

    assert error_from_remote(Remote()).code == "E_CONFLICT"
    assert error_from_remote(EOFError()).code == E_UNAVAILABLE
    assert error_from_remote(ValueError("boom")).code == E_INTERNAL


def test_categories_are_shown_parents_first_and_siblings_by_position():
    from client.screens.catalog import tree_order
    from middle_tier.contract.catalog import CategoryRecord

    def c(id_, parent, position):
        return CategoryRecord(id_, parent, f"c{id_}", f"C{id_}", position, 0, True, (), 1)

    shuffled = [c(10, 0, 1), c(2, 0, 2), c(11, 2, 2), c(3, 2, 1), c(4, 10, 1)]
    assert [x.id for x in tree_order(shuffled)] == [10, 4, 2, 3, 11]
