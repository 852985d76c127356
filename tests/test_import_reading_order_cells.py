"""A PDF's text copied in reading order (pdftotext without -layout or with -raw, a PDF reader's select-all): each cell
of the statistics tables on a line of its own (or a row's figures on its label's line), heads' and groups' labels in
pieces (自然 / 人, 三、 / 本年 / 度办 …), a long row label over two lines. Import used to say first that such tables
cannot be read and leave every figure a placeholder. A row label followed by exactly its row's figures is now that
row; tables 三's and 四's heads are the format's. Where the figures after a label are more or fewer, or follow no
label, nothing is guessed: the rows stay placeholders and a finding at the table says where and why."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from test_import_copied_tables import _report, _rows
from test_import_layout_copy import _flat

from reportkit.importers.commands import check_rows
from reportkit.plugins import load_plugins

from _import_helpers import import_text, imported

PLUGINS = load_plugins()
#: How a cut figure cell is said (the mapper's placeholder): 【请填写：表三“…”“自然人”】.
_PLACEHOLDER = "【请填写"
#: Table 三's head as narrow cells break it, a piece a line.
_HEAD_PIECES = {"自然人": "自然\n人", "商业企业": "商业\n企业", "社会公益组织": "社会\n公益\n组织",
                "法律服务机构": "法律\n服务\n机构"}


def _cells(text: str, head_in_pieces: bool = True) -> str:
    """``text``, a PDF reader's copy whose cells spaces part, as a copy in reading order gives it: a cell a line, table
    三's head and its groups' labels in pieces (``head_in_pieces``), 部分公开's label over two lines."""
    lines = [word for line in text.split("\n") for word in (line.split() or [""])]
    out = "\n".join(lines)
    if head_in_pieces:
        for whole, pieces in _HEAD_PIECES.items():
            out = out.replace(f"\n{whole}\n", f"\n{pieces}\n", 1)
        out = out.replace("\n三、本年度办理结果\n", "\n三、\n本年\n度办\n理结\n果\n")
        out = out.replace("\n（三）不予公开\n", "\n（三）\n不予公\n开\n")
    return out.replace("只计这一情形，不计其他情形）", "只计这一情形，\n不计其他情形）")


def _tables(tmp_path: Path, text: str, name: str):
    result, data = import_text(tmp_path, name, text, PLUGINS)
    return result, data["tables"]


def _messages(result) -> list[tuple[str, str]]:
    return [(f.place, f.message) for f in result.findings]


@pytest.mark.parametrize("head_in_pieces", [False, True], ids=["whole-heads", "heads-in-pieces"])
def test_a_copy_a_cell_a_line_reads_the_tables_as_the_rows_copy_does(tmp_path, head_in_pieces):
    """Each cell a line (the head's and groups' labels whole, or in pieces; 部分公开 over two lines): tables 二 to 四
    read to the same figures as the copy that keeps each row on a line, and nothing is said of the copy."""
    _, want = _tables(tmp_path, _report(_rows()), "rows.txt")
    result, got = _tables(tmp_path, _cells(_report(_rows()), head_in_pieces), "cells.txt")
    assert got == want
    assert got["applications"]["results"]["partly_granted"]["legal_service_agency"] == 1
    assert not [m for _, m in _messages(result) if "阅读顺序" in m or "表二" in m or "表三" in m or "表四" in m]


def test_a_label_followed_by_more_figures_than_its_row_has_is_not_guessed(tmp_path):
    """二、上年结转 followed by 10 figures (a row's 7 and three more): which 7 are its own is not told. Its cells are
    placeholders, the rows after it read; a finding at the table names its line and why, one first says what such a
    copy is."""
    text = _cells(_report(_rows(r1="二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1 4 4 4")))
    lines = text.split("\n")
    head = lines.index("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）") + 1
    row = lines.index("二、上年结转政府信息公开申请数量") + 1
    result, got = _tables(tmp_path, text, "cells.txt")
    three = got["applications"]
    assert all(str(value).startswith(_PLACEHOLDER) for value in three["carried_over"].values())
    assert three["new_received"]["total"] == 14 and three["results"]["granted"]["total"] == 7
    assert three["carried_forward"]["natural_person"] == 1
    said = dict(_messages(result))
    assert said["文首"].startswith("这份文本像是从 PDF 按阅读顺序复制的") and "对不上的行没有猜" in said["文首"]
    assert f"第 {row} 行“二、上年结转政府信息公开申请数量”后面跟着 10 个数字（1 0 0 0 0 0 1 4…），这一行应有 7 个" \
        in said[f"第 {head} 行"]


def test_figures_that_come_by_column_are_not_guessed(tmp_path):
    """Table 三's labels first, its figures after them all (a copy by column): no label is followed by its figures
    alone. No figure of table 三 is read; tables 二 and 四 are; the finding names the last label and its figures."""
    rows = _rows()
    labels = [row.rsplit(" ", 7)[0] for row in rows]
    figures = [figure for row in rows for figure in row.split()[-7:]]
    result, got = _tables(tmp_path, _cells(_report(labels + [" ".join(figures)]), head_in_pieces=False), "cells.txt")
    assert all(str(value).startswith(_PLACEHOLDER) for _, value in _flat(got["applications"]["results"]["granted"]))
    assert got["active_disclosure"]["normative_documents"] == {"issued": 4, "repealed": 1, "in_force": 9}
    assert got["review_litigation"]["reconsideration"]["total"] == 1
    assert any("“四、结转下年度继续办理”后面跟着 175 个数字（10 3 0 0 1 0 14 0…），这一行应有 7 个" in m
               for _, m in _messages(result))


def test_labels_set_apart_from_every_figure_are_said_first(tmp_path):
    """Table 三's labels, then a sentence, then all its figures: no row label is followed by figures, and the copy is
    still a table a cell a line. Import says first that its tables cannot be read, and what to do."""
    rows = _rows()
    labels = [row.rsplit(" ", 7)[0] for row in rows]
    figures = [figure for row in rows for figure in row.split()[-7:]]
    text = _cells(_report([*labels, "各行的数字依次如下。", " ".join(figures)]), head_in_pieces=False)
    result, got = _tables(tmp_path, text, "cells.txt")
    assert all(str(value).startswith(_PLACEHOLDER) for _, value in _flat(got["applications"]["results"]["granted"]))
    assert dict(_messages(result))["文首"] == (
        "这份文本像是从 PDF 按阅读顺序复制的：统计表的每一格各占一行，行名和数字分开了。统计表里找不到行名后面紧跟着数字的行，"
        "表格读不出来：请直接导入 PDF 文件，或改用 PDF 阅读器的“另存为文本”（pdftotext -layout）保留版式的文本")


def test_table_fours_heads_each_followed_by_the_figures_under_them(tmp_path):
    """Table 四 copied a head's line, then the figures under it (LibreOffice's PDF): 行政复议's five labels and 5
    figures, 行政诉讼's groups, five labels and 5, then four labels and 4, 总计 and 1. Each run of figures is under as
    many labels, in the format's order: the 15 read. Where the runs do not match their labels, none is."""
    four = ["行政复议", "行政诉讼", "结果维持 结果纠正 其他结果 尚未审结 总计", "1\n0\n0\n1\n2",
            "未经复议直接起诉", "复议后起诉", "结果维持 结果纠正 其他结果 尚未审结 总计", "0\n1\n0\n0\n1",
            "结果维持 结果纠正 其他结果 尚未审结", "0\n0\n0\n1", "总计", "1"]
    text = _cells(_report(_rows()))
    start, end = text.index("\n行政复议\n"), text.index("\n五、存在的主要问题")
    result, got = _tables(tmp_path, text[:start + 1] + "\n".join(four) + text[end:], "cells.txt")
    assert got["review_litigation"] == {
        "reconsideration": {"upheld": 1, "corrected": 0, "other": 0, "pending": 1, "total": 2},
        "litigation_direct": {"upheld": 0, "corrected": 1, "other": 0, "pending": 0, "total": 1},
        "litigation_after_reconsideration": {"upheld": 0, "corrected": 0, "other": 0, "pending": 1, "total": 1}}
    assert not [m for _, m in _messages(result) if "表四" in m]
    four[-3], four[-1] = "0\n0\n0", "1\n1"  # 3 figures under four labels, 2 under 总计
    result, got = _tables(tmp_path, text[:start + 1] + "\n".join(four) + text[end:], "shifted.txt")
    assert all(str(value).startswith(_PLACEHOLDER) for _, value in _flat(got["review_litigation"]))
    assert any("排不成一行 15 格" in m and "各 5、5、3、2 个" in m for _, m in _messages(result))


def _pdftotext(tmp_path: Path, pdf: Path, *options: str) -> Path:
    """``pdf`` (conftest's ``example_pdf``) copied by pdftotext with ``options``."""
    copy = tmp_path / f"{pdf.stem}{''.join(options)}.txt"
    subprocess.run(["pdftotext", *options, str(pdf), str(copy)], check=True)
    return copy


def _example(example: str) -> dict:
    return dict(_flat(yaml.safe_load((Path("examples") / f"{example}.yaml").read_text(encoding="utf-8"))["tables"]))


def _read(got: dict, expected: dict) -> dict:
    """``got``'s figures (no placeholder) that the example has, or that it leaves out as 0 (a total it leaves out is
    the sum)."""
    return {path: value for path, value in got.items()
            if not str(value).startswith(_PLACEHOLDER) and (path in expected or value != 0 and "total" not in path)}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext (poppler-utils) installed")
@pytest.mark.parametrize("example", ["sample-2021", "xinzhou-2020"])
def test_a_rendered_report_read_back_from_pdftotext_raw(tmp_path, example_pdf, example):
    """``pdftotext -raw`` keeps a row's figures on its label's line but breaks the heads' and groups' labels into
    pieces a line each: every figure reads back as the example has it, and ``check`` finds nothing."""
    copy = _pdftotext(tmp_path, example_pdf(example, "pdf"), "-raw")
    result = imported(copy, tmp_path, PLUGINS)
    got = dict(_flat(yaml.safe_load(result.target.read_text(encoding="utf-8"))["tables"]))
    expected = _example(example)
    assert _read(got, expected) == expected
    assert all(value == 0 for path, value in got.items() if path not in expected and "total" not in path)
    rows = check_rows(copy, PLUGINS, tmp_path / "checked")
    assert [row["rule"] for row in rows if row["severity"] != "note"] == ["ok"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext (poppler-utils) installed")
@pytest.mark.parametrize("example", ["sample-2021", "xinzhou-2020"])
def test_a_rendered_report_read_back_from_pdftotext_in_reading_order(tmp_path, example_pdf, example):
    """``pdftotext`` without -layout: a cell a line, table 三's narrow label cells set apart from their figures. Tables
    二 and 四 read whole (2019's 本年增/减 with its note broken over two lines, -11（划至市行政审 / 批管理局）, too);
    table 三 too, by the order of its figures (s31: its rows read by their own labels agree with that order, each
    other row's 总计 is its sum); ``check`` finds nothing."""
    copy = _pdftotext(tmp_path, example_pdf(example, "pdf"))
    result = imported(copy, tmp_path, PLUGINS)
    got = dict(_flat(yaml.safe_load(result.target.read_text(encoding="utf-8"))["tables"]))
    expected = _example(example)
    assert _read(got, expected) == expected
    assert not [path for path, value in got.items() if str(value).startswith(_PLACEHOLDER)]
    rows = check_rows(copy, PLUGINS, tmp_path / "checked")
    assert [row["rule"] for row in rows if row["severity"] != "note"] == ["ok"]
