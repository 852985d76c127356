"""The end of a published report and its parts' numbering: a short last part above the 署名, parts numbered 1. 2.
instead of 一、 二、, and a province's extra part after 六、, none of whose text may be lost."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported, page_as_text, render_source

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")
SIGNED = "某县自然资源局\n2024年1月25日\n"


def _text(tmp_path: Path) -> str:
    """The sample 2021 report as text copied from its page, its 署名 and 成文日期 the last two lines."""
    text = page_as_text(render_source(SAMPLE, "html", tmp_path, PLUGINS).read_text(encoding="utf-8"))
    assert text.rstrip().endswith(SIGNED.rstrip())
    return text[:text.rindex("六、其他需要报告的事项")]


def _import(tmp_path: Path, name: str, text: str):
    source = tmp_path / name
    if name.endswith(".html"):  # a paragraph per line, a table per row, the 署名 and 成文日期 set right
        lines = [line for line in text.splitlines() if line.strip()]
        text = "<html><body>" + "".join(
            f"<tr><td>{line.replace(chr(9), '</td><td>')}</td></tr>" if "\t" in line
            else f'<p style="text-align:right">{line}</p>' if i >= len(lines) - 2 else f"<p>{line}</p>"
            for i, line in enumerate(lines)) + "</body></html>"
        text = re.sub(r"((?:<tr>.*?</tr>)+)", r"<table>\1</table>", text)
    source.write_text(text, encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


@pytest.mark.parametrize("last", ["无", "本年度没有需要另行说明的事项"])
def test_a_short_last_part_stays_its_parts_not_the_signatures(tmp_path, last):
    """六、其他需要报告的事项 with one short line under it, right above the 署名: the heading and line were taken for
    organs (the signature ran 六、… / 无 / 某县自然资源局) and the part was lost."""
    result, data = _import(tmp_path, "r.txt", _text(tmp_path) + f"六、其他需要报告的事项\n{last}\n" + SIGNED)
    assert "signature" not in data
    assert data["sections"]["other"] == [last]
    assert not [f for f in result.findings if "其他需要报告的事项" in f.message]


def test_a_short_last_part_of_a_2008_report_keeps_its_text(tmp_path):
    text = ("某县水利局2012年政府信息公开工作年度报告\n一、概述\n本年度我局按条例要求做好政府信息公开工作。\n"
            "二、主动公开政府信息情况\n全年主动公开政府信息52条。\n五、存在的主要问题及改进措施\n无\n"
            "某县水利局\n2013年1月20日\n")
    _, data = _import(tmp_path, "r.txt", text)
    assert "signature" not in data
    problems = [part for part in data["sections"].values() if isinstance(part, dict) and part.get("content") == ["无"]]
    assert len(problems) == 1


def test_four_organs_signing_jointly_are_still_the_signature(tmp_path):
    organs = ["某县自然资源局", "某县林业局", "某县水利局", "某县农业农村局"]
    text = _text(tmp_path) + "六、其他需要报告的事项\n本年度没有其他需要报告的事项。\n" + "\n".join(organs) + "\n2024年1月25日\n"
    _, data = _import(tmp_path, "r.txt", text)
    assert data["signature"] == organs


def test_a_right_aligned_short_last_part_of_a_page_is_its_parts(tmp_path):
    """A page that sets the tail right-aligned: a heading is never an organ, and 无 under a heading is its text."""
    html = render_source(SAMPLE, "html", tmp_path, PLUGINS).read_text(encoding="utf-8")
    right = '<p style="text-align:right">{}</p>'
    tail = "".join(right.format(t) for t in ("六、其他需要报告的事项", "无", "某县自然资源局", "2024年1月25日"))
    html = html[:html.index("<h2>六、其他需要报告的事项")] + tail + "</body></html>"
    (tmp_path / "r.html").write_text(html, encoding="utf-8")
    data = yaml.safe_load(imported(tmp_path / "r.html", tmp_path, PLUGINS).target.read_text(encoding="utf-8"))
    assert "signature" not in data
    assert data["sections"]["other"] == ["无"]


@pytest.mark.parametrize("name", ["r.txt", "r.html"])
def test_parts_numbered_1_2_are_the_parts(tmp_path, name):
    text = _text(tmp_path) + "六、其他需要报告的事项\n本年度办理人大代表建议6件。\n" + SIGNED
    for number, words in enumerate(("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                                    "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"), 1):
        text = re.sub(rf"^[一二三四五六]、{words}$", f"{number}.{words}", text, flags=re.M)
    result, data = _import(tmp_path, name, text)
    assert {"overview", "problems", "other"} <= set(data["sections"])
    assert data["sections"]["other"] == ["本年度办理人大代表建议6件。"]
    assert "preamble" not in data or all("总体情况" not in p for p in data["preamble"])
    # the third-level items 1. 2. inside 总体情况 stay its headings, not parts
    assert [h["heading"] for h in data["sections"]["overview"][1]["content"] if isinstance(h, dict)] == \
        ["规划和用地信息", "执法和处罚信息"]
    if name.endswith(".txt"):  # (this test's page has the copied rows as cells, not table 三's merged cells)
        assert data["tables"]["applications"]["new_received"]["natural_person"] == 38


@pytest.mark.parametrize("name", ["r.txt", "r.html"])
def test_a_provinces_extra_part_is_kept_at_the_end_of_part_six(tmp_path, name):
    text = (_text(tmp_path) + "六、其他需要报告的事项\n本年度办理人大代表建议6件。\n七、营商环境信息公开情况\n"
            "全年两次更新涉企审批事项清单，写明每项办理时限。\n" + SIGNED)
    result, data = _import(tmp_path, name, text)
    assert data["sections"]["other"] == ["本年度办理人大代表建议6件。",
                                         {"heading": "营商环境信息公开情况",
                                          "content": ["全年两次更新涉企审批事项清单，写明每项办理时限。"]}]
    found = [f for f in result.findings if "七、营商环境信息公开情况" in f.message]
    assert len(found) == 1 and "第六部分" in found[0].message
