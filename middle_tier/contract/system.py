"""The contract of the `system` area: users, roles, the permission catalogue, the operation log, settings."""
from __future__ import annotations

import dataclasses
import datetime as dt

from middle_tier.contract import Label, Record


@dataclasses.dataclass(frozen=True)
class UserRecord(Record):
    id: int
    username: str
    display_name: str
    email: str
    is_active: bool
    is_locked: bool
    roles: tuple[str, ...]
    last_login_at: dt.datetime | None
    created_at: dt.datetime
    version: int


@dataclasses.dataclass(frozen=True)
class RoleRecord(Record):
    id: int
    code: str
    name: str
    description: str
    is_builtin: bool
    permissions: tuple[str, ...]
    user_count: int
    version: int


@dataclasses.dataclass(frozen=True)
class AuditRecord(Record):
    id: int
    at: dt.datetime
    username: str
    client_addr: str
    verb: str
    record_type: str
    record_id: str
    records: str
    changes: str           # JSON text: {"field": [before, after], ...}
    request_id: str


@dataclasses.dataclass(frozen=True)
class AuditName:
    """What the operation log shows for a code it stores, in the user's language (context "server")."""

    code: str
    label: Label


# Entries that are not a verb's (a writing verb's label is in the verb catalogue): logins, and emporium-admin's work
AUDIT_EVENTS: tuple[AuditName, ...] = (
    AuditName("session.login", "Log in"), AuditName("session.login_failed", "Failed login"),
    AuditName("session.resume", "Resume a session"), AuditName("session.resume_failed", "Failed session resume"),
    AuditName("admin.seed_demo", "Load the demo data"), AuditName("admin.seed_demo_bench", "Load benchmark data"),
    AuditName("admin.create_user", "Create a user (emporium-admin)"),
)

# The kinds of record an entry names
AUDIT_RECORDS: tuple[AuditName, ...] = (
    AuditName("attribute", "Attribute"), AuditName("brand", "Brand"), AuditName("category", "Category"),
    AuditName("count_task", "Count"), AuditName("coupon", "Coupon"), AuditName("gift_card", "Gift card"),
    AuditName("gift_card_batch", "Gift card batch"), AuditName("ledger_account", "Ledger account"),
    AuditName("ledger_transfer", "Ledger transfer"), AuditName("location", "Bin location"),
    AuditName("login_session", "Session"), AuditName("order_charge", "Order payment"), AuditName("payment", "Payment"),
    AuditName("pick_list", "Pick list"), AuditName("pick_task", "Pick task"), AuditName("product", "Product"),
    AuditName("promotion", "Promotion"), AuditName("promotion_reservation", "Promotion reservation"),
    AuditName("purchase_order", "Purchase order"), AuditName("put_back", "Put-back"), AuditName("receipt", "Receipt"),
    AuditName("refund", "Refund"), AuditName("reorder_rule", "Reorder rule"), AuditName("role", "Role"),
    AuditName("search_synonym", "Search synonym"), AuditName("setting", "Setting"), AuditName("shipment", "Parcel"),
    AuditName("sku", "SKU"), AuditName("sku_import", "SKU import"), AuditName("sku_storage", "Storage"),
    AuditName("stock_move", "Stock move"), AuditName("stock_reservation", "Stock reservation"),
    AuditName("supplier", "Supplier"), AuditName("supplier_contract", "Supplier contract"),
    AuditName("supplier_invoice", "Supplier invoice"), AuditName("tender", "Tender"), AuditName("user", "User"),
    AuditName("warehouse", "Warehouse"),
)

# The fields an entry's changes name ({"display_name": [before, after]}); a key not listed shows as it is stored
AUDIT_FIELDS: tuple[AuditName, ...] = (
    AuditName("address", "Address"), AuditName("adjust", "Adjustment"), AuditName("amount", "Amount"),
    AuditName("applied", "Applied"), AuditName("approved", "Approved"), AuditName("attempt", "Attempt"),
    AuditName("attributes", "Attributes"), AuditName("barcode", "Barcode"), AuditName("batch", "Batch"),
    AuditName("brand_id", "Brand"), AuditName("budget", "Budget"), AuditName("buy", "Buy"), AuditName("cap", "Cap"),
    AuditName("category_id", "Category"), AuditName("channels", "Channels"), AuditName("code", "Code"),
    AuditName("combines_with", "Combines with"), AuditName("contact_name", "Contact"),
    AuditName("contract", "Contract"), AuditName("cost", "Cost"), AuditName("counted", "Counted"),
    AuditName("counts", "Counts"), AuditName("coupons", "Coupons"), AuditName("created", "Created"),
    AuditName("description", "Description"), AuditName("discount", "Discount"),
    AuditName("display_name", "Display name"), AuditName("email", "E-mail"), AuditName("ends", "End"),
    AuditName("exclusion_group", "Exclusion group"), AuditName("expired", "Expired"),
    AuditName("first_code", "First code"), AuditName("fixed_price", "Fixed price"), AuditName("get", "Get"),
    AuditName("gift_qty", "Gift quantity"), AuditName("gift_sku_code", "Gift SKU"), AuditName("hold", "Held"),
    AuditName("image", "Picture"), AuditName("invoice", "Invoice"), AuditName("is_active", "Active"),
    AuditName("is_template", "Template"), AuditName("issued", "Issued"), AuditName("kind", "Kind"),
    AuditName("last_code", "Last code"), AuditName("lead_time_days", "Lead time (days)"), AuditName("lines", "Lines"),
    AuditName("list_price", "List price"), AuditName("locked", "Locked"), AuditName("member_levels", "Member levels"),
    AuditName("name", "Name"), AuditName("new_products", "New products"), AuditName("notification", "Notification"),
    AuditName("pack", "Packed"), AuditName("parent_id", "Parent"), AuditName("password", "Password"),
    AuditName("payment_terms", "Payment terms"), AuditName("per_customer_limit", "Per-customer limit"),
    AuditName("percent", "Percent off"), AuditName("permissions", "Permissions"), AuditName("phone", "Phone"),
    AuditName("pick", "Picked"), AuditName("position", "Position"), AuditName("posted", "Posted"),
    AuditName("price_change", "Price change"), AuditName("priority", "Priority"), AuditName("put_back", "Put-back"),
    AuditName("putaway", "Put away"), AuditName("reason", "Reason"), AuditName("receive", "Received"),
    AuditName("recount", "Recount"), AuditName("refund", "Refund"), AuditName("rejected", "Rejected"),
    AuditName("release", "Released"), AuditName("removal", "Removal strategy"), AuditName("repeat", "Repeat"),
    AuditName("reserve", "Reserved"), AuditName("result", "Result"), AuditName("roles", "Roles"),
    AuditName("rows", "Rows"), AuditName("rule", "Rule"), AuditName("scan", "Scanned"),
    AuditName("sessions_ended", "Sessions ended"), AuditName("ship", "Shipped"),
    AuditName("skus_created", "SKUs created"), AuditName("sources", "Source addresses"),
    AuditName("stackable", "Stackable"), AuditName("stage", "Stage"), AuditName("started", "Started"),
    AuditName("starts", "Start"), AuditName("state", "State"), AuditName("status", "Status"),
    AuditName("stop_further", "Stop further"), AuditName("suggested", "Suggested"),
    AuditName("supplier_code", "Supplier"), AuditName("supplier_share", "Supplier share"),
    AuditName("template", "Template"), AuditName("threshold", "Threshold"),
    AuditName("threshold_basis", "Threshold basis"), AuditName("top_up", "Top-up"), AuditName("total", "Total"),
    AuditName("transfer", "Moved"), AuditName("updated", "Updated"), AuditName("usage_limit", "Usage limit"),
    AuditName("username", "User name"), AuditName("values", "Values"), AuditName("variant", "Variant"),
    AuditName("void", "Voided"), AuditName("wave", "Wave"), AuditName("weight_g", "Weight (g)"),
    AuditName("words", "Words"), AuditName("written_off", "Written off"), AuditName("wrong_pin", "Wrong PIN"),
)


@dataclasses.dataclass(frozen=True)
class SettingRecord(Record):
    key: str
    kind: str              # text | int | decimal | bool | choice
    value: str             # canonical text of the value
    label: str
    description: str
    choices: tuple[str, ...]
    updated_at: dt.datetime | None
    updated_by: str
    version: int


@dataclasses.dataclass(frozen=True)
class PermissionRecord(Record):
    code: str
    area: str
    label: str


# ---------------------------------------------------------------------------------------------
# Permission catalogue: resource.action codes, grouped by business area (DESIGN.md section 3).

AREAS: tuple[tuple[str, str], ...] = (
    ("system", "System settings"),
    ("catalog", "Products"),
    ("promotions", "Promotions"),
    ("purchasing", "Purchasing"),
    ("wms", "Warehouse"),
    ("orders", "Orders"),
    ("payments", "Payments"),
    ("service", "Service centre"),
    ("crm", "Customers"),
    ("finance", "Finance"),
    ("reports", "Reports"),
    ("content", "Content"),
)

PERMISSIONS: tuple[tuple[str, str, str], ...] = (
    ("system.users.read", "system", "See users"),
    ("system.users.write", "system", "Create and change users"),
    ("system.roles.read", "system", "See roles and permissions"),
    ("system.roles.write", "system", "Change roles and permissions"),
    ("system.audit.read", "system", "Read the operation log"),
    ("system.settings.read", "system", "See basic settings"),
    ("system.settings.write", "system", "Change basic settings"),
    ("catalog.read", "catalog", "See products"),
    ("catalog.write", "catalog", "Change products"),
    ("promotions.read", "promotions", "See promotions"),
    ("promotions.write", "promotions", "Change promotions"),
    ("purchasing.read", "purchasing", "See suppliers and purchase orders"),
    ("purchasing.write", "purchasing", "Change suppliers and purchase orders"),
    ("purchasing.approve", "purchasing", "Approve purchase orders"),
    ("wms.read", "wms", "See stock"),
    ("wms.operate", "wms", "Receive, put away, pick, pack and ship"),
    ("wms.adjust", "wms", "Approve stock adjustments"),
    ("orders.read", "orders", "See orders"),
    ("orders.write", "orders", "Enter and change orders"),
    ("orders.review", "orders", "Review orders"),
    ("payments.read", "payments", "See payments"),
    ("payments.charge", "payments", "Take payments for orders"),
    ("payments.refund", "payments", "Refund payments"),
    ("payments.write", "payments", "Issue, sell and block gift cards; top up balances"),
    ("payments.adjust", "payments", "Adjust customers' balances and points"),
    ("payments.approve", "payments", "Approve large refunds and adjustments"),
    ("service.read", "service", "See service cases"),
    ("service.write", "service", "Handle returns, refunds and complaints"),
    ("crm.read", "crm", "See members"),
    ("crm.write", "crm", "Change members and campaigns"),
    ("finance.read", "finance", "See settlements"),
    ("finance.write", "finance", "Run settlements"),
    ("reports.read", "reports", "Read reports"),
    ("content.read", "content", "See announcements and help pages"),
    ("content.write", "content", "Publish announcements and help pages"),
)
PERMISSION_CODES = frozenset(code for code, _, _ in PERMISSIONS)
