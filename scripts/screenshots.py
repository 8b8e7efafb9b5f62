"""Grab every screen of the client as PNG files (offscreen), against a throwaway middle tier with demo data.

    .venv/bin/python scripts/screenshots.py [--lang zh_CN] [--out shots]     (the venv that has Emporium installed)
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import shutil
import tempfile
import threading
import time
from pathlib import Path

import rpyc  # noqa: F401
from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QThread
from PySide6.QtWidgets import QApplication

from client import i18n
from client.app import apply_look
from client.documents import print_document
from client.screens.catalog_import import ImportDialog
from client.screens.login import LoginDialog
from client.screens.main_window import MainWindow
from data_tier.engine import make_engine, make_session_factory
from data_tier.migrate import upgrade
from middle_tier.demo import seed_demo
from middle_tier.server import build_server


def pump(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        QThread.msleep(10)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="en")
    ap.add_argument("--out", default="shots")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    engine = make_engine(f"sqlite:///{tmp / 'shots.db'}")
    upgrade(engine)
    with make_session_factory(engine).begin() as s:
        seed_demo(s, progress=lambda _l: None)
    srv = build_server(engine, host="127.0.0.1", port=0)
    threading.Thread(target=srv.start, daemon=True).start()
    while not srv.active:
        time.sleep(0.01)

    app = QApplication([])
    keep = i18n.install(app, args.lang)  # noqa: F841
    apply_look(app)
    settings = QSettings(str(tmp / "client.ini"), QSettings.Format.IniFormat)
    dialog = LoginDialog(settings, server=f"127.0.0.1:{srv.port}")
    dialog.user_edit.setText("admin")
    dialog.show()
    pump(0.3)
    dialog.grab().save(str(out / f"login-{args.lang}.png"))
    dialog.password_edit.setText("wrong")
    dialog.login_button.click()
    pump(1.0)
    dialog.grab().save(str(out / f"login-error-{args.lang}.png"))
    got = {}
    dialog.logged_in.connect(lambda rpc, me: got.update(rpc=rpc, me=me))
    dialog.password_edit.setText("demo1234")
    dialog.login_button.click()
    pump(1.0)
    win = MainWindow(got["rpc"], got["me"], settings)
    win.resize(1024, 768)          # the smallest screen the back office is used on
    win.show()
    for key in win.nav_keys():
        win.go(key)
        pump(1.0)
        win.grab().save(str(out / f"{key}-{args.lang}.png"))
    users = win.go("users")
    users.table.selectRow(0)
    users._on_edit_clicked()
    pump(1.0)
    users.user_dialog.grab().save(str(out / f"user-dialog-{args.lang}.png"))
    users.user_dialog.name_edit.setText("   ")      # the middle tier refuses it, at its field, in the user's language
    users.user_dialog.email_edit.setText("not-an-address")
    users.user_dialog.on_ok()
    pump(1.0)
    users.user_dialog.grab().save(str(out / f"user-dialog-error-{args.lang}.png"))
    users.user_dialog.reject()
    catalog = win.go("catalog")
    pump(1.0)
    catalog.table.selectRow(0)
    catalog._on_batch_clicked()
    pump(1.0)
    batch = catalog.batch_dialog
    for value in ("white", "black", "red"):
        batch.tick("colour", value, "5.00" if value == "red" else "")
    for value in ("s", "m", "l", "xl"):
        batch.tick("size", value, "10.00" if value == "xl" else "")
    batch.price_edit.setText("89.00")
    batch.preview()
    pump(1.0)
    batch.grab().save(str(out / f"batch-dialog-{args.lang}.png"))
    batch.reject()
    catalog._on_edit_clicked()
    pump(0.5)
    catalog.sku_dialog.grab().save(str(out / f"sku-dialog-{args.lang}.png"))
    catalog.sku_dialog.reject()
    setup = win.go("catalog_setup")
    pump(1.0)
    setup.select_category("tshirts")
    setup.grab().save(str(out / f"catalog_setup-{args.lang}.png"))
    promotions = win.go("promotions")
    pump(1.0)
    promotions.table.selectRow(1)
    promotions.edit_selected()
    pump(1.0)
    promotions.dialog.grab().save(str(out / f"promotion-dialog-{args.lang}.png"))
    promotions.dialog.reject()
    catalog = win.go("catalog")
    pump(0.5)
    catalog.table.selectRow(0)
    catalog._on_product_clicked()
    pump(1.5)
    catalog.product_dialog.grab().save(str(out / f"product-dialog-{args.lang}.png"))
    catalog.product_dialog.reject()
    bad_file = tmp / "import.csv"        # a file with problems: the report lists each, in the user's language
    bad_file.write_text("sku_code,product_code,list_price,barcode,weight_g,status\n"
                        "P00001-BLACK-M,P00001,129.00,1234567890123,300,on_sale\n"
                        "P00001-BLACK-M,P00001,-5,,heavy,sold\n"
                        "NEW-ONE,,12.00,,300,draft\n", encoding="utf-8")
    importer = ImportDialog(win.rpc, catalog)
    importer.load(bad_file)
    importer.resize(900, 420)
    importer.show()
    pump(1.5)
    importer.grab().save(str(out / f"import-report-{args.lang}.png"))
    importer.reject()
    simulator = win.go("price_simulator")
    for code, qty in (("P00001-BLACK-M", 2), ("P00004-BLACK", 1), ("P00013-250G", 3)):   # the demo's codes
        simulator.sku_edit.setText(code)
        simulator.qty_spin.setValue(qty)
        simulator.add_entered()          # as a scanner's Enter does
        pump(1.0)
    simulator.coupons_edit.setText("NOSUCHCODE")
    simulator.price()
    pump(1.0)
    simulator.grab().save(str(out / f"price_simulator-cart-{args.lang}.png"))
    purchasing = win.go("purchasing")
    pump(1.0)
    purchasing.table.selectRow(1)
    pump(1.0)
    purchasing.lines_table.selectRow(0)           # a line chosen: its open quantity may be cancelled
    pump(0.3)
    purchasing.grab().save(str(out / f"purchasing-order-{args.lang}.png"))
    print_document(purchasing, purchasing.rpc, "purchasing.document", "po", "PO-DEMO-0002", ask=False)
    pump(1.0)
    shutil.copy(purchasing.last_document, out / f"po-{args.lang}.pdf")
    purchasing.tabs.setCurrentIndex(1)
    pump(0.5)
    purchasing.supplier_table.selectRow(0)
    purchasing.contracts_button.click()
    pump(1.0)
    purchasing.dialog.grab().save(str(out / f"contracts-dialog-{args.lang}.png"))
    purchasing.dialog.reject()
    purchasing.tabs.setCurrentIndex(2)
    purchasing.suggest_button.click()
    pump(1.0)
    purchasing.grab().save(str(out / f"purchasing-suggestions-{args.lang}.png"))
    warehouse = win.go("warehouse")
    pump(1.0)
    warehouse.sku_edit.setText("P00001-BLACK-M")
    warehouse.sku_edit.returnPressed.emit()
    pump(1.0)
    warehouse.grab().save(str(out / f"warehouse-stock-{args.lang}.png"))
    warehouse.tabs.setCurrentIndex(1)
    warehouse.wave_button.click()
    pump(1.5)
    warehouse.grab().save(str(out / f"warehouse-waves-{args.lang}.png"))
    warehouse.pick_lists_table.selectRow(0)
    pl_number = warehouse.pick_lists.record(0).number
    print_document(warehouse, warehouse.rpc, "wms.document", "pick_list", pl_number, ask=False)
    pump(1.0)
    shutil.copy(warehouse.last_document, out / f"pick-list-{args.lang}.pdf")
    warehouse.tabs.setCurrentIndex(3)
    warehouse.check_button.click()
    pump(1.0)
    warehouse.grab().save(str(out / f"warehouse-check-{args.lang}.png"))
    terminal = win.go("terminal")
    win.resize(1024, 768)
    pump(1.0)
    terminal.entry.setText("PO-DEMO-0002")       # as the scanner types it, then Enter
    terminal.entry.returnPressed.emit()
    pump(1.0)
    win.grab().save(str(out / f"terminal-receive-{args.lang}.png"))
    terminal.set_mode("pick")
    terminal.entry.setText("NO-SUCH-LIST")
    terminal.entry.returnPressed.emit()
    pump(1.0)
    win.grab().save(str(out / f"terminal-error-{args.lang}.png"))
    win.close()
    srv.close()
    print(f"screens in {out}/")


if __name__ == "__main__":
    main()
