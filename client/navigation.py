"""The screens of the main window, by area, with the permission each needs to be shown."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from client import catalog_text
from client.screens.audit import AuditScreen
from client.screens.base import Screen
from client.screens.catalog import CatalogScreen
from client.screens.catalog_setup import CatalogSetupScreen
from client.screens.home import HomeScreen
from client.screens.payments import PaymentsScreen
from client.screens.price_simulator import PriceSimulatorScreen
from client.screens.promotions import PromotionsScreen
from client.screens.purchasing import PurchasingScreen
from client.screens.roles import RolesScreen
from client.screens.search_terms import SearchTermsScreen
from client.screens.settings import SettingsScreen
from client.screens.terminal import TerminalScreen
from client.screens.users import UsersScreen
from client.screens.warehouse import WarehouseScreen
from middle_tier.contract.system import AREAS

ANYONE = ""


@dataclass(frozen=True)
class NavItem:
    key: str
    area: str          # an area of the contract's AREAS, or "" for everyone's pages
    title: str
    icon: str
    permission: str    # shown only to users whose roles grant it (the middle tier checks every call anyway)
    factory: Callable[..., Screen]
    full_width: bool = False   # the screen takes the whole window: the navigation folds away (the terminal)


def nav_items() -> list[NavItem]:
    t = QCoreApplication.translate
    return [
        NavItem("home", "", t("navigation", "Home"), "home.svg", ANYONE, HomeScreen),
        NavItem("catalog", "catalog", t("navigation", "Products and SKUs"), "box.svg", "catalog.read",
                CatalogScreen),
        NavItem("catalog_setup", "catalog", t("navigation", "Categories and brands"), "tree.svg", "catalog.read",
                CatalogSetupScreen),
        NavItem("search_terms", "catalog", t("navigation", "Site search"), "search.svg", "catalog.read",
                SearchTermsScreen),
        NavItem("promotions", "promotions", t("navigation", "Promotions"), "tag.svg", "promotions.read",
                PromotionsScreen),
        NavItem("price_simulator", "promotions", t("navigation", "Price simulator"), "calculator.svg",
                "promotions.read", PriceSimulatorScreen),
        NavItem("purchasing", "purchasing", t("navigation", "Purchase orders and suppliers"), "truck.svg",
                "purchasing.read", PurchasingScreen),
        NavItem("warehouse", "wms", t("navigation", "Stock, waves and counts"), "warehouse.svg", "wms.read",
                WarehouseScreen),
        NavItem("terminal", "wms", t("navigation", "Warehouse terminal"), "scanner.svg", "wms.operate",
                TerminalScreen, full_width=True),
        NavItem("payments", "payments", t("navigation", "Payments and gift cards"), "card.svg",
                "payments.read", PaymentsScreen),
        NavItem("users", "system", t("navigation", "Users"), "users.svg", "system.users.read", UsersScreen),
        NavItem("roles", "system", t("navigation", "Roles and permissions"), "roles.svg", "system.roles.read",
                RolesScreen),
        NavItem("audit", "system", t("navigation", "Operation log"), "log.svg", "system.audit.read", AuditScreen),
        NavItem("settings", "system", t("navigation", "Basic settings"), "settings.svg", "system.settings.read",
                SettingsScreen),
    ]


def allowed(permissions: tuple[str, ...]) -> list[NavItem]:
    granted = set(permissions)
    return [item for item in nav_items() if item.permission == ANYONE or item.permission in granted]


def area_title(area: str) -> str:
    if not area:
        return QCoreApplication.translate("navigation", "My Emporium")
    return catalog_text.text(dict(AREAS).get(area, area))
