"""Declarative base, naming convention and the column types every model shares."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from sqlalchemy import BigInteger, DateTime, Integer, MetaData, Numeric, String
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import DeclarativeBase, mapped_column

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

money = Annotated[Decimal, mapped_column(Numeric(18, 2))]
str64 = Annotated[str, mapped_column(String(64))]
str128 = Annotated[str, mapped_column(String(128))]
str255 = Annotated[str, mapped_column(String(255))]
timestamp = Annotated[dt.datetime, mapped_column(UtcDateTime)]


def utcnow() -> dt.datetime:
    """Naive UTC now, the one clock every stored timestamp uses."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Base of every Emporium model."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
