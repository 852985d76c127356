"""A PDF's text copied by pdftotext without -layout (the indents lost): a line holding Latin capitals (政务 QQ 群) that
fills the page's width and ends a sentence, before the paragraph's short last line, is no paragraph's end. The
capitals were counted half a character wide, as digits are, and the line fell short of a line inside a paragraph, so
the paragraph came back cut in two (qiandongnan-2016's, rendered by either engine and copied so); FandolFang and
Times New Roman set a capital 0.6–0.8 wide, and they are counted ¾ now."""
from __future__ import annotations

from _import_helpers import import_text
from test_import_pdftotext_full_line_stop import _copy, _lines

#: Its second line, 25 characters and QQ, filled the line: the next character did not fit beside them.
_WITH_CAPITALS = ["本局通过专题培训和以会代训的方式，组织各乡镇林业站学",
                  "习制度；建立林业 QQ 群并公布值班电话，方便乡镇间联络。",
                  "全年举办信息公开培训 6 次，培训 120 人次。"]
_OTHER = ("本局修订了信息发布审核办法，凡是对外发布的各类信息都先由股室负责人审核，再由分管领导审定签发，做到先审后发"
          "，审核记录留档备查。")


def test_a_full_line_with_capitals_ending_a_sentence_goes_on_to_the_paragraphs_last_line(tmp_path):
    copy = _copy([_OTHER, "@", _OTHER]).replace("@\n", "\n".join(_WITH_CAPITALS) + "\n")
    assert len(_lines(_OTHER)) == 3 and "联络。\n全年" in copy and len(_WITH_CAPITALS[1].replace(" QQ ", "")) == 25
    _, data = import_text(tmp_path, "copy.txt", copy)
    assert data["sections"]["overview"]["content"] == [
        _OTHER, "本局通过专题培训和以会代训的方式，组织各乡镇林业站学习制度；建立林业QQ群并公布值班电话，方便乡镇间联络。"
        "全年举办信息公开培训6次，培训120人次。", _OTHER]
