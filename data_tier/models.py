"""Every model module, imported once so that Base.metadata holds the whole schema (migrations, tests)."""
from __future__ import annotations

import data_tier.catalog  # noqa: F401
import data_tier.promotions  # noqa: F401
import data_tier.purchasing  # noqa: F401
import data_tier.system  # noqa: F401
import data_tier.wms  # noqa: F401
from data_tier.base import Base

metadata = Base.metadata
