"""R9 on more readings of published reports' narrative: a result's share in tenths told with 比例 after its count
(“予以公开22件，比例约为六成”), a share's change in tenths not read as the share; the outcomes of reviews and suits in
the next sentence opening with one of them (“。维持原行政行为2件，纠错1件”), a dismissal (“驳回起诉1件”) as part of
其他结果, reviews said to be on another matter after their count (“，均针对行政处罚决定”), and the next sentence's
outcomes not read as the reviews' where another count comes between (“…3件，办结申请54件。结果为…”); channels listed
after a count received (“共收到申请55件，其中网上申请40件，信函申请16件”) at most it, and channels told alone followed
by another clause. The tables are test_check_published's: 55 new, 4 carried over, 54 closed (予以公开 22); 表四
行政复议 3 (维持 2, 纠正 1, 其他结果 0), 行政诉讼 2 (维持 1, 尚未审结 1, 其他结果 0). The sentences are written for
these tests."""
from __future__ import annotations

from test_check_r9_applicant_carried import _r9
from test_check_readings_s44B import REVIEWS, SEVEN, SUITS, _wrong


def test_a_results_share_in_tenths_told_with_bili(tmp_path):
    """22 of 54 closed are 40.7%: “比例约为六成”, “所占比例为六成”, “比例近六成” are far off as “约占六成” is; “比例约为
    四成” is right, and a change in tenths (“比例同比提高两成”, “占比同比提高两成”) is no share."""
    def far(said: str, words: str, allowed: str) -> tuple[str, str]:
        return (f"正文写的是“予以公开22件，{said}”，而 22 件占{SEVEN} 54 件的 40.7%，与“{words}”相差太远（这样写的占比，表中应"
                f"{allowed}）：请改正其中一处（R9）", f"22件，{said}。")

    closed = "全年办结申请54件，予以公开22件，"
    assert _r9(tmp_path, [closed + s for s in (
        "比例约为六成。",
        "所占比例为六成。",
        "比例近六成。",
        # right, and the readings next to them
        "比例约为四成。",
        "比例为四成。",
        "占比约四成。",
        "比例同比提高两成。",
        "占比同比提高两成。",
    )]) == [[far("比例约为六成", "约为六成", "在 55% 至 65% 之间")], [far("所占比例为六成", "六成", "在 55% 至 65% 之间")],
            [far("比例近六成", "近六成", "在 55% 至 60% 之间")]] + [[]] * 5


def test_outcomes_in_the_next_sentence_opening_with_one_of_them(tmp_path):
    """“。维持原行政行为1件，纠错2件”, “。1件被纠错，…” tell the count's outcomes as “。结果为…” does; right ones are silent,
    and so is a sentence opening with 撤销 (“撤销规范性文件…”) or with the other kind's (“。复议维持2件”)."""
    upheld = (f"{REVIEWS}的“结果维持”", 2, "【表四：reconsideration.upheld】")
    assert _r9(tmp_path, [
        "本年度被申请行政复议3件。维持原行政行为1件，纠错2件。",
        "本年度被申请行政复议3件。1件被纠错，维持1件。",
        "本年度被提起行政诉讼2件。尚未审结2件。",
        # right, and the readings next to them
        "本年度被申请行政复议3件。维持原行政行为2件，纠错1件。",
        "本年度被申请行政复议3件。撤销2件。",
        "本年度被提起行政诉讼2件。复议维持2件。",
        "本年度被申请行政复议3件。结果公开方面，维持1件。",
    ]) == [[(_wrong("维持原行政行为1件", *upheld), "1件，纠错2件。"),
            (_wrong("纠错2件", f"{REVIEWS}的“结果纠正”", 1, "【表四：reconsideration.corrected】"), "2件。")],
           [(_wrong("维持1件", *upheld), "1件。")],
           [(_wrong("尚未审结2件", f"{SUITS}的“尚未审结”之和", 1), "2件。")]] + [[]] * 4


def test_a_dismissal_is_part_of_other_results(tmp_path):
    """“驳回起诉”, “裁定驳回原告起诉”, “驳回复议申请” are some of 其他结果 (0 here): beyond it is wrong, cited as no cell (the
    column may take in more); “驳回诉讼请求” (upheld, as organs count it) and 驳回 alone are not read; the outcome after
    a dismissal is still read (“驳回起诉” ends no suits' outcomes)."""
    other = f"{SUITS}的“其他结果”之和"
    assert _r9(tmp_path, [
        "本年度被提起行政诉讼2件，维持1件，驳回起诉1件。",
        "本年度被提起行政诉讼2件。裁定驳回原告起诉1件，尚未审结2件。",
        "本年度被提起行政诉讼2件，1件驳回起诉。",
        "本年度被申请行政复议3件，驳回复议申请1件。",
        # right, and the readings next to them
        "本年度被提起行政诉讼2件，判决驳回诉讼请求1件。",
        "本年度被申请行政复议3件，维持2件，驳回1件。",
        "本年度被提起行政诉讼2件，维持1件，尚未审结1件。",
    ]) == [[(_wrong("驳回起诉1件", other, 0), "1件。")],
           [(_wrong("裁定驳回原告起诉1件", other, 0), "1件，尚未审结2件。"),
            (_wrong("尚未审结2件", f"{SUITS}的“尚未审结”之和", 1), "2件。")],
           [(_wrong("1件驳回起诉", other, 0), "1件驳回起诉。")],
           [(_wrong("驳回复议申请1件", f"{REVIEWS}的“其他结果”", 0), "1件。")]] + [[]] * 3


def test_reviews_said_to_be_on_another_matter_after_their_count(tmp_path):
    """“，均针对行政处罚决定”, “，针对征收补偿决定”, “，均涉及征收补偿”: all the organ's reviews, of another cause, neither
    the count nor its outcomes 表四's; one aimed at the organ's answers on disclosure still is."""
    assert _r9(tmp_path, [
        "本年度被申请行政复议5件，均针对行政处罚决定，维持1件。",
        "本年度被申请行政复议5件，针对征收补偿决定，维持1件。",
        "本年度被申请行政复议5件，均涉及征收补偿。",
        "本年度被申请行政复议5件，针对本局作出的政府信息公开答复，维持1件。",
    ]) == [[], [], [],
           [(_wrong("被申请行政复议5件", f"{REVIEWS}的总计", 3, "【表四：reconsideration.total】"),
             "5件，针对本局作出的政府信息公开答复，维持1件。"),
            (_wrong("维持1件", f"{REVIEWS}的“结果维持”", 2, "【表四：reconsideration.upheld】"), "1件。")]]


def test_the_next_sentences_outcomes_after_another_count_are_not_the_reviews(tmp_path):
    """“…行政复议3件，办结申请54件。结果为维持1件” and “…，收到咨询20件。其中维持1件” tell those counts' outcomes, not the
    reviews'; a change between (“，同比减少1件。其中…”) is the reviews' own."""
    assert _r9(tmp_path, [
        "本年度被申请行政复议3件，办结申请54件。结果为维持1件。",
        "本年度被申请行政复议3件，收到咨询20件。其中维持1件。",
        "本年度被申请行政复议3件，同比减少1件。其中维持1件。",
    ]) == [[], [], [(_wrong("维持1件", f"{REVIEWS}的“结果维持”", 2, "【表四：reconsideration.upheld】"), "1件。")]]


def test_channels_listed_after_a_count_received_are_at_most_it(tmp_path):
    """Channels after a count received, opening a clause (after “其中”, “；其中”, “按渠道分：”, “。其中，”, a change) are
    its parts: more than it together is wrong, of any year; fewer may leave one out; not after another count between,
    nor a list inside a clause (“其中自然人通过网上申请…”)."""
    def beyond(said: str, total: int, count: int, at: str) -> list[tuple[str, str]]:
        return [(f"正文写的是“{said}”，各渠道加起来为 {total}，多于前面的 {count} 件：各渠道的申请是它的一部分，加起来不会多于它，"
                 "请改正其中一处（R9）", at)]

    online = "网上申请40件，信函申请16件"
    assert _r9(tmp_path, [
        f"本年度共收到申请55件，其中{online}。",
        f"本年度共收到申请55件，均已按时答复；其中{online}。",
        f"本年度共收到申请55件，按渠道分：{online}。",
        "本年度共收到申请55件。其中，网上申请40件，当面申请16件。",
        "2020年收到申请48件，其中网上申请40件，信函申请10件。",
        # right, and the readings next to them
        "本年度共收到申请55件，其中网上申请40件，信函申请15件。",
        "本年度共收到申请55件，其中网上申请40件，信函申请10件。",
        f"本年度共收到申请55件，办结54件，其中{online}。",
        f"本年度共收到申请55件，其中自然人通过{online}。",
    ]) == [beyond(f"收到申请55件，其中{online}", 56, 55, "40件，信函申请16件。"),
           beyond(f"收到申请55件，均已按时答复；其中{online}", 56, 55, "40件，信函申请16件。"),
           beyond(f"收到申请55件，按渠道分：{online}", 56, 55, "40件，信函申请16件。"),
           beyond("收到申请55件。其中，网上申请40件，当面申请16件", 56, 55, "40件，当面申请16件。"),
           beyond("收到申请48件，其中网上申请40件，信函申请10件", 50, 48, "40件，信函申请10件。")] + [[]] * 4


def test_channels_told_alone_followed_by_another_clause(tmp_path):
    """Channels told alone with 共 are summed up to a clause that adds no channel (“，办结54件”, “，均已按期答复”); not one
    that adds or parts them (“，另有当面申请3件”, “，其中自然人43件”)."""
    def wrong(said: str, total: int) -> str:
        return (f"正文写的是“{said}”，各渠道加起来为 {total}，而表三“一、本年新收政府信息公开申请数量”的总计为 55，"
                "与“二、上年结转”之和为 59：请改正其中一处（R9）")

    assert _r9(tmp_path, [
        "本年度共收到在线申请40件，纸质申请16件，办结54件。",
        "本年度收到网上申请50件、信函申请20件，均已按期答复。",
        # right, and the readings next to them
        "本年度共收到在线申请40件，纸质申请15件，办结54件。",
        "本年度共收到在线申请40件，纸质申请16件，另有当面申请3件。",
        "本年度共收到在线申请40件，纸质申请16件，其中自然人43件。",
    ]) == [[(wrong("本年度共收到在线申请40件，纸质申请16件", 56), "40件，纸质申请16件，办结54件。")],
           [(wrong("本年度收到网上申请50件、信函申请20件", 70), "50件、信函申请20件，均已按期答复。")]] + [[]] * 3


def test_all_of_the_counts_one_outcome(tmp_path):
    """“，均维持原行政行为”, “。复议结果均为维持”, “，均尚未审结” say every one of the count (the table's) had it, cited as
    no cell (there is no figure); not after another outcome (“其余均维持”), after a count not the table's (told of
    itself) or the part of all reviews on disclosure (all of which?), nor negated (“均未被纠错”)."""
    def all_of(said: str, label: str, n: int, cell: str, table: int) -> tuple[str, str]:
        return f"正文写的是“{said}”，即“{label}” {n} 件，而{cell}为 {table}：请改正其中一处（R9）", said + "。"

    assert _r9(tmp_path, [
        "本年度被申请行政复议3件，均维持原行政行为。",
        "本年度被申请行政复议3件。复议结果均为维持。",
        "本年度被提起行政诉讼2件，均尚未审结。",
        # right, and the readings next to them
        "本年度被申请行政复议15件，其中涉及政府信息公开的3件，均维持原答复。",
        "本年度被申请行政复议3件，纠正1件，其余均维持。",
        "本年度被申请行政复议3件，均未被纠错。",
        "本年度被提起行政诉讼2件，其中1件一审判决维持，1件尚未审结。",
    ]) == [[all_of("均维持原行政行为", "结果维持", 3, f"{REVIEWS}的“结果维持”", 2)],
           [all_of("均为维持", "结果维持", 3, f"{REVIEWS}的“结果维持”", 2)],
           [all_of("均尚未审结", "尚未审结", 2, f"{SUITS}的“尚未审结”之和", 1)]] + [[]] * 4


def test_outcomes_told_in_other_words(tmp_path):
    """“尚在审理中2起” is 尚未审结; “2件一审判决维持” is 结果维持, the court named between figure and outcome."""
    assert _r9(tmp_path, [
        "本年度发生政府信息公开行政诉讼2起，尚在审理中2起。",
        "本年度被提起行政诉讼2件，其中2件一审判决维持。",
    ]) == [[(_wrong("尚在审理中2起", f"{SUITS}的“尚未审结”之和", 1), "2起。")],
           [(_wrong("2件一审判决维持", f"{SUITS}的“结果维持”之和", 1), "2件一审判决维持。")]]


def test_shares_and_channels_in_other_words(tmp_path):
    """A result's share by its name with “比例约为” (“予以公开的比例约为六成”) as “约占”; channels told with “申请公开” and
    two channel words (“通过网站在线申请公开40件”)."""
    assert _r9(tmp_path, [
        "本年度办结申请54件，其中予以公开的比例约为六成。",
        "本年度办结申请54件，其中予以公开的比例约为四成。",
        "本年度共收到政府信息公开申请55件，其中通过网站在线申请公开40件，通过信函申请公开16件。",
        "本年度共收到政府信息公开申请55件，其中通过网站在线申请公开40件，通过信函申请公开15件。",
    ]) == [[(f"正文写的是“予以公开的比例约为六成”，而表三“（一）予以公开”的总计 22 件占{SEVEN} 54 件的 40.7%，与“六成”相差太远"
             "（这样写的占比，表中应在 55% 至 65% 之间）：请改正其中一处（R9）", "予以公开的比例约为六成。")], [],
           [("正文写的是“收到政府信息公开申请55件，其中通过网站在线申请公开40件，通过信函申请公开16件”，各渠道加起来为 56，多于前面的 "
             "55 件：各渠道的申请是它的一部分，加起来不会多于它，请改正其中一处（R9）", "40件，通过信函申请公开16件。")], []]


def test_outcomes_as_review_organs_decide_them(tmp_path):
    """“维持决定1件” is 结果维持, “确认违法2件”, “责令重新答复2件” 结果纠正; a review's order to answer again is no count of
    applications closed (“答复2件” was read as （七）总计)."""
    corrected = (f"{REVIEWS}的“结果纠正”", 1, "【表四：reconsideration.corrected】")
    assert _r9(tmp_path, [
        "本年度被申请行政复议3件，复议机关已作出维持决定1件，确认违法2件。",
        "本年度被申请行政复议3件。责令重新答复2件，维持2件。",
        # right
        "本年度被申请行政复议3件，复议机关已作出维持决定2件，确认违法1件。",
        "本年度被申请行政复议3件。责令重新答复1件，维持2件。",
    ]) == [[(_wrong("维持决定1件", f"{REVIEWS}的“结果维持”", 2, "【表四：reconsideration.upheld】"), "1件，确认违法2件。"),
            (_wrong("确认违法2件", *corrected), "2件。")],
           [(_wrong("责令重新答复2件", *corrected), "2件，维持2件。")], [], []]


def test_outcomes_told_by_the_court_or_review_organ(tmp_path):
    """The next sentence opening with the court or the review (“。法院判决维持1件，另2件尚未审结”, “。经审理，维持1件”) tells
    the outcomes on; the review organ named (“行政复议机关均作出维持决定”) ends no reviews' outcomes."""
    upheld = ("维持1件", f"{REVIEWS}的“结果维持”", 2, "【表四：reconsideration.upheld】")
    assert _r9(tmp_path, [
        "本年度被提起行政诉讼2件。法院判决维持1件，另2件尚未审结。",
        "本年度被申请行政复议3件。经审理，维持1件。",
        "本年度被申请行政复议3件，行政复议机关维持1件。",
        "本年度被申请行政复议3件，行政复议机关均作出维持决定。",
        # right
        "本年度被提起行政诉讼2件。法院判决维持1件，另1件尚未审结。",
        "本年度被申请行政复议3件，行政复议机关维持2件，纠正1件。",
    ]) == [[(_wrong("2件尚未审结", f"{SUITS}的“尚未审结”之和", 1), "2件尚未审结。")],
           [(_wrong(*upheld), "1件。")], [(_wrong(*upheld), "1件。")],
           [("正文写的是“均作出维持决定”，即“结果维持” 3 件，而表四“行政复议”的“结果维持”为 2：请改正其中一处（R9）",
             "均作出维持决定。")], [], []]


def test_reviews_and_suits_caused_by_disclosure(tmp_path):
    """“因政府信息公开引发行政复议5件、行政诉讼2件” are 表四's, as “发生政府信息公开行政复议…”; one caused by another matter
    (“因行政处罚引发…”) is not."""
    assert _r9(tmp_path, [
        "本年度因政府信息公开引发行政复议5件、行政诉讼2件。",
        "本年度因政府信息公开引起行政诉讼3起。",
        "本年度因政府信息公开引发行政复议3件、行政诉讼2件。",
        "本年度因行政处罚引发行政复议5件。",
    ]) == [[(_wrong("因政府信息公开引发行政复议5件", f"{REVIEWS}的总计", 3, "【表四：reconsideration.total】"),
             "5件、行政诉讼2件。")],
           [(_wrong("因政府信息公开引起行政诉讼3起", f"{SUITS}的总计之和", 2), "3起。")], [], []]


def test_a_share_told_with_bizhong(tmp_path):
    """“所占比重为”, “比重为” as “所占比例为”, of a result and of a kind of applicant; channels listed in brackets after the
    count are told with the bracket closed."""
    assert _r9(tmp_path, [
        "本年度办结申请54件，予以公开22件，所占比重为50.0%。",
        "本年度收到申请55件，其中自然人申请所占比重约为六成。",
        "本年度共收到政府信息公开申请55件（其中网上申请40件、信函申请16件）。",
        # right
        "本年度办结申请54件，予以公开22件，所占比重为40.7%。",
        "本年度收到申请55件，自然人申请43件，比重约为八成。",
    ]) == [[(f"正文写的是“予以公开22件，所占比重为50.0%”，而 22 件占{SEVEN} 54 件的 40.7%：请改正其中一处（R9）",
             "22件，所占比重为50.0%。")],
           [("正文写的是“自然人申请所占比重约为六成”，而表三“一、本年新收政府信息公开申请数量”中“自然人”为 43，占总计 55 件的 78.2%，"
             "与“约为六成”相差太远（这样写的占比，表中应在 55% 至 65% 之间）：请改正其中一处（R9）", "自然人申请所占比重约为六成。")],
           [("正文写的是“收到政府信息公开申请55件（其中网上申请40件、信函申请16件）”，各渠道加起来为 56，多于前面的 55 件：各渠道的"
             "申请是它的一部分，加起来不会多于它，请改正其中一处（R9）", "40件、信函申请16件）。")], [], []]
