"""No heading that wraps ends on a line of one character (session 50, C). A heading one character longer than its
first line (26 characters of the body's after the 2 of indent, its number's included) printed that character alone
on its last line, as 孤字 a typesetter avoids (GB/T 9704 §7.3.1 breaks a title 词意完整): now both PDFs break a
character earlier, a word joiner (U+2060) keeping the last two together in what they set (``Geometry.heading_typeset``),
as a table's cell does; the heading's text stays as written. LibreOffice ignores the joiner between two Chinese
characters (as in a cell), so the DOCX it lays out may still end on one: there the lines and the text are the PDFs'.
Headings of each level, lengthened a character at a time across a line's end (and a second line's), share one
document, rendered once per output. A character after digits (…2023|年) is joined alike, in a heading and in a cell: the
quarter em both PDFs set between them stays (the DOCX has no joiner there: LibreOffice would set none). Every text
here is written for these tests."""
from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pdfplumber
import pytest

from _import_helpers import libreoffice_pdf
from docx_pages import page_lines
from reportkit.attachments import join_last_characters
from reportkit.blocks import Cell, Heading, Paragraph, Table
from reportkit.layout import JOINER, Geometry
from reportkit.pipeline import build, check_file, choose_layout, render
from reportkit.testing import docx_text

ROOT = Path(__file__).resolve().parents[1]
WORDS = ("加强政务公开平台建设推动办事服务流程优化提升群众满意程度完善监督考核机制落实工作责任"
         "健全常态长效制度深化重点领域信息发布做好政策文件解读回应社会关切")
NUMBERS = {1: "一、", 2: "（一）", 3: "1.", 4: "（1）"}
#: The characters of text a heading's first line holds after its number: 26 less the number's width (“1.” is one
#: character wide, “（1）” two and a half).
FIRST = {1: 24, 2: 23, 3: 25, 4: 23}
#: Each level's headings: the first line full, then one, two and three characters past it; level 1 one past a second
#: line too; a text ending in marks, its last character with them on the last line (“行）”, “度。”).
HEADINGS = [Heading(level, NUMBERS[level], WORDS[:FIRST[level] + extra]) for level in NUMBERS for extra in range(4)] + [
    Heading(1, NUMBERS[1], WORDS[:FIRST[1] + 29]),
    Heading(2, NUMBERS[2], WORDS[:FIRST[2] - 3] + "（试行）"),
    Heading(3, NUMBERS[3], WORDS[:FIRST[3]] + "度。"),
    # “年” alone after “2023”; then the digits start the last line themselves
    *(Heading(1, NUMBERS[1], WORDS[:FIRST[1] - 3 + extra] + "2023年") for extra in range(2)),
]
#: A one-column table's cells (41.7 characters a line): “年” alone after “2023”, then “2023年” wrapped whole.
CELLS = [WORDS[:39 + extra] + "2023年" for extra in range(2)]
BODY = "本项工作按计划推进。"


@pytest.fixture(scope="module")
def printed(plugins, tmp_path_factory) -> dict[str, list[str]]:
    """The text lines of each output, pages joined: both PDFs, the DOCX as LibreOffice lays it out (where it is
    installed); and ``html`` and ``docx_text``, the web page's source and the DOCX's paragraphs."""
    validated = check_file(ROOT / "examples" / "suzhou-2016-work-summary.yaml", plugins)
    layout = choose_layout(validated, plugins.registry)
    document = build(validated, layout)
    table = Table([[Cell("事项", header=True)], *([Cell(text, align="left")] for text in CELLS)], [1])
    join_last_characters(table, layout.geometry)
    blocks = [document.blocks[0], *(b for heading in HEADINGS for b in (heading, Paragraph(BODY))), table]
    document = dataclasses.replace(document, blocks=blocks)
    folder = tmp_path_factory.mktemp("headings")
    out = {}
    for name, fmt in (("weasyprint", "pdf"), ("typst", "pdf-typst"), ("docx", "docx"), ("html", "html")):
        data = render(document, layout, fmt, plugins.registry).data
        if name == "html":
            out[name] = [data.decode()]
            continue
        path = folder / f"{name}.{fmt if fmt == 'docx' else 'pdf'}"
        path.write_bytes(data)
        if fmt == "docx":
            out["docx_text"] = docx_text(data).splitlines()
            if not shutil.which("soffice"):
                continue
            path = Path(libreoffice_pdf(path))
        out[name] = [line.replace(JOINER, "") for page in page_lines(path) for line in page]
        out[f"{name} gaps"] = boundary_gaps(path)
    return out


def boundary_gaps(pdf: Path) -> list[float]:
    """The gap (pt) between “3” and “年” on each line that reads “2023年”, in order."""
    gaps = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            chars = [c for c in page.chars if c["text"].strip()]
            for at in range(len(chars) - 4):
                run = chars[at:at + 5]
                alone = [c for c in (chars[at - 1] if at else None, chars[at + 5] if at + 5 < len(chars) else None) if c]
                if "".join(c["text"] for c in run) == "2023年" and all(abs(c["top"] - run[0]["top"]) > 5 for c in alone):
                    gaps.append(run[4]["x0"] - run[3]["x1"])
    return gaps


def heading_lines(lines: list[str], headings: list[Heading] = HEADINGS) -> list[list[str]]:
    """The lines each of ``headings`` prints in, in order; the text of each exactly its number and text."""
    found, rest = [], iter(lines)
    for heading in headings:
        whole = heading.number + heading.text
        first = next(line for line in rest if line.startswith(whole[:len(line)]) and len(line) > 4)
        mine, text = [first], first
        while text != whole:
            line = next(rest)
            assert whole.startswith(text + line), (whole, text, line)
            mine.append(line)
            text += line
        found.append(mine)
    return found


def _lone(lines: list[str]) -> bool:
    return len(lines) > 1 and len(lines[-1].rstrip("，。、；：？！）》”").lstrip("（《“")) == 1


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_no_heading_ends_on_a_line_of_one_character(printed, engine):
    """Each heading one character past a line keeps two on its last line, the line before it one shorter (“（试行）”
    moves whole, “度。” with the character before it); a heading that fits its line, or leaves two or more on the next,
    prints as before."""
    found = heading_lines(printed[engine])
    assert not [lines for lines in found if _lone(lines)]
    counts = [[len(line) for line in lines] for lines in found]
    for k, (level, first) in enumerate(FIRST.items()):
        width = len(NUMBERS[level]) + first  # the number's characters, as extracted
        assert counts[4 * k:4 * k + 4] == [[width], [width - 1, 2], [width, 2], [width, 3]], (level, counts)
    assert [lines[-1] for lines in found[4 * len(FIRST):]] == [WORDS[51:53], "（试行）", WORDS[24] + "度。",
                                                            "2023年", "2023年"]


@pytest.mark.parametrize("output", ["weasyprint", "typst", "docx"])
def test_each_heading_prints_its_text_as_written_in_as_many_lines(printed, output):
    """Every heading's text is extracted exactly (the joiner draws nothing) and takes as many lines in the DOCX as in
    the PDFs: the joiner costs no line. LibreOffice breaks beside the joiner between two Chinese characters (as in a
    table's cell): its lines may still end on one (docs/layout.md)."""
    if output not in printed:
        pytest.skip("LibreOffice is not installed")
    assert [len(lines) for lines in heading_lines(printed[output])] == \
           [len(lines) for lines in heading_lines(printed["weasyprint"])]


def test_the_joiner_is_the_typesetting_s_not_the_text_s(printed):
    """Only what the engines set is joined: the web page and the DOCX's text read as the data."""
    assert JOINER not in printed["html"][0]
    assert [line for line in printed["docx_text"] if line in {h.number + h.text for h in HEADINGS}] == \
           [h.number + h.text for h in HEADINGS]


def test_a_heading_is_joined_before_its_last_character_only_where_it_would_stand_alone():
    """``Geometry.heading_typeset``: the joiner before the lone character (before its opening mark, “试⁠行）” after
    “（”), none where the last line holds two, none beside a blank or an autospace (“2023|年”: the joiner would take
    the space away), and the text of a heading that fits its line unchanged."""
    g = Geometry()
    text = WORDS[:25]
    assert g.heading_typeset(Heading(1, "一、", text)) == text[:24] + JOINER + text[24]
    assert g.heading_typeset(Heading(1, "一、", WORDS[:26])) == WORDS[:26]
    assert g.heading_typeset(Heading(1, "一、", WORDS[:24])) == WORDS[:24]
    assert g.heading_typeset(Heading(2, "（一）", WORDS[:20] + "（试行）")) == WORDS[:20] + "（试" + JOINER + "行）"
    assert g.heading_typeset(Heading(2, "（一）", WORDS[:21] + "（类）")) == WORDS[:21] + JOINER + "（类）"
    assert g.heading_typeset(Heading(1, "一、", WORDS[:21] + "2023年")) == WORDS[:21] + "2023" + JOINER + "年"
    for kept in (WORDS[:23] + " 度", WORDS[:22] + "2023年"):
        assert g.heading_typeset(Heading(1, "一、", kept)) == kept


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_a_character_joined_after_digits_keeps_its_gap(printed, engine):
    """“2023|年”, in a heading and in a cell, prints “2023年” on the last line, spaced as the “2023年” that wraps
    whole after it: the joiner takes no part in the quarter em between them (it took all of it, and in the WeasyPrint
    PDF its letter-spacing took 0.21 pt)."""
    gaps = printed[f"{engine} gaps"]  # the joined heading's, the wrapped one's, the joined cell's, the wrapped one's
    assert len(gaps) == 4 and gaps[1] > 3 and gaps[3] > 2, gaps
    assert gaps[0] == pytest.approx(gaps[1], abs=0.05) and gaps[2] == pytest.approx(gaps[3], abs=0.05), gaps
