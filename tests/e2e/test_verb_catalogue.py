"""The verb catalogue a logged-in client receives: every verb, whether it writes, and its parameters."""
from __future__ import annotations

from middle_tier.contract import ParamInfo, VerbInfo
from middle_tier.service import COMPONENTS


def test_a_logged_in_client_learns_every_verb_with_what_it_writes_and_takes(login):
    clerk = login("clerk")
    catalogue = {v.name: v for v in (VerbInfo.from_wire(w) for w in clerk.verb_catalogue())}
    offered = {f"{area}.{name}" for area, cls in COMPONENTS.items() for name in cls.verbs()}
    assert offered <= set(catalogue) and {"session.info", "session.verb_catalogue", "session.logout"} <= set(catalogue)
    reserve = catalogue["wms.reserve"]
    assert (reserve.permission, reserve.writes, reserve.idempotent) == ("wms.operate", True, False)
    assert reserve.params[:2] == (ParamInfo("doc_type", "str", True), ParamInfo("doc_ref", "str", True))
    scan = catalogue["wms.scan_receipt"]
    assert scan.writes and scan.idempotent and ParamInfo("qty", "int", False) in scan.params
    assert not catalogue["catalog.search"].writes and not catalogue["wms.pack_status"].writes
    lines = {p.name: p.type for p in catalogue["purchasing.create_po"].params}
    assert lines["lines"] == "tuple[tuple[str, int, str, str], ...]"
    assert all(v.writes == COMPONENTS[v.name.split(".")[0]].verbs()[v.name.split(".")[1]].writes
               for v in catalogue.values() if not v.name.startswith("session."))
