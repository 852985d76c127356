"""R9 on a kind of applicant's carried over told after its count (“自然人申请43件，加上上年结转3件，共46件”, “…，另有上年
结转3件”): that kind's column of 上年结转, and the sum its 本年新收 and 上年结转; the message when a kind's count may be
either row's; a count received told from last year's to this year's (“从去年的45件到今年的55件”). The tables are
test_check_published's: 55 new (自然人 43, 商业企业 8, 法人或其他组织 12 in all), 4 carried over (自然人 3, 商业企业 1);
the sentences are written for these tests."""
from __future__ import annotations

import pytest

from test_check_wording_help_and_changes import _imported
from test_check_wording_new_closed import FIX, _worded

CITE = "，或把数字写成引用【表三：{}】，由 reportkit 填入表中的数（R9）"


def _r9(tmp_path, sentences: list[str]) -> list[list[tuple[str, str]]]:
    """R9's findings on each of ``sentences`` as 依申请公开's paragraph: (message, the text from the figure it points at)."""
    found = []
    for i, text in enumerate(sentences):
        folder = tmp_path / f"r{i}"
        checked = _imported(folder, _worded(1, "（二）依申请公开。" + text))
        lines = (folder / "report.yaml").read_text(encoding="utf-8").splitlines()
        found.append([(d.message, lines[d.line - 1][d.col - 1:]) for d in checked.diagnostics.items if d.rule == "R9"])
    return found


RIGHT = ["全年收到申请59件，其中自然人申请43件，加上上年结转3件，共46件。",
         "全年收到申请59件，其中自然人申请43件，另有上年结转3件。",
         "全年收到申请59件，其中自然人申请43件（不含上年结转3件）。",
         "全年收到申请59件，其中43件来自自然人，加上上年结转3件，共46件。",
         "全年自然人申请43件，加上结转3件，共计46件。",
         # the kind after it is still read, either row's
         "全年收到申请59件，其中自然人申请43件，加上上年结转3件，共46件，企业申请9件。",
         # after the last kind of a list, the year's carried over and the sum
         "全年收到申请55件，其中自然人申请43件、法人或其他组织申请12件，加上上年结转4件，共59件。",
         "全年收到申请从去年的45件到今年的55件。",
         "全年收到申请由去年的45件增加到今年的55件。"]


def test_a_kinds_carried_over_and_sum_as_the_table_are_silent(tmp_path):
    assert _r9(tmp_path, RIGHT) == [[]] * len(RIGHT)


def _carried(said: str, name: str, figure: int, cite: str | None) -> str:
    wrong = f"正文写的是“{said}”，而表三“二、上年结转政府信息公开申请数量”中{name}为 {figure}：请改正其中一处"
    return wrong + (CITE.format(cite) if cite else "（R9）")


def _sum(said: str, name: str, new: int, both: int) -> str:
    return f"正文写的是“{said}”，而表三“一、本年新收”中{name}为 {new}，连同“二、上年结转”为 {both}{FIX}"


NATURAL = "carried_over.natural_person"
#: (sentence, its findings as (message, what it points at)).
WRONG = {
    "结转": ("全年收到申请59件，其中自然人申请43件，加上上年结转2件，共45件。",
           [(_carried("自然人申请43件，加上上年结转2件", "“自然人”", 3, NATURAL), "2件")]),
    "合计": ("全年收到申请59件，其中自然人申请43件，加上上年结转3件，共47件。",
           [(_sum("自然人申请43件，加上上年结转3件，共47件", "“自然人”", 43, 46), "47件")]),
    "都错": ("全年收到申请59件，其中自然人申请43件，加上上年结转2件，共47件。",
           [(_carried("自然人申请43件，加上上年结转2件", "“自然人”", 3, NATURAL), "2件"),
            (_sum("自然人申请43件，加上上年结转2件，共47件", "“自然人”", 43, 46), "47件")]),
    "另有": ("全年收到申请59件，其中自然人申请43件，另有上年结转2件。",
           [(_carried("自然人申请43件，另有上年结转2件", "“自然人”", 3, NATURAL), "2件")]),
    "括号": ("全年收到申请59件，其中自然人申请43件（不含上年结转2件）。",
           [(_carried("自然人申请43件（不含上年结转2件）", "“自然人”", 3, NATURAL), "2件")]),
    "法人": ("全年收到申请59件，其中法人或其他组织申请12件，加上上年结转2件，共14件。",
           [(_carried("法人或其他组织申请12件，加上上年结转2件", "“法人或其他组织”各列之和", 1, None), "2件")]),
    "其后的企业": ("全年收到申请59件，其中自然人申请43件，加上上年结转3件，共46件，企业申请10件。",
              [("正文写的是“企业申请10件”，而表三“一、本年新收”中“商业企业”为 8，连同“二、上年结转”为 9" + FIX, "10件")]),
    # either row's: each figure named by its row
    "两种读法": ("全年收到申请59件，其中自然人申请45件。",
             [("正文写的是“自然人申请45件”，而表三“一、本年新收”中“自然人”为 43，连同“二、上年结转”为 46" + FIX, "45件")]),
    "两种读法约数": ("全年收到申请59件，其中自然人申请约30件。",
               [("正文写的是“自然人申请约30件”，而表三“一、本年新收”中“自然人”为 43，连同“二、上年结转”为 46，与“约30件”相差太远"
                 "（这样写的数，表中的数应在 21 至 39 件之间）" + FIX, "30件")]),
    "从去年到今年": ("全年收到申请从去年的45件到今年的56件。",
               [("正文写的是“收到申请从去年的45件到今年的56件”，而表三“一、本年新收政府信息公开申请数量”的总计为 55：请改正其中一处"
                 + CITE.format("new_received.total"), "56件")]),
}


@pytest.fixture(scope="module")
def wrong(tmp_path_factory) -> dict[str, list[tuple[str, str]]]:
    return dict(zip(WRONG, _r9(tmp_path_factory.mktemp("wrong"), [text for text, _found in WRONG.values()])))


@pytest.mark.parametrize("name", WRONG)
def test_a_wrong_figure_is_told_pointing_at_it(wrong, name):
    expected = WRONG[name][1]
    assert [(message, at[:len(piece)]) for (message, at), (_m, piece) in zip(wrong[name], expected)] == expected
    assert len(wrong[name]) == len(expected)
