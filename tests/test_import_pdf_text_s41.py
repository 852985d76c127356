"""Importing a clerk's documents set flush left and printed to PDF by LibreOffice (a number's unit moved to the next
line, a 署名 at the left edge under a paragraph of one line), and short text copies: paragraphs indented with
“　　” whose few wrapped lines start at the edge, a 附件说明 with no 署名 after it, a notice sending the plan as its
attachment. The inputs are written for these tests; LibreOffice prints both PDFs in one run."""
from __future__ import annotations

import io

import docx
import pdfplumber
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt

from reportkit.testing import docx_text, render

import yaml

from _import_helpers import imported
from docx_pages import SOFFICE
from test_plugins_redhead import libreoffice_pdfs

#: A work summary's items, set in 三号 flush left: each ends its first line with its figure, “41”, and moves the unit
#: and full stop (“条。”, which may not begin a line) to the next.
_FILLED = [f"（{n}）{verb}机构职能、领导分工、办事指南等栏目内容41条。" for n, verb in zip("一二", ("共更新", "更新了"))]
_SUMMARY = ["临溪镇人民政府2023年政务公开工作总结", "一、主要工作情况", *_FILLED, "二、存在的问题",
            "政策解读形式较为单一。", "三、2024年工作打算", "丰富政策解读形式。", "临溪镇人民政府", "2024年1月10日"]
#: A notice and its plan in 11 points (Word's default), no line wide enough to wrap: the body's longest line a sentence
#: over the 署名 at the left edge.
_NOTICE = ["宁安县财政局关于印发2023年政务公开工作实施方案的通知", "局机关各股室、各乡镇财政所：",
           "现将《宁安县财政局2023年政务公开工作实施方案》印发给你们，请认真贯彻执行。", "宁安县财政局", "2023年2月27日",
           "宁安县财政局2023年政务公开工作实施方案", "为做好财政领域政务公开工作，制定本方案。", "一、总体要求",
           "以预决算公开为重点，推进财政信息公开。", "二、主要任务", "（一）推进预决算公开。预算批复后20日内公开。",
           "三、保障措施", "各股室要明确一名联络员。"]
#: The same, its lines shorter: the longest, a paragraph of the plan's, over another at the left edge.
_SHORT = [*_NOTICE[:2], "现将实施方案印发给你们，请认真执行。", *_NOTICE[3:6],
          "为做好财政领域政务公开工作，结合我局工作实际和年度重点，制定本方案。", "本方案自印发之日起施行。", *_NOTICE[7:]]


def _flush_left(lines: list[str], face: str = "仿宋_GB2312", size: float = 16) -> bytes:
    """A DOCX of ``lines``, one a paragraph in ``face`` (figures in the Latin face) of ``size`` points at Word's
    default alignment (flush left), no indents."""
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(size)
    document.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)
    for line in lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def flush_left(tmp_path_factory):
    """LibreOffice's PDFs of the summary (in 仿宋, and in 黑体, which reads as bold but for its figures) and the
    notice, written to a folder; that folder."""
    if not SOFFICE:
        pytest.skip("no LibreOffice")
    folder = tmp_path_factory.mktemp("flush-left")
    pdfs = libreoffice_pdfs({"summary": _flush_left(_SUMMARY), "summary-hei": _flush_left(_SUMMARY, "黑体"),
                             "notice": _flush_left(_NOTICE, size=11), "short": _flush_left(_SHORT, size=11)}, folder)
    for name, data in pdfs.items():
        (folder / f"{name}.pdf").write_bytes(data)
    return folder


def _data(result) -> dict:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _text(folder, name: str, text: str):
    """``text`` written as ``folder/name`` and imported as the document its title names: the result and its data."""
    (folder / name).write_text(text, encoding="utf-8")
    result = imported(folder / name, folder, documents=True)
    return result, _data(result)


@pytest.mark.parametrize("name", ["summary", "summary-hei"])
def test_a_figure_s_unit_moved_to_the_next_line_stays_in_its_paragraph(flush_left, tmp_path, name):
    with pdfplumber.open(flush_left / f"{name}.pdf") as pdf:
        lines = [ln["text"].replace(" ", "") for page in pdf.pages for ln in page.extract_text_lines()]
    assert [a for a, b in zip(lines, lines[1:]) if b == "条。"] == [item.removesuffix("条。") for item in _FILLED]
    data = _data(imported(flush_left / f"{name}.pdf", tmp_path, documents=True))
    assert data["work"] == _FILLED


@pytest.mark.parametrize("name, paragraphs", [("notice", _NOTICE), ("short", _SHORT)])
def test_a_signature_at_the_left_edge_is_not_the_notice_s_last_sentence(flush_left, tmp_path, name, paragraphs):
    with pdfplumber.open(flush_left / f"{name}.pdf") as pdf:
        lines = [ln["text"].replace(" ", "") for ln in pdf.pages[0].extract_text_lines()]
    assert lines == paragraphs  # each paragraph a line, the 署名 at the left edge under a sentence
    data = _data(imported(flush_left / f"{name}.pdf", tmp_path, documents=True))
    assert data["notice"]["body"] == [paragraphs[2]]
    assert data["agency"] == "宁安县财政局" and str(data["notice"]["date"]) == "2023-02-27"
    assert data["preamble"] == paragraphs[6:-6]  # a sentence over a paragraph at the left edge ends its own


_INDENTED = """东湖县司法局2024年政务公开工作总结

　　一、主要工作
　　今年以来，我局围绕法治政府建设要求，把行政执法信息公开作为重点，着力提高执法工作的
透明度和公信力。
　　二、下一步打算
　　继续完善执法公示制度，推进行政执法信息按时公开、动态调整，确保公示内容准确、
完整、及时更新。

东湖县司法局
2024年12月20日
"""


def test_a_short_copy_s_wrapped_lines_join_their_indented_paragraph(tmp_path):
    _, data = _text(tmp_path, "indented.txt", _INDENTED)
    assert data["work"] == ["今年以来，我局围绕法治政府建设要求，把行政执法信息公开作为重点，着力提高执法工作的透明度和公信力。"]
    assert data["plan"] == ["继续完善执法公示制度，推进行政执法信息按时公开、动态调整，确保公示内容准确、完整、及时更新。"]


def test_an_attachment_note_at_the_end_without_a_signature_says_so(tmp_path):
    text = _INDENTED.split("\n东湖县司法局\n")[0] + "\n附件：东湖县司法局2024年执法公示清单\n"
    result, _ = _text(tmp_path, "note.txt", text)
    said = [f.message for f in result.findings if "附件说明" in f.message]
    assert said == ["文末的附件说明“附件：东湖县司法局2024年执法公示清单”未导入：附件没有导入，需要时请在 attachments 下补写"]


_SENT = """东湖县人民政府办公室关于印发东湖县2024年政务公开工作要点的通知

各乡镇人民政府，县政府各部门：

　　《东湖县2024年政务公开工作要点》已经县政府同意，现印发给你们，请认真贯彻落实。

　　附件：东湖县2024年政务公开工作要点

东湖县人民政府办公室
2024年4月3日

附件

东湖县2024年政务公开工作要点

　　今年全县政务公开工作要紧扣中心工作，提升公开质效。
　　一、总体要求
　　推动政务公开与政务服务融合。
　　二、重点任务
　　（一）深化决策公开。重大决策草案公开征求意见。
　　责任单位：县政府办公室
　　三、保障措施
　　各单位要明确分管负责人。
"""


def test_the_mark_over_a_plan_a_notice_sends_is_said_for_what_it_is(tmp_path):
    """The 附件说明 and the mark are the notice's ``attachment`` (s42: they were its body's last paragraph, and a
    finding that the mark was left out); a render prints both again."""
    result, data = _text(tmp_path, "sent.txt", _SENT)
    assert data["notice"]["attachment"] is True
    assert data["notice"]["body"][-1] == "《东湖县2024年政务公开工作要点》已经县政府同意，现印发给你们，请认真贯彻落实。"
    assert [f.message for f in result.findings if "附件" in f.message] == []
    printed = docx_text(render(data, formats=("docx",)).outputs["docx"]).split("\n")
    note = printed.index("附件：东湖县2024年政务公开工作要点")
    assert printed.index("《东湖县2024年政务公开工作要点》已经县政府同意，现印发给你们，请认真贯彻落实。") < note \
        < printed.index("附件") < printed.index("东湖县2024年政务公开工作要点")
