"""2008-edition reports: a table of the categories whose total row is labelled as reportkit prints it
(本年度主动公开总数, maybe 历年累计主动公开 under it) or as agencies write it (本年度共主动公开, first or last, a 序号
column), read back when it differs from reportkit's own printing (a share cut in its last place, a row added), with
every figure; a total that is not the rows' sum is a finding at its row. A list in a sentence whose last item is its
合计 (政策法规类66条，业务工作类41条，合计107条) gives that total."""
from __future__ import annotations

import docx
import yaml

from reportkit.errors import ERROR, NOTE

from _import_helpers import import_text, imported, render_source

_CATEGORIES = [{"name": "政策法规类", "count": 66}, {"name": "业务工作类", "count": 41}]


def _report(part: str) -> str:
    """A report written for these tests whose 主动公开 part is ``part`` (lines, a table's cells by tabs)."""
    return ("青石县林业局2010年政府信息公开工作年度报告\n一、主动公开政府信息情况\n"
            "本局通过县政府网站和办事大厅公开栏公开林木采伐、造林补贴等事项。\n" + part +
            "二、依申请公开政府信息情况\n本年度共收到政府信息公开申请4件，已答复4件。\n"
            "三、存在的主要问题及改进措施\n公开栏更新不够及时，下一年度将按月检查。\n青石县林业局\n2011年3月15日\n")


_HEAD = "类别\t条数\t占本年度总数的比例\n"
_ROWS = "政策法规类\t66\t61.6%\n业务工作类\t41\t38.3%\n"


def test_reportkit_s_total_row_with_a_share_cut_gives_every_figure(tmp_path):
    result, data = import_text(tmp_path, "q.txt", _report(_HEAD + _ROWS + "本年度主动公开总数\t107\t100%\n"
                                                          "历年累计主动公开\t900\n"))
    part = data["sections"]["active_disclosure"]
    assert part["figures"] == {"total": 107, "cumulative": 900, "categories": _CATEGORIES}
    assert part["content"][1]["rows"][2] == ["本年度主动公开总数", 107, "100%"]
    notes = [f for f in result.findings if "表中写的是 61.6%" in f.message]
    assert len(notes) == 1 and notes[0].severity == NOTE


def test_a_cumulative_row_the_text_gives_otherwise_is_a_finding(tmp_path):
    result, data = import_text(tmp_path, "q.txt", _report(_HEAD + _ROWS + "本年度主动公开总数\t107\t100%\n"
                                                          "历年累计主动公开\t900\n本局历年累计主动公开政府信息950条。\n"))
    figures = data["sections"]["active_disclosure"]["figures"]
    assert figures["total"] == 107 and figures["categories"] == _CATEGORIES
    assert "请填写" in figures["cumulative"]
    assert any("“历年累计主动公开900”" in f.message and "950条" in f.message for f in result.findings)


def test_the_total_row_first_and_a_row_added(tmp_path):
    _, data = import_text(tmp_path, "q.txt", _report(_HEAD + "本年度主动公开总数\t107\t100%\n政策法规类\t66\t61.7%\n"
                                                     "业务工作类\t41\t38.3%\n其他类\t0\t0%\n"))
    assert data["sections"]["active_disclosure"]["figures"]["categories"] == [*_CATEGORIES, {"name": "其他类", "count": 0}]
    assert data["sections"]["active_disclosure"]["figures"]["total"] == 107


def test_an_agency_s_total_label_and_a_numbered_table(tmp_path):
    _, data = import_text(tmp_path, "q.txt", _report("序号\t类别\t条数\n1\t政策法规类\t66\n2\t业务工作类\t41\n"
                                                     "本年度共主动公开\t\t107\n"))
    assert data["sections"]["active_disclosure"]["figures"] == {"total": 107, "categories": _CATEGORIES, "show": "table"}


def test_a_total_row_not_the_rows_sum_is_a_finding_at_it(tmp_path):
    result, data = import_text(tmp_path, "q.txt", _report(_HEAD + _ROWS + "本年度主动公开总数\t108\t100%\n"))
    found = [f for f in result.findings if "所列各类别之和为 107 条" in f.message]
    assert len(found) == 1 and found[0].severity == ERROR and found[0].place == "第 7 行"
    assert "“本年度主动公开总数”一行为 108 条" in found[0].message
    assert "categories" not in data["sections"]["active_disclosure"].get("figures", {})


def test_reportkit_s_docx_with_a_share_edited_gives_every_figure(tmp_path):
    source = tmp_path / "q.yaml"
    source.write_text(yaml.safe_dump({
        "kind": "annual-report", "year": 2010, "agency": "青石县林业局", "date": "2011-03-15",
        "sections": {"active_disclosure": {"figures": {"total": 107, "cumulative": 900, "categories": _CATEGORIES,
                                                       "show": "table"},
                                           "content": ["本局通过县政府网站和办事大厅公开栏公开林木采伐、造林补贴等事项。"]},
                     "applications": {"figures": {"received": 4, "answered": 4}},
                     "problems": {"content": ["公开栏更新不够及时，下一年度将按月检查。"]}}}, allow_unicode=True),
        encoding="utf-8")
    document = docx.Document(render_source(source, "docx", tmp_path))
    table = next(t for t in document.tables if "本年度主动公开总数" in t.rows[-2].cells[0].text)
    assert table.rows[1].cells[2].text == "61.7%"
    table.rows[1].cells[2].paragraphs[0].runs[0].text = "61.6%"
    document.save(tmp_path / "edited.docx")
    result = imported(tmp_path / "edited.docx", tmp_path)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert data["sections"]["active_disclosure"]["figures"] == {"total": 107, "cumulative": 900,
                                                                "categories": _CATEGORIES}


def test_a_list_with_its_own_total_last_gives_the_total(tmp_path):
    _, data = import_text(tmp_path, "q.txt", _report("按类别分，政策法规类66条，业务工作类41条，合计107条。\n"))
    assert data["sections"]["active_disclosure"]["figures"] == {"total": 107, "categories": _CATEGORIES}


def test_a_list_s_total_last_not_its_sum_is_a_finding(tmp_path):
    result, _ = import_text(tmp_path, "q.txt", _report("按类别分，政策法规类66条，业务工作类41条，总计108条。\n"))
    found = [f for f in result.findings if "所列各类别之和为 107 条，而“总计”为 108 条" in f.message]
    assert len(found) == 1 and found[0].severity == ERROR


def test_channels_with_their_total_last_after_the_received_count(tmp_path):
    text = _report("").replace("本年度共收到政府信息公开申请4件，已答复4件。",
                               "本年度共收到政府信息公开申请4件，其中当面申请1件、网上申请3件，共计4件。已答复4件。")
    _, data = import_text(tmp_path, "q.txt", text)
    assert data["sections"]["applications"]["figures"]["channels"] == [{"name": "当面申请", "count": 1},
                                                                       {"name": "网上申请", "count": 3}]
