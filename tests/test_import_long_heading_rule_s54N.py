"""One rule for a long numbered heading (headings.long_heading): up to LONG_HEADING characters, no stop in it, and no
clause but among headed siblings with text under it. Two rules had it before: a sibling with a clause was a heading up
to 60 characters only, and a line alone with a stop inside it (；) was a heading up to 90. The inputs are written for
these tests."""
from __future__ import annotations

import yaml

from _import_helpers import imported

SUMMARY = """某县水利局2023年政务公开工作总结

今年以来，我局按照县政府的统一部署，扎实推进政务公开工作，现将有关情况总结如下。

一、主要做法

（一）公开水利工程信息

在门户网站设立水利工程专栏，及时发布工程进展。

（二）公开防汛信息

汛期每日发布一次雨情水情。

（三）回应群众关切

对群众反映的问题在五个工作日内答复。

二、存在的问题

部分信息发布不够及时。

三、下一步打算

继续完善政务公开制度。

某县水利局
2023年12月20日
"""


def _said(tmp_path, text: str):
    """The import of ``text`` as a work summary: its findings on headings' numbers, and its data."""
    source = tmp_path / "summary.txt"
    source.write_text(text, encoding="utf-8")
    result = imported(source, tmp_path, documents=True)
    return [f.message for f in result.findings if "的编号" in f.message], \
        yaml.safe_load(result.target.read_text(encoding="utf-8"))


def test_a_long_heading_with_a_clause_among_headings_is_one(tmp_path):
    """A sibling of 70 characters with a comma in it, no stop, its text under it, among headings: a heading, the （三）
    after it numbered as printed (it was a paragraph past 60 characters, and the （三） was said printed （二））."""
    long = "（二）公开防汛抗旱信息，在汛期和旱期分别通过门户网站政务新媒体和乡镇公告栏发布雨情水情旱情及山洪地质灾害预警信息和应急响应启动情况"
    assert 60 < len(long) <= 90
    said, data = _said(tmp_path, SUMMARY.replace("（二）公开防汛信息", long))
    assert said == []
    assert [item["heading"] for item in data["work"]] == ["公开水利工程信息", long[3:], "回应群众关切"]


def test_a_long_line_with_a_stop_inside_is_a_paragraph(tmp_path):
    """A numbered line of 50 characters with a ； inside it, no comma: a paragraph of the heading above it, as a
    sentence is (it was read as a heading, the paragraph after it its text)."""
    line = "1.全年在水利工程专栏发布信息326条；其中工程招标信息58条工程进展信息197条验收信息71条"
    assert 40 < len(line) <= 90
    said, data = _said(tmp_path, SUMMARY.replace("在门户网站设立", f"{line}\n\n在门户网站设立"))
    assert said == []
    assert data["work"][0] == {"heading": "公开水利工程信息",
                               "content": [line, "在门户网站设立水利工程专栏，及时发布工程进展。"]}


def test_a_long_line_with_a_clause_alone_is_a_paragraph(tmp_path):
    """A numbered line of 50 characters with a comma in it and no stop, with no sibling heading: a paragraph, as a
    sentence is; only among headings is a clause a long heading's (the rule's ``clause``)."""
    line = "1.全年在水利工程专栏发布信息326条，其中工程招标信息58条工程进展信息197条验收信息71条"
    said, data = _said(tmp_path, SUMMARY.replace("在门户网站设立", f"{line}\n\n在门户网站设立"))
    assert said == []
    assert data["work"][0]["content"] == [line, "在门户网站设立水利工程专栏，及时发布工程进展。"]
