"""The work-plan kind on the 莆田 2018 example: outline, tasks and units, task table, deadline rule, init."""
from __future__ import annotations

import io

import pytest
from click.testing import CliRunner
from docx import Document
from docx.oxml.ns import qn

from _kinds import EXAMPLES, PLUGINS, docx_paragraphs, docx_table_texts, flat, pdf_lines, pdf_pages, rendered
from reportkit.blocks import Attachment, Heading, Paragraph, Table
from reportkit.cli import cli
from reportkit.errors import InvalidData
from reportkit.pipeline import check_file, render

EXAMPLE = EXAMPLES / "putian-2018-work-plan.yaml"
NOTICE_TITLE = "莆田市环境保护局关于印发" + "2018年政务公开工作实施方案的通知"

#: Every task of the seed with its responsible units, lead unit first.
UNITS = {
    "做好权责清单调整和公开工作": "法规科",
    "深入推进预决算公开": "财务中心",
    "环境空气质量": "市环境监测中心站、污防科",
    "水环境质量": "市环境监测中心站、水中心",
    "土壤污染防治和自然生态保护信息": "生态科、污防科",
    "环境统计信息": "市环境监测中心站、科技监测中心",
    "建设项目环评和验收信息": "环审科",
    "污染源监测信息": "科技监测中心、市环境监测中心站",
    "环境监管执法信息": "市环境监察支队、法规科",
    "突发环境事件信息": "应急中心",
    "核与辐射安全监管信息": "辐射站",
    "推进公共资源配置领域政府信息公开": "环科所",
    "公开人大建议和政协提案的办理结果": "机关各科室、直属各单位",
    "做好依申请公开工作": "机关各科室、直属各单位",
    "做好政策解读工作": "机关各科室、直属各单位",
    "加强舆情回应": "宣教中心",
    "用好新媒体平台": "宣教中心",
    "强化政府网站建设管理": "宣教中心",
    "组织开展条例宣传活动": "宣教中心、办公室",
    "完成清单编制": "办公室",
    "建立健全公共企事业单位" "信息公开制度": "直属各单位",
}


@pytest.fixture(scope="module")
def output():
    return rendered(EXAMPLE)


def test_outline_in_the_tree(output):
    document, _, _ = output
    headings = [(b.level, b.number + b.text) for b in document.blocks if isinstance(b, Heading)]
    assert [h for level, h in headings if level == 1] == ["一、总体要求", "二、主要任务", "三、机制保障"]
    tasks = [h for level, h in headings if level == 2]
    assert tasks[0] == "（一）做好权责清单调整和公开工作" and tasks[13] == "（十四）建立健全" + "公共企事业单位信息公开制度"
    assert len(tasks) == 14 + 3  # fourteen tasks, then three 机制保障 headings
    assert (3, "5.核与辐射安全监管信息") in headings


def test_each_task_is_followed_by_its_units(output):
    document, _, _ = output
    blocks = [b for b in document.blocks if isinstance(b, (Heading, Paragraph))]
    found = {}
    current = None
    for block in blocks:
        if isinstance(block, Heading) and block.level in (2, 3):
            current = block.text
        elif isinstance(block, Paragraph) and block.text.startswith("责任科室（单位）："):
            found[current] = block.text.removeprefix("责任科室（单位）：")
    assert found == UNITS


def test_docx_outline_units_and_attachment(output):
    _, data, _ = output
    paras = docx_paragraphs(data)
    texts = [t for _, t, _ in paras]
    titles = [t for s, t, _ in paras if s == "Title"]
    assert titles == [NOTICE_TITLE, "莆田市环境保护局2018年政务公开工作实施方案",
                      "莆田市环境保护局2018年政务公开工作主要任务分解表"]
    assert ("Addressee", "机关各科室、局属各单位：", False) in paras
    assert [t for s, t, _ in paras if s == "Heading1"] == ["一、总体要求", "二、主要任务", "三、机制保障"]
    for units in UNITS.values():
        assert f"责任科室（单位）：{units}" in texts
    # the plan starts on a new page after the notice's signature and date
    plan = next(i for i, (s, t, _) in enumerate(paras) if t == titles[1])
    assert paras[plan - 1][1] == "2018年6月25日"
    assert paras[plan][2] or paras[plan - 1][0] != "Date"
    # 附件说明, then the attachment on a new page: "附件" in AttachmentLabel, then its title
    note = next(i for i, (s, _, _) in enumerate(paras) if s == "AttachmentNote")
    assert paras[note][1] == "附件：莆田市环境保护局2018年政务公开工作主要任务分解表"
    label = next(i for i, (s, _, _) in enumerate(paras) if s == "AttachmentLabel")
    assert label > note and paras[label][1:] == ("附件", True)
    assert paras[label + 1][0] == "Title"
    table = docx_table_texts(data)[0]
    assert table[0] == ["序号", "工作任务", "具体措施", "责任单位", "完成时限"]
    rows = {r[1]: r for r in table[1:]}
    assert rows["完成清单编制"][3:] == ["办公室", "2018年12月"]
    assert rows["做好权责清单调整和公开工作"][4] == "全年"
    air = next(r for r in table if r[2].startswith("1.环境空气质量"))
    assert air[0] == "3.1" and air[3] == "市环境监测中心站、污防科"


def test_pdf_outline_units_and_attachment(output):
    _, _, data = output
    pages = pdf_pages(data)
    text = flat("".join(pages))
    assert flat(pages[0]).startswith(NOTICE_TITLE + "机关各科室、局属各单位：")
    assert flat(pages[1]).startswith("莆田市环境保护局2018年政务公开工作实施方案")  # new page for the plan
    for heading in ("一、总体要求", "二、主要任务", "三、机制保障", "（十三）完成清单编制", "4.突发环境事件信息"):
        assert heading in text
    for units in UNITS.values():
        assert f"责任科室（单位）：{units}" in text
    assert "2018年11月20日" in text and "莆政办网传〔2018〕33号" in text
    lines = pdf_lines(data)
    start = next(i for i, page in enumerate(lines) if page and page[0][0] == "附件")
    label, font, x0, _ = lines[start][0]
    assert "heiti" in font.lower() and x0 == pytest.approx(28 * 72 / 25.4, abs=1)
    assert flat(lines[start][1][0] + lines[start][2][0]).startswith("莆田市环境保护局2018年政务公开工作主要任务分解表")
    assert "序号工作任务具体措施责任单位完成时限" in flat(pages[start])


def test_deadline_outside_the_year_is_reported_with_its_line(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8").replace('deadline: "2018-12"', "deadline: 2019-01-15")
    bad = tmp_path / "plan.yaml"
    bad.write_text(text, encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "deadline: 2019-01-15" in row)
    validated = check_file(bad, PLUGINS)
    found = [d for d in validated.diagnostics.items if "完成时限" in d.message]
    assert len(found) == 1 and found[0].severity == "warning"
    assert (found[0].line, found[0].col) == (line, text.splitlines()[line - 1].index("2019") + 1)
    assert "不在方案年度 2018 年内" in found[0].message and "（WP2）" in found[0].message
    with pytest.raises(InvalidData):
        check_file(bad, PLUGINS, strict=True)


@pytest.mark.parametrize("written, printed", [("2018/12", "2018年12月"), ('"2018-12-31"', "2018年12月31日"),
                                              ("2018.12.5", "2018年12月5日"), ("2018年12月底前", "2018年12月底前")])
def test_a_deadline_written_another_way_prints_as_a_date(tmp_path, written, printed):
    """2018/12 and a quoted "2018-12-31" printed as typed, beside 2018年12月 in the same column."""
    text = EXAMPLE.read_text(encoding="utf-8").replace('deadline: "2018-12"', f"deadline: {written}", 1)
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    _, docx_bytes, _ = rendered(plan)
    cells = {cell for table in docx_table_texts(docx_bytes) for row in table for cell in row}
    assert printed in cells and (written == printed or written.strip('"') not in cells)


@pytest.mark.parametrize("written, what", [("2018-13", "月份"), ("2018-00", "月份"), ("2018-02-30", "日期"),
                                           ("2025-13", "月份")])
def test_a_deadline_that_does_not_exist_is_an_error(tmp_path, written, what):
    """2018-13 printed as 2018年13月, 2018-00 as 2018年0月, with nothing said; the fix is in the year typed."""
    text = EXAMPLE.read_text(encoding="utf-8").replace('deadline: "2018-12"', f'deadline: "{written}"', 1)
    line = next(i for i, row in enumerate(text.splitlines(), 1) if written in row)
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidData) as info:
        check_file(plan, PLUGINS)
    [error] = [d for d in info.value.diagnostics if "完成时限" in d.message]
    assert error.line == line and error.message.endswith(
        f"完成时限“{written}”的{what}不存在：写成 {written[:4]}-12（月份）或 {written[:4]}-12-31（日期）的形式")


def test_a_missing_field_is_named_with_its_title_and_what_to_write_at_its_mapping(tmp_path):
    """“缺少必填字段“requirements”” named only the key, which a clerk may not know; a missing top-level field is at
    the file's first key, one of the notice at “notice:”."""
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text[:text.index("requirements:")] + text[text.index("tasks:"):]
    date = next(line for line in text.splitlines() if line.startswith("  date: "))
    text = text.replace(date + "\n", "")
    lines = text.splitlines()
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidData) as info:
        check_file(plan, PLUGINS)
    assert [d.format() for d in info.value.diagnostics] == [
        f"{plan}:{lines.index('kind: work-plan') + 1}:1: error: requirements：缺少必填字段“requirements”（总体要求），"
        "请补上：指导思想、基本原则和工作目标；段落和小标题，编号由 reportkit 生成",
        f"{plan}:{lines.index('notice:') + 1}:1: error: notice.date：缺少必填字段“date”（成文日期），"
        "请补上：写成 2018-06-25 的形式；印作“2018年6月25日”"]


def test_a_year_that_is_not_a_number_gets_a_year_s_fix_not_a_count_s(tmp_path):
    """year: 2025年 was told “用阿拉伯数字，如 12；没有就填 0”, and 0 then fails the year's minimum."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(EXAMPLE.read_text(encoding="utf-8").replace("year: 2018", 'year: "2018年"', 1), encoding="utf-8")
    with pytest.raises(InvalidData) as info:
        check_file(plan, PLUGINS)
    assert [d.message for d in info.value.diagnostics] == ["year：应写成四位数字的年份：“2018年”请写作 2018"]


@pytest.mark.parametrize("written, message", [
    ("2018.10", "完成时限被读成了小数 2018.1（2018.10 会读成 2018.1）：请写成 2018-10（月份）、2018-10-31（日期）或 2018年10月"),
    ("2018.12", "完成时限被读成了小数 2018.12（2018.10 会读成 2018.1）：请写成 2018-12（月份）、2018-12-31（日期）或 2018年12月"),
    ("2025.10", "完成时限被读成了小数 2025.1（2025.10 会读成 2025.1）：请写成 2025-10（月份）、2025-10-31（日期）或 2025年10月"),
    ("2024.2", "完成时限被读成了小数 2024.2（2024.10 会读成 2024.1）：请写成 2024-02（月份）、2024-02-29（日期）或 2024年2月"),
    ("12.5", "完成时限被读成了小数 12.5：请写成月份（年-月）、日期（年-月-日）或文字（如“全年”）"),
    ("2018", "完成时限被读成了数字 2018：请写成 2018-12（月份）、2018-12-31（日期）或文字（如“全年”）"),
    ("2025", "完成时限被读成了数字 2025：请写成 2025-12（月份）、2025-12-31（日期）或文字（如“全年”）")])
def test_a_deadline_yaml_reads_as_a_number_is_an_error_that_says_how_to_write_it(tmp_path, written, message):
    """2018.12 said “应为日期，写成 2021-02-05 的形式” (a month is allowed too); 2018.10 is read as 2018.1, January.
    The way to write it is in the year and month typed: 2025.10 was told “请写成 2018-10”."""
    text = EXAMPLE.read_text(encoding="utf-8").replace('deadline: "2018-12"', f"deadline: {written}", 1)
    line = next(i for i, row in enumerate(text.splitlines(), 1) if f"deadline: {written}" in row)
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidData) as info:
        check_file(plan, PLUGINS)
    [error] = [d for d in info.value.diagnostics if "完成时限" in d.message]
    assert error.line == line and error.message.endswith(message)


def test_task_without_units_is_an_error(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8").replace("    lead: 环科所\n", "")
    bad = tmp_path / "plan.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidData) as info:
        check_file(bad, PLUGINS)
    messages = [d.message for d in info.value.diagnostics]
    assert any("推进公共资源配置领域政府信息公开" in m and "责任科室（单位）" in m for m in messages)


@pytest.mark.parametrize("typo", ["leed: 法规科", "deadlin: 2018-12-01"])
def test_misspelt_keys_are_rejected(tmp_path, typo):
    key = typo.split(":")[0]
    text = EXAMPLE.read_text(encoding="utf-8").replace("    lead: 法规科\n", f"    lead: 法规科\n    {typo}\n", 1)
    bad = tmp_path / "plan.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidData) as info:
        check_file(bad, PLUGINS)
    assert any(f"未知字段“{key}”" in d.message for d in info.value.diagnostics)


def test_numbered_task_is_rejected(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8").replace("- task: 完成清单编制", "- task: （十三）完成清单编制")
    bad = tmp_path / "plan.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidData) as info:
        check_file(bad, PLUGINS)
    assert any("自带编号" in d.message for d in info.value.diagnostics)


def test_inline_task_table(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8").replace("  place: attachment", "  place: inline")
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    document, _, _ = rendered(path)
    assert not any(isinstance(b, Attachment) for b in document.blocks)
    index = next(i for i, b in enumerate(document.blocks) if isinstance(b, Table))
    assert document.blocks[index + 1].text == "机制保障"


def test_init_writes_a_file_that_validates(tmp_path):
    target = tmp_path / "x.yaml"
    result = CliRunner().invoke(cli, ["init", "work-plan", "--year", "2024", "--agency", "某某县生态环境局", "-o", str(target)])
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=work-plan.schema.json"
    for line in text.splitlines()[4:]:
        if line.strip() and not line.lstrip().startswith(("#", "- ")):
            assert "#" in line, f"field without a comment: {line}"
    validated = check_file(target, PLUGINS)
    assert validated.diagnostics.items == []
    rendered_ok = CliRunner().invoke(cli, ["validate", "--draft", str(target)])
    assert rendered_ok.exit_code == 0, rendered_ok.output


def test_schema_has_chinese_titles():
    result = CliRunner().invoke(cli, ["schema", "work-plan"])
    assert result.exit_code == 0, result.output
    assert '"title": "主要任务"' in result.output and '"title": "牵头科室（单位）"' in result.output


def test_every_placeholder_of_a_started_plan_is_placed_on_itself(tmp_path):
    """A task's 【请填写：配合科室】 was placed at its 牵头科室 (the line above): both are printed in one line, which
    was located at the lead unit. Each placeholder's line and column now hold that placeholder."""
    import re

    data = tmp_path / "plan.yaml"
    assert CliRunner().invoke(cli, ["init", "work-plan", "--year", "2024", "-o", str(data)]).exit_code == 0
    result = CliRunner().invoke(cli, ["validate", str(data)])
    lines = data.read_text(encoding="utf-8").splitlines()
    placed = re.findall(rf"^{re.escape(str(data))}:(\d+):(\d+): error: 还留着占位文字“(【请填写：[^】]*】)”", result.output, re.M)
    assert any("配合科室" in text for *_, text in placed)
    for line, col, text in placed:
        assert lines[int(line) - 1][int(col) - 1:].startswith(text), (line, col, text)


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
@pytest.mark.parametrize("written, printed", [('"2018-12-31"', "2018年12月31日"), ("2018年12月31日前", "2018年12月31日前")])
def test_a_deadline_s_date_stays_on_one_line_of_its_cell(tmp_path, fmt, written, printed):
    """“2018年12月31日” in the 完成时限 column broke before its “日” (the column held 7.6 ems, the date with its spaces
    between digits and Chinese 8.25), and “2018年12月31日前” left its “前” alone on a second line: the column is now as
    wide as its longest deadline, 具体措施 giving the room."""
    path = tmp_path / "plan.yaml"
    path.write_text(EXAMPLE.read_text(encoding="utf-8").replace('deadline: "2018-12"', f"deadline: {written}"),
                    encoding="utf-8")
    document, _, pdf = rendered(path)
    [table] = [b for block in document.blocks for b in getattr(block, "blocks", [block]) if isinstance(b, Table)]
    assert any(row[-1].text == printed for row in table.rows)
    data = pdf if fmt == "pdf" else render(document, PLUGINS.registry.layouts["gbt9704"], fmt, PLUGINS.registry).data
    lines = [text for page in pdf_lines(data) for text, *_ in page]
    assert any(line.endswith(printed) for line in lines)
    assert not any(line.endswith(printed[:-1]) for line in lines)


def test_a_deadline_in_words_takes_no_room_from_the_measures():
    """A deadline of a sentence (“…第一季度前完成初稿，第三季度前报批”) widened 完成时限 by a quarter of 具体措施 for
    every row, and wrapped anyway: only a date sets the width."""
    from reportkit.default_plugins.work_plan.build import _widths
    from reportkit.default_plugins.work_plan.spec import TASK_COLUMNS

    default = [c.width for c in TASK_COLUMNS]
    assert _widths(["长期坚持", "2018年第一季度前完成初稿，第三季度前报批"], [])[-1] == default[-1]
    dated = _widths(["2018年12月31日", "2018年第一季度前完成初稿，第三季度前报批"], [])
    assert dated[-1] > default[-1] and dated == _widths(["2018年12月31日"], [])


TALL_PLAN = """kind: work-plan
year: 2018
agency: 某某市环境保护局
requirements:
  - 做好政务公开工作。
tasks:
  - task: 梳理公开目录
    content:
      - {measures}
    lead: 办公室
  - task: 按时公开
    content: [按时公开。]
    lead: 办公室
safeguards:
  - heading: 强化组织领导
    content: [由办公室统筹。]
task_table:
  place: attachment
date: 2018-03-01
"""


@pytest.mark.parametrize("sentences", [22, 30])
def test_a_task_row_taller_than_half_a_page_does_not_leave_the_attachment_s_title_alone(tmp_path, sentences):
    """A task whose 具体措施 fills most of a page, its row kept whole, went to the next page: the WeasyPrint PDF had a
    page holding only “附件”, another only the table's title (and the table's first page no column heads); the
    DOCX's table began a page after its title. A row that may be taller than half a page splits, as in Typst."""
    measures = "".join(f"第{n}批目录逐项核对公开属性，核对结果报办公室备案。" for n in range(1, sentences + 1))
    path = tmp_path / "plan.yaml"
    path.write_text(TALL_PLAN.format(measures=measures), encoding="utf-8")
    document, docx, pdf = rendered(path)
    typst = render(document, PLUGINS.registry.layouts["gbt9704"], "pdf-typst", PLUGINS.registry).data
    for fmt, data in (("pdf", pdf), ("pdf-typst", typst)):
        pages = [page.replace(" ", "") for page in pdf_pages(data)]
        [start] = [i for i, page in enumerate(pages) if page.startswith("附件\n")]
        assert "主要任务分解表" in pages[start] and "序号" in pages[start] and "第1批目录" in pages[start], fmt
        assert all("序号" in page for page in pages[start:]), fmt  # the heads on every page of the table
    rows = Document(io.BytesIO(docx)).tables[-1].rows
    assert [row._tr.trPr.find(qn("w:cantSplit")) is not None for row in rows] == [True, False, True]


UNITS_PLAN = """kind: work-plan
year: 2025
agency: 某某县人民政府办公室
requirements:
  - 按时公开，方便查阅。
tasks:
  - task: 公开重点工作台账
    content:
      - 各单位把本年度重点工作列成台账，每月底前更新一次完成情况。
    lead: 县公安局
    support: [县医疗保障局, 县卫生健康局, 县发展和改革局, 县人力资源和社会保障局, 县教育局, 县民政局]
    deadline: "2025-06-30"
safeguards:
  - 县政府办公室每季度通报一次。
task_table: {place: inline}
date: 2025-03-01
"""


def test_a_cell_s_lines_are_as_wide_in_both_pdfs(tmp_path):
    """The 责任单位 column held 8 characters a line in the Typst PDF and the DOCX, 7 in the WeasyPrint PDF (half of each
    collapsed rule counted inside its cells): a long plan's task table came out a page longer, its rows on other pages."""
    path = tmp_path / "plan.yaml"
    path.write_text(UNITS_PLAN, encoding="utf-8")
    document, _, pdf = rendered(path)
    typst = render(document, PLUGINS.registry.layouts["gbt9704"], "pdf-typst", PLUGINS.registry).data
    cells = {}
    for fmt, data in (("pdf", pdf), ("pdf-typst", typst)):
        lines = [text for page in pdf_lines(data) for text, *_ in page]
        start = next(i for i, line in enumerate(lines) if "县公安局、县医" in line and "责任科室" not in line)  # the table's
        cells[fmt] = lines[start:start + 8]
    assert cells["pdf"] == cells["pdf-typst"]
    assert cells["pdf"][0].endswith("县公安局、县医疗保障局、")
