"""Every model module, imported once so that Base.metadata holds the whole schema (migrations, tests)."""
from __future__ import annotations

import data_tier.catalog
import data_tier.payments
import data_tier.promotions
import data_tier.purchasing
import data_tier.system
import data_tier.wms  # noqa: F401
from data_tier.base import Base

metadata = Base.metadata
