"""R9 on more readings of reviews and suits: their counts listed with 分别 or 各 (“被申请行政复议和被提起行政诉讼分别为
3件和2件”, “行政复议、行政诉讼各1件”), and their outcomes told after both counts (“…2件，其中复议维持2件”, “…2件，均维持
原行政行为”) or as all closed (“，均已审结”: none pending). The tables are test_check_published's: 表四 行政复议 3 (维持 2,
纠正 1, 尚未审结 0), 行政诉讼 2 (维持 1, 尚未审结 1). The sentences are written for these tests."""
from __future__ import annotations

from test_check_r9_applicant_carried import _r9
from test_check_readings_s44B import REVIEWS, SUITS, _wrong


def _each(said: str, name: str, stated: int, cell: str, table: int) -> str:
    return f"正文写的是“{said}”，即{name} {stated} 件，而{cell}为 {table}：请改正其中一处（R9）"


def _all(said: str, label: str, stated: int, cell: str, table: int) -> tuple[str, str]:
    return f"正文写的是“{said}”，即“{label}” {stated} 件，而{cell}为 {table}：请改正其中一处（R9）", said + "。"


REVIEWS_TOTAL = f"{REVIEWS}的总计"
SUITS_TOTAL = f"{SUITS}的总计之和"


def test_reviews_and_suits_listed_with_fenbie_or_ge(tmp_path):
    """Counts of reviews and suits after their names with 分别 or 各 are each its group's; named bare (“行政复议、
    行政诉讼”) only where they are on disclosure (here: on 依申请公开, or 信息公开 before them), not in a paragraph on
    another topic nor after 受理 (the organ as the review organ?); none of another cause (“因行政处罚…”) or said to be
    on none after them."""
    said = "被申请行政复议和被提起行政诉讼分别为4件和2件"
    each = "行政复议、行政诉讼各1件"
    assert _r9(tmp_path, [
        f"本年度{said}。",
        f"本年度{each}。",
        "本年度行政复议和行政诉讼案件分别为3起和3起。",
        f"监督保障方面，全年发生政府信息公开{each}。",
        # right, and the readings next to them
        "本年度被申请行政复议和被提起行政诉讼分别为3件和2件。",
        "本年度被申请行政复议、被提起行政诉讼分别为3件、2件，同比各减少1件。",
        f"监督保障方面，全年发生{each}。",
        f"本年度受理{each}。",
        f"本年度因行政处罚{said}。",
        f"本年度{said}，均与政府信息公开无关。",
        f"2022年{said}。",
        "本年度予以公开、部分公开分别为22件、6件。",
    ]) == [[(_each(said, "被申请行政复议", 4, REVIEWS_TOTAL, 3), "4件和2件。")],
           [(_each(each, "行政复议", 1, REVIEWS_TOTAL, 3), "1件。"), (_each(each, "行政诉讼", 1, SUITS_TOTAL, 2), "1件。")],
           [(_each("行政复议和行政诉讼案件分别为3起和3起", "行政诉讼", 3, SUITS_TOTAL, 2), "3起和3起。")],
           [(_each(each, "行政复议", 1, REVIEWS_TOTAL, 3), "1件。"), (_each(each, "行政诉讼", 1, SUITS_TOTAL, 2), "1件。")],
           ] + [[]] * 8


def test_counts_of_applications_listed_with_ge(tmp_path):
    """“新收、办结申请各55件” is 55 of each as 分别 tells them: 办结 is 54."""
    assert _r9(tmp_path, ["本年度新收、办结申请各55件。", "本年度新收、上年结转申请分别为55件、4件。"]) == [
        [(_each("新收、办结申请各55件", "办结", 55, "表三“三、本年度办理结果（七）总计”", 54), "55件。")], []]


def test_the_reviews_outcomes_after_both_counts(tmp_path):
    """After the suits' count right after the reviews', outcomes named as the reviews' (“其中复议维持3件”, “复议结果均为
    维持”) are theirs, and one outcome of all with no figure (“，均维持原行政行为”) is of both; outcomes not named so
    (“维持1件、尚未审结1件”) stay the suits' alone, and “诉讼维持…” is none of the reviews'."""
    upheld = (f"{REVIEWS}的“结果维持”", 2, "【表四：reconsideration.upheld】")
    both = "被申请行政复议3件，被提起行政诉讼2件，"
    assert _r9(tmp_path, [
        f"本年度{both}其中复议维持3件。",
        f"本年度{both}复议结果均为维持。",
        "本年度发生政府信息公开行政复议3起，行政诉讼2起，均维持原行政行为。",
        f"本年度{both}均维持原行政行为。",
        # right, and the readings next to them
        f"本年度{both}其中复议维持2件、纠正1件。",
        f"本年度{both}维持1件、尚未审结1件。",
        f"本年度{both}其中诉讼维持1件。",
        f"本年度{both}均与政府信息公开无关。",
    ]) == [[(_wrong("维持3件", *upheld), "3件。")],
           [_all("均为维持", "结果维持", 3, f"{REVIEWS}的“结果维持”", 2)]] + [
               [_all("均维持原行政行为", "结果维持", 3, f"{REVIEWS}的“结果维持”", 2),
                _all("均维持原行政行为", "结果维持", 2, f"{SUITS}的“结果维持”之和", 1)]] * 2 + [[]] * 4


def test_all_closed_is_none_pending(tmp_path):
    """“，均已审结” after the table's count says none is pending: the suits' 1 is; the reviews' 0 is right; not “其余均已
    审结” (the rest), nor after a part of all reviews (“其中涉及政府信息公开的3件”)."""
    pending = _all("均已审结", "尚未审结", 0, f"{SUITS}的“尚未审结”之和", 1)
    assert _r9(tmp_path, [
        "本年度被提起行政诉讼2件，均已审结。",
        "本年度被申请行政复议3件，被提起行政诉讼2件，均已审结。",
        # right, and the readings next to them
        "本年度被申请行政复议3件，均已审结。",
        "本年度被提起行政诉讼2件，维持1件，其余均已审结。",
        "本年度被提起行政诉讼15件，其中涉及政府信息公开的2件，均已审结。",
    ]) == [[pending], [pending]] + [[]] * 3


def _beyond(said: str, total: int, count: int, at: str) -> tuple[str, str]:
    return (f"正文写的是“{said}”，各渠道加起来为 {total}，多于前面的 {count} 件：各渠道的申请是它的一部分，加起来不会多于它，"
            "请改正其中一处（R9）", at)


def _channels(said: str, total: int) -> str:
    return (f"正文写的是“{said}”，各渠道加起来为 {total}，而表三“一、本年新收政府信息公开申请数量”的总计为 55，"
            "与“二、上年结转”之和为 59：请改正其中一处（R9）")


def test_figure_first_channels_and_reviews(tmp_path):
    """Channels with their figure first (“其中44件通过互联网提交、12件通过信函提交”) are parts of the count before them;
    reviews and suits on disclosure with their figure first (“共有5件涉及政府信息公开的行政复议案件”) are 表四's; not all
    the organ's (“共有5件行政复议案件”), nor none (“未发生…”), nor after 其中."""
    listed = "44件通过互联网提交、12件通过信函提交"
    assert _r9(tmp_path, [
        f"本年度新收申请55件，其中{listed}。",
        "本年度共有5件涉及政府信息公开的行政复议案件。",
        "本年度发生3起涉及政府信息公开的行政诉讼。",
        # right, and the readings next to them
        "本年度新收申请55件，其中43件通过互联网提交、12件通过信函提交。",
        "本年度共有3件涉及政府信息公开的行政复议案件。",
        "本年度共有5件行政复议案件。",
        "本年度被申请行政复议3件，其中有3件涉及政府信息公开的行政复议。",
    ]) == [[_beyond(f"新收申请55件，其中{listed}", 56, 55, listed + "。")],
           [(_wrong("共有5件涉及政府信息公开的行政复议案件", REVIEWS_TOTAL, 3, "【表四：reconsideration.total】"),
             "5件涉及政府信息公开的行政复议案件。")],
           [(_wrong("发生3起涉及政府信息公开的行政诉讼", SUITS_TOTAL, 2), "3起涉及政府信息公开的行政诉讼。")]] + [[]] * 4


def test_the_disclosure_part_with_its_figure_first(tmp_path):
    """“被申请行政复议15件，其中有3件涉及政府信息公开”: the 3 are 表四's, not the 15 (was a false finding on them)."""
    assert _r9(tmp_path, [
        "本年度被申请行政复议15件，其中有3件涉及政府信息公开。",
        "本年度被申请行政复议15件，其中有4件涉及政府信息公开。",
    ]) == [[], [(_wrong("被申请行政复议15件，其中有4件", REVIEWS_TOTAL, 3, "【表四：reconsideration.total】"),
                 "4件涉及政府信息公开。")]]


def test_channels_with_no_verb(tmp_path):
    """Channels after “从申请渠道看，”, “按申请方式分：”, “依申请公开方面，” are the year's as after 收到: beyond 新收 with
    上年结转 is wrong; not after another count (“办结54件，网上申请…”)."""
    online = "网上申请40件，信函申请20件"
    assert _r9(tmp_path, [
        f"从申请渠道看，{online}。",
        "按申请方式分：网上申请40件、当面申请20件。",
        f"本年度依申请公开方面，{online}。",
        # right, and the readings next to them
        "从申请渠道看，网上申请40件，信函申请15件。",
        f"本年度办结54件，{online}。",
    ]) == [[(_channels(f"从申请渠道看，{online}", 60), "40件，信函申请20件。")],
           [(_channels("按申请方式分：网上申请40件、当面申请20件", 60), "40件、当面申请20件。")],
           [(_channels(f"本年度依申请公开方面，{online}", 60), "40件，信函申请20件。")], [], []]


def test_applicants_shares_with_fenbie(tmp_path):
    """“自然人申请43件，法人或其他组织申请12件，分别占80.2%和19.8%”: each share of those received (78.2%, 21.8%);
    right ones, rounded ones and one about (“约20%”) are silent."""
    said = "自然人申请43件，法人或其他组织申请12件，分别占80.2%和19.8%"
    of = "件占表三“一、本年新收政府信息公开申请数量”的总计 55 件的"
    assert _r9(tmp_path, [
        f"本年度收到申请55件，其中{said}。",
        # right, and the readings next to them
        "本年度收到申请55件，其中自然人申请43件，法人或其他组织申请12件，分别占78.2%和21.8%。",
        "本年度收到申请55件，其中自然人申请43件、法人或其他组织申请12件，分别占比78%、22%。",
        "本年度收到申请55件，其中自然人申请43件，法人或其他组织申请12件，分别占80.2%和约20%。",
        "本年度办结申请54件，其中予以公开22件、部分公开6件，分别占40.7%和11.1%。",
    ]) == [[(f"正文写的是“{said}”，而自然人 43 {of} 78.2%：请改正其中一处（R9）", said[5:] + "。"),
            (f"正文写的是“{said}”，而法人或其他组织 12 {of} 21.8%：请改正其中一处（R9）", said[5:] + "。")]] + [[]] * 4
