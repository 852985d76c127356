"""plugins/reportkit-gbt9704-sichuan-disaster: the 抗震救灾、灾后恢复重建信息公开情况 section."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from reportkit.errors import InvalidData
from reportkit.plugins import load_plugins
from reportkit.testing import check, render, starter_data
from reportkit_sichuan_disaster import EarthquakeRecovery, SichuanSettings, TITLE, check as section_rules, statement

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "plugins" / "reportkit-gbt9704-sichuan-disaster" / "examples" / "sichuan-2010-counts.yaml"
#: What the 绵阳市环境保护局 2009 report states (shared/seeds/002…, part 六) — and nothing more.
MIANYANG = {
    "period": "“5·12”地震后的抗震救灾和2009年的灾后重建中",
    "published_by": "government",
    "government": "市政府",
    "channels": ["news_media"],
    "categories": ["environmental_monitoring", "environmental_quality", "reconstruction_progress"],
}
needs_2008 = pytest.mark.skipif("2008" not in load_plugins().registry.kinds["annual-report"].editions,
                                reason="the annual report's 2008 edition is not wired up yet")


def test_mianyang_statement_says_what_the_seed_says():
    text = statement(EarthquakeRecovery(**MIANYANG), SichuanSettings(self_reference="我局").self_reference)
    assert text == ("“5·12”地震后的抗震救灾和2009年的灾后重建中，环境监测信息、环境质量公告和灾后恢复重建情况"
                    "由市政府集中对外发布，发布渠道为新闻媒体；我局按市政府的安排提供本部门掌握的信息。")


@pytest.mark.parametrize("change, message", [
    ({"counts": {"relief_funds": 3}}, "counts.relief_funds：“抗震救灾款物的接收、分配和使用情况”有条数，但不在 categories 中"),
    ({"counts": {"environmental_quality": -1}}, "counts.environmental_quality：条数不能小于 0"),
    ({"counts": {"environmental_monitoring": 2, "environmental_quality": 1, "reconstruction_progress": 1}, "total": 5},
     "total：合计 5 条与各类条数之和 4 条不符（SD3）"),
    ({"government": None}, "government：由政府统一发布时，写明是哪一级政府"),
])
def test_section_rules(change, message):
    data = EarthquakeRecovery(**{**MIANYANG, **change})
    assert [f.message for f in section_rules(data) if message in f.message]


def test_categories_must_be_known_and_listed_once():
    with pytest.raises(ValueError):
        EarthquakeRecovery(**{**MIANYANG, "categories": ["environmental_monitoring", "environmental_monitoring"]})
    with pytest.raises(ValueError):
        EarthquakeRecovery(**{**MIANYANG, "categories": ["weather"]})


def test_section_outside_2008_2010_is_refused_at_its_place():
    data = starter_data("annual-report", year=2021)
    data["plugins"] = ["reportkit-gbt9704-sichuan-disaster"]
    data["sections"]["earthquake_recovery"] = MIANYANG
    with pytest.raises(InvalidData) as info:
        check(data, file="r.yaml")
    assert "“抗震救灾、灾后恢复重建信息公开情况”只用于 2008—2010 年度的报告，本报告是 2021 年度" in str(info.value)


def test_section_shows_in_the_schema():
    from click.testing import CliRunner
    from reportkit.cli import cli

    out = CliRunner().invoke(cli, ["schema", "annual-report"]).output
    assert "earthquake_recovery" in out and TITLE in out


@needs_2008
def test_example_renders_the_section_between_fees_and_problems_in_both_outputs():
    result = render(EXAMPLE.read_text(encoding="utf-8"), file=str(EXAMPLE), strict=True)
    assert [d.format() for d in result.warnings if d.severity != "note"] == []
    heading = "六、抗震救灾、灾后恢复重建信息公开情况"
    counted = ("其中，公开抗震救灾款物的接收、分配和使用情况12条、灾后恢复重建项目及资金安排情况46条、"
               "灾后恢复重建情况58条，共计116条。")
    for text in (result.docx_text, result.pdf_text.replace("\n", "")):
        assert heading in text and counted in text
        assert text.index("五、政府信息公开的收费及减免情况") < text.index(heading) < text.index("七、政府信息公开工作存在的主要问题")
        # the preamble lists the part among the others
        assert "政府信息公开的收费及减免情况、抗震救灾、灾后恢复重建信息公开情况、政府信息公开工作存在的主要问题" in text


@needs_2008
def test_mianyang_fragment_validates():
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data["year"] = 2009
    data["sections"]["earthquake_recovery"] = MIANYANG
    result = render(data, formats=("docx",))
    assert "由市政府集中对外发布，发布渠道为新闻媒体；我局按市政府的安排提供本部门掌握的信息。" in result.docx_text
