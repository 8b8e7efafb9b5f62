"""Messages the middle tier composes (contract.Text templates), translated in the client (context 'server').

Every Text("...") template of the middle tier is marked here for pyside6-lupdate; tests/unit/test_translations.py
fails when one is missing, or when a translation's {placeholders} differ from its template's. Parameter values
that are themselves marked (a record's name such as "This receipt") are translated too.
"""
from __future__ import annotations

import string

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from middle_tier.contract import DomainError

_MARKED = (
    # validate.py
    QT_TRANSLATE_NOOP("server", "{what} does not exist (it may have been deleted)."),
    QT_TRANSLATE_NOOP("server", "{what} was changed by someone else meanwhile; reload and try again."),
    # names of records in the messages above
    QT_TRANSLATE_NOOP("server", "This SKU"), QT_TRANSLATE_NOOP("server", "This location"),
    QT_TRANSLATE_NOOP("server", "This warehouse"), QT_TRANSLATE_NOOP("server", "This lot"),
    QT_TRANSLATE_NOOP("server", "This pick task"), QT_TRANSLATE_NOOP("server", "This pick list"),
    QT_TRANSLATE_NOOP("server", "This count task"), QT_TRANSLATE_NOOP("server", "This receipt"),
    QT_TRANSLATE_NOOP("server", "This purchase order"), QT_TRANSLATE_NOOP("server", "This shipment"),
    QT_TRANSLATE_NOOP("server", "This supplier"),
    # stock.py
    QT_TRANSLATE_NOOP("server", "The quantity must be between 1 and {most}."),
    QT_TRANSLATE_NOOP("server", "Location {code} is retired."),
    QT_TRANSLATE_NOOP("server", "An expiry date needs a lot number."),
    QT_TRANSLATE_NOOP("server", "The expiry must be a date like 2027-06-30."),
    QT_TRANSLATE_NOOP("server", "Lot {lot} expires on {expires}, not {given}."),
    QT_TRANSLATE_NOOP("server", "Lot {lot} is held for another owner (consignment); give another lot."),
    QT_TRANSLATE_NOOP("server", "The source and the destination are the same."),
    QT_TRANSLATE_NOOP("server", "{bin} holds only {held} of this SKU (lot); {qty} asked."),
    QT_TRANSLATE_NOOP("server", "That stock is reserved for outbound requests."),
    QT_TRANSLATE_NOOP("server", "{bin} holds at most {capacity} units."),
    QT_TRANSLATE_NOOP("server", "There is no bin {code} in this warehouse."),
    QT_TRANSLATE_NOOP("server", "No SKU has the barcode or code {scan}."),
    QT_TRANSLATE_NOOP("server", "{sku} is picked by expiry (FEFO): give its lot and expiry date."),
    QT_TRANSLATE_NOOP("server", "This warehouse has no {kind} area."),
    # receiving.py
    QT_TRANSLATE_NOOP("server", "Receipt {number} is {state}."),
    QT_TRANSLATE_NOOP("server", "{po} is {state} now: cancel this receipt."),
    QT_TRANSLATE_NOOP("server", "{po} is {state}: nothing is expected against it."),
    QT_TRANSLATE_NOOP("server", "{sku} is not on {po}."),
    QT_TRANSLATE_NOOP("server", "Only {left} more of {sku} can be received on {po} (ordered {ordered}, received "
                                "{received}, tolerance {tolerance} %)."),
    QT_TRANSLATE_NOOP("server", "Lot {lot} was scanned with expiry {expires}."),
    QT_TRANSLATE_NOOP("server", "{sku} was not counted on this receipt."),
    QT_TRANSLATE_NOOP("server", "Reject 0 to {most} of {sku}."),
    QT_TRANSLATE_NOOP("server", "Nothing was counted on this receipt."),
    # wms_outbound.py
    QT_TRANSLATE_NOOP("server", "No open outbound request {doc_type} {doc_ref}."),
    QT_TRANSLATE_NOOP("server", "This task was confirmed already."),
    QT_TRANSLATE_NOOP("server", "Wrong bin: this task is at {bin}."),
    QT_TRANSLATE_NOOP("server", "Wrong item: {sku} is not what this task picks."),
    QT_TRANSLATE_NOOP("server", "{bin} holds less than {qty}: enter what you found, the rest is a short pick."),
    QT_TRANSLATE_NOOP("server", "Pick 0 to {most} here."),
    QT_TRANSLATE_NOOP("server", "This request was cancelled or shipped meanwhile."),
    QT_TRANSLATE_NOOP("server", "{sku} is not part of {doc_ref}."),
    QT_TRANSLATE_NOOP("server", "Only {left} more of {sku} were picked for this parcel."),
    QT_TRANSLATE_NOOP("server", "Pick and verify every item before shipping."),
    QT_TRANSLATE_NOOP("server", "A tracking number has letters, digits and '-'."),
    QT_TRANSLATE_NOOP("server", "The weight is 1 g to 1,000 kg."),
    # wms_counts.py
    QT_TRANSLATE_NOOP("server", "Count {number} is {state}."),
    QT_TRANSLATE_NOOP("server", "Wrong bin: this count is for {bin}."),
    QT_TRANSLATE_NOOP("server", "Count 0 to {most} of {sku}."),
    QT_TRANSLATE_NOOP("server", "Stock moved in this bin after count {number} began; recount it."),
    QT_TRANSLATE_NOOP("server", "{bin} is not a storage bin."),
    QT_TRANSLATE_NOOP("server", "{waiting} of {sku} wait at receiving; put away 1 to {waiting}."),
    # purchasing.py
    QT_TRANSLATE_NOOP("server", "Purchase order {po} is {state}; this is allowed only when it is {allowed}."),
    QT_TRANSLATE_NOOP("server", "This supplier code is taken."),
    QT_TRANSLATE_NOOP("server", "A supplier's code cannot change."),
    QT_TRANSLATE_NOOP("server", "A contract ends on or after its first day."),
    QT_TRANSLATE_NOOP("server", "This contract code is taken."),
    QT_TRANSLATE_NOOP("server", "Supplier {code} is not active."),
    QT_TRANSLATE_NOOP("server", "The over-receipt tolerance is 0 to 50 %."),
    QT_TRANSLATE_NOOP("server", "Only a draft can be edited; {po} is {state}."),
    QT_TRANSLATE_NOOP("server", "Only {free} of {sku} are available to return."),
    QT_TRANSLATE_NOOP("server", "A return is not sent: the warehouse ships it."),
    QT_TRANSLATE_NOOP("server", "The warehouse has picked this return already."),
    QT_TRANSLATE_NOOP("server", "A receipt against this order is still open."),
    QT_TRANSLATE_NOOP("server", "{po} is {state}: there is nothing to invoice."),
    QT_TRANSLATE_NOOP("server", "This supplier's invoice with this number is recorded already."),
    QT_TRANSLATE_NOOP("server", "None of these SKUs needs ordering now."),
    QT_TRANSLATE_NOOP("server", "The period ends on or after its first day."),
    QT_TRANSLATE_NOOP("server", "The lead time is 0 to 365 days."),
    # states named in the messages
    QT_TRANSLATE_NOOP("server", "open"), QT_TRANSLATE_NOOP("server", "posted"),
    QT_TRANSLATE_NOOP("server", "cancelled"), QT_TRANSLATE_NOOP("server", "counted"),
    QT_TRANSLATE_NOOP("server", "approved"), QT_TRANSLATE_NOOP("server", "draft"),
    QT_TRANSLATE_NOOP("server", "sent"), QT_TRANSLATE_NOOP("server", "received"),
    QT_TRANSLATE_NOOP("server", "partially_received"), QT_TRANSLATE_NOOP("server", "closed"),
    QT_TRANSLATE_NOOP("server", "shipped"), QT_TRANSLATE_NOOP("server", "receiving"),
    QT_TRANSLATE_NOOP("server", "packing"),
)
MARKED = frozenset(_MARKED)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def localized(err: DomainError) -> DomainError:
    """The error with its message in the user's language when the middle tier sent a translatable template."""
    if not err.template:
        return err
    text = QCoreApplication.translate("server", err.template)
    if text == err.template:
        return err
    params = {k: QCoreApplication.translate("server", v) for k, v in err.params}
    try:
        message = text.format(**params)
    except (KeyError, IndexError, ValueError):
        return err
    return DomainError(err.code, message, err.field, err.ref, template=err.template, params=err.params)
