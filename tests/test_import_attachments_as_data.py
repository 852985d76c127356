"""The attachments after the 成文日期 are imported into ``attachments:`` (title, content, table, notes), from every
reader and for every kind, instead of being left out with a note to re-add them; what the data cannot hold of them (a
second table, a picture, an attachment with no text) is named in a finding; the 附件说明 over the 署名 goes without one
where its names are the attachments' titles, and says which have none where they are not."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import FORMATS, imported, page_as_text, render_source
from test_import_roundtrip import rendered

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")
#: Two attachments: one with headed content, a table with a cell merged over two rows, and notes under the table;
#: one of a paragraph.
ATTACHMENTS = [
    {"title": "本局政府信息公开申请办理情况明细",
     "content": ["本表按收到申请的先后排列，逐件写明办理结果。",
                 {"heading": "统计口径", "content": ["同一申请人就同一事项重复提出的，合并为一件。"]}],
     "table": {"columns": ["序号", "申请内容", "办理结果"],
               "rows": [[1, "某地块规划许可的批复文件", "予以公开"],
                        [2, {"text": "某项目征收补偿方案及其附图", "rowspan": 2}, "部分公开"],
                        [3, "不予公开"]]},
     "notes": ["注：办理结果以答复书所载为准。", "数据来源：本局办公室收文登记簿。"]},
    {"title": "信息公开工作联络人名单", "content": ["每个科室定一名联络员，负责本科室信息的报送和初审。"]},
]


def _attached(example: Path, folder: Path) -> Path:
    """``example`` with :data:`ATTACHMENTS`, in ``folder``."""
    data = yaml.safe_load(example.read_text(encoding="utf-8"))
    data["attachments"] = ATTACHMENTS
    target = folder / example.name
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


def _data(result) -> dict:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _page(tmp_path: Path, after: str) -> Path:
    """The sample's page (the PDF's HTML) with ``after`` under its 成文日期."""
    html = render_source(SAMPLE, "html", tmp_path, PLUGINS).read_text(encoding="utf-8")
    source = tmp_path / "page" / "page.html"
    source.parent.mkdir()
    source.write_text(html.replace("</body>", after + "</body>"), encoding="utf-8")
    return source


@pytest.mark.parametrize("fmt", [*FORMATS, "page"])
def test_a_report_s_attachments_come_back_as_their_data(fmt, tmp_path):
    """Rendered with two attachments (a table with a merged cell and notes in one), the report imports back with
    them: titles, content with its heading, the table's cells and the notes, and no finding (the 附件说明 names
    them); it validates."""
    source = rendered(_attached(SAMPLE, tmp_path), fmt, tmp_path)
    result = imported(source, tmp_path, PLUGINS)
    assert result.ok, [d.format() for d in result.diagnostics]
    assert result.findings == []
    assert _data(result)["attachments"] == ATTACHMENTS


@pytest.mark.parametrize("example", ["suzhou-2016-work-summary", "putian-2018-work-plan", "mianyang-2009"])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_summary_s_a_plan_s_and_a_2008_report_s_attachments_come_back(example, fmt, tmp_path):
    """A work summary, a work plan whose task table is its first attachment (附件1, still ``task_table``), and a
    2008-edition report: their attachments come back too, the rest of the data as without them."""
    source = render_source(_attached(Path(f"examples/{example}.yaml"), tmp_path), fmt, tmp_path, PLUGINS)
    result = imported(source, tmp_path, PLUGINS, documents=True)
    plain = tmp_path / "plain"
    plain.mkdir()
    expected = imported(render_source(Path(f"examples/{example}.yaml"), fmt, plain, PLUGINS), plain, PLUGINS,
                        documents=True)
    assert result.ok, [d.format() for d in result.diagnostics]
    assert result.findings == expected.findings
    data = _data(result)
    assert data.pop("attachments") == ATTACHMENTS
    assert data == _data(expected)


#: A page copied as text after its 成文日期: a 附件说明-less report's two attachments, the first with two tables.
TEXT_ATTACHMENTS = """\
附件1
窗口登记表
窗口每天登记来访人数。
事项\t件数
当面申请\t6
注：件数按登记簿统计。
事项\t金额
复制费\t30
收费按物价部门的标准。
附件2：联络人名单
每个科室一人，名单每年更新。
"""


def test_a_text_copy_s_attachments_and_what_does_not_fit_them(tmp_path):
    """From a text copy: the title on the 附件 line or the next line, a table (tab-separated) and the lines after it as
    notes; a second table is no field of an attachment: named, at its line, as not imported."""
    text = page_as_text(render_source(SAMPLE, "html", tmp_path, PLUGINS).read_text(encoding="utf-8"))
    source = tmp_path / "copied.txt"
    source.write_text(text + "\n" + TEXT_ATTACHMENTS, encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    assert result.ok, [d.format() for d in result.diagnostics]
    line = len(text.split("\n")) + 7  # the second table's head
    assert [(f.place, f.rule, f.message) for f in result.findings] == [
        (f"第 {line} 行起的表格", "attachments",
         "附件“窗口登记表”的第二个表格（表格：事项 金额）未导入：一个附件只能有一个表格，需要时请把它另写成一个附件的 table")]
    assert _data(result)["attachments"] == [
        {"title": "窗口登记表", "content": ["窗口每天登记来访人数。"],
         "table": {"columns": ["事项", "件数"], "rows": [["当面申请", 6]]},
         "notes": ["注：件数按登记簿统计。", "收费按物价部门的标准。"]},
        {"title": "联络人名单", "content": ["每个科室一人，名单每年更新。"]}]


def test_pictures_links_and_an_attachment_without_text_are_named(tmp_path):
    """A page's attachments: one of only links to its files (left out as before, no text lost), one with a picture
    under its text (imported, the picture named), one of only a picture (not imported, named)."""
    source = _page(tmp_path, '<p>附件1</p><p><a href="/f/a.xlsx">登记表.xlsx</a></p>'
                             '<p>附件2</p><p>办理流程</p><p>申请先经窗口登记，再转承办科室。</p><p><img src="a.png"></p>'
                             '<p>附件3</p><p>平面示意图</p><p><img src="b.png"></p>')
    result = imported(source, source.parent, PLUGINS)
    findings = [(f.rule, f.message) for f in result.findings]
    assert findings[0] == ("skipped", "成文日期之后的附件（从“附件1”起，链接的文件“登记表.xlsx”）未导入")
    assert findings[1][0] == "attachments" and findings[1][1].startswith("附件“办理流程”里的图片（第 ")
    assert findings[1][1].endswith("）未导入：需要时请把图片里的内容写进这个附件")
    assert findings[2][0] == "attachments" and findings[2][1].startswith("附件“平面示意图”里的图片（第 ")
    assert findings[3] == ("attachments", "成文日期之后的附件“平面示意图”没有文字，也没有表格，未导入："
                                          "需要时请在 attachments 下补写")
    assert len(findings) == 4
    assert _data(result)["attachments"] == [{"title": "办理流程", "content": ["申请先经窗口登记，再转承办科室。"]}]


NOTE = "附件：1.《窗口登记表》.docx\n2. 联络人名单\n3. 收费标准\n某县自然资源局\n2024年1月25日\n"


@pytest.mark.parametrize("names", [2, 3])
def test_the_attachment_note_goes_where_its_names_are_the_attachments(names, tmp_path):
    """The 附件说明 names the attachments imported (its numbers, 《》 and a file's extension aside): it goes without a
    finding, reportkit prints it again; a name with no attachment after the date is said in its finding."""
    text = page_as_text(render_source(SAMPLE, "html", tmp_path, PLUGINS).read_text(encoding="utf-8"))
    text = text[:text.rindex("某县自然资源局")] + NOTE.replace("3. 收费标准\n", "3. 收费标准\n" if names == 3 else "")
    source = tmp_path / "noted.txt"
    source.write_text(text + TEXT_ATTACHMENTS.replace("事项\t金额\n复制费\t30\n", ""), encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    assert result.ok, [d.format() for d in result.diagnostics]
    assert [f.message for f in result.findings] == [] if names == 2 else [
        "署名前的附件说明“附件：1.《窗口登记表》.docx”未导入：其中的“收费标准”在文后的附件里没有找到，"
        "需要时请在 attachments 下补写"]
    data = _data(result)
    assert [a["title"] for a in data["attachments"]] == ["窗口登记表", "联络人名单"]
    assert "收费标准" not in str(data) and "signature" not in data


def test_statistics_tables_printed_as_an_attachment_are_the_report_s_tables(tmp_path):
    """An annual report that prints 表二 to 表四 as its attachment: they are its tables, as if in the body (no attachment
    of a table and two “second tables” not imported), in one finding."""
    page = render_source(SAMPLE, "html", tmp_path, PLUGINS)
    html = page.read_text(encoding="utf-8")
    grids = [html[start:html.index("</table>", start) + len("</table>")]
             for start in (i for i in range(len(html)) if html.startswith("<table", i))]
    assert len(grids) == 3
    for grid in grids:
        html = html.replace(grid, "")
    source = _page(tmp_path, "")
    source.write_text(html.replace("</body>", "<p>附件：政府信息公开情况统计表</p>" + "".join(grids) + "</body>"),
                      encoding="utf-8")
    result, expected = imported(source, source.parent, PLUGINS), imported(page, tmp_path, PLUGINS)
    assert result.ok, [d.format() for d in result.diagnostics]
    assert [(f.rule, f.message) for f in result.findings] == [
        ("attachments", "成文日期之后的附件（从“附件：政府信息公开情况统计表”起）印的是统计表，不作为附件导入：其中的表格按正文的统计表读")]
    data = _data(result)
    assert "attachments" not in data and data["tables"] == _data(expected)["tables"]


@pytest.mark.parametrize(("tail", "findings", "attachments"), [
    ("附件：\n1.登记表.xlsx\n2.台账.pdf\n",
     [("attachments", "成文日期之后的附件（从“附件：”起）只写了文件名，未导入：需要时请在 attachments 下补写")], None),
    ("附件1：办理流程\n先登记，再转承办科室。\n打印本页\n关闭窗口\n",
     [("skipped", "文末的网页信息“打印本页”未导入"), ("skipped", "文末的网页信息“关闭窗口”未导入")],
     [{"title": "办理流程", "content": ["先登记，再转承办科室。"]}])])
def test_file_names_and_a_page_s_footer_are_no_attachment_s_text(tail, findings, attachments, tmp_path):
    """A text copy's attachment of only its files' names is not imported (said so, as before); a page's footer after
    the attachments is left out as after the 成文日期, in order, not read as their text."""
    text = page_as_text(render_source(SAMPLE, "html", tmp_path, PLUGINS).read_text(encoding="utf-8"))
    source = tmp_path / "tail.txt"
    source.write_text(text + "\n" + tail, encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    assert [(f.rule, f.message) for f in result.findings] == findings
    assert _data(result).get("attachments") == attachments


def test_an_attachment_without_a_title_keeps_its_text_and_asks_for_the_title(tmp_path):
    """A 附件 line right over a sentence: no title to read; the sentence is its content, the title a placeholder."""
    text = page_as_text(render_source(SAMPLE, "html", tmp_path, PLUGINS).read_text(encoding="utf-8"))
    source = tmp_path / "untitled.txt"
    source.write_text(text + "\n附件1\n各窗口工作日全天开放，节假日另行通知。\n", encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    assert [(f.place, f.message) for f in result.findings] == [
        (f"第 {len(text.split(chr(10))) + 1} 行", "“附件1”下面没有找到附件的标题：已留占位，请照原件填写 title")]
    assert _data(result)["attachments"] == [{"title": "【请填写：附件标题】", "content": ["各窗口工作日全天开放，节假日另行通知。"]}]


def test_statistics_tables_of_the_later_formats_after_a_2008_report_are_named(tmp_path):
    """A 2008-edition report has no 表二 to 表四: such a table in its attachment is named as not imported."""
    sample = render_source(SAMPLE, "html", tmp_path, PLUGINS).read_text(encoding="utf-8")
    start = sample.index("<table")
    grid = sample[start:sample.index("</table>", start) + len("</table>")]
    page = render_source(Path("examples/mianyang-2009.yaml"), "html", tmp_path, PLUGINS)
    source = tmp_path / "page" / "2008.html"
    source.parent.mkdir()
    source.write_text(page.read_text(encoding="utf-8").replace("</body>", f"<p>附件：统计表</p>{grid}</body>"),
                      encoding="utf-8")
    result = imported(source, source.parent, PLUGINS)
    assert [(f.rule, f.message) for f in result.findings] == [
        ("attachments", "成文日期之后的附件（从“附件：统计表”起）印的是统计表，不作为附件导入：其中的表格按正文的统计表读"),
        ("tables", "附件里的表格：第二十条第（一）项不是 2008 版年度报告的表格，未导入")]
    assert "attachments" not in _data(result)
