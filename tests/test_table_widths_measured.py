"""Column widths measured on the printed page. The work plan's task table: 完成时限 as wide as its deadlines ask (no
date's room kept for “全年”), and the room left going to 具体措施 and 责任单位 as they hold (a cell of six units was
seven lines tall beside two lines of measures). A report's own table: a column of unit names keeps room for a name
(科室（单位） printed 市环境监测中心站 four characters a line beside a long 备注). The same widths in the DOCX, the
WeasyPrint PDF and the Typst PDF. Every text of these tables is written for these tests."""
from __future__ import annotations

import io
import re

import docx
import pdfplumber
import pytest
import yaml

from _kinds import EXAMPLES
from reportkit.testing import render

PLAN = """kind: work-plan
year: 2019
agency: 某某市人民政府办公室
requirements:
  - 本年度政务公开围绕重点领域推进，做到常态公开、及时公开。
tasks:
  - task: 公开财政预决算
    content: [按时公开部门预决算和“三公”经费。]
    lead: 市财政局
    support: [市审计局, 市发展和改革委员会, 市人力资源和社会保障局, 市住房和城乡建设局, 市自然资源和规划局]
    deadline: 全年
  - task: 推进重大项目信息公开
    content: [公开批准、实施和验收各环节信息。]
    lead: 市发展和改革委员会
    support: [市自然资源和规划局, 市生态环境局, 市住房和城乡建设局, 市交通运输局]
    deadline: 长期坚持
  - task: 做好政策解读
    content: [重要政策文件与解读材料同步起草、同步审签、同步发布。]
    lead: 市政府办公室
    support: [市司法局, 市政务服务管理局, 市融媒体中心]
    deadline: 全年
safeguards:
  - heading: 强化组织领导
    content: [市政府办公室统筹推进，各部门明确分管领导和承办人员。]
task_table:
  place: attachment
date: 2019-03-01
"""

ROWS = [
    ["1", "办公室、法规科、宣教中心、市环境监察支队", "统筹本局政府信息公开工作",
     "负责目录和指南的编制与更新，汇总各科室提交的公开信息，按季度检查网站栏目的更新情况，并向局领导报告发现的问题和整改情况。"],
    ["2", "市环境监察支队", "公开执法检查的项目、依据、内容和结果，以及群众举报案件的受理和查处情况",
     "检查结束后十个工作日内在网站公布被检查单位名称、检查内容和处理意见，涉及商业秘密的部分按规定处理后再公开。"],
    ["3", "市环境监测中心站", "发布环境质量监测信息",
     "空气质量日报每日发布，饮用水源水质每月发布，年度环境状况公报在次年六月前发布，监测数据有更正时同步说明原因。"
     "监测点位调整、监测方法变更和仪器更换都要在网站上说明，便于公众对照前后数据；对公众提出的数据疑问，中心站在五个工作日内作出解释。"],
    ["4", "法规科", "审查拟公开的信息", "对拟公开信息进行保密审查，把握不准的报请上级主管部门或者同级保密工作部门确定，审查记录留存备查。"],
]
UNITS = ["市环境监察支队", "市环境监测中心站"]
MM = 72 / 25.4


def report_2008() -> str:
    """南宁 2008 with a table of its own in its first part: 序号｜科室（单位）｜事项｜备注, a long 备注."""
    data = yaml.safe_load((EXAMPLES / "nanning-2008.yaml").read_text(encoding="utf-8"))
    part = next(iter(data["sections"].values()))
    part["content"].append({"columns": ["序号", "科室（单位）", "事项", "备注"], "rows": ROWS})
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def docx_columns(data: bytes) -> list[float]:
    """The last table's grid columns, in mm."""
    table = docx.Document(io.BytesIO(data)).tables[-1]
    return [int(col.get(docx.oxml.ns.qn("w:w"))) / 20 / MM
            for col in table._tbl.tblGrid.findall(docx.oxml.ns.qn("w:gridCol"))]


def pdf_table(data: bytes, head: str) -> tuple[list[float], dict[int, list[list[str]]]]:
    """The columns (mm) of the table whose head starts with ``head``, and each column's cells as lines of text."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for table in page.find_tables():
                xs = sorted({round(c[0], 1) for c in table.cells} | {round(c[2], 1) for c in table.cells})
                cells: dict[int, list[list[str]]] = {}
                for x0, top, x1, bottom in table.cells:
                    chars = sorted((c for c in page.chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1
                                    and top <= (c["top"] + c["bottom"]) / 2 <= bottom and c["text"].strip()),
                                   key=lambda c: (round(c["top"]), c["x0"]))
                    lines: dict[int, str] = {}
                    for c in chars:
                        lines[round(c["top"])] = lines.get(round(c["top"]), "") + c["text"]
                    cells.setdefault(xs.index(round(x0, 1)), []).append(list(lines.values()))
                if "".join(cells[0][0]).startswith(head):
                    return [(b - a) / MM for a, b in zip(xs, xs[1:])], cells
    raise AssertionError(f"no table headed {head}")


@pytest.fixture(scope="module")
def plan_outputs() -> dict[str, bytes]:
    return {"docx": render(PLAN, formats=("docx",)).docx, "weasyprint": render(PLAN, formats=("pdf",)).pdf,
            "typst": render(PLAN, formats=("pdf",), engine="typst").pdf}


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_short_deadlines_give_their_room_to_the_units(plan_outputs, engine):
    """完成时限 holding only “全年” and “长期坚持” is as wide as its head asks (it kept 30 mm for a date), and a
    责任单位 cell of four to six units is at most four lines (it was seven beside two lines of measures)."""
    widths, cells = pdf_table(plan_outputs[engine], "序号")
    number, task, measures, units, deadline = widths
    assert 14 < deadline < 20, widths
    assert units > 40 and measures > 40, widths
    assert all(len(lines) == 1 for lines in cells[4]), cells[4]
    assert max(len(lines) for lines in cells[3][1:]) <= 4, cells[3]
    assert max(len(lines) for lines in cells[2][1:]) <= 2, cells[2]


def test_the_three_outputs_read_the_same_task_table_widths(plan_outputs):
    printed = docx_columns(plan_outputs["docx"])
    for engine in ("weasyprint", "typst"):
        widths, _ = pdf_table(plan_outputs[engine], "序号")
        assert all(abs(a - b) < 0.5 for a, b in zip(widths, printed, strict=True)), (engine, widths, printed)


def test_a_date_still_widens_the_deadline_column():
    """A plan whose deadlines are dates keeps “2025年12月31日” on one line (build._widths' first rule)."""
    text = PLAN.replace("deadline: 长期坚持", "deadline: 2019-12-31")
    widths, cells = pdf_table(render(text, formats=("pdf",), engine="typst").pdf, "序号")
    assert ["2019年12月31日"] in cells[4] and widths[4] > 25, (widths, cells[4])


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_column_of_unit_names_keeps_room_for_a_name(engine):
    """科室（单位） beside a long 事项 and a longer 备注: each unit name, and the head, on one line."""
    pdf = render(report_2008(), formats=("pdf",), engine=engine).pdf
    widths, cells = pdf_table(pdf, "序号")
    column = cells[1]
    assert column[0] == ["科室（单位）"], column
    for name in UNITS:
        assert [name] in column, column
    assert all(len(lines) == 1 for lines in cells[0]), cells[0]  # 序号 stays narrow and whole
    assert widths[3] > 60, widths  # the long 备注 still takes the most
    flat = [re.sub(r"\s", "", "".join(lines)) for lines in column[1:]]
    assert flat == [row[1] for row in ROWS], flat


def test_the_docx_gives_the_unit_names_the_same_room():
    pdf_widths, _ = pdf_table(render(report_2008(), formats=("pdf",)).pdf, "序号")
    printed = docx_columns(render(report_2008(), formats=("docx",)).docx)
    assert printed[1] > 8 * 10.5 / MM, printed  # eight characters of 五号 type
    assert all(abs(a - b) < 0.5 for a, b in zip(printed, pdf_widths, strict=True)), (printed, pdf_widths)
