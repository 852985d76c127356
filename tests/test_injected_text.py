"""A gambling site's name put into a hacked web page (often in place of the agency's name) is flagged where it stands:
by ``validate``/``render`` in a data file, by ``check`` in a published report. Words of a real report are not."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import render_source

SAMPLE = Path("examples/sample-2021.yaml")
TRAINING = "全年组织业务培训2次"
HACKED = "全年组织《bet365比分网政务公开工作规范》业务培训2次"


def _data(tmp_path: Path, old: str, new: str) -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "data.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_validate_names_the_injected_name_at_its_line_and_column(tmp_path):
    path = _data(tmp_path, TRAINING, HACKED)
    result = CliRunner().invoke(cli, ["validate", str(path), "--diagnostics", "json"])
    assert result.exit_code == 0, result.output  # a warning: the file is still valid
    found = [d for d in json.loads(result.stdout)["diagnostics"] if d["rule"] == "injected-text"]
    lines = path.read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if "bet365" in text)
    assert [(d["severity"], d["line"], d["column"]) for d in found] == [
        ("warning", line, lines[line - 1].index("bet365") + 1)]
    assert "“bet365比分网”是博彩网站的名称" in found[0]["message"] and "请对照原件改回" in found[0]["message"]


def test_a_name_said_again_in_one_paragraph_is_one_finding(tmp_path):
    path = _data(tmp_path, TRAINING, f"{HACKED}，又修订《bet365比分网依申请公开制度》")
    result = CliRunner().invoke(cli, ["validate", str(path), "--diagnostics", "json"])
    found = [d["message"] for d in json.loads(result.stdout)["diagnostics"] if d["rule"] == "injected-text"]
    assert len(found) == 1 and found[0].startswith("“bet365比分网”（2 处）是博彩网站的名称")


def test_strict_validate_refuses_it(tmp_path):
    result = CliRunner().invoke(cli, ["validate", "--strict", str(_data(tmp_path, TRAINING, HACKED))])
    assert result.exit_code == 1 and "bet365比分网" in result.output


@pytest.mark.parametrize("words", ["依法打击网络赌博和地下六合彩", "公开了福利彩票公益金的使用情况",
                                   "在市体育中心举办全民健身运动会", "威尼斯人工湖景区的规划公示"])
def test_words_a_real_report_uses_are_not_flagged(tmp_path, words):
    path = _data(tmp_path, TRAINING, f"{words}，{TRAINING}")
    result = CliRunner().invoke(cli, ["validate", str(path), "--diagnostics", "json"])
    assert result.exit_code == 0
    assert not [d for d in json.loads(result.stdout)["diagnostics"] if d["rule"] == "injected-text"]


def test_check_reports_it_in_a_published_page(tmp_path):
    data = _data(tmp_path, TRAINING, "全年组织澳门新葡京娱乐城业务培训2次")
    page = render_source(data, "html", tmp_path, load_plugins())
    result = CliRunner().invoke(cli, ["check", str(page), "--report", str(tmp_path / "r.csv")])
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["rule"] == "injected-text"]
    assert [r["severity"] for r in rows] == ["warning"], result.output
    assert rows[0]["message"].startswith("“澳门新葡京娱乐城”是博彩网站的名称")
    root = lxml.html.fromstring(page.read_text(encoding="utf-8"))
    paragraphs = [p for p in root.body.iter("p", "h1", "h2", "h3", "h4", "h5")
                  if p.getparent().tag not in ("td", "th") and p.text_content().strip()]
    assert rows[0]["place"] == f"第 {next(i for i, p in enumerate(paragraphs, 1) if '葡京' in p.text_content())} 段"
