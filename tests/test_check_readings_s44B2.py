"""R9 on more readings of published reports' narrative: applications still in hand at the year's end (“尚有6件正在办理”)
as 结转下年度继续办理; the outcomes of reviews and suits in the sentence after their count that opens with 结果
(“复议结果为维持1件，纠错2件”), as after one opening with 其中; an applicant kind's share in tenths told with 比例
(“自然人申请比例约为六成”). The tables are test_check_published's: 55 new (自然人 43), 4 carried over, 54 closed,
5 carried forward; 表四 行政复议 3 (维持 2, 纠正 1), 行政诉讼 2 (维持 1, 尚未审结 1). The sentences are written for
these tests."""
from __future__ import annotations

from test_check_r9_applicant_carried import _r9
from test_check_readings_s44B import NEW, REVIEWS, SUITS, _wrong

FORWARD = "表三“四、结转下年度继续办理”的总计"
FORWARD_CITE = "【表三：carried_forward.total】"


def test_applications_still_in_hand_are_carried_forward(tmp_path):
    """“尚有 N 件正在办理”, “仍在办理中” are 结转下年度继续办理; right ones, another time's, reviews' and other matters'
    are silent, and “结转下年度” is read as before."""
    assert _r9(tmp_path, [
        "截至年底，共办结申请54件，尚有6件正在办理。",
        "截至年底，共办结申请54件，仍有6件申请仍在办理中。",
        "本年度共收到申请55件，目前还有8件正在办理中。",
        # right, and the readings next to them
        "截至年底，共办结申请54件，尚有5件正在办理。",
        "本年度收到申请55件，已办结51件，4件正在办理。",
        "截至2022年3月底，尚有2件正在办理。",
        "本年度被提起行政诉讼2件，1件正在办理。",
        "本年度共办理人大代表建议10件，2件正在办理。",
        "本年度办结申请54件，6件正在办理的申请将于下年度答复。",
        "截至年底，共办结申请54件，结转下年度6件。",
    ]) == [[(_wrong("6件正在办理", FORWARD, 5, FORWARD_CITE), "6件正在办理。")],
           [(_wrong("6件申请仍在办理中", FORWARD, 5, FORWARD_CITE), "6件申请仍在办理中。")],
           [(_wrong("8件正在办理中", FORWARD, 5, FORWARD_CITE), "8件正在办理中。")]] + [[]] * 6 + [
           [(_wrong("结转下年度6件", FORWARD, 5, FORWARD_CITE), "6件。")]]


def test_outcomes_in_the_next_sentence_opening_with_jieguo(tmp_path):
    """“。复议结果为…”, “。结果为…”, “。审理结果为…” tell the count's outcomes on, as “。其中…” does; not another
    proceeding's (“。复议结果为…” after suits) nor a sentence opening otherwise (“。结果公开方面，…”)."""
    upheld = ("维持1件", f"{REVIEWS}的“结果维持”", 2, "【表四：reconsideration.upheld】")
    corrected = (f"{REVIEWS}的“结果纠正”", 1, "【表四：reconsideration.corrected】")
    assert _r9(tmp_path, [
        "本年度被申请行政复议3件。复议结果为维持1件，纠错2件。",
        "本年度被申请行政复议3件。结果为维持1件，纠正2件。",
        "本年度被提起行政诉讼2件。审理结果为维持2件，尚未审结1件。",
        # right, and the readings next to them
        "本年度被申请行政复议3件。复议结果为维持2件，纠错1件。",
        "本年度被申请行政复议3件。其中维持2件，纠错1件。",
        "本年度被提起行政诉讼2件。复议结果为维持1件。",
        "本年度被申请行政复议3件。诉讼结果为维持2件。",
        "本年度被申请行政复议3件。维持2件。",
        "本年度被申请行政复议3件。结果公开方面，维持1件。",
    ]) == [[(_wrong(*upheld), "1件，纠错2件。"), (_wrong("纠错2件", *corrected), "2件。")],
           [(_wrong(*upheld), "1件，纠正2件。"), (_wrong("纠正2件", *corrected), "2件。")],
           [(_wrong("维持2件", f"{SUITS}的“结果维持”之和", 1), "2件，尚未审结1件。")]] + [[]] * 6


def test_an_applicants_share_in_tenths_told_with_bili(tmp_path):
    """43 of 55 new are 78.2%: “比例约为六成”, “比例为六成”, “所占比例为六成” are far off as “约占六成” is; “约八成”,
    “近八成” and a bound (“六成以上”) are right."""
    natural = f"而{NEW}中“自然人”为 43，占总计 55 件的 78.2%，与“{{}}”相差太远（这样写的占比，表中应在 55% 至 65% 之间）：请改正其中一处（R9）"
    received = "本年度收到申请55件，"
    assert _r9(tmp_path, [received + s for s in (
        "自然人申请比例约为六成。",
        "自然人申请比例为六成。",
        "自然人申请所占比例为六成。",
        # right, and the readings next to them
        "自然人申请比例约为八成。",
        "自然人申请比例近八成。",
        "自然人申请约占八成。",
        "自然人申请比例为六成以上。",
    )]) == [[(f"正文写的是“{said}”，" + natural.format(words), said + "。")]
            for said, words in (("自然人申请比例约为六成", "约为六成"), ("自然人申请比例为六成", "六成"),
                                ("自然人申请所占比例为六成", "六成"))] + [[]] * 4


def test_channels_that_add_up_to_no_count_of_the_year(tmp_path):
    """Channels told alone with 共 are all the year's: a sum neither 55 (new) nor 59 (with carried over) is wrong;
    without 共 they may be some, wrong only beyond 59; after a total, with another count after them, or of another
    year they are not summed."""
    def wrong(said: str, total: int) -> str:
        return (f"正文写的是“{said}”，各渠道加起来为 {total}，而表三“一、本年新收政府信息公开申请数量”的总计为 55，"
                "与“二、上年结转”之和为 59：请改正其中一处（R9）")

    assert _r9(tmp_path, [
        "本年度共收到在线申请40件，纸质申请16件。",
        "本年度收到网上申请50件、信函申请20件。",
        "全年共受理通过网站提交的申请40件、通过信函提交的申请16件。",
        # right, and the readings next to them
        "本年度共收到在线申请40件，纸质申请15件。",
        "本年度共收到在线申请44件，纸质申请15件。",
        "本年度收到网上申请40件、信函申请10件。",
        "2020年共收到在线申请40件，纸质申请16件。",
        "本年度共收到申请55件，其中在线申请40件，纸质申请15件。",
    ]) == [[(wrong("本年度共收到在线申请40件，纸质申请16件", 56), "40件，纸质申请16件。")],
           [(wrong("本年度收到网上申请50件、信函申请20件", 70), "50件、信函申请20件。")],
           [(wrong("全年共受理通过网站提交的申请40件、通过信函提交的申请16件", 56), "40件、通过信函提交的申请16件。")]] + [[]] * 5
