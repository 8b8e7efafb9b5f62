"""Product pictures: checked and thumbnailed in the middle tier, stored with the product."""
from __future__ import annotations

import hashlib
import io

from PIL import Image, UnidentifiedImageError
from sqlalchemy import func, select

from data_tier.catalog import Product, ProductImage
from middle_tier.contract import E_DUPLICATE, E_VALIDATION, DomainError, Page, Text
from middle_tier.contract.catalog import IMAGE_MAX_BYTES, IMAGE_TYPES, THUMBNAIL_SIZE, ImageRecord
from middle_tier.core import validate
from middle_tier.core.paging import keyset_page
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb

MAX_PIXELS = 40_000_000          # refuse decompression bombs before decoding


_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}


def read_image(data: bytes) -> tuple[str, int, int, str, bytes]:
    """(content type, width, height, sha256, PNG thumbnail) of an uploaded picture, or E_VALIDATION on `data`."""
    if not data:
        raise DomainError(E_VALIDATION, Text("The file is empty."), "data")
    if len(data) > IMAGE_MAX_BYTES:
        raise DomainError(E_VALIDATION, Text("A picture may have at most {value} MB.",
                                             value=IMAGE_MAX_BYTES // (1024 * 1024)), "data")
    try:
        with Image.open(io.BytesIO(data)) as img:
            kind = _FORMATS.get(img.format or "")
            if kind not in IMAGE_TYPES:
                raise DomainError(E_VALIDATION, Text("Pictures must be JPEG, PNG or WebP."), "data")
            width, height = img.size
            if width * height > MAX_PIXELS:
                raise DomainError(E_VALIDATION, Text("The picture has too many pixels."), "data")
            img.load()
            thumb = img.convert("RGBA") if img.mode not in ("RGB", "RGBA") else img.copy()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError):
        raise DomainError(E_VALIDATION, Text("This file is not a picture that can be read."), "data") from None
    thumb.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
    out = io.BytesIO()
    thumb.save(out, "PNG", optimize=True)
    return kind, width, height, hashlib.sha256(data).hexdigest(), out.getvalue()


def _image_record(img: ProductImage, size: int) -> ImageRecord:
    return ImageRecord(img.id, img.product_id, img.position, img.content_type, img.width, img.height, size,
                       img.thumbnail)


@verb("catalog.read")
def list_product_images(uow: UnitOfWork, *, product_id: int, cursor: str = "", page_size: int = 50) -> Page:
    """A product's pictures in their order, each with its thumbnail (the full picture: get_product_image)."""
    validate.found(uow.session.get(Product, product_id), "This product", "product_id")
    stmt = select(ProductImage, func.length(ProductImage.data)).where(ProductImage.product_id == product_id)
    return keyset_page(uow.session, stmt, [(ProductImage.position, False), (ProductImage.id, False)], cursor=cursor,
                       page_size=page_size, columns=ImageRecord.columns(),
                       row_to_wire=lambda r: _image_record(r[0], r[1]).to_wire(),
                       key_of=lambda r: (r[0].position, r[0].id))


@verb("catalog.read")
def get_product_image(uow: UnitOfWork, *, image_id: int) -> bytes:
    """One picture as it was uploaded."""
    img = validate.found(uow.session.get(ProductImage, image_id), "This picture", "image_id")
    return img.data


@verb("catalog.write", label="Add a product picture", writes=True)
def add_product_image(uow: UnitOfWork, *, product_id: int, data: bytes) -> ImageRecord:
    """Store a JPEG, PNG or WebP picture (at most 8 MB) after the product's others, with a thumbnail."""
    product = validate.found(uow.session.get(Product, product_id, with_for_update=True), "This product",
                             "product_id")
    kind, width, height, digest, thumbnail = read_image(data)
    if uow.session.scalar(select(ProductImage.id).where(ProductImage.product_id == product.id,
                                                        ProductImage.sha256 == digest)) is not None:
        raise DomainError(E_DUPLICATE, Text("This product already has this picture."), "data")
    position = (uow.session.scalar(select(func.max(ProductImage.position))
                                   .where(ProductImage.product_id == product.id)) or 0) + 1
    img = ProductImage(product_id=product.id, position=position, content_type=kind, width=width, height=height,
                       sha256=digest, data=data, thumbnail=thumbnail)
    uow.session.add(img)
    uow.session.flush()
    uow.audit("product", product.id, {"image": [None, f"{img.id} {kind} {width}x{height}"]})
    return _image_record(img, len(data))


@verb("catalog.write", label="Delete a product picture", writes=True)
def delete_product_image(uow: UnitOfWork, *, image_id: int) -> None:
    """Remove a picture."""
    img = validate.found(uow.session.get(ProductImage, image_id, with_for_update=True), "This picture",
                         "image_id")
    uow.audit("product", img.product_id, {"image": [f"{img.id} {img.content_type}", None]})
    uow.session.delete(img)
