"""Column widths from the texts, measured on the printed page (session 45, C2). An own table of a summary part leaves
no cell's last line one character long where another column has room to give (its heads wrapped 网站发布条|数 and
按季度更|新); the 2008 report's table of categories sizes its columns as own tables do (fixed 3 : 1.5 : 2, a
50-character name took three lines beside a nearly empty 条数 column); a category name is at most 50 characters.
The DOCX, the WeasyPrint PDF and the Typst PDF read the same widths. Every text here is written for these tests."""
from __future__ import annotations

import io
import re

import pypdf
import pytest
import yaml

from _data_helpers import run
from reportkit.testing import render
from test_table_widths_measured import docx_columns, pdf_table

HEADS = ["序号", "公开事项类别名称", "网站发布条数", "微博发布条数", "微信发布条数", "解读材料份数", "回应关切次数", "备注"]
SUMMARY = {
    "kind": "work-summary", "year": 2016, "agency": "某某市生态环境局", "date": "2017-01-10",
    "preamble": ["本年度信息发布工作按计划推进。"],
    "work": [{"columns": HEADS, "rows": [[str(i), "生态环境管理类信息" if i % 2 else "监测数据", str(97 * i), str(i),
                                          str(3 * i), str(i % 5), str(i % 3), "按季度更新" if i % 3 == 1 else ""]
                                         for i in range(1, 7)]}],
    "problems": ["部分栏目更新不够及时。"], "plan": ["下一年度继续完善发布流程。"],
}


def category(i: int) -> str:
    """A 50-character category name, the ``i``-th."""
    return f"第{i + 1}组生态环境管理方面的规范性文件、起草说明、政策解读材料以及执行情况汇总和相关附件图表等各类别的信息内容"[:50]


REPORT = {
    "kind": "annual-report", "year": 2009, "agency": "某某市生态环境局",
    "sections": {"active_disclosure": {
        "figures": {"categories": [{"name": category(i), "count": 10 + i} for i in range(60)], "cumulative": 9999,
                    "show": "table"},
        "content": ["本年度主动公开的信息按类别统计如下。"]}},
}
ENGINES = ("weasyprint", "typst")


def outputs(data: dict) -> dict[str, bytes]:
    return {"docx": render(data, formats=("docx",)).docx,
            **{engine: render(data, formats=("pdf",), engine=engine).pdf for engine in ENGINES}}


@pytest.fixture(scope="module")
def summary() -> dict[str, bytes]:
    return outputs(SUMMARY)


@pytest.fixture(scope="module")
def report() -> dict[str, bytes]:
    return outputs(REPORT)


@pytest.mark.parametrize("engine", ENGINES)
def test_no_cell_of_an_own_table_ends_on_one_character(summary, engine):
    _, cells = pdf_table(summary[engine], "序号")
    lone = [lines for column in cells.values() for lines in column if len(lines) > 1 and len(lines[-1]) == 1]
    assert not lone, lone
    heads = ["".join(column[0]) for column in cells.values()]
    assert heads == HEADS, heads  # nothing of a head printed outside its cell


@pytest.mark.parametrize("engine", ENGINES)
def test_the_categories_table_gives_the_names_the_room(report, engine):
    """A 50-character name takes two lines (three with 3 : 1.5 : 2); 条数 is as wide as its head and figures ask, the
    share's head is one line; each name is printed whole inside its cell."""
    widths, cells = pdf_table(report[engine], "类别")
    name, count, share = widths
    assert count < 12 and name > 100, widths
    assert cells[2][0] == ["占本年度总数的比例"], cells[2][0]
    names = [lines for lines in cells[0] if re.sub(r"\s", "", "".join(lines)).startswith("第")]
    assert len(names) > 10, names  # the rows of the first page
    assert [re.sub(r"\s", "", "".join(lines)) for lines in names] == [category(i) for i in range(len(names))]
    assert max(len(lines) for lines in names) == 2, names
    assert len(pypdf.PdfReader(io.BytesIO(report[engine])).pages) == 4  # 6 with 3 : 1.5 : 2


def test_the_three_outputs_read_the_same_widths(summary, report):
    for outputs_, head in ((summary, "序号"), (report, "类别")):
        printed = docx_columns(outputs_["docx"])
        for engine in ENGINES:
            widths, _ = pdf_table(outputs_[engine], head)
            assert all(abs(a - b) < 0.5 for a, b in zip(widths, printed, strict=True)), (engine, widths, printed)


def test_a_category_name_longer_than_50_characters_is_refused(tmp_path):
    data = yaml.safe_dump(REPORT, allow_unicode=True, sort_keys=False).replace(category(3), category(3) + "及说明")
    line = next(n for n, text in enumerate(data.splitlines(), 1) if category(3) in text)
    code, output = run(tmp_path, "validate", data=data.encode())
    assert code != 0 and not any("Traceback" in text for text in output), output
    assert any(re.match(rf"data\.yaml:{line}:\d+: .*类别名称有 53 个字，超过 50 个字：只写类别的名称", text)
               for text in output), output
