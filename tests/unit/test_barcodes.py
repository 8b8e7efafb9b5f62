"""The printed Code 128 symbols (client.documents, encoded by python-barcode) decode back to their text with an
independent decoder (zxing-cpp), and runs of digits use code set C, two digits a symbol."""
from __future__ import annotations

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from client.documents import code128_modules


def code_set_b_modules(text: str) -> int:
    """How many modules `text` takes in code set B alone: start, one symbol a character, check (11 modules
    each) and the stop (13)."""
    return 11 * (len(text) + 2) + 13


def decoded(modules: str, x: int = 2) -> list[str]:
    """What zxing-cpp reads from the modules painted `x` pixels a module, with quiet zones."""
    img = Image.new("L", ((len(modules) + 20) * x, 40), 255)
    draw = ImageDraw.Draw(img)
    for i, m in enumerate(modules):
        if m == "1":
            draw.rectangle(((10 + i) * x, 4, (11 + i) * x - 1, 35), fill=0)
    return [b.text for b in zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.Code128,
                                                   try_downscale=False)]


@pytest.mark.parametrize("text", ["6901234567892", "20000000005650", "PO-20261201-0001", "SH-20261201-0001"])
def test_runs_of_digits_use_code_set_c_and_print_narrower_than_set_b(text):
    modules = code128_modules(text)
    assert modules.startswith("11010") and modules.endswith("1100011101011")      # a start symbol ... the stop
    assert len(modules) < code_set_b_modules(text)
    assert decoded(modules) == [text]


def test_a_long_numeric_code_takes_about_two_thirds_of_set_b():
    # 13 digits: six pairs in code set C, then a switch to B for the last digit (8 symbols instead of 13)
    assert len(code128_modules("6901234567892")) == 11 * 10 + 13 == 123
    assert code_set_b_modules("6901234567892") == 178


def test_letters_stay_in_code_set_b():
    assert len(code128_modules("P-WHITE")) == code_set_b_modules("P-WHITE")


@pytest.mark.parametrize("text", ["99", "9912345678", "999999", "99-0001"])
def test_a_code_that_begins_with_99_keeps_them(text):
    """python-barcode 0.16.1 dropped a leading "99" (its issue #251): 9912345678 printed as 12345678."""
    assert decoded(code128_modules(text)) == [text]


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=24))
def test_any_printable_ascii_decodes_back(text):
    assert decoded(code128_modules(text)) == [text]


@settings(max_examples=60, deadline=None)
@given(st.from_regex(r"[A-Z]{0,3}-?[0-9]{1,20}(-[0-9]{1,6})?", fullmatch=True))
def test_document_numbers_and_digit_runs_of_any_length_decode_back(text):
    assert decoded(code128_modules(text)) == [text]


@pytest.mark.parametrize("text", ["", "采购订单", "A\u00e9"])
def test_what_code_128_cannot_carry_is_refused(text):
    with pytest.raises(ValueError):
        code128_modules(text)
