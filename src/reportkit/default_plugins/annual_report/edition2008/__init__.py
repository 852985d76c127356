"""Edition 2008 of the annual report: the loose outline of the 2008-2018 reports (annual-report.md B.7).

:mod:`.spec` holds the outline as data; :mod:`.model`, :mod:`.rules`, :mod:`.build`
and :mod:`.starter` are derived from it, and imported only for a 2008-edition report.
"""
from .spec import EDITION, ISSUED_BY, LAST_YEAR

__all__ = ["EDITION", "ISSUED_BY", "LAST_YEAR"]
