"""A heading that skips a level (（1） right under （一）, no 1. between) has its siblings beside it: the second （2）
went under the first （1）, as if a level deeper (the nesting counted levels walked, not the headings' own)."""
from __future__ import annotations

import yaml

from _import_helpers import imported

SUMMARY = """某县交通运输局2023年政务公开工作总结

今年以来，我局按照县政府的部署推进政务公开工作，现将有关情况总结如下。

一、主要做法

（一）推进决策公开

（1）完善预公开制度

重大交通规划在决策前向社会公开征求意见。

（2）做好政策解读

规范性文件与解读材料同步发布。

（二）加强结果公开

按季度公开重点项目的建设进度。

二、存在的问题

政策解读形式还比较单一。

三、下一步打算

明年将增加图解和视频解读。

某县交通运输局
2023年12月20日
"""


def test_headings_that_skip_a_level_stay_siblings(tmp_path):
    source = tmp_path / "summary.txt"
    source.write_text(SUMMARY, encoding="utf-8")
    result = imported(source, tmp_path, documents=True)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert result.ok
    assert data["work"] == [
        {"heading": "推进决策公开", "content": [
            {"heading": "完善预公开制度", "content": ["重大交通规划在决策前向社会公开征求意见。"]},
            {"heading": "做好政策解读", "content": ["规范性文件与解读材料同步发布。"]}]},
        {"heading": "加强结果公开", "content": ["按季度公开重点项目的建设进度。"]}]


def test_headings_numbered_with_signs_of_their_own_lose_their_number(tmp_path):
    """⑴ ⑵ typed by hand (one character each, what an input method offers): read as （1） （2） headings, whose number
    the data does not keep (the heading was “⑴完善预公开制度”, printed with its number twice)."""
    source = tmp_path / "summary.txt"
    source.write_text(SUMMARY.replace("（1）", "⑴").replace("（2）", "⑵"), encoding="utf-8")
    result = imported(source, tmp_path, documents=True)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert [item["heading"] for item in data["work"][0]["content"]] == ["完善预公开制度", "做好政策解读"]
