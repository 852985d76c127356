"""R9 on results in the narrative, a false finding and the misses the last hunt left: a figure among another result's
parts, in its bracket or its “其中” list, is a kind or reason of that result even where a word of it names another
result's row (“无法提供11件（其中本机关不掌握9件、不予处理2件）”); a share by a result's name after results listed with
their counts (“…，部分公开6件，不予公开的占16.8%”) or in tenths (“予以公开的约占四成”), and results told by their share
before the rest; a result after 属于 with no 的 (“属于予以公开20件”) and one after “其中” with 的 (“其中予以公开的20件”),
also with what they were after it (“予以公开的20件为网上申请”: the 20 granted, test_check_readings_s43B);
a kind in brackets after a result of the rest (“其余26件中，不予公开8件（涉及第三方合法权益4件）”). The tables are
test_check_published's (55 new, 4 carried over, 5 carried forward; 54 closed: 予以公开 22, 部分公开 6, 不予公开 8
(第三方合法权益 3), 无法提供 11 (本机关不掌握 9), 不予处理 4, 其他处理 3); the sentences are written for these tests."""
from __future__ import annotations

from test_check_r9_applicant_carried import CITE, _r9
from test_check_wording_new_closed import FIX

CLOSED = "全年办结申请54件，"
LISTED = CLOSED + "予以公开22件，部分公开6件，"
SEVEN = "表三“三、本年度办理结果（七）总计”"
GRANTED, DENIED = "表三“（一）予以公开”的总计", "表三“（三）不予公开”各项之和"
THIRD_PARTY = "表三“（三）不予公开”中“4.保护第三方合法权益”的总计"


def _wrong(said: str, cell: str, figure: int, cite: str | None = None) -> str:
    return f"正文写的是“{said}”，而{cell}为 {figure}：请改正其中一处" + (CITE.format(cite) if cite else "（R9）")


def test_a_figure_among_another_results_parts_is_not_that_results_whole(tmp_path):
    """The false finding: “不予处理2件” in 无法提供's bracket or 其中 list was compared with （五）不予处理's 4."""
    assert _r9(tmp_path, [
        CLOSED + "无法提供11件（其中本机关不掌握9件、不予处理2件），不予公开8件。",
        LISTED + "无法提供11件（其中本机关不掌握9件、不予处理2件），其余15件为不予公开等。",
        CLOSED + "不予公开8件、无法提供11件（其中本机关不掌握9件、不予处理2件）、不予处理4件。",
        CLOSED + "予以公开22件，无法提供11件，其中本机关不掌握9件、不予处理2件。",
        CLOSED + "其中予以公开22件，部分公开6件，不予公开8件，其中不予处理2件、无法提供3件。",
        # still read: a result listed after “其中，”, one of the same result's (of it), a bracket closed before it, and
        # one a bracket takes in whole (“含”)
        LISTED + "其中，不予公开7件。",
        CLOSED + "无法提供11件（其中本机关不掌握9件），不予处理2件。",
        CLOSED + "予以公开28件（含部分公开5件），不予公开8件。",
        # 予以公开 taking in 部分公开 after “其中” too: the two together (28 was told against 22), 部分公开 its whole
        CLOSED + "予以公开28件（其中部分公开6件），不予公开8件。",
        CLOSED + "予以公开28件，其中部分公开5件。",
    ]) == [[], [], [], [], [],
           [(_wrong("不予公开7件", DENIED, 8), "7件。")],
           [(_wrong("不予处理2件", "表三“（五）不予处理”各项之和", 4), "2件。")],
           [(_wrong("部分公开5件", "表三“（二）部分公开”的总计", 6, "results.partly_granted.total"), "5件），不予公开8件。")],
           [],
           [(_wrong("部分公开5件", "表三“（二）部分公开”的总计", 6, "results.partly_granted.total"), "5件。")]]


def _share(said: str, cell: str, figure: int, rate: str) -> str:
    return f"正文写的是“{said}”，而{cell} {figure} 件占{SEVEN} 54 件的 {rate}%{FIX}"


def test_a_share_by_name_after_results_listed_is_reckoned(tmp_path):
    assert _r9(tmp_path, [
        LISTED + "不予公开的占16.8%。",
        LISTED + "不予公开的占14.8%。",
        CLOSED + "予以公开22件（占40.7%），部分公开6件，不予公开的比例为16.8%。",
        CLOSED + "予以公开22件，占40.7%，部分公开6件，不予公开的占16.8%。",
        # not after a count of some, nor another count between
        CLOSED + "网上申请中予以公开15件，不予公开的占16.8%。",
        CLOSED + "上年结转4件，不予公开的占16.8%。",
        CLOSED + "对其中28件予以公开或部分公开，不予公开的占16.8%。",
    ]) == [
        [(_share("不予公开的占16.8%", DENIED, 8, "14.8"), "16.8%。")],
        [],
        [(_share("不予公开的比例为16.8%", DENIED, 8, "14.8"), "16.8%。")],
        [(_share("不予公开的占16.8%", DENIED, 8, "14.8"), "16.8%。")],
        [], [], []]


def _tenths(said: str, words: str, allowed: str) -> str:
    return (f"正文写的是“{said}”，而{GRANTED} 22 件占{SEVEN} 54 件的 40.7%，与“{words}”相差太远（这样写的占比，表中应"
            f"{allowed}）{FIX}")


def test_a_share_by_name_in_tenths_is_read_as_about(tmp_path):
    """“四成” allows 35% to 45% (data-format.md, as R18 reads tenths); 22 of 54 closed are 40.7%."""
    assert _r9(tmp_path, [
        CLOSED + "予以公开的约占四成。",
        CLOSED + "予以公开的占办结总数的四成，部分公开的占一成左右。",
        CLOSED + "予以公开的占比超过四成。",
        CLOSED + "予以公开的约占六成。",
        CLOSED + "予以公开的占比超过五成。",
        # a per cent about is not read
        CLOSED + "予以公开的约占60%。",
    ]) == [[], [], [],
           [(_tenths("予以公开的约占六成", "约占六成", "在 55% 至 65% 之间"), "予以公开的约占六成。")],
           [(_tenths("予以公开的占比超过五成", "超过五成", "不低于 50%"), "予以公开的占比超过五成。")],
           []]


def test_results_told_by_their_share_are_listed_before_the_rest(tmp_path):
    """Before, a share between was not reckoned: “…，其余7件” was told against 54 less the counts only (18, 26)."""
    rest = "，而表三“三、本年度办理结果（七）总计”为 54，减去前面列出的各项结果在表中的 22、6、8、11 件，余下 7 件" + FIX
    by_tenths, by_shares = LISTED + "不予公开8件，无法提供的约占两成，", LISTED + "不予公开的占14.8%，无法提供的占20.4%，"
    assert _r9(tmp_path, [
        by_tenths + "其余7件为不予处理或其他处理。",
        by_shares + "其余7件为不予处理、其他处理等。",
        by_tenths + "其余9件为不予处理或其他处理。",
        by_shares + "其余9件为不予处理、其他处理等。",
    ]) == [[], [],
           [(f"正文写的是“{by_tenths[2:]}其余9件”{rest}", "9件为不予处理或其他处理。")],
           [(f"正文写的是“{by_shares[2:]}其余9件”{rest}", "9件为不予处理、其他处理等。")]]


def test_a_result_after_shuyu_without_de_and_after_qizhong_with_de_is_read_once(tmp_path):
    granted = ("results.granted.total",)
    assert _r9(tmp_path, [
        CLOSED + "其中属于予以公开20件，部分公开6件。",
        CLOSED + "属于予以公开的20件，属于部分公开的6件。",
        CLOSED + "其中予以公开的20件，部分公开的6件。",
        CLOSED + "其中属于不予公开的7件。",
        CLOSED + "其中属于予以公开22件，属于部分公开6件，属于不予公开8件，属于无法提供11件，属于不予处理4件，属于其他处理3件。",
        # of some applications: not read; what they were told after them: the result's whole (test_check_readings_s43B)
        CLOSED + "其中涉及征收的10件，予以公开的5件。",
        CLOSED + "予以公开的20件为网上申请。",
        CLOSED + "其中予以公开的20件均来自自然人。",
    ]) == [
        [(_wrong("属于予以公开20件", GRANTED, 22, *granted), "20件，部分公开6件。")],
        [(_wrong("属于予以公开的20件", GRANTED, 22, *granted), "20件，属于部分公开的6件。")],
        [(_wrong("予以公开的20件", GRANTED, 22, *granted), "20件，部分公开的6件。")],
        [(_wrong("属于不予公开的7件", DENIED, 8), "7件。")],
        [], [],
        [(_wrong("予以公开的20件", GRANTED, 22, *granted), "20件为网上申请。")],
        [(_wrong("予以公开的20件", GRANTED, 22, *granted), "20件均来自自然人。")]]


def test_a_kind_in_brackets_after_a_result_of_the_rest_is_its_rows(tmp_path):
    of_rest = CLOSED + "其中予以公开22件，部分公开6件，其余26件中，"
    assert _r9(tmp_path, [
        of_rest + "不予公开8件（涉及第三方合法权益4件），无法提供11件。",
        of_rest + "不予公开8件（其中涉及第三方合法权益4件），无法提供11件。",
        of_rest + "不予公开8件（涉及第三方合法权益3件），无法提供11件。",
    ]) == [
        [(_wrong("涉及第三方合法权益4件", THIRD_PARTY, 3, "results.denied.third_party_rights.total"),
          "4件），无法提供11件。")]] * 2 + [[]]
