"""R9 and R18 on narrative readings: the rest (其余, 剩余) opening the sentence after a count closed and its listed
results; a change of the count received given as about (“增加二十余件”, “增加20件左右”, “减少近20件”); an applicant
kind's change from last year's opening a sentence (“自然人申请由35件增加到43件”), its year's figure pointed at; a
share after an applicant count said to include those carried over, of 本年新收 + 上年结转. The tables are
test_check_published's (55 new, 4 carried over, 54 closed: 予以公开 22, 部分公开 6; 自然人 43 new, 46 with those
carried over) and last year's test_check_wording_help_and_changes's (45 new, 59 with those carried over); the
sentences are written for these tests."""
from __future__ import annotations

from test_check_last_year_changes import _change, _found
from test_check_r9_applicant_carried import _r9
from test_check_wording_new_closed import FIX

NATURAL = "，或把数字写成引用【表三：new_received.natural_person】，由 reportkit 填入表中的数（R9）"


def test_the_rest_opening_the_next_sentence_is_the_closed_less_the_listed(tmp_path):
    assert _r9(tmp_path, [
        "本年度共办结申请54件，其中予以公开22件、部分公开6件。其余26件均因所申请信息不存在等原因未能公开。",
        "本年度共办结申请54件，其中予以公开22件、部分公开6件。其余21件均因所申请信息不存在等原因未能公开。",
        "本年度共办结申请54件，予以公开22件，部分公开6件！剩余30件未能公开。",
        # another count between: the rest may be of it
        "本年度共办结申请54件，其中予以公开22件、部分公开6件。结转下年度5件，其余21件未能公开。",
    ]) == [
        [],
        [("正文写的是“办结申请54件，其中予以公开22件、部分公开6件。其余21件”，而表三“三、本年度办理结果（七）总计”为 54，减去"
          "前面列出的各项结果在表中的 22、6 件，余下 26 件" + FIX, "21件均因所申请信息不存在等原因未能公开。")],
        [("正文写的是“办结申请54件，予以公开22件，部分公开6件！剩余30件”，而表三“三、本年度办理结果（七）总计”为 54，减去"
          "前面列出的各项结果在表中的 22、6 件，余下 26 件" + FIX, "30件未能公开。")],
        []]


def test_a_change_given_as_about_a_count_is_compared_far_off_only(tmp_path):
    right = ["全年收到申请55件，比上年增加十余件。", "全年新收申请55件，较上年增加10件左右。",
             "全年新收申请55件，同比增加近10件。", "全年新收申请55件，较上年增加超过8件。"]
    wrong = [("全年收到申请55件，比上年增加二十余件。", "收到申请55件，比上年增加二十余件", "增加二十余件", "增加的件数应在 14 至 36 件之间"),
             ("全年新收申请55件，较上年增加20件左右。", "新收申请55件，较上年增加20件左右", "增加20件左右", "增加的件数应在 14 至 26 件之间"),
             ("全年新收申请55件，同比减少近20件。", "新收申请55件，同比减少近20件", "减少近20件", "减少的件数应在 14 至 26 件之间"),
             ("全年新收申请55件，同比增加超过20件。", "新收申请55件，同比增加超过20件", "增加超过20件", "增加的件数应不少于 14 件")]
    found, where = _found(tmp_path, right + [text for text, *_ in wrong])
    assert found[:len(right)] == [[]] * len(right)
    assert found[len(right):] == [[_change(said, f"增加 10 件（写“{words}”的，{allows}）", where)]
                                  for _text, said, words, allows in wrong]


def test_an_applicant_kinds_change_opening_a_sentence_is_read_at_the_years_figure(tmp_path):
    assert _r9(tmp_path, ["自然人申请由35件增加到43件。",
                          "全年收到申请55件。自然人申请由上年的35件增至46件。",
                          "全年收到申请55件。自然人申请由35件增加到44件。",
                          "自然人申请从35件到40件。",
                          # after a count received too, pointed at the year's figure
                          "全年收到申请55件，其中自然人申请由35件增加到40件。"]) == [
        [], [],
        [("正文写的是“自然人申请由35件增加到44件”，而表三“一、本年新收”中“自然人”为 43，连同“二、上年结转”为 46" + FIX, "44件。")],
        [("正文写的是“自然人申请从35件到40件”，而表三“一、本年新收”中“自然人”为 43，连同“二、上年结转”为 46" + FIX, "40件。")],
        [("正文写的是“自然人申请由35件增加到40件”，而表三“一、本年新收政府信息公开申请数量”中“自然人”为 43：请改正其中一处"
          + NATURAL, "40件。")]]


def test_a_share_after_a_count_with_those_carried_over_is_of_both_rows(tmp_path):
    said = "自然人申请46件（含上年结转3件），占全部申请的"
    assert _r9(tmp_path, [f"全年收到申请55件，其中{said}78%。",
                          f"全年收到申请55件，其中{said}83.6%。",
                          "全年收到申请55件，其中自然人申请46件（含上年结转3件），占比超过八成。"]) == [
        [],
        [(f"正文写的是“{said}83.6%”，而 46 件占表三“一、本年新收”与“二、上年结转”两行的总计 59 件的 78.0%" + FIX,
          "46件（含上年结转3件），占全部申请的83.6%。")],
        [("正文写的是“自然人申请46件（含上年结转3件），占比超过八成”，而 46 件占表三“一、本年新收”与“二、上年结转”两行的总计"
          " 59 件的 78.0%，与“超过八成”相差太远（这样写的占比，表中应不低于 80%）" + FIX, "46件（含上年结转3件），占比超过八成。")]]
