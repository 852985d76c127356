"""A 印发通知 that sends the plan as its attachment (``notice.attachment: true``, GB/T 9704 §7.3.4, §7.3.7): the 附件说明
“附件：<方案标题>” under the notice's body, a blank line above it and a long title's second line under the title's first
character; the mark “附件” in 黑体 at the top left of the plan's first page, the title on the third line. The same in the
DOCX and both PDFs; the import reads both back (they were a body paragraph and a mark left out), and the data is
checked. The inputs are written for these tests."""
from __future__ import annotations

import io

import docx
import pytest
import yaml
from click.testing import CliRunner

from reportkit.blocks import Attachment, AttachmentNote, Title
from reportkit.cli import cli
from reportkit.layout import Geometry
from reportkit.plugins import load_plugins
from reportkit.testing import render

from _import_helpers import FORMATS, imported, printed, render_source
from _kinds import W
from layout_measure import measure

PLUGINS = load_plugins()
G = Geometry()
TITLE = "西岭县2025年政务公开工作要点暨基层政务公开标准化规范化建设任务清单"  # wraps in the 附件说明
NOTE = "附件：" + TITLE
BODY = "《西岭县2025年政务公开工作要点》已经县政府同意，现印发给你们，请结合各自职责认真贯彻执行。"
PLAN = f"""kind: work-plan
year: 2025
agency: 西岭县人民政府办公室
title: {TITLE}
notice:
  title: 西岭县人民政府办公室关于印发西岭县2025年政务公开工作要点的通知
  addressee: 各乡镇人民政府，县政府各部门
  body:
    - {BODY}
  date: 2025-03-12
  attachment: true
preamble:
  - 今年全县的政务公开工作紧扣县政府的年度重点，让群众看得到、看得懂、能监督。
requirements:
  - 把公开贯穿决策、执行、管理、服务、结果各个环节。
tasks:
  - task: 做好重点项目建设信息公开
    content:
      - 每季度公开县级重点项目的审批、招标和建设进度。
    lead: 县发展改革局
    deadline: 2025-12
  - task: 做好涉农补贴发放信息公开
    content:
      - 补贴资金发放后十个工作日内在村务公开栏和县政府网站公示。
    lead: 县农业农村局
    support: [县财政局]
safeguards:
  - 县政府办公室每半年通报一次各单位的公开情况。
"""


def _plan(**notice) -> str:
    """:data:`PLAN` with ``notice``'s keys set (``None``: left out)."""
    data = yaml.safe_load(PLAN)
    for key, value in notice.items():
        if value is None:
            data["notice"].pop(key, None)
        else:
            data["notice"][key] = value
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@pytest.fixture(scope="module")
def docx_and_pdf():
    return render(PLAN, formats=("docx", "pdf"))


@pytest.fixture(scope="module")
def typst_pdf():
    return render(PLAN, formats=("pdf",), engine="typst").outputs["pdf"]


def test_the_plan_is_the_notice_s_attachment_only_when_it_says_so(docx_and_pdf):
    """The document: the 附件说明 right before the notice's signature, the plan's title an attachment's under “附件”;
    without ``attachment``, as before: neither, the plan's title a title."""
    blocks = docx_and_pdf.document.blocks
    notes = [b for b in blocks if isinstance(b, AttachmentNote)]
    assert [[item.replace("\n", "") for item in n.items] for n in notes] == [[TITLE]]
    [sent] = [b for b in blocks if isinstance(b, Attachment)]
    assert (sent.label, sent.title.replace("\n", ""), sent.blocks) == ("附件", TITLE, [])
    plain = render(_plan(attachment=None), formats=()).document.blocks
    assert not [b for b in plain if isinstance(b, (AttachmentNote, Attachment))]
    assert [b.text.replace("\n", "") for b in plain if isinstance(b, Title)][-1] == TITLE


def test_docx_prints_the_note_and_the_mark(docx_and_pdf):
    paragraphs = docx.Document(io.BytesIO(docx_and_pdf.outputs["docx"])).paragraphs
    seen = [(p.style.style_id, p.text.replace("\n", "")) for p in paragraphs]
    body = seen.index(("Normal", BODY))
    assert seen[body + 1:body + 6] == [("AttachmentNote", NOTE), ("Signature", "西岭县人民政府办公室"),
                                        ("Date", "2025年3月12日"), ("AttachmentLabel", "附件"), ("Title", TITLE)]
    label = paragraphs[body + 4]._p
    assert label.find(f"{W}pPr/{W}pageBreakBefore") is not None  # the plan's first page, with no blank page before it
    style = docx.Document(io.BytesIO(docx_and_pdf.outputs["docx"])).styles["Attachment Note"].element
    # one blank line above it; its lines after the first under the name's first character (“附件：” hangs)
    assert style.find(f"{W}pPr/{W}spacing").get(f"{W}before") == style.find(f"{W}pPr/{W}spacing").get(f"{W}line")
    assert style.find(f"{W}pPr/{W}ind").get(f"{W}hangingChars") == "300"


@pytest.mark.parametrize("engine", ["weasyprint", "typst"])
def test_both_pdfs_print_the_note_and_the_mark(docx_and_pdf, typst_pdf, engine):
    pages = measure(docx_and_pdf.outputs["pdf"] if engine == "weasyprint" else typst_pdf)
    em, pitch, left = G.body_size_pt, G.line_pitch_pt, pages[0].block[0]
    notice = [line.text.replace(" ", "") for line in pages[0].lines]
    first = next(i for i, text in enumerate(notice) if text.startswith("附件："))
    above, note, wrapped = pages[0].lines[first - 1], pages[0].lines[first], pages[0].lines[first + 1]
    assert notice[first] + notice[first + 1] == NOTE
    assert note.baseline - above.baseline == pytest.approx(2 * pitch, abs=1)  # one blank line above it
    assert note.x0 - left == pytest.approx(2 * em, abs=1)  # two characters in
    assert wrapped.x0 - note.x0 == pytest.approx(3 * em, abs=1)  # under the name's first character
    assert wrapped.baseline - note.baseline == pytest.approx(pitch, abs=1)
    mark, title = pages[1].lines[:2]
    assert mark.text == "附件" and mark.x0 == pytest.approx(left, abs=1)
    assert mark.top - pages[1].block[1] < pitch / 2  # on the first line
    assert any("hei" in font.lower() for font in mark.fonts)
    assert title.baseline - mark.baseline == pytest.approx(2 * pitch, abs=G.title_size_pt / 2)  # on the third line
    assert "".join(line.text.replace(" ", "") for line in pages[1].lines[1:3]) == TITLE


def _validate(tmp_path, text: str) -> tuple[int, str]:
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(path)])
    return result.exit_code, result.output


def _at(text: str, value: str) -> str:
    """``line:column`` of the first line of ``text`` holding ``value`` (at its column)."""
    return next(f"{n}:{line.index(value) + 1}" for n, line in enumerate(text.splitlines(), 1) if value in line)


def test_the_note_typed_into_the_body_or_the_field_is_told(tmp_path):
    """A 附件说明 typed as the body's last paragraph: an error beside ``attachment: true`` (it would print twice), a
    warning without it (it prints as body text, no blank line above it, no mark over the plan); one typed into
    ``attachment``: an error saying to write true. Each at its line and column, in Chinese, with the fix."""
    twice = _plan(body=[BODY, NOTE])
    code, output = _validate(tmp_path, twice)
    assert code == 1
    assert f"plan.yaml:{_at(twice, NOTE)}: error: notice.body[2]：通知正文的最后一段“{NOTE[:30]}”是附件说明，" \
           "而 attachment: true 时 reportkit 已在正文之下印出附件说明：请删去这一段" in output
    typed = _plan(body=[BODY, NOTE], attachment=None)
    code, output = _validate(tmp_path, typed)
    assert code == 0
    assert f"plan.yaml:{_at(typed, NOTE)}: warning: 通知正文的最后一段“{NOTE[:30]}”是附件说明，现在作为正文印出：" \
           "上面不空一行，方案首页也不印“附件”。方案是通知的附件时，删去这一段，在 notice 下写 attachment: true" in output
    assert "（WP6）" in output
    named = _plan(attachment="附件：西岭县2025年政务公开工作要点")
    code, output = _validate(tmp_path, named)
    assert code == 1
    assert f"plan.yaml:{_at(named, '附件：西岭县2025年政务公开工作要点')}: error: notice.attachment：attachment 只写 true 或 false，" \
           "不写“附件：西岭县2025年政务公开工作要点”：写 true" in output
    assert "Traceback" not in output


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_notice_sending_its_plan_comes_back_and_prints_again_alike(tmp_path, fmt):
    """DOCX, both PDFs and the web page: ``attachment: true`` and the notice's body without the 附件说明 come back, with
    no finding; the data imported prints the same texts, the 附件说明 and the mark among them (they came back as a
    body paragraph and a mark left out, in a finding)."""
    source = tmp_path / "plan.yaml"
    source.write_text(PLAN, encoding="utf-8")
    result = imported(render_source(source, fmt, tmp_path, PLUGINS), tmp_path, PLUGINS, documents=True)
    got = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert got["notice"]["attachment"] is True
    assert got["notice"]["body"] == [BODY]
    assert not [f.message for f in result.findings if "附件" in f.message]
    again = printed(result.target, PLUGINS)
    assert again == printed(source, PLUGINS)
    flat = [(element, text.replace("\n", "")) for element, text in again]
    assert ("attachment", TITLE) in flat and ("attachment_label", "附件") in flat


TEXT_NOTICE = f"""西岭县人民政府办公室关于印发西岭县2025年政务公开工作要点的通知

各乡镇人民政府，县政府各部门：

　　{BODY}

{{note}}
西岭县人民政府办公室
2025年3月12日

{{mark}}
西岭县2025年政务公开工作要点
　　今年全县的政务公开工作紧扣县政府的年度重点。
　　一、总体要求
　　把公开贯穿决策、执行、管理、服务、结果各个环节。
　　二、主要任务
　　（一）做好重点项目建设信息公开。每季度公开县级重点项目的进度。
　　责任单位：县发展改革局
　　三、保障措施
　　县政府办公室每半年通报一次各单位的公开情况。
"""


@pytest.mark.parametrize(("note", "mark", "said"), [
    ("　　附件：西岭县2025年政务公开\n工作要点\n", "附件\n", None),  # a name broken by width: one 附件说明
    ("　　附件：西岭县2025年政务公开工作要点\n", "", "原件方案标题之上没有“附件”标识：通知的附件说明“附件：西岭县2025年政务公开工作要点”"
     "导入为 notice 下的 attachment: true，重新生成时方案首页左上角印“附件”（GB/T 9704 §7.3.7）"),
    ("", "附件\n", "原件通知正文之下没有附件说明：方案标题之上的“附件”导入为 notice 下的 attachment: true，"
     "重新生成时通知正文之下印“附件：西岭县2025年政务公开工作要点”（GB/T 9704 §7.3.4）"),
    ("　　附件：西岭县2025年政务公开要点\n", "附件\n", "通知的附件说明“附件：西岭县2025年政务公开要点”与方案标题不同："
     "重新生成时印作“附件：西岭县2025年政务公开工作要点”，请核对"),
], ids=["both-note-wrapped", "note-alone", "mark-alone", "note-names-another"])
def test_a_text_copy_s_note_and_mark_come_back_and_what_it_lacked_is_told(tmp_path, note, mark, said):
    """Either of the two makes the plan the notice's attachment; a finding names what a render prints that the copy
    did not have, or the name the copy's 附件说明 gave where the plan's title is another. A 附件说明 whose name a copy
    broke onto a second line is one (its lines were the body's last two paragraphs)."""
    source = tmp_path / "plan.txt"
    source.write_text(TEXT_NOTICE.format(note=note, mark=mark), encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS, documents=True)
    got = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert got["notice"]["attachment"] is True
    assert got["notice"]["body"] == [BODY]
    assert [f.message for f in result.findings if "附件" in f.message] == ([said] if said else [])
