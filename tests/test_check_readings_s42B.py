"""R9 on results in the narrative: a figure given all reasons (“另有7件因各种原因不予公开”, “其余8件因各种原因不予公开”) is its
group's whole; a result told as those that were (“未能提供的有11件”); a count closed in the year after the year's new and
carried over (“…，上年结转4件，当年办结50件”) may be of the new only; a group listed with a reason before the rest is the
row the reason names (“因信息不存在无法提供9件，其余17件…”), the rest not worked out where it names none; a result's name
in quotes (“不予公开”7件, 办理结果为“无法提供”的12件); results with shares, with 分别为, across two sentences and with
结转下年度. The tables are test_check_published's (55 new, 4 carried over, 5 carried forward; 54 closed: 予以公开 22,
部分公开 6, 不予公开 8 (第三方合法权益 3), 无法提供 11 (本机关不掌握 9), 不予处理 4, 其他处理 3); the sentences are
written for these tests."""
from __future__ import annotations

from test_check_r9_applicant_carried import CITE, _r9
from test_check_wording_new_closed import FIX

CLOSED = "全年办结申请54件，其中予以公开22件，部分公开6件，"
LISTED = "全年办结申请54件，予以公开22件，部分公开6件，"
DENIED = "表三“（三）不予公开”各项之和为 8"
UNABLE = "表三“（四）无法提供”各项之和为 11"
SEVEN = "表三“三、本年度办理结果（七）总计”为 54"


def _rest(said: str, listed: str, left: int) -> str:
    return f"正文写的是“{said}”，而{SEVEN}，减去前面列出的各项结果在表中的 {listed} 件，余下 {left} 件{FIX}"


def test_a_figure_given_all_reasons_is_its_groups_whole(tmp_path):
    assert _r9(tmp_path, [
        CLOSED + "另有7件因各种原因不予公开。",
        CLOSED + "另有8件因各种原因不予公开。",
        CLOSED + "另有7件由于种种原因不予公开。",
        CLOSED + "其余7件因各种原因不予公开。",
        CLOSED + "其余8件因各种原因不予公开。",
        CLOSED + "其余8件因涉及国家秘密等原因不予公开。",
        # the group's rest after another of its counts, a kind by its reason, or not the year's: not compared
        "全年办结申请54件，其中因涉及第三方合法权益不予公开3件，另有5件因各种原因不予公开。",
        CLOSED + "其余9件因信息不存在无法提供。",
        "2020年予以公开22件，部分公开6件，另有7件因各种原因不予公开。",
        "全系统予以公开22件，部分公开6件，另有7件因各种原因不予公开。",
        "对涉及征收的10件申请予以公开，另有3件因各种原因不予公开。",
    ]) == [
        [(f"正文写的是“7件因各种原因不予公开”，而{DENIED}{FIX}", "7件因各种原因不予公开。")],
        [],
        [(f"正文写的是“7件由于种种原因不予公开”，而{DENIED}{FIX}", "7件由于种种原因不予公开。")],
        [(f"正文写的是“{CLOSED[2:]}其余7件因各种原因不予公开”，而{DENIED}{FIX}", "7件因各种原因不予公开。")],
        [], [], [], [], [], [], []]


def test_a_result_told_as_those_that_were_is_its_cell(tmp_path):
    head = LISTED + "不予公开8件，"
    assert _r9(tmp_path, [
        head + "未能提供的有11件，不予处理的有4件。",
        head + "未能提供的有10件。",
        "全年办结申请54件，予以公开的有20件。",
        head + "未能提供的有11件，其余7件为不予处理和其他处理。",
        head + "未能提供的有11件，其余6件为不予处理和其他处理。",
        # of some applications, two results together
        "网上申请中，无法提供的有5件。",
        "全年办结申请54件，予以公开和部分公开的有28件。",
    ]) == [
        [],
        [(f"正文写的是“未能提供的有10件”，而{UNABLE}{FIX}", "10件。")],
        [("正文写的是“予以公开的有20件”，而表三“（一）予以公开”的总计为 22：请改正其中一处" + CITE.format("results.granted.total"),
          "20件。")],
        [],
        [(_rest(head[2:] + "未能提供的有11件，其余6件", "22、6、8、11", 7), "6件为不予处理和其他处理。")],
        [], []]


def test_closed_in_the_year_after_the_new_and_carried_over_may_be_the_new_only(tmp_path):
    both = "本年度新收申请55件，上年结转4件，"
    assert _r9(tmp_path, [
        both + "当年办结50件，结转下年度5件。",
        both + "本年度办结54件。",
        "本年度新收申请55件、上年结转4件，当年办结50件。",
        "全年新收申请55件，上年结转4件，当年办结50件，另有5件结转下年度继续办理。",
        both + "当年办结49件。",
        # a bare count closed after them is all those closed
        both + "办结50件。",
    ]) == [
        [], [], [], [],
        [(f"正文写的是“{both[3:]}当年办结49件”，而{SEVEN}，“一、本年新收政府信息公开申请数量”的总计为 55、“二、上年结转政府信息"
          "公开申请数量”的总计为 4；若说的是本年度新收申请中办结的，应在 50 至 54 件之间" + FIX, "49件。")],
        [("正文写的是“办结50件”，而表三“三、本年度办理结果（七）总计”为 54：请改正其中一处" + CITE.format("results.total.total"),
          "50件。")]]


def test_a_group_listed_with_a_reason_before_the_rest_is_the_row_it_names(tmp_path):
    assert _r9(tmp_path, [
        CLOSED + "因信息不存在无法提供9件，其余17件为不予公开等。",
        CLOSED + "因信息不存在无法提供9件，其余15件为不予公开等。",
        LISTED + "无法提供9件，均因本机关不掌握，其余17件为不予公开等。",
        LISTED + "因各种原因无法提供11件，其余15件为不予公开等。",
        LISTED + "因各种原因无法提供11件，其余13件为不予公开等。",
        # a reason of part of a row, or of two rows: the rest is not worked out
        CLOSED + "因涉及商业秘密不予公开2件，其余24件为无法提供等。",
        LISTED + "因信息不存在或需另行制作无法提供10件，其余16件为不予公开等。",
    ]) == [
        [],
        [(_rest(CLOSED[2:] + "因信息不存在无法提供9件，其余15件", "22、6、9", 17), "15件为不予公开等。")],
        [], [],
        [(_rest(LISTED[2:] + "因各种原因无法提供11件，其余13件", "22、6、11", 15), "13件为不予公开等。")],
        [], []]


def test_a_results_name_in_quotes_is_read_as_written_bare(tmp_path):
    quoted = "全年办结申请54件，“予以公开”22件，“部分公开”6件，"
    single = "全年办结申请54件，‘予以公开’22件，‘部分公开’6件，"  # as quoted in a message
    assert _r9(tmp_path, [
        quoted + "“不予公开”8件，“无法提供”11件，“不予处理”4件，“其他处理”3件。",
        quoted + "“不予公开”7件。",
        "全年办结申请54件，办理结果为“予以公开”的22件，“部分公开”的6件，“无法提供”的12件。",
        "全年办结申请54件，办理结果为“不予公开”的7件。",
        quoted + "其余26件为“不予公开”“无法提供”等。",
        quoted + "其余20件为“不予公开”“无法提供”等。",
        quoted + "其余8件为“不予公开”。",
        quoted + "其余7件为“不予公开”。",
        # two named together, of some applications
        "全年办结申请54件，“予以公开”“部分公开”共28件。",
        "全年办结申请54件，“予以公开”、“部分公开”共28件。",
        "网上申请中，“予以公开”的15件。",
    ]) == [
        [],
        [(f"正文写的是“‘不予公开’7件”，而{DENIED}{FIX}", "7件。")],
        [(f"正文写的是“‘无法提供’的12件”，而{UNABLE}{FIX}", "12件。")],
        [(f"正文写的是“‘不予公开’的7件”，而{DENIED}{FIX}", "7件。")],
        [],
        [(_rest(single[2:] + "其余20件", "22、6", 26), "20件为“不予公开”“无法提供”等。")],
        [],
        [(f"正文写的是“{single[2:]}其余7件为‘不予公开’”，而{DENIED}{FIX}", "7件为“不予公开”。")],
        [], [], []]


def test_results_with_shares_respectively_across_sentences_and_carried_forward(tmp_path):
    shares = "全年办结申请54件，其中予以公开22件，占40.7%；部分公开6件，占11.1%；"
    respectively = "全年办结申请54件，予以公开、部分公开、不予公开、无法提供的分别为"
    assert _r9(tmp_path, [
        shares + "不予公开8件，占14.8%；无法提供11件，占20.4%。",
        shares + "不予公开8件，占16.8%。",
        respectively + "22件、6件、8件、11件。",
        respectively + "22件、6件、7件、11件。",
        "全年办结申请54件。其中予以公开22件，部分公开6件。不予公开8件，无法提供11件，其余7件为不予处理或其他处理。",
        "全年办结申请54件。其中予以公开22件，部分公开6件。另有26件因各种原因未予公开。",
        "全年办结申请54件。其中予以公开22件，部分公开6件。另有20件因各种原因未予公开。",
        "全年新收申请55件，上年结转4件，办结54件，结转下年度5件，其中予以公开22件，部分公开6件，其余26件未予公开。",
        "全年新收申请55件，办结54件，予以公开22件，部分公开6件，其余26件为不予公开、无法提供等，另有5件结转下年度办理。",
        "本年度共办结54件，按办理结果分，予以公开22件，部分公开6件，不予公开8件，无法提供11件，不予处理5件，其他处理3件。",
    ]) == [
        [],
        [("正文写的是“不予公开8件，占16.8%”，而 8 件占表三“三、本年度办理结果（七）总计” 54 件的 14.8%" + FIX, "8件，占16.8%。")],
        [],
        [(f"正文写的是“{respectively[10:]}22件、6件、7件、11件”，即不予公开 7 件，而{DENIED}{FIX}", "22件、6件、7件、11件。")],
        [], [],
        [(_rest("办结申请54件。其中予以公开22件，部分公开6件。另有20件", "22、6", 26), "20件因各种原因未予公开。")],
        [], [],
        [(f"正文写的是“不予处理5件”，而表三“（五）不予处理”各项之和为 4{FIX}", "5件，其他处理3件。")]]
