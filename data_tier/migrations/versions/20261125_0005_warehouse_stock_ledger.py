"""warehouse stock ledger

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 23:48:17.702022
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def _datetime6() -> sa.DateTime:
    """The timestamp type as autogenerate wrote it: DATETIME with microseconds on MariaDB/MySQL."""
    return sa.DateTime().with_variant(mysql.DATETIME(fsp=6), 'mariadb').with_variant(mysql.DATETIME(fsp=6), 'mysql')


def upgrade() -> None:
    op.create_table('warehouse',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_warehouse')),
    sa.UniqueConstraint('code', name=op.f('uq_warehouse_code'))
    )
    op.create_table('location',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('warehouse_id', sa.Integer(), nullable=True),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('zone', sa.String(length=64), nullable=False),
    sa.Column('pick_order', sa.Integer(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['warehouse_id'], ['warehouse.id'], name=op.f('fk_location_warehouse_id_warehouse')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_location')),
    sa.UniqueConstraint('warehouse_id', 'code', name='uq_location_warehouse_code')
    )
    with op.batch_alter_table('location', schema=None) as batch_op:
        batch_op.create_index('ix_location_warehouse_pick', ['warehouse_id', 'pick_order'], unique=False)

    op.create_table('lot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['sku_id'], ['sku.id'], name=op.f('fk_lot_sku_id_sku')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lot')),
    sa.UniqueConstraint('sku_id', 'code', name='uq_lot_sku_code')
    )
    op.create_table('stock_balance',
    sa.Column('location_id', sa.Integer(), nullable=False),
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('lot_id', sa.Integer(), nullable=False),
    sa.Column('qty', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['location.id'], name=op.f('fk_stock_balance_location_id_location')),
    sa.ForeignKeyConstraint(['sku_id'], ['sku.id'], name=op.f('fk_stock_balance_sku_id_sku')),
    sa.PrimaryKeyConstraint('location_id', 'sku_id', 'lot_id', name=op.f('pk_stock_balance'))
    )
    with op.batch_alter_table('stock_balance', schema=None) as batch_op:
        batch_op.create_index('ix_stock_balance_sku', ['sku_id', 'location_id'], unique=False)

    op.create_table('stock_level',
    sa.Column('warehouse_id', sa.Integer(), nullable=False),
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('on_hand', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('reserved', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.ForeignKeyConstraint(['sku_id'], ['sku.id'], name=op.f('fk_stock_level_sku_id_sku')),
    sa.ForeignKeyConstraint(['warehouse_id'], ['warehouse.id'], name=op.f('fk_stock_level_warehouse_id_warehouse')),
    sa.PrimaryKeyConstraint('warehouse_id', 'sku_id', name=op.f('pk_stock_level'))
    )
    with op.batch_alter_table('stock_level', schema=None) as batch_op:
        batch_op.create_index('ix_stock_level_sku', ['sku_id'], unique=False)

    op.create_table('stock_move',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('at', _datetime6(), nullable=False),
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('qty', sa.Integer(), nullable=False),
    sa.Column('from_location_id', sa.Integer(), nullable=False),
    sa.Column('to_location_id', sa.Integer(), nullable=False),
    sa.Column('lot_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=16), nullable=False),
    sa.Column('doc_type', sa.String(length=16), nullable=False),
    sa.Column('doc_ref', sa.String(length=64), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['from_location_id'], ['location.id'],
                            name=op.f('fk_stock_move_from_location_id_location')),
    sa.ForeignKeyConstraint(['sku_id'], ['sku.id'], name=op.f('fk_stock_move_sku_id_sku')),
    sa.ForeignKeyConstraint(['to_location_id'], ['location.id'], name=op.f('fk_stock_move_to_location_id_location')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_move'))
    )
    with op.batch_alter_table('stock_move', schema=None) as batch_op:
        batch_op.create_index('ix_stock_move_doc', ['doc_type', 'doc_ref'], unique=False)
        batch_op.create_index('ix_stock_move_from', ['from_location_id', 'id'], unique=False)
        batch_op.create_index('ix_stock_move_sku_id', ['sku_id', 'id'], unique=False)
        batch_op.create_index('ix_stock_move_to', ['to_location_id', 'id'], unique=False)

    op.create_table('stock_reservation',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('warehouse_id', sa.Integer(), nullable=False),
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('qty', sa.Integer(), nullable=False),
    sa.Column('doc_type', sa.String(length=16), nullable=False),
    sa.Column('doc_ref', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('created_at', _datetime6(), nullable=False),
    sa.Column('updated_at', _datetime6(), nullable=False),
    sa.ForeignKeyConstraint(['sku_id'], ['sku.id'], name=op.f('fk_stock_reservation_sku_id_sku')),
    sa.ForeignKeyConstraint(['warehouse_id'], ['warehouse.id'],
                            name=op.f('fk_stock_reservation_warehouse_id_warehouse')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_reservation')),
    sa.UniqueConstraint('doc_type', 'doc_ref', 'warehouse_id', 'sku_id', name='uq_stock_reservation_doc')
    )
    with op.batch_alter_table('stock_reservation', schema=None) as batch_op:
        batch_op.create_index('ix_stock_reservation_sku_state', ['sku_id', 'state'], unique=False)
    # the virtual places outside every warehouse, made once here so that no two clients can race to make them
    location = sa.table("location", sa.column("warehouse_id"), sa.column("code"), sa.column("name"), sa.column("kind"),
                        sa.column("zone"), sa.column("pick_order"), sa.column("capacity"), sa.column("is_active"),
                        sa.column("version"))
    op.bulk_insert(location, [
        {"warehouse_id": None, "code": kind.upper(), "name": name, "kind": kind, "zone": "", "pick_order": 0,
         "capacity": 0, "is_active": True, "version": 1}
        for kind, name in (("supplier", "Suppliers 供应商"), ("customer", "Customers 客户"),
                           ("loss", "Inventory loss 盘亏"), ("gain", "Inventory gain 盘盈"))])


def downgrade() -> None:
    op.drop_table('stock_reservation')
    op.drop_table('stock_move')
    op.drop_table('stock_level')
    op.drop_table('stock_balance')
    op.drop_table('lot')
    op.drop_table('location')
    op.drop_table('warehouse')
