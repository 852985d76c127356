"""``reportkit check`` on two figures of 表三 typed the other way round: two columns of a row (R1 on 一、二、四, R2 on a
result or the （七）总计) or two rows of a column (R3) each off by as much as the other, the other way, told once at the
first cell with the fix, not as two findings; where the exchange does not explain every difference, the rules say
their own as before. The table is test_check_published's (自然人 and 商业企业: 新收 43 and 8, 上年结转 3 and 1,
予以公开 18 and 3, 部分公开 5 and 1, （七）总计 44 and 8, 结转下年度 2 and 1)."""
from __future__ import annotations

import pytest

from test_check_published import applications
from test_check_round_numerals_and_cells import _table_rows

FIX = "正是这两格之差。请把这两格对调："
R1 = "一、本年新收加二、上年结转为 {}，而三、（七）总计加四、结转下年度继续办理为 {}"
R2 = "（一）至（六）之和为 {}，而（七）总计为 {}"


def _columns(place: str, rule: str, label: str, typed: tuple[int, int], sums: tuple[str, str], d: int) -> tuple:
    first, second = typed
    return (place, rule, f"表三 第“{label}”行 “自然人”列的 {first} 与“商业企业”列的 {second} 像是填反了：“自然人”列"
                         f"{sums[0]}，“商业企业”列{sums[1]}，两列一多一少，都差 {d}，{FIX}“自然人”列改为 {second}，"
                         f"“商业企业”列改为 {first}（{rule}）")


#: Two columns of a row exchanged: (row, the one finding). Each was two, R1's or R2's on the two columns.
COLUMNS = {
    "本年新收": ("new", _columns("第 2 个表格第 4 行", "R1", "一、本年新收政府信息公开申请数量", (8, 43),
                             (R1.format(11, 46), R1.format(44, 9)), 35)),
    "上年结转": ("carried", _columns("第 2 个表格第 5 行", "R1", "二、上年结转政府信息公开申请数量", (1, 3),
                              (R1.format(44, 46), R1.format(11, 9)), 2)),
    "结转下年度": ("forward", _columns("第 2 个表格第 28 行", "R1", "四、结转下年度继续办理", (1, 2),
                                (R1.format(46, 45), R1.format(9, 10)), 1)),
    "予以公开": ("granted", _columns("第 2 个表格第 6 行", "R2", "（一）予以公开", (3, 18),
                              (R2.format(29, 44), R2.format(23, 8)), 15)),
    "（七）总计": ("total", _columns("第 2 个表格第 27 行", "R2", "（七）总计", (8, 44),
                              (R2.format(44, 8), R2.format(8, 44)), 36)),
}


@pytest.mark.parametrize("name", COLUMNS)
def test_two_columns_of_a_row_typed_the_other_way_round_are_one_finding(tmp_path, name):
    row, finding = COLUMNS[name]
    t3 = applications("2021")
    t3[row][0], t3[row][1] = t3[row][1], t3[row][0]
    assert [(place, rule, message) for place, _s, rule, message in _table_rows(tmp_path, t3)] == [finding]


def test_two_rows_of_a_column_typed_the_other_way_round_are_one_finding(tmp_path):
    t3 = applications("2021")
    t3["granted"][0], t3["partly"][0] = t3["partly"][0], t3["granted"][0]
    granted, partly = "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    assert [(place, rule, message) for place, _s, rule, message in _table_rows(tmp_path, t3)] == [(
        "第 2 个表格第 6 行", "R3",
        f"表三 “自然人”列第“{granted}”行的 5 与第“{partly}”行的 18 像是填反了：第“{granted}”行自然人至其他六列之和为 9，"
        f"而填写的总计为 22，第“{partly}”行自然人至其他六列之和为 19，而填写的总计为 6，两行一多一少，都差 13，{FIX}"
        f"第“{granted}”行改为 18，第“{partly}”行改为 5（R3）")]


def test_an_exchange_that_does_not_explain_every_difference_is_left_to_the_rules(tmp_path):
    """The exchanged row and a figure typed wrong elsewhere (R2 on 科研机构): R1 says each column's own."""
    t3 = applications("2021")
    t3["new"][0], t3["new"][1] = t3["new"][1], t3["new"][0]
    t3["new"][0] += 1
    rows = _table_rows(tmp_path, t3)
    assert [rule for _p, _s, rule, _m in rows] == ["R3", "R1", "R1"]
    assert not any("填反" in message for _p, _s, _r, message in rows)


def test_an_exchange_two_rows_could_explain_is_left_to_the_rules(tmp_path):
    """部分公开's 5 and 1 typed the other way round, where （六）3.其他 has 1 and 5 (4 more 商业企业 received): either row,
    exchanged, would do; which it was is not known, R2 says each column's own."""
    t3 = applications("2021")
    for row in ("new", "3.其他", "total"):
        t3[row][1] += 4
        t3[row][6] += 4
    t3["partly"][0], t3["partly"][1] = t3["partly"][1], t3["partly"][0]
    rows = [row for row in _table_rows(tmp_path, t3) if row[2] != "R9"]  # the text's 55 received
    assert [rule for _p, _s, rule, _m in rows] == ["R2", "R2"]
    assert not any("填反" in message for _p, _s, _r, message in rows)
