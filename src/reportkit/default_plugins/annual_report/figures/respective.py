"""R9 on counts listed after their names with 分别 or 各 (:func:`respectively`): each its name's cell."""
from __future__ import annotations

import re
from typing import Iterator

from reportkit.errors import WARNING
from reportkit.registry import Finding

from .cells import CELL_NAMES
from .matters import OTHER_MATTERS, on_topic, other_matter
from .organs import organ_part, others
from .periods import not_the_table
from .phrases import DISCLOSURE_NAMES, PROCEEDINGS, RESPECTIVE, RESPECTIVE_NAMES
from .proceedings import outcomes
from .sentences import NUMBER, exact, quoted


def respectively(report, path: tuple, text: str) -> Iterator[Finding]:
    """R9 on counts listed after their names with 分别 or 各 (:data:`RESPECTIVE`): each with its name's cell, where there
    are as many of both; not of another time, other organs or other matters (:func:`not_the_table`, :func:`others`,
    :func:`.matters.other_matter`). Reviews and suits named bare (“行政复议、行政诉讼各1件”, not “被申请…”) may be all the
    organ's: read only in part 四, on 依申请公开 or after 信息公开 in the sentence."""
    for m in RESPECTIVE.finditer(text):
        names = re.split(r"\s*[、和及与]\s*", m["names"])
        told = re.findall(NUMBER, m["figures"]) if m["figures"] else re.findall(NUMBER, m["each"]) * len(names)
        figures = [exact(f) for f in told]
        clause = re.split(r"[，,。；;：:！？!?]", text[:m.start()])[-1]
        values = [next(v for words, v in RESPECTIVE_NAMES if re.fullmatch(words, name)) for name in names]
        if len(names) != len(figures) or not_the_table(report, text, m, dated=True) or others(report, text, m.start()) \
                or OTHER_MATTERS.search(clause) and not set(values) <= set(DISCLOSURE_NAMES) or organ_part(report, text, m) \
                or not _proceedings_on_disclosure(report, path, text, m, names, values):
            continue
        for name, value, stated in zip(names, values, figures):
            cells = value(report) if value else None
            if cells is None or stated is None or stated in cells[:2]:
                continue
            said = m.group()
            yield Finding(WARNING, f"正文写的是{quoted(said)}，即{name} {stated} 件，而{CELL_NAMES[value]}为 {cells[0]}：请改正其中一处",
                          path, said, skip=text.count(said, 0, m.start()))
        for value, stated in zip(values, figures):
            if value in PROCEEDINGS:  # after both counts: “…分别为3件和2件，其中复议维持2件，诉讼维持1件”
                yield from outcomes(report, path, text, m.end(), value, stated, listed=True)



def _proceedings_on_disclosure(report, path: tuple, text: str, m: re.Match, names: list[str], values: list) -> bool:
    """Whether the reviews and suits among the ``names`` of ``m`` (:func:`respectively`) are on disclosure, as far as
    can be told: none of another cause (:func:`.matters.other_matter`), and named as the organ's as a party (“被申请”,
    “被提起”) or told in part 四, on 依申请公开 or after 信息公开 in their sentence; not bare after 受理, 审理 or 作为
    in it (“作为复议机关受理行政复议…”: the organ as the review organ)."""
    told = [(name, value) for name, value in zip(names, values) if value in PROCEEDINGS]
    if not told:
        return True
    if other_matter(text, m, told[0][1]):
        return False
    sentence = re.split(r"[。；;！？!?]", text[:m.start()])[-1]
    if all(name.startswith("被") for name, _value in told):
        return True
    return not re.search("受理|审理|作为", sentence) and (
        path[1] == "review_litigation" or "信息公开" in sentence or on_topic(report, path, text[:m.start()], "依申请公开"))
