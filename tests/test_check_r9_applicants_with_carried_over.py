"""R9 on a count of applicants of a kind said to take in last year's carried over (“自然人申请46件（含上年结转3件）”):
its columns of 本年新收 and 上年结转 together; one said to leave them out (“…，加上上年结转3件”) is 本年新收's alone. The
tables are test_check_published's: 55 new (自然人 43, 商业企业 8, 社会公益组织 1, 法律服务机构 2, 其他 1), 4 carried over
(自然人 3, 商业企业 1); the sentences are written for these tests."""
from __future__ import annotations

from test_check_r18_received_and_change_wordings import _checked


def _r9(tmp_path, sentences: list[str]) -> list[list[str]]:
    return [r9 for _r18, r9 in _checked(tmp_path, sentences)[0]]


def _with_carried(said: str, name: str, figure: int) -> str:
    return f"正文写的是“{said}”，而表三“一、本年新收”与“二、上年结转”两行合计中{name}为 {figure}：请改正其中一处（R9）"


def test_applicants_with_their_carried_over_are_silent(tmp_path):
    right = ["全年收到申请55件，其中自然人申请46件（含上年结转3件）。",
             "全年收到申请55件，其中自然人申请46件（包括上年结转的3件），企业申请8件。",
             "全年收到申请55件，其中46件来自自然人（含上年结转3件）。",
             "全年收到申请55件，其中自然人申请46件（含上年结转3件），法人或其他组织申请13件（含上年结转1件）。"]
    assert _r9(tmp_path, right) == [[]] * len(right)


def test_a_wrong_count_with_its_carried_over_is_told_against_the_two_rows(tmp_path):
    found = _r9(tmp_path, ["全年收到申请55件，其中自然人申请47件（含上年结转3件）。",
                           "全年收到申请55件，其中自然人申请46件（含上年结转3件），法人或其他组织申请14件（含上年结转1件）。"])
    assert found == [[_with_carried("自然人申请47件", "“自然人”", 46)],
                     [_with_carried("法人或其他组织申请14件", "“法人或其他组织”各列之和", 13)]]


def test_items_after_a_count_with_its_carried_over_are_still_read(tmp_path):
    found = _r9(tmp_path, ["全年收到申请55件，其中自然人申请46件（含上年结转3件）、企业申请9件。"])
    assert found == [["正文写的是“企业申请9件”，而表三“一、本年新收政府信息公开申请数量”中“商业企业”为 8：请改正其中一处，"
                      "或把数字写成引用【表三：new_received.commercial_enterprise】，由 reportkit 填入表中的数（R9）"]]


def test_applicants_said_to_leave_out_the_carried_over_are_the_new_only(tmp_path):
    # 59 received is new + carried over, so 46 may have been either row's; “加上上年结转” says it is the new's
    [found] = _r9(tmp_path, ["全年收到申请59件，其中自然人申请46件，加上上年结转3件。"])
    assert ("正文写的是“自然人申请46件”，而表三“一、本年新收政府信息公开申请数量”中“自然人”为 43：请改正其中一处，或把数字写成"
            "引用【表三：new_received.natural_person】，由 reportkit 填入表中的数（R9）") in found
