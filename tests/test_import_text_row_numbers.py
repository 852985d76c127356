"""A work plan printed to PDF and copied by pdftotext without -layout: its task table's rows numbered 1, 2, 3 on lines
of their own, among the rows' cells, are no pages' numbers (those are the lines at each page's foot, before the form
feed, printed —2— here); an attachment's mark at a page's top goes on with no 附件说明 above it; a table's title the
page wrapped before its last character is one line."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported, render_source

PLUGINS = load_plugins()

PLAN = """\
kind: work-plan
year: 2024
agency: 清河县林业局
date: 2024-02-20

preamble:
  - 为把本局今年的政务公开工作落到实处，结合局里年初确定的各项工作安排，制定本方案。

requirements:
  - 按季度梳理公开事项，做到应公开尽公开，公开内容准确、及时，方便群众查阅和监督。

tasks:
  - task: 公开采伐限额执行情况
    content:
      - 每季度在局网站公开一次采伐限额的执行情况，逐月更新林木采伐许可证的核发信息，方便群众查询和监督，接受社会各方面的评议。
    lead: 资源股
    deadline: "2024-03"
  - task: 公开年度造林绿化计划
    content:
      - 年初公布全年造林绿化计划和各乡镇的任务分配，年中公布完成进度，年底公布验收结果，让群众了解造林绿化的进展情况。
    lead: 造林股
    support: [办公室]
    deadline: "2024-06"
  - task: 及时发布森林防火信息
    content:
      - 防火期内及时发布森林火险等级和禁火令，遇到火情及时公布处置进展，引导群众做好野外用火管理，共同守护森林资源安全。
    lead: 防火办
    deadline: "2024-11"

safeguards:
  - heading: 加强组织领导
    content:
      - 局办公室统筹推进，各股室按照分工抓好落实，每季度末报送进展情况。

task_table:
  place: attachment
"""


def _plan(tmp_path: Path, engine: str) -> tuple[object, dict]:
    """The plan rendered to PDF by ``engine``, copied by pdftotext without -layout and imported: the result and data."""
    source = tmp_path / "plan.yaml"
    source.write_text(PLAN, encoding="utf-8")
    pdf = render_source(source, engine, tmp_path, PLUGINS)
    subprocess.run(["pdftotext", str(pdf), str(tmp_path / "copy.txt")], check=True)
    result = imported(tmp_path / "copy.txt", tmp_path, PLUGINS, documents=True)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
@pytest.mark.parametrize("engine", ["pdf", "pdf-typst"])
def test_a_task_tables_row_numbers_are_no_page_numbers(tmp_path, engine):
    """The rows' numbers were said to be pages' numbers (页码“1”未导入) and dropped; the 附件 over the table was
    joined to the 附件说明 across the page's foot, the attachment read as the last part's text."""
    result, data = _plan(tmp_path, engine)
    messages = [f.message for f in result.findings]
    assert not [m for m in messages if m.startswith(("页码“1”", "页码“2”", "页码“3”"))], messages
    assert [m for m in messages if m.startswith("页码“—2—”")]
    assert data["safeguards"][0]["content"] == ["局办公室统筹推进，各股室按照分工抓好落实，每季度末报送进展情况。"]
    attachment = data["attachments"][0]
    assert attachment["title"] == "清河县林业局2024年政务公开工作主要任务分解表"
    content = attachment["content"]
    numbers = [text for text in content if text in ("1", "2", "3")]
    assert numbers == ["1", "2", "3"]
    assert content.index("1") < content.index("资源股") < content.index("2") < content.index("防火办") \
        and content.index("3") < content.index("防火办")


#: A copy whose pages' numbers are printed bare, each at its page's foot before the form feed, and whose table numbers
#: its rows on lines of their own: 1 and 2 are pages' numbers there, the rows' 1, 2, 3 are not.
PAGED = """清河县林业局2024年政务公开工作要点

为把本局今年的政务公开工作落到实处，结合局里年初确定的各项工作
安排，制定本要点。

一、总体要求

按季度梳理公开事项，做到应公开尽公开。

1
\f二、主要任务

各股室对照下表抓好落实。

序号

工作任务

责任单位

1

公开采伐限额

资源股

2

公开造林计划

造林股

3

公开防火信息

防火办

三、保障措施

局办公室统筹推进。

清河县林业局

2024年2月20日

2
\f"""


def test_bare_page_numbers_at_the_pages_feet_and_row_numbers_among_cells(tmp_path):
    """The other side: the numbers at the pages' feet (before a form feed) are still pages' numbers, said and not
    imported; the rows' numbers are no pages' but the table's rows'."""
    (tmp_path / "copy.txt").write_text(PAGED, encoding="utf-8")
    result = imported(tmp_path / "copy.txt", tmp_path, PLUGINS, documents=True)
    pages = [f.message for f in result.findings if f.message.startswith("页码“")]
    assert [m[:5] for m in pages] == ["页码“1”", "页码“2”"]
    assert [f.place for f in result.findings if f.message in pages] == ["第 10 行", "第 47 行"]
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))  # the table, a blank line between its cells, read
    assert [(t["task"], t["lead"]) for t in data["tasks"]] == [("公开采伐限额", "资源股"), ("公开造林计划", "造林股"),
                                                              ("公开防火信息", "防火办")]


#: A laid-out copy (pdftotext -layout) of a plan whose task table's title the page wrapped before its last character,
#: centred, and another whose author broke it after the organ's name.
LAID_OUT = """          清河县林业局2024年政务公开工作要点

    为把本局今年的政务公开工作落到实处，结合局里年初确定的各项工作安排，制定本要点。
    一、总体要求
    按季度梳理公开事项。
    二、主要任务
    （一）公开采伐限额
    每季度公开一次采伐限额执行情况。
    （二）公开造林计划
    年初公布全年造林绿化计划。
    三、保障措施
    局办公室统筹推进。
                                                  清河县林业局
                                                 2024年2月20日
\f附件

{title}

序号 工作任务       具体措施       责任单位 完成时限
1 公开采伐限额 每季度公开一次采伐限额执行情况。 资源股 2024年3月
2 公开造林计划 年初公布全年造林绿化计划。 造林股 2024年6月
"""


@pytest.mark.parametrize(("title", "wanted"), [
    ("   清河县林业局2024年政务公开工作重点任务分解\n                     表", "清河县林业局2024年政务公开工作重点任务分解表"),
    ("   清河县林业局2024年政务公开工作重点任务\n               分解表", "清河县林业局2024年政务公开工作重点任务分解表"),
    ("           清河县林业局\n   2024年政务公开工作重点任务分解表", "清河县林业局\n2024年政务公开工作重点任务分解表"),
])
def test_a_task_tables_title_wrapped_before_its_end_is_one_line(tmp_path, title, wanted):
    """The title came back with the page's break in it (…分解\n表): a piece of a few characters is joined; a break
    the author made after the organ's name stays."""
    (tmp_path / "copy.txt").write_text(LAID_OUT.format(title=title), encoding="utf-8")
    result = imported(tmp_path / "copy.txt", tmp_path, PLUGINS, documents=True)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert data["task_table"]["title"] == wanted
    assert [t["lead"] for t in data["tasks"]] == ["资源股", "造林股"]
