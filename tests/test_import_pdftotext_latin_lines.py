"""A PDF's text copied by pdftotext without -layout (the paragraphs' indents lost), where a paragraph's line holds
Latin letters (政务 QQ 群, www.example.gov.cn) or figures: the line is measured as the page set it (a Latin letter half a
Chinese character, the gap beside it as the page leaves it), so a full one ending a sentence inside its paragraph, or
one ending a sentence short only as the next line's number did not fit, goes on with the paragraph's last line."""
from __future__ import annotations

from _import_helpers import import_text
from test_import_pdftotext_full_line_stop import _lines

#: The copy's line 2 holds Latin letters, is as wide as the page's lines and ends a sentence; line 3 is the last.
_LATIN_FULL = ["全年办理咨询事项较多，为方便群众查询，本局在专栏首页增",
               "设功能，政务 QQ 群和 www.example.gov.cn 答复咨询 135 人次。",
               "热线转办的诉求全部按时办结。"]
#: Line 2 ends a sentence short of the page's width, as the number starting line 3 (12345) did not fit after it; line 3
#: is too wide for a paragraph's first line.
_NUMBER_DOWN = ["全年办理咨询事项较多，为方便群众查询，本局在专栏首页增",
                "设了政务 QQ 群和 www.example.gov.cn 专区，答复 8 人次。",
                "12345 热线转办的公开类诉求全部按时办结并回访，群众的满意率",
                "较上年有所提高。"]
#: Paragraphs of Chinese only, folded at 28 characters, the first line short by the indent the copy lost.
_PLAIN = ["本局把政府信息公开列入年度目标考核，由办公室主任具体负责，各股室确定一名信息员，形成了分工明确的工作新格局，"
          "全年召开专题会议两次，研究解决公开工作中的具体问题。",
          "本局修订了信息发布审核办法，凡是对外发布的各类信息都先由股室负责人审核，再由分管领导审定签发，做到先审后发，"
          "全年没有发生因信息发布不当引起的问题。",
          "每季度对网站各栏目检查一次，发现更新不及时的，当即通知责任股室整改，并在下一次检查时复核整改结果，"
          "全年共检查四次，通报两次。"]


def _copy(paragraphs: list[list[str]]) -> str:
    lines = ["石桥县林业局", "2014年政府信息公开工作年度报告", "一、概述"]
    lines += [line for paragraph in _PLAIN for line in _lines(paragraph)]
    lines += ["二、主动公开政府信息情况", *(line for paragraph in paragraphs for line in paragraph)]
    lines += ["三、存在的主要问题和改进措施", *_lines(_PLAIN[0]), "石桥县林业局", "2015年3月12日"]
    return "\n".join(lines) + "\n"


def _joined(paragraph: list[str]) -> str:
    return "".join(paragraph).replace(" ", "")


def test_a_full_line_of_latin_letters_ending_a_sentence_goes_on_with_the_paragraph(tmp_path):
    _, data = import_text(tmp_path, "copy.txt", _copy([_LATIN_FULL, _lines(_PLAIN[1])]))
    assert data["sections"]["active_disclosure"]["content"] == [_joined(_LATIN_FULL), _PLAIN[1]]


def test_a_sentence_s_end_short_of_the_width_only_as_a_number_did_not_fit_goes_on(tmp_path):
    _, data = import_text(tmp_path, "copy.txt", _copy([_NUMBER_DOWN, _lines(_PLAIN[2])]))
    assert data["sections"]["active_disclosure"]["content"] == [_joined(_NUMBER_DOWN), _PLAIN[2]]


def test_a_paragraph_ending_on_a_line_of_latin_letters_before_a_first_line_ends_there(tmp_path):
    """A first line (short by the lost indent) after a line ending a sentence starts a paragraph."""
    _, data = import_text(tmp_path, "copy.txt", _copy([_LATIN_FULL[:2], _lines(_PLAIN[2])]))
    assert data["sections"]["active_disclosure"]["content"] == [_joined(_LATIN_FULL[:2]), _PLAIN[2]]
