"""catalog tables

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 21:53:00.488451
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

from data_tier.base import Money

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def _datetime6() -> sa.DateTime:
    """The timestamp type as autogenerate wrote it: DATETIME with microseconds on MariaDB/MySQL."""
    return sa.DateTime().with_variant(mysql.DATETIME(fsp=6), 'mariadb').with_variant(mysql.DATETIME(fsp=6), 'mysql')


def upgrade() -> None:
    op.create_table('attribute',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attribute')),
    sa.UniqueConstraint('code', name=op.f('uq_attribute_code'))
    )
    op.create_table('brand',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_brand')),
    sa.UniqueConstraint('code', name=op.f('uq_brand_code'))
    )
    op.create_table('category',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('path', sa.String(length=255), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['category.id'], name=op.f('fk_category_parent_id_category')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_category')),
    sa.UniqueConstraint('code', name=op.f('uq_category_code'))
    )
    with op.batch_alter_table('category', schema=None) as batch_op:
        batch_op.create_index('ix_category_parent_position', ['parent_id', 'position'], unique=False)
        batch_op.create_index(batch_op.f('ix_category_path'), ['path'], unique=False)

    op.create_table('attribute_value',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('attribute_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['attribute_id'], ['attribute.id'],
                            name=op.f('fk_attribute_value_attribute_id_attribute'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attribute_value')),
    sa.UniqueConstraint('attribute_id', 'code', name='uq_attribute_value_code')
    )
    op.create_table('category_attribute',
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('attribute_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['attribute_id'], ['attribute.id'],
                            name=op.f('fk_category_attribute_attribute_id_attribute'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['category_id'], ['category.id'],
                            name=op.f('fk_category_attribute_category_id_category'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('category_id', 'attribute_id', name=op.f('pk_category_attribute'))
    )
    op.create_table('product',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', _datetime6(), nullable=False),
    sa.Column('updated_at', _datetime6(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['brand_id'], ['brand.id'], name=op.f('fk_product_brand_id_brand')),
    sa.ForeignKeyConstraint(['category_id'], ['category.id'], name=op.f('fk_product_category_id_category')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product')),
    sa.UniqueConstraint('code', name=op.f('uq_product_code'))
    )
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_brand_id'), ['brand_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_product_category_id'), ['category_id'], unique=False)

    op.create_table('sku',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('barcode', sa.String(length=13), nullable=True),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('variant_key', sa.String(length=255), nullable=False),
    sa.Column('list_price', Money(), nullable=False),
    sa.Column('cost', Money(), nullable=False),
    sa.Column('weight_g', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', _datetime6(), nullable=False),
    sa.Column('updated_at', _datetime6(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_sku_product_id_product')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sku')),
    sa.UniqueConstraint('barcode', name=op.f('uq_sku_barcode')),
    sa.UniqueConstraint('code', name=op.f('uq_sku_code')),
    sa.UniqueConstraint('product_id', 'variant_key', name='uq_sku_variant')
    )
    with op.batch_alter_table('sku', schema=None) as batch_op:
        batch_op.create_index('ix_sku_product_id', ['product_id'], unique=False)
        batch_op.create_index('ix_sku_status_code', ['status', 'code'], unique=False)



def downgrade() -> None:
    op.drop_table('sku')
    op.drop_table('product')
    op.drop_table('category_attribute')
    op.drop_table('attribute_value')
    op.drop_table('category')
    op.drop_table('brand')
    op.drop_table('attribute')
