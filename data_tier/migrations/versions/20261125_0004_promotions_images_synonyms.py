"""promotions, product images, search synonyms

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 23:27:35.769798
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

import data_tier.base

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def _datetime6() -> sa.DateTime:
    """The timestamp type as autogenerate wrote it: DATETIME with microseconds on MariaDB/MySQL."""
    return sa.DateTime().with_variant(mysql.DATETIME(fsp=6), 'mariadb').with_variant(mysql.DATETIME(fsp=6), 'mysql')


def upgrade() -> None:
    op.create_table('promotion_reservation',
    sa.Column('order_ref', sa.String(length=64), nullable=False),
    sa.Column('customer_ref', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('reserved_at', _datetime6(), nullable=False),
    sa.Column('settled_at', _datetime6(), nullable=True),
    sa.PrimaryKeyConstraint('order_ref', name=op.f('pk_promotion_reservation'))
    )
    op.create_table('search_synonym',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('words', sa.String(length=255), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_synonym'))
    )
    op.create_table('product_image',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('content_type', sa.String(length=32), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary().with_variant(mysql.MEDIUMBLOB(), 'mariadb')
              .with_variant(mysql.MEDIUMBLOB(), 'mysql'), nullable=False),
    sa.Column('thumbnail', sa.LargeBinary().with_variant(sa.BLOB(), 'mariadb').with_variant(sa.BLOB(), 'mysql'),
              nullable=False),
    sa.Column('created_at', _datetime6(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'],
                            name=op.f('fk_product_image_product_id_product'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product_image'))
    )
    with op.batch_alter_table('product_image', schema=None) as batch_op:
        batch_op.create_index('ix_product_image_product_position', ['product_id', 'position'], unique=False)

    op.create_table('promotion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('is_template', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('stage', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('percent', data_tier.base.Money(precision=18, scale=2), nullable=False),
    sa.Column('amount', data_tier.base.Money(precision=18, scale=2), nullable=False),
    sa.Column('fixed_price', data_tier.base.Money(precision=18, scale=2), nullable=False),
    sa.Column('buy', sa.Integer(), nullable=False),
    sa.Column('get', sa.Integer(), nullable=False),
    sa.Column('threshold', data_tier.base.Money(precision=18, scale=2), nullable=False),
    sa.Column('repeat', sa.Boolean(), nullable=False),
    sa.Column('cap', data_tier.base.Money(precision=18, scale=2), nullable=True),
    sa.Column('gift_sku_id', sa.Integer(), nullable=True),
    sa.Column('gift_qty', sa.Integer(), nullable=False),
    sa.Column('exclusion_group', sa.String(length=64), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('stop_further', sa.Boolean(), nullable=False),
    sa.Column('stackable', sa.Boolean(), nullable=False),
    sa.Column('combines_with', sa.String(length=255), nullable=False),
    sa.Column('threshold_basis', sa.String(length=16), nullable=False),
    sa.Column('member_levels', sa.String(length=255), nullable=False),
    sa.Column('channels', sa.String(length=255), nullable=False),
    sa.Column('starts', _datetime6(), nullable=True),
    sa.Column('ends', _datetime6(), nullable=True),
    sa.Column('usage_limit', sa.Integer(), nullable=True),
    sa.Column('per_customer_limit', sa.Integer(), nullable=True),
    sa.Column('budget', data_tier.base.Money(precision=18, scale=2), nullable=True),
    sa.Column('uses_taken', sa.Integer(), nullable=False),
    sa.Column('budget_taken', data_tier.base.Money(precision=18, scale=2), nullable=False),
    sa.Column('supplier_code', sa.String(length=64), nullable=False),
    sa.Column('supplier_share', data_tier.base.Money(precision=18, scale=2), nullable=False),
    sa.Column('created_at', _datetime6(), nullable=False),
    sa.Column('updated_at', _datetime6(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['gift_sku_id'], ['sku.id'], name=op.f('fk_promotion_gift_sku_id_sku')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promotion')),
    sa.UniqueConstraint('code', name=op.f('uq_promotion_code'))
    )
    with op.batch_alter_table('promotion', schema=None) as batch_op:
        batch_op.create_index('ix_promotion_starts', ['starts'], unique=False)
        batch_op.create_index('ix_promotion_status_stage', ['status', 'stage'], unique=False)

    op.create_table('coupon',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('promotion_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('order_ref', sa.String(length=64), nullable=False),
    sa.Column('customer_ref', sa.String(length=64), nullable=False),
    sa.Column('created_at', _datetime6(), nullable=False),
    sa.Column('updated_at', _datetime6(), nullable=False),
    sa.ForeignKeyConstraint(['promotion_id'], ['promotion.id'],
                            name=op.f('fk_coupon_promotion_id_promotion'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coupon')),
    sa.UniqueConstraint('code', name=op.f('uq_coupon_code'))
    )
    with op.batch_alter_table('coupon', schema=None) as batch_op:
        batch_op.create_index('ix_coupon_promotion_state', ['promotion_id', 'state'], unique=False)

    op.create_table('promotion_scope',
    sa.Column('promotion_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('ref_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['promotion_id'], ['promotion.id'],
                            name=op.f('fk_promotion_scope_promotion_id_promotion'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('promotion_id', 'kind', 'ref_id', name=op.f('pk_promotion_scope'))
    )
    op.create_table('promotion_usage',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('promotion_id', sa.Integer(), nullable=False),
    sa.Column('order_ref', sa.String(length=64), nullable=False),
    sa.Column('customer_ref', sa.String(length=64), nullable=False),
    sa.Column('coupon_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('discount', data_tier.base.Money(precision=18, scale=2), nullable=False),
    sa.Column('supplier_code', sa.String(length=64), nullable=False),
    sa.Column('supplier_amount', data_tier.base.Money(precision=18, scale=2), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('reserved_at', _datetime6(), nullable=False),
    sa.Column('settled_at', _datetime6(), nullable=True),
    sa.ForeignKeyConstraint(['coupon_id'], ['coupon.id'], name=op.f('fk_promotion_usage_coupon_id_coupon')),
    sa.ForeignKeyConstraint(['order_ref'], ['promotion_reservation.order_ref'],
                            name=op.f('fk_promotion_usage_order_ref_promotion_reservation')),
    sa.ForeignKeyConstraint(['promotion_id'], ['promotion.id'], name=op.f('fk_promotion_usage_promotion_id_promotion')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promotion_usage')),
    sa.UniqueConstraint('promotion_id', 'order_ref', name='uq_promotion_usage_order')
    )
    with op.batch_alter_table('promotion_usage', schema=None) as batch_op:
        batch_op.create_index('ix_promotion_usage_customer', ['promotion_id', 'customer_ref', 'state'], unique=False)
        batch_op.create_index('ix_promotion_usage_order_ref', ['order_ref'], unique=False)



def downgrade() -> None:
    op.drop_table('promotion_usage')
    op.drop_table('promotion_scope')
    op.drop_table('coupon')
    op.drop_table('promotion')
    op.drop_table('product_image')
    op.drop_table('search_synonym')
    op.drop_table('promotion_reservation')
