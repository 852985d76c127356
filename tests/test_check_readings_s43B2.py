"""R9 and R18 on the misses test_check_readings_s43B left: after a result's reason listed after “其中”, another result's
name joined by “，” is the next result (“不予公开8件，其中涉及第三方合法权益3件，不予处理5件”: 不予处理 is no reason of
不予公开); the kinds after a result's share (“无法提供11件（占两成），其中…”, “…，占20.4%，其中…”); a result's share in
tenths by its name with 的 and no 占 (“予以公开的近三成”); R18's change in tenths taken to the whole per cent at its soft
edges as R9's share is (14.6% is “约两成”). R9's tables are test_check_published's (55 new, 4 carried over, 5 carried
forward; 54 closed: 予以公开 22, 部分公开 6, 不予公开 8 (第三方合法权益 3), 无法提供 11 (本机关不掌握 9), 不予处理 4,
其他处理 3); R18's last year has 48 new (55 this year: 14.6% more). The sentences are written for these tests."""
from __future__ import annotations

from test_check_published import _add, report
from test_check_r9_applicant_carried import CITE, _r9
from test_check_wording_help_and_changes import _imported
from test_check_wording_new_closed import AGENCY, FIX, _worded

from reportkit.default_plugins.annual_report.crossyear import check_change
from reportkit.previous import Previous

CLOSED = "全年办结申请54件，"
SEVEN = "表三“三、本年度办理结果（七）总计”"
NOT_PROCESSED, UNABLE = "表三“（五）不予处理”各项之和", "表三“（四）无法提供”各项之和"
NO_SUCH = "表三“（四）无法提供”中“1.本机关不掌握相关政府信息”的总计"


def _wrong(said: str, cell: str, figure: int, cite: str | None = None) -> str:
    return f"正文写的是“{said}”，而{cell}为 {figure}：请改正其中一处" + (CITE.format(cite) if cite else "（R9）")


def _no_such(said: str) -> str:
    return _wrong(said, NO_SUCH, 9, "results.unable_to_provide.no_such_information.total")


def test_another_results_name_after_a_reason_is_the_next_result(tmp_path):
    """A part of a result's after “其中” and “，” that names another result, none of the result's reasons, is that result's
    whole, even where the parts would add up to no more than it; one of the result's reasons (“因属于过程性信息不予公开”)
    and one joined by “、” or in brackets are still its parts."""
    third = CLOSED + "予以公开22件，不予公开8件，其中涉及第三方合法权益3件"
    assert _r9(tmp_path, [
        third + "，不予处理5件。",
        third + "，无法提供5件。",
        third + "，部分公开5件。",
        CLOSED + "无法提供11件，其中本机关不掌握10件，不予处理2件。",
        CLOSED + "不予处理4件，其中信访举报投诉类2件，其他处理2件。",
        # still the result's parts, or right as the next result
        third + "，因属于过程性信息不予公开2件。",
        third + "，不予处理4件。",
        CLOSED + "不予公开8件，其中涉及商业秘密2件，涉及个人隐私1件，不予处理4件。",
        CLOSED + "无法提供11件，其中本机关不掌握9件、不予处理2件。",
        CLOSED + "无法提供11件（其中本机关不掌握9件，不予处理2件），不予公开8件。",
        CLOSED + "不予公开8件，其中不予处理2件，无法提供3件。",
    ]) == [[(_wrong("不予处理5件", NOT_PROCESSED, 4), "5件。")],
           [(_wrong("无法提供5件", UNABLE, 11), "5件。")],
           [(_wrong("部分公开5件", "表三“（二）部分公开”的总计", 6, "results.partly_granted.total"), "5件。")],
           [(_no_such("本机关不掌握10件"), "10件，不予处理2件。"), (_wrong("不予处理2件", NOT_PROCESSED, 4), "2件。")],
           [(_wrong("其他处理2件", "表三“（六）其他处理”各项之和", 3), "2件。")]] + [[]] * 6


def test_the_kinds_after_a_results_share(tmp_path):
    """11 of 54 closed are 20.4%: the share is right, the kind after it is read."""
    assert _r9(tmp_path, [
        CLOSED + "予以公开22件，无法提供11件（占两成），其中本机关不掌握8件。",
        CLOSED + "无法提供11件（约占两成），其中本机关不掌握7件。",
        CLOSED + "无法提供11件，占20.4%，其中本机关不掌握8件。",
        CLOSED + "无法提供11件（占两成），其中本机关不掌握9件，不予处理4件。",
        CLOSED + "不予公开8件（占一成半），其中涉及第三方合法权益3件，属于过程性信息2件。",
    ]) == [[(_no_such("本机关不掌握8件"), "8件。")], [(_no_such("本机关不掌握7件"), "7件。")],
           [(_no_such("本机关不掌握8件"), "8件。")], [], []]


def _far(said: str, cell: str, figure: int, share: str, words: str, allowed: str) -> str:
    return (f"正文写的是“{said}”，而{cell} {figure} 件占{SEVEN} 54 件的 {share}%，与“{words}”相差太远（这样写的占比，"
            f"表中应{allowed}）{FIX}")


def test_a_results_share_in_tenths_by_its_name_without_zhan(tmp_path):
    """22 of 54 closed are 40.7% (40.0% of 55 received); 8 are 14.8%. Not where the tenths are of the result's
    applications (“予以公开的八成来自自然人”), nor after a count of some."""
    assert _r9(tmp_path, [
        CLOSED + "予以公开的近三成。",
        CLOSED + "不予公开的约三成，无法提供的两成。",
        CLOSED + "予以公开的约四成，部分公开的约一成。",
        CLOSED + "不予公开的一成半。",
        CLOSED + "予以公开的超过四成。",
        CLOSED + "予以公开的近三成申请为企业提出。",
        CLOSED + "其中予以公开、部分公开的约五成。",
        "网上申请中，予以公开的约六成。",
    ]) == [[(_far("予以公开的近三成", "表三“（一）予以公开”的总计", 22, "40.7", "近三成", "在 25% 至 30% 之间"),
             "予以公开的近三成。")],
           [(_far("不予公开的约三成", "表三“（三）不予公开”各项之和", 8, "14.8", "约三成", "在 25% 至 35% 之间"),
             "不予公开的约三成，无法提供的两成。")]] + [[]] * 6


NEW = "表三“一、本年新收政府信息公开申请数量”"


def test_a_change_in_tenths_is_taken_to_the_whole_per_cent_at_its_soft_edges(tmp_path):
    """55 new this year, 48 last year: 14.6% more, 15% at the whole per cent: “约两成”, “近两成” (15% to 25%, 20%) and
    a range that reaches it; not “超过一成半” (15% exact), “两成半”, nor a fall."""
    r = report(2020, AGENCY)
    _add(r["t3"], "new", 0, -7)
    _add(r["t3"], "carried", 0, 7)
    last = Previous(_imported(tmp_path / "2020", r))
    where = last.where(("tables", "applications", "new_received", "total"))
    sentences = ["全年新收申请55件，同比增长约两成。", "全年新收申请55件，较上年增长近两成。",
                 "全年新收申请54至55件，同比增长约两成。", "全年新收申请55件，同比增长一成半。",
                 "全年新收申请55件，同比增长超过一成半。", "全年新收申请55件，同比增长两成半。",
                 "全年新收申请55件，同比下降约两成。"]
    found = [[f.message for f in check_change(_imported(tmp_path / f"2021-{i}", _worded(1, "（二）依申请公开。" + s)).report,
                                              last)] for i, s in enumerate(sentences)]

    def far(words: str, allowed: str) -> list[str]:
        return [f"正文写的是“新收申请55件，同比{words}”，而{NEW}的总计本年为 55、上年报告（{where}）为 48，增长 14.6%（按（本年 − "
                f"上年）÷ 上年算；写“{words}”的，{allowed}）：请改正其中一处"]

    assert found == [[]] * 4 + [far("增长超过一成半", "增幅应不低于 15%"), far("增长两成半", "增幅应在 22.5% 至 27.5% 之间"),
                                far("下降约两成", "降幅应在 15% 至 25% 之间")]
