"""promotions: combinations per line, reservations after a release

An amount off says what it is taken from (`promotion.amount_per`: unit, line or order) and an item promotion may be
exclusive for the whole order (`promotion.order_exclusive`). An order reference may be reserved again after its
reservation is released: `promotion_reservation` gets a key of its own (`id`) and numbers an order's reservations
(`attempt`, unique per order reference), keeping every one; `promotion_usage` points to its reservation instead of
the order reference. The stored quotes gain the fields the price quote now has (what cut a discount short, the kind
and the units missing of a rejected promotion).

Downgrading keeps only the latest reservation of each order reference (the old key allows one) and its usage.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 05:00:00
"""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_BIG_ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
_APPLIED, _REJECTED = 8, 9          # positions of the applied and rejected promotions in a PriceQuote's wire tuple
_OLD_APPLIED_WIDTH, _OLD_REJECTED_WIDTH = 8, 7


def _datetime6() -> sa.types.TypeEngine:
    return sa.DateTime().with_variant(sa.dialects.mysql.DATETIME(fsp=6), 'mysql', 'mariadb')


def _reservation_table(name: str, *, new: bool) -> None:
    key = [sa.Column('id', _BIG_ID, autoincrement=True, nullable=False)] if new else []
    attempt = [sa.Column('attempt', sa.Integer(), nullable=False)] if new else []
    constraints: list[Any] = (
        [sa.PrimaryKeyConstraint('id', name=op.f('pk_promotion_reservation')),
         sa.UniqueConstraint('order_ref', 'attempt', name='uq_promotion_reservation_attempt')] if new else
        [sa.PrimaryKeyConstraint('order_ref', name=op.f('pk_promotion_reservation'))])
    op.create_table(
        name, *key,
        sa.Column('order_ref', sa.String(length=64), nullable=False),
        *attempt,
        sa.Column('customer_ref', sa.String(length=64), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('quote', sa.Text(), nullable=False),
        sa.Column('reserved_at', _datetime6(), nullable=False),
        sa.Column('settled_at', _datetime6(), nullable=True),
        *constraints,
    )


def _rewrite_quotes(change: Callable[[list, dict[int, str]], list]) -> None:
    """Every stored quote through `change(wire, kinds)` (kinds: promotion id -> kind)."""
    conn = op.get_bind()
    kinds = {row[0]: row[1] for row in conn.execute(sa.text('SELECT id, kind FROM promotion'))}
    for rid, quote in list(conn.execute(sa.text('SELECT id, quote FROM promotion_reservation'))):
        wire = change(json.loads(quote), kinds)
        conn.execute(sa.text('UPDATE promotion_reservation SET quote = :q WHERE id = :id'),
                     {'q': json.dumps(wire), 'id': rid})


def _widen(wire: list, kinds: dict[int, str]) -> list:
    for applied in wire[_APPLIED]:
        if len(applied) == _OLD_APPLIED_WIDTH:
            applied += ['', applied[4]]              # limited_by: nothing; full_discount: the discount
    for rejected in wire[_REJECTED]:
        if len(rejected) == _OLD_REJECTED_WIDTH:
            kind = kinds.get(rejected[0], '')
            short_units = kind == 'buy_x_get_y' and rejected[3] == 'threshold_short' and rejected[4].isdigit()
            rejected += [kind, int(rejected[4]) if short_units else 0]
    return wire


def _narrow(wire: list, kinds: dict[int, str]) -> list:
    wire[_APPLIED] = [a[:_OLD_APPLIED_WIDTH] for a in wire[_APPLIED]]
    wire[_REJECTED] = [r[:_OLD_REJECTED_WIDTH] for r in wire[_REJECTED]]
    return wire


def upgrade() -> None:
    op.add_column('promotion', sa.Column('amount_per', sa.String(length=8), nullable=False, server_default='unit'))
    op.add_column('promotion', sa.Column('order_exclusive', sa.Boolean(), nullable=False, server_default='0'))
    # the usage lets go of the order reference's key before the reservations get a key of their own
    with op.batch_alter_table('promotion_usage') as batch:
        batch.drop_constraint(op.f('fk_promotion_usage_order_ref_promotion_reservation'), type_='foreignkey')
        batch.drop_constraint('uq_promotion_usage_order', type_='unique')
        batch.add_column(sa.Column('reservation_id', _BIG_ID, nullable=True))
    _reservation_table('promotion_reservation_new', new=True)
    op.execute('INSERT INTO promotion_reservation_new (order_ref, attempt, customer_ref, state, quote, reserved_at, '
               'settled_at) SELECT order_ref, 1, customer_ref, state, quote, reserved_at, settled_at '
               'FROM promotion_reservation')
    op.drop_table('promotion_reservation')
    op.rename_table('promotion_reservation_new', 'promotion_reservation')
    op.execute('UPDATE promotion_usage SET reservation_id = (SELECT r.id FROM promotion_reservation r '
               'WHERE r.order_ref = promotion_usage.order_ref)')
    with op.batch_alter_table('promotion_usage') as batch:
        batch.alter_column('reservation_id', existing_type=_BIG_ID, nullable=False)
        batch.create_unique_constraint('uq_promotion_usage_reservation', ['reservation_id', 'promotion_id'])
        batch.create_foreign_key(op.f('fk_promotion_usage_reservation_id_promotion_reservation'),
                                 'promotion_reservation', ['reservation_id'], ['id'])
    _rewrite_quotes(_widen)


def downgrade() -> None:
    _rewrite_quotes(_narrow)
    with op.batch_alter_table('promotion_usage') as batch:
        batch.drop_constraint(op.f('fk_promotion_usage_reservation_id_promotion_reservation'), type_='foreignkey')
        batch.drop_constraint('uq_promotion_usage_reservation', type_='unique')
    # one reservation per order reference: the latest attempt, with its usage
    op.execute('DELETE FROM promotion_usage WHERE reservation_id NOT IN (SELECT id FROM (SELECT MAX(id) AS id '
               'FROM promotion_reservation GROUP BY order_ref) latest)')
    _reservation_table('promotion_reservation_old', new=False)
    op.execute('INSERT INTO promotion_reservation_old (order_ref, customer_ref, state, quote, reserved_at, '
               'settled_at) SELECT r.order_ref, r.customer_ref, r.state, r.quote, r.reserved_at, r.settled_at '
               'FROM promotion_reservation r WHERE r.id IN (SELECT id FROM (SELECT MAX(id) AS id '
               'FROM promotion_reservation GROUP BY order_ref) latest)')
    op.drop_table('promotion_reservation')
    op.rename_table('promotion_reservation_old', 'promotion_reservation')
    with op.batch_alter_table('promotion_usage') as batch:
        batch.drop_column('reservation_id')
        batch.create_unique_constraint('uq_promotion_usage_order', ['promotion_id', 'order_ref'])
        batch.create_foreign_key(op.f('fk_promotion_usage_order_ref_promotion_reservation'),
                                 'promotion_reservation', ['order_ref'], ['order_ref'])
    # in place (SQLite 3.35+ drops a column itself): a copy of `promotion` could not drop the table its coupons,
    # scopes and usage point to
    op.drop_column('promotion', 'order_exclusive')
    op.drop_column('promotion', 'amount_per')
