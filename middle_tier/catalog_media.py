"""Product images (checked and thumbnailed in the middle tier) and the site search's synonym groups."""
from __future__ import annotations

import hashlib
import io
import unicodedata

from PIL import Image, UnidentifiedImageError

from middle_tier.contract import E_VALIDATION, IMAGE_MAX_BYTES, IMAGE_TYPES, THUMBNAIL_SIZE, DomainError, Text

MAX_PIXELS = 40_000_000          # refuse decompression bombs before decoding
MAX_SYNONYMS = 20
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


def normalise_word(word: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", word).lower().split())


def synonym_words(words: str) -> list[str]:
    """'T恤, tee ,T-shirt' -> ['t恤', 'tee', 't-shirt']: 2 to 20 distinct words or phrases, no commas inside."""
    out: list[str] = []
    for part in words.replace("，", ",").replace(";", ",").split(","):
        word = normalise_word(part)
        if not word:
            continue
        if len(word) > 64:
            raise DomainError(E_VALIDATION, Text("A synonym has at most 64 characters."), "words")
        if any(unicodedata.category(c).startswith("C") for c in word):
            raise DomainError(E_VALIDATION, Text("Synonyms may not contain control characters."), "words")
        if word not in out:
            out.append(word)
    if not 2 <= len(out) <= MAX_SYNONYMS:
        raise DomainError(E_VALIDATION, Text("A synonym group has 2 to {most} different words, "
                                             "separated by commas.",
                                             most=MAX_SYNONYMS), "words")
    stored = "," + ",".join(out) + ","
    if len(stored) > 255:
        raise DomainError(E_VALIDATION, Text("These synonyms are too long together; split the group."), "words")
    return out
