"""A short document whose attachments each start a page with their label (附件1 on page 2, 附件2 on page 3) keeps
them in a PDF import: the labels, alike but for their numbers, were taken for a running header and left out, so the
attachments were lost and the 成文日期 before them not found."""
from __future__ import annotations

import pytest
import yaml

from _import_helpers import imported, render_source

SUMMARY = """kind: work-summary
year: 2023
agency: 清河县市场监督管理局
addressee: 县政务公开办
preamble:
  - 现将我局2023年政务公开工作情况和2024年工作安排报告如下。
work:
  - 全年公布抽检结果412批次，不合格产品的核查处置情况同步公开。
problems:
  - 基层所的信息员变动较频繁，业务不够熟练。
plan:
  - 年内组织两次全系统政务公开业务培训。
date: 2024-01-20
attachments:
  - title: 2023年主动公开信息分类统计表
    table:
      columns: [类别, 条数]
      rows:
        - [抽检信息, 412]
        - [处罚信息, 86]
  - title: 2023年依申请公开办理情况
    content:
      - 全年受理申请9件，均按期答复。
"""


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_attachment_labels_at_each_page_s_top_are_no_running_header(tmp_path, fmt):
    data = tmp_path / "summary.yaml"
    data.write_text(SUMMARY, encoding="utf-8")
    result = imported(render_source(data, fmt, tmp_path), tmp_path, documents=True)
    written = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert written["date"] == yaml.safe_load(SUMMARY)["date"]
    assert [a["title"] for a in written["attachments"]] == ["2023年主动公开信息分类统计表", "2023年依申请公开办理情况"]
    assert written["attachments"][0]["table"]["rows"] == [["抽检信息", 412], ["处罚信息", 86]]
