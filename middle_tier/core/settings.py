"""Typed business settings: definitions, defaults and validation (the `system` component edits them)."""
from __future__ import annotations

import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from data_tier.system import Setting
from middle_tier.contract import E_NOT_FOUND, E_VALIDATION, DomainError, Label, Text


@dataclass(frozen=True)
class SettingDef:
    key: str
    kind: str            # text | int | decimal | bool | choice
    default: str
    label: Label
    description: str
    choices: tuple[str, ...] = ()
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    max_length: int = 255
    places: int = 2
    check: Callable[[str], str | None] | None = None   # extra rule: returns a message when refused
    zh: tuple[str, str] = ("", "")                      # label and description in Simplified Chinese

    def text(self, language: str) -> tuple[str, str]:
        if language == "zh_CN" and self.zh[0]:
            return self.zh
        return self.label, self.description


def _check_timezone(value: str) -> str | None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return Text("'{value}' is not a known time zone (e.g. Asia/Shanghai).", value=value)
    return None


DEFINITIONS: tuple[SettingDef, ...] = (
    SettingDef("company_name", "text", "Emporium Demo Trading Co., Ltd.", "Company name",
               "Printed on documents and shown in the client's title.", max_length=128,
               zh=("公司名称", "打印在单据上，并显示在客户端标题中。")),
    SettingDef("currency", "choice", "CNY", "Currency", "The currency of every price and amount.",
               choices=("CNY", "USD", "EUR", "HKD", "GBP", "JPY"),
               zh=("币种", "所有价格和金额使用的币种。")),
    SettingDef("tax_rate_percent", "decimal", "13.00", "Standard VAT rate (%)",
               "Applied to goods unless a product says otherwise.", min_value=Decimal("0"),
               max_value=Decimal("100"),
               zh=("标准增值税率 (%)", "除商品另有规定外适用于所有商品。")),
    SettingDef("prices_include_tax", "bool", "true", "Prices include VAT",
               "Whether list prices are entered with VAT included.",
               zh=("价格含增值税", "录入的标价是否已含增值税。")),
    SettingDef("timezone", "text", "Asia/Shanghai", "Business time zone",
               "Days in reports and documents start at midnight in this zone.", max_length=64,
               check=_check_timezone,
               zh=("业务时区", "报表和单据中的“一天”从该时区的零点开始。")),
    SettingDef("default_locale", "choice", "zh_CN", "Default language",
               "Language of printed documents and of clients that have not chosen one.",
               choices=("zh_CN", "en"),
               zh=("默认语言", "打印单据的语言，以及未选择语言的客户端所用语言。")),
    SettingDef("order_review_limit", "decimal", "5000.00", "Review orders above",
               "Orders with a payable amount above this go to manual review.", min_value=Decimal("0"),
               max_value=Decimal("100000000"),
               zh=("超过此金额需审核", "应付金额超过此值的订单进入人工审核。")),
    SettingDef("session_idle_minutes", "int", "30", "Log out after idle (minutes)",
               "A login session ends after this many minutes without a call.", min_value=Decimal(5),
               max_value=Decimal(1440),
               zh=("空闲自动退出（分钟）", "登录会话在这么多分钟内没有任何调用即结束。")),
    SettingDef("lockout_threshold", "int", "5", "Failed logins before lock-out",
               "After this many wrong passwords in a row from one address, the account is locked for that "
               "address only (its owner's other workstations still log in).", min_value=Decimal(3),
               max_value=Decimal(20),
               zh=("锁定前允许的失败次数",
                   "同一地址连续输错这么多次密码后，账号仅对该地址锁定（其他工作站仍可登录）。")),
    SettingDef("lockout_minutes", "int", "15", "Lock-out duration (minutes)",
               "How long such a lock-out lasts unless an administrator unlocks the user.",
               min_value=Decimal(1), max_value=Decimal(1440),
               zh=("锁定时长（分钟）", "锁定持续的时长，管理员可提前解锁该用户。")),
    SettingDef("password_min_length", "int", "8", "Minimum password length",
               "Applies to new and changed passwords.", min_value=Decimal(8), max_value=Decimal(64),
               zh=("密码最短长度", "适用于新设和修改的密码。")),
    SettingDef("points_per_yuan_redeemed", "int", "100", "Points worth 1.00",
               "How many points pay one yuan when a shopper pays with points.", min_value=Decimal(1),
               max_value=Decimal(10000),
               zh=("每 1 元所需积分", "用积分支付时，多少积分抵 1 元。")),
    SettingDef("points_max_share_percent", "int", "50", "Points pay at most (% of payable)",
               "The largest share of an order's payable that points may pay.", min_value=Decimal(0),
               max_value=Decimal(100),
               zh=("积分最多抵扣（应付的 %）", "积分最多可支付订单应付金额的比例。")),
    SettingDef("payment_hold_minutes", "int", "30", "Unpaid orders release after (minutes)",
               "Balance, points and gift cards held for an order that is not paid within this time are released.",
               min_value=Decimal(5), max_value=Decimal(4320),
               zh=("未支付订单释放时间（分钟）", "订单在此时间内未支付，为其冻结的余额、积分和礼品卡将被释放。")),
    SettingDef("after_sale_days", "int", "7", "After-sale window (days)",
               "Points earned on an order become usable when this many days have passed after payment.",
               min_value=Decimal(0), max_value=Decimal(90),
               zh=("售后期（天）", "订单付款后经过这么多天，所获积分才可使用。")),
    SettingDef("refund_approval_limit", "decimal", "1000.00", "Refunds above this need approval",
               "A refund above this amount waits for a second person with the approval permission.",
               min_value=Decimal("0"), max_value=Decimal("100000000"),
               zh=("超过此金额的退款需审批", "超过此金额的退款须由另一位有审批权限的人员批准。")),
    SettingDef("adjustment_approval_limit", "decimal", "200.00", "Wallet adjustments above this need approval",
               "A manual change of a customer's balance above this amount waits for a second person's approval.",
               min_value=Decimal("0"), max_value=Decimal("100000000"),
               zh=("超过此金额的钱包调整需审批", "手工调整客户余额超过此金额时，须由另一人批准。")),
)
BY_KEY = {d.key: d for d in DEFINITIONS}


def definition(key: str) -> SettingDef:
    try:
        return BY_KEY[key]
    except KeyError:
        raise DomainError(E_NOT_FOUND, Text("There is no setting '{key}'.", key=key), key) from None


def normalize(key: str, raw: str) -> str:
    """Validate a value typed as text and return its canonical text, or raise E_VALIDATION on the key."""
    d = definition(key)
    value = raw.strip()
    if d.kind == "text":
        if not value:
            raise DomainError(E_VALIDATION, Text("{label} may not be empty.", label=d.label), key)
        if len(value) > d.max_length:
            raise DomainError(E_VALIDATION, Text("{label} may have at most {max_length} characters.",
                                                 label=d.label, max_length=d.max_length), key)
    elif d.kind == "choice":
        if value not in d.choices:
            raise DomainError(E_VALIDATION, Text("{label} must be one of {choices}.",
                                                 label=d.label, choices=', '.join(d.choices)), key)
    elif d.kind == "bool":
        low = value.lower()
        if low not in ("true", "false"):
            raise DomainError(E_VALIDATION, Text("{label} must be true or false.", label=d.label), key)
        value = low
    elif d.kind in ("int", "decimal"):
        try:
            number = Decimal(value)
        except InvalidOperation:
            raise DomainError(E_VALIDATION, Text("{label} must be a number.", label=d.label), key) from None
        if not number.is_finite():
            raise DomainError(E_VALIDATION, Text("{label} must be a number.", label=d.label), key)
        if d.kind == "int":
            if number != number.to_integral_value():
                raise DomainError(E_VALIDATION, Text("{label} must be a whole number.", label=d.label), key)
            number = number.quantize(Decimal(1))
        else:
            if -number.as_tuple().exponent > d.places:  # type: ignore[operator]
                raise DomainError(E_VALIDATION, Text("{label} has at most {places} decimal places.",
                                                     label=d.label, places=d.places), key)
            number = number.quantize(Decimal(1).scaleb(-d.places))
        if d.min_value is not None and number < d.min_value:
            raise DomainError(E_VALIDATION, Text("{label} must be at least {least}.",
                                                 label=d.label, least=d.min_value), key)
        if d.max_value is not None and number > d.max_value:
            raise DomainError(E_VALIDATION, Text("{label} must be at most {most}.",
                                                 label=d.label, most=d.max_value), key)
        value = str(number)
    if d.check is not None:
        message = d.check(value)
        if message:
            raise DomainError(E_VALIDATION, message, key)
    return value


def get_setting(session: Session, key: str) -> str:
    """The stored value of a setting, or its default when never saved."""
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return value if value is not None else definition(key).default
