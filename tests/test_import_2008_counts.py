"""A 2008-edition part whose own text already gives its figures prints them once; a count a report gives for one
channel (网站、公开栏 …), or for the year (年内累计), is never read as the agency's all-years figure."""
from __future__ import annotations

import textwrap

import docx
import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import imported

PLUGINS = load_plugins()

# Written for these tests; the agency and its figures are made up.
HEAD = """\
kind: annual-report
year: 2013
agency: 某县林业局
sections:
  overview:
    content:
      - 本局由办公室负责信息公开的日常工作。
"""


def _paragraphs(tmp_path, sections: str) -> list[str]:
    data = tmp_path / "report.yaml"
    data.write_text(HEAD + textwrap.indent(textwrap.dedent(sections), "  "), encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(data), "-o", str(tmp_path), "--format", "docx", "-j", "1"])
    assert result.exit_code == 0, result.output
    return [p.text for p in docx.Document(str(tmp_path / "report.docx")).paragraphs]


def test_a_figure_the_part_already_states_is_not_printed_a_second_time(tmp_path):
    paragraphs = _paragraphs(tmp_path, """\
        applications:
          figures: {received: 5}
          content:
            - 全年接到群众的信息公开申请5件，都按期作了答复。
        review_litigation:
          figures: {reviews: 0, suits: 0}
          content:
            - 本局因信息公开被申请行政复议0件，被提起行政诉讼0件。
        """)
    assert not any("本年度共收到政府信息公开申请" in p or "本年度没有发生" in p for p in paragraphs)
    assert paragraphs.count("全年接到群众的信息公开申请5件，都按期作了答复。") == 1
    assert "本局因信息公开被申请行政复议0件，被提起行政诉讼0件。" in paragraphs


@pytest.mark.parametrize("content, printed", [
    (None, "本年度共收到政府信息公开申请5件；已答复4件。"),  # only figures: the sentence says them
    ("全年接到群众的信息公开申请6件。", "本年度共收到政府信息公开申请5件；已答复4件。"),  # the text says another count
    ("全年接到群众的信息公开申请5件。", "本年度共收到政府信息公开申请5件；已答复4件。"),  # the text gives only one
])
def test_the_sentence_is_printed_when_the_text_does_not_give_every_figure(tmp_path, content, printed):
    text = f"\n  content:\n    - {content}" if content else ""
    paragraphs = _paragraphs(tmp_path, f"applications:\n  figures: {{received: 5, answered: 4}}{text}\n")
    assert printed in paragraphs


PAGE = """<html><head><meta charset="utf-8"></head><body>
<h1>某县林业局2014年政府信息公开工作年度报告</h1>
<p>一、概述</p>
<p>本局由办公室负责信息公开的日常工作。</p>
<p>二、主动公开政府信息情况</p>
<p>{disclosure}</p>
<p>三、政府信息公开工作存在的主要问题及改进措施</p>
<p>信息更新还不够及时，明年按季度检查。</p>
<p style="text-align:right">某县林业局</p>
<p style="text-align:right">2015年3月12日</p>
</body></html>
"""


@pytest.mark.parametrize("sentence, figures", [
    # One channel's count, even 累计: the channel's, not the agency's.
    ("依托局门户网站发布林业信息，局门户网站累计主动公开各类林业信息880条。", None),
    ("本局在政务微博上主动公开政府信息215条。", None),
    # Several channels together, or 等渠道: the agency's year.
    ("全年通过局门户网站、政务微博等渠道主动公开政府信息900条。", {"total": 900}),
    # 年内累计 is the year's; 历年 without 累计 is all years'.
    ("年内累计主动公开政府信息450条。", {"total": 450}),
    ("全年主动公开政府信息320条，历年主动公开政府信息共4100条。", {"total": 320, "cumulative": 4100}),
])
def test_a_count_is_all_years_only_when_the_text_says_so_of_the_agency(tmp_path, sentence, figures):
    page = tmp_path / "linye-2014.html"
    page.write_text(PAGE.format(disclosure=sentence), encoding="utf-8")
    result = imported(page, tmp_path, PLUGINS)
    part = yaml.safe_load(result.target.read_text(encoding="utf-8"))["sections"]["active_disclosure"]
    assert part.get("figures") == figures
    assert part["content"] == [sentence]
    notes = [line for line in result.target.read_text(encoding="utf-8").splitlines() if line.startswith("# 请核对：")]
    said = [line for line in notes if "的 figures 是从正文的句子里读出的" in line]
    assert len(said) == (1 if figures else 0) and all("不再另印" in line for line in said), notes


def test_a_one_channel_count_is_not_printed_as_the_agencys(tmp_path):
    page = tmp_path / "linye-2014.html"
    page.write_text(PAGE.format(disclosure="局门户网站累计主动公开各类林业信息880条。"), encoding="utf-8")
    result = imported(page, tmp_path, PLUGINS)
    out = tmp_path / "out"
    rendered = CliRunner().invoke(cli, ["render", str(result.target), "-o", str(out), "--format", "docx", "-j", "1"])
    assert rendered.exit_code == 0, rendered.output
    text = "".join(p.text for p in docx.Document(str(out / f"{result.target.stem}.docx")).paragraphs)
    assert "历年累计" not in text and "本年度主动公开" not in text
    assert text.count("880") == 1
