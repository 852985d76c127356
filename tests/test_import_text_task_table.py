"""A work plan's task table centred in its cells, its measures wrapped over lines, printed by a browser and copied by
pdftotext -layout: each cell's lines centred in its column (a cell's last, shorter line starts further in), the head's
words and the row's cells one blank apart. Its rows are read by the column each word stands under."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import CHROMIUM, chromium_pdf, imported

PLUGINS = load_plugins()
UNREAD_TABLE = "任务分解表没有读成表格"

TASKS = [("公开采伐限额", "每季度在局网站公开一次采伐限额的执行情况，逐月更新林木采伐许可证的核发信息，方便群众查询和监督。", "资源股",
          "2024年3月"),
         ("公开造林计划", "年初公布全年造林绿化计划和各乡镇的任务分配，年中公布完成进度。", "造林股、办公室", "2024年6月"),
         ("公开防火信息", "防火期内及时发布森林火险等级。", "防火办", "2024年11月")]

#: The plan as a site prints it, GB/T 9704's page; its task table in the attachment, every cell centred.
PAGE = """<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 37mm 26mm 35mm 28mm; }}
body {{ font-family: FandolFang; font-size: 16pt; line-height: 28pt; }}
h1 {{ font-size: 22pt; text-align: center; font-weight: normal; }}
p {{ margin: 0; text-indent: 2em; }}
.sign {{ text-align: right; padding-right: 4em; text-indent: 0; }}
table {{ border-collapse: collapse; width: 100%; font-size: 12pt; line-height: 16pt; }}
td, th {{ border: 1px solid black; padding: 2pt; text-align: center; vertical-align: middle; }}
</style></head><body>
<h1>清河县林业局2024年政务公开工作要点</h1>
<p>为把本局今年的政务公开工作落到实处，结合局里年初确定的各项工作安排，制定本要点。</p>
<p>一、总体要求</p>
<p>按季度梳理公开事项。</p>
<p>二、主要任务</p>
{tasks}
<p>三、保障措施</p>
<p>局办公室统筹推进。</p>
<p style="margin-top:28pt; text-indent:0">附件：清河县林业局2024年政务公开工作任务分解表</p>
<p class="sign" style="margin-top:56pt">清河县林业局</p>
<p class="sign">2024年2月20日</p>
<p style="page-break-before:always; text-indent:0">附件</p>
<h1>清河县林业局2024年政务公开工作任务分解表</h1>
<table><tr><th style="width:8%">序号</th><th style="width:18%">工作任务</th><th style="width:44%">具体措施</th>
<th style="width:15%">责任单位</th><th style="width:15%">完成时限</th></tr>
{rows}
</table></body></html>"""

NUMERALS = "一二三"


def _page() -> str:
    tasks = "".join(f"<p>（{NUMERALS[n]}）{task}</p><p>{measure}</p>" for n, (task, measure, _, _) in enumerate(TASKS))
    rows = "".join(f"<tr><td>{n}</td><td>{task}</td><td>{measure}</td><td>{unit}</td><td>{deadline}</td></tr>"
                   for n, (task, measure, unit, deadline) in enumerate(TASKS, 1))
    return PAGE.format(tasks=tasks, rows=rows)


def _imported(folder: Path, text: str):
    (folder / "copy.txt").write_text(text, encoding="utf-8")
    result = imported(folder / "copy.txt", folder, PLUGINS, documents=True)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _read(data: dict) -> list[tuple]:
    return [(t["task"], t["lead"], t.get("support"), t.get("deadline")) for t in data["tasks"]]


WANTED = [("公开采伐限额", "资源股", None, "2024年3月"), ("公开造林计划", "造林股", ["办公室"], "2024年6月"),
          ("公开防火信息", "防火办", None, "2024年11月")]


@pytest.mark.skipif(CHROMIUM is None or shutil.which("pdftotext") is None,
                    reason="chromium or poppler's pdftotext is not installed")
def test_a_centred_task_table_copied_with_layout_is_read(tmp_path):
    """The table fell back to the attachment's text, its units and deadlines lost (“任务分解表没有读成表格”): each row
    is read, each task's unit and deadline from it."""
    pdf = chromium_pdf(_page(), tmp_path)
    subprocess.run(["pdftotext", "-layout", str(pdf), str(tmp_path / "copy.txt")], check=True)
    result = imported(tmp_path / "copy.txt", tmp_path, PLUGINS, documents=True)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert _read(data) == WANTED
    assert data["task_table"]["place"] == "attachment" and "attachments" not in data
    assert not [f.message for f in result.findings if UNREAD_TABLE in f.message]


#: The same table as such a copy gives it, written by hand: the head's words and the cells one blank apart, each
#: cell's lines centred, a row's number on its middle line.
TABLE = """\
序号 工作任务       具体措施       责任单位 完成时限
         每季度在局网站公开一次采伐限额
1 公开采伐限额 的执行情况，逐月更新林木采伐许
         可证的核发信息，方便群众查询和 资源股 2024年3月
               监督。
         年初公布全年造林绿化计划和各乡 造林股、
2 公开造林计划 镇的任务分配，年中公布完成进 办公室 2024年6月
               度。
3 公开防火信息 防火期内及时发布森林火险等级。 防火办 2024年11
                                月
"""

PLAN = """\
          清河县林业局2024年政务公开工作要点

    为把本局今年的政务公开工作落到实处，结合局里年初确定的各项工作安排，制定本要点。
    一、总体要求
    按季度梳理公开事项。
    二、主要任务
    （一）公开采伐限额
    每季度公开一次采伐限额执行情况。
    （二）公开造林计划
    年初公布全年造林绿化计划。
    （三）公开防火信息
    防火期内及时发布森林火险等级。
    三、保障措施
    局办公室统筹推进。
                                                  清河县林业局
                                                 2024年2月20日
\f附件

          清河县林业局2024年政务公开工作任务分解表

"""


def test_a_hand_made_copy_of_a_centred_task_table(tmp_path):
    """The same written by hand: read, a cell's shorter last line (监督。, the deadline's 月) in its cell."""
    result, data = _imported(tmp_path, PLAN + TABLE)
    assert _read(data) == WANTED
    assert not [f.message for f in result.findings if UNREAD_TABLE in f.message]


def test_a_centred_table_whose_first_column_is_no_number_is_left(tmp_path):
    """The other side: a row whose words under 序号 are no row's number: the lines stay text, the head's finding says
    the table was not read."""
    result, data = _imported(tmp_path, PLAN + TABLE.replace("\n2 公开造林计划", "\n乙 公开造林计划"))
    assert "task_table" not in data
    assert [f for f in result.findings if UNREAD_TABLE in f.message]
