"""A PDF's text copied by pdftotext without -layout (the paragraphs' indents lost): a line as wide as the page's
lines that ends a sentence, followed by the paragraph's short last line, is no paragraph's end; a paragraph that
ends on a full line before one that starts (its first line short by the lost indent, cut inside a sentence) still
ends there."""
from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import import_text, imported, render_source

PLUGINS = load_plugins()

#: Its second line (28 characters) ends a sentence; its third and last line is short.
_STOP_INSIDE = ("本局把政府信息公开列入年度目标考核，由办公室主任具体负责，各股室确定一名信息员，形成了分工明确的工作新格局。"
                "全年召开专题会议两次。")
#: It ends right at the end of its second line; the next paragraph has two lines.
_ENDS_FULL = "本局修订了信息发布审核办法，凡是对外发布的各类信息都先由股室负责人审核，再由分管领导审定签发，做到先审后发。"
_NEXT = "每季度对网站各栏目检查一次，发现更新不及时的，当即通知责任股室整改，并在下一次检查时复核整改结果。"


def _lines(paragraph: str, width: int = 28, indent: int = 2) -> list[str]:
    """``paragraph`` as pdftotext gives a page's lines ``width`` characters wide, the first short by ``indent``."""
    out, at = [paragraph[:width - indent]], width - indent
    while at < len(paragraph):
        out.append(paragraph[at:at + width])
        at += width
    return out


def _copy(overview: list[str]) -> str:
    lines = ["石桥县林业局", "2014年政府信息公开工作年度报告", "一、概述"]
    lines += [line for paragraph in overview for line in _lines(paragraph)]
    lines += ["二、主动公开政府信息情况", *_lines("本年度主动公开政府信息412条，主要通过县政府门户网站的林业专栏、乡镇林业站的公开栏"
                                              "和林区广播发布，方便林农就近查看。"),
              "三、存在的主要问题和改进措施",
              *_lines("部分股室报送信息不够及时，网站个别栏目内容更新较慢，下一年度将把信息报送情况纳入股室考核，每月通报一次。"),
              "石桥县林业局", "2015年3月12日"]
    return "\n".join(lines) + "\n"


def test_a_full_line_ending_a_sentence_before_the_paragraph_s_short_last_line_goes_on(tmp_path):
    """_STOP_INSIDE came back as two paragraphs, its short last line one of its own."""
    text = _copy([_STOP_INSIDE, _ENDS_FULL, _NEXT])
    assert "新格局。\n全年召开专题会议两次。\n" in text and "先审后发。\n每季度" in text
    _, data = import_text(tmp_path, "copy.txt", text)
    assert data["sections"]["overview"]["content"] == [_STOP_INSIDE, _ENDS_FULL, _NEXT]


def test_a_full_line_ending_a_paragraph_before_a_first_line_ends_it(tmp_path):
    _, data = import_text(tmp_path, "copy.txt", _copy([_ENDS_FULL, _NEXT, _STOP_INSIDE]))
    assert data["sections"]["overview"]["content"] == [_ENDS_FULL, _NEXT, _STOP_INSIDE]


_REPORT = """\
kind: annual-report
year: 2014
agency: 石桥县林业局
date: 2015-03-12
sections:
  overview:
    content:
      - {stop}
      - 本局修订了信息发布审核办法，凡对外发布的信息先由股室负责人审核，再由分管领导签发，做到先审后发。每季度对网站栏目检查一次。
  applications:
    figures:
      received: 4
      answered: 4
  problems:
    content:
      - 部分股室报送信息不够及时，网站个别栏目内容更新较慢，下一年度将把信息报送情况纳入股室考核，每月通报一次。
"""


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
@pytest.mark.parametrize("engine", ["pdf", "pdf-typst"])
def test_a_rendered_report_copied_by_pdftotext_keeps_the_paragraph_whole(tmp_path, engine):
    source = tmp_path / "shiqiao.yaml"
    source.write_text(_REPORT.format(stop=_STOP_INSIDE), encoding="utf-8")
    pdf = render_source(source, engine, tmp_path, PLUGINS)
    subprocess.run(["pdftotext", str(pdf), str(tmp_path / "copy.txt")], check=True)
    assert "新格局。\n全年召开专题会议两次。\n" in (tmp_path / "copy.txt").read_text(encoding="utf-8")
    result = imported(tmp_path / "copy.txt", tmp_path, PLUGINS)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert data["sections"]["overview"]["content"] == yaml.safe_load(source.read_text(encoding="utf-8"))[
        "sections"]["overview"]["content"]
