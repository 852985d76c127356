"""One count of a table cell's lines (session 48, L): ``reportkit.layout.cell_lines`` serves the column widths, the
joining of a cell's last character (``attachments.join_last_characters``), rule R17 and the rows kept together. A last
line of one character with its closing marks (“类）”), or in brackets (“（类）”), is a line of one character as well
(GB/T 9704: no line holds a single character): its character keeps the one before it in both PDFs. A run of letters
wider than its line is counted broken, as the engines break it: the character left alone after it is seen, and joined.
Every text here is written for these tests."""
from __future__ import annotations

import io

import pdfplumber
import pytest

from reportkit.layout import CLOSING_MARKS, OPENING_MARKS, cell_lines, most_lines
from reportkit.testing import render

WORDS = "本局按照统一部署对照权责清单逐项梳理后向社会主动公开的行政许可行政处罚及其他行政权力运行流程图表和办事指南"
#: The categories table's name column holds 28 characters a line: a name of 28 fills one.
FULL = "甲" + WORDS[:27]
#: 29 characters, the last a closing mark: the 28th went to the next line with it, “类）” alone.
CLOSED = "乙" + WORDS[:26] + "类）"
#: After “其中：” a line holds 35 characters of a name, 35 under it (a hanging indent): “类）” and “（类）” alone.
CHANNELS = ["丙" + WORDS[:34] + "类）", "丁" + WORDS[:33] + "（类）"]
#: In a column holding 27 characters a line, 60 letters take a line of 56 and 4 more before the words: the last of 26
#: words went alone to a fourth line; counted as one line of the letters' full width, it was not seen.
RUN = "编号" + "a" * 60 + WORDS[:26]
REPORT = {
    "kind": "annual-report", "year": 2010, "agency": "某某县水务局",
    "sections": {
        "active_disclosure": {
            "figures": {"categories": [{"name": n, "count": 4 + i} for i, n in enumerate(["戊" + WORDS[:5], FULL, CLOSED])],
                        "show": "table"},
            "content": ["本年度主动公开的信息按类别列于下表。",
                        {"columns": ["序号", "事项", "备注"], "widths": [1, 6, 2], "rows": [["1", RUN, "办公室"]]}]},
        "applications": {
            "figures": {"channels": [{"name": n, "count": 3 + i} for i, n in enumerate(CHANNELS)], "show": "table"},
            "content": ["本年度收到的申请均已按期答复。"]},
    },
}


def cell_texts(data: bytes) -> list[list[str]]:
    """Each table cell of the PDF ``data`` as its lines of text, blanks left out."""
    found = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            chars = [c for c in page.chars if c["text"].strip()]
            for table in page.find_tables():
                for a, t, b, d in table.cells:
                    lines: dict[int, str] = {}
                    for c in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
                        if a <= (c["x0"] + c["x1"]) / 2 <= b and t <= (c["top"] + c["bottom"]) / 2 <= d:
                            lines[round(c["top"])] = lines.get(round(c["top"]), "") + c["text"]
                    found.append(list(lines.values()))
    return found


def alone(line: str) -> bool:
    """Whether ``line`` holds one character, its marks aside."""
    return len(line.rstrip(CLOSING_MARKS).lstrip(OPENING_MARKS)) == 1


@pytest.fixture(scope="module", params=["weasyprint", "typst"])
def cells(request) -> list[list[str]]:
    return cell_texts(render(REPORT, formats=("pdf",), engine=request.param).pdf)


def printed(cells: list[list[str]], text: str) -> list[str]:
    """The lines of the one cell printing ``text`` (after “其中：” too)."""
    (lines,) = [lines for lines in cells if "".join(lines).removeprefix("其中：") == text]
    return lines


def test_a_character_with_its_marks_does_not_end_a_cell_alone(cells):
    """“类）” and “（类）” no longer end a name alone: the character before comes down with them (or the column widths
    move a character), beside a name filling its line; the names stay two lines."""
    for text in (CLOSED, *CHANNELS):
        lines = printed(cells, text)
        assert len(lines) == 2 and not alone(lines[-1]), lines
    assert printed(cells, FULL) == [FULL]
    assert not [lines for lines in cells if len(lines) > 1 and alone(lines[-1])]


def test_a_run_wider_than_its_line_is_counted_broken(cells):
    """The 60 letters break after 56 in both PDFs, the words after the other 4 keep two characters on their last line
    (its last one was alone)."""
    lines = printed(cells, RUN)
    assert [len(line) for line in lines] == [2, 56, 4 + 24, 2], lines


def test_one_count_for_every_caller():
    """The widths, the joining and R17 count alike; the rows kept together count every character full width, a
    closing mark never starting a line, more lines than the type's own widths, never fewer."""
    assert cell_lines("网站发布条数", 5.5) == (2, (5,))
    assert cell_lines("公开事项分类）\n行政处罚（类）", 6.5) == (4, (5, 12))
    # 10 characters on the first line, 7 on each under the indent
    assert cell_lines("其中：" + "某" * 14, 10.5, hanging=3) == (2, ())
    assert cell_lines("其中：" + "某" * 15, 10.5, hanging=3) == (3, (17,))
    assert cell_lines("a" * 30, 6.5).lines == 3  # 13 letters a line
    # the last letter of a run broken inside is no lone character: nothing could keep it with the rest
    assert cell_lines("a" * 27, 6.5) == (3, ())
    assert cell_lines("信箱（" + "x" * 26 + "）", 6.5).lone == ()
    assert [most_lines(text, 4.5) for text in ("某某某某。", "abcdefgh", "")] == [2, 2, 1]
