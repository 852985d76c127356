"""The agency's own small tables in a 2008-edition report (类别｜条数、答复结果｜件数 …): kept in the part where they
stood as ``{columns, rows}``, read into the figures only where a table lists one list's items without doubt, and
validated, printed and checked like the rest of the text."""
from __future__ import annotations

import csv
import io

import docx
import lxml.html
import pdfplumber
import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.errors import InvalidData
from reportkit.importers import figures2008
from reportkit.pipeline import prepare, render
from reportkit.plugins import load_plugins
from reportkit.testing import check

from _import_helpers import CHROMIUM, chromium_pdf, imported, render_source
from _kinds import W
from test_attachments import word_centre

PLUGINS = load_plugins()

# Written for this test; the agency and its figures are made up. A list is a table: its rows, the first the head.
REPORT = [
    ("title", "某县林业局2013年政府信息公开工作年度报告"),
    ("text", "依照《中华人民共和国政府信息公开条例》，本局编写了2013年度的信息公开工作报告。"),
    ("text", "一、概述"),
    ("text", "局领导班子分管信息公开，办公室具体承办，年初列出了全年公开清单。"),
    ("text", "二、主动公开政府信息情况"),
    ("text", "全年主动公开的信息按类别统计如下。"),
    ("table", [["类别", "条数"], ["机构职能", "12"], ["政策法规", "30"], ["规划计划", "8"], ["合计", "50"]]),
    ("text", "三、依申请公开政府信息情况"),
    ("text", "本年度共收到政府信息公开申请8件，答复的结果见下表。"),
    ("table", [["答复结果", "件数"], ["同意公开", "5"], ["部分公开", "1"], ["不予公开", "2"]]),
    ("text", "（一）受理渠道"),
    ("text", "申请人递交申请的方式如下。"),
    ("table", [["递交方式", "件数"], ["当面递交", "3"], ["网上提交", "5"]]),
    ("text", "四、栏目建设"),
    ("text", "林权和采伐两个专栏更新较勤。"),
    ("table", [["栏目", "更新次数", "备注"], ["林权公示", "14", "按月"], ["采伐审批", "9", "bet365比分网"]]),
    ("text", "五、政府信息公开工作存在的主要问题及改进措施"),
    ("text", "部分股室报送信息不够及时，下一年度将建立定期报送制度。"),
    ("right", "某县林业局"),
    ("right", "2014年3月18日"),
]
#: Where each table of REPORT is in the data, as the import nests it.
KEPT = ("sections", "applications", "content", 2, "content", 1)
OWN = ("sections", "own", 0, "content", 1)


def _source(tmp_path, fmt: str, report=REPORT):
    """``report`` as a web page, a Word document or a text file (a table's row a line of tabs, as a browser copies)."""
    source = tmp_path / f"linye-2013.{fmt}"
    if fmt == "txt":
        lines = [line for kind, item in report for line in (["\t".join(r) for r in item] if kind == "table" else [item])]
        source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif fmt == "html":
        def html(kind, item):
            if kind == "table":
                return '<table border="1">' + "".join(
                    "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in item) + "</table>"
            return {"title": "<h1>{}</h1>", "right": '<p style="text-align:right">{}</p>'}.get(kind, "<p>{}</p>").format(item)
        body = "\n".join(html(*entry) for entry in report)
        source.write_text(f'<html><head><meta charset="utf-8"></head><body>\n{body}\n</body></html>', encoding="utf-8")
    else:
        document = docx.Document()
        for kind, item in report:
            if kind == "table":
                table = document.add_table(rows=len(item), cols=len(item[0]))
                for r, row in enumerate(item):
                    for c, text in enumerate(row):
                        table.cell(r, c).text = text
                continue
            paragraph = document.add_paragraph(item)
            paragraph.alignment = {"title": 1, "right": 2}.get(kind)
        document.save(str(source))
    return source


def _import(tmp_path, fmt="html", report=REPORT):
    result = imported(_source(tmp_path, fmt, report), tmp_path, PLUGINS)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


@pytest.mark.parametrize("fmt", ["html", "docx", "txt"])
def test_a_table_of_the_agencys_own_is_kept_where_it_stood(tmp_path, fmt):
    result, data = _import(tmp_path, fmt)
    sections = data["sections"]
    # Under its heading, after the paragraph it followed; whole numbers as numbers.
    assert sections["applications"]["content"][2] == {"heading": "受理渠道", "content": [
        "申请人递交申请的方式如下。", {"columns": ["递交方式", "件数"], "rows": [["当面递交", 3], ["网上提交", 5]]}]}
    # A part of the agency's own keeps its table of three columns, text and all.
    assert sections["own"] == [{"title": "栏目建设", "order": 350, "content": [
        "林权和采伐两个专栏更新较勤。",
        {"columns": ["栏目", "更新次数", "备注"], "rows": [["林权公示", 14, "按月"], ["采伐审批", 9, "bet365比分网"]]}]}]
    assert not any("表格" in f.message for f in result.findings), result.findings
    assert result.ok, result.diagnostics
    # The data file writes a table's head and each of its rows on one line.
    assert "  - columns: [栏目, 更新次数, 备注]\n" in result.target.read_text(encoding="utf-8")
    assert "      - [采伐审批, 9, bet365比分网]\n" in result.target.read_text(encoding="utf-8")


def test_a_table_listing_one_lists_items_gives_the_figures(tmp_path):
    result, data = _import(tmp_path)
    sections = data["sections"]
    # 类别｜条数 with a 合计 equal to the items' sum: the categories and the year's total; the table is printed again
    # from the figures, so it is taken out.
    assert sections["active_disclosure"] == {"figures": {
        "categories": [{"name": "机构职能", "count": 12}, {"name": "政策法规", "count": 30}, {"name": "规划计划", "count": 8}],
        "total": 50, "show": "table"}, "content": ["全年主动公开的信息按类别统计如下。"]}
    # 答复结果｜件数: the outcomes, with the received count of the sentence before it; the sentence stays in the text,
    # and so does the table it points to (见下表), as written: together they state every figure.
    assert sections["applications"]["figures"] == {"received": 8, "outcomes": [
        {"name": "同意公开", "count": 5}, {"name": "部分公开", "count": 1}, {"name": "不予公开", "count": 2}]}
    assert sections["applications"]["content"][:2] == ["本年度共收到政府信息公开申请8件，答复的结果见下表。", {
        "columns": ["答复结果", "件数"], "rows": [["同意公开", 5], ["部分公开", 1], ["不予公开", 2]]}]
    # Where each figure was, for check to name.
    places = result.imported.places
    assert places[("sections", "applications", "figures", "outcomes", 2)] == "第 2 个表格第 4 行"
    assert places[("sections", "active_disclosure", "figures", "total")] == "第 1 个表格第 5 行"
    assert places[(*KEPT, "rows", 1)] == "第 3 个表格第 3 行"


@pytest.mark.parametrize("rows", [
    [["答复结果", "件数"], ["同意公开", "5"], ["部分公开", "1"], ["合计", "7"]],  # 合计 is not the sum
    [["答复结果", "件数"], ["同意公开", "5"], ["同意公开", "1"]],  # one name twice
    [["答复结果", "件数"], ["同意公开", "5"], ["部分公开", "约1"]],  # not a whole count
    [["答复结果", "件数", "占比"], ["同意公开", "5", "80%"], ["部分公开", "1", "20%"]],  # a third column
    [["答复方式", "件数"], ["书面", "5"], ["电子邮件", "1"]],  # how answered, not what
    [["答复结果", "件数"], ["收到政府信息公开申请", "6"], ["同意公开", "6"]],  # a label of another figure
    [["答复结果", "件数"], ["2013年同意公开", "5"]],  # a name with digits
])
def test_a_table_read_in_doubt_gives_no_figures(rows):
    assert figures2008.read_list("applications", rows) is None


def test_the_lists_that_tables_give(tmp_path):
    assert figures2008.read_list("applications", [["申请方式（件）", "数量"], ["1.当面", "2件"], ["网上", "3"], ["合 计", "5"]]) == (
        {"channels": [{"name": "当面", "count": 2}, {"name": "网上", "count": 3}], "received": 5},
        {("channels", 0): 1, ("channels", 1): 2, ("received",): 3})
    # A list is the part's own: no outcomes in the part on disclosure, no 合计 for channels that have no total.
    assert figures2008.read_list("disclosure", [["答复结果", "件数"], ["同意公开", "5"]]) is None
    assert figures2008.read_list("disclosure", [["公开渠道", "条数"], ["网站", "5"], ["合计", "5"]]) is None


def test_a_list_whose_total_the_text_gives_otherwise_stays_a_table(tmp_path):
    report = [(kind, "本年度共主动公开政府信息60条，按类别统计如下。" if item == "全年主动公开的信息按类别统计如下。" else item)
              for kind, item in REPORT]
    report = [entry for entry in report if entry != ("table", REPORT[6][1])]
    report.insert(6, ("table", REPORT[6][1][:-1]))  # no 合计: the categories sum to 50, the text says 60
    result, data = _import(tmp_path, report=report)
    part = data["sections"]["active_disclosure"]
    assert part["figures"] == {"total": 60}
    assert part["content"][1] == {"columns": ["类别", "条数"],
                                  "rows": [["机构职能", 12], ["政策法规", 30], ["规划计划", 8]]}
    assert result.ok, result.diagnostics


def test_a_table_read_in_part_stays_whole_and_its_figures_are_not_printed_twice(tmp_path):
    report = [entry for entry in REPORT if entry[1] not in ("本年度共收到政府信息公开申请8件，答复的结果见下表。", REPORT[9][1])]
    at = report.index(("text", "三、依申请公开政府信息情况")) + 1
    report.insert(at, ("table", [["项目", "数量"], ["收到政府信息公开申请", "9"], ["答复申请", "9件"], ["电话咨询", "40次"]]))
    result, data = _import(tmp_path, report=report)
    part = data["sections"]["applications"]
    assert part["figures"] == {"received": 9, "answered": 9}
    assert part["content"][0] == {"columns": ["项目", "数量"], "rows": [
        ["收到政府信息公开申请", 9], ["答复申请", "9件"], ["电话咨询", "40次"]]}
    assert any("从正文的表格里读出的，原表仍留在正文中" in note for note in result.imported.notes)
    html = render_source(result.target, "html", tmp_path).read_text(encoding="utf-8")
    assert "电话咨询" in html and "答复申请" in html
    assert "本年度共收到政府信息公开申请9件" not in html  # the table gives both figures: no sentence for them


@pytest.mark.parametrize("fmt", ["docx", "pdf", "pdf-typst", "html"])
def test_a_kept_table_prints_as_a_table_where_it_stood(tmp_path, fmt):
    result, _ = _import(tmp_path)
    target = render_source(result.target, fmt, tmp_path)
    if fmt == "docx":
        document = docx.Document(str(target))
        tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]
        assert [["递交方式", "件数"], ["当面递交", "3"], ["网上提交", "5"]] in tables
        assert [["栏目", "更新次数", "备注"], ["林权公示", "14", "按月"], ["采伐审批", "9", "bet365比分网"]] in tables
    elif fmt == "html":  # the page for a website (render -f html), and the WeasyPrint PDF's HTML
        prepared = prepare(result.target, PLUGINS)
        page = render(prepared.document, prepared.layout, "html", PLUGINS.registry).data.decode("utf-8")
        for html in (page, target.read_text(encoding="utf-8")):
            root = lxml.html.fromstring(html)
            tables = [[[cell.text_content().strip() for cell in row.iter("th", "td")] for row in table.iter("tr")]
                      for table in root.iter("table")]
            assert [["递交方式", "件数"], ["当面递交", "3"], ["网上提交", "5"]] in tables
            text = root.text_content()
            assert text.index("申请人递交申请的方式如下。") < text.index("当面递交") < text.index("栏目建设")
    else:
        with pdfplumber.open(io.BytesIO(target.read_bytes())) as pdf:
            rows = [row for page in pdf.pages for table in page.extract_tables() for row in table]
        assert ["当面递交", "3"] in rows and ["林权公示", "14", "按月"] in rows


def test_check_names_a_table_row_of_the_agencys_own(tmp_path):
    source = _source(tmp_path, "html")
    result = CliRunner().invoke(cli, ["check", str(source), "--report", str(tmp_path / "r.csv"), "-j", "1"])
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        rows = {row["rule"]: row for row in csv.DictReader(f)}
    assert rows["injected-text"]["place"] == "第 4 个表格第 3 行", (result.output, rows)


def test_a_table_written_by_hand_is_validated_where_it_is():
    data = {"kind": "annual-report", "edition": "2008", "year": 2013, "agency": "某县林业局",
            "sections": {"overview": {"content": [{"heading": "工作机构", "content": [
                {"columns": ["股室", "人数"], "rows": [["办公室", 3], ["林政股"]]}]}]}}}
    with pytest.raises(InvalidData) as caught:
        check(data)
    assert "sections.overview.content[1].content[1].rows[2]：第 2 行的单元格共占 1 列，而表头有 2 列" in str(caught.value)


def test_a_table_of_one_row_is_a_paragraph_of_its_cells_and_a_blank_one_is_left_out(tmp_path):
    at = REPORT.index(("text", "局领导班子分管信息公开，办公室具体承办，年初列出了全年公开清单。")) + 1
    report = REPORT[:at] + [("table", [["信息员", "2人", "2人"]]), ("table", [["", ""], ["", ""]])] + REPORT[at:]
    result, data = _import(tmp_path, report=report)
    assert data["sections"]["overview"]["content"] == [REPORT[at - 1][1], "信息员\u30002人"]
    assert result.imported.places[("sections", "overview", "content", 1)] == "第 1 个表格"


def test_next_years_file_keeps_a_tables_head_and_row_names(tmp_path):
    result, _ = _import(tmp_path)
    target = tmp_path / "2014.yaml"
    run = CliRunner().invoke(cli, ["init", "--from", str(result.target), "-o", str(target)])
    assert run.exit_code == 0, run.output
    text = target.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data["sections"]["own"][0]["content"][1] == {"columns": ["栏目", "更新次数", "备注"], "rows": [
        ["林权公示", "【请填写】", "【请填写】"], ["采伐审批", "【请填写】", "【请填写】"]]}
    assert '# 上年：["林权公示", 14, "按月"]' in text


# A table with merged cells: 信息员 over two rows (rowspan / vMerge), 合计 over two columns (colspan / gridSpan).
MERGED_AT = REPORT.index(("text", "局领导班子分管信息公开，办公室具体承办，年初列出了全年公开清单。")) + 1
MERGED_HTML = ('<table border="1" style="border-collapse:collapse"><tr><td>股室</td><td>岗位</td><td>人数</td></tr>'
               '<tr><td>办公室</td><td rowspan="2">信息员</td><td>2</td></tr><tr><td>林政股</td><td>1</td></tr>'
               '<tr><td colspan="2">合计</td><td>3</td></tr></table>')
#: How the data keeps it: each merged cell as {text, rowspan / colspan}, the cells it covers left out.
MERGED_KEPT = {"columns": ["股室", "岗位", "人数"], "rows": [["办公室", {"text": "信息员", "rowspan": 2}, 2], ["林政股", 1],
                                                       [{"text": "合计", "colspan": 2}, 3]]}


def _merged_source(tmp_path, fmt: str):
    """REPORT with the merged table in the overview, as a web page, a Word document or a PDF printed from the page."""
    if fmt == "docx":
        source = _source(tmp_path, "docx", REPORT[:MERGED_AT] + [("table", [["股室", "岗位", "人数"], ["办公室", "", "2"],
                                                                         ["林政股", "", "1"], ["", "", "3"]])] + REPORT[MERGED_AT:])
        document = docx.Document(str(source))
        table = document.tables[0]
        table.cell(1, 1).merge(table.cell(2, 1)).text = "信息员"
        table.cell(3, 0).merge(table.cell(3, 1)).text = "合计"
        document.save(str(source))
        return source
    page = _source(tmp_path, "html", REPORT[:MERGED_AT] + [("text", "\ue002")] + REPORT[MERGED_AT:])
    page.write_text(page.read_text(encoding="utf-8").replace("<p>\ue002</p>", MERGED_HTML), encoding="utf-8")
    if fmt == "html":
        return page
    if not CHROMIUM:
        pytest.skip("no Chromium installed")
    return chromium_pdf(page.read_text(encoding="utf-8"), tmp_path)


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_a_merged_cell_is_kept_with_its_span(tmp_path, fmt):
    result = imported(_merged_source(tmp_path, fmt), tmp_path, PLUGINS)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert data["sections"]["overview"]["content"][1] == MERGED_KEPT
    assert result.ok, result.diagnostics


@pytest.mark.parametrize("source", ["html", "docx"])
@pytest.mark.parametrize("fmt", ["docx", "pdf", "pdf-typst", "html"])
def test_a_merged_cell_prints_merged_again(tmp_path, source, fmt):
    """The imported report re-rendered: 合计 one cell over two columns, 信息员 one over two rows, in every format."""
    result = imported(_merged_source(tmp_path, source), tmp_path, PLUGINS)
    target = render_source(result.target, fmt, tmp_path)
    if fmt == "docx":
        table = docx.Document(str(target)).tables[0]
        rows = [[cell.text for cell in row.cells] for row in table.rows]
        assert rows[:4] == [["股室", "岗位", "人数"], ["办公室", "信息员", "2"], ["林政股", "信息员", "1"], ["合计", "合计", "3"]]
        assert table.rows[3]._tr.find(f"{W}tc/{W}tcPr/{W}gridSpan").get(f"{W}val") == "2"
        assert table.rows[1]._tr.findall(f"{W}tc")[1].find(f"{W}tcPr/{W}vMerge").get(f"{W}val") == "restart"
    elif fmt == "html":
        cells = lxml.html.fromstring(target.read_text(encoding="utf-8")).xpath("//table[.//td[.='合计']]//td")
        spans = {cell.text_content(): (cell.get("colspan"), cell.get("rowspan")) for cell in cells}
        assert spans["合计"] == ("2", None) and spans["信息员"] == (None, "2"), spans
        assert "" not in spans, spans  # no empty cell beside them
    else:
        with pdfplumber.open(str(target)) as pdf:
            page = next(page for page in pdf.pages if "合计" in "".join(ch["text"] for ch in page.chars))
            (head, _), (post, _), (total, _) = (word_centre(page, word) for word in ("股室", "岗位", "合计"))
        assert abs(total - (head + post) / 2) < 3, (total, head, post)  # centred under both heads


def test_next_years_file_keeps_a_tables_merged_cells(tmp_path):
    """A merged cell mirrored for next year keeps its span (its text a placeholder), so each row still fills the head."""
    result = imported(_merged_source(tmp_path, "html"), tmp_path, PLUGINS)
    target = tmp_path / "2014.yaml"
    run = CliRunner().invoke(cli, ["init", "--from", str(result.target), "-o", str(target)])
    assert run.exit_code == 0, run.output
    table = next(item for item in yaml.safe_load(target.read_text(encoding="utf-8"))["sections"]["overview"]["content"]
                 if isinstance(item, dict))
    assert table["rows"] == [["办公室", {"text": "【请填写】", "rowspan": 2}, "【请填写】"], ["林政股", "【请填写】"],
                             [{"text": "合计", "colspan": 2}, "【请填写】"]]


def test_a_table_a_page_break_splits_keeps_the_merges_of_its_second_part():
    from reportkit.importers.source import Grid, Published

    published = Published("x.html")
    published.add(Grid([["股室", "岗位", "人数"], ["办公室", "信息员", "2"]], ["甲第 1 行", "甲第 2 行"], "甲"))
    published.add(Grid([["股室", "岗位", "人数"], ["林政股", "内勤", "1"], ["合计", "合计", "3"]],
                       ["乙第 1 行", "乙第 2 行", "乙第 3 行"], "乙", [(2, 0, 1, 2)]))
    [grid] = published.items
    assert grid.spans == [(3, 0, 1, 2)] and grid.rows[3] == ["合计", "合计", "3"]


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_a_table_in_the_preamble_is_kept_as_paragraphs_and_named(tmp_path, fmt):
    at = REPORT.index(("text", "一、概述"))
    report = REPORT[:at] + [("table", [["编制单位", "县林业局办公室"], ["数据截止", "2013年12月31日"]])] + REPORT[at:]
    result, data = _import(tmp_path, fmt, report)
    assert data["preamble"] == [REPORT[1][1], "编制单位\u3000县林业局办公室", "数据截止\u30002013年12月31日"]
    [finding] = [f for f in result.findings if "前言" in f.message]
    assert "第 1 个表格" in finding.message and "“编制单位\u3000县林业局办公室”起" in finding.message
    assert "移到某一部分的 content 下" in finding.message
    assert result.imported.places[("preamble", 2)] == "第 1 个表格第 2 行"
    assert result.ok, result.diagnostics


def _with_table(table: dict) -> dict:
    return {"kind": "annual-report", "edition": "2008", "year": 2013, "agency": "某县林业局", "sections": {
        "applications": {"figures": {"received": 8}, "content": ["答复情况如下。", table]}}}


def test_r9_compares_the_figures_with_a_kept_tables_row():
    table = {"columns": ["项目", "数量"], "rows": [["收到政府信息公开申请", 9], ["电话咨询", "40次"]]}
    findings = [d for d in check(_with_table(table)).diagnostics.items if d.rule == "R9"]
    assert [d.path for d in findings] == [("sections", "applications", "figures", "received")], findings
    assert "的表格写的是“收到政府信息公开申请9”（9），而 figures 的" in findings[0].message
    table["rows"][0][1] = 8
    assert not [d for d in check(_with_table(table)).diagnostics.items if d.rule == "R9"]


def test_a_fifth_level_heading_in_a_2008_part_is_refused_without_saying_tables_may_not_go_there():
    fourth = {"heading": "信息员", "content": ["每个股室一名。", {"heading": "培训", "content": ["年中集中培训一次。"]}]}
    data = {"kind": "annual-report", "edition": "2008", "year": 2013, "agency": "某县林业局", "sections": {"overview": {
        "content": [{"heading": "机构", "content": [{"heading": "人员", "content": [fourth]}]}]}}}
    with pytest.raises(InvalidData) as caught:
        check(data)
    assert "“培训”是第五级标题" in str(caught.value) and "只能写段落" not in str(caught.value)


def test_the_starter_names_tables_for_a_2008_parts_content(tmp_path):
    target = tmp_path / "2013.yaml"
    run = CliRunner().invoke(cli, ["init", "annual-report", "--year", "2013", "-o", str(target)])
    assert run.exit_code == 0, run.output
    text = target.read_text(encoding="utf-8")
    assert "或本机关的小表格（写成 {columns: [类别, 条数], rows: [[机构职能, 12]]}）" in text
    assert "补充说明（段落、小表格）" in text
