"""warehouse: put-back tasks, the wave's index on reservations

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 05:00:00

- `put_back`: the units of a request cancelled after picking, one lot of one SKU each, held in the packing area
  until a clerk puts them back into a storage bin (or a supervisor writes them off).
- `ix_stock_reservation_wave`: a wave finds the open requests of its warehouse that are in no wave yet through
  this index, oldest first, instead of scanning (and, before, locking) the reservations by primary key.

Counting by quantity at the terminal needs no change: a count line has always held a quantity.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def _datetime6() -> sa.DateTime:
    """The timestamp type as autogenerate wrote it: DATETIME with microseconds on MariaDB/MySQL."""
    return sa.DateTime().with_variant(mysql.DATETIME(fsp=6), 'mariadb').with_variant(mysql.DATETIME(fsp=6), 'mysql')


def upgrade() -> None:
    op.create_table('put_back',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('warehouse_id', sa.Integer(), nullable=False),
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('lot_id', sa.Integer(), nullable=False),
    sa.Column('qty', sa.Integer(), nullable=False),
    sa.Column('put_qty', sa.Integer(), nullable=False),
    sa.Column('from_location_id', sa.Integer(), nullable=False),
    sa.Column('suggested_location_id', sa.Integer(), nullable=True),
    sa.Column('doc_type', sa.String(length=16), nullable=False),
    sa.Column('doc_ref', sa.String(length=64), nullable=False),
    sa.Column('reservation_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('created_at', _datetime6(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('done_at', _datetime6(), nullable=True),
    sa.Column('done_by', sa.String(length=64), nullable=False),
    sa.Column('note', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['from_location_id'], ['location.id'], name=op.f('fk_put_back_from_location_id_location')),
    sa.ForeignKeyConstraint(['reservation_id'], ['stock_reservation.id'],
                            name=op.f('fk_put_back_reservation_id_stock_reservation')),
    sa.ForeignKeyConstraint(['sku_id'], ['sku.id'], name=op.f('fk_put_back_sku_id_sku')),
    sa.ForeignKeyConstraint(['suggested_location_id'], ['location.id'],
                            name=op.f('fk_put_back_suggested_location_id_location')),
    sa.ForeignKeyConstraint(['warehouse_id'], ['warehouse.id'], name=op.f('fk_put_back_warehouse_id_warehouse')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_put_back')),
    sa.UniqueConstraint('number', name=op.f('uq_put_back_number'))
    )
    op.create_index('ix_put_back_doc', 'put_back', ['doc_type', 'doc_ref'], unique=False)
    op.create_index('ix_put_back_open', 'put_back', ['warehouse_id', 'state', 'sku_id', 'id'], unique=False)
    op.create_index('ix_stock_reservation_wave', 'stock_reservation', ['warehouse_id', 'state', 'pick_list_id', 'id'],
                    unique=False)


def downgrade() -> None:
    if op.get_bind().dialect.name in ("mysql", "mariadb"):
        # MariaDB dropped the index it had made for the warehouse's foreign key when the wave index (which
        # begins with warehouse_id) came; the key needs one again before the wave index may go
        op.create_index('fk_stock_reservation_warehouse_id_warehouse', 'stock_reservation', ['warehouse_id'])
    op.drop_index('ix_stock_reservation_wave', table_name='stock_reservation')
    op.drop_table('put_back')       # with its indexes
