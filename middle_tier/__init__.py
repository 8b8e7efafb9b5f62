"""Emporium middle tier: the RPyC server that owns validation, business rules, permissions and audit.

One package per business area (`system`, `catalog`, `promotions`, `purchasing`, `wms`) on a shared `core`; the
contract the client shares (`contract`); the composition root (`service`), the commands (`server`, `admin`) and
the demo data (`demo`). The map: docs/architecture.md.
"""
