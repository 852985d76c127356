"""A work plan's task table copied as text: a clerk imports last year's plan copied out of its PDF with pdftotext -layout,
or as tab-separated text from Word or WPS, and every task comes out whole, as the DOCX of the same table gives it: its
measures (a cell's lines below the row's, as pdftotext sets a cell aligned at the top, Word's default), its 牵头单位 and
配合单位 by their columns, its deadline; the findings count the rows as the source shows them. The inputs are written for
these tests."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
import yaml
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.shared import Cm

from _import_helpers import imported, libreoffice_pdfs
from test_documents_s45H3 import TASKS as LAYOUT_TASKS
from test_documents_s46P import UNIT, _layout
from test_import_plan_group_rows import GROUPED, PLUGINS, _docx, _txt

PARTNER_HEAD = ("序号", "工作任务", "牵头单位", "配合单位", "完成时限")


def _tasks(result) -> list[dict]:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))["tasks"]


def _said(result, words: str) -> list[str]:
    return [f"{f.place}: {f.message}" for f in result.findings if words in f.message]


# 1. A 具体措施 line between two rows whose 具体措施 are both filled -----------------------------------------------------


def test_a_measure_line_between_two_filled_rows_goes_on_with_the_row_above(tmp_path):
    """pdftotext sets a cell aligned at the top on its row's line and the lines under it; centred, it sets as many lines
    above as below. 同步上墙公示 under task 2's 养护计划上网, task 3 below it with nothing under: task 2's measure's
    rest. The old reading glued it before task 3's measure (同步上墙公示补偿标准公开)."""
    head, widths = ("序号", "工作任务", "具体措施", "责任单位", "完成时限"), (6, 10, 12, 9)
    rows = [
        ("名单张榜公布", "镇党政办", "3月底前"),
        ("养护计划上网", "农经站", "6月底前"),
        (2, "同步上墙公示"),
        ("补偿标准公开", "林业站", "9月底前"),
    ]
    result, tasks = _layout(tmp_path, head, widths, rows)
    assert tasks[LAYOUT_TASKS[1]]["content"] == ["养护计划上网同步上墙公示"]
    assert tasks[LAYOUT_TASKS[2]]["content"] == ["补偿标准公开"]
    assert [tasks[name].get("lead") for name in LAYOUT_TASKS[:3]] == ["镇党政办", "农经站", "林业站"]
    assert not _said(result, "拼不进")


#: A plan's task table as a clerk types it in Word: measures and a task's name wrapping in their cells, aligned at the
#: top (Word's default) or centred; a row of one cell across the table, a group's heading; one row with only its
#: 配合单位 filled among its units. The paragraph under the table follows its last row with no blank line between.
_OPENING = [
    "某镇2025年政务公开工作方案",
    "一、总体要求",
    "围绕便民服务做好公开，让群众看得到、看得懂。",
    "二、主要任务",
]
_CLOSING = ["三、保障措施", "各办站所每季度末报送落实情况。"]
_MEASURES_HEAD = ("序号", "工作任务", "具体措施", "责任单位", "完成时限")
_MEASURES = [
    ("1", "公开危房改造", "名单张榜公布", "镇党政办", "3月底前"),
    ("2", "公开道路养护", "养护计划上网，同步上墙公示，按月更新进度", "农经站", "6月底前"),
    ("3", "公开林地补偿标准和发放", "补偿标准公开到户到人名下，接受监督。发放结果逐户核对", "林业站", "9月底前"),
    ("4", "公开低保名单", "名单张榜公布", "民政办", "全年"),
]
_WORD_TABLES = {
    "measures": (_MEASURES_HEAD, (1.5, 3, 3.5, 2.5, 2.5), _MEASURES, False),
    "measures centred": (_MEASURES_HEAD, (1.5, 3, 3.5, 2.5, 2.5), _MEASURES, True),
    "two wrapped in a row": (
        _MEASURES_HEAD,
        (1.5, 3, 3.5, 2.5, 2.5),
        [
            ("1", "公开道路养护", "养护计划上网，同步上墙", "农经站", "6月底前"),
            ("2", "公开林地补偿", "补偿标准公开到户到人名下", "林业站", "9月底前"),
            ("3", "公开低保名单", "名单张榜公布", "民政办", "全年"),
        ],
        False,
    ),
    "groups": (
        _MEASURES_HEAD,
        (1.5, 3, 3.5, 2.5, 2.5),
        [("一、危房和道路",), *_MEASURES[:2], ("二、补偿和救助",), *_MEASURES[2:]],
        False,
    ),
    "groups centred": (
        _MEASURES_HEAD,
        (1.5, 3, 3.5, 2.5, 2.5),
        [("一、危房和道路",), *_MEASURES[:2], ("二、补偿和救助",), *_MEASURES[2:]],
        True,
    ),
    "partners": (
        PARTNER_HEAD,
        (1.5, 4, 3, 3, 3),
        [
            ("1", "公开危房改造名单", "镇党政办", "村委会", "3月底前"),
            ("2", "公开道路养护计划", "", "财政所", "6月底前"),
            ("3", "公开林地补偿标准", "农经站", "", "9月底前"),
            ("4", "回应村民来信", "民政办", "司法所", "全年"),
        ],
        False,
    ),
}


def _word(path: Path, head: tuple, widths: tuple, rows: list[tuple], centred: bool) -> Path:
    document = docx.Document()
    for text in _OPENING:
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows) + 1, cols=len(head))
    table.style = "Table Grid"
    for r, cells in enumerate([head, *rows]):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
        for c, width in enumerate(widths):
            table.cell(r, c).width = Cm(width)
            if centred:
                table.cell(r, c).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        if len(cells) == 1:
            table.cell(r, 0).merge(table.cell(r, len(head) - 1)).text = cells[0]
    for text in _CLOSING:
        document.add_paragraph(text)
    document.save(path)
    return path


@pytest.fixture(scope="module")
def word_copies(tmp_path_factory) -> dict:
    """Each table's DOCX, imported, and its PDF (one run of LibreOffice) copied by pdftotext -layout, imported."""
    if shutil.which("pdftotext") is None:
        pytest.skip("no pdftotext (poppler-utils)")
    folder = tmp_path_factory.mktemp("word")
    docxs = [_word(folder / f"{name.replace(' ', '-')}.docx", *table) for name, table in _WORD_TABLES.items()]
    out = {}
    for name, source, pdf in zip(_WORD_TABLES, docxs, libreoffice_pdfs(docxs)):
        copy = pdf.with_suffix(".txt")
        subprocess.run(["pdftotext", "-layout", str(pdf), str(copy)], check=True)
        out[name] = {
            kind: imported(path, tmp_path_factory.mktemp("plan"), PLUGINS, documents=True)
            for kind, path in (("docx", source), ("layout", copy))
        }
    return out


@pytest.mark.parametrize("name", ["measures", "measures centred", "two wrapped in a row", "groups", "groups centred"])
def test_a_layout_copy_of_a_word_table_gives_its_tasks_as_the_docx(word_copies, name):
    """The old reading took the lines under a row's for the next row's (centred on its line): 网，同步上墙 went to
    task 3, and 标准和发放 under task 3's name made a task of its own; the paragraph right under the table broke the
    last row of a centred table, and a group's heading at the left edge any table (the rows' lines went to 总体要求)."""
    docx_tasks, copy_tasks = (_tasks(word_copies[name][kind]) for kind in ("docx", "layout"))
    assert copy_tasks == docx_tasks
    assert [task["task"] for task in copy_tasks] == [row[1] for row in _WORD_TABLES[name][2] if len(row) > 1]
    headings = {
        kind: [said.split(": ", 1)[1] for said in _said(word_copies[name][kind], "分组标题")]
        for kind in ("docx", "layout")
    }
    assert headings["layout"] == headings["docx"]
    assert len(headings["docx"]) == (2 if name.startswith("groups") else 0)


# 2. A row with a blank 牵头单位 and a filled 配合单位 ----------------------------------------------------------------------


def test_a_partner_of_a_row_without_a_lead_stays_a_partner_in_the_docx(word_copies):
    """The old import made 财政所, under 配合单位, task 2's lead, silently."""
    result = word_copies["partners"]["docx"]
    assert _tasks(result)[1] == {"task": "公开道路养护计划", "support": ["财政所"], "deadline": "6月底前"}
    assert _said(result, "牵头单位一格空着") == [
        "第 1 个表格第 3 行: 分解表第 3 行的任务“公开道路养护计划”牵头单位一格空着，只有配合单位“财政所”：已作为配合单位"
        "（support）导入，没有牵头单位：请对照原件在 lead 中写明牵头单位"
    ]


def test_a_partner_of_a_row_without_a_lead_stays_a_partner_in_a_layout_copy(word_copies):
    """The copy cannot tell a blank 牵头单位 from one merged down from the row above: it reads the one above, in a
    finding; the partner stays task 2's partner and every deadline stays in its row."""
    tasks = _tasks(word_copies["partners"]["layout"])
    assert [(t.get("lead"), t.get("support"), t.get("deadline")) for t in tasks] == [
        ("镇党政办", ["村委会"], "3月底前"),
        ("镇党政办", ["财政所"], "6月底前"),
        ("农经站", None, "9月底前"),
        ("民政办", ["司法所"], None),
    ]


#: Each row's units: L its 牵头单位 alone, S its 配合单位 alone, B both.
_LEADS, _PARTNERS = ("镇党政办", "农经站", "民政办", "林业站"), ("村委会", "财政所", "司法所", "派出所")
_DEADLINES = ("3月底前", "6月底前", "9月底前", "8月底前")


@pytest.mark.parametrize("pattern", ["LSLS", "SLLS", "BSSB", "SSSS"])
def test_partners_stay_in_their_column_whatever_rows_lack_a_lead(tmp_path, pattern):
    """No row of the table has all its cells (LSLS): the old import made each partner-only row's 配合单位 its lead."""
    rows = [
        (_LEADS[i] if p in "LB" else "", _PARTNERS[i] if p in "SB" else "", _DEADLINES[i])
        for i, p in enumerate(pattern)
    ]
    result, tasks = _layout(tmp_path, PARTNER_HEAD, (6, 10, 9, 9), rows)
    got = [tasks[name] for name in LAYOUT_TASKS[:4]]
    assert [task.get("support") for task in got] == [[p] if p else None for _, p, _ in rows]
    assert [task.get("deadline") for task in got] == list(_DEADLINES)
    assert all(task.get("lead") in (*_LEADS, None) for task in got)
    assert [task["lead"] for task, (lead, _, _) in zip(got, rows) if lead] == [lead for lead, _, _ in rows if lead]
    if pattern.startswith("S"):  # no row above to take a lead from
        assert "lead" not in got[0]
        assert _said(result, f"“{LAYOUT_TASKS[0]}”牵头单位一格空着，只有配合单位“{_PARTNERS[0]}”")


# 3. A measure's line of two sentences after a unit-only row in a tab copy ---------------------------------------------


@pytest.mark.parametrize(
    "measure", ["林权流转合同备案情况同步公开。每季度更新一次。", "合同备案同步公开。每季度更新一次"]
)
def test_a_measure_line_of_sentences_after_a_unit_only_row_keeps_the_table_whole(tmp_path, measure):
    """The old text import cut the table at the line (a sentence inside it): only task 1 was imported, the line and
    task 2's row went to 总体要求."""
    rows = [GROUPED[0], GROUPED[2], UNIT, (measure,), GROUPED[4]]
    results = {
        kind: imported(write(tmp_path / f"plan.{kind}", rows), tmp_path, PLUGINS, documents=True)
        for kind, write in (("txt", _txt), ("docx", _docx))
    }
    tasks = _tasks(results["txt"])
    assert tasks == _tasks(results["docx"])
    assert [task["task"] for task in tasks] == ["公开林权登记信息", "公开采伐审批信息"]
    assert tasks[0]["content"][-1] == measure
    assert not _said(results["txt"], "没有任务可归")


# 4. A tab copy's 配合单位-only row counts in the findings' row numbers --------------------------------------------------


def test_a_tab_copy_s_partner_only_row_counts_as_a_row_in_the_findings(tmp_path):
    """The group's heading in row 5 of the table (head 1) is said at row 5, as the DOCX's import says it; the old text
    import left the 配合单位-only row 3, between rows blank in that column, out of the count (row 4)."""
    rows = [
        PARTNER_HEAD,
        ("1", "公开林权登记信息", "林政股", "", "2025年6月"),
        ("", "", "", "护林站", ""),
        ("2", "公开采伐审批信息", "资源股", "", "2025年9月"),
        ("二、造林绿化",),
        ("3", "公开林木良种信息", "种苗站", "", "2025年3月"),
    ]
    results = {
        kind: imported(write(tmp_path / f"plan.{kind}", rows), tmp_path, PLUGINS, documents=True)
        for kind, write in (("txt", _txt), ("docx", _docx))
    }
    headings = {
        kind: [said.split(": ", 1)[1] for said in _said(result, "分组标题")] for kind, result in results.items()
    }
    assert headings["txt"] == headings["docx"]
    assert headings["txt"][0].startswith("分解表第 5 行“二、造林绿化”是跨整行的分组标题")
    assert _tasks(results["txt"])[0] == {
        "task": "公开林权登记信息",
        "lead": "林政股",
        "support": ["护林站"],
        "deadline": "2025年6月",
    }


def test_a_tab_copy_s_rows_under_a_group_heading_whose_words_name_columns_go_on_with_the_table(tmp_path):
    """公开重大建设项目信息 (项目: a 工作任务 head's word) and 施工进度 (进度: a 完成时限 head's) in the first row under
    “二、项目建设” made the old text import take that row for a table's head of its own: the rows under it were lost to
    the text (这一部分没有表格)."""
    rows = [
        GROUPED[0],
        ("一、林权管理",),
        GROUPED[2],
        ("二、项目建设",),
        ("2", "公开重大建设项目信息", "施工进度每月公开。竣工验收结果及时公开", "规划股", "2025年12月"),
        ("3", "公开造林任务", "年度造林计划在三月底前公布", "造林股", "2025年3月"),
    ]
    results = {
        kind: imported(write(tmp_path / f"plan.{kind}", rows), tmp_path, PLUGINS, documents=True)
        for kind, write in (("txt", _txt), ("docx", _docx))
    }
    tasks = _tasks(results["txt"])
    assert tasks == _tasks(results["docx"])
    assert [task["task"] for task in tasks] == ["公开林权登记信息", "公开重大建设项目信息", "公开造林任务"]
    assert not _said(results["txt"], "没有表格")
