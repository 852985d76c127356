"""R9 on what became of some applications after “对” (“对已办结的20件中，予以公开15件，部分公开6件”: together at most
those 20), on a result after “其中” right after a count closed (“收到申请55件，办结50件，其中予以公开5件”: part of the 50,
not the rest of the 55, so the 50 is compared as a count closed), and on “已答复的54件申请中” read as those closed. The
tables are test_check_published's (55 new, 4 carried over, 54 closed, 22 予以公开, 6 部分公开); the sentences are
written for these tests."""
from __future__ import annotations

from test_check_r9_shares_and_wan import _said
from test_check_wording_new_closed import FIX

CLOSED = "而表三“三、本年度办理结果（七）总计”为 54"
GRANTED = "而表三“（一）予以公开”的总计为 22"


def _beyond(said: str, total: int, count: int) -> str:
    return (f"正文写的是“{said}”，其后各项结果共 {total} 件，多于“对”后面的 {count} 件：这几件申请的结果加起来不会多于它们"
            f"本身，{FIX[1:]}")


#: (sentence, the warnings): each passed before with fewer.
WRONG = {
    "对已办结的N件中": ("全年收到申请55件，已办结54件。对已办结的20件中，予以公开15件，部分公开6件。",
                  [_beyond("对已办结的20件中，予以公开15件，部分公开6件", 21, 20)]),
    "对其中N件申请": ("全年收到申请55件，已办结54件。对其中10件申请，予以公开8件，部分公开3件。",
                 [_beyond("对其中10件申请，予以公开8件，部分公开3件", 11, 10)]),
    "对涉及某事的N件申请": ("全年收到申请55件，已办结54件。对涉及征收的10件申请，予以公开8件，部分公开3件。",
                    [_beyond("对涉及征收的10件申请，予以公开8件，部分公开3件", 11, 10)]),
    "对已答复的N件中": ("全年收到申请55件，已办结54件。对已答复的20件中，予以公开15件，部分公开6件。",
                  [_beyond("对已答复的20件中，予以公开15件，部分公开6件", 21, 20)]),
    # 其中 after a count closed parts it: 50 + 5 = 55 is a coincidence, the 50 is not of the new only
    "办结其中予以公开": ("全年收到申请55件，办结50件，其中予以公开5件。",
                 [f"正文写的是“办结50件”，{CLOSED}{FIX}", f"正文写的是“予以公开5件”，{GRANTED}{FIX}"]),
    "办结其中N件予以公开": ("全年收到申请55件，办结49件，其中6件予以公开。",
                   [f"正文写的是“办结49件”，{CLOSED}{FIX}", f"正文写的是“6件予以公开”，{GRANTED}{FIX}"]),
    # those answered are those closed
    "已答复的申请中": ("在已答复的54件申请中，予以公开20件。", [f"正文写的是“予以公开20件”，{GRANTED}{FIX}"]),
    "已答复的数不符": ("在已答复的50件申请中，予以公开22件。", [f"正文写的是“答复的50件申请”，{CLOSED}{FIX}"]),
}


def test_these_figures_are_warned_about(tmp_path):
    for i, (name, (text, messages)) in enumerate(WRONG.items()):
        (tmp_path / str(i)).mkdir()
        assert _said(tmp_path / str(i), text) == messages, name


#: The tables' figures in these wordings: results of some within their count (a part after 其中 is not another), the rest of those received told after a count closed, those answered as those closed.
CORRECT = (
    "全年收到申请55件，已办结54件。对已办结的20件中，予以公开14件，部分公开6件。",
    "全年收到申请55件，已办结54件。对其中10件申请，8件予以公开，2件部分公开。",
    "全年收到申请55件，已办结54件。对涉及征收的10件申请，予以公开8件，其中3件经征求第三方意见后公开。",
    "全年收到申请55件，办结50件，其中予以公开22件，另有5件正在办理。",
    "全年收到申请55件，办结50件，其余5件正在办理。",
    "在已答复的54件申请中，予以公开22件，占40.7%。",
    "接受咨询答复的30件中，予以公开20件。",
)


def test_the_tables_figures_in_these_wordings_are_ok(tmp_path):
    for i, text in enumerate(CORRECT):
        (tmp_path / str(i)).mkdir()
        assert _said(tmp_path / str(i), text) == [], text
