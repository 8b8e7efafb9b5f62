"""The warehouse's printable documents (票据): pick lists, packing slips, delivery notes."""
from __future__ import annotations

from sqlalchemy import func, select

from data_tier.catalog import Sku
from data_tier.wms import PickList, Shipment, StockMove, Warehouse
from middle_tier.contract import DocumentRecord
from middle_tier.contract.wms import CARRIER_NAMES, CARRIERS
from middle_tier.core import validate
from middle_tier.core.uow import UnitOfWork
from middle_tier.core.verbs import verb
from middle_tier.wms.packing import pack_status_of
from middle_tier.wms.requests import check_doc, request_reservations
from middle_tier.wms.waves import pick_list_record


@verb("wms.read")
def document(uow: UnitOfWork, *, kind: str, ref: str) -> DocumentRecord:
    """A printable pick list (ref: its number), packing slip (ref: 'doc_type:doc_ref') or delivery note (ref: the
    shipment number; its QR code names the parcel's carrier and tracking number)."""
    validate.choice(kind, "kind", "Document", ("pick_list", "packing_slip", "delivery_note"))
    if kind == "pick_list":
        pl = validate.found(uow.session.scalar(select(PickList).where(PickList.number == ref.strip().upper())),
                            "This pick list", "ref")
        rec = pick_list_record(uow, pl)
        return DocumentRecord(kind, "Pick list 拣货单", pl.number,
                              (("Warehouse", rec.warehouse_code), ("Created", f"{pl.created_at:%Y-%m-%d %H:%M}"),
                               ("By", pl.created_by), ("Requests", ", ".join(rec.requests))),
                              ("#", "Bin", "SKU", "Name", "Lot", "Qty", "Picked", "Request"),
                              tuple((str(t.seq), t.location_code, t.sku_code, t.sku_name, t.lot_code, str(t.qty),
                                     "", t.doc_ref) for t in rec.tasks if t.state != "short" or t.picked_qty),
                              2, (("Tasks", str(len(rec.tasks))),
                                  ("Units", str(sum(t.qty for t in rec.tasks)))))
    if kind == "packing_slip":
        doc_type, _, doc_ref = ref.partition(":")
        doc_type, doc_ref = check_doc(doc_type, doc_ref)
        status = pack_status_of(uow, doc_type, doc_ref, request_reservations(uow, doc_type, doc_ref, lock=False))
        return DocumentRecord(kind, "Packing slip 装箱单", doc_ref, (("Request", f"{doc_type} {doc_ref}"),),
                              ("SKU", "Name", "Qty"),
                              tuple((ln.sku_code, ln.sku_name, str(ln.picked or ln.reserved)) for ln in status.lines),
                              0, (("Units", str(sum(ln.picked or ln.reserved for ln in status.lines))),))
    sh = validate.found(uow.session.scalar(select(Shipment).where(Shipment.number == ref.strip().upper())),
                        "This shipment", "ref")
    lines = uow.session.execute(
        select(Sku.code, Sku.name, func.sum(StockMove.qty)).join(Sku, Sku.id == StockMove.sku_id)
        .where(StockMove.doc_type == sh.doc_type, StockMove.doc_ref == sh.doc_ref, StockMove.reason == "ship")
        .group_by(Sku.code, Sku.name).order_by(Sku.code)).all()
    w = uow.session.get(Warehouse, sh.warehouse_id)
    return DocumentRecord(kind, "Delivery note 送货单", sh.number,
                          (("Request", f"{sh.doc_type} {sh.doc_ref}"), ("From", f"{w.code} {w.name}"),
                           ("Carrier", dict(zip(CARRIERS, CARRIER_NAMES)).get(sh.carrier, sh.carrier)),
                           ("Tracking", sh.tracking_no),
                           ("Weight", f"{sh.weight_g / 1000:.3f} kg"), ("Shipped", f"{sh.shipped_at:%Y-%m-%d %H:%M}")),
                          ("SKU", "Name", "Qty"), tuple((c, n, str(int(q))) for c, n, q in lines), 0,
                          (("Units", str(sum(int(q) for _, _, q in lines))), ("Received by", "")),
                          parcel_qr(sh.carrier, sh.tracking_no))


def parcel_qr(carrier: str, tracking_no: str) -> str:
    """What the delivery note's QR code says: the carrier and the tracking number on one line of plain text
    ("ZTO 75312345678901"): a phone's camera shows it to search for or copy, and the number stands alone after
    the carrier's code for an app that takes it; '' for a parcel without a tracking number."""
    return f"{carrier.upper()} {tracking_no}" if tracking_no else ""
