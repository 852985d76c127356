"""An annual report's parts (2019 and 2021 formats) numbered out of order (一、二、四、, 二、 twice, from 二、): each
was matched to its part and printed again 一 to 六 with nothing said; now one warning at the part whose number
breaks, as for a work plan's parts (test_import_heading_numbers_s53E). Parts numbered in order say nothing, however
reportkit places them (one it adds, takes into another, or moves has its own finding). The inputs are written for these
tests."""
from __future__ import annotations

import pytest
import yaml

from _import_helpers import imported

REPORT = """某县档案局2023年政府信息公开工作年度报告

本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限为2023年1月1日至12月31日。

一、总体情况

本局全年在门户网站发布档案工作信息58条，馆藏开放目录按季度更新。

二、主动公开政府信息情况

档案开放鉴定结果均在网站公布。

三、收到和处理政府信息公开申请情况

全年收到公开申请4件，均在法定期限内答复。

四、政府信息公开行政复议、行政诉讼情况

本年度没有因政府信息公开被申请行政复议或提起行政诉讼。

五、存在的主要问题及改进情况

馆藏开放目录的检索功能较弱，明年将升级检索系统。

六、其他需要报告的事项

本年度没有收取信息处理费。

某县档案局
2024年1月22日
"""

def _said(tmp_path, text: str):
    """The import of ``text``: its findings on the parts' numbers (place, message, ``check``'s message), its data."""
    source = tmp_path / "report.txt"
    source.write_text(text, encoding="utf-8")
    result = imported(source, tmp_path)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    return [(f.place, f.message, f.published) for f in result.findings if "部分标题" in f.message], data


def _changed(text: str, changes: dict[str, str]) -> str:
    for old, new in changes.items():
        assert old in text
        text = text.replace(old, new)
    return text


@pytest.mark.parametrize("changes, at, message, published", [
    ({"四、政府信息公开行政复议": "五、政府信息公开行政复议", "五、存在": "六、存在", "六、其他": "七、其他"}, "第 17 行",
     "部分标题“五、政府信息公开行政复议、行政诉讼情况”的编号是“五、”，按它所在的位置重新排版时编为“四、”（原文跳过了“四、”）；"
     "其后的“六、”“七、”也随之编为“五、”“六、”：请核对原件",
     "部分标题“五、政府信息公开行政复议、行政诉讼情况”的编号是“五、”（原文跳过了“四、”）：请核对原件"),
    ({"三、收到": "二、收到"}, "第 13 行",
     "部分标题“二、收到和处理政府信息公开申请情况”的编号是“二、”，按它所在的位置重新排版时编为“三、”"
     "（原文与上一个部分标题“二、主动公开政府信息情况”同号）：请核对原件",
     "部分标题“二、收到和处理政府信息公开申请情况”的编号是“二、”（原文与上一个部分标题“二、主动公开政府信息情况”同号）：请核对原件"),
    ({"五、存在": "三、存在"}, "第 21 行",
     "部分标题“三、存在的主要问题及改进情况”的编号是“三、”，按它所在的位置重新排版时编为“五、”"
     "（原文在上一个部分标题“四、政府信息公开行政复议、行政诉讼情况”之后又从“三、”编起）：请核对原件",
     "部分标题“三、存在的主要问题及改进情况”的编号是“三、”（原文在上一个部分标题“四、政府信息公开行政复议、行政诉讼情况”之后"
     "又从“三、”编起）：请核对原件"),
    ({"一、总体": "二、总体", "二、主动": "三、主动", "三、收到": "四、收到"}, "第 5 行",
     "部分标题“二、总体情况”的编号是“二、”，按它所在的位置重新排版时编为“一、”（原文这一组部分标题从“二、”编起）；"
     "其后的“三、”“四、”也随之编为“二、”“三、”：请核对原件",
     "部分标题“二、总体情况”的编号是“二、”（原文这一组部分标题从“二、”编起）：请核对原件"),
], ids=["skipped", "repeated", "back", "from-two"])
def test_a_part_numbered_out_of_order_is_said(tmp_path, changes, at, message, published):
    """One finding, at the part whose number breaks, naming the parts after it that move with it; the parts are
    imported as before."""
    said, data = _said(tmp_path, _changed(REPORT, changes))
    assert said == [(at, message, published)]
    assert data["sections"]["problems"] == ["馆藏开放目录的检索功能较弱，明年将升级检索系统。"]


ADDED = "六、档案开放情况\n\n本年度向社会开放档案1200卷。\n\n七、其他需要报告的事项"
HALVES = ("五、存在的主要问题\n\n馆藏开放目录的检索功能较弱。\n\n六、改进措施\n\n明年将升级检索系统。\n\n"
          "七、其他需要报告的事项")


@pytest.mark.parametrize("changes, other_finding", [
    ({}, None),
    ({"六、其他需要报告的事项\n\n本年度没有收取信息处理费。\n\n": ""}, "没有找到“其他需要报告的事项”部分"),
    ({"六、其他需要报告的事项": ADDED}, "“六、档案开放情况”不是"),
    ({"五、存在的主要问题及改进情况\n\n馆藏开放目录的检索功能较弱，明年将升级检索系统。\n\n六、其他需要报告的事项": HALVES},
     "“六、改进措施”是“存在的主要问题及改进情况”的一半"),
    ({"一、总体情况\n\n": "", "二、主动": "一、主动", "三、收到": "二、收到", "四、政府": "三、政府", "五、存在": "四、存在",
      "六、其他": "五、其他"}, "没有“总体情况”的标题"),
], ids=["in-order", "fewer", "one-taken-into-six", "halves-of-five", "overview-unheaded"])
def test_parts_numbered_in_order_say_nothing(tmp_path, changes, other_finding):
    """Parts numbered in order from 一: nothing said of their numbers where reportkit prints one at another place, a
    part it adds or takes into another being said by that part's own finding (七、其他 printed as 六、)."""
    source = tmp_path / "report.txt"
    source.write_text(_changed(REPORT, changes), encoding="utf-8")
    messages = [f.message for f in imported(source, tmp_path).findings]
    assert not [m for m in messages if "的编号" in m]
    assert other_finding is None or any(other_finding in m for m in messages)
