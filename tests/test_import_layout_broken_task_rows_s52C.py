"""A work plan's task table over several pages, rows of it broken by a page's end, copied with ``pdftotext -layout``:
each page's part of the table is read in its own columns (pdftotext sets them a few characters apart from page to
page) and the rest of a broken row, at the top of the next page under the repeated head, is joined to the row's
start. The table printed by reportkit (both engines, and its DOCX exported by LibreOffice: cells centred in their
rows, a broken row's part set at its top by LibreOffice, the Typst PDF setting the task's name again beside the
rest), set at the top of its cells as Word's default, and without a 序号 column: each copy imports as the data it was
rendered from, its notes only on the page numbers left out. Before, a part of the table with a broken row was left
unread (the deadlines lost, measures and names as extra tasks: “分解表第 4 行的任务……在正文的主要任务里没有”).
The plan's wording is written for this test."""
from __future__ import annotations

import shutil
import subprocess

import docx
import pytest
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx_pages import docx_to_pdfs

from reportkit.plugins import load_plugins
from reportkit.testing import render

from _import_helpers import SOFFICE, data_of, imported

NEEDS_LIBREOFFICE = pytest.mark.skipif(not SOFFICE, reason="needs LibreOffice")
NEEDS_PDFTOTEXT = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext (poppler-utils) installed")

PLUGINS = load_plugins()
CLAUSES = ["按季度梳理本单位主动公开事项清单，逐项核对公开时限和公开方式",
           "在门户网站专栏同步发布并更新办理进度，接受群众监督",
           "每月汇总群众咨询和申请的办理情况，形成台账报送县政务公开办",
           "对群众关注的热点问题及时组织政策解读，回应社会关切",
           "完善信息发布审核制度，严格执行保密审查程序"]
NAMES = ["推进权责清单公开", "深化财政预决算公开", "公开自然资源审批结果", "做好不动产登记信息发布",
         "加强政策解读和回应关切", "规范依申请公开办理", "完善政府网站专栏建设", "公开重大建设项目批准和实施信息",
         "推进执法信息公示", "做好建议提案办理结果公开"]
UNITS = ["办公室", "法规股", "财务股", "资源股", "执法大队", "规划股"]
DEADLINES = ["6月底前", "全年", "9月底前", "12月底前", "长期坚持"]
#: How many clauses each task's measure has: rows of 3 to 13 lines, 25 clauses a row taller than a page.
LENGTHS = [7, 25, 4]
#: What every measure begins with and no line of a measure's rest can: the test's premise (:func:`_broken`) tells the
#: rest of a broken row by it.
LEAD = "本项任务要求："


def _plan() -> dict:
    tasks = [{"task": name, "content": [LEAD + "；".join(CLAUSES[(k + j) % 5] for j in range(LENGTHS[k % 3])) + "。"],
              "lead": UNITS[k % 6], "deadline": DEADLINES[k % 5]} for k, name in enumerate(NAMES)]
    return {"kind": "work-plan", "year": 2024, "agency": "某某县自然资源局", "requirements": ["各股室分工负责。"],
            "tasks": tasks, "safeguards": ["办公室按季度汇总落实情况。"], "task_table": {"place": "attachment"},
            "date": "2024-03-01"}


def _aligned(source, target, align: WD_CELL_VERTICAL_ALIGNMENT, numbered: bool = True):
    """The DOCX ``source`` with its tables' cells set ``align``, their 序号 column left out unless ``numbered``."""
    document = docx.Document(str(source))
    for table in document.tables:
        if not numbered:
            table._tbl.tblGrid.remove(table._tbl.tblGrid.gridCol_lst[0])
            for row in table.rows:
                row._tr.remove(row._tr.tc_lst[0])
        for row in table.rows:
            for cell in row.cells:
                cell.vertical_alignment = align
    document.save(str(target))
    return target


@pytest.fixture(scope="module")
def copies(tmp_path_factory) -> dict:
    """The plan's layout copies, by how it was printed."""
    folder = tmp_path_factory.mktemp("broken-rows")
    plan = _plan()
    pdfs = {}
    for engine in ("weasyprint", "typst"):
        pdfs[engine] = folder / f"{engine}.pdf"
        pdfs[engine].write_bytes(render(plan, engine=engine, formats=("pdf",)).outputs["pdf"])
    plain = folder / "plan.docx"
    plain.write_bytes(render(plan, formats=("docx",)).outputs["docx"])
    docxs = {"libreoffice": plain,
             "word top": _aligned(plain, folder / "top.docx", WD_CELL_VERTICAL_ALIGNMENT.TOP),
             "unnumbered": _aligned(plain, folder / "unnumbered.docx", WD_CELL_VERTICAL_ALIGNMENT.CENTER, False)}
    pdfs.update(zip(docxs, docx_to_pdfs(list(docxs.values()), PLUGINS.registry.fonts, folder / "lo")))
    out = {}
    for name, pdf in pdfs.items():
        out[name] = pdf.with_name(name.replace(" ", "-") + ".txt")
        subprocess.run(["pdftotext", "-layout", str(pdf), str(out[name])], check=True)
    return out


def _broken(copy) -> int:
    """How many pages of ``copy`` start the table's part with a broken row's rest: the first line under the repeated
    head begins no task's name or measure."""
    starts = [task["task"] for task in _plan()["tasks"]] + [LEAD]
    count = 0
    for page in copy.read_text(encoding="utf-8").split("\f")[1:]:
        lines = [line for line in page.splitlines() if line.strip()]
        if lines and lines[0].split()[:2] in (["序号", "工作任务"], ["工作任务", "具体措施"]) and len(lines) > 1:
            first = max(lines[1].split(), key=len)
            count += not any(text.startswith(first) or first.startswith(text) for text in starts)
    return count


@NEEDS_LIBREOFFICE
@NEEDS_PDFTOTEXT
@pytest.mark.parametrize("name", ["weasyprint", "typst", "libreoffice", "word top", "unnumbered"])
def test_a_task_table_whose_rows_pages_break_imports_as_its_data(copies, tmp_path, name):
    assert _broken(copies[name])  # the test's premise: a row broken by a page's end
    result = imported(copies[name], tmp_path, PLUGINS, documents=True)
    data = data_of(result)
    default = data.get("task_table", {}).get("default_deadline", "全年")
    got = [(task["task"], task["content"], task["lead"], task.get("deadline", default)) for task in data["tasks"]]
    assert got == [(task["task"], task["content"], task["lead"], task["deadline"]) for task in _plan()["tasks"]]
    assert {finding.rule for finding in result.findings} == {"skipped"}, [f.message for f in result.findings]


#: A task table set at the top of its cells whose 责任单位 pdftotext sets where each centres in its column: 执法大队
#: a character left of the others, as far from them as the 工作任务 column from the 序号 one.
UNITS_APART = """                    某县自然资源局2024年政务公开工作要点

    为做好本年度政务公开工作，结合本局实际，制定本要点。

    一、总体要求

    坚持以公开为常态、不公开为例外，进一步提升政务公开工作质量。

    二、重点任务

序号 工作任务              具体措施             责任单位   完成时限
1   加强政策 完善信息发布审核制度，严格执行保密审查程序；按季 执法大队       长期坚持
    解读和回 度梳理本单位主动公开事项清单，逐项核对公开时限和
    应关切  公开方式；在门户网站专栏同步发布并更新办理进度，
         接受群众监督。
2   规范依申 按季度梳理本单位主动公开事项清单，逐项核对公开时     规划股    6 月底前
    请公开办 限和公开方式；在门户网站专栏同步发布并更新办理进
    理    度，接受群众监督。
3   公开重大   每月汇总群众咨询和申请的办理情况，形成台账报送县   法规股    9 月底前
    建设项目   政务公开办；对群众关注的热点问题及时组织政策解
    批准和实   读，回应社会关切。
    施信息

    三、保障措施

    各股室要明确专人负责，确保各项任务落到实处。

                                                            某县自然资源局
                                                            2024年3月1日
\f"""


def test_a_unit_centred_in_its_column_does_not_move_the_columns_edges(tmp_path):
    """The columns' edges were taken at the widest gaps between the pieces' starts, 执法大队's (34) and 规划股's (38)
    among them rather than 序号's (0) and 工作任务's (4): the task's name fell in the 序号 column and the table was not
    read (the first task named “1”, the rows' text put in the 总体要求). Taken from the rows' first lines, which have a
    piece in every column, each cell is in its column."""
    source = tmp_path / "plan.txt"
    source.write_text(UNITS_APART, encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS, documents=True)
    data = data_of(result)
    assert [(task["task"], task["content"], task["lead"], task["deadline"]) for task in data["tasks"]] == [
        ("加强政策解读和回应关切", ["完善信息发布审核制度，严格执行保密审查程序；按季度梳理本单位主动公开事项清单，逐项核对"
                                  "公开时限和公开方式；在门户网站专栏同步发布并更新办理进度，接受群众监督。"], "执法大队", "长期坚持"),
        ("规范依申请公开办理", ["按季度梳理本单位主动公开事项清单，逐项核对公开时限和公开方式；在门户网站专栏同步发布并"
                                "更新办理进度，接受群众监督。"], "规划股", "6月底前"),
        ("公开重大建设项目批准和实施信息", ["每月汇总群众咨询和申请的办理情况，形成台账报送县政务公开办；对群众关注的热点"
                                            "问题及时组织政策解读，回应社会关切。"], "法规股", "9月底前")]
    assert result.findings == []
