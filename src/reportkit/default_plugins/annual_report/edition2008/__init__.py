"""Edition 2008 of the annual report: the loose outline of the 2008-2018 reports (annual-report.md B.7).

:mod:`.spec` holds the outline as data; :mod:`.model`, :mod:`.rules`, :mod:`.build`
and :mod:`.starter` are derived from it.
"""
from .build import build
from .model import AnnualReport2008
from .rules import RULES
from .spec import EDITION, ISSUED_BY, LAST_YEAR
from .starter import starter

__all__ = ["AnnualReport2008", "EDITION", "ISSUED_BY", "LAST_YEAR", "RULES", "build", "starter"]
