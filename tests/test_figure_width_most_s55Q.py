"""A table 三 with every row filled, each of its six columns 1,234,567 a row: the first row's sums (8 digits) and its
总计 (9) leave no column room for 7 digits, and every figure is printed broken. The warnings name the figures longer
than the 7 digits the table holds, where the count is to be put right; a 7-digit figure was told it was too long for a
table that “最多排得下 7 位数字” (the 上年结转 row and its 7-digit 总计); the 办理结果 总计 row, computed, had its six
sums told six times at its place."""
from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
import yaml

from reportkit.testing import render

ROOT = Path(__file__).resolve().parents[1]
COLUMNS = ["natural_person", "commercial_enterprise", "research_institution", "public_welfare_organization",
           "legal_service_agency", "other"]
ROWS = {"granted": None, "partly_granted": None,
        "denied": ["state_secret", "law_forbidden", "safety_stability", "third_party_rights", "internal_affairs",
                   "process_information", "enforcement_case", "administrative_query"],
        "unable_to_provide": ["no_such_information", "needs_creation", "still_unclear"],
        "not_processed": ["petition_complaint", "repeated", "publications", "mass_repeated", "confirm_or_reissue"],
        "other_handling": ["overdue_correction", "overdue_fee", "other"]}
FIGURE = 1_234_567
#: The rows of 办理结果: a 新收 count is their sum.
COUNT = sum(1 if leaves is None else len(leaves) for leaves in ROWS.values())


@pytest.fixture(scope="module")
def warnings():
    data = copy.deepcopy(yaml.safe_load((ROOT / "examples" / "sample-2021.yaml").read_text(encoding="utf-8")))
    row = dict.fromkeys(COLUMNS, FIGURE)
    results = {key: dict(row) if leaves is None else {leaf: dict(row) for leaf in leaves}
               for key, leaves in ROWS.items()}
    data["tables"]["applications"] = {"new_received": dict.fromkeys(COLUMNS, FIGURE * COUNT), "carried_over": dict(row),
                                      "results": results, "carried_forward": dict(row)}
    return [d for d in render(data, formats=(), file="full.yaml").warnings if "太长" in d.message]


def test_only_figures_longer_than_the_table_holds_are_warned_of(warnings):
    told = {re.match(r"表格中的数 (\d+) 太长", d.message)[1] for d in warnings}
    assert told == {str(FIGURE * COUNT), str(FIGURE * COUNT * 6)}  # 新收 and 办理结果's sums and 总计
    assert all("最多排得下 7 位数字" in d.message for d in warnings)


def test_a_computed_row_s_figures_are_warned_of_once_at_its_place(warnings):
    """The 办理结果 总计 row is computed: its six 8-digit sums were told six times, alike, at the row's place."""
    assert len({(d.line, d.col, d.message) for d in warnings}) == len(warnings), [(d.line, d.message) for d in warnings]
