"""A work plan rendered to PDF (both engines), copied by pdftotext -layout and imported comes back as it was: its
附件说明, wrapped over two lines at the page's foot, does not run on into the 附件 mark over the attachment on the
next page, so the task table is read as the attachment it is, each task's unit and deadline from it."""
from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported, render_source

PLUGINS = load_plugins()

#: An organ's name long enough that the 附件说明 naming the table wraps; no date under it (no notice either): the
#: 附件说明 ends the page, the attachment starts the next.
PLAN = """\
kind: work-plan
year: 2024
agency: 清河县自然资源和林业草原局

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


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
@pytest.mark.parametrize("engine", ["pdf", "pdf-typst"])
def test_a_plans_laid_out_copy_comes_back(tmp_path, engine):
    """The 附件说明's second line was joined to the 附件 mark across the page's number (“句子中间的“—2—”未导入”), and
    the task table's title came back as “……分解表附件\\n……”."""
    source = tmp_path / "plan.yaml"
    source.write_text(PLAN, encoding="utf-8")
    pdf = render_source(source, engine, tmp_path, PLUGINS)
    subprocess.run(["pdftotext", "-layout", str(pdf), str(tmp_path / "copy.txt")], check=True)
    result = imported(tmp_path / "copy.txt", tmp_path, PLUGINS, documents=True)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    original = yaml.safe_load(PLAN)
    assert data["task_table"] == original["task_table"]
    assert [(t["task"], t["content"], t["lead"], t.get("support")) for t in data["tasks"]] \
        == [(t["task"], t["content"], t["lead"], t.get("support")) for t in original["tasks"]]
    assert [t["deadline"] for t in data["tasks"]] == ["2024年3月", "2024年6月", "2024年11月"]
    assert data["safeguards"] == original["safeguards"]
    assert not [f.message for f in result.findings if f.message.startswith("句子中间")]
