"""2008-edition figures: counts of 0 written in words (未收取任何费用、没有发生……行政复议), the part's own text checked
against its figures (R9), and check naming where in the published file a figure's finding is."""
from __future__ import annotations

import csv
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
PAGE = """<html><head><meta charset="utf-8"></head><body>
<h1>某县农业局2013年政府信息公开工作年度报告</h1>
<p>一、概述</p>
<p>本局由办公室统一办理信息公开事项。</p>
<p>{heading}</p>
<p>{sentence}</p>
<p>六、政府信息公开工作存在的主要问题及改进措施</p>
<p>部分股室报送信息偏慢，明年起每月通报。</p>
<p style="text-align:right">某县农业局</p>
<p style="text-align:right">2014年3月18日</p>
</body></html>
"""
PARTS = {"applications": "三、依申请公开政府信息情况", "review_litigation": "四、政府信息公开复议、诉讼和申诉情况",
         "fees": "五、政府信息公开的收费及减免情况"}


@pytest.mark.parametrize("key, sentence, figures", [
    ("applications", "全年本局没有收到政府信息公开申请。", {"received": 0}),
    ("applications", "本局至今未接到任何依申请公开政府信息的要求。", {"received": 0}),
    ("review_litigation", "本局没有发生因政府信息公开申请行政复议、提起行政诉讼的情况。", {"reviews": 0, "suits": 0}),
    ("review_litigation", "全年未发生涉及信息公开的行政复议、行政诉讼，也无相关申诉。",
     {"reviews": 0, "suits": 0, "complaints": 0}),
    ("review_litigation", "被申请行政复议1件，无诉讼、申诉情况。", {"reviews": 1, "suits": 0, "complaints": 0}),
    ("fees", "本局依申请提供信息，一律未收取任何费用。", {"charged": 0}),  # fees only: nothing said of 减免
    ("fees", "全年未对申请信息的群众收取过费用。", {"charged": 0}),
    # A negation of something else, or of only some, is no zero.
    ("review_litigation", "本年度没有发生因信息公开引起的泄密事件。", None),
    ("review_litigation", "本局作出的答复均未被行政复议撤销。", None),
    ("review_litigation", "没有发生行政复议和行政诉讼败诉的情况。", None),
    ("applications", "本年度未收到申请人的补正材料。", None),
    ("applications", "本年度未收到书面申请，电话咨询均当场答复。", None),
    ("fees", "对生活困难的申请人未收取费用。", None),
    ("fees", "除邮寄费外，未收取其他费用。", None),
])
def test_a_count_of_zero_written_in_words_is_read(tmp_path, key, sentence, figures):
    page = tmp_path / "nongye-2013.html"
    page.write_text(PAGE.format(heading=PARTS[key], sentence=sentence), encoding="utf-8")
    result = imported(page, tmp_path, PLUGINS)
    part = yaml.safe_load(result.target.read_text(encoding="utf-8"))["sections"][key]
    assert part.get("figures") == figures
    assert part["content"] == [sentence]  # the sentence stays as published


HEAD = """\
kind: annual-report
year: 2013
agency: 某县农业局
sections:
  overview:
    content:
      - 本局由办公室统一办理信息公开事项。
"""


def _data(tmp_path, sections: str):
    data = tmp_path / "report.yaml"
    data.write_text(HEAD + textwrap.indent(textwrap.dedent(sections), "  "), encoding="utf-8")
    return data


def test_a_zero_the_text_gives_in_words_is_not_printed_a_second_time(tmp_path):
    data = _data(tmp_path, """\
        applications:
          figures: {received: 0}
          content:
            - 全年本局没有收到政府信息公开申请。
        fees:
          figures: {charged: 0}
          content:
            - 本局依申请提供信息，一律未收取任何费用。
        """)
    result = CliRunner().invoke(cli, ["render", str(data), "-o", str(tmp_path), "--format", "docx", "-j", "1"])
    assert result.exit_code == 0, result.output
    paragraphs = [p.text for p in docx.Document(str(tmp_path / "report.docx")).paragraphs]
    assert "本年度未收到政府信息公开申请。" not in paragraphs
    assert "本年度依申请提供政府信息，未收取任何费用。" not in paragraphs
    assert paragraphs.count("全年本局没有收到政府信息公开申请。") == 1


def _warnings(tmp_path, sections: str) -> list[str]:
    data = _data(tmp_path, sections)
    result = CliRunner().invoke(cli, ["validate", str(data)])
    assert "Traceback" not in result.output
    return [line for line in result.output.splitlines() if "（R9）" in line]


def test_a_number_the_text_states_otherwise_than_the_figures_is_a_warning_at_the_figure(tmp_path):
    lines = _warnings(tmp_path, """\
        applications:
          figures: {received: 15, answered: 12}
          content:
            - 全年受理群众的信息公开申请12件，已答复12件。
        fees:
          figures: {charged: 20}
          content:
            - 依申请提供信息时，本局未收取任何费用。
        """)
    text = (tmp_path / "report.yaml").read_text(encoding="utf-8").splitlines()
    received = next(n for n, line in enumerate(text, 1) if "received: 15" in line)
    charged = next(n for n, line in enumerate(text, 1) if "charged: 20" in line)
    assert lines == [
        (f"{tmp_path / 'report.yaml'}:{received}:{text[received - 1].index('15') + 1}: warning: “依申请公开政府信息情况”的正文写的是"
         "“受理群众的信息公开申请12件”（12），而 figures 的“收到申请数”（received）为 15：请核对后改正其中一处，使正文与 figures 一致（R9）"),
        (f"{tmp_path / 'report.yaml'}:{charged}:{text[charged - 1].index('20') + 1}: warning: “政府信息公开的收费及减免情况”的正文写的是"
         "“未收取任何费用”（0），而 figures 的“收取费用（元）”（charged）为 20：请核对后改正其中一处，使正文与 figures 一致（R9）"),
    ]


@pytest.mark.parametrize("content", [
    "全年受理群众的信息公开申请15件。",  # the same number
    "上半年受理信息公开申请12件，全年共受理信息公开申请15件。",  # two numbers: which one is meant is not said
    "全年受理信息公开申请十余件。",  # no exact number
    "全年网上咨询12次。",  # another thing counted
])
def test_no_warning_unless_the_text_states_one_other_number_for_the_figure(tmp_path, content):
    assert _warnings(tmp_path, f"applications:\n  figures: {{received: 15}}\n  content:\n    - {content}\n") == []


CHECKED = """<html><head><meta charset="utf-8"></head><body>
<h1>某县农业局2013年政府信息公开工作年度报告</h1>
<p>一、概述</p>
<p>本局由办公室统一办理信息公开事项。</p>
<p>二、主动公开政府信息情况</p>
<p>本年度主动公开政府信息300条，历年累计主动公开250条。</p>
<p>三、依申请公开政府信息情况</p>
<p>申请的办理见下表。</p>
<table border="1">
<tr><td>项目</td><td>数量</td></tr>
<tr><td>收到政府信息公开申请</td><td>4</td></tr>
<tr><td>答复申请</td><td>6件</td></tr>
</table>
<p>四、政府信息公开工作存在的主要问题及改进措施</p>
<p>部分股室报送信息偏慢，明年起每月通报。</p>
</body></html>
"""


def test_check_names_where_in_the_published_file_a_figure_is(tmp_path):
    """A figure read from reportkit's own sentence is at that paragraph; one from the agency's table, at its row."""
    page = tmp_path / "nongye-2013.html"
    page.write_text(CHECKED, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(page), "--report", str(tmp_path / "r.csv"), "-j", "1"])
    assert result.exit_code == 1, result.output
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        rows = {row["rule"]: row for row in csv.DictReader(f)}
    assert rows["disclosure"]["place"] == "第 5 段" and "250" in rows["disclosure"]["message"]
    assert rows["applications"]["place"] == "第 1 个表格第 3 行" and "答复 6 件" in rows["applications"]["message"]
