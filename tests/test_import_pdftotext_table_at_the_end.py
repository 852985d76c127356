"""A 2008-edition report ending with a three-column table of its own (序号｜股室｜报送条数), rendered to PDF and copied by
pdftotext without -layout (each cell a line, a blank line apart): the table reads back as the table, not as a
two-column table and paragraphs with its last row taken for the 署名 and lost; the cells of a table no reader can
rebuild, just over the 署名, are no 署名 either and stay text."""
from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import import_text, imported, render_source

PLUGINS = load_plugins()

REPORT = """\
kind: annual-report
year: 2012
agency: 南溪县水务局
date: 2013-03-18
sections:
  overview:
    content:
      - 本局由办公室负责政府信息公开的日常工作，各股室明确一名信息员，按照公开目录及时报送信息。
  active_disclosure:
    figures:
      total: 105
  applications:
    figures:
      received: 2
      answered: 2
  problems:
    content:
      - 公开栏更新不够及时，下一年度将定期检查。各股室本年度报送信息的条数如下。
      - columns: [序号, 股室, 报送条数]
        rows:
          - [1, 办公室, 42]
          - [2, 水政股, 35]
          - [3, 工程股, 28]
"""


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
@pytest.mark.parametrize("engine", ["pdf", "pdf-typst"])
def test_a_numbered_table_ending_the_report_reads_back_from_pdftotext(tmp_path, engine):
    source = tmp_path / "nanxi.yaml"
    source.write_text(REPORT, encoding="utf-8")
    pdf = render_source(source, engine, tmp_path, PLUGINS)
    subprocess.run(["pdftotext", str(pdf), str(tmp_path / "copy.txt")], check=True)
    assert "序号\n\n股室\n\n报送条数\n\n1\n\n办公室" in (tmp_path / "copy.txt").read_text(encoding="utf-8")
    result = imported(tmp_path / "copy.txt", tmp_path, PLUGINS)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert data["sections"]["problems"]["content"] == yaml.safe_load(REPORT)["sections"]["problems"]["content"]
    assert (data["agency"], str(data["date"]), data.get("signature")) == ("南溪县水务局", "2013-03-18", None)


def test_a_table_s_cells_over_the_signature_stay_text(tmp_path):
    """工程股 / 28 over the 署名 were read as two more organs signing, and left out without a word."""
    text = ("南溪县水务局2012年政府信息公开工作年度报告\n一、概述\n本局由办公室负责政府信息公开的日常工作。\n"
            "二、存在的主要问题及改进措施\n公开栏更新不够及时，下一年度将定期检查。报送信息最多的股室：\n工程股\n28\n"
            "南溪县水务局\n2013年3月18日\n")
    _, data = import_text(tmp_path, "nanxi.txt", text)
    assert data["sections"]["problems"]["content"][-2:] == ["工程股", "28"]


#: The report ending with a table of words, three columns, no numbers.
WORDS = REPORT.split("      - columns:")[0] + """\
      - columns: [问题, 整改措施, 责任股室]
        rows:
          - [公开栏更新不及时, 每月第一周由专人检查并更新, 办公室]
          - [网站栏目内容单一, 增加政策解读和图解类信息, 水政股]
          - [信息员业务不熟, 每半年组织一次业务培训, 办公室]
"""


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
def test_a_table_of_words_ending_the_report_is_not_taken_for_the_signature(tmp_path):
    """Its last row's three cells, each a blank line apart over the 署名 right over its date, were read as three more
    organs signing and lost without a word. They stay, in order (the table as paragraphs: its width cannot be told)."""
    source = tmp_path / "nanxi.yaml"
    source.write_text(WORDS, encoding="utf-8")
    pdf = render_source(source, "pdf", tmp_path, PLUGINS)
    subprocess.run(["pdftotext", str(pdf), str(tmp_path / "copy.txt")], check=True)
    assert "办公室\n\n南溪县水务局\n2013 年 3 月 18 日" in (tmp_path / "copy.txt").read_text(encoding="utf-8")
    result = imported(tmp_path / "copy.txt", tmp_path, PLUGINS)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert data["sections"]["problems"]["content"][-6:] == ["网站栏目内容单一", "增加政策解读和图解类信息", "水政股",
                                                           "信息员业务不熟", "每半年组织一次业务培训", "办公室"]
    assert (data["agency"], str(data["date"])) == ("南溪县水务局", "2013-03-18")


@pytest.mark.parametrize("between", ["", "\n"])
def test_a_joint_signature_a_line_an_organ_is_still_read(tmp_path, between):
    """The other side: two organs signing, a blank line apart as far as the last is from the date, or none."""
    text = ("南溪县水务局 南溪县财政局2012年政府信息公开工作年度报告\n\n一、概述\n\n本局由办公室负责政府信息公开的日常工作。\n\n"
            "二、存在的主要问题及改进措施\n\n公开栏更新不够及时，下一年度将定期检查。\n\n"
            f"南溪县水务局\n{between}南溪县财政局\n{between}2013年3月18日\n")
    _, data = import_text(tmp_path, "nanxi.txt", text)
    assert data["sections"]["problems"]["content"] == ["公开栏更新不够及时，下一年度将定期检查。"]
    assert (data["signature"], str(data["date"])) == (["南溪县水务局", "南溪县财政局"], "2013-03-18")
