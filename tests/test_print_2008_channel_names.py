"""The 2008 edition prints a channel whose name holds a 、 quoted in its list, so that the list reads back as the
channels it was: before, 公开渠道有甲网、乙网和丙网的链接、政务微博。 came back as three channels, and an application
channel 当面、信函申请 with its count was not read at all."""
from __future__ import annotations

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import data_of, imported, printed, render_source

PLUGINS = load_plugins()
DISCLOSED = [{"name": "甲网、乙网和丙网的链接"}, {"name": "政务微博"}]
APPLIED = [{"name": "当面、信函申请", "count": 3}, {"name": "网上申请", "count": 5}]
DATA = """\
kind: annual-report
year: 2012
agency: 青山县人民政府
date: 2013-03-20
sections:
  overview:
    content:
      - 县政府办公室统筹全县的公开工作。
  active_disclosure:
    figures:
      total: 150
      channels: {disclosed}
  applications:
    figures:
      channels: {applied}
  problems:
    content:
      - 个别单位公开不够及时，明年将加强督促。
"""


def _source(tmp_path):
    flow = lambda items: yaml.safe_dump(items, allow_unicode=True, default_flow_style=True).strip()  # noqa: E731
    source = tmp_path / "qingshan.yaml"
    source.write_text(DATA.format(disclosed=flow(DISCLOSED), applied=flow(APPLIED)), encoding="utf-8")
    return source


def test_a_name_holding_a_dunhao_is_printed_quoted(tmp_path):
    texts = [text for _, text in printed(_source(tmp_path), PLUGINS)]
    assert "本年度主动公开政府信息150条。公开渠道有“甲网、乙网和丙网的链接”、政务微博。" in texts
    assert "本年度共收到政府信息公开申请8件，其中“当面、信函申请”3件、网上申请5件。" in texts


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_channels_named_with_a_dunhao_come_back_as_printed(fmt, tmp_path):
    result = imported(render_source(_source(tmp_path), fmt, tmp_path, PLUGINS), tmp_path, PLUGINS)
    sections = data_of(result)["sections"]
    assert sections["active_disclosure"] == {"figures": {"total": 150, "channels": DISCLOSED}}
    assert sections["applications"] == {"figures": {"received": 8, "channels": APPLIED}}
    assert not any("顿号" in note for note in result.imported.notes)
