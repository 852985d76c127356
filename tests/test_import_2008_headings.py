"""2008-edition import: a part's heading in the wordings real reports use (主动公开政府信息的情况, 复议、诉讼和申诉情况 …)
is its official part, never an agency's own part that only shares words with one; and ``check`` names where in the
published file each paragraph of a 2008 report is (R13, injected-text …)."""
from __future__ import annotations

import csv

import docx
import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.default_plugins.annual_report.edition2008 import spec
from reportkit.importers.labels import section_2008
from reportkit.plugins import load_plugins

from _import_helpers import imported

PLUGINS = load_plugins()


@pytest.mark.parametrize("heading, key", [
    # as the seed reports word them (seeds 000 and 002)
    ("二、主动公开政府信息的情况", "active_disclosure"),
    ("三、依申请公开政府信息的情况", "applications"),
    ("四、复议、诉讼和申诉情况", "review_litigation"),
    ("二、依申请公开及咨询情况", "applications"),
    ("四、存在问题", "problems"),
    ("一、 总体情况", "overview"),
    ("四、 行政复议和诉讼情况", "review_litigation"),
    ("五、 政府信息公开收费情况", "fees"),
    ("六、 存在问题及下步措施", "problems"),
    # the 2008 条例's own wording of each part
    ("依申请公开政府信息和不予公开政府信息的情况", "applications"),
    ("因政府信息公开申请行政复议、提起行政诉讼的情况", "review_litigation"),
    ("存在的主要问题及改进措施", "problems"),
    ("其他需要报告的事项", "other"),
    # 的 or not, 政府 or not, 情况 / 工作情况, 和 / 及 / 与, numbering 一、 （一） 第一部分 1.
    ("第二部分 政府信息主动公开工作情况", "active_disclosure"),
    ("（二）主动公开信息情况", "active_disclosure"),
    ("1.政府信息依申请公开工作情况", "applications"),
    ("第3部分：依申请公开和不予公开情况", "applications"),
    ("四、因政府信息公开被申请行政复议和提起行政诉讼情况", "review_litigation"),
    ("四、政府信息公开行政复议、行政诉讼及申诉情况", "review_litigation"),
    ("五、政府信息公开收费与减免情况", "fees"),
    ("五、收费和减免情况。", "fees"),
    ("六、政府信息公开存在的主要问题和改进措施", "problems"),
    ("七、其他需要报告事项", "other"),
])
def test_a_part_heading_in_a_usual_wording_is_its_official_part(heading, key):
    assert section_2008(heading) == key


@pytest.mark.parametrize("section", spec.SECTIONS, ids=lambda s: s.key)
def test_each_title_and_variant_of_the_outline_is_its_own_part(section):
    """No two parts' wordings come down to the same words (the later would take the earlier's headings)."""
    assert {title: section_2008(title) for title in (section.title, *section.variants)} \
        == dict.fromkeys((section.title, *section.variants), section.key)


@pytest.mark.parametrize("heading", [
    "三、加强政府信息公开平台建设情况",
    "三、认真做好依申请公开工作",  # the 2017 report of seed 002: one part per task
    "三、主要做法",
    "五、下一步工作打算",
    "六、政府信息公开工作规范、公开及时",
    "六、抗震救灾、灾后恢复重建信息公开情况",  # a plugin's section, an own part without the plugin
    "七、政府信息公开咨询处理情况",
    "七、政府信息公开支出和收费情况",
    "二、政府信息主动公开和依申请公开情况",  # two parts in one: neither
    "一、政府信息公开工作情况",  # nothing left that names a part
])
def test_an_own_part_sharing_words_with_an_official_one_stays_the_agencys_own(heading):
    assert section_2008(heading) is None


# Written for these tests; the agency and its figures are made up.
WORDED = """\
某县林业局2014年政府信息公开工作年度报告

一、概述
本局由办公室牵头办理信息公开事项。
二、主动公开政府信息的情况
全年在门户网站发布各类信息若干条。
三、依申请公开政府信息的情况
截至年底本局尚未收到政府信息公开申请。
四、加强政府信息公开平台建设情况
本局改版了门户网站的公开专栏。
五、政府信息公开工作存在的主要问题及改进措施
部分科室报送信息不及时，下一年度按月通报。
六、其他需要报告的事项
本年度没有其他需要报告的事项，特此说明。
某县林业局
2015年3月10日
"""


def test_a_part_worded_otherwise_is_read_with_its_figures(tmp_path):
    source = tmp_path / "linye-2014.txt"
    source.write_text(WORDED, encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    sections = yaml.safe_load(result.target.read_text(encoding="utf-8"))["sections"]
    assert sections["active_disclosure"] == {"title": "主动公开政府信息的情况", "content": ["全年在门户网站发布各类信息若干条。"]}
    assert sections["applications"] == {"title": "依申请公开政府信息的情况", "figures": {"received": 0},
                                        "content": ["截至年底本局尚未收到政府信息公开申请。"]}
    assert sections["own"] == [{"title": "加强政府信息公开平台建设情况", "order": 350, "content": ["本局改版了门户网站的公开专栏。"]}]


# R13 at part 五, which says only 无; the gambling site's name where each kind of paragraph is.
PARAGRAPHS = [
    ("heading", "某县林业局2014年政府信息公开工作年度报告"),
    ("preamble", "根据条例，本局编制本年度报告，{preamble}"),
    ("part", "一、概述"),
    ("text", "本局由办公室牵头办理信息公开事项。"),
    ("text", "（一）制度建设"),
    ("text", "本年度修订了信息发布的审核办法，{nested}"),
    ("part", "二、主动公开政府信息的情况"),
    ("text", "全年在门户网站发布各类信息若干条，{official}"),
    ("part", "三、加强政府信息公开平台建设情况"),
    ("text", "本局改版了门户网站的公开专栏。"),
    ("text", "公开专栏新增了办事指南栏目，{own}"),
    ("part", "四、政府信息公开的收费及减免情况"),
    ("text", "本局依申请提供信息，一律未收取任何费用。"),
    ("part", "五、政府信息公开工作存在的主要问题及改进措施"),
    ("text", "无"),
    ("part", "六、其他需要报告的事项"),
    ("text", "本年度没有其他需要报告的事项，特此说明。"),
    ("right", "某县林业局"),
    ("right", "2015年3月10日"),
]
WHERE = ("preamble", "nested", "official", "own")


def _source(tmp_path, fmt: str, where: str) -> tuple:
    """A 2008 report as ``fmt`` with “bet365比分网” in the paragraph ``where``, and that paragraph's and 无's number
    (each paragraph one line of the text, one paragraph of the page or document)."""
    texts = [text.format(**{w: "详见公开专栏。" for w in WHERE} | {where: "不再链接bet365比分网。"})
             for _, text in PARAGRAPHS]
    source = tmp_path / f"linye-2014.{fmt}"
    if fmt == "txt":
        source.write_text("\n".join(texts) + "\n", encoding="utf-8")
    elif fmt == "html":
        tags = {"heading": "<h1>{}</h1>", "right": '<p style="text-align:right">{}</p>'}
        body = "\n".join(tags.get(kind, "<p>{}</p>").format(text) for (kind, _), text in zip(PARAGRAPHS, texts))
        source.write_text(f'<html><head><meta charset="utf-8"></head><body>\n{body}\n</body></html>', encoding="utf-8")
    else:
        document = docx.Document()
        for (kind, _), text in zip(PARAGRAPHS, texts):
            paragraph = document.add_paragraph(text)
            if kind == "heading":
                paragraph.alignment = 1
            elif kind == "right":
                paragraph.alignment = 2
        document.save(str(source))
    return source, next(n for n, t in enumerate(texts, 1) if "bet365" in t), texts.index("无") + 1


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("fmt, unit", [("txt", "行"), ("html", "段"), ("docx", "段")])
def test_check_names_the_paragraph_of_a_2008_report(tmp_path, fmt, unit, where):
    source, injected, nothing = _source(tmp_path, fmt, where)
    result = CliRunner().invoke(cli, ["check", str(source), "--report", str(tmp_path / "r.csv"), "-j", "1"])
    assert result.exit_code == 1, result.output
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        rows = {row["rule"]: row for row in csv.DictReader(f)}
    assert set(rows) == {"R13", "injected-text"}, rows
    assert rows["R13"]["place"] == f"第 {nothing} {unit}"
    assert rows["injected-text"]["place"] == f"第 {injected} {unit}"
