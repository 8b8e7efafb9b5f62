"""security and availability: login failures per source address, document number counters

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 05:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def _datetime6() -> sa.DateTime:
    """A timestamp with microseconds on MariaDB/MySQL (their DATETIME drops them otherwise)."""
    return sa.DateTime().with_variant(mysql.DATETIME(fsp=6), 'mariadb').with_variant(mysql.DATETIME(fsp=6), 'mysql')


def upgrade() -> None:
    op.create_table('login_failure',
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('source', sa.String(length=64), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_at', _datetime6(), nullable=False),
    sa.Column('next_at', _datetime6(), nullable=False),
    sa.Column('locked_until', _datetime6(), nullable=True),
    sa.PrimaryKeyConstraint('username', 'source', name=op.f('pk_login_failure'))
    )
    op.create_table('document_counter',
    sa.Column('series', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('series', name=op.f('pk_document_counter'))
    )


def downgrade() -> None:
    op.drop_table('document_counter')
    op.drop_table('login_failure')
