"""A web address in a work plan's task name: the task table's 工作任务 column is as wide as the address's widest piece
between the places every output breaks it (after a “/”), not the whole address, which took 工作任务 to 39 % of the
table and left 具体措施 18 % in every row. Measured in the DOCX's grid and on both PDFs' pages (the address broken only
after a “/”, every character inside its cell). A title's address breaks at those places too, none inside a number."""

from __future__ import annotations

import io

import docx
import pytest
import yaml
from docx.oxml.ns import qn

from _kinds import EXAMPLES
from reportkit.layout import Geometry, text_width
from reportkit.line_breaks import broken
from reportkit.testing import render
from test_pages_task_column_widths import KEYS, task_table

#: Task names with an address, and the address's widest piece no output breaks: a number's "/" (2019/05) is kept
#: with it, by Pango and LibreOffice alike.
NAMES = {
    "深入推进预决算公开（http://www.example.gov.cn/zwgk/czyjs/index.html）": "www.example.gov.cn/",
    "推进公开（http://a.cn/20190415/20190416/20190417/x.html）": "20190415/20190416/20190417/",
}


def putian(name: str | None = None) -> dict:
    """The Putian work plan, its second task named ``name``."""
    data = yaml.safe_load((EXAMPLES / "putian-2018-work-plan.yaml").read_text(encoding="utf-8"))
    if name:
        data["tasks"][1]["task"] = name
    return data


def grid(data: dict) -> dict[str, float]:
    """Each task-table column's share of the DOCX table's width."""
    table = docx.Document(io.BytesIO(render(data, formats=("docx",)).docx)).tables[-1]
    widths = [int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    return dict(zip(KEYS, (w / sum(widths) for w in widths), strict=True))


def ems(share: float) -> float:
    """A share of the text block's width in ems of the table's type."""
    geometry = Geometry()
    return share * geometry.block_width_pt / geometry.table_size_pt


@pytest.mark.parametrize("name", NAMES)
def test_an_address_widens_the_task_column_by_its_widest_piece_only(name):
    """工作任务 holds the address's widest piece on a line, with its padding and less than an em to spare; 责任单位 and
    完成时限 keep their widths, 具体措施 giving only what 工作任务 gains (the whole first address took it from 45 % to
    18 %)."""
    plain, addressed = grid(putian()), grid(putian(name))
    piece = text_width(NAMES[name])
    assert piece < ems(addressed["task"]) < piece + 1.5, (ems(addressed["task"]), piece)
    for key in ("number", "units", "deadline"):
        assert abs(addressed[key] - plain[key]) < 0.001, (key, addressed, plain)


@pytest.fixture(
    scope="module",
    params=[(name, engine) for name in NAMES for engine in ("weasyprint", "typst")],
    ids=lambda param: f"{NAMES[param[0]][:8]}-{param[1]}",
)
def printed(request) -> tuple[str, list[float], list, list[str]]:
    name, engine = request.param
    return name, *task_table(render(putian(name), formats=("pdf",), engine=engine).pdf)


def test_the_address_breaks_after_a_slash_inside_its_cell(printed):
    """Both PDFs print the name whole in its cell, each line of the address ending at a “/” or the address's end, and
    no character outside its cell; 工作任务 as wide as the DOCX's grid has it, not the whole address."""
    name, edges, rows, outside = printed
    assert not outside, outside
    (lines,) = [row[1][0] for row in rows if "http" in "".join(row[1][0])]
    assert "".join(lines) == name, lines
    inside = [line for line in lines if any(c.isascii() for c in line)]
    assert len(inside) > 1 and all(line.endswith("/") for line in inside[:-1]), lines
    task = (edges[2] - edges[1]) / (edges[-1] - edges[0])
    assert ems(task) < text_width(NAMES[name]) + 1.5, ems(task)


def test_a_title_breaks_no_number_at_its_slash():
    """A title's address breaks where every output would (``line_breaks.address_breaks``): not inside “2019/04/15”,
    which Pango and LibreOffice keep whole."""
    title = "某某市人民政府办公室关于转发http://www.example.gov.cn/zwgk/2019/04/15/content_12345.html文件的通知"
    lines = broken(title, 22, Geometry().autospace_em).split("\n")
    assert "".join(lines) == title and len(lines) > 1, lines
    assert "2019/04/15/" in "".join(line for line in lines if "2019" in line), lines
