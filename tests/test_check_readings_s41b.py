"""R9 on results in the narrative: a figure with its reason between (“另有8件因信息不存在未能提供”: the row the reason
names, “未能提供” as 无法提供, “信息不存在” as 本机关不掌握); a result told as “属于予以公开的20件”; results told together
(“不予公开和无法提供共19件”: their cells' sum) and the rest after them; results parted by semicolons before the rest;
the rest with no count closed, after the year's new and carried over (本年新收 + 上年结转 − 结转下年度, less the listed);
no rest where the results are of some applications (“对涉及征收的10件申请予以公开”) or “另有” names one group. The
tables are test_check_published's (55 new, 4 carried over, 5 carried forward; 54 closed: 予以公开 22, 部分公开 6,
不予公开 8 (第三方合法权益 3), 无法提供 11 (本机关不掌握 9), 不予处理 4, 其他处理 3 (逾期不补正 1)); the sentences are written
for these tests."""
from __future__ import annotations

from test_check_r9_applicant_carried import CITE, _r9
from test_check_wording_new_closed import FIX

CLOSED = "全年办结申请54件，其中予以公开22件，部分公开6件，"
NO_SUCH = "表三“（四）无法提供”中“1.本机关不掌握相关政府信息”的总计为 9：请改正其中一处" + CITE.format(
    "results.unable_to_provide.no_such_information.total")


def _rest(said: str, base: str, listed: str, left: int) -> str:
    return f"正文写的是“{said}”，而{base}，减去前面列出的各项结果在表中的 {listed} 件，余下 {left} 件{FIX}"


SEVEN = "表三“三、本年度办理结果（七）总计”为 54"


def test_a_figure_with_its_reason_between_is_the_row_the_reason_names(tmp_path):
    assert _r9(tmp_path, [
        CLOSED + "另有8件因信息不存在未能提供。",
        CLOSED + "另有9件因信息不存在未能提供。",
        CLOSED + "另有8件因本机关不掌握相关信息未能提供。",
        CLOSED + "另有10件未能提供。",
        CLOSED + "另有11件未能提供。",
        CLOSED + "另有1件因没有现成信息需要另行制作无法提供。",
        CLOSED + "另有2件因属于信访举报投诉类申请不予处理。",
        # part of a row, of some applications, not a result, reasons taken in by 等: not compared
        CLOSED + "另有3件因涉及商业秘密不予公开。",
        "网上申请20件中，予以公开12件，部分公开3件，另有5件因信息不存在未能提供。",
        CLOSED + "另有2件因申请人未能提供身份证明未予受理。",
        "全年办结申请54件，其中2件未能提供身份证明，已告知补正。",
        # all reasons: the group's whole (test_check_readings_s42B)
        CLOSED + "另有7件因各种原因不予公开。",
    ]) == [
        [("正文写的是“8件因信息不存在未能提供”，而" + NO_SUCH, "8件因信息不存在未能提供。")],
        [],
        [("正文写的是“8件因本机关不掌握相关信息未能提供”，而" + NO_SUCH, "8件因本机关不掌握相关信息未能提供。")],
        [(f"正文写的是“10件未能提供”，而表三“（四）无法提供”各项之和为 11{FIX}", "10件未能提供。")],
        [], [], [], [], [], [], [],
        [(f"正文写的是“7件因各种原因不予公开”，而表三“（三）不予公开”各项之和为 8{FIX}", "7件因各种原因不予公开。")]]


def test_another_that_names_one_group_for_reasons_taken_in_by_deng_is_no_rest(tmp_path):
    assert _r9(tmp_path, [
        CLOSED + "另有5件因涉及国家秘密等原因不予公开。",
        CLOSED + "另有3件因信息不存在等原因无法提供。",
        # several groups, or results not given in all: the rest, as before
        CLOSED + "另有20件因涉及国家秘密等原因不予公开或无法提供。",
    ]) == [[], [], [(_rest(CLOSED[2:] + "另有20件", SEVEN, "22、6", 26), "20件因涉及国家秘密等原因不予公开或无法提供。")]]


def test_a_result_told_as_what_the_applications_were_is_its_cell(tmp_path):
    answered = "本年度答复的54件申请中，"
    assert _r9(tmp_path, [
        answered + "属于予以公开的20件，属于部分公开的6件。",
        answered + "属于予以公开的22件，属于部分公开的6件。",
        answered + "属于予以公开的22件，属于部分公开的6件，属于不予公开的8件，属于无法提供的11件，其余7件为不予处理或其他处理。",
        "自然人提出的43件申请中，属于予以公开的18件，属于部分公开的5件。",
    ]) == [
        [("正文写的是“属于予以公开的20件”，而表三“（一）予以公开”的总计为 22：请改正其中一处" + CITE.format("results.granted.total"),
          "20件，属于部分公开的6件。")],
        [], [], []]


def test_results_told_together_are_their_cells_sum_and_the_rest_after_them_is_read(tmp_path):
    head = "全年办结申请54件，予以公开22件，部分公开6件，"
    together = f"正文写的是“不予公开和无法提供共18件”，而表三“（三）不予公开”与“（四）无法提供”之和为 19{FIX}"
    assert _r9(tmp_path, [
        head + "不予公开和无法提供共19件，其余7件为不予处理或其他处理。",
        head + "不予公开和无法提供共19件，其余8件为不予处理或其他处理。",
        head + "不予公开和无法提供共18件，其余8件为不予处理或其他处理。",
        "全年办结申请54件，予以公开和部分公开共28件，不予公开和无法提供共19件，不予处理和其他处理共7件。",
        head + "不予公开与无法提供共计20件。",
        # another year's, other organs', some applications'
        "申请内容涉及征收补偿的，予以公开和部分公开共10件。",
        "2020年不予公开和无法提供共15件。",
        "全系统不予公开和无法提供共30件。",
        "网上申请中，不予公开和无法提供共5件。",
    ]) == [
        [],
        [(_rest(head[2:] + "不予公开和无法提供共19件，其余8件", SEVEN, "22、6、19", 7), "8件为不予处理或其他处理。")],
        # the rest as the figures written leave it: the wrong 18 only (s42B2)
        [(together, "18件，其余8件为不予处理或其他处理。")],
        [],
        [(f"正文写的是“不予公开与无法提供共计20件”，而表三“（三）不予公开”与“（四）无法提供”之和为 19{FIX}", "20件。")],
        [], [], [], []]


def test_results_parted_by_semicolons_before_the_rest_are_listed(tmp_path):
    shares = "全年办结申请54件，予以公开22件，占40.7%；部分公开6件，占11.1%；"
    assert _r9(tmp_path, [
        shares + "其余20件未予公开。",
        shares + "其余26件未予公开。",
        "全年办结申请54件。其中，予以公开22件；部分公开6件；其余20件未予公开。",
        # a count of some between: no rest of the year's
        "全年办结申请54件；网上申请20件，予以公开15件，其余5件不予公开。",
        "全年办结申请54件，予以公开22件，部分公开6件；网上申请中，其余5件不予公开。",
        "全年办结申请54件，其中予以公开22件，部分公开6件；结转下年度5件，其余21件未能公开。",
    ]) == [
        [(_rest(shares[2:] + "其余20件", SEVEN, "22、6", 26), "20件未予公开。")],
        [],
        [(_rest("办结申请54件。其中，予以公开22件；部分公开6件；其余20件", SEVEN, "22、6", 26), "20件未予公开。")],
        [], [], []]


def test_the_rest_after_the_years_new_and_carried_over_is_of_those_closed(tmp_path):
    both = "本年度共受理申请55件，上年度结转4件，"
    base = "表三“一、本年新收”与“二、上年结转”的总计之和为 59，减去“四、结转下年度继续办理”的 5 件，办结 54 件"
    results = "全部按期答复，其中予以公开22件，部分公开6件，"
    assert _r9(tmp_path, [
        both + results + "另外20件依法作出不予公开、无法提供等答复。",
        both + results + "另外26件依法作出不予公开、无法提供等答复。",
        both + "其中予以公开22件，部分公开6件，其余26件为不予公开、无法提供等情形。",
        # a count carried forward between, or last year's not told: not read
        both + "结转下年度5件，其中予以公开22件，部分公开6件，其余21件未予公开。",
        "全年收到申请55件，其中自然人申请43件，予以公开22件，部分公开6件，其余27件未予公开。",
    ]) == [
        [(_rest(both[4:] + results + "另外20件", base, "22、6", 26), "20件依法作出不予公开、无法提供等答复。")],
        [], [], [], []]


def test_no_rest_of_the_year_after_results_of_applications_on_a_matter(tmp_path):
    assert _r9(tmp_path, [
        "全年共收到申请55件，办结54件，其中，对涉及征收的10件申请予以公开，其余20件未予公开。",
        "全年办结申请54件，其中对涉及拆迁补偿的12件申请予以公开，部分公开6件，其余36件未予公开。",
        # as before: the year's results, the rest of them
        "全年共收到申请55件，办结54件，其中予以公开22件，其余20件未予公开。",
    ]) == [
        [], [],
        [(_rest("办结54件，其中予以公开22件，其余20件", SEVEN, "22", 32), "20件未予公开。")]]
