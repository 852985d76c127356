"""R9 on readings left by earlier sessions: the suits' outcomes named after the reviews' (“…，其中复议维持2件，诉讼维持1件”),
the second count of a list with one outcome of all (“行政复议3件、行政诉讼2件，均维持…”), results' shares told with 分别
(“予以公开、部分公开的分别占40.7%和11.1%”, “予以公开22件、部分公开6件，分别占…”), channels opening the paragraph on
依申请公开 with no verb (“（二）依申请公开。网上申请40件，信函申请15件。”), and reviews of which some are on another matter
(“被申请行政复议15件，其中3件涉及行政处罚”: the 15 take in reviews on other matters, so they are no count of 表四, and
the rest may be on other matters too: neither is compared). The tables are test_check_published's: 55 new, 4 carried
over, 54 closed (予以公开 22, 部分公开 6, 不予公开 8); 表四 行政复议 3 (维持 2, 纠正 1), 行政诉讼 2 (维持 1, 尚未审结 1).
The sentences are written for these tests."""
from __future__ import annotations

from test_check_r9_applicant_carried import _r9
from test_check_readings_s44B import REVIEWS, SUITS, _wrong

BOTH = "被申请行政复议3件，被提起行政诉讼2件，"
REVIEWS_UPHELD = (f"{REVIEWS}的“结果维持”", 2, "【表四：reconsideration.upheld】")
SUITS_UPHELD = f"{SUITS}的“结果维持”之和"


def _all(said: str, label: str, stated: int, cell: str, table: int) -> tuple[str, str]:
    """R9's finding on an outcome of all told with no figure (“均维持…”), ``stated`` as many as the count."""
    return f"正文写的是“{said}”，即“{label}” {stated} 件，而{cell}为 {table}：请改正其中一处（R9）", said + "。"


def _share(said: str, cell: str, figure: int, share: str, at: str) -> tuple[str, str]:
    """R9's finding on a result's share told by its name: ``cell`` is ``figure`` of the 54 closed, ``share``."""
    return (f"正文写的是“{said}”，而表三“{cell}”的总计 {figure} 件占表三“三、本年度办理结果（七）总计” 54 件的 {share}：请改正"
            "其中一处（R9）", at)


def _channels(said: str, total: int, at: str) -> tuple[str, str]:
    return (f"正文写的是“{said}”，各渠道加起来为 {total}，而表三“一、本年新收政府信息公开申请数量”的总计为 55，与“二、上年结转”之和为"
            " 59：请改正其中一处（R9）", at)


def test_the_suits_outcomes_named_after_the_reviews(tmp_path):
    """Outcomes named as the suits' past the reviews' (“，其中复议维持2件，诉讼维持1件”) are the suits' (were not read)."""
    assert _r9(tmp_path, [
        f"本年度{BOTH}其中复议维持2件，诉讼维持2件。",
        f"本年度{BOTH}其中行政复议维持2件，行政诉讼纠正1件。",
        "本年度被提起行政诉讼2件，被申请行政复议3件，其中诉讼维持2件，复议维持2件。",
        f"本年度{BOTH}其中复议维持2件，诉讼案件均已审结。",
        # right
        f"本年度{BOTH}其中复议维持2件，诉讼维持1件。",
        f"本年度{BOTH}复议维持2件、纠正1件，诉讼维持1件、尚未审结1件。",
        f"本年度{BOTH}诉讼维持1件，复议维持2件。",
        f"本年度{BOTH}复议机关维持2件，诉讼维持1件。",
    ]) == [[(_wrong("维持2件", SUITS_UPHELD, 1), "2件。")],
           [(_wrong("纠正1件", f"{SUITS}的“结果纠正”之和", 0), "1件。")],
           [(_wrong("维持2件", SUITS_UPHELD, 1), "2件，复议维持2件。")],
           [_all("均已审结", "尚未审结", 0, f"{SUITS}的“尚未审结”之和", 1)]] + [[]] * 4


def test_one_outcome_of_all_after_a_list_is_both_kinds(tmp_path):
    """“行政复议3件、行政诉讼2件，均维持原行政行为” tells both kinds' (the suits' were not read after a list); outcomes named
    after the list are each kind's; unnamed ones may be either's and are not read."""
    listed = "本年度发生政府信息公开行政复议3件、行政诉讼2件，"
    assert _r9(tmp_path, [
        f"{listed}均维持原行政行为。",
        f"{listed}其中复议维持2件，诉讼维持2件。",
        "本年度涉及政府信息公开的行政复议3件、行政诉讼2件，均已审结。",
        # right, and the readings next to them
        f"{listed}其中复议维持2件，诉讼维持1件。",
        f"{listed}维持3件。",
        "本年度行政复议3件、行政诉讼2件，均维持原行政行为。",
    ]) == [[_all("均维持原行政行为", "结果维持", 3, f"{REVIEWS}的“结果维持”", 2),
            _all("均维持原行政行为", "结果维持", 2, SUITS_UPHELD, 1)],
           [(_wrong("维持2件", SUITS_UPHELD, 1), "2件。")],
           [_all("均已审结", "尚未审结", 0, f"{SUITS}的“尚未审结”之和", 1)]] + [[]] * 3


def test_results_shares_told_with_fenbie(tmp_path):
    """Results' shares after their names with 分别 (“予以公开、部分公开的分别占…”, “…的比例分别为…”) and after their counts
    (“予以公开22件、部分公开6件，分别占…”) are each one's of those closed (were not read); not of part of the
    applications nor about."""
    wrong = "予以公开、部分公开的分别占45%和20%"
    assert _r9(tmp_path, [
        f"本年度办结54件，{wrong}。",
        "本年度办结54件，其中予以公开、部分公开分别占比40.7%、20%。",
        "本年度办结54件，予以公开、部分公开、不予公开的比例分别为40.7%、11.1%和20%。",
        "本年度办结54件，予以公开二十二件、部分公开六件，分别占30%和11.1%。",
        # right, and the readings next to them
        "本年度办结54件，予以公开、部分公开的分别占办结总数的40.7%和11.1%。",
        "本年度办结54件，予以公开和部分公开的分别占41%和11%。",
        "本年度办结54件，予以公开22件、部分公开6件，分别占40.7%、11.1%。",
        "本年度收到申请55件，予以公开、部分公开的分别占40%和10.9%。",
        f"网上申请中，{wrong}。",
        "本年度办结54件，予以公开、部分公开的分别约占40%和10%。",
    ]) == [[_share(wrong, "（一）予以公开", 22, "40.7%", "45%和20%。"),
            _share(wrong, "（二）部分公开", 6, "11.1%", "45%和20%。")],
           [_share("予以公开、部分公开分别占比40.7%、20%", "（二）部分公开", 6, "11.1%", "40.7%、20%。")],
           [("正文写的是“予以公开、部分公开、不予公开的比例分别为40.7%、11.1%和20%”，而表三“（三）不予公开”各项之和 8 件占表三“三、"
             "本年度办理结果（七）总计” 54 件的 14.8%：请改正其中一处（R9）", "40.7%、11.1%和20%。")],
           [("正文写的是“予以公开二十二件、部分公开六件，分别占30%和11.1%”，而 22 件占表三“三、本年度办理结果（七）总计” 54 件的 "
             "40.7%：请改正其中一处（R9）", "二十二件、部分公开六件，分别占30%和11.1%。")]] + [[]] * 6


def test_channels_opening_the_paragraph_on_applications(tmp_path):
    """Channels right after the heading “（二）依申请公开。”, with no verb, are the year's as after “依申请公开方面，” (were
    not read): beyond 新收 with 上年结转 is wrong."""
    assert _r9(tmp_path, [
        "网上申请40件，信函申请20件。",
        "本年度，网上申请四十件，信函申请二十件，均已按期答复。",
        "网上申请４０件、当面申请２０件。",
        # right
        "网上申请40件，信函申请15件。",
        "全年网上申请40件，信函申请19件。",
        "网上申请四十件，信函申请十五件，共计55件。",
    ]) == [[_channels("网上申请40件，信函申请20件", 60, "40件，信函申请20件。")],
           [_channels("本年度，网上申请四十件，信函申请二十件", 60, "四十件，信函申请二十件，均已按期答复。")],
           [_channels("网上申请４０件、当面申请２０件", 60, "４０件、当面申请２０件。")]] + [[]] * 3


def test_reviews_some_of_which_are_on_another_matter(tmp_path):
    """“被申请行政复议15件，其中3件涉及行政处罚”: the 15 take in reviews on another matter, no count of 表四 (was warned 15
    against 3), nor is the rest; a part on disclosure after the other matter's is 表四's."""
    assert _r9(tmp_path, [
        "本年度被申请行政复议15件，其中12件涉及行政处罚、4件涉及政府信息公开。",
        "本年度被申请行政复议4件，其中1件因不服答复提起。",
        # right, and the readings next to them
        "本年度被申请行政复议15件，其中3件涉及行政处罚。",
        "本年度被申请行政复议十五件，其中涉及征收补偿的三件。",
        "本年度被申请行政复议15件，其中有3件针对行政处罚决定，均维持原行政行为。",
        "本年度被申请行政复议15件，其中12件涉及行政处罚，3件涉及政府信息公开。",
        "本年度被提起行政诉讼2件，其中1件属于复议后起诉。",
    ]) == [[(_wrong("被申请行政复议15件，其中12件涉及行政处罚、4件", f"{REVIEWS}的总计", 3, "【表四：reconsideration.total】"),
             "4件涉及政府信息公开。")],
           [(_wrong("被申请行政复议4件", f"{REVIEWS}的总计", 3, "【表四：reconsideration.total】"), "4件，其中1件因不服答复提起。")]
           ] + [[]] * 5


#: Further wordings of the same readings that agree with the tables: each silent.
RIGHT = [
    f"本年度{BOTH}其中，复议维持2件，纠正1件；诉讼维持1件，尚未审结1件。",
    "本年度被申请行政复议3件，被提起行政诉讼2件。其中复议维持2件，诉讼维持1件。",
    "本年度被申请行政复议三件，被提起行政诉讼两件，其中复议维持两件，诉讼维持一件。",
    "本年度被申请行政复议３件，被提起行政诉讼２件，其中复议维持２件，诉讼维持１件。",
    f"本年度{BOTH}其中复议结果为维持2件、纠正1件，诉讼结果为维持1件、尚未审结1件。",
    f"本年度{BOTH}复议维持2件，诉讼一审判决维持1件。",
    f"本年度{BOTH}共计5件，其中复议维持2件，诉讼维持1件。",
    "本年度被申请行政复议、被提起行政诉讼分别为3件和2件，其中复议维持2件，诉讼维持1件。",
    # one of several outcomes is no outcome of all
    "本年度被申请行政复议3件、被提起行政诉讼2件，复议结果均为维持或纠正，诉讼维持1件。",
    "本年度共办结54件，其中予以公开、部分公开、不予公开的分别占40.7%、11.1%、14.8%。",
    "本年度办结申请54件，予以公开22件、部分公开6件、不予公开8件，分别占40.7%、11.1%和14.8%。",
    "本年度办结申请54件，其中予以公开、部分公开的申请分别占自然人申请的51%和14%。",
    "全市予以公开、部分公开的分别占45%和20%。",
    "网上申请40件，信函申请15件，分别占72.7%和27.3%。",
    "网上申请44件，信函申请15件，共计59件（含上年结转4件）。",
    "本年度被申请行政复议15件，其中3件涉及行政处罚、12件涉及行政许可。",
    "本年度被申请行政复议15件，其中涉及行政处罚的12件，涉及政府信息公开的3件。",
    "本年度被申请行政复议十五件，其中三件因行政处罚引起。",
    "本年度被提起行政诉讼2件，其中1件针对本局的信息公开答复，1件尚未审结。",
]


def test_more_wordings_that_agree_are_silent(tmp_path):
    assert _r9(tmp_path, RIGHT) == [[]] * len(RIGHT)


def test_more_wordings_that_disagree_are_caught(tmp_path):
    suits = [(_wrong(said, SUITS_UPHELD, 1), at) for said, at in (("维持两件", "两件。"), ("维持２件", "２件。"))] \
        + [(_wrong("维持2件", SUITS_UPHELD, 1), "2件。")] * 2
    listed = "予以公开22件，部分公开6件，分别占40.7%和20%"
    ratio = "予以公开、部分公开的所占比例分别为40.7%和20%"
    other = "被申请行政复议15件，其中涉及行政处罚的12件，涉及政府信息公开的4件"
    assert _r9(tmp_path, [
        "本年度被申请行政复议三件，被提起行政诉讼两件，其中复议维持两件，诉讼维持两件。",
        "本年度被申请行政复议３件，被提起行政诉讼２件，其中复议维持２件，诉讼维持２件。",
        "本年度被申请行政复议3件，被提起行政诉讼2件。其中复议维持2件，诉讼维持2件。",
        "本年度被申请行政复议、被提起行政诉讼分别为3件和2件，其中复议维持2件，诉讼维持2件。",
        f"本年度办结申请54件，{listed}。",
        f"本年度办结申请54件，{ratio}。",
        f"本年度{other}。",
        "本年度被申请行政复议3件、被提起行政诉讼2件，复议结果均为维持，诉讼维持1件。",
    ]) == [[finding] for finding in suits] + [
        [(f"正文写的是“{listed}”，而 6 件占表三“三、本年度办理结果（七）总计” 54 件的 11.1%：请改正其中一处（R9）",
          "22件，部分公开6件，分别占40.7%和20%。")],
        [_share(ratio, "（二）部分公开", 6, "11.1%", "40.7%和20%。")],
        [(_wrong(other, f"{REVIEWS}的总计", 3, "【表四：reconsideration.total】"), "4件。")],
        [(_all("均为维持", "结果维持", 3, f"{REVIEWS}的“结果维持”", 2)[0], "均为维持，诉讼维持1件。")]]
