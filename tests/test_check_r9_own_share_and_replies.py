"""``reportkit check`` and ``validate`` on figures a reviewer would see warned about falsely or not at all: a
count the sentence parts into the organ's own share (“全系统收到申请200件，其中本局本级55件”: the share is the table's, the
count not), replies to applications named in full (“答复信息公开申请50件”: closed), and fee notices sent stated in section
六 of a data file that gives no ``information_processing_fee`` (printed after “本年度未发出信息处理费收费通知……”).
The published tables are test_check_published's (55 new, 4 carried over, 54 closed, 22 予以公开); the sentences are
written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from test_check_published import OK, check, report
from test_check_r9_other_times import copied_text
from test_check_r9_applicants_and_suits import _warnings
from test_check_wording_new_closed import FIX, _checked, _worded

NEW = "而表三“一、本年新收政府信息公开申请数量”的总计为"
CLOSED = "而表三“三、本年度办理结果（七）总计”为"

#: Counts that take in other organs' with the organ's own share told after “其中”, and shares of its units: no warning.
SHARED_OK = {
    "全系统与本局本级": "（二）依申请公开。全系统收到申请200件，其中本局本级55件。",
    "不写全系统": "（二）依申请公开。本年度共收到申请200件，其中局机关55件、直属单位145件。",
    "本级与所属单位": "（二）依申请公开。全年共收到申请200件，其中本级55件，所属单位145件。",
    "只说直属单位": "（二）依申请公开。全年收到申请200件，其中直属单位145件。",
    "括号里": "（二）依申请公开。全年收到申请200件（其中本局本级55件），办结申请54件。",
    "局本级": "（二）依申请公开。全局（含二级单位）共收到申请60件，其中局本级55件。",
    "办结与万": "（二）依申请公开。全系统办结申请1.2万件，其中本局本级办结54件。",
    "表是全系统的": "（二）依申请公开。本年度共收到申请55件，其中局机关40件、直属单位15件。",
    # the organ's count with its units', its own share the table's
    "本局共与局机关": "（二）依申请公开。本局共收到申请70件，其中局机关55件，二级单位15件。",
}


@pytest.mark.parametrize("name", SHARED_OK)
def test_a_count_parted_into_the_organs_own_share_is_not_the_tables(tmp_path, name):
    assert _checked(tmp_path, _worded(1, SHARED_OK[name])) == OK


#: The organ's own share the table belies: (sentence, the warnings).
SHARED_WRONG = {
    "全系统": ("全系统收到申请200件，其中本局本级40件。", [f"正文写的是“收到申请200件，其中本局本级40件”，{NEW} 55{FIX}"]),
    "本年度": ("本年度共收到申请200件，其中局机关40件、直属单位160件。",
            [f"正文写的是“收到申请200件，其中局机关40件”，{NEW} 55{FIX}"]),
    "办结": ("全系统办结申请1.2万件，其中局机关办结50件。", [f"正文写的是“办结申请1.2万件，其中局机关办结50件”，{CLOSED} 54{FIX}"]),
}


@pytest.mark.parametrize("name", SHARED_WRONG)
def test_the_organs_own_share_is_compared(tmp_path, name):
    text, messages = SHARED_WRONG[name]
    assert _warnings(tmp_path, _worded(1, f"（二）依申请公开。{text}"), 1) == messages


@pytest.mark.parametrize("text, messages", [
    ("本年度答复信息公开申请50件。", [f"正文写的是“答复信息公开申请50件”，{CLOSED} 54{FIX}"]),
    ("全年答复政府信息公开申请54件，办结公开申请50件。", [f"正文写的是“办结公开申请50件”，{CLOSED} 54{FIX}"]),
    ("全年答复信息公开申请54件。", []),
    ("全年答复申请人关于信息公开申请的咨询30件。", []),
])
def test_replies_to_applications_named_in_full_are_closed(tmp_path, text, messages):
    assert _warnings(tmp_path, _worded(1, f"（二）依申请公开。{text}"), 1) == messages


SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"


def _validated(tmp_path, other: str, fee: bool) -> list[str]:
    """``reportkit validate``'s lines on the sample with section 六 as ``other``, its fee left out unless ``fee``."""
    text = SAMPLE.read_text(encoding="utf-8")
    if not fee:
        text = text[:text.index("information_processing_fee:")]
    text = text.replace("    - 本年度办理县人大代表建议6件、政协提案4件，办理结果均已公开。", f"    - {other}")
    path = tmp_path / "report.yaml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(path)])
    return [line.split(": warning: ", 1)[1] for line in result.output.splitlines() if ": warning: " in line]


def test_fee_notices_in_section_six_of_data_without_the_fee_are_warned(tmp_path):
    """The rendered section 六 would say no notice was sent, then the agency's sentence that 3 were."""
    assert _validated(tmp_path, "本年度向申请人发出收费通知3件，均已按期缴费。", fee=False) == [
        "正文写的是“发出收费通知3件”，而“六、其他需要报告的事项”开头印的是“本年度未发出信息处理费收费通知……”：请改正其中一处"
        "（数据文件中收费通知的件数写在 information_processing_fee 的 notices 下，现为 0）（R10）"]


@pytest.mark.parametrize("other, fee", [
    ("本年度向申请人发出收费通知3件，均已按期缴费。", True),  # the data's 3
    ("上一年度发出收费通知3件，本年度均已缴费。", False),  # another year's
])
def test_fee_notices_the_data_bears_out_or_of_another_year_are_not_warned(tmp_path, other, fee):
    assert _validated(tmp_path, other, fee) == []


def test_a_published_reports_bare_count_of_fee_notices_asks_for_the_amounts(tmp_path):
    """A copied-text report whose part 六 gives the notices sent and no sums: the import reads no fee from it, and
    the 2021 format asks for the sums notified and collected."""
    r = report(2023, "安平县水利局", other=["本年度向申请人发出收费通知3件，均已按期缴费。"])
    rows = [row for row in check(tmp_path, copied_text(r, tmp_path / "report.txt")) if row[2] == "R10"]
    assert [row[3] for row in rows] == [
        "“六、其他需要报告的事项”写的“发出收费通知3件”没有写明通知收取和实际收取的信息处理费金额：请按“本年度依据《政府信息公开"
        "信息处理费管理办法》发出收费通知N件，通知收取信息处理费共计N元，实际收取N元。”补全（R10）"]
