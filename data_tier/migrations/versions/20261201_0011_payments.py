"""payments: the stored-value ledger, gift cards, order charges and tenders, gateway payments, refunds

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 09:22:55

- `ledger_account`, `ledger_transfer`: the double-entry ledger (accounts with their cached posted and held
  figures; transfers pending, posted or voided, unique by key).
- `gift_card_batch`, `gift_card`: cards with a check-digit code and a hashed PIN.
- `order_charge`, `tender`: what an order is charged and how it is paid; `payment`: a gateway or bank payment;
  `payment_notification`: what gateways sent; `refund`, `refund_part`; `points_rule`: points per yuan by level.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

from data_tier.base import Money

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def _datetime6() -> sa.DateTime:
    """The timestamp type as autogenerate wrote it: DATETIME with microseconds on MariaDB/MySQL."""
    return sa.DateTime().with_variant(mysql.DATETIME(fsp=6), 'mariadb').with_variant(mysql.DATETIME(fsp=6), 'mysql')


def upgrade() -> None:
    op.create_table('gift_card_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('face_value', Money(), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=255), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_at', _datetime6(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gift_card_batch')),
    sa.UniqueConstraint('number', name=op.f('uq_gift_card_batch_number'))
    )
    op.create_table('ledger_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('unit', sa.String(length=8), nullable=False),
    sa.Column('owner_ref', sa.String(length=64), nullable=False),
    sa.Column('no_negative', sa.Boolean(), nullable=False),
    sa.Column('posted', Money(), nullable=False),
    sa.Column('held', Money(), nullable=False),
    sa.Column('created_at', _datetime6(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_account')),
    sa.UniqueConstraint('code', name=op.f('uq_ledger_account_code'))
    )
    with op.batch_alter_table('ledger_account', schema=None) as batch_op:
        batch_op.create_index('ix_ledger_account_owner', ['owner_ref', 'kind'], unique=False)

    op.create_table('order_charge',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_ref', sa.String(length=64), nullable=False),
    sa.Column('customer_ref', sa.String(length=64), nullable=False),
    sa.Column('payable', Money(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('attempt', sa.Integer(), nullable=False),
    sa.Column('member_level', sa.String(length=32), nullable=False),
    sa.Column('for_gift_cards', sa.Boolean(), nullable=False),
    sa.Column('refunded', Money(), nullable=False),
    sa.Column('created_at', _datetime6(), nullable=False),
    sa.Column('expires_at', _datetime6(), nullable=True),
    sa.Column('paid_at', _datetime6(), nullable=True),
    sa.Column('ended_at', _datetime6(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_charge')),
    sa.UniqueConstraint('order_ref', name=op.f('uq_order_charge_order_ref'))
    )
    with op.batch_alter_table('order_charge', schema=None) as batch_op:
        batch_op.create_index('ix_order_charge_state', ['state', 'expires_at'], unique=False)

    op.create_table('payment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('order_ref', sa.String(length=64), nullable=False),
    sa.Column('customer_ref', sa.String(length=64), nullable=False),
    sa.Column('gateway', sa.String(length=16), nullable=False),
    sa.Column('merchant_id', sa.String(length=64), nullable=False),
    sa.Column('gateway_txn_id', sa.String(length=64), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('amount', Money(), nullable=False),
    sa.Column('fee', Money(), nullable=False),
    sa.Column('net', Money(), nullable=False),
    sa.Column('refunded', Money(), nullable=False),
    sa.Column('currency', sa.String(length=8), nullable=False),
    sa.Column('purpose', sa.String(length=16), nullable=False),
    sa.Column('created_at', _datetime6(), nullable=False),
    sa.Column('expires_at', _datetime6(), nullable=True),
    sa.Column('paid_at', _datetime6(), nullable=True),
    sa.Column('settled_at', _datetime6(), nullable=True),
    sa.Column('ended_at', _datetime6(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment')),
    sa.UniqueConstraint('gateway', 'gateway_txn_id', name='uq_payment_gateway_txn'),
    sa.UniqueConstraint('number', name=op.f('uq_payment_number'))
    )
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.create_index('ix_payment_order', ['order_ref'], unique=False)
        batch_op.create_index('ix_payment_state', ['state', 'created_at'], unique=False)

    op.create_table('points_rule',
    sa.Column('level', sa.String(length=32), nullable=False),
    sa.Column('points_per_yuan', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('level', name=op.f('pk_points_rule'))
    )
    op.create_table('refund',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('refund_no', sa.String(length=64), nullable=False),
    sa.Column('order_ref', sa.String(length=64), nullable=False),
    sa.Column('amount', Money(), nullable=False),
    sa.Column('reason', sa.String(length=255), nullable=False),
    sa.Column('policy', sa.String(length=24), nullable=False),
    sa.Column('state', sa.String(length=24), nullable=False),
    sa.Column('requested_by', sa.String(length=64), nullable=False),
    sa.Column('approved_by', sa.String(length=64), nullable=False),
    sa.Column('failure', sa.String(length=255), nullable=False),
    sa.Column('created_at', _datetime6(), nullable=False),
    sa.Column('done_at', _datetime6(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refund')),
    sa.UniqueConstraint('refund_no', name=op.f('uq_refund_refund_no'))
    )
    with op.batch_alter_table('refund', schema=None) as batch_op:
        batch_op.create_index('ix_refund_order', ['order_ref'], unique=False)
        batch_op.create_index('ix_refund_state', ['state', 'created_at'], unique=False)

    op.create_table('gift_card',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('pin_hash', sa.String(length=128), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('face_value', Money(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('sold_order_ref', sa.String(length=64), nullable=False),
    sa.Column('activated_at', _datetime6(), nullable=True),
    sa.Column('blocked_reason', sa.String(length=255), nullable=False),
    sa.Column('pin_failures', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['ledger_account.id'], name=op.f('fk_gift_card_account_id_ledger_account')),
    sa.ForeignKeyConstraint(['batch_id'], ['gift_card_batch.id'], name=op.f('fk_gift_card_batch_id_gift_card_batch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gift_card')),
    sa.UniqueConstraint('code', name=op.f('uq_gift_card_code'))
    )
    with op.batch_alter_table('gift_card', schema=None) as batch_op:
        batch_op.create_index('ix_gift_card_batch', ['batch_id', 'id'], unique=False)

    op.create_table('payment_notification',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('gateway', sa.String(length=16), nullable=False),
    sa.Column('event_key', sa.String(length=160), nullable=True),
    sa.Column('payment_id', sa.Integer(), nullable=True),
    sa.Column('received_at', _datetime6(), nullable=False),
    sa.Column('headers', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=24), nullable=False),
    sa.Column('detail', sa.String(length=255), nullable=False),
    sa.ForeignKeyConstraint(['payment_id'], ['payment.id'], name=op.f('fk_payment_notification_payment_id_payment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_notification')),
    sa.UniqueConstraint('event_key', name=op.f('uq_payment_notification_event_key'))
    )
    with op.batch_alter_table('payment_notification', schema=None) as batch_op:
        batch_op.create_index('ix_payment_notification_payment', ['payment_id', 'id'], unique=False)

    op.create_table('ledger_transfer',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('key', sa.String(length=128), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('unit', sa.String(length=8), nullable=False),
    sa.Column('from_account_id', sa.Integer(), nullable=False),
    sa.Column('to_account_id', sa.Integer(), nullable=False),
    sa.Column('amount', Money(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('order_ref', sa.String(length=64), nullable=False),
    sa.Column('refund_no', sa.String(length=64), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=True),
    sa.Column('reverses_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('note', sa.String(length=255), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_at', _datetime6(), nullable=False),
    sa.Column('expires_at', _datetime6(), nullable=True),
    sa.Column('ended_at', _datetime6(), nullable=True),
    sa.ForeignKeyConstraint(['card_id'], ['gift_card.id'], name=op.f('fk_ledger_transfer_card_id_gift_card')),
    sa.ForeignKeyConstraint(['reverses_id'], ['ledger_transfer.id'],
                            name=op.f('fk_ledger_transfer_reverses_id_ledger_transfer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_transfer')),
    sa.UniqueConstraint('key', name=op.f('uq_ledger_transfer_key'))
    )
    with op.batch_alter_table('ledger_transfer', schema=None) as batch_op:
        batch_op.create_index('ix_ledger_transfer_from', ['from_account_id', 'state'], unique=False)
        batch_op.create_index('ix_ledger_transfer_order', ['order_ref'], unique=False)
        batch_op.create_index('ix_ledger_transfer_pending', ['state', 'expires_at'], unique=False)
        batch_op.create_index('ix_ledger_transfer_to', ['to_account_id', 'state'], unique=False)

    op.create_table('tender',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_ref', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('payment_id', sa.Integer(), nullable=True),
    sa.Column('transfer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('amount', Money(), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('refunded', Money(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['ledger_account.id'], name=op.f('fk_tender_account_id_ledger_account')),
    sa.ForeignKeyConstraint(['payment_id'], ['payment.id'], name=op.f('fk_tender_payment_id_payment')),
    sa.ForeignKeyConstraint(['transfer_id'], ['ledger_transfer.id'],
                            name=op.f('fk_tender_transfer_id_ledger_transfer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tender'))
    )
    with op.batch_alter_table('tender', schema=None) as batch_op:
        batch_op.create_index('ix_tender_order', ['order_ref', 'seq'], unique=False)

    op.create_table('refund_part',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('refund_id', sa.Integer(), nullable=False),
    sa.Column('tender_id', sa.Integer(), nullable=False),
    sa.Column('amount', Money(), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('to_account_id', sa.Integer(), nullable=True),
    sa.Column('transfer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('gateway_refund_id', sa.String(length=64), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['refund_id'], ['refund.id'], name=op.f('fk_refund_part_refund_id_refund')),
    sa.ForeignKeyConstraint(['tender_id'], ['tender.id'], name=op.f('fk_refund_part_tender_id_tender')),
    sa.ForeignKeyConstraint(['to_account_id'], ['ledger_account.id'],
                            name=op.f('fk_refund_part_to_account_id_ledger_account')),
    sa.ForeignKeyConstraint(['transfer_id'], ['ledger_transfer.id'],
                            name=op.f('fk_refund_part_transfer_id_ledger_transfer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refund_part'))
    )


def downgrade() -> None:
    op.drop_table('refund_part')
    op.drop_table('tender')
    op.drop_table('ledger_transfer')
    op.drop_table('payment_notification')
    op.drop_table('gift_card')
    op.drop_table('refund')
    op.drop_table('points_rule')
    op.drop_table('payment')
    op.drop_table('order_charge')
    op.drop_table('ledger_account')
    op.drop_table('gift_card_batch')
