"""A plan's task table pdftotext copied in reading order (no -layout), read as no table: the one finding on it says so,
and the lines that open with a number of a row (2.1) or of a measure (1.养护计划：……, lines the copy mixed from several
cells) get no finding that a render numbers them otherwise, as headings or tasks. The table ends at the next part's
heading, whose own numbering is still said. The inputs are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported

UNREAD = "任务分解表没有读成表格"

HEAD = """桐溪县交通运输局2024年政务公开工作方案

为做好本局2024年政务公开工作，制定本方案。

一、总体要求

以公开促落实，让群众看得到、看得懂、能监督。

二、主要任务

（一）公开养护工程
农村公路养护工程的计划、招标和验收情况及时公开。
责任科室（单位）：公路股

（二）公开客运信息
城乡客运线路、班次和票价调整及时公布。
责任科室（单位）：运管股
"""
#: The table as pdftotext sets it without -layout: a cell a line or a few, the narrow 工作任务 among the measures'.
TABLE = """序号 工作任务

责任单位

完成时限

1

公开养护
1.养护计划：年初公布全县农村公路
工程
养护计划和资金安排。
2.2
每季度公开养护工程的招标结果和
验收情况。

公路股

全年

2.1

3.客运线路：线路开通、调整和停运
前公开征求意见。

运管股

全年

3.3

3.4
"""
#: The part after the table, its （二） skipped: that is said.
TAIL = """
三、保障措施

（一）加强领导
局政务公开领导小组统筹推进各项任务，定期研究解决公开工作中的问题。

（三）强化考核
各股室的公开情况纳入年度考核，年底前开展一次自查。

桐溪县交通运输局
2024年2月20日
"""
COPIES = {"attached": HEAD + TAIL.rstrip("\n") + "\n\n附件\n\n桐溪县交通运输局\n2024年政务公开工作任务分解表\n" + TABLE,
          "inline": HEAD + TABLE + TAIL}


@pytest.fixture(scope="module")
def imports(tmp_path_factory):
    out = {}
    for name, text in COPIES.items():
        folder = tmp_path_factory.mktemp(name)
        source = folder / "copy.txt"
        source.write_text(text, encoding="utf-8")
        result = imported(source, folder, load_plugins(), documents=True)
        out[name] = result, yaml.safe_load(Path(result.target).read_text(encoding="utf-8")), text.split("\n")
    return out


@pytest.mark.parametrize("name", COPIES)
def test_only_the_unread_table_is_said_of_its_lines(imports, name):
    """Its lines 2.2…, 3.客运线路… were said as headings (an attachment's) or tasks (inline) a render numbers
    otherwise, 全年 3.3 3.4 as a table's loose cells: the table is said unread once, at its head, and the part after it
    keeps its own finding."""
    result, _, lines = imports[name]
    said = [f for f in result.findings if f.rule in ("sections", "unread")]
    assert [f.place for f in said if f.rule == "unread"] == [f"第 {lines.index('序号 工作任务') + 1} 行"]
    assert [UNREAD in f.message for f in said if f.rule == "unread"] == [True]
    renumbered = [f for f in said if "编号" in f.message]
    assert [f.place for f in renumbered] == [f"第 {lines.index('（三）强化考核') + 1} 行"]
    assert "原文跳过了“（二）”" in renumbered[0].message


def test_the_parts_after_an_inline_table_read_as_before(imports):
    _, data, _ = imports["inline"]
    assert data["safeguards"] == [
        {"heading": "加强领导", "content": ["局政务公开领导小组统筹推进各项任务，定期研究解决公开工作中的问题。"]},
        {"heading": "强化考核", "content": ["各股室的公开情况纳入年度考核，年底前开展一次自查。"]}]
    assert data["date"] is not None and [t["task"] for t in data["tasks"][:2]] == ["公开养护工程", "公开客运信息"]
