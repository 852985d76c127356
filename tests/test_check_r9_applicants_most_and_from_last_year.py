"""R9 on applicants of a kind told as the kind most are of with their count after it (“申请人以自然人为主，共43件”) and
as their change from last year's (“自然人申请由35件增加到43件”: the second figure is the year's). The tables are
test_check_published's: 55 new (自然人 43, 商业企业 8, 社会公益组织 1, 法律服务机构 2, 其他 1), 4 carried over (自然人 3,
商业企业 1); the sentences are written for these tests."""
from __future__ import annotations

from test_check_r18_received_and_change_wordings import _checked


def _wrong(said: str, column: str, key: str, figure: int) -> str:
    return (f"正文写的是“{said}”，而表三“一、本年新收政府信息公开申请数量”中“{column}”为 {figure}：请改正其中一处，或把数字写成"
            f"引用【表三：new_received.{key}】，由 reportkit 填入表中的数（R9）")


def _r9(tmp_path, sentences: list[str]) -> list[list[str]]:
    found, _where = _checked(tmp_path, sentences)
    return [r9 for _r18, r9 in found]


def test_the_tables_applicants_in_these_shapes_are_silent(tmp_path):
    right = ["全年收到申请55件，申请人以自然人为主，共43件。",
             "全年收到申请55件，申请主体以自然人申请居多，有43件，占78.2%。",
             # the count after 为主 may be of all the applications
             "全年收到申请55件，申请人以自然人为主，共55件。",
             "全年收到申请55件，其中自然人申请由35件增加到43件。",
             "全年收到申请55件，其中自然人申请由上年的35件增至43件，企业申请由5件增至8件。",
             "全年收到申请55件，其中法人或其他组织申请从20件减少到12件。",
             "全年收到申请55件，其中自然人申请由35件到43件。"]
    assert _r9(tmp_path, right) == [[]] * len(right)


def test_the_count_after_the_kind_most_are_of_is_that_kinds_column(tmp_path):
    assert _r9(tmp_path, ["全年收到申请55件，申请人以自然人为主，共40件。",
                          "全年收到申请55件，以自然人申请为主，有40件，占72.7%。"]) == [
        [_wrong("以自然人为主，共40件", "自然人", "natural_person", 43)],
        [_wrong("以自然人申请为主，有40件", "自然人", "natural_person", 43)]]


def test_a_kinds_change_from_last_year_is_compared_by_its_second_figure(tmp_path):
    assert _r9(tmp_path, ["全年收到申请55件，其中自然人申请由35件增加到40件。",
                          "全年收到申请55件，其中自然人申请由上年的35件增至43件，企业申请由5件增至9件。",
                          "全年收到申请55件，其中法人或其他组织申请由20件减少到10件。",
                          "全年收到申请55件，其中自然人申请由35件到40件。"]) == [
        [_wrong("自然人申请由35件增加到40件", "自然人", "natural_person", 43)],
        [_wrong("企业申请由5件增至9件", "商业企业", "commercial_enterprise", 8)],
        ["正文写的是“法人或其他组织申请由20件减少到10件”，而表三“一、本年新收政府信息公开申请数量”中“法人或其他组织”各列之和为 12："
         "请改正其中一处（R9）"],
        [_wrong("自然人申请由35件到40件", "自然人", "natural_person", 43)]]
