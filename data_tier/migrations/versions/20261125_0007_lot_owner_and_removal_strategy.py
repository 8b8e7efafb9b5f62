"""consignment owner of a lot, removal strategy per SKU

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 01:00:36.632268
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sku_storage',
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('removal', sa.String(length=8), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['sku_id'], ['sku.id'], name=op.f('fk_sku_storage_sku_id_sku')),
    sa.PrimaryKeyConstraint('sku_id', name=op.f('pk_sku_storage'))
    )
    # batch: SQLite cannot add a foreign key to a table in place
    with op.batch_alter_table('lot') as batch:
        batch.add_column(sa.Column('owner_supplier_id', sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f('fk_lot_owner_supplier_id_supplier'), 'supplier', ['owner_supplier_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('lot') as batch:
        batch.drop_constraint(op.f('fk_lot_owner_supplier_id_supplier'), type_='foreignkey')
        batch.drop_column('owner_supplier_id')
    op.drop_table('sku_storage')
