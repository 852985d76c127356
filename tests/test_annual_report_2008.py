"""The annual report's 2008 edition (2008-2018 reports): model, rules, outline, figures, examples, init."""
from __future__ import annotations

import datetime as dt
import io
import re
import textwrap
from decimal import Decimal
from pathlib import Path

import docx
import pdfplumber
import pytest
import yaml
from click.testing import CliRunner

from _kinds import undocumented_fields
from reportkit.blocks import Heading, Paragraph, Signature, Table
from reportkit.cli import cli
from reportkit.default_plugins.annual_report import resolve_edition
from reportkit.default_plugins.annual_report.edition2008.model import AnnualReport2008
from reportkit.default_plugins.annual_report.edition2008.model import share_of
from reportkit.default_plugins.annual_report.edition2008.spec import SECTIONS, numeral_date
from reportkit.errors import ERROR, WARNING, InvalidData
from reportkit.load import load_file
from reportkit.pipeline import build, check_file, choose_layout, render
from reportkit.validate import validate

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    return SPACE.sub("", text or "")


def write(tmp_path: Path, text: str, name: str = "report.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def check(plugins, path: Path, strict: bool = False):
    return validate(load_file(path), plugins.registry, strict=strict)


def problems(plugins, path: Path, strict: bool = False) -> list[tuple[str, int, str]]:
    """``(severity, line, message)`` of every diagnostic of an invalid file."""
    with pytest.raises(InvalidData) as caught:
        check(plugins, path, strict)
    return [(d.severity, d.line, d.message) for d in caught.value.diagnostics]


def built(plugins, path: Path):
    return build(check(plugins, path))


def level1(document) -> list[tuple[str, str]]:
    return [(b.number, b.text) for b in document.blocks if isinstance(b, Heading) and b.level == 1]


MINIMAL = """\
    kind: annual-report
    year: 2012
    agency: 某市环境保护局
    date: 2013-03-20
    sections:
      overview:
        content:
          - 本年度工作的总体情况。
      active_disclosure:
        figures:
          total: 107
          categories:
            - {name: 政策法规类, count: 66}
            - {name: 本单位业务类, count: 41}
      problems:
        content:
          - 存在的问题和改进措施。
"""


# Edition ----------------------------------------------------------------------
@pytest.mark.parametrize("year", [2008, 2012, 2018])
def test_the_years_under_the_2008_regulation_get_the_2008_edition(year):
    assert resolve_edition({"year": year}) == ("2008", [])


def test_the_2008_edition_for_a_later_year_is_warned_not_refused():
    edition, [finding] = resolve_edition({"year": 2020, "edition": 2008})
    assert edition == "2008" and finding.severity == WARNING and finding.path == ("edition",)
    assert "2020 年度报告应使用 2019 版" in finding.message and "R12" in finding.message


def test_a_later_edition_for_a_2008_era_year_is_warned(plugins, tmp_path):
    path = write(tmp_path, MINIMAL.replace("    year: 2012", "    edition: \"2021\"\n    year: 2012"))
    found = problems(plugins, path, strict=True)
    assert [(severity, line) for severity, line, message in found if "2012 年度报告应使用 2008 版" in message] == [(ERROR, 2)]


# Shares and dates ------------------------------------------------------------
def test_shares_are_computed_half_up():
    assert share_of(66, 107) == Decimal("61.7") and share_of(41, 107) == Decimal("38.3")
    assert share_of(1, 8) == Decimal("12.5") and share_of(66, 107, 0) == Decimal("62")


def test_chinese_numeral_dates():
    assert numeral_date(dt.date(2010, 3, 5)) == "二〇一〇年三月五日"
    assert numeral_date(dt.date(2010, 3, 15)) == "二〇一〇年三月十五日"
    assert numeral_date(dt.date(2009, 12, 31)) == "二〇〇九年十二月三十一日"


def test_date_style_chinese_prints_the_signature_date_in_numerals(plugins, tmp_path):
    document = built(plugins, write(tmp_path, MINIMAL + "    date_style: chinese\n"))
    signature = document.blocks[-1]
    assert isinstance(signature, Signature) and signature.date == "二〇一三年三月二十日"
    arabic = built(plugins, write(tmp_path, MINIMAL, "arabic.yaml")).blocks[-1]
    assert arabic.date == "2013年3月20日"


def test_an_undated_report_has_no_signature_block(plugins, tmp_path):
    document = built(plugins, write(tmp_path, MINIMAL.replace("    date: 2013-03-20\n", "")))
    assert not any(isinstance(b, Signature) for b in document.blocks)


# Outline -----------------------------------------------------------------------
def test_default_outline_numbering_and_generated_preamble(plugins, tmp_path):
    document = built(plugins, write(tmp_path, MINIMAL))
    assert level1(document) == [("一、", "概述"), ("二、", "主动公开政府信息情况"),
                                ("三、", "政府信息公开工作存在的主要问题及改进措施")]
    preamble = document.blocks[1]
    assert isinstance(preamble, Paragraph)
    assert preamble.text == (
        "本报告根据《中华人民共和国政府信息公开条例》的规定编制。"
        "报告正文分为概述、主动公开政府信息情况、政府信息公开工作存在的主要问题及改进措施三个部分。"
        "本报告所列数据的统计期限为2012年1月1日至12月31日。")
    figures = document.blocks[document.blocks.index(next(b for b in document.blocks if b.text == "主动公开政府信息情况")) + 1]
    assert figures.text == "本年度主动公开政府信息107条。按类别分，政策法规类66条，占61.7%；本单位业务类41条，占38.3%。"


def test_renamed_own_moved_and_omitted_parts(plugins, tmp_path):
    text = MINIMAL.replace("      overview:\n", "      overview:\n        title: 总体情况\n") + """\
      own:
        - title: 下一步工作打算
          order: 650
          content: [明年的打算。]
        - title: 主要做法
          order: 150
          content:
            - heading: 健全制度
              content: [制定了制度。]
      other:
        order: 50
        content: [其他事项。]
    preamble:
      basis: [《四川省贯彻〈中华人民共和国政府信息公开条例〉实施办法（试行）》]
      period: false
"""
    document = built(plugins, write(tmp_path, text))
    titles = ["其他需要报告的事项", "总体情况", "主要做法", "主动公开政府信息情况",
              "政府信息公开工作存在的主要问题及改进措施", "下一步工作打算"]
    assert level1(document) == [(f"{'一二三四五六'[i]}、", t) for i, t in enumerate(titles)]
    preamble = document.blocks[1].text
    assert preamble == ("本报告根据《中华人民共和国政府信息公开条例》和《四川省贯彻〈中华人民共和国政府信息公开条例〉实施办法（试行）》"
                        "的规定编制。报告正文分为" + "、".join(titles) + "六个部分。")
    own = [b for b in document.blocks if isinstance(b, Heading) and b.level == 2]
    assert [(h.number, h.text) for h in own] == [("（一）", "健全制度")]


def test_a_plugin_section_merges_by_order_and_joins_the_preamble_list(plugins, tmp_path):
    if not any(s.name == "earthquake_recovery" for s in plugins.registry.sections):
        pytest.skip("reportkit-gbt9704-sichuan-disaster is not installed")
    data = yaml.safe_load((EXAMPLES / "mianyang-2009.yaml").read_text(encoding="utf-8"))
    section = next(s for s in plugins.registry.sections if s.name == "earthquake_recovery")
    assert section.order == 550
    sample = yaml.safe_load((Path(__file__).resolve().parent.parent / "plugins" / "reportkit-gbt9704-sichuan-disaster" / "examples"
                             / "sichuan-2010-counts.yaml").read_text(encoding="utf-8"))
    data["sections"]["earthquake_recovery"] = sample["sections"]["earthquake_recovery"]
    path = tmp_path / "mianyang.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    document = built(plugins, path)
    headings = level1(document)
    assert headings[4:7] == [("五、", "政府信息公开的收费及减免情况"), ("六、", "抗震救灾、灾后恢复重建信息公开情况"),
                             ("七、", "政府信息公开工作存在的主要问题及改进措施")]
    assert "抗震救灾、灾后恢复重建信息公开情况、政府信息公开工作存在的主要问题及改进措施七个部分" in document.blocks[2].text


# Model and rules on bad input, with file:line ----------------------------------
BAD = [
    ("      overview:\n        content:", "      overview:\n        titel: 总体情况\n        content:", 7,
     "未知字段“titel”。是不是“title”？"),
    ("      overview:\n", "      overview:\n        title: 一、概述\n", 7, "自带编号“一、”"),
    ("            - {name: 政策法规类, count: 66}", "            - {name: 政策法规类, count: 66, share: 60%}", 13,
     "“政策法规类”66 条占本年度 107 条的 61.7%，而填写的占比为 60%"),
    ("          total: 107", "          total: 110", 11, "各类别（政策法规类、本单位业务类）之和为 107 条，而本年度主动公开总数 total 为 110 条"),
    ("          total: 107", "          total: 107\n          cumulative: 100", 12, "历年累计主动公开 100 条，少于本年度的 107 条"),
    ("      problems:\n        content:\n          - 存在的问题和改进措施。\n", "      problems: {}\n", 15,
     "这一部分既没有文字（content）也没有数据（figures）"),
    ("    date: 2013-03-20\n", "    signature: 某市环境保护局\n", 1, "写了署名 signature，也要写成文日期 date"),
]


@pytest.mark.parametrize("old, new, line, message", BAD, ids=[b[3][:12] for b in BAD])
def test_bad_input_is_reported_at_its_line(plugins, tmp_path, old, new, line, message):
    assert old in MINIMAL
    found = problems(plugins, write(tmp_path, MINIMAL.replace(old, new)))
    assert any(sev == ERROR and ln == line and message in msg for sev, ln, msg in found), found


def test_applications_must_add_up(plugins, tmp_path):
    text = MINIMAL + """\
      applications:
        figures:
          received: 24
          channels:
            - {name: 在线申请, count: 19}
            - {name: 纸质申请, count: 4}
          outcomes:
            - {name: 同意公开, count: 23}
"""
    found = problems(plugins, write(tmp_path, text))
    assert found == [(ERROR, 20, "“依申请公开政府信息情况”：各申请渠道之和（在线申请 19、纸质申请 4）为 23 件，"
                                "而收到申请数 received 为 24 件（applications）")]


def test_own_sections_need_a_title_and_an_order_and_orders_must_differ(plugins, tmp_path):
    missing = MINIMAL + "      own:\n        - title: 主要做法\n          content: [做法。]\n"
    assert any(ln == 19 and "缺少必填字段“order”" in msg for _, ln, msg in problems(plugins, write(tmp_path, missing)))
    clash = MINIMAL + "      own:\n        - title: 主要做法\n          order: 200\n          content: [做法。]\n"
    [(sev, line, msg)] = problems(plugins, write(tmp_path, clash, "clash.yaml"))
    assert sev == ERROR and line == 20 and "“主要做法”的排序号 200 与“主动公开政府信息情况”相同" in msg


@pytest.mark.parametrize("period, year, warned", [
    ("{start: 2008-05-01, end: 2008-12-31}", 2008, False),
    ("{start: 2008-01-01, end: 2008-12-31}", 2008, False),
    ("{start: 2012-05-01, end: 2012-12-31}", 2012, True),
    ("{start: 2011-01-01, end: 2011-12-31}", 2012, True),
])
def test_the_period_lies_in_the_year_and_may_start_on_may_1_in_2008(plugins, tmp_path, period, year, warned):
    text = MINIMAL.replace("year: 2012", f"year: {year}").replace("date: 2013-03-20", f"date: {year + 1}-03-20")
    validated = check(plugins, write(tmp_path, text + f"    period: {period}\n"))
    messages = [d.message for d in validated.diagnostics.items if d.severity == WARNING]
    assert bool(messages) == warned, messages
    assert all("统计期限" in m for m in messages)


def test_the_default_period_of_2008_starts_when_the_regulation_came_into_force(plugins, tmp_path):
    text = MINIMAL.replace("year: 2012", "year: 2008").replace("date: 2013-03-20", "date: 2009-03-20")
    assert "统计期限为2008年5月1日至12月31日" in built(plugins, write(tmp_path, text)).blocks[1].text


def test_title_year_and_deadline_are_warnings(plugins, tmp_path):
    text = MINIMAL.replace("date: 2013-03-20", "date: 2013-04-02") + "    title: 某市环境保护局2011年政府信息公开工作报告\n"
    validated = check(plugins, write(tmp_path, text))
    found = {(d.line, d.message.split("：")[0]) for d in validated.diagnostics.items if d.severity == WARNING}
    assert (4, "成文日期 2013年4月2日 晚于公布时限") in found
    assert any(line == 18 and message.startswith("标题中的年度为 2011") for line, message in found)


@pytest.mark.parametrize("own, switched, warned", [
    ("本报告分为概述、主动公开、存在的问题三个部分。", "", ["parts"]),
    ("所列数据的统计期限为2012年1月1日至12月31日。", "", ["period"]),
    ("本报告共三个部分，所列数据的统计期限为本年全年。", "      parts: false\n", ["period"]),
    ("本报告共三个部分，所列数据的统计期限为本年全年。", "      parts: false\n      period: false\n", []),
    ("本局依照条例编写本报告。", "", []),
])
def test_a_preamble_that_already_says_what_is_generated_is_warned(plugins, tmp_path, own, switched, warned):
    """A preamble's own paragraph saying “共六个部分” or the period, and the sentences reportkit generates after it:
    the page said each twice, once with the wrong count (a published report's own slip), without a word."""
    text = MINIMAL + f"    preamble:\n      text:\n        - {own}\n" + switched
    validated = check(plugins, write(tmp_path, text))
    found = [d for d in validated.diagnostics.items if d.rule == "preamble"]
    assert [d.message.split("请在 preamble 下写 ")[1].split(":")[0] for d in found] == warned
    assert all(d.line == 20 and d.severity == WARNING for d in found)


# Examples ----------------------------------------------------------------------
EXPECTED = {
    "nanning-2008": {
        "outline": ["主动公开情况", "依申请公开及咨询情况", "主要做法", "存在问题", "下一步工作打算"],
        "figures": ["本年度主动公开政府信息107条", "政策法规类信息66条，占61.7%", "本单位业务类信息41条，占38.3%",
                    "本年度未收到政府信息公开申请"],
        "cells": [],
        "signature": None,
    },
    "mianyang-2009": {
        "outline": ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开复议、诉讼和申诉情况",
                    "政府信息公开的收费及减免情况", "抗震救灾、灾后恢复重建信息公开情况",
                    "政府信息公开工作存在的主要问题及改进措施"],
        "figures": ["绵阳市政务网政府信息公开系统（176条）", "没有收到公民、法人或者其他组织提出的政府信息公开申请",
                    "本年度没有发生因政府信息公开引起的行政复议、行政诉讼和申诉", "本年度依申请提供政府信息，未收取任何费用",
                    "由市政府集中对外发布，发布渠道为新闻媒体",
                    "分为概述、主动公开政府信息情况", "七个部分", "统计期限为2009年1月1日至12月31日", "绵阳市顺河前街14号"],
        "cells": [["概况类信息", "2", "0.2%"], ["法规公文类信息", "188", "20.9%"], ["其他信息", "486", "54.1%"],
                  ["本年度主动公开总数", "898", "100%"], ["历年累计主动公开", "3627"]],
        "signature": "2010年3月15日",
    },
    "zhejiang-2017": {
        "outline": ["充分发挥门户网站信息公开第一平台作用", "积极开展政策解读工作", "认真做好依申请公开工作",
                    "着力完善电子政务平台建设"],
        "figures": ["8674", "4687", "1897", "2090", "190条"],
        "cells": [["收到政府信息公开申请", "23"], ["其中：在线申请", "19"], ["纸质申请", "4"], ["答复政府信息公开申请", "23"],
                  ["不属于政府信息公开范畴", "15"]],
        "signature": None,
    },
    "qiandongnan-2016": {
        "outline": ["总体情况", "主动公开情况", "依申请公开情况", "行政复议和诉讼情况", "政府信息公开收费情况",
                    "存在问题及下步措施"],
        "figures": ["本年度主动公开政府信息1354条", "其中，环境质量信息379条，占28.0%", "州级环境执法信息54条，占4.0%",
                    "新闻媒体（20条）", "本年度共收到政府信息公开申请3件；已答复3件",
                    "本年度没有发生因政府信息公开引起的行政复议和行政诉讼"],
        "cells": [],
        "signature": "2017年3月30日",
    },
}


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def example(request, plugins):
    validated = check_file(EXAMPLES / f"{request.param}.yaml", plugins, strict=True)
    assert isinstance(validated.report, AnnualReport2008) and validated.edition == "2008"
    assert validated.diagnostics.items == []
    document = build(validated)
    layout = choose_layout(validated, plugins.registry)
    outputs = {fmt: render(document, layout, fmt, plugins.registry) for fmt in ("docx", "pdf")}
    return request.param, validated, document, outputs


def _docx(data: bytes) -> tuple[str, list[list[str]]]:
    document = docx.Document(io.BytesIO(data))
    text = "".join(squash(p.text) for p in document.paragraphs)
    rows = [[squash(c.text) for c in row.cells] for table in document.tables for row in table.rows]
    return text, rows


def _pdf(data: bytes) -> tuple[str, list[list[str]]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "".join(squash(page.extract_text()) for page in pdf.pages)
        rows = [[squash(c) for c in row if c] for page in pdf.pages for table in page.extract_tables() for row in table]
    return text, rows


def _has_row(rows: list[list[str]], wanted: list[str]) -> bool:
    # merged cells repeat in python-docx rows: compare without repeats
    return any([c for i, c in enumerate(row) if i == 0 or c != row[i - 1]] == wanted for row in rows)


def test_example_outline_figures_and_agency_in_both_outputs(example):
    name, validated, document, outputs = example
    expected = EXPECTED[name]
    numbered = [f"{'一二三四五六七'[i]}、{title}" for i, title in enumerate(expected["outline"])]
    assert [n + t for n, t in level1(document)] == numbered
    agency = validated.report.agency
    for fmt, reader in (("docx", _docx), ("pdf", _pdf)):
        text, rows = reader(outputs[fmt].data)
        assert agency in text, fmt
        position = 0
        for heading in numbered:
            found = text.find(heading, position)
            assert found >= 0, (fmt, heading)
            position = found + len(heading)
        for figure in expected["figures"]:
            assert squash(figure) in text, (fmt, figure)
        for row in expected["cells"]:
            assert _has_row(rows, row), (fmt, row, rows)
        if expected["signature"]:
            assert text.endswith(agency + expected["signature"]) or expected["signature"] in text[-40:], fmt


def test_example_signature(example):
    name, validated, document, _ = example
    signature = [b for b in document.blocks if isinstance(b, Signature)]
    if EXPECTED[name]["signature"] is None:
        assert signature == [] and validated.report.date is None
    else:
        assert [(s.organs, s.date) for s in signature] == [([validated.report.agency], EXPECTED[name]["signature"])]


def test_the_mianyang_preamble_lists_exactly_the_parts_it_has(plugins):
    document = build(check_file(EXAMPLES / "mianyang-2009.yaml", plugins, strict=True))
    titles = [t for _, t in level1(document)]
    preamble = next(b.text for b in document.blocks if isinstance(b, Paragraph) and "报告正文分为" in b.text)
    # The seed announced six parts and listed seven; the generated list counts what is there.
    assert f"报告正文分为{'、'.join(titles)}七个部分。" in preamble and len(titles) == 7
    assert titles[5] == "抗震救灾、灾后恢复重建信息公开情况"
    (widths,) = [b.widths for b in document.blocks if isinstance(b, Table)]
    assert min(widths) == widths[1]  # 条数 as narrow as its head and figures ask (was 3 : 1.5 : 2)


# init and schema -----------------------------------------------------------------
def test_init_writes_a_commented_starter_that_validates(plugins, tmp_path):
    target = tmp_path / "x.yaml"
    result = CliRunner().invoke(cli, ["init", "annual-report", "--edition", "2008", "--year", "2012", "-o", str(target)])
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert "# own:" in text and "# title: 总体情况" in text and "（排序号 600）" in text
    keys = re.findall(r"^  (\w+):", text, re.M)
    assert keys == [s.key for s in SECTIONS]
    validated = check(plugins, target)
    assert validated.edition == "2008"
    assert validated.diagnostics.items == [] and "【请填写：" in text  # placeholders: tests/test_cli_outputs.py
    document = build(validated)
    assert [t for _, t in level1(document)] == [s.title for s in SECTIONS]


def test_init_refuses_the_2008_edition_for_a_later_year(tmp_path):
    result = CliRunner().invoke(cli, ["init", "annual-report", "--edition", "2008", "--year", "2022",
                                      "-o", str(tmp_path / "x.yaml")])
    assert result.exit_code != 0 and "2008 版用于 2008—2018 年度" in result.output


def test_schema_has_chinese_titles_and_descriptions_everywhere(plugins):
    schema = CliRunner().invoke(cli, ["schema", "annual-report", "--edition", "2008"])
    assert schema.exit_code == 0
    data = yaml.safe_load(schema.output)
    assert data["properties"]["sections"]["title"] == "正文"

    assert undocumented_fields(data) == []
    sections = data["$defs"]["Sections2008"]["properties"] if "Sections2008" in data["$defs"] else None
    assert sections is None or list(sections)[:7] == [s.key for s in SECTIONS]
