"""The printed page at other lengths: a work plan whose 责任科室（单位） line is longer than a page, and its task
table's 责任单位 cell taller than half a page, in both PDFs; a 红头 document's 抄送 too long for the 版记's page."""
from __future__ import annotations

import functools
import io
import re
from pathlib import Path

import pdfplumber
import pytest
import yaml

import layout_measure as lm
from reportkit.blocks import Attachment
from reportkit.errors import InvalidData
from reportkit.layout import Geometry
from reportkit.testing import check, render

G = Geometry()
ORGANS = ["人民政府办公室", "政务服务和大数据管理局", "发展和改革委员会", "财政局", "自然资源和规划局", "住房和城乡建设局",
          "交通运输局", "农业农村局", "水利局", "生态环境局", "市场监督管理局", "应急管理局", "卫生健康委员会", "教育局"]
#: Forty supporting units: the 责任科室（单位） line after each task runs to some 22 lines, longer than a page.
UNITS = [f"某某市第{k + 1}片区{ORGANS[k % len(ORGANS)]}" for k in range(40)]


@functools.cache
def _plan() -> dict:
    tasks = [{"task": f"推进第{n}项重点领域信息公开", "content": ["按季度梳理本领域公开事项，逐条核对后在网站专栏更新并留存记录。"],
              "lead": "某某市政务服务和大数据管理局电子政务外网运行维护中心", "support": list(UNITS)} for n in (1, 2, 3)]
    return {"kind": "work-plan", "year": 2024, "agency": "某某市政务服务和大数据管理局",
            "requirements": ["各片区单位共同承担公开任务，牵头单位统筹进度。"], "tasks": tasks,
            "safeguards": ["局办公室每季度汇总一次各片区的落实情况。"], "task_table": {"place": "attachment"},
            "date": "2024-02-20"}


@functools.cache
def _pdfs() -> dict:
    return {engine: render(_plan(), engine=engine, formats=("pdf",)) for engine in ("weasyprint", "typst")}


def _body(result) -> list[list[str]]:
    """The lines of each page before the attachment's."""
    label = next(b for b in result.document.blocks if isinstance(b, Attachment)).label
    pages = [[re.sub(r"\s", "", line.text) for line in page.lines] for page in lm.measure(result.pdf)]
    return pages[:next(n for n, page in enumerate(pages) if page and page[0] == label)]


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_units_line_longer_than_a_page_breaks_inside_the_text_block(engine):
    """The Typst PDF carried a task's 责任科室（单位） line under the measures' last line, whole: longer than a page, its
    last line ran off the text block through the page number. It is not carried when it may not fit on a page under
    two lines: it breaks as the WeasyPrint PDF breaks it, every line inside the block and the text all there."""
    result = _pdfs()[engine]
    pages = lm.measure(result.pdf)
    assert lm.overflow(pages) == []
    assert [seg.text for seg in lm.paragraphs(pages, result.document) if seg.text.startswith("责任科室")] \
        == ["责任科室（单位）：" + "、".join(["某某市政务服务和大数据管理局电子政务外网运行维护中心", *UNITS])] * 3


def test_both_pdfs_print_the_plan_s_body_in_the_same_lines():
    assert _body(_pdfs()["typst"]) == _body(_pdfs()["weasyprint"])


@pytest.mark.parametrize("extra", [0, 6, 12])
def test_a_long_units_line_before_the_task_table_parts_as_in_the_weasyprint_pdf(extra):
    """The Typst PDF carried a task's 责任科室（单位） line of a dozen lines whole under its measures, and with it the
    start of the task table printed after it (``place: inline``): the lot went to a new page and left half of one
    empty, where the WeasyPrint PDF takes only the line's last two along with the table. The line carries the table's
    start itself: both PDFs print every page before the table's in the same lines."""
    data = {**_plan(), "task_table": {"place": "inline"}, "requirements": ["各片区单位共同承担公开任务。" * (1 + extra)]}
    data["tasks"] = [{**task, "support": list(UNITS[:18 if n else 2])} for n, task in enumerate(_plan()["tasks"][:2])]
    printed = []
    for engine in ("weasyprint", "typst"):
        pages = [[re.sub(r"\s", "", line.text) for line in page.lines]
                 for page in lm.measure(render(data, engine=engine, formats=("pdf",)).pdf)]
        printed.append(pages[:next(n for n, page in enumerate(pages) if any(line.startswith("序号") for line in page))])
    assert printed[0] == printed[1]


def _tall_cell(pdf: bytes) -> list[tuple[float, float]]:
    """Of each page of the task table holding 责任单位 text (the units' names): the top of its first word under the
    head's bottom rule, and the page's lowest rule (the split row's foot)."""
    out = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            words = [w for w in page.extract_words(extra_attrs=["size"])
                     if w["size"] < G.table_size_pt + 0.5 and re.search("某|片区", w["text"])]
            rules = sorted(e["top"] for e in page.edges if e["orientation"] == "h")
            if words and rules:
                out.append((min(w["top"] for w in words if w["top"] > rules[1]), rules[-1]))
    return out


def test_a_cell_taller_than_half_a_page_starts_at_its_top_and_splits_where_the_weasyprint_pdf_s_does():
    """The Typst PDF centred the tall 责任单位 cell over the whole row that splits across pages: it began a line down
    the first page, under empty space, and its cell padding on every page it ran over put the row's foot 2 pt below
    the WeasyPrint PDF's. It starts at its top, padded above its first line and below its last only."""
    weasy, typst = (_tall_cell(_pdfs()[engine].pdf) for engine in ("weasyprint", "typst"))
    assert len(weasy) >= 2
    for (w_top, w_foot), (t_top, t_foot) in zip(weasy[:2], typst[:2]):
        assert abs(w_top - t_top) < 0.5 and abs(w_foot - t_foot) < 0.5, (weasy, typst)


def test_a_kept_paragraph_s_lines_are_counted_on_the_grid():
    assert G.paragraph_lines("某" * 26) == 1 and G.paragraph_lines("某" * 27) == 2
    assert G.paragraph_lines("某" * 26, 2) == 2 and G.paragraph_lines("甲\n乙\u2028丙") == 3


REDHEAD = Path(__file__).resolve().parents[1] / "plugins" / "reportkit-gbt9704-redhead" / "examples" / "redhead-2023.yaml"
OFFICES = ["人民政府办公室", "政务服务和数据管理局", "发展和改革局", "财政局", "自然资源和规划局", "住房和城乡建设局", "交通运输局",
           "农业农村局", "水利局", "生态环境分局", "市场监督管理局", "应急管理局", "卫生健康局", "教育体育局", "司法局", "审计局"]


def _copied_to(count: int) -> dict:
    data = yaml.safe_load(REDHEAD.read_text(encoding="utf-8"))
    data["plugins"]["reportkit-gbt9704-redhead"]["copy_to"] = [f"某某县第{k + 1}片区{OFFICES[k % len(OFFICES)]}"
                                                               for k in range(count)]
    return data


def test_a_copy_list_longer_than_the_imprint_s_page_is_refused_at_its_line():
    """A 抄送 of 80 organs (some 37 lines) was set anyway: the WeasyPrint PDF parted the 版记 over two pages, its last
    rule not at the block's foot, and the Typst PDF ran it off the page. The data is refused where the list is,
    with what to write instead (a 统称)."""
    with pytest.raises(InvalidData) as refused:
        check(_copied_to(80), file="redhead.yaml")
    message = str(refused.value)
    assert re.match(r"redhead\.yaml:\d+:\d+: error: plugins\.reportkit-gbt9704-redhead\.copy_to：抄送机关共 80 个", message)
    assert "抄送至多 19 行" in message and "统称" in message


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_copy_list_of_nineteen_lines_fits_the_imprint_s_page(engine):
    result = render(_copied_to(34), engine=engine, formats=("pdf",))
    pages = lm.measure(result.pdf)
    assert lm.overflow(pages) == []
    last = [re.sub(r"\s", "", line.text) for line in pages[-1].lines]
    assert last[0].startswith("抄送：某某县第1片区") and last[-1].startswith("某县自然资源局办公室"), last
