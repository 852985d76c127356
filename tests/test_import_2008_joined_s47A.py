"""2008 format: a heading that joins two parts with figures (行政复议、行政诉讼及收费情况). The import reads both parts'
figures, the second part printed ``within`` the first; a re-render prints one part under the heading as published, each
figure once; a hand-written ``within`` validates and renders so, a bad one is refused where it is written. The agencies,
sentences and figures are made up for these tests."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import import_text, imported, render_source

PLUGINS = load_plugins()
JOINED = "四、行政复议、行政诉讼及收费情况"
REVIEWED = "本年度本镇因政府信息公开被申请行政复议1件，被提起行政诉讼0件。依申请提供信息共收取复制费30元。"


def _report(heading: str, text: str) -> str:
    """A published report of five parts, the fourth under ``heading`` saying ``text``."""
    return "\n".join(
        [
            "青石镇人民政府2012年政府信息公开工作年度报告",
            "",
            "一、概述",
            "镇党政办承办信息公开的日常事务，指定一名干部兼管。",
            "二、主动公开政府信息的情况",
            "全年主动公开政府信息184条。",
            "三、依申请公开政府信息的情况",
            "全年收到政府信息公开申请3件，已全部答复。",
            heading,
            text,
            "五、存在的主要问题和改进措施",
            "村级公开栏更新偏慢，下一年度由专人按月检查。",
            "",
            "青石镇人民政府",
            "2013年3月20日",
            "",
        ]
    )


def _printed(data: Path, folder: Path) -> list[str]:
    """The paragraphs of ``data`` rendered to DOCX."""
    return [
        p.text for p in docx.Document(str(render_source(data, "docx", folder, PLUGINS))).paragraphs if p.text.strip()
    ]


def _preamble(paragraphs: list[str]) -> str:
    """The generated sentence that lists the parts."""
    return next(p for p in paragraphs if "报告正文分为" in p)


def _parts(paragraphs: list[str]) -> list[str]:
    return [p for p in paragraphs if p[:2] in {f"{n}、" for n in "一二三四五六七八九"}]


@pytest.fixture(scope="module")
def joined(tmp_path_factory):
    """The report with :data:`JOINED` imported, and its data file rendered to DOCX."""
    folder = tmp_path_factory.mktemp("joined")
    result, data = import_text(folder, "qingshi.txt", _report(JOINED, REVIEWED))
    return result, data, _printed(result.target, folder)


@pytest.mark.parametrize("heading", [JOINED, "四、因政府信息公开申请行政复议、提起行政诉讼和收费的情况"])
def test_a_joined_heading_gives_both_parts_figures(tmp_path, heading):
    """The text and title are the 复议诉讼 part's, its figures read; the fee it states is the 收费 part's figures, that
    part printed within the first (it was an own part, no figure read); no finding, no own part."""
    result, data = import_text(tmp_path, "qingshi.txt", _report(heading, REVIEWED))
    assert result.ok and not result.findings, [d.format() for d in result.diagnostics]
    sections = data["sections"]
    assert "own" not in sections
    assert sections["review_litigation"] == {
        "figures": {"reviews": 1, "suits": 0},
        "content": [REVIEWED],
        "title": heading[2:],
    }
    assert sections["fees"] == {"within": "review_litigation", "figures": {"charged": 30}}


def test_a_joined_part_prints_once_under_its_heading(joined):
    """Re-rendered: five parts as published, the fourth under the joined heading, the fee said once (the text states
    every figure, so no sentence of figures is printed again) and no 收费 part of its own."""
    _, _, printed = joined
    assert _parts(printed) == [
        "一、概述",
        "二、主动公开政府信息的情况",
        "三、依申请公开政府信息的情况",
        JOINED,
        "五、存在的主要问题和改进措施",
    ]
    assert [p for p in printed if "30元" in p] == [REVIEWED]
    assert printed[printed.index(JOINED) + 1] == REVIEWED
    assert "五个部分" in _preamble(printed) and "收费及减免" not in "".join(printed)


def test_check_of_a_joined_part_reads_its_fees(tmp_path):
    """``reportkit check``: the report as written has nothing to say; two different fees in the joined part are
    found, at the line (the fees were not read before, nothing found)."""
    fine = tmp_path / "fine.txt"
    fine.write_text(_report(JOINED, REVIEWED), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(fine)])
    assert result.exit_code == 0 and "未发现问题" in result.output, result.output
    twice = tmp_path / "twice.txt"
    twice.write_text(_report(JOINED, REVIEWED + "\n全年收取检索、复制费用共计25元。"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(twice)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "twice.txt:第 10 行" in result.output and "“收取费用（元）”原文有 2 个不同的数字" in result.output


def test_fees_named_first_holds_the_review_part(tmp_path):
    """收费及复议诉讼: the 收费 part holds the text and title, the 复议诉讼 part is within it, at no order of its own."""
    text = "收取检索复制费12元，减免费用0元。本年度未发生行政复议和行政诉讼。"
    result, data = import_text(tmp_path, "qingshi.txt", _report("四、收费及复议诉讼情况", text))
    assert result.ok, [d.format() for d in result.diagnostics]
    sections = data["sections"]
    assert sections["fees"] == {
        "figures": {"charged": 12, "waived": 0},
        "content": [text],
        "title": "收费及复议诉讼情况",
    }
    assert sections["review_litigation"] == {"within": "fees", "figures": {"reviews": 0, "suits": 0}}
    assert _parts(_printed(result.target, tmp_path))[3] == "四、收费及复议诉讼情况"


def test_a_joined_heading_over_none_gives_both_parts_zeros(tmp_path):
    """“无” alone under it is 0 for what each half of the heading names; re-rendered, each part's sentence of zeros
    under the one heading."""
    result, data = import_text(tmp_path, "qingshi.txt", _report(JOINED, "无。"))
    assert result.ok, [d.format() for d in result.diagnostics]
    sections = data["sections"]
    assert sections["review_litigation"] == {"figures": {"reviews": 0, "suits": 0}, "title": JOINED[2:]}
    assert sections["fees"] == {"within": "review_litigation", "figures": {"charged": 0}}
    printed = _printed(result.target, tmp_path)
    at = printed.index(JOINED)
    assert printed[at + 1 : at + 3] == [
        "本年度没有发生因政府信息公开引起的行政复议和行政诉讼。",
        "本年度依申请提供政府信息，未收取任何费用。",
    ]
    assert printed[at + 3] == "五、存在的主要问题和改进措施"


def test_a_heading_joining_active_disclosure_and_applications_gives_both(tmp_path):
    """Read before only as the 主动公开 part (by its subject and place), its applications' figures lost."""
    text = "全年主动公开政府信息56条。全年收到政府信息公开申请2件，均已答复。"
    report = "\n".join(
        [
            "柳岸县档案馆2011年政府信息公开工作年度报告",
            "",
            "一、概述",
            "馆办公室负责信息公开，年初定了工作要点。",
            "二、政府信息主动公开和依申请公开情况",
            text,
            "三、存在的主要问题和改进措施",
            "公开内容偏重馆务动态，今后多发布查档服务的信息。",
            "",
            "柳岸县档案馆",
            "2012年3月15日",
            "",
        ]
    )
    result, data = import_text(tmp_path, "liuan.txt", report)
    assert result.ok, [d.format() for d in result.diagnostics]
    sections = data["sections"]
    assert sections["active_disclosure"] == {
        "figures": {"total": 56},
        "content": [text],
        "title": "政府信息主动公开和依申请公开情况",
    }
    assert sections["applications"] == {"within": "active_disclosure", "figures": {"received": 2, "answered": 2}}
    assert _parts(_printed(result.target, tmp_path)) == [
        "一、概述",
        "二、政府信息主动公开和依申请公开情况",
        "三、存在的主要问题和改进措施",
    ]


HAND = """\
kind: annual-report
year: 2012
agency: 青石镇人民政府
date: 2013-03-20
sections:
  overview:
    content:
      - 镇党政办承办信息公开的日常事务，指定一名干部兼管。
  review_litigation:
    title: 行政复议、行政诉讼及收费情况
    figures: {reviews: 1, suits: 0}
    content:
      - 一名申请人对答复不服申请了复议，复议机关维持了原答复。
  fees:
    within: review_litigation
    figures: {charged: 30}
  problems:
    content:
      - 村级公开栏更新偏慢，下一年度由专人按月检查。
"""


@pytest.fixture(scope="module")
def hand(tmp_path_factory):
    """:data:`HAND` written, rendered to DOCX, and that DOCX imported back."""
    folder = tmp_path_factory.mktemp("hand")
    data = folder / "hand.yaml"
    data.write_text(HAND, encoding="utf-8")
    printed = _printed(data, folder)
    back = imported(folder / "hand.docx", folder, PLUGINS)
    return data, printed, back


def test_a_hand_written_within_validates_and_prints_in_its_part(hand):
    """Each part's sentence of figures once, under the one heading before its text; three parts, none for the fees."""
    data, printed, _ = hand
    result = CliRunner().invoke(cli, ["validate", str(data)])
    assert result.exit_code == 0 and "通过" in result.output, result.output
    assert _parts(printed) == [
        "一、概述",
        "二、行政复议、行政诉讼及收费情况",
        "三、政府信息公开工作存在的主要问题及改进措施",
    ]
    at = printed.index("二、行政复议、行政诉讼及收费情况")
    assert printed[at + 1 : at + 4] == [
        "本年度因政府信息公开被申请行政复议1件，被提起行政诉讼0件。",
        "本年度依申请提供政府信息收取费用30元。",
        "一名申请人对答复不服申请了复议，复议机关维持了原答复。",
    ]
    assert len([p for p in printed if "30元" in p]) == 1 and "三个部分" in _preamble(printed)


def test_a_rendered_within_imports_back_the_same(hand):
    """The DOCX rendered imports back to the same parts: each printed sentence read as its part's figures."""
    data, _, back = hand
    assert back.ok, [d.format() for d in back.diagnostics]
    sections = yaml.safe_load(back.target.read_text(encoding="utf-8"))["sections"]
    assert sections == yaml.safe_load(HAND)["sections"]


@pytest.mark.parametrize(
    "change, line, col, words",
    [
        (
            ("within: review_litigation", "within: review"),
            15,
            13,
            "within 写的“review”不是正文的部分：写它要并入的另一部分的键（overview、",
        ),
        (("within: review_litigation", "within: fees"), 15, 13, "within 写的是它自己"),
        (
            ("  review_litigation:\n", "  review_litigation:\n    within: fees\n"),
            10,
            13,
            "（review_litigation）和“政府信息公开的收费及减免情况”（fees）互相写了 within",
        ),
        (
            ("    within: review_litigation\n", "    within: review_litigation\n    title: 收费情况\n"),
            16,
            12,
            "不用自己的标题：请删去 title",
        ),
        (
            ("    within: review_litigation\n", "    within: review_litigation\n    order: 450\n"),
            16,
            12,
            "不用自己的排序号：请删去 order",
        ),
        (
            ("    within: review_litigation\n", "    within: applications\n"),
            15,
            13,
            "并入的“依申请公开政府信息情况”（applications）没有写：请写上 sections.applications，或删去 within",
        ),
        (
            ("    title: 行政复议、行政诉讼及收费情况\n", "    within: overview\n"),
            15,
            13,
            "并入的“政府信息公开复议、诉讼和申诉情况”（review_litigation）本身又并入了“overview”：请直接写 within: overview",
        ),
    ],
)
def test_a_bad_within_is_refused_where_it_is_written(tmp_path, change, line, col, words):
    """validate and render: one error at the line and column, in Chinese with the fix; exit 1, nothing written."""
    data = tmp_path / "bad.yaml"
    data.write_text(HAND.replace(*change), encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(data)])
    assert result.exit_code == 1 and "Traceback" not in result.output and result.output.count(": error: ") == 1
    assert f"bad.yaml:{line}:{col}: error: sections." in result.output and words in result.output, result.output
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["render", str(data), "-f", "docx", "-o", str(out)])
    assert result.exit_code == 1 and words in result.output and not list(out.glob("*"))


def test_the_text_of_the_part_a_part_is_within_is_checked_against_its_figures(tmp_path):
    """R9 reads the text printed under the one heading: a fee it states otherwise than the 收费 part's figures is
    warned of at that figure; an own part may take the order the part within another does not."""
    data = tmp_path / "stated.yaml"
    data.write_text(
        HAND.replace("复议机关维持了原答复。", "复议机关维持了原答复。全年收取复制费40元。")
        + "  own:\n    - {title: 主要做法, order: 500, content: [镇里把公开栏搬到了便民服务大厅门口。]}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["validate", str(data)])
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    lines = [line for line in result.output.splitlines() if ": warning: " in line or ": error: " in line]
    assert len(lines) == 1 and "stated.yaml:16:24: warning: “行政复议、行政诉讼及收费情况”的正文写的是" in lines[0], (
        result.output
    )
    assert "“收取复制费40元”（40）" in lines[0] and "（charged）为 30" in lines[0]
