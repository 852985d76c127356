"""R9 of a 2008-edition report's 概述: the year's totals it states (主动公开、收到申请、答复、复议、诉讼、收费) are
compared with the figures of the parts that give them. The reports are written for this test (agency, sentences and
figures made up); one agrees, one disagrees on three totals, one words other counts that are no total of the year."""
from __future__ import annotations

import csv
import re

import pytest
from click.testing import CliRunner

from reportkit.cli import cli

from test_check_published_2008 import checked, page

PREAMBLE = "本报告依照《中华人民共和国政府信息公开条例》编写，统计期限为2012年1月1日至2012年12月31日。"
#: The parts after the 概述: 972 items disclosed, 36 applications received and answered, no fee, 1 review, no suit.
PARTS = ["本年度主动公开政府信息972条，历年累计主动公开政府信息5120条。", "本年度收到政府信息公开申请36件，答复申请36件。",
         "本年度未收取任何费用。", "本年度因政府信息公开被申请行政复议1件，被提起行政诉讼0件。",
         "部分水管站的公开栏更新不及时，明年起由局办公室按季度抽查。"]


def report(overview: str) -> str:
    return page("某县水务局2012年政府信息公开工作年度报告", PREAMBLE, [overview, *PARTS], "2013年3月12日")


AGREES = ("我局把公开工作与河道管理、供水服务一同部署，全年主动公开政府信息972条，受理政府信息公开申请36件，按期答复36件；"
          "因政府信息公开被申请行政复议1件，未收取任何费用。")
#: Three totals typed wrong: 927 for 972, 63 for 36 (均已按期答复 after it: no second finding), 2 reviews for 1.
DISAGREES = ("我局把公开工作与河道管理、供水服务一同部署，全年主动公开政府信息927条，受理政府信息公开申请63件，均已按期答复。\n"
             "防汛期间加密了水情信息的发布频次。全年因政府信息公开被申请行政复议2件。")
#: Counts in the 概述 that are not the year's totals of the organ: none is read, though none equals the parts'.
SILENT = [
    "全年发布各类信息1500条，其中主动公开政府信息972条。",  # the total before 其中 is of all items, not of 主动公开
    "共接待群众咨询210人次，其中受理政府信息公开申请12件。",  # after 其中
    "主动公开政府信息同比增加85条。",  # a change
    "上年主动公开政府信息887条。",  # last year's
    "受理申请数较上年增加9件。",  # a change on last year
    "主动公开政府信息和受理申请分别为972条和36件。",  # 分别: each figure its own
    "县防汛抗旱指挥部办公室受理政府信息公开申请8件。",  # another organ, by name
    "县自来水公司受理政府信息公开申请5件。",  # another organ, by name
    "全县水利系统各单位共主动公开政府信息3100条。",  # organs as a whole
    "工程建设类信息占主动公开政府信息的三成，达290条。",  # a share
    "依申请公开占全部公开政府信息1008条的3.6%。",  # a share of a count of all items
    "政策法规类信息占主动公开政府信息的三成，为主动公开政府信息290条。",  # a share, its count in the next clause
    "2011年因政府信息公开被申请行政复议3件。",  # another year
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("overview")


def _r9(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [row for row in rows if row[0] == "R9"]


def test_an_overview_that_agrees_with_the_parts_gives_no_finding(folder):
    assert checked(folder, "agrees.html", report(AGREES)) == [("ok", "", "未发现问题")]


def test_each_total_the_overview_states_otherwise_is_found_in_its_paragraph(folder):
    said = "“概述”写的是“{}”（{}），而“{}”写的“{}”为 {}：请改正其中一处（R9）"
    assert _r9(checked(folder, "disagrees.html", report(DISAGREES))) == [
        ("R9", "第 4 段", said.format("主动公开政府信息927条", 927, "主动公开政府信息情况", "本年度主动公开数", 972)),
        ("R9", "第 4 段", said.format("受理政府信息公开申请63件", 63, "依申请公开政府信息情况", "收到申请数", 36)),
        ("R9", "第 5 段", said.format("全年因政府信息公开被申请行政复议2件", 2, "因政府信息公开申请行政复议、提起行政诉讼的情况",
                                     "行政复议", 1)),
    ]


def test_counts_that_are_no_total_of_the_year_stay_silent(tmp_path):
    """Each wording in a report of its own (two differing counts of one total in one 概述 are read as none), all
    checked in one run."""
    for n, sentence in enumerate(SILENT):
        (tmp_path / f"{n:02}.html").write_text(report(sentence), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path), "--report", str(tmp_path / "r.csv"), "-j", "1"])
    assert result.exit_code == 0, result.output
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(row["rule"], row["message"]) for row in rows if row["rule"] != "import-skipped"] == [("ok", "未发现问题")] * len(SILENT)


def test_in_the_imported_data_file_each_finding_is_at_the_overview_s_figure(folder):
    """Imported, the report's data file gives each finding at the line and column of the 概述's figure, in the
    wording for a data file (naming the key of the figures)."""
    (folder / "data.html").write_text(report(DISAGREES), encoding="utf-8")
    out = folder / "data"
    assert CliRunner().invoke(cli, ["import", str(folder / "data.html"), "-o", str(out)]).exit_code == 0
    data = next(out.glob("*.yaml"))
    result = CliRunner().invoke(cli, ["validate", str(data)])
    lines = data.read_text(encoding="utf-8").splitlines()
    found = [(m["message"], lines[int(m["line"]) - 1][int(m["col"]) - 1:])
             for m in re.finditer(r":(?P<line>\d+):(?P<col>\d+): warning: (?P<message>“概述”.*)", result.output)]
    assert [(message, rest[:3]) for message, rest in found] == [
        ("“概述”写的是“主动公开政府信息927条”（927），而“主动公开政府信息情况”的 figures 中“本年度主动公开数”（total）为 972："
         "请改正其中一处（R9）", "927"),
        ("“概述”写的是“受理政府信息公开申请63件”（63），而“依申请公开政府信息情况”的 figures 中“收到申请数”（received）为 36："
         "请改正其中一处（R9）", "63件"),
        ("“概述”写的是“全年因政府信息公开被申请行政复议2件”（2），而“因政府信息公开申请行政复议、提起行政诉讼的情况”的 figures 中"
         "“行政复议”（reviews）为 1：请改正其中一处（R9）", "2件。"),
    ]
    assert result.exit_code == 0
