"""R9 on the misses the last session left: a share in tenths at its edge (“约占两成” for 14.8%: taken to the whole per
cent, 15%) and in half tenths (“一成半”), each word's direction (近, 超过, 不到, 多); a result's parts after “其中” joined
by “，” as long as they add up to no more than it (“不予公开8件，其中涉及第三方合法权益3件，属于过程性信息2件”), a count
that would make them more, or one after “；”, the next result (so is another result's name after a reason:
test_check_readings_s43B2); “予以公开的20件为网上申请” tells the 20 granted. The tables are
test_check_published's (55 new, 4 carried over, 5 carried forward; 54 closed: 予以公开 22, 部分公开 6, 不予公开 8
(第三方合法权益 3), 无法提供 11 (本机关不掌握 9), 不予处理 4, 其他处理 3), some with 自然人's 予以公开 and 本年新收 moved
by a few; the sentences are written for these tests."""
from __future__ import annotations

from test_check_published import _add
from test_check_r9_applicant_carried import CITE, _r9
from test_check_wording_help_and_changes import _imported
from test_check_wording_new_closed import FIX, _worded

CLOSED = "全年办结申请54件，"
SEVEN = "表三“三、本年度办理结果（七）总计”"
DENIED = "表三“（三）不予公开”各项之和"
INTERNAL = "5.属于三类内部事务信息"


def _shifted(tmp_path, text: str, granted: int, new: int, denied: int = 0) -> list[tuple[str, str]]:
    """R9's findings on ``text`` as 依申请公开's paragraph, 自然人's 予以公开, 本年新收 and 不予公开 (内部事务信息)
    ``granted``, ``new`` and ``denied`` more (结转下年度 takes the difference: the tables still tie out)."""
    r = _worded(1, "（二）依申请公开。" + text)
    for row, n in (("granted", granted), (INTERNAL, denied), ("total", granted + denied), ("new", new),
                   ("forward", new - granted - denied)):
        _add(r["t3"], row, 0, n)
    folder = tmp_path / f"g{granted}n{new}d{denied}"
    checked = _imported(folder, r)
    lines = (folder / "report.yaml").read_text(encoding="utf-8").splitlines()
    return [(d.message, lines[d.line - 1][d.col - 1:]) for d in checked.diagnostics.items if d.rule == "R9"]


def _far(said: str, figure: int, closed: int, share: str, words: str, allowed: str, cell: str = DENIED) -> str:
    return (f"正文写的是“{said}”，而{cell} {figure} 件占{SEVEN} {closed} 件的 {share}%，与“{words}”相差太远（这样写的占比，"
            f"表中应{allowed}）{FIX}")


def test_a_share_that_rounds_to_the_tenths_said_is_never_far(tmp_path):
    """“约两成” allows 15% to 25% at the whole per cent: 8 of 55 closed (14.5%) are 15%, 8 of 56 (14.3%; 14.0% and 13.1%
    of those received and to handle) 14%; “约一成”: 10 of 65 to handle (15.4%; 16.1% of 62 closed, 16.4% of 61
    received) are 15%, 10 of 64 (15.6%; 16.4%, 16.7%) 16%."""
    about_two, about_one = "不予公开的约占两成。", "不予公开的约占一成。"
    assert _shifted(tmp_path, "全年办结申请55件，" + about_two, 1, 1) == []
    assert _shifted(tmp_path, "全年办结申请56件，" + about_two, 2, 2) == [
        (_far("不予公开的约占两成", 8, 56, "14.3", "约占两成", "在 15% 至 25% 之间"), about_two)]
    assert _shifted(tmp_path, "全年办结申请62件，" + about_one, 6, 6, 2) == []
    assert _shifted(tmp_path, "全年办结申请61件，" + about_one, 5, 5, 2) == [
        (_far("不予公开的约占一成", 10, 61, "16.4", "约占一成", "在 5% 至 15% 之间"), about_one)]


def test_tenths_are_read_with_their_direction_and_in_halves(tmp_path):
    """8 of 54 closed are 14.8% (14.5% of those received, 13.6% of those to handle); 22 are 40.7% (40.0%, 37.3%)."""
    assert _r9(tmp_path, [
        CLOSED + "不予公开的约占两成。",
        CLOSED + "不予公开的占比近两成。",  # just under 两成: 15% at the whole per cent
        CLOSED + "不予公开的约占一成半。",
        CLOSED + "不予公开的占一成多。",
        CLOSED + "不予公开的占比超过一成。",
        CLOSED + "不予公开的占比不到两成。",
        CLOSED + "不予公开的约占两成半。",
        CLOSED + "不予公开的占两成多。",
        CLOSED + "不予公开的占比超过两成。",
        CLOSED + "不予公开的占比不到一成。",
        CLOSED + "予以公开的占比近三成。",
        "全年收到申请55件，法人或其他组织约占一成半。",
    ]) == [[]] * 6 + [
        [(_far("不予公开的约占两成半", 8, 54, "14.8", "约占两成半", "在 22.5% 至 27.5% 之间"), "不予公开的约占两成半。")],
        [(_far("不予公开的占两成多", 8, 54, "14.8", "两成多", "在 20% 至 30% 之间"), "不予公开的占两成多。")],
        [(_far("不予公开的占比超过两成", 8, 54, "14.8", "超过两成", "不低于 20%"), "不予公开的占比超过两成。")],
        [(_far("不予公开的占比不到一成", 8, 54, "14.8", "不到一成", "不高于 10%"), "不予公开的占比不到一成。")],
        [(_far("予以公开的占比近三成", 22, 54, "40.7", "近三成", "在 25% 至 30% 之间", "表三“（一）予以公开”的总计"),
          "予以公开的占比近三成。")],
        [("正文写的是“法人或其他组织约占一成半”，而表三“一、本年新收政府信息公开申请数量”中“法人或其他组织”各列之和为 12，"
          "占总计 55 件的 21.8%，与“约占一成半”相差太远（这样写的占比，表中应在 12.5% 至 17.5% 之间）" + FIX,
          "法人或其他组织约占一成半。")]]


def _wrong(said: str, cell: str, figure: int, cite: str | None = None) -> str:
    return f"正文写的是“{said}”，而{cell}为 {figure}：请改正其中一处" + (CITE.format(cite) if cite else "（R9）")


NOT_PROCESSED = "表三“（五）不予处理”各项之和"


def test_parts_after_qizhong_joined_by_commas_add_up_to_no_more_than_their_whole(tmp_path):
    """After “无法提供11件，其中本机关不掌握9件”, “，不予处理N件” is 不予处理's whole (a result's name after a reason:
    test_check_readings_s43B2, which reversed the first two and added the second finding of the eighth), and so is a
    count after “；” or after parts that make their whole."""
    unable = CLOSED + "予以公开22件，无法提供11件，其中本机关不掌握9件"
    assert _r9(tmp_path, [
        unable + "，不予处理2件。",
        unable + "，不予处理2件，其他处理3件。",
        unable + "，不予处理4件。",
        CLOSED + "予以公开22件，不予公开8件，其中涉及第三方合法权益3件，不予处理4件。",
        unable + "，不予处理5件。",
        unable + "，不予处理5件，其他处理3件。",
        unable + "；不予处理2件。",
        unable + "，不予处理2件，其他处理2件。",
        # parts of 予以公开 are never a result not given
        CLOSED + "予以公开28件，其中部分公开6件，不予公开7件。",
    ]) == [[(_wrong("不予处理2件", NOT_PROCESSED, 4), "2件。")],
           [(_wrong("不予处理2件", NOT_PROCESSED, 4), "2件，其他处理3件。")], [], [],
           [(_wrong("不予处理5件", NOT_PROCESSED, 4), "5件。")],
           [(_wrong("不予处理5件", NOT_PROCESSED, 4), "5件，其他处理3件。")],
           [(_wrong("不予处理2件", NOT_PROCESSED, 4), "2件。")],
           [(_wrong("不予处理2件", NOT_PROCESSED, 4), "2件，其他处理2件。"),
            (_wrong("其他处理2件", "表三“（六）其他处理”各项之和", 3), "2件。")],
           [(_wrong("不予公开7件", DENIED, 8), "7件。")]]


def test_a_results_count_with_de_and_what_they_were_is_its_whole(tmp_path):
    """“予以公开的20件为网上申请” tells the 20 granted (some would be “予以公开的申请中有20件…”); of some applications
    before it, not read. A reason between the figure and the result ending with 等 is still not read (the figure-first
    wording tells those applications, which may be some of the group's)."""
    granted = _wrong("予以公开的20件", "表三“（一）予以公开”的总计", 22, "results.granted.total")
    assert _r9(tmp_path, [
        CLOSED + "予以公开的20件为网上申请。",
        CLOSED + "其中予以公开的20件均来自自然人。",
        CLOSED + "予以公开的22件为网上申请。",
        CLOSED + "予以公开的申请中有20件为网上申请。",
        CLOSED + "其中涉及征收的10件，予以公开的5件为网上申请。",
        CLOSED + "予以公开22件，部分公开6件，另有5件因涉及国家秘密等原因不予公开。",
    ]) == [[(granted, "20件为网上申请。")], [(granted, "20件均来自自然人。")], [], [], [], []]


def test_the_rest_after_a_results_parts_after_qizhong(tmp_path):
    """The parts after “，其中” naming no result are the group's, not listed results: the rest after them is told against
    （七）总计 less the results listed; a rest among them (“其余2件”, no more than the group less its parts) is theirs."""
    listed = CLOSED + "予以公开22件，部分公开6件，不予公开8件，"
    rest = "，而表三“三、本年度办理结果（七）总计”为 54，减去前面列出的各项结果在表中的 22、6、8{} 件，余下 {} 件" + FIX
    assert _r9(tmp_path, [
        listed + "无法提供11件，其中本机关不掌握9件，其余7件为不予处理或其他处理。",
        listed + "无法提供11件，其中本机关不掌握9件，其余2件为需另行制作或补正后仍不明确。",
        listed + "无法提供11件，其中本机关不掌握9件，其余9件为不予处理或其他处理。",
        listed + "其中涉及第三方合法权益3件、属于过程性信息2件，其余20件为无法提供、不予处理等情形。",
    ]) == [[], [],
           [(f"正文写的是“{listed[2:]}无法提供11件，其中本机关不掌握9件，其余9件”" + rest.format("、11", 7),
             "9件为不予处理或其他处理。")],
           [(f"正文写的是“{listed[2:]}其中涉及第三方合法权益3件、属于过程性信息2件，其余20件”" + rest.format("", 18),
             "20件为无法提供、不予处理等情形。")]]


def test_replies_of_some_kinds_are_not_all_closed(tmp_path):
    assert _r9(tmp_path, [
        CLOSED + "作出不予公开、无法提供等答复19件。",
        CLOSED + "不予公开类答复8件。",
        "全年共答复53件。",
    ]) == [[], [], [(_wrong("答复53件", SEVEN, 54, "results.total.total"), "53件。")]]
