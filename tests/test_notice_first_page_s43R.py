"""A notice a little too long for its first page is set closer so that it all stays there (GB/T 9704 §7.3.5.5: where
the 署名 and the date do not fit, the office adjusts the line spacing; never a 署名 alone on a page); a longer one
breaks as any text does, page 1 full of its body. A notice that sends a plan is one to three lines: under the 版头 its
body's last lines, kept with the 附件说明 and the 署名, took the whole three-line paragraph to page 2 and left page 1
with the title and the 主送 only. The same in both PDFs and the DOCX (``Geometry.notice_pitch``). The inputs are
written for these tests."""
from __future__ import annotations

import io
from pathlib import Path

import docx
import pdfplumber
import pytest

from reportkit.layout import Geometry
from reportkit.plugins import load_plugins
from reportkit.testing import render

from docx_pages import SOFFICE, docx_to_pdfs

G = Geometry()
CLOSEST = 1.5 * G.body_size_pt  # the closest pitch a notice is set at: 24 pt
BOTTOM = (G.page_height_mm - G.margin_bottom_mm) * 72 / 25.4  # the text block's foot, in points from the top
#: Written for these tests: a body of any length is cut from it, a full stop at its end.
POOL = ("各单位要结合本地本部门的实际情况明确责任分工细化工作措施确保各项任务按期完成并按季度报送工作进展"
        "对群众关心的事项及时回应对执行中遇到的困难和问题及时向县政府办公室反映县政府办公室将适时组织督查") * 8
FIRST = POOL[:8]
TITLES = {1: "关于印发政务公开工作要点的通知", 2: "东岭县人民政府办公室关于印发东岭县政务公开工作要点的通知"}
DATE = "2024年3月18日"
LONG = "东岭县政务公开工作要点暨基层政务公开标准化规范化建设任务清单"  # 2 lines in the 附件说明
RED = {"layout": "redhead",
       "plugins": {"reportkit-gbt9704-redhead": {"organ_mark": "东岭县人民政府办公室文件", "number": "东政办发〔2024〕6号",
                                                 "printer": "东岭县人民政府办公室", "printed_on": "2024-03-18"}}}


def body(lines: int) -> str:
    """A paragraph that prints in ``lines`` lines: 26 characters on its first, 28 on the others, half of the last."""
    return POOL[:19 if lines == 1 else 26 + 28 * (lines - 2) + 11] + "。"


def plan(lines: int, title: int = 2, red: bool = True, name: str = "东岭县政务公开工作要点") -> dict:
    """A work plan ``name`` sent by a notice of ``title`` lines whose body is one paragraph of ``lines`` lines."""
    return {"kind": "work-plan", "year": 2024, "agency": "东岭县人民政府办公室", "title": name,
            "notice": {"title": TITLES[title], "addressee": "各乡镇人民政府，县政府各部门", "body": [body(lines)],
                       "date": "2024-03-18", "attachment": True},
            "preamble": ["今年的政务公开工作围绕县政府的中心工作展开。"], "requirements": ["坚持以公开为常态。"],
            "tasks": [{"task": "做好决策公开", "content": ["决策草案向社会公开征求意见。"], "lead": "县政府办公室"}],
            "safeguards": ["县政府办公室每季度通报进展。"], **(RED if red else {})}


def notice(pdf) -> dict:
    """Where the notice's body, 附件说明, 署名 and date are (page, top), its body's lines by page, and its line pitch
    (from the 署名 to the date: a notice of any body has them)."""
    found: dict = {"body": []}
    with pdfplumber.open(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf) as opened:
        for number, page in enumerate(opened.pages[:2], 1):
            for line in page.extract_text_lines():
                text = line["text"].replace(" ", "")
                if POOL.startswith(text.rstrip("。")) or found["body"] and text.rstrip("。") in POOL \
                        and "note" not in found:
                    found["body"].append((number, line["top"]))
                for key, hit in (("note", text.startswith("附件：")), ("organ", text == "东岭县人民政府办公室"),
                                 ("date", text == DATE)):
                    if hit:
                        found.setdefault(key, (number, line["top"]))
    found["pitch"] = found["date"][1] - found["organ"][1]
    return found


#: (title lines, body lines) of the red-head notices, and whether the whole notice stays on page 1.
RED_CASES = {(1, n): n <= 6 for n in (1, 2, 3, 4, 6, 10)} | {(2, n): n <= 5 for n in (1, 2, 3, 4, 5, 6, 10)}


@pytest.fixture(scope="module")
def typst_red():
    return {case: render(plan(case[1], case[0]), formats=("pdf",), engine="typst").pdf for case in RED_CASES}


@pytest.fixture(scope="module")
def both_pdfs():
    """The reproducer's shape (a 3-line body under a 2-line title, a 附件说明 of 2 lines), one overflowing by more (10
    lines), and two plain notices
    over a page (a 1-line title and a 17- or 19-line body: 25 and 26 lines on a page of 22), which keep the grid: the
    WeasyPrint PDF and the DOCX once, the Typst PDF."""
    cases = {"red3": plan(3, name=LONG), "red10": plan(10),
             "plain17": plan(17, 1, red=False), "plain19": plan(19, 1, red=False)}
    out = {}
    for name, data in cases.items():
        made = render(data, formats=("pdf", "docx"))
        out[name] = made.pdf, render(data, formats=("pdf",), engine="typst").pdf, made.docx
    return out


@pytest.mark.parametrize("case", sorted(RED_CASES), ids=lambda case: f"title{case[0]}-body{case[1]}")
def test_a_red_head_notice_keeps_its_first_page(typst_red, case):
    """Bodies of 1 to 10 lines under titles of 1 and 2 lines: the body always begins on page 1; a notice that fits
    at the grid's pitch keeps it, one a little too long is set closer (24 pt at the closest) and keeps its 署名 and
    date on page 1, a longer one fills page 1 with its body and carries only its last lines (two at least) to page 2
    with the 附件说明 and the 署名."""
    title, lines = case
    found = notice(typst_red[case])
    assert [page for page, _ in found["body"]].count(1) >= 1, "page 1 holds no line of the body"
    assert len(found["body"]) == lines  # the input prints as many lines as meant
    if RED_CASES[case]:
        assert found["date"][0] == 1 and found["note"][0] == 1
        assert CLOSEST - 0.05 <= found["pitch"] <= G.line_pitch_pt + 0.05
        assert found["date"][1] + 16 <= BOTTOM
    else:
        assert found["date"][0] == 2 and found["pitch"] == pytest.approx(G.line_pitch_pt, abs=0.05)
        on_two = [top for page, top in found["body"] if page == 2]
        assert len(on_two) >= G.widows_orphans and found["note"][0] == 2
        last_on_one = max(top for page, top in found["body"] if page == 1)
        # page 1 as full as the body's last two lines (widows) on page 2 let it be
        assert len(on_two) == G.widows_orphans or last_on_one + 2 * G.line_pitch_pt > BOTTOM
    grid = G.line_pitch_pt
    fits = {(1, n) for n in (1, 2, 3, 4)} | {(2, n) for n in (1, 2, 3)}
    if case in fits:  # fits at the grid's pitch: not set closer
        assert found["pitch"] == pytest.approx(grid, abs=0.05)


def test_the_reproducer_shape_alike_in_both_pdfs_and_the_docx(both_pdfs):
    """A 3-line body under a 2-line title and the 版头: body, 附件说明, 署名 and date on page 1 in both PDFs, at the same
    closer pitch, which the DOCX writes into the notice's paragraphs (exact lines, and the blank lines under the title
    and above the 附件说明 and the 署名 as tall); the plan (附件) and its own lines keep the grid's."""
    weasy, typst, made = both_pdfs["red3"]
    found, other = notice(weasy), notice(typst)
    assert found["body"][0][0] == found["date"][0] == 1 and other["body"][0][0] == other["date"][0] == 1
    assert found["pitch"] == pytest.approx(other["pitch"], abs=0.05) and found["pitch"] < G.line_pitch_pt - 1
    paragraphs = docx.Document(io.BytesIO(made)).paragraphs
    title = next(p for p in paragraphs if p.text.startswith("东岭县人民政府办公室关于"))
    date = next(p for p in paragraphs if p.text == DATE)
    notice_paragraphs = paragraphs[paragraphs.index(title):paragraphs.index(date) + 1]
    for p in notice_paragraphs:
        assert p.paragraph_format.line_spacing.pt == pytest.approx(found["pitch"], abs=0.05), p.text
    assert title.paragraph_format.space_after == p.paragraph_format.line_spacing
    note = next(p for p in notice_paragraphs if p.text.startswith("附件："))
    organ = next(p for p in notice_paragraphs if p.style.name == "Signature")
    assert note.paragraph_format.space_before == organ.paragraph_format.space_before == p.paragraph_format.line_spacing
    plan_first = next(p for p in paragraphs if p.text.startswith("今年的政务公开工作"))
    assert plan_first.paragraph_format.line_spacing is None  # the style's grid line


def test_a_longer_notice_is_not_set_closer_in_the_docx(both_pdfs):
    """A notice too long to be set closer keeps the grid's line in the DOCX, as in both PDFs."""
    weasy, typst, made = both_pdfs["red10"]
    assert notice(weasy)["date"][0] == notice(typst)["date"][0] == 2
    paragraphs = docx.Document(io.BytesIO(made)).paragraphs
    notice_lines = [p for p in paragraphs if p.text.startswith(FIRST) or p.text == DATE]
    assert notice_lines and all(p.paragraph_format.line_spacing is None for p in notice_lines)


@pytest.mark.parametrize("name", ["plain17", "plain19"])
def test_a_plain_notice_keeps_the_grid(both_pdfs, name):
    """Without a 版头 the notice has the whole page and is never set closer: 25 lines (a 17-line body) and 26 lines break
    at the grid's pitch, page 1 full of body, its last lines with the 署名 on page 2; both PDFs alike."""
    weasy, typst, _ = both_pdfs[name]
    for found in (notice(weasy), notice(typst)):
        assert found["body"][0][0] == 1 and found["date"][0] == 2
        assert found["pitch"] == pytest.approx(G.line_pitch_pt, abs=0.05)
        assert [page for page, _ in found["body"]].count(2) == G.widows_orphans  # page 1 full but for the carried lines
    assert notice(weasy)["pitch"] == pytest.approx(notice(typst)["pitch"], abs=0.05)


def test_a_red_head_work_summary_with_a_short_body_stays_on_its_page():
    """A red-head 工作总结 whose body overflows its first page by a line (14 lines with its headings and 署名, room for 13
    under the 版头) is set closer too: its 署名 and date on page 1."""
    data = {"kind": "work-summary", "year": 2023, "agency": "东岭县人民政府办公室", "title": "东岭县2023年政务公开工作总结",
            "preamble": [body(3)], "work": [body(3)], "problems": [body(1)], "signature": ["东岭县人民政府办公室"],
            "date": "2024-01-10", **RED}
    pdf = render(data, formats=("pdf",), engine="typst").pdf
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        first = [line["text"].replace(" ", "") for line in opened.pages[0].extract_text_lines()]
    assert "2024年1月10日" in first and "东岭县人民政府办公室" in first


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_keeps_the_set_closer_notice_on_page_one(both_pdfs, tmp_path):
    """LibreOffice lays the DOCX of the reproducer's shape out with body, 附件说明, 署名 and date on page 1."""
    source = tmp_path / "red3.docx"
    source.write_bytes(both_pdfs["red3"][2])
    (pdf,) = docx_to_pdfs([source], load_plugins().registry.fonts, tmp_path / "lo")
    found = notice(str(Path(pdf)))
    assert found["body"][0][0] == found["note"][0] == found["date"][0] == 1
