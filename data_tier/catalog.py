"""Tables of the catalog: category tree, brands, attributes and their values, products (SPU) and SKUs."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column, relationship

from data_tier.base import Base, BigId, money, str64, str128, str255, timestamp, utcnow


class Category(Base):
    """A node of the category tree; `path` is the chain of ids ('/1/7/12/') for subtree queries."""

    __tablename__ = "category"
    __table_args__ = (Index("ix_category_parent_position", "parent_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    code: Mapped[str64] = mapped_column(unique=True)
    name: Mapped[str128]
    position: Mapped[int] = mapped_column(Integer, default=0)
    path: Mapped[str255] = mapped_column(index=True)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class Brand(Base):
    __tablename__ = "brand"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str64] = mapped_column(unique=True)
    name: Mapped[str128]
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class Attribute(Base):
    """A kind of variation (colour, size, cut, material) with a fixed list of values."""

    __tablename__ = "attribute"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str64] = mapped_column(unique=True)
    name: Mapped[str128]
    version: Mapped[int] = mapped_column(Integer, default=1)
    values: Mapped[list[AttributeValue]] = relationship(
        back_populates="attribute", cascade="all, delete-orphan", order_by="AttributeValue.position")


class AttributeValue(Base):
    __tablename__ = "attribute_value"
    __table_args__ = (UniqueConstraint("attribute_id", "code", name="uq_attribute_value_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    attribute_id: Mapped[int] = mapped_column(ForeignKey("attribute.id", ondelete="CASCADE"))
    code: Mapped[str64]
    name: Mapped[str128]
    position: Mapped[int] = mapped_column(Integer, default=0)
    attribute: Mapped[Attribute] = relationship(back_populates="values")


class CategoryAttribute(Base):
    """Which attributes products of a category vary by."""

    __tablename__ = "category_attribute"
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id", ondelete="CASCADE"), primary_key=True)
    attribute_id: Mapped[int] = mapped_column(ForeignKey("attribute.id", ondelete="CASCADE"), primary_key=True)


class Product(Base):
    """A product (SPU): what the shopper sees as one item; its SKUs are the variants that are stocked."""

    __tablename__ = "product"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str64] = mapped_column(unique=True)
    name: Mapped[str255]
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id"), index=True)
    brand_id: Mapped[int | None] = mapped_column(ForeignKey("brand.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    updated_at: Mapped[timestamp] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)


class Sku(Base):
    """A stock-keeping unit: one combination of attribute values of a product, with its own code and price."""

    __tablename__ = "sku"
    __table_args__ = (
        UniqueConstraint("product_id", "variant_key", name="uq_sku_variant"),
        Index("ix_sku_product_id", "product_id"),
        Index("ix_sku_status_code", "status", "code"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    code: Mapped[str64] = mapped_column(unique=True)
    barcode: Mapped[str | None] = mapped_column(String(13), unique=True)
    name: Mapped[str255]
    variant_key: Mapped[str255] = mapped_column(default="")     # 'colour=red;size=m', canonical order
    list_price: Mapped[money]
    cost: Mapped[money] = mapped_column(default=Decimal("0.00"))
    weight_g: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    updated_at: Mapped[timestamp] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)


class ProductImage(Base):
    """A product picture, stored through the middle tier, with the thumbnail the client lists show."""

    __tablename__ = "product_image"
    __table_args__ = (Index("ix_product_image_product_position", "product_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    content_type: Mapped[str] = mapped_column(String(32))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary().with_variant(mysql.MEDIUMBLOB(), "mysql", "mariadb"))
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary().with_variant(mysql.BLOB(), "mysql", "mariadb"))
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)


class SearchSynonym(Base):
    """A group of words the site search treats as one ('t恤, tee, t-shirt'), maintained in the back office."""

    __tablename__ = "search_synonym"
    id: Mapped[int] = mapped_column(primary_key=True)
    words: Mapped[str255]                     # normalised, comma-separated
    version: Mapped[int] = mapped_column(Integer, default=1)


class SkuSearch(Base):
    """The search tokens of a SKU (middle_tier.search_text); full-text indexed per database (migration 0003)."""

    __tablename__ = "sku_search"
    sku_id: Mapped[int] = mapped_column(ForeignKey("sku.id", ondelete="CASCADE"), primary_key=True)
    tokens: Mapped[str] = mapped_column(Text)


class SearchLog(Base):
    """Every site search with its hit count: the search report and the no-result list come from here."""

    __tablename__ = "search_log"
    __table_args__ = (Index("ix_search_log_at", "at"), Index("ix_search_log_hits_at", "hits", "at"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[timestamp] = mapped_column(default=utcnow)
    query: Mapped[str255]
    hits: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str64] = mapped_column(default="")
    username: Mapped[str64] = mapped_column(default="")


__all__ = ["Attribute", "AttributeValue", "Brand", "Category", "CategoryAttribute", "Product", "ProductImage",
           "SearchLog", "SearchSynonym", "Sku", "SkuSearch"]
