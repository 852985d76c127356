"""R9 and R18 on narrative readings: “另有（另外）N件” after a count closed and its listed results, the rest where
its clause says several groups (“另有20件为不予公开、无法提供等情形”), one item more where it names one (“另有8件
不予公开”, “另外7件不予公开”, “另有9件因本机关不掌握相关信息未能提供”); the rest named as one group (“其余7件不予公开”)
after results each the table's, with no count closed in its sentence or a wrong one; the results told of the rest
(“其余26件中，不予公开8件…”); a change of the count received bounded (“增加10件以上”, “减少5件以下”, “增加20件多”)
or after last year's figure with no word between (“较上年45件增长22.2%”); last year's carried over after a list of
applicant kinds (“…、法人或其他组织申请12件，另有上年结转5件”), the year's, and the sum told after it (“…，加上上年
结转4件，共59件”), of the year's new and carried over; a clause of bare words before a group (“此外，不予公开7件”),
no reason. The tables are test_check_published's (55 new, 4 carried over:
自然人 3, 商业企业 1; 54 closed: 予以公开 22, 部分公开 6, 不予公开 8, 无法提供 11) and last year's
test_check_wording_help_and_changes's (45 new); the sentences are written for these tests."""
from __future__ import annotations

from test_check_last_year_changes import SHARE, _change, _found, _last_figure
from test_check_r9_applicant_carried import CITE, _r9
from test_check_wording_new_closed import FIX

CLOSED = "全年办结申请54件，其中予以公开22件，部分公开6件，"
DENIED = "表三“（三）不予公开”各项之和为 8"


def _rest(said: str) -> str:
    return (f"正文写的是“{said}”，而表三“三、本年度办理结果（七）总计”为 54，减去前面列出的各项结果在表中的 22、6 件，余下 26 件"
            + FIX)


def test_another_after_the_results_is_the_rest_only_where_its_words_say_several_groups(tmp_path):
    assert _r9(tmp_path, [
        CLOSED + "另有26件因各种原因未予公开。",
        CLOSED + "另有20件因各种原因未予公开。",
        CLOSED + "另有20件为不予公开、无法提供等情形。",
        "全年共答复申请54件，予以公开22件，部分公开6件，另外20件依法作出不予公开、无法提供等答复。",
        # one item more: its group's figure, told once
        CLOSED + "另有8件不予公开。",
        CLOSED + "另有7件不予公开。",
        CLOSED + "另有9件因本机关不掌握相关信息未能提供。",
        CLOSED + "另外8件不予公开。",
        CLOSED + "另外7件不予公开。",
        CLOSED + "此外7件不予公开。",
        # one thing more, not a result: carried forward, other matters
        CLOSED + "另有5件因需征求第三方意见等原因结转下年度办理。",
        CLOSED + "另有3件咨询类、投诉类等诉求已转交相关部门。",
    ]) == [
        [],
        [(_rest(CLOSED[2:] + "另有20件"), "20件因各种原因未予公开。")],
        [(_rest(CLOSED[2:] + "另有20件"), "20件为不予公开、无法提供等情形。")],
        [(_rest("答复申请54件，予以公开22件，部分公开6件，另外20件"), "20件依法作出不予公开、无法提供等答复。")],
        [],
        [(f"正文写的是“7件不予公开”，而{DENIED}{FIX}", "7件不予公开。")],
        [],
        [],
        [(f"正文写的是“7件不予公开”，而{DENIED}{FIX}", "7件不予公开。")],
        [(f"正文写的是“7件不予公开”，而{DENIED}{FIX}", "7件不予公开。")],
        [], []]


def test_the_rest_named_as_one_group_is_its_cells_after_results_as_the_table(tmp_path):
    assert _r9(tmp_path, [
        "本年度予以公开22件，部分公开6件，其余8件不予公开。",
        "本年度予以公开22件，部分公开6件，其余7件不予公开。",
        "全年办结申请54件。予以公开22件，部分公开6件，其余7件不予公开。",
        "全年办结申请50件，予以公开22件，部分公开6件，其余7件不予公开。",
        "全年办结申请54件，予以公开22件，部分公开6件，其余7件依法不予公开。",
        # of some applications, of another year or other organs: not the table's
        "网上申请20件，予以公开15件，其余5件不予公开。",
        "自然人申请中，予以公开22件，部分公开6件，其余7件不予公开。",
        "2020年予以公开22件，部分公开6件，其余7件不予公开。",
        "全系统予以公开22件，部分公开6件，其余7件不予公开。",
    ]) == [
        [],
        [(f"正文写的是“本年度予以公开22件，部分公开6件，其余7件不予公开”，而{DENIED}{FIX}", "7件不予公开。")],
        [(f"正文写的是“予以公开22件，部分公开6件，其余7件不予公开”，而{DENIED}{FIX}", "7件不予公开。")],
        [("正文写的是“办结申请50件”，而表三“三、本年度办理结果（七）总计”为 54：请改正其中一处"
          + CITE.format("results.total.total"), "50件，予以公开22件，部分公开6件，其余7件不予公开。"),
         (f"正文写的是“办结申请50件，予以公开22件，部分公开6件，其余7件不予公开”，而{DENIED}{FIX}", "7件不予公开。")],
        [(f"正文写的是“办结申请54件，予以公开22件，部分公开6件，其余7件依法不予公开”，而{DENIED}{FIX}", "7件依法不予公开。")],
        [], [], [], []]


def test_a_change_of_the_count_received_given_as_a_bound_is_compared_far_off_only(tmp_path):
    right = ["全年新收申请55件，较上年增加10件以上。", "全年新收申请55件，较上年增加8件多。",
             "全年新收申请55件，较上年增加10件以下，办结54件。", "全年新收申请55件，同比增加12件以内。"]
    wrong = [("全年新收申请55件，较上年增加20件以上。", "新收申请55件，较上年增加20件以上", "增加20件以上", "增加的件数应不少于 14 件"),
             ("全年新收申请55件，较上年增加5件以下。", "新收申请55件，较上年增加5件以下", "增加5件以下", "增加的件数应在 0 至 7 件之间"),
             ("全年新收申请55件，较上年增加20件多。", "新收申请55件，较上年增加20件多", "增加20件多", "增加的件数应在 14 至 36 件之间"),
             ("全年新收申请55件，较上年减少10件以上。", "新收申请55件，较上年减少10件以上", "减少10件以上", "减少的件数应不少于 7 件")]
    found, where = _found(tmp_path, right + [text for text, *_ in wrong])
    assert found[:len(right)] == [[]] * len(right)
    assert found[len(right):] == [[_change(said, f"增加 10 件（写“{words}”的，{allows}）", where)]
                                  for _text, said, words, allows in wrong]


def test_last_years_carried_over_after_a_list_of_applicant_kinds_is_the_years(tmp_path):
    kinds = "全年收到申请55件，其中自然人申请43件、法人或其他组织申请12件，"
    year = "正文写的是“上年结转5件”，而表三“二、上年结转政府信息公开申请数量”的总计为 4：请改正其中一处" + CITE.format("carried_over.total")
    assert _r9(tmp_path, [
        kinds + "另有上年结转4件。",
        kinds + "另有上年结转5件。",
        "全年收到申请55件，其中法人或其他组织申请12件、自然人申请43件，另有上年结转5件。",
        # that kind's figure: either reading holds
        kinds + "另有上年结转1件。",
        # one kind alone: its own carried over
        "全年收到申请59件，其中自然人申请43件，另有上年结转2件。",
        # the sum after the year's carried over: of the year's new and carried over
        kinds + "加上上年结转4件，共59件。",
        kinds + "加上上年结转4件，共60件。",
        # the paragraph's last sentence with no full stop
        kinds + "加上上年结转4件，共60件",
    ]) == [
        [],
        [(year, "5件。")],
        [(year, "5件。")],
        [],
        [("正文写的是“自然人申请43件，另有上年结转2件”，而表三“二、上年结转政府信息公开申请数量”中“自然人”为 3：请改正其中一处"
          + CITE.format("carried_over.natural_person"), "2件。")],
        [],
        [(f"正文写的是“{kinds[2:]}加上上年结转4件，共60件”，而表三“一、本年新收政府信息公开申请数量”与“二、上年结转政府信息公开申请数量”"
          f"的总计之和为 59{FIX}", kinds[6:] + "加上上年结转4件，共60件。")],
        [(f"正文写的是“{kinds[2:]}加上上年结转4件，共60件”，而表三“一、本年新收政府信息公开申请数量”与“二、上年结转政府信息公开申请数量”"
          f"的总计之和为 59{FIX}", kinds[6:] + "加上上年结转4件，共60件")]]


def test_the_results_told_of_the_rest_are_the_years_groups(tmp_path):
    rest = "全年办结申请54件，予以公开22件，部分公开6件，其余26件中"
    assert _r9(tmp_path, [
        rest + "不予公开8件，无法提供11件，不予处理4件，其他处理3件。",
        rest + "不予公开7件，无法提供11件。",
        rest + "，不予公开8件，无法提供12件。",
        # a reason that may make it one row's; the rest of some applications
        rest + "，因涉及第三方合法权益不予公开3件。",
        "网上申请20件，予以公开15件，其余5件中不予公开3件。",
    ]) == [
        [],
        [(f"正文写的是“其余26件中不予公开7件”，而{DENIED}{FIX}", "7件，无法提供11件。")],
        [("正文写的是“其余26件中，不予公开8件，无法提供12件”，而表三“（四）无法提供”各项之和为 11" + FIX, "12件。")],
        [], []]


def test_last_years_figure_right_after_the_comparison_is_read(tmp_path):
    found, where = _found(tmp_path, ["全年收到申请55件，较上年45件增长22.2%。", "全年收到申请55件，较去年同期45件增加10件。",
                                     "全年收到申请55件，较上年45件增长25%。", "全年收到申请55件，较上年40件增长22.2%。"])
    assert found == [
        [], [],
        [_change("收到申请55件，较上年45件增长25%", f"增长 22.2%{SHARE}", where)],
        [_last_figure("收到申请55件，较上年40件增长22.2%", 40, where)]]


def test_the_rest_after_results_with_their_shares_or_in_a_sentence_opening_with_qizhong(tmp_path):
    shares = "全年办结申请54件，予以公开22件（占40.7%），部分公开6件（占11.1%），"
    qizhong = "全年办结申请54件。其中，予以公开22件，部分公开6件，"
    assert _r9(tmp_path, [shares + "其余26件未予公开。", shares + "其余20件未予公开。",
                          qizhong + "其余26件为无法提供、不予公开等。", qizhong + "其余20件为无法提供、不予公开等。"]) == [
        [], [(_rest(shares[2:] + "其余20件"), "20件未予公开。")],
        [], [(_rest(qizhong[2:] + "其余20件"), "20件为无法提供、不予公开等。")]]


def test_a_clause_of_bare_words_before_a_group_is_no_reason(tmp_path):
    told = [(f"正文写的是“不予公开7件”，而{DENIED}{FIX}", "7件。")]
    assert _r9(tmp_path, ["全年办结申请54件，予以公开22件，部分公开6件。此外，不予公开7件。",
                          "全年办结申请54件，予以公开22件，部分公开6件，其中，不予公开7件。",
                          "全年办结申请54件，经审查，不予公开7件。",
                          "全年办结申请54件，予以公开22件，部分公开6件。此外，不予公开8件。",
                          # a reason, a count of some: as before
                          "全年办结申请54件，本机关不掌握相关信息，无法提供9件。",
                          "网上申请20件，其中，不予公开3件。"]) == [told, told, told, [], [], []]
