"""A hand-typed text copy, no form feeds in it, of a plan whose table was typed a cell a line: the rows' numbers 1, 2, 3
alone on their lines under the table's 序号 are no pages' numbers and stay; a page's bare number between the
paragraphs is still one, said and left out."""
from __future__ import annotations

from reportkit.plugins import load_plugins

from _import_helpers import imported

PLUGINS = load_plugins()

_TOP = """清河县林业局2024年政务公开工作要点

为把本局今年的政务公开工作落到实处，结合局里年初确定的各项工作安排，制定本要点。

一、总体要求

按季度梳理公开事项，做到应公开尽公开，公开内容准确、及时。
{page}
二、主要任务

各股室对照下表抓好落实，每季度末报送进展。

"""
#: The table a cell a line, a cell's text wrapped by hand (so no row is as many lines as the head has cells).
_TABLE = """序号
工作任务
具体措施
责任单位
1
公开采伐限额执行情况
每季度在局网站公开一次采伐限额的执行情况，逐月更新
林木采伐许可证的核发信息。
资源股
2
公开年度造林绿化计划
年初公布全年造林绿化计划，年中公布完成进度，年底
公布验收结果。
造林股
3
发布森林防火信息
防火期内及时发布森林火险等级和禁火令，遇到火情及时
公布处置进展。
防火办
"""
_BOTTOM = """
三、保障措施

局办公室统筹推进，各股室按照分工抓好落实。

清河县林业局
2024年2月20日
{page}"""


def _import(tmp_path, text: str):
    (tmp_path / "plan.txt").write_text(text, encoding="utf-8")
    result = imported(tmp_path / "plan.txt", tmp_path, PLUGINS, documents=True)
    pages = [(f.place, f.message[:5]) for f in result.findings if f.message.startswith("页码")]
    return pages, result.target.read_text(encoding="utf-8")


def test_the_rows_numbers_of_a_table_typed_a_cell_a_line_stay(tmp_path):
    """1, 2, 3 were pages' numbers (页码“1”未导入 …) and dropped."""
    pages, written = _import(tmp_path, _TOP.format(page="") + _TABLE + _BOTTOM.format(page=""))
    assert pages == []
    assert [line for line in written.splitlines() if line.strip() in ('- "1"', '- "2"', '- "3"')] \
        == ['  - "1"', '  - "2"', '  - "3"']


def test_pages_numbers_between_the_paragraphs_are_still_left_out(tmp_path):
    """With a page's 1 before the table and its 2 at the end, the rows' 1 after the page's broke the count: neither
    page's number was read as one (both came back as text)."""
    pages, written = _import(tmp_path, _TOP.format(page="1\n") + _TABLE + _BOTTOM.format(page="2\n"))
    assert pages == [("第 8 行", "页码“1”"), ("第 40 行", "页码“2”")]
    assert [line for line in written.splitlines() if line.strip() in ('- "1"', '- "2"', '- "3"')] \
        == ['  - "1"', '  - "2"', '  - "3"']
