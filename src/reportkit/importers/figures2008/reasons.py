"""What the 2008 figures have no field for: counts of why applications were refused, of a kind of application and of
queries (:func:`unheld`), and the reason an outcome is named with (因……不予公开: :func:`reasons_dropped`,
:func:`without_reasons`)."""
from __future__ import annotations

import re

from .counts import arabic


#: Counts the 2008 figures have no field for, by what they count: why applications were refused (属于国家秘密2件、
#: 1件涉及商业秘密), applications of a kind (咨询类申请2件, 咨询类2件), and queries (接受群众咨询45人次、电话咨询30件).
_REASON = "(?:国家秘密|商业秘密|工作秘密|个人隐私|过程性信息|内部(?:管理|事务)信息|危及[^，。；、,;]{0,12}?(?:安全|稳定))"
_UNHELD = (("不予公开的理由", re.compile(f"{_REASON}[^，。；、,;\\d]{{0,8}}?\\d+\\s*[件条项起个]"
                                       f"|\\d+\\s*[件条项起个](?:属于|涉及|系|因)?{_REASON}")),
           ("咨询类申请", re.compile("咨询类[^，。；、,;\\d]{0,6}?\\d+\\s*[件个起]")),
           ("咨询", re.compile("咨询(?!类)[^，。；、,;\\d]{0,10}?\\d[\\d,，]*\\s*(?:人次|次|人|件|个|批次?)")))


#: An outcome named with why (因申请内容属于国家秘密不予公开、涉及商业秘密部分公开): the reason, then the outcome.
_REASONED = re.compile(f"(?P<reason>(?:因|由于)[^，,；;、：:\\d]+?|[^，,；;、：:\\d]*?{_REASON}[^，,；;、：:\\d]*?)而?"
                       "(?P<outcome>不予公开|部分公开|不予提供|不公开)")


def without_reasons(items: list[dict]) -> list[dict]:
    """Outcomes named with why (:data:`_REASONED`) by the outcome alone (不予公开), as the model has no place for the
    reason; as they are where two would then have one name."""
    named = [{**i, "name": found["outcome"]} if (found := _REASONED.fullmatch(i["name"])) else i for i in items]
    return named if len({i["name"] for i in named}) == len(named) else items


def reasons_dropped(text: str) -> list[tuple[str, str, str]]:
    """Each outcome in ``text`` named with why and counted (因申请内容属于国家秘密不予公开1件), which a list read may
    name by the outcome alone (:func:`without_reasons`): its words, its name as written and the outcome."""
    items = re.finditer("(?:(?<=[，,；;：:])|^)(?:([^，,；;：:\\d]+?)\\d+\\s*[件份]|\\d+\\s*[件份]([^，,；;：:\\d。]+))", arabic(text))
    return [(found.group(), name, reasoned["outcome"]) for found in items
            if (reasoned := _REASONED.fullmatch(name := found[1] or found[2]))]


def unheld(text: str) -> list[tuple[str, str]]:
    """What ``text`` counts that the 2008 figures have no field for (:data:`_UNHELD`): (what, the words), each once."""
    return [(what, found.group()) for what, pattern in _UNHELD for found in pattern.finditer(text)]
