"""R9 on results in the narrative, the misses the last hunt left: a reason given a result told of the rest (“其余26件中，
因信息不存在无法提供10件”) is its row's; a result's name unquoted with 的 (“予以公开的22件”); a bracket on a listed group's
kinds or reason before the rest (“无法提供11件（其中本机关不掌握9件），其余15件…”); a result's share by its name (“予以公开
的占40.7%”); a reason with 等 between the figure and the result; words quoted in a message that hold quotes of their own.
And false findings the hunt found: a count closed right after a clause on those received (“收到的55件申请均已受理，当年办结
50件”), a county government named as a clause's subject in a county agency's report. The tables are test_check_published's
(55 new, 4 carried over, 5 carried forward; 54 closed: 予以公开 22, 部分公开 6, 不予公开 8 (第三方合法权益 3), 无法提供 11
(本机关不掌握 9), 不予处理 4, 其他处理 3; 规范性文件 制发 3); the sentences are written for these tests."""
from __future__ import annotations

from test_check_r9_applicant_carried import CITE, _r9
from test_check_wording_help_and_changes import _imported
from test_check_readings_s42B import LISTED, SEVEN, _rest
from test_check_wording_new_closed import FIX, _worded

OF_REST = "全年办结申请54件，其中予以公开22件，部分公开6件，其余26件中，"
NO_SUCH = "表三“（四）无法提供”中“1.本机关不掌握相关政府信息”的总计为 9"


def test_a_reason_given_a_result_of_the_rest_is_its_rows(tmp_path):
    assert _r9(tmp_path, [
        OF_REST + "因信息不存在无法提供10件。",
        OF_REST + "因信息不存在无法提供9件。",
        OF_REST + "无法提供10件，均因本机关不掌握相关信息。",
        OF_REST + "因涉及第三方合法权益不予公开4件。",
        # part of a row, several rows: compared with nothing
        OF_REST + "因涉及商业秘密不予公开2件。",
        OF_REST + "因信息不存在或需另行制作无法提供10件。",
    ]) == [
        [(f"正文写的是“其余26件中，因信息不存在无法提供10件”，而{NO_SUCH}{FIX}", "10件。")],
        [],
        [(f"正文写的是“其余26件中，无法提供10件”，而{NO_SUCH}{FIX}", "10件，均因本机关不掌握相关信息。")],
        [("正文写的是“其余26件中，因涉及第三方合法权益不予公开4件”，而表三“（三）不予公开”中“4.保护第三方合法权益”的总计为 3"
          + FIX, "4件。")],
        [], []]


def test_a_results_name_with_de_before_its_figure_is_read(tmp_path):
    de = "全年办结申请54件，予以公开的22件，部分公开的6件，"
    assert _r9(tmp_path, [
        de + "其余20件未能公开。",
        de + "其余26件未能公开。",
        "全年办结申请54件，予以公开的20件，部分公开的6件。",
        "全年办结申请54件，其中予以公开的22件，部分公开的6件，不予公开的8件，无法提供的11件，不予处理的4件，其他处理的3件。",
        # two together, of some applications
        "全年办结申请54件，予以公开和部分公开的28件。",
        "网上申请中，予以公开的15件。",
        "对涉及征收的申请，予以公开的10件。",
    ]) == [
        [(_rest(de[2:] + "其余20件", "22、6", 26), "20件未能公开。")],
        [],
        [("正文写的是“予以公开的20件”，而表三“（一）予以公开”的总计为 22：请改正其中一处" + CITE.format("results.granted.total"),
          "20件，部分公开的6件。")],
        [], [], [], []]


def test_a_bracket_on_a_listed_groups_kinds_does_not_stop_the_rest(tmp_path):
    kinds, reason = LISTED + "无法提供11件（其中本机关不掌握9件），", LISTED + "无法提供9件（均因本机关不掌握），"
    assert _r9(tmp_path, [
        kinds + "其余15件为不予公开等。",
        kinds + "其余13件为不予公开等。",
        reason + "其余17件为不予公开等。",
        reason + "其余15件为不予公开等。",
        # an aside that takes in another count: the rest is not worked out
        LISTED + "无法提供11件（含本机关不掌握9件），其余13件为不予公开等。",
    ]) == [
        [],
        [(_rest(kinds[2:] + "其余13件", "22、6、11", 15), "13件为不予公开等。")],
        [],
        [(_rest(reason[2:] + "其余15件", "22、6、9", 17), "15件为不予公开等。")],
        []]


def test_the_rest_as_the_listed_figures_written_leave_it_is_not_told_again(tmp_path):
    """A listed result not its cell's is told of itself; a rest that its figure as written leaves is no second error."""
    assert _r9(tmp_path, [
        "全年办结申请54件，予以公开20件，部分公开6件，其余28件为不予公开、无法提供等。",
        LISTED + "无法提供11件（均因本机关不掌握），其余15件为不予公开等。",
    ]) == [
        [("正文写的是“予以公开20件”，而表三“（一）予以公开”的总计为 22：请改正其中一处" + CITE.format("results.granted.total"),
          "20件，部分公开6件，其余28件为不予公开、无法提供等。")],
        [(f"正文写的是“无法提供11件（均因本机关不掌握）”，而{NO_SUCH}：请改正其中一处"
          + CITE.format("results.unable_to_provide.no_such_information.total"), "11件（均因本机关不掌握），其余15件为不予公开等。")]]


def _share(said: str, cell: str, figure: int, rate: str) -> str:
    return f"正文写的是“{said}”，而{cell} {figure} 件占{SEVEN[:-4]} 54 件的 {rate}%{FIX}"


def test_a_results_share_told_by_its_name_is_reckoned_from_the_tables(tmp_path):
    granted = "表三“（一）予以公开”的总计"
    assert _r9(tmp_path, [
        "办结的54件中，予以公开的占45%，部分公开的占11.1%。",
        "办结的54件中，予以公开的占40.7%，部分公开的占11.1%，其余为不予公开、无法提供等。",
        "全年办结申请54件，其中予以公开的占40.7%，部分公开的占比为11.1%，不予公开的比例为16.8%。",
        "全年办结申请54件，予以公开占办结总数的45%。",
        # of those received, cut off: right
        "全年收到申请55件，予以公开的占40%。",
        # not the table's, some, another's base, about, two together, no count before it
        "全年办结申请50件，予以公开的占60%。",
        "全年办结申请54件，网上申请中予以公开的占60%。",
        "全系统办结申请54件，予以公开的占60%。",
        "全年办结申请54件，予以公开的占全市的5%。",
        "全年办结申请54件，予以公开的占45%左右。",
        "全年办结申请54件，予以公开和部分公开的占60%。",
        "予以公开的占60%。",
    ]) == [
        [(_share("予以公开的占45%", granted, 22, "40.7"), "45%，部分公开的占11.1%。")],
        [],
        [(_share("不予公开的比例为16.8%", "表三“（三）不予公开”各项之和", 8, "14.8"), "16.8%。")],
        [(_share("予以公开占办结总数的45%", granted, 22, "40.7"), "45%。")],
        [],
        [("正文写的是“办结申请50件”，而表三“三、本年度办理结果（七）总计”为 54：请改正其中一处"
          + CITE.format("results.total.total"), "50件，予以公开的占60%。")],
        [], [], [], [], [], []]


def test_a_reason_with_deng_between_figure_and_result_is_one_more_item_not_compared(tmp_path):
    """data-format.md: “另有5件因涉及国家秘密等原因不予公开” is one item more, 等 taking in reasons that may be a few rows."""
    closed = "全年办结申请54件，其中予以公开22件，部分公开6件，"
    assert _r9(tmp_path, [
        closed + "另有5件因涉及国家秘密等原因不予公开。",
        closed + "另有8件因涉及国家秘密等原因不予公开。",
        closed + "另有5件因涉及国家秘密等原因不予公开，其余20件为无法提供等。",
    ]) == [[], [], []]


def test_words_quoted_in_a_message_have_their_own_quotes_made_single(tmp_path):
    assert _r9(tmp_path, ["全年办结申请54件，“予以公开”22件，“部分公开”6件，“不予公开”7件。"]) == [
        [("正文写的是“‘不予公开’7件”，而表三“（三）不予公开”各项之和为 8" + FIX, "7件。")]]


def test_closed_after_a_clause_on_those_received_may_be_of_them(tmp_path):
    received = "本年度，本局收到的55件申请均在法定期限内予以受理，"
    assert _r9(tmp_path, [
        received + "当年办结50件，上年结转的4件也已全部办结。",
        received + "当年办结40件。",
    ]) == [
        [],
        [(f"正文写的是“{received[6:]}当年办结40件”，即本年度新收的申请中办结了 40 件，而{SEVEN}、“二、上年结转政府信息公开申请"
          "数量”的总计为 4：新收申请中办结的至少有 50 件，请改正其中一处（R9）", "40件。")]]


def test_a_county_government_named_as_subject_is_another_organ_of_a_county_agency(tmp_path):
    text = "（一）主动公开。县政府共制发规范性文件12件，其中本局制发3件。"
    found = {agency: [d.message for d in _imported(tmp_path / agency, _worded(0, text, agency=agency)).diagnostics.items
                      if d.rule == "R9"] for agency in ("某县水利局", "某县人民政府")}
    assert found == {"某县水利局": [], "某县人民政府": [
        "正文写的是“制发规范性文件12件”，而表二“（行政）规范性文件”的本年制发（2019 版：本年新制作）数量为 3：请改正其中一处"
        "，或把数字写成引用【表二：normative_documents.issued】，由 reportkit 填入表中的数（R9）"]}
