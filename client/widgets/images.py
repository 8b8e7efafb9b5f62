"""A strip of a product's pictures (thumbnails from the middle tier), with add and remove."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from client.rpc import RpcClient
from client.widgets.paged_model import fetch_all
from middle_tier.contract import DomainError
from middle_tier.contract.catalog import THUMBNAIL_SIZE, ImageRecord


class ImageStrip(QWidget):
    """Thumbnails in their order; 'Add picture…' uploads a file, 'Remove' deletes the selected one."""

    def __init__(self, rpc: RpcClient, product_id: int, *, writable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rpc = rpc
        self.product_id = product_id
        self.images: list[ImageRecord] = []
        self.list = QListWidget(self)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setIconSize(QSize(THUMBNAIL_SIZE // 2, THUMBNAIL_SIZE // 2))
        self.list.setFixedHeight(THUMBNAIL_SIZE // 2 + 34)
        self.add_button = QPushButton(self.tr("Add &picture…"), self)
        self.remove_button = QPushButton(self.tr("Remove picture"), self)
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.hide()
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(row)
        outer.addWidget(self.message)
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(False)
        self._writable = writable
        self.add_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(self._writable and bool(self.list.selectedItems())))
        self.reload()

    def reload(self) -> None:
        fetch_all(self.rpc, "catalog.list_product_images", self._show, self._failed, page_size=50,
                  product_id=self.product_id)

    def _show(self, rows: list[tuple]) -> None:
        self.images = [ImageRecord.from_wire(r) for r in rows]
        self.list.clear()
        for img in self.images:
            pixmap = QPixmap()
            pixmap.loadFromData(img.thumbnail, "PNG")
            item = QListWidgetItem(QIcon(pixmap), f"{img.width}×{img.height}")
            item.setData(Qt.ItemDataRole.UserRole, img.id)
            item.setToolTip(f"{img.content_type}, {img.size // 1024} KB")
            self.list.addItem(item)

    def _failed(self, err: DomainError) -> None:
        self.message.setText(err.message)
        self.message.show()

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Add a picture"), "",
                                              self.tr("Pictures (*.jpg *.jpeg *.png *.webp)"))
        if name:
            self.upload(Path(name))

    def upload(self, path: Path) -> None:
        self.message.hide()
        self.rpc.call("catalog.add_product_image", lambda _w: self.reload(), self._failed,
                      product_id=self.product_id, data=path.read_bytes())

    def remove_selected(self) -> None:
        items = self.list.selectedItems()
        if items:
            self.rpc.call("catalog.delete_product_image", lambda _r: self.reload(), self._failed,
                          image_id=items[0].data(Qt.ItemDataRole.UserRole))
