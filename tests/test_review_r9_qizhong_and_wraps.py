"""Faults a review found: a paragraph before a table taken for the whole system's by words about
something else, R9 on a part of a count told after “其中”, R9's warning on a phrase wrapped over lines in a data file,
and a plan named by a notice's title without 关于. The sentences are written for these tests; R9's table is
examples/sample-2021.yaml's (48 new, 4 carried over, 48 done, 2 不予公开, 11 无法提供), the published report
:mod:`test_check_published`'s (55 new)."""
from __future__ import annotations

import copy
import re

import pytest
import yaml
from test_check_published import OK, applications, check, report, table_three, web_page
from test_citations_wordings import SAMPLE, r9
from test_import_plan_notice import import_text

from reportkit.testing import check as check_data


# 1. Words before a table that make it the whole system's ------------------------------------------------------------
def _two_tables(tmp_path, before_own: str, before_other: str):
    """A department's web page whose part 三 has its own 表三, then a second one (each figure thrice its own), each
    after a paragraph (none where "")."""
    r = report(2021, "安平县教育局")
    path = web_page(r, tmp_path / "r.html")
    t3 = applications("2021")
    own = table_three("2021", t3)
    other = table_three("2021", {row: [v * 3 for v in values] for row, values in t3.items()})
    before_own, before_other = (f'<p style="text-indent:2em">{text}</p>' if text else ""
                                for text in (before_own, before_other))
    page = path.read_text(encoding="utf-8")
    path.write_text(page.replace(own, before_own + own + before_other + other), encoding="utf-8")
    return check(tmp_path, path)


#: Paragraphs before the organ's own 表三 that say nothing of the table's scope; each was read as the whole system's,
#: so that the second 表三 was imported in its place and the text compared with it (55 against 165).
NOT_WIDER = {
    "系统内……机制": "本局在系统内率先推行申请登记、承办、审核三级把关机制，各环节全程留痕。",
    "包括各类": "收到的申请包括各类市场主体和个人提出的，办理结果见下表。",
}


@pytest.mark.parametrize("name", NOT_WIDER)
def test_words_on_something_else_do_not_make_a_table_the_whole_system_s(tmp_path, name):
    """The first 表三 is imported and the text compared with it (nothing to warn about); the second is said to be
    there twice."""
    rows = _two_tables(tmp_path, NOT_WIDER[name], "各学校的汇总如下：")
    assert rows == [("第 3 个表格", "warning", "import-tables", "表三出现了两次，只导入了第一次")]


#: Paragraphs before the second 表三 that say it is the system's: (paragraph, the words the note quotes).
WIDER = {
    "系统内……汇总数据如下": ("系统内各学校收到和处理政府信息公开申请的汇总数据如下：", "系统内"),
    "连同下属各学校": ("以下为本局连同下属各学校的汇总：", "连同下属各学校"),
}


@pytest.mark.parametrize("name", WIDER)
def test_words_on_the_table_s_scope_make_it_the_whole_system_s(tmp_path, name):
    """The second 表三 is noted as the system's, not imported; the text agrees with the first."""
    paragraph, quoted = WIDER[name]
    rows = _two_tables(tmp_path, "", paragraph)
    assert [r for r in rows if r[1] != "note"] == OK
    [(place, message)] = [(r[0], r[3]) for r in rows if r[2] == "import-tables"]
    assert place == "第 3 个表格" and message.startswith(f"表三出现了两次，这一张前文说是“{quoted}”的，未导入")


# 2. R9: a part of a count told after 其中 --------------------------------------------------------------------------------
#: A count of the cell, then after 其中 a part of it named as the cell is: the part was compared (and warned about).
PART_OF_COUNT = {
    "不予公开的一种": "不予公开2件，其中1件不予公开属于过程性信息。",
    "无法提供的一种": "无法提供11件，其中9件无法提供是因为本机关不掌握相关政府信息。",
    "按期办结": "办结48件，其中按期办结46件。",
}


@pytest.mark.parametrize("name", PART_OF_COUNT)
def test_a_part_of_a_count_after_qi_zhong_is_not_compared(name):
    assert r9(PART_OF_COUNT[name]) == []


def test_the_count_before_qi_zhong_is_compared_once():
    [(message, there)] = r9("不予公开3件，其中1件不予公开属于过程性信息。")
    assert message.startswith("正文写的是“不予公开3件”，而表三“（三）不予公开”各项之和为 2：请改正其中一处")
    assert there.startswith("3件，其中")


def test_a_group_first_named_after_qi_zhong_is_still_compared():
    """“其中” after another cell's count (办结): 不予公开's own count, compared."""
    [(message, there)] = r9("办结48件，其中24件予以公开，3件不予公开。")
    assert message.startswith("正文写的是“3件不予公开”，而表三“（三）不予公开”各项之和为 2")
    assert there.startswith("3件不予公开")


# 3. R9's warning on a phrase wrapped over lines ----------------------------------------------------------------------
def _warned_at(lines: list[str]) -> list[str]:
    """The sample's data file with ``lines`` as part 三's paragraph (a ``|`` block): R9's warnings, each as the file's
    text from its line and column on."""
    data = copy.deepcopy(SAMPLE)
    data["sections"]["applications"] = ["PARAGRAPH"]
    text = yaml.safe_dump(data, allow_unicode=True, width=1000, sort_keys=False)
    item = re.search(r"^( *)- PARAGRAPH$", text, re.MULTILINE)
    block = "".join(f"\n{item.group(1)}    {line}" for line in lines)
    text = text[:item.start()] + f"{item.group(1)}- |{block}" + text[item.end():]
    file = text.splitlines()
    return [file[d.line - 1][d.col - 1:] for d in check_data(text).diagnostics.items if d.rule == "R9"]


def test_a_wrapped_phrase_is_pointed_at_past_its_figure_said_before():
    """“新收政府信息公开申请4件” is wrapped over two lines, after “上年结转4件” (4 in the table): the warning points at
    its 4 on the second line. Before, it pointed at the first line's “4件”."""
    assert _warned_at(["上年结转4件，新收政府信息", "公开申请4件。"]) == ["4件。"]


def test_a_wrapped_phrase_and_the_same_phrase_after_it_are_each_pointed_at():
    """The same wrong phrase twice, the first wrapped: each warning at its own figure. Before, both pointed at the
    second."""
    assert _warned_at(["新收政府信息", "公开申请4件。新收政府信息公开申请4件。"]) == [
        "4件。新收政府信息公开申请4件。", "4件。"]


# 4. A plan named by its notice's title without 关于 ----------------------------------------------------------------------
NOTICE = "局机关各股室，局属各单位：\n现将我局今年的安排印发给你们，请结合职责抓好落实。\n某县应急管理局\n2024年3月4日\n"
PLAN = ("一、总体要求\n让群众及时看到风险预警和救援进展。\n二、主要任务\n（一）公开执法检查信息\n检查结果在十个工作日内公开。\n"
        "三、保障措施\n局办公室每月抽查一次栏目。\n")


@pytest.mark.parametrize("title, name", [
    ("某县应急管理局印发2024年政务公开工作要点的通知", "某县应急管理局2024年政务公开工作要点"),
    ("某县应急管理局印发《2024年政务公开工作计划》的通知", "某县应急管理局2024年政务公开工作计划"),
    ("印发2024年政务公开工作要点的通知", "2024年政务公开工作要点"),
])
def test_a_notice_title_without_guan_yu_names_the_plan_with_its_organ(tmp_path, title, name):
    """The issuing organ stands before 印发 where the title has no 关于: it goes in front of the plan's name, as the
    organ before 关于 does. Before, the plan was titled without its organ (“2024年政务公开工作要点”)."""
    result, data = import_text(tmp_path, f"{title}\n{NOTICE}{PLAN}")
    assert data["notice"]["title"] == title
    assert data["title"] == name
    assert [f.message for f in result.findings] == [
        f"印发通知之后没有找到方案的标题：方案的标题按通知标题取为“{name}”，原件另有标题的请照原件填写 title"]
