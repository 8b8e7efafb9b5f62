"""site search

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 22:33:03.626629
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def _datetime6() -> sa.DateTime:
    """The timestamp type as autogenerate wrote it: DATETIME with microseconds on MariaDB/MySQL."""
    return sa.DateTime().with_variant(mysql.DATETIME(fsp=6), 'mariadb').with_variant(mysql.DATETIME(fsp=6), 'mysql')


def upgrade() -> None:
    op.create_table('search_log',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('at', _datetime6(), nullable=False),
    sa.Column('query', sa.String(length=255), nullable=False),
    sa.Column('hits', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=64), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_log'))
    )
    with op.batch_alter_table('search_log', schema=None) as batch_op:
        batch_op.create_index('ix_search_log_at', ['at'], unique=False)
        batch_op.create_index('ix_search_log_hits_at', ['hits', 'at'], unique=False)

    op.create_table('sku_search',
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('tokens', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['sku_id'], ['sku.id'], name=op.f('fk_sku_search_sku_id_sku'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('sku_id', name=op.f('pk_sku_search'))
    )
    # The full-text index itself differs per database (see data_tier/search.py).
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE sku_fts USING fts5(tokens, content='sku_search', content_rowid='sku_id', "
                   "tokenize='unicode61')")
        op.execute("CREATE TRIGGER sku_search_ai AFTER INSERT ON sku_search BEGIN "
                   "INSERT INTO sku_fts(rowid, tokens) VALUES (new.sku_id, new.tokens); END")
        op.execute("CREATE TRIGGER sku_search_ad AFTER DELETE ON sku_search BEGIN "
                   "INSERT INTO sku_fts(sku_fts, rowid, tokens) VALUES ('delete', old.sku_id, old.tokens); END")
        op.execute("CREATE TRIGGER sku_search_au AFTER UPDATE ON sku_search BEGIN "
                   "INSERT INTO sku_fts(sku_fts, rowid, tokens) VALUES ('delete', old.sku_id, old.tokens); "
                   "INSERT INTO sku_fts(rowid, tokens) VALUES (new.sku_id, new.tokens); END")
    else:
        op.execute("CREATE FULLTEXT INDEX ft_sku_search_tokens ON sku_search (tokens)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("sku_search_ai", "sku_search_ad", "sku_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS sku_fts")
    op.drop_table('sku_search')
    op.drop_table('search_log')
