"""Catalog set-up: the category tree (order, moves, retirement, attributes), brands and attributes."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from client.rpc import RpcClient
from client.screens.base import Screen
from client.screens.catalog import load_all
from client.widgets.errors import show_error
from client.widgets.form import FormDialog
from middle_tier.contract import DomainError, LoginResult
from middle_tier.contract.catalog import AttributeRecord, BrandRecord, CategoryRecord

IdRole = Qt.ItemDataRole.UserRole + 1


class CodeNameDialog(FormDialog):
    """Ask for a code and a name (and, for attributes, values one per line as 'code name').

    The screen connects `buttons.accepted` to the verb it wants; the dialog closes when that succeeds.
    """

    def __init__(self, rpc: RpcClient, title: str, parent: QWidget | None = None, *,
                 with_values: bool = False) -> None:
        super().__init__(rpc, title, parent)
        self.code_edit, self.name_edit = QLineEdit(), QLineEdit()
        self.form.add_field("code", self.tr("&Code"), self.code_edit, self.tr("lower-case letters, digits, - or _"))
        self.form.add_field("name", self.tr("&Name"), self.name_edit)
        self.values_edit = QPlainTextEdit()
        if with_values:
            self.values_edit.setPlaceholderText("red 红 Red\nblue 蓝 Blue")
            self.form.add_field("values", self.tr("&Values"), self.values_edit,
                                self.tr("one per line: code, a space, then the name"))
        self.finish_layout()

    def values(self) -> tuple[tuple[str, str], ...]:
        out = []
        for line in self.values_edit.toPlainText().splitlines():
            if line.strip():
                code, _, name = line.strip().partition(" ")
                out.append((code, name.strip() or code))
        return tuple(out)


class CatalogSetupScreen(Screen):
    """Where merchandisers shape the catalog before products go in."""

    def __init__(self, rpc: RpcClient, me: LoginResult, parent: QWidget | None = None) -> None:
        super().__init__(rpc, me, parent)
        self.add_title(self.tr("Categories, brands and attributes"),
                       self.tr("Attributes bound to a category hold for every category below it."))
        self.categories: dict[int, CategoryRecord] = {}
        self.attributes: list[AttributeRecord] = []
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Category"), self.tr("Code"), self.tr("Attributes")])
        self.tree.setColumnWidth(0, 260)
        self.tree.setColumnWidth(1, 120)
        tree_box = QGroupBox(self.tr("Category tree"), self)
        tl = QVBoxLayout(tree_box)
        tb = QHBoxLayout()
        self.add_root_button = QPushButton(self.tr("New &top level…"), self)
        self.add_child_button = QPushButton(self.tr("New &subcategory…"), self)
        self.rename_button = QPushButton(self.tr("&Rename…"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move &down"), self)
        self.reparent_button = QPushButton(self.tr("Move &to…"), self)
        self.retire_button = QPushButton(self.tr("Re&tire"), self)
        self.bind_button = QPushButton(self.tr("&Attributes…"), self)
        for b in (self.add_root_button, self.add_child_button, self.rename_button, self.bind_button):
            tb.addWidget(b)
        tb.addStretch(1)
        tl.addLayout(tb)
        tb2 = QHBoxLayout()                  # two rows: the screen fits a 1024-pixel terminal beside the navigation
        for b in (self.up_button, self.down_button, self.reparent_button, self.retire_button):
            tb2.addWidget(b)
        tb2.addStretch(1)
        tl.addLayout(tb2)
        tl.addWidget(self.tree)

        side = QWidget(self)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        brand_box = QGroupBox(self.tr("Brands"), side)
        bl = QVBoxLayout(brand_box)
        self.brand_list = QListWidget(brand_box)
        bb = QHBoxLayout()
        self.new_brand_button = QPushButton(self.tr("New brand…"), brand_box)
        self.brand_active_button = QPushButton(self.tr("Retire / reactivate"), brand_box)
        bb.addWidget(self.new_brand_button)
        bb.addWidget(self.brand_active_button)
        bl.addWidget(self.brand_list)
        bl.addLayout(bb)
        attr_box = QGroupBox(self.tr("Attributes"), side)
        al = QVBoxLayout(attr_box)
        self.attr_list = QListWidget(attr_box)
        ab = QHBoxLayout()
        self.new_attr_button = QPushButton(self.tr("New attribute…"), attr_box)
        self.add_values_button = QPushButton(self.tr("Add values…"), attr_box)
        ab.addWidget(self.new_attr_button)
        ab.addWidget(self.add_values_button)
        al.addWidget(self.attr_list)
        al.addLayout(ab)
        sl.addWidget(brand_box)
        sl.addWidget(attr_box)
        splitter = QSplitter(self)
        splitter.addWidget(tree_box)
        splitter.addWidget(side)
        splitter.setSizes([640, 320])
        self.layout_.addWidget(splitter, 1)
        self.status = QLabel(self)
        self.layout_.addWidget(self.status)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.add_root_button.clicked.connect(lambda: self._new_category(0))
        self.add_child_button.clicked.connect(lambda: self._new_category(self._current_id()))
        self.rename_button.clicked.connect(self._on_rename_clicked)
        self.up_button.clicked.connect(lambda: self._shift(-1))
        self.down_button.clicked.connect(lambda: self._shift(+1))
        self.reparent_button.clicked.connect(self._on_reparent_clicked)
        self.retire_button.clicked.connect(self._on_retire_clicked)
        self.bind_button.clicked.connect(self._on_bind_clicked)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.new_brand_button.clicked.connect(self._on_new_brand_clicked)
        self.brand_active_button.clicked.connect(self._on_brand_active_clicked)
        self.new_attr_button.clicked.connect(self._on_new_attribute_clicked)
        self.add_values_button.clicked.connect(self._on_add_values_clicked)

    # -- loading ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        failed = lambda e: show_error(self, e)  # noqa: E731
        load_all(self.rpc, "catalog.list_categories", CategoryRecord, self._on_categories, failed)
        load_all(self.rpc, "catalog.list_brands", BrandRecord, self._on_brands, failed)
        load_all(self.rpc, "catalog.list_attributes", AttributeRecord, self._on_attributes, failed)

    def _on_categories(self, records: list[CategoryRecord]) -> None:
        keep = self._current_id()
        self.categories = {c.id: c for c in records}
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for c in sorted(records, key=lambda c: (c.depth, c.parent_id, c.position)):
            parent = items.get(c.parent_id)
            item = QTreeWidgetItem([c.name, c.code, ", ".join(c.attributes)])
            item.setData(0, IdRole, c.id)
            if not c.is_active:
                for col in range(3):
                    item.setForeground(col, Qt.GlobalColor.gray)
                item.setText(0, c.name + self.tr(" (retired)"))
            (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
            items[c.id] = item
        self.tree.expandAll()
        if keep in items:
            self.tree.setCurrentItem(items[keep])
        self._update_buttons()

    def _on_brands(self, records: list[BrandRecord]) -> None:
        self.brand_list.clear()
        for b in records:
            item = QListWidgetItem(b.name + ("" if b.is_active else self.tr(" (retired)")))
            item.setData(IdRole, b)
            self.brand_list.addItem(item)

    def _on_attributes(self, records: list[AttributeRecord]) -> None:
        self.attributes = records
        self.attr_list.clear()
        for a in records:
            item = QListWidgetItem(f"{a.name}  ({a.code}): " + ", ".join(name for _c, name in a.values))
            item.setData(IdRole, a)
            self.attr_list.addItem(item)

    # -- categories ---------------------------------------------------------------------------------
    def _current_id(self) -> int:
        item = self.tree.currentItem()
        return int(item.data(0, IdRole)) if item is not None else 0

    def select_category(self, code: str) -> bool:
        it = QTreeWidgetItemIterator(self.tree)
        while it.value():
            item = it.value()
            c = self.categories.get(item.data(0, IdRole))
            if c is not None and c.code == code:
                self.tree.setCurrentItem(item)
                return True
            it += 1
        return False

    def _update_buttons(self) -> None:
        writable = self.can("catalog.write")
        has = self._current_id() != 0
        self.add_root_button.setEnabled(writable)
        for b in (self.add_child_button, self.rename_button, self.up_button, self.down_button, self.reparent_button,
                  self.retire_button, self.bind_button):
            b.setEnabled(writable and has)
        for b in (self.new_brand_button, self.brand_active_button, self.new_attr_button, self.add_values_button):
            b.setEnabled(writable)
        current = self.categories.get(self._current_id())
        self.retire_button.setText(self.tr("Reac&tivate") if current and not current.is_active else self.tr("Re&tire"))

    def _done(self, message: str):  # type: ignore[no-untyped-def]
        def ok(_wire: object) -> None:
            self.status.setText(message)
            self.refresh()
        return ok

    def _failed(self, err: DomainError) -> None:
        self.status.setText(err.message)
        show_error(self, err)

    def _new_category(self, parent_id: int) -> None:
        dialog = CodeNameDialog(self.rpc, self.tr("New category"), self)
        dialog.buttons.accepted.connect(lambda: self.rpc.call(
            "catalog.create_category", lambda _r: (dialog.accept(), self.refresh()), dialog.form.show_error,
            code=dialog.code_edit.text(), name=dialog.name_edit.text(), parent_id=parent_id))
        dialog.open()
        self.dialog = dialog

    def _on_rename_clicked(self) -> None:
        c = self.categories.get(self._current_id())
        if c is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename category"), self.tr("New name:"), text=c.name)
        if ok:
            self.rpc.call("catalog.update_category", self._done(self.tr("Renamed.")), self._failed, category_id=c.id,
                          version=c.version, name=name)

    def _shift(self, step: int) -> None:
        c = self.categories.get(self._current_id())
        if c is None:
            return
        siblings = sorted((s for s in self.categories.values() if s.parent_id == c.parent_id), key=lambda s: s.position)
        index = [s.id for s in siblings].index(c.id) + step
        if 0 <= index < len(siblings):
            self.move(c, c.parent_id, index + 1)

    def move(self, c: CategoryRecord, parent_id: int, position: int) -> None:
        self.rpc.call("catalog.move_category", self._done(self.tr("Moved.")), self._failed, category_id=c.id,
                      version=c.version, parent_id=parent_id, position=position)

    def _on_reparent_clicked(self) -> None:
        c = self.categories.get(self._current_id())
        if c is None:
            return
        choices = [self.tr("(top level)")] + [f"{'  ' * o.depth}{o.name} [{o.code}]" for o in sorted(
            self.categories.values(), key=lambda o: (o.depth, o.position)) if o.id != c.id]
        picked, ok = QInputDialog.getItem(self, self.tr("Move category"), self.tr("New parent of %1:").replace(
            "%1", c.name), choices, 0, False)
        if not ok:
            return
        parent_id = 0
        if picked != choices[0]:
            code = picked.rsplit("[", 1)[1].rstrip("]")
            parent_id = next(o.id for o in self.categories.values() if o.code == code)
        last = sum(1 for o in self.categories.values() if o.parent_id == parent_id and o.id != c.id)
        self.move(c, parent_id, last + 1)

    def _on_retire_clicked(self) -> None:
        c = self.categories.get(self._current_id())
        if c is not None:
            self.rpc.call("catalog.set_category_active", self._done(self.tr("Saved.")), self._failed,
                          category_id=c.id, version=c.version, active=not c.is_active)

    def _on_bind_clicked(self) -> None:
        c = self.categories.get(self._current_id())
        if c is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Attributes of %1").replace("%1", c.name))
        box = QListWidget(dialog)
        for a in self.attributes:
            item = QListWidgetItem(f"{a.name} ({a.code})")
            item.setData(IdRole, a.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if a.code in c.attributes else Qt.CheckState.Unchecked)
            box.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(dialog.reject)

        def save() -> None:
            codes = tuple(box.item(i).data(IdRole) for i in range(box.count())
                          if box.item(i).checkState() == Qt.CheckState.Checked)
            self.rpc.call("catalog.set_category_attributes", lambda _r: (dialog.accept(), self.refresh()),
                          lambda e: show_error(dialog, e), category_id=c.id, version=c.version, attributes=codes)

        buttons.accepted.connect(save)
        layout = QVBoxLayout(dialog)
        layout.addWidget(box)
        layout.addWidget(buttons)
        dialog.open()
        self.dialog = dialog

    # -- brands and attributes ------------------------------------------------------------------------
    def _on_new_brand_clicked(self) -> None:
        dialog = CodeNameDialog(self.rpc, self.tr("New brand"), self)
        dialog.buttons.accepted.connect(lambda: self.rpc.call(
            "catalog.create_brand", lambda _r: (dialog.accept(), self.refresh()), dialog.form.show_error,
            code=dialog.code_edit.text(), name=dialog.name_edit.text()))
        dialog.open()
        self.dialog = dialog

    def _on_brand_active_clicked(self) -> None:
        item = self.brand_list.currentItem()
        if item is None:
            return
        b: BrandRecord = item.data(IdRole)
        self.rpc.call("catalog.update_brand", self._done(self.tr("Saved.")), self._failed, brand_id=b.id,
                      version=b.version, name=b.name, active=not b.is_active)

    def _on_new_attribute_clicked(self) -> None:
        dialog = CodeNameDialog(self.rpc, self.tr("New attribute"), self, with_values=True)
        dialog.buttons.accepted.connect(lambda: self.rpc.call(
            "catalog.create_attribute", lambda _r: (dialog.accept(), self.refresh()), dialog.form.show_error,
            code=dialog.code_edit.text(), name=dialog.name_edit.text(), values=dialog.values()))
        dialog.open()
        self.dialog = dialog

    def _on_add_values_clicked(self) -> None:
        item = self.attr_list.currentItem()
        if item is None:
            return
        a: AttributeRecord = item.data(IdRole)
        dialog = CodeNameDialog(self.rpc, self.tr("Add values to %1").replace("%1", a.name), self, with_values=True)
        dialog.code_edit.setText(a.code)
        dialog.code_edit.setReadOnly(True)
        dialog.name_edit.setText(a.name)
        dialog.name_edit.setReadOnly(True)
        dialog.buttons.accepted.connect(lambda: self.rpc.call(
            "catalog.add_attribute_values", lambda _r: (dialog.accept(), self.refresh()), dialog.form.show_error,
            attribute_id=a.id, version=a.version, values=dialog.values()))
        dialog.open()
        self.dialog = dialog
