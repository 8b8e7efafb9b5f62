"""Declarative base, naming convention and the column types every model shares."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from sqlalchemy import BigInteger, DateTime, Dialect, Integer, MetaData, Numeric, String, Table, TypeDecorator
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import DeclarativeBase, mapped_column
from sqlalchemy.types import TypeEngine

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Timestamps are naive UTC with microseconds (MariaDB's DATETIME drops them unless told).
UtcDateTime = DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")
# SQLite only auto-increments INTEGER PRIMARY KEY, so big keys are plain integers there.
BigId = BigInteger().with_variant(Integer(), "sqlite")

FEN = Decimal("0.01")


class Money(TypeDecorator[Decimal]):
    """An amount in yuan with two decimals: DECIMAL(18,2) on MariaDB/MySQL; on SQLite, which has no exact
    decimal type (NUMERIC columns hold floats there), a whole number of fen."""

    impl = Numeric(18, 2)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Numeric(18, 2))

    def process_bind_param(self, value: Decimal | int | str | None, dialect: Dialect) -> Decimal | int | None:
        if value is None:
            return None
        value = Decimal(value)
        if value != value.quantize(FEN):
            raise ValueError(f"{value} is not a whole number of fen")   # the middle tier rounds first
        return int(value * 100) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Decimal | int | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return (Decimal(int(value)) / 100).quantize(FEN)
        return Decimal(value).quantize(FEN)


money = Annotated[Decimal, mapped_column(Money())]
str64 = Annotated[str, mapped_column(String(64))]
str128 = Annotated[str, mapped_column(String(128))]
str255 = Annotated[str, mapped_column(String(255))]
timestamp = Annotated[dt.datetime, mapped_column(UtcDateTime)]


def utcnow() -> dt.datetime:
    """Naive UTC now, the one clock every stored timestamp uses."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Base of every Emporium model."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(model: type[Base]) -> Table:
    """The model's Table (declarative types `__table__` as any FromClause, as a class may map a join or a select)."""
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped to a table")
    return table
