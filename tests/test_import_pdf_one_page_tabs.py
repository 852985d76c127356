"""The PDF reader on a clerk's DOCX printed to PDF by LibreOffice: a one-page document whose paragraphs are one line
each, a title set in the body's size (and a paragraph under the title that is none), a contact table typed with tabs
whose gaps are slivers, and a task table whose merged cells a page break cuts between two measures; on a WeasyPrint
PDF, two lines in a row spread by web addresses. The inputs are written for these tests, and LibreOffice prints them all
in one run."""
from __future__ import annotations

import io
from collections.abc import Callable
from functools import partial
from pathlib import Path

import docx
import pdfplumber
import pytest
import yaml
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from reportkit.importers import pdf
from reportkit.importers.source import Grid, Para

from _import_helpers import imported, printed, render_source
from docx_pages import SOFFICE
from test_import_pdf_libreoffice_cuts import MEASURES, TASKS, _docx, _page_texts, _run
from test_plugins_redhead import libreoffice_pdfs

pytestmark = pytest.mark.skipif(not SOFFICE, reason="no LibreOffice")

TITLE_FACE, BODY = "方正小标宋简体", "仿宋_GB2312"


def _document(lines: list[tuple[str, str]], size: float = 16, title: tuple[str, float] = (TITLE_FACE, 22),
              page: tuple[float, float] | None = None, indent: bool = True, apart: bool = True) -> bytes:
    """A DOCX of ``lines`` (each ``(how, text)``: "title" centred in ``title``'s face and size, "centre" centred in the
    body's, "body" justified and indented two characters (or not, without ``indent``), "left" flush left, "right" set
    right), in ``size`` pt, on a ``page`` (mm, GB/T 9704's margins; python-docx's Letter without), the paragraphs
    ``apart`` as python-docx's style sets them (or at the line pitch, as GB/T 9704's), to be printed by LibreOffice."""
    document = docx.Document()
    if not apart:
        document.styles["Normal"].paragraph_format.space_after = Pt(0)
    if page:
        section = document.sections[0]
        section.page_width, section.page_height = Mm(page[0]), Mm(page[1])
        section.left_margin, section.right_margin = Mm(28), Mm(26)
    for how, text in lines:
        paragraph = document.add_paragraph()
        paragraph.alignment = {"title": WD_ALIGN_PARAGRAPH.CENTER, "centre": WD_ALIGN_PARAGRAPH.CENTER, "body": WD_ALIGN_PARAGRAPH.JUSTIFY,
                               "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT}[how]
        if how == "body" and indent:
            paragraph.paragraph_format.first_line_indent = Pt(2 * size)
        _run(paragraph, text, *(title if how == "title" else (BODY, size)))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


#: What makes the DOCX of each test below that LibreOffice prints, by name (each section adds its own).
DOCUMENTS: dict[str, Callable[[], bytes]] = {}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    """Every document of :data:`DOCUMENTS` printed by LibreOffice in one run: each one's PDF, by name."""
    folder = tmp_path_factory.mktemp("lo")
    libreoffice_pdfs({name: make() for name, make in DOCUMENTS.items()}, folder)
    return {name: folder / f"{name}.pdf" for name in DOCUMENTS}


def _paras(source: Path) -> list[tuple[str, str]]:
    return [(item.role, item.text) for item in pdf.read(source).items if isinstance(item, Para)]


# 1. A one-page PDF whose paragraphs are one line each -----------------------------------------------------------------
SHORT = [("body", "一、主要工作"), ("body", "全年按时发布各类信息。"), ("body", "二、存在的不足"), ("body", "个别栏目更新不够及时。")]


ONE_PAGE = [("某县文化旅游局2024年政务公开工作总结", 16, (TITLE_FACE, 22), (210, 297), ["某县文化旅游局", "2024年12月30日"]),
            ("2024年政务公开工作总结", 16, (TITLE_FACE, 22), (210, 297), ["某县文化旅游局", "2024年12月30日"]),
            ("某县文化旅游局2024年政务公开工作总结", 14, ("黑体", 20), (210, 297), ["某县文化旅游局", "2024年12月30日"]),
            ("某县文旅局2024年政务公开工作总结", 12, (TITLE_FACE, 16), (148, 210), ["某县文旅局", "2024年12月30日"]),
            ("关于2024年政务公开工作的总结", 16, (TITLE_FACE, 22), None, ["某县人力资源和社会保障局办公室", "2024年12月30日"])]
DOCUMENTS.update({f"one-page-{k}": partial(_document, [("title", title), *SHORT, *(("right", text) for text in closing)],
                                           size, faces, page) for k, (title, size, faces, page, closing) in enumerate(ONE_PAGE)})
WITHOUT_INDENT = ("某县文化旅游局2024年政务公开工作总结", "某县文化旅游局", "2024年12月30日")
DOCUMENTS["without-indent"] = partial(_document, [("title", WITHOUT_INDENT[0]), *SHORT, ("right", WITHOUT_INDENT[1]),
                                                  ("right", WITHOUT_INDENT[2])], indent=False)


@pytest.mark.parametrize("k", range(len(ONE_PAGE)))
def test_a_one_page_pdf_of_one_line_paragraphs_keeps_its_title(pdfs, k):
    """No paragraph wraps, so no line marks the text's left edge: the old reader took the leftmost line for it (the
    title, where it is wider than the body's lines; else the body's indent), the text's middle moved with it, and the
    title read as body, or as a line set right. The edge is two characters left of where the body's lines start (the
    left margin then as wide as the right one), the right edge where the title, centred, puts it, and the title is the
    title, in any size, on any paper."""
    title, _, _, _, closing = ONE_PAGE[k]
    source = pdfs[f"one-page-{k}"]
    printed = _page_texts(source)[0].split("\n")
    assert all(text in printed for _, text in SHORT)  # each paragraph on one line
    assert _paras(source) == [("title", title), *(("body", text) for _, text in SHORT),
                              *(("right", text) for text in closing)]


def test_a_one_page_pdf_of_one_line_paragraphs_set_without_indent_keeps_them_apart(pdfs):
    """Set without indent (as a web page is), the body's lines start at the text's edge: the page's margins, alike on
    both sides, tell."""
    title, organ, date = WITHOUT_INDENT
    assert _paras(pdfs["without-indent"]) == [("title", title), *(("body", text) for _, text in SHORT),
                                              ("right", organ), ("right", date)]


# 2. A title set in the body's size, wrapped by the layout ------------------------------------------------------------
PLAN = [("body", "为方便群众办事，现就本局今年的政务公开工作作出安排，请各科室认真抓好落实，确保按时完成各项任务，并及时报送进展情况。"),
        ("body", "一、总体要求"), ("body", "坚持以公开为常态、不公开为例外。"), ("body", "二、主要任务"), ("body", "（一）公开办事指南"),
        ("body", "各科室按照分工做好本领域的信息公开。"), ("body", "三、保障措施"), ("body", "各科室明确专人负责。"),
        ("right", "某县人力资源和社会保障局"), ("right", "2024年2月2日")]
LONG_TITLE = "某县人力资源和社会保障局2024年政务公开和政府信息公开工作实施方案"
TITLE_FACES = [("黑体", 16), (TITLE_FACE, 18), (TITLE_FACE, 14)]
DOCUMENTS.update({f"long-title-{k}": partial(_document, [("title", LONG_TITLE), *PLAN], title=faces)
                  for k, faces in enumerate(TITLE_FACES)})


@pytest.mark.parametrize("k", range(len(TITLE_FACES)))
def test_a_title_in_the_body_s_size_wrapped_by_the_layout_is_one_title(tmp_path, pdfs, k):
    """A title no larger than 18 pt, too long for a line: its first line fills the text's width from its edge and read
    as a paragraph not indented, its centred rest as a line apart (the old reader: the title was that rest alone, the
    first line a line “before the title” left out). It is one title, without a break."""
    source = pdfs[f"long-title-{k}"]
    assert _page_texts(source)[0].split("\n")[0] != LONG_TITLE  # printed on two lines
    read = _paras(source)
    assert read[0] == ("title", LONG_TITLE)
    assert read[1] == ("body", PLAN[0][1])
    data = imported(source, tmp_path, documents=True).target.read_text(encoding="utf-8")
    assert f"title: {LONG_TITLE}\n" in data


WIDTH = 27  # characters of 16 pt on a line 156 mm wide: the paragraph is two lines, full
FULL = ["某县民政局2024年政务公开工作总结",
        "全年按照年初确定的工作安排推进各项公开任务，重点领域信息发布及时准确，群众反映的问题都按时作出了答复和处理。",
        "本局各科室联系方式", "以上联系方式如有变动另行通知。"]
DOCUMENTS["full-last-line"] = partial(_document, list(zip(["title", "body", "centre", "body"], FULL)), page=(210, 297),
                                      indent=False, apart=False)


def test_a_paragraph_s_last_line_filling_the_width_over_a_centred_line_is_no_title(pdfs):
    """Below the title, a paragraph not indented whose last line fills the width, a centred line under it (a table's
    name) at the line pitch: they are no title in the body's size wrapped by the layout, which stands at the document's
    start only (they were read as one, the title's second and third lines)."""
    title, first, caption, after = FULL
    assert len(first) == 2 * WIDTH
    source = pdfs["full-last-line"]
    with pdfplumber.open(str(source)) as document:
        printed = document.pages[0].extract_text_lines()
    full = next(k for k, line in enumerate(printed) if line["text"].replace(" ", "").endswith(first[-4:]))
    above, last, under = printed[full - 1:full + 2]
    assert last["x1"] - last["x0"] > above["x1"] - above["x0"] - 16  # as full as the line above, within a character
    assert under["text"].replace(" ", "") == caption  # under it at the line pitch, centred
    assert under["top"] - last["top"] == pytest.approx(last["top"] - above["top"], abs=1)
    assert _paras(source) == [("title", title), ("body", first), ("centered", caption), ("body", after)]


# 3. A contact table typed with tabs whose gaps are slivers -----------------------------------------------------------
TABBED = [(16, ["单位\t电话\t地址", "局办\t0000-1234567\t某县人民路18号", "县局\t0000-7654321\t某县解放路6号"]),
          (15, ["科室\t联系人\t电话", "综合\t王某某\t0000-2345678", "法规\t李某某\t0000-8765432"])]
DOCUMENTS.update({f"tabbed-{k}": partial(_document, [
    ("title", "某县民政局2023年政务公开工作方案"),
    ("body", "全年各项工作有序推进，下面是本局的联系方式，请各单位有事及时联系，确保各项工作按时完成。"),
    *(("left", row) for row in rows), ("body", "各单位按照要求落实。"), ("right", "某县民政局"), ("right", "2023年3月1日")],
    size) for k, (size, rows) in enumerate(TABBED)})


@pytest.mark.parametrize("k", range(len(TABBED)))
def test_cells_of_a_tabbed_table_a_sliver_apart_stay_apart(pdfs, k):
    """Cells typed with tabs to the default stops, some ending just short of their stop: the gap after them is a
    fraction of a character (0.4 or less), which the old reader ran together (“单位电话地址”). A sliver between two
    Chinese characters is a tab's (no engine spaces them); before a figure it is one where the row above has a cell
    starting there, and the space an engine sets between Chinese and digits (人民路18号) is none."""
    rows, source = TABBED[k][1], pdfs[f"tabbed-{k}"]
    with pdfplumber.open(str(source)) as document:
        chars = [c for c in document.pages[0].chars if c["text"].strip()]
    text = "".join(c["text"] for c in chars)
    at = text.index(rows[0].replace("\t", ""))
    cells = rows[0].split("\t")
    ends = [at + len(cells[0]) - 1, at + len(cells[0]) + len(cells[1]) - 1]
    gaps = [(chars[k + 1]["x0"] - chars[k]["x1"]) / chars[k]["size"] for k in ends]
    assert min(gaps) <= 0.4  # what is tested: a tab's gap of 0.4 character or less
    read = [text for _, text in _paras(source)]
    at = read.index("，".join(cells))
    assert read[at:at + 4] == ["，".join(row.split("\t")) for row in rows] + ["各单位按照要求落实。"]


def test_two_lines_spread_by_web_addresses_in_a_row_are_no_table_of_text(tmp_path):
    """Web addresses too long for the lines' ends leave two lines in a row spread at their Chinese characters only
    (WeasyPrint PDF), an address unspread on each: the line's usual gap, taken over all its characters, was the
    address's, each Chinese character a cell of its own, and the two lines lined up as rows of a table of text
    (“做好公，开，。https://”). Justifying spreads Chinese characters evenly: their gaps tell the usual one."""
    data = yaml.safe_load(Path("examples/sample-2021.yaml").read_text(encoding="utf-8"))
    data["sections"]["overview"][0] += (f"本局持续做好公开。https://www.{'x' * 20}.gov.cn是本局网址，"
                                        f"另见https://www.{'y' * 24}.gov.cn是指南。")
    source = tmp_path / "report.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    made = render_source(source, "pdf", tmp_path)
    with pdfplumber.open(made) as document:
        lines = [line["text"] for line in document.pages[0].extract_text_lines()]
    spread = next(k for k, text in enumerate(lines) if "做 好 公 开 。 https://" in text)
    assert lines[spread + 1].startswith("www.x") and "是 本 局 网 址 ， 另 见" in lines[spread + 1]  # the next one too
    assert printed(imported(made, tmp_path).target) == printed(source)


# 4. A task table broken between two measures of a merged task --------------------------------------------------------
DOCUMENTS["measures"] = partial(_docx, ["某县财政局2024年政务公开工作要点"],
                                ["为做好本年度的财政信息公开，现将分工安排如下，各单位按照表中的措施和时限抓好落实。"] * 8
                                + ["本表由局办公室负责解释。"] * 2 + ["各项任务的分工见下表。"], ["某县财政局", "2024年3月1日"],
                                TASKS)


def test_a_page_break_between_two_measures_of_a_merged_task_keeps_them_two_rows(pdfs):
    """Task 1's cells merged down its measures, the page break after its first measure, whole on the page: the next
    page's first row, blank but for its measure, was taken for the rest of the row above (“……全文公开惠农补贴……”, a
    measure lost). A row whose text ends above the break short of its cell's width ends there; a cell filled to the
    break (:func:`test_import_pdf_libreoffice_cuts.test_the_rows_of_a_merged_task_cut_by_a_page_break_keep_their_columns`) goes
    on."""
    source = pdfs["measures"]
    pages = _page_texts(source)
    assert pages[0].endswith(MEASURES[0][-1]) and pages[1].startswith(MEASURES[1][:4])  # the break between the two
    grids = [item for item in pdf.read(source).items if isinstance(item, Grid)]
    assert len(grids) == 1
    assert grids[0].rows == [list(row) for row in TASKS]
