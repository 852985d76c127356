"""Circled numbers in a work summary's import: a ① under a （1） heading, a level below it, was taken for its
sibling (the （1） became a paragraph, the ① headings, and the （2） after them was said renumbered). The inputs are
written for these tests."""
from __future__ import annotations

import yaml

from _import_helpers import imported

SUMMARY = """某县林业局2023年政务公开工作总结

今年以来，我局认真落实政务公开各项要求，现将有关情况总结如下。

一、主要做法

（一）推进执法公开

1.公开执法依据

在门户网站集中公布执法依据二十三项。

2.公开执法结果

（1）行政处罚结果

①一般程序案件

作出处罚决定后七个工作日内公开。

②简易程序案件

每月汇总公开一次。

（2）行政检查结果

检查结果在检查结束后公开。

（二）做好防火宣传

防火期内每周发布一次森林火险等级。

二、存在的问题

个别栏目更新不够及时。

三、下一步打算

明年将把林权流转信息纳入公开目录。

某县林业局
2023年12月25日
"""


def _said(tmp_path, name: str, text: str):
    """The import of ``text`` as a work plan or summary: its findings on headings' numbers, and its data."""
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    result = imported(source, tmp_path, documents=True)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    return [(f.place, f.message, f.published) for f in result.findings if "的编号" in f.message], data


def test_circled_numbers_under_a_bracketed_one_are_its_text(tmp_path):
    """① ② under （1）: a level below it (GB/T 9704 numbers four levels, 一、 （一） 1. （1）; ① numbers the items below
    the fourth), where no heading goes: paragraphs under the （1） heading, as written; the （2） after them is its
    sibling, nothing said (the （1） was a paragraph, the ① ② its siblings, the （2） said to be printed （3）)."""
    said, data = _said(tmp_path, "summary.txt", SUMMARY)
    assert said == []
    assert data["work"][0]["content"][1] == {"heading": "公开执法结果", "content": [
        {"heading": "行政处罚结果", "content": ["①一般程序案件", "作出处罚决定后七个工作日内公开。",
                                          "②简易程序案件", "每月汇总公开一次。"]},
        {"heading": "行政检查结果", "content": ["检查结果在检查结束后公开。"]}]}


def test_circled_numbers_under_a_bracket_closed_one_are_its_text(tmp_path):
    """① ② under 1）, written as （1） is: its text; nothing said."""
    said, data = _said(tmp_path, "summary.txt", SUMMARY.replace("（1）", "1）").replace("（2）", "2）"))
    assert said == []
    assert [item["heading"] for item in data["work"][0]["content"][1]["content"]] == ["行政处罚结果", "行政检查结果"]
