"""A short page whose only wrapped paragraph wraps to the left edge, and whose full lines are otherwise followed by the
next paragraph at its indent (a work plan's tasks, each ending its line exactly, over its units line), reads its
paragraphs whole: the indent was taken for the edge lines wrap to, so the preamble's last line “开。” was a paragraph
of its own and a task's units line took the next task's heading (“县人民医院（二）医疗服务价格公开”)."""
from __future__ import annotations

import pytest
import yaml

from _import_helpers import imported, render_source

PLAN = """kind: work-plan
year: 2021
agency: 清河县卫生健康局
title: 清河县卫生健康局2021年政务公开工作要点
notice:
  title: 清河县卫生健康局关于印发2021年政务公开工作要点的通知
  addressee: 局机关各股室，各医疗卫生单位
  body:
    - 现将《清河县卫生健康局2021年政务公开工作要点》印发给你们，请对照分工抓好落实。
  date: 2021-03-05
preamble:
  - 今年全局政务公开工作要围绕疫情防控和医改重点任务展开。
headings: {tasks: 工作重点, safeguards: 工作要求}
requirements:
  - 坚持公开透明，及时回应社会关切。
tasks:
  - task: 疫情防控信息发布
    content:
      - 每日公布全县疫苗接种进度，遇有情况及时发布权威信息。
    lead: 疾控股
    support:
      - 县疾控中心
      - 县人民医院
    deadline: 持续推进
  - task: 医疗服务价格公开
    content:
      - 在各医院门诊大厅和网站公示常用药品和诊疗项目的价格。
    lead: 医政股
    support:
      - 各医疗卫生单位
    deadline: "2021年6月底前"
safeguards:
  - 各股室要对照分工，每季度末报送一次进展情况。
task_table: {place: attachment, title: 政务公开重点任务分工表}
"""


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_short_plan_s_paragraphs_and_units_come_back_whole(tmp_path, fmt):
    data = tmp_path / "plan.yaml"
    data.write_text(PLAN, encoding="utf-8")
    written = yaml.safe_load(imported(render_source(data, fmt, tmp_path), tmp_path, documents=True).target.read_text(
        encoding="utf-8"))
    expected = yaml.safe_load(PLAN)
    assert written["preamble"] == expected["preamble"]
    assert [(t["task"], t.get("lead"), t.get("support")) for t in written["tasks"]] == \
        [(t["task"], t["lead"], t["support"]) for t in expected["tasks"]]
