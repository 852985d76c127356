"""R9 on readings of published reports' narrative a reviewer met: a share told with 比例 (“，比例为40.7%”, “自然人申请所占
比例为78.2%”); 表四's outcomes named 纠错 and 其他结果; reviews and suits listed with “，” (“发生政府信息公开行政复议3起，
行政诉讼2起”), and such a list followed by “其中涉及政府信息公开的 N 件” (all the organ's, the part either's); decisions
published on 微博, 抖音 or 新媒体 (some of them); a second decision after a change in per cent warned about once; the
applicants and outcomes told in a sentence opening with 其中 after the count's (“共受理申请55件。其中，自然人申请43件”);
the year's applications as a clause's subject (“本年度政府信息公开申请数量为55件”), received with 接收 or 接到 and
handled with 处理; a total with 总数 and no 为 (“对外公开规范性文件总数27件”); last year's figure told bare after a
count (“，上年为48件，”), and a count of some smaller than the result after it, no pool the result is of; suits 应对
(not a cause 对…); a figure alone in brackets (“收到申请（56件）”). The tables are test_check_published's: 55 new (自然人 43,
法人或其他组织 12), 4 carried over, 54 closed (予以公开 22), 5 carried forward; 表二 行政许可 412, 行政处罚 96 (2019:
规范性文件 对外公开总数量 26); 表四 行政复议 3 (维持 2, 纠正 1, 其他结果 0, 尚未审结 0), 行政诉讼 2 (维持 1, 尚未审结 1).
The sentences are written for these tests."""
from __future__ import annotations

from test_check_r9_applicant_carried import _r9
from test_check_wording_help_and_changes import _imported
from test_check_wording_new_closed import FIX, _worded

NEW = "表三“一、本年新收政府信息公开申请数量”"
SEVEN = "表三“三、本年度办理结果（七）总计”"
REVIEWS = "表四“行政复议”"
SUITS = "表四两类“行政诉讼”"


def _wrong(said: str, cell: str, figure: int, cite: str | None = None) -> str:
    """R9's message on ``said`` where ``cell`` is ``figure``, with the citation ``cite`` to write instead."""
    advice = f"，或把数字写成引用{cite}，由 reportkit 填入表中的数（R9）" if cite else "（R9）"
    return f"正文写的是“{said}”，而{cell}为 {figure}：请改正其中一处" + advice


def _active(tmp_path, sentences: list[str], year: int = 2021) -> list[list[tuple[str, str]]]:
    """R9's findings on each of ``sentences`` as 主动公开's paragraph of ``year``'s report: (message, the text from the
    figure it points at)."""
    found = []
    for i, text in enumerate(sentences):
        folder = tmp_path / f"a{year}-{i}"
        checked = _imported(folder, _worded(0, "（一）主动公开。" + text, year=year))
        lines = (folder / "report.yaml").read_text(encoding="utf-8").splitlines()
        found.append([(d.message, lines[d.line - 1][d.col - 1:]) for d in checked.diagnostics.items if d.rule == "R9"])
    return found


def test_a_share_told_with_bili(tmp_path):
    """22 of 54 closed are 40.7%; 43 of 55 new 78.2%: “比例为”, “所占比例为” as “占比为”; right ones are silent."""
    natural = f"{NEW}中“自然人”为 43，占总计 55 件的 78.2%{FIX}"
    assert _r9(tmp_path, [
        "全年办结申请54件，予以公开22件，比例为30.7%。",
        "全年办结申请54件，予以公开22件，所占比例为30.7%。",
        "全年收到申请55件，自然人申请比例为60.2%。",
        "全年收到申请55件，其中自然人申请所占比例为60.2%。",
        "全年办结申请54件，予以公开占办结总数的比例为30.7%。",
        # right, and the readings next to them
        "全年办结申请54件，予以公开占办结总数的比例为40.7%。",
        "全年办结申请54件，予以公开22件，比例为40.7%。",
        "全年收到申请55件，其中自然人申请所占比例为78.2%。",
        "全年办结申请54件，予以公开22件，占比为40.7%。",
        "全年办结申请54件，予以公开22件，比例同比提高2.5%。",
    ]) == [[(f"正文写的是“予以公开22件，比例为30.7%”，而 22 件占{SEVEN} 54 件的 40.7%{FIX}", "22件，比例为30.7%。")],
           [(f"正文写的是“予以公开22件，所占比例为30.7%”，而 22 件占{SEVEN} 54 件的 40.7%{FIX}", "22件，所占比例为30.7%。")],
           [("正文写的是“自然人申请比例为60.2%”，而" + natural, "60.2%。")],
           [("正文写的是“自然人申请所占比例为60.2%”，而" + natural, "60.2%。")],
           [(f"正文写的是“予以公开占办结总数的比例为30.7%”，而表三“（一）予以公开”的总计 22 件占{SEVEN} 54 件的 40.7%{FIX}",
             "30.7%。")]] + [[]] * 5


def test_review_outcomes_named_jiucuo_and_other_results(tmp_path):
    """纠错 is 结果纠正; 其他结果 is its own column (驳回, 终止 still are not read)."""
    reviews = "本年度被申请政府信息公开行政复议3件，"
    assert _r9(tmp_path, [
        reviews + "其中维持2件，纠错2件。",
        reviews + "结果维持2件、被纠错2件。",
        reviews + "其中维持2件，其他结果1件。",
        reviews + "其中维持2件，纠错1件，其他结果0件。",
        reviews + "其中维持2件，驳回1件。",
    ]) == [[(_wrong("纠错2件", f"{REVIEWS}的“结果纠正”", 1, "【表四：reconsideration.corrected】"), "2件。")],
           [(_wrong("被纠错2件", f"{REVIEWS}的“结果纠正”", 1, "【表四：reconsideration.corrected】"), "2件。")],
           [(_wrong("其他结果1件", f"{REVIEWS}的“其他结果”", 0, "【表四：reconsideration.other】"), "1件。")], [], []]


def test_reviews_and_suits_listed_with_a_comma(tmp_path):
    """The second after “，” is read as after “、”; not where the first is all the organ's (no 公开 named) or has
    another cause; a list followed by the part about disclosure (after “、” too) is all the organ's, the part either's."""
    assert _r9(tmp_path, [
        "本年度发生政府信息公开行政复议3起，行政诉讼3起。",
        "本年度政府信息公开行政复议3件，行政诉讼3件。",
        "本年度发生政府信息公开行政复议3起，行政诉讼2起。",
        "本年度发生行政复议案件8起，行政诉讼5起。",
        "本年度因行政处罚被申请行政复议1件，行政诉讼1件。",
        "本年度被申请行政复议8件，行政诉讼5件，其中涉及政府信息公开的4件。",
        "本年度被申请行政复议8件、行政诉讼5件，其中涉及政府信息公开的4件。",
        "本年度被申请行政复议15件，其中涉及政府信息公开的4件。",
    ]) == [[(_wrong("发生政府信息公开行政复议3起，行政诉讼3起", f"{SUITS}的总计之和", 2), "3起。")],
           [(_wrong("政府信息公开行政复议3件，行政诉讼3件", f"{SUITS}的总计之和", 2), "3件。")], [], [], [], [], [],
           [(_wrong("被申请行政复议15件，其中涉及政府信息公开的4件", f"{REVIEWS}的总计", 3,
                    "【表四：reconsideration.total】"), "4件。")]]


def test_applicants_and_outcomes_in_a_sentence_opening_with_qizhong(tmp_path):
    """Told on after “。其中，” as after “，其中”, the reviews on disclosure too; not past a sentence that opens
    otherwise."""
    assert _r9(tmp_path, [
        "本年度共受理政府信息公开申请55件。其中，自然人申请44件，法人或其他组织申请12件。",
        "本年度共受理政府信息公开申请55件。其中自然人申请占70.2%。",
        "本年度被提起行政诉讼2件。其中，维持1件，尚未审结2件。",
        "本年度共受理政府信息公开申请55件。其中，自然人申请43件，法人或其他组织申请12件。",
        "本年度共受理政府信息公开申请55件。其中，网上申请40件，自然人申请44件。",
        "本年度被申请行政复议15件。其中，涉及政府信息公开的4件。",
        "本年度被提起行政诉讼2件。复议维持2件。",
        "本年度被申请行政复议15件。其中，涉及政府信息公开的3件，维持2件，纠正1件。",
    ]) == [[(_wrong("自然人申请44件", f"{NEW}中“自然人”", 43, "【表三：new_received.natural_person】"), "44件，法人或其他组织申请12件。")],
           [(f"正文写的是“自然人申请占70.2%”，而{NEW}中“自然人”为 43，占总计 55 件的 78.2%{FIX}", "70.2%。")],
           [(_wrong("尚未审结2件", f"{SUITS}的“尚未审结”之和", 1), "2件。")], [], [],
           [(_wrong("被申请行政复议15件。其中，涉及政府信息公开的4件", f"{REVIEWS}的总计", 3, "【表四：reconsideration.total】"),
             "4件。")], [], []]


def test_the_years_applications_as_a_clauses_subject(tmp_path):
    """“申请数量为”, “申请量为”, “申请总量为” are 本年新收 (or with 上年结转, not said to be new); not another year's, nor a
    kind's, nor after 新收 (read once)."""
    assert _r9(tmp_path, [
        "本年度政府信息公开申请数量为56件。",
        "全年依申请公开申请量达56件，办结54件。",
        "本年度申请量为59件。",
        "2020年申请量为48件，本年度申请总量为55件。",
        "本年度新收政府信息公开申请数量为56件。",
    ]) == [[(_wrong("政府信息公开申请数量为56件", f"{NEW}的总计", 55, "【表三：new_received.total】"), "56件。")],
           [(_wrong("依申请公开申请量达56件", f"{NEW}的总计", 55, "【表三：new_received.total】"), "56件，办结54件。")],
           [], [],
           [(_wrong("新收政府信息公开申请数量为56件", f"{NEW}的总计", 55, "【表三：new_received.total】"), "56件。")]]


def test_last_years_figure_after_a_count_is_no_pool(tmp_path):
    """“，上年为48件，办结50件”: 50 is the year's closed, not of those 48; a pool of some still is (“网上申请5件，办结5件”)."""
    closed = _wrong("办结50件", SEVEN, 54, "【表三：results.total.total】")
    assert _r9(tmp_path, [
        "本年度共受理政府信息公开申请55件，上年为48件，办结50件。",
        "本年度共受理政府信息公开申请55件，去年同期48件，办结50件。",
        "本年度共受理政府信息公开申请55件，上年为48件，办结54件。",
        "本年度网上申请5件，办结5件。",
    ]) == [[(closed, "50件。")], [(closed, "50件。")], [], []]


def test_decisions_published_on_weibo_are_some_and_a_second_decision_is_warned_once(tmp_path):
    """微博, 抖音 and 新媒体 carry some of the decisions, as 微信 does; the site all; the second decision after the first's
    change in per cent is warned about once, as after a change in 件."""
    penalty = _wrong("公开行政处罚决定90件", "表二“行政处罚”的处理决定数量", 96, "【表二：administrative_penalty.decisions】")
    licensing = "表二“行政许可”的处理决定数量"
    assert _active(tmp_path, [
        "本年度通过政务微博公开行政处罚决定40件。",
        "本年度通过抖音号公开行政处罚决定40件。",
        "本年度通过政务新媒体公开行政许可决定100件。",
        "本年度通过门户网站公开行政处罚决定90件。",
        "本年度公开行政处罚决定96件，同比下降10%，行政许可决定413件。",
        "本年度公开行政处罚决定96件，同比减少5件，行政许可决定413件。",
    ]) == [[], [], [], [(penalty, "90件。")],
           [(_wrong("公开行政处罚决定96件，同比下降10%，行政许可决定413件", licensing, 412,
                    "【表二：administrative_licensing.decisions】"), "413件。")],
           [(_wrong("公开行政处罚决定96件，同比减少5件，行政许可决定413件", licensing, 412,
                    "【表二：administrative_licensing.decisions】"), "413件。")]]


def test_applications_received_with_jieshou_and_handled_with_chuli(tmp_path):
    """接收, 接到 as 收到 (本年新收, or with 上年结转); 处理 named with applications for information as 办理 (to handle,
    closed or new); not 不予处理 (its group's) nor 其他处理."""
    assert _r9(tmp_path, [
        "本年度共接收政府信息公开申请56件。",
        "本年度接到政府信息公开申请56件。",
        "本年度共处理政府信息公开申请50件。",
        "本年度共接收政府信息公开申请59件。",
        "本年度共处理政府信息公开申请54件。",
        "本年度不予处理政府信息公开申请4件。",
    ]) == [[(_wrong("接收政府信息公开申请56件", f"{NEW}的总计", 55, "【表三：new_received.total】"), "56件。")],
           [(_wrong("接到政府信息公开申请56件", f"{NEW}的总计", 55, "【表三：new_received.total】"), "56件。")],
           [("正文写的是“处理政府信息公开申请50件”，而表三“一、本年新收”与“二、上年结转”的总计之和为 59，表三“三、本年度办理结果（七）"
             f"总计”为 54，{NEW}的总计为 55{FIX}", "50件。")],
           [], [], []]


def test_a_total_with_zongshu_and_no_wei(tmp_path):
    """“总数27件”, “数量55件” as “总数为27件”: digits after 数 are a count (“数百件”, “数十件” are still none)."""
    total = "表二“规范性文件”的对外公开总数量"
    assert _active(tmp_path, ["截至年底，对外公开规范性文件总数27件。", "截至年底对外公开规范性文件总数26件。"], 2019) == [
        [(_wrong("对外公开规范性文件总数27件", total, 26, "【表二：normative_documents.total_published】"), "27件。")], []]
    assert _r9(tmp_path, ["全年收到申请总数56件。", "全年收到申请数百件。", "全年收到申请数十件，办结54件。"]) == [
        [(_wrong("收到申请总数56件", f"{NEW}的总计", 55, "【表三：new_received.total】"), "56件。")], [], []]


def test_suits_responded_to_with_yingdui(tmp_path):
    """“应对…行政诉讼案件” is the organ's suits, not a cause (“对行政处罚决定不服…”, “针对行政处罚…” still are)."""
    assert _r9(tmp_path, [
        "本年度应对政府信息公开行政诉讼案件3起。",
        "本年度应对政府信息公开行政诉讼案件2起。",
        "本年度针对行政处罚被提起行政诉讼3起。",
    ]) == [[(_wrong("政府信息公开行政诉讼案件3起", f"{SUITS}的总计之和", 2), "3起。")], [], []]


def test_a_result_more_than_the_count_before_it_is_the_years(tmp_path):
    """A result can't be of fewer applications than itself: after a channel's or a kind's count it is the year's; one
    no more than the count still is of those (“网上申请5件，办结5件”)."""
    closed = _wrong("办结53件", SEVEN, 54, "【表三：results.total.total】")
    assert _r9(tmp_path, [
        "本年度新收申请55件，其中网上申请40件、信函申请15件，办结53件。",
        "本年度新收申请55件，自然人43件，办结53件。",
        "本年度新收申请55件，其中网上申请40件、信函申请15件，办结54件。",
        "本年度网上申请15件，办结15件。",
        "本年度网上申请15件，办结14件。",
    ]) == [[(closed, "53件。")], [(closed, "53件。")], [], [], []]


def test_a_figure_alone_in_brackets(tmp_path):
    """“收到申请（56件）”, “予以公开（23件）” as without the brackets; an aside with words in the brackets is still one."""
    assert _r9(tmp_path, [
        "本年度收到申请（56件）全部按期答复。",
        "本年度办结申请54件，其中予以公开（23件）、部分公开（6件）。",
        "本年度收到申请（55件）全部按期答复。",
        "本年度收到申请（自然人43件，法人或其他组织12件）全部按期答复。",
    ]) == [[(_wrong("收到申请（56件）", f"{NEW}的总计", 55, "【表三：new_received.total】"), "56件）全部按期答复。")],
           [(_wrong("予以公开（23件）", "表三“（一）予以公开”的总计", 22, "【表三：results.granted.total】"),
             "23件）、部分公开（6件）。")], [], []]
