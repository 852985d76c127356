"""R9 on a count said of a day or part of a month (“3月15日”, “3月底”, “6月30日前”): an event's or the year so far, no
table's, so not compared (each warned before); the year's last day (“12月31日”, “12月底”) is the whole year. R10 still
reads a fee notice's count on its date. The sentences are written for these tests; the table is sample-2021's (48 new)."""
from __future__ import annotations

import pytest

from test_citations_spans_and_reasons import _warned, r9

NEW = "表三“一、本年新收政府信息公开申请数量”的总计为 48"

ON_A_DAY = [
    "3月底，共收到政府信息公开申请30件。",
    "今年3月末共收到政府信息公开申请10件。",
    "3月15日，收到政府信息公开申请1件。",
    "三月十五日收到政府信息公开申请1件。",
    "2023年6月30日前收到政府信息公开申请20件。",
    "6月中旬以来，收到政府信息公开申请6件。",
    "12月20日，收到政府信息公开申请2件。",
]


@pytest.mark.parametrize("sentence", ON_A_DAY)
def test_a_count_on_a_day_of_the_year_is_not_compared(sentence):
    assert r9(sentence) == []


@pytest.mark.parametrize("sentence, said", [
    ("12月底，共收到政府信息公开申请30件。", "收到政府信息公开申请30件"),
    ("十二月末，共收到政府信息公开申请30件。", "收到政府信息公开申请30件"),
    ("截至12月31日，共收到政府信息公开申请30件。", "收到政府信息公开申请30件"),
    ("2023年1月1日至12月31日，共收到政府信息公开申请30件。", "收到政府信息公开申请30件"),
])
def test_the_year_s_last_day_is_the_whole_year(sentence, said):
    assert _warned(r9(sentence), said, NEW)


def test_the_right_figure_on_the_year_s_last_day_is_not_warned():
    assert r9("12月31日，共收到政府信息公开申请48件。") == []
