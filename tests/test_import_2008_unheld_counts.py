"""2008-edition reports read back: counts the 2008 figures have no field for, the reasons applications were refused
(属于国家秘密2件) and queries (接受咨询45人次), stay in the text and are named in a note of ``import-figures``, so a
reviewer knows reportkit holds and checks them nowhere else."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.errors import NOTE
from reportkit.plugins import load_plugins

from _import_helpers import import_text

PLUGINS = load_plugins()


def _report(lines: list[str]) -> str:
    """A county bureau's report written for these tests, ``lines`` its part on applications (a table as tab rows)."""
    return ("白沙县交通运输局2011年政府信息公开工作年度报告\n一、概述\n本局成立了公开工作小组，由分管副局长任组长。\n"
            "二、依申请公开政府信息情况\n" + "\n".join(lines) + "\n"
            "三、存在的主要问题和改进措施\n少数股室报送信息滞后，明年纳入考核。\n白沙县交通运输局\n2012年3月28日\n")


def _unheld(result) -> list:
    return [f for f in result.findings if f.rule == "figures" and "没有这一项" in f.message]


@pytest.mark.parametrize("lines, place, words", [
    (["本年度共收到申请5件，其中同意公开3件，不予公开2件（属于国家秘密1件，涉及商业秘密1件）。"], "第 5 行",
     "国家秘密1件、商业秘密1件"),
    (["本年度共收到申请5件，已全部答复。", "不予公开的2件中，1件涉及个人隐私，1件属于过程性信息。"], "第 6 行",
     "1件涉及个人隐私、1件属于过程性信息"),
    (["本年度共收到申请5件，已全部答复。", "不予公开理由\t件数", "属于国家秘密\t1", "属于商业秘密\t1"], "第 7 行",
     "国家秘密1件"),
])
def test_reasons_for_refusing_are_named_in_a_note(tmp_path, lines, place, words):
    result, data = import_text(tmp_path, "baisha.txt", _report(lines))
    found = [f for f in _unheld(result) if "不予公开的理由" in f.message]
    assert found and found[0].place == place and f"“{words}”" in found[0].message
    assert all(f.severity == NOTE for f in found)
    figures = data["sections"]["applications"]["figures"]
    assert figures["received"] == 5 and "reasons" not in figures
    assert str(data["sections"]["applications"]["content"]).count("商业秘密") == str(lines).count("商业秘密")


def test_queries_are_named_in_a_note(tmp_path):
    lines = ["本年度共收到申请4件，均已按期答复。全年还接待群众来电来访咨询62人次。"]
    result, _ = import_text(tmp_path, "baisha.txt", _report(lines))
    found = [f for f in _unheld(result) if "咨询的数字" in f.message]
    assert [(f.place, f.severity) for f in found] == [("第 5 行", NOTE)]
    assert "“咨询62人次”" in found[0].message


def test_an_outcome_read_into_the_figures_is_no_unheld_count(tmp_path):
    """属于咨询类的 applications are an outcome the figures hold: no note."""
    lines = ["本年度共收到申请6件，其中同意公开4件，属于咨询类的2件。"]
    result, data = import_text(tmp_path, "baisha.txt", _report(lines))
    assert {"name": "咨询类", "count": 2} in data["sections"]["applications"]["figures"]["outcomes"]
    assert _unheld(result) == []


def test_a_report_without_such_counts_has_no_note(tmp_path):
    result, _ = import_text(tmp_path, "baisha.txt", _report(["本年度共收到申请4件，同意公开4件。"]))
    assert _unheld(result) == []


def test_the_note_is_in_the_import_output(tmp_path):
    source = tmp_path / "baisha.txt"
    source.write_text(_report(["本年度共收到申请4件，均已按期答复。另接受现场咨询30人次。"]), encoding="utf-8")
    out = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / "out")])
    assert out.exit_code == 0, out.output
    assert "“咨询30人次”是咨询的数字：2008 版的 figures 没有这一项" in out.output
