"""Web addresses in a work plan's task names and in titles: every output breaks an address after a “-” before a letter
and after a “?” as well as after a “/” (Pango, LibreOffice, and the Typst PDF's boxes), but ``line_breaks`` counted
only the “/”. A name holding “…/col/col-government-affairs-openness-2018/…” widened 工作任务 by the whole
“col-government-affairs-openness-2018/” (to 39 % of the table, 具体措施 18 %, as wide as a name may make it), and a
title whose address had a host name longer than a line was left unbroken to the engines.
"""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml.ns import qn

from reportkit.layout import Geometry, text_width
from reportkit.line_breaks import address_breaks, broken
from reportkit.testing import render
from test_pages_task_column_widths import KEYS, task_table
from test_task_table_address_s44C2 import ems

G = Geometry()
#: Task names with an address, and its widest piece between the places every output breaks it.
NAMES = {
    "推进公开（http://www.example.gov.cn/col/col-government-affairs-openness-2018/index.html）": "www.example.gov.cn/",
    "推进公开（https://zwgk.example.gov.cn/policy-interpretation-and-response-to-concerns.html）": "zwgk.example.gov.cn/",
}


MEASURES = (
    "每月更新一次公开专栏，新出台的规范性文件在印发后五个工作日内上网，同时发布解读材料和办事指南，"
    "涉及群众切身利益的事项另行征求意见。"
)


def plan(name: str) -> dict:
    """A plan of three tasks with a task table, the second named ``name``."""
    tasks = [
        {"task": task, "content": [MEASURES], "lead": "办公室", "support": ["法规科"]}
        for task in ("公开权责清单", name, "回应社会关切")
    ]
    return {
        "kind": "work-plan",
        "year": 2024,
        "agency": "某县数据局",
        "requirements": ["以公开为常态。"],
        "tasks": tasks,
        "safeguards": ["办公室统筹推进。"],
        "task_table": {"place": "attachment"},
        "date": "2024-03-01",
    }


@pytest.fixture(scope="module", params=list(NAMES), ids=["hyphens", "hyphens-in-a-file-name"])
def printed(request):
    name = request.param
    result = render(plan(name), formats=("docx", "pdf"))
    table = docx.Document(io.BytesIO(result.docx)).tables[-1]
    widths = [int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    shares = dict(zip(KEYS, (w / sum(widths) for w in widths), strict=True))
    return name, shares, *task_table(result.pdf)


def test_the_task_column_is_as_wide_as_the_widest_piece_between_hyphens_and_slashes(printed):
    """工作任务 holds the widest piece on a line, with its padding and less than 1.5 ems to spare (it took 16.4 ems, the
    most a name may, for “col-government-affairs-openness-2018/”); 具体措施 keeps more than a quarter of the table."""
    name, shares, *_ = printed
    piece = text_width(NAMES[name])
    assert piece < ems(shares["task"]) < piece + 1.5, (ems(shares["task"]), piece)
    assert shares["measures"] > 0.28, shares


def test_the_weasyprint_pdf_breaks_the_address_only_where_line_breaks_counts(printed):
    """The name is printed whole inside its cell, each line of the address ending after a “/”, “-” or “?” or at the
    name's end (no letter of a word broken off), no character outside its cell."""
    name, _, edges, rows, outside = printed
    assert not outside, outside
    (lines,) = [row[1][0] for row in rows if "http" in "".join(row[1][0])]
    assert "".join(lines) == name, lines
    ends = {len("".join(lines[: k + 1])) for k in range(len(lines) - 1)}
    assert ends <= set(address_breaks(name)) | {name.index("http")}, lines


@pytest.mark.parametrize(
    "text",
    [
        "某县人民政府办公室关于转发https://www.example-county-government-information-disclosure.gov.cn/zwgk/的通知",
        "某县政务服务和大数据管理局关于启用https://www.example-county.gov.cn/search?keyword-and-category-of-notice的通知",
    ],
)
def test_a_title_whose_address_is_wider_than_a_line_breaks_after_a_hyphen(text):
    """A piece between two “/” wider than the title's line: broken after a “-” (or “?”), every line within the room;
    it was left whole, one line, for the engines to break where each line filled."""
    room = G.block_width_pt / G.title_size_pt
    lines = broken(text, room, G.autospace_em).split("\n")
    assert "".join(lines) == text and len(lines) > 2, lines
    assert any(line.endswith("-") for line in lines), lines
    assert all(text_width(line, G.autospace_em) <= room for line in lines), lines


def test_a_slash_is_still_taken_before_a_hyphen():
    """Where breaks after “/” alone fit, a host name is not parted at its “-” (www.example-|county.gov.cn)."""
    name = "某县政务服务和大数据管理局政府信息公开专栏栏目清单（网址https://www.example-county.gov.cn/zwgk/xxgk/index.html）"
    lines = broken(name, G.note_room(2), G.autospace_em).split("\n")
    assert "".join(lines) == name and "www.example-county.gov.cn/" in lines, lines
