"""R9 on the results told after “对其中的N件作出答复” (listed after “其中” or not): where N is （七）总计 they are the year's results, each its
cell's figure; where fewer, each at most its cell (a part is no more than the whole). The tables are
test_check_published's (54 closed, 22 予以公开, 6 部分公开, 8 不予公开 …); the sentences are written for these tests."""
from __future__ import annotations

import pytest
from test_check_r9_closed_counts import _warnings

GRANTED = "而表三“（一）予以公开”的总计为 22"
ALL = "：“对”后面的 54 件即全年办结的申请（表三“三、本年度办理结果（七）总计”为 54），其结果应与表中相同，请改正其中一处（R9）"

#: (sentence, the warnings): each passed before with none.
WRONG = {
    "全部答复": ("（二）依申请公开。全年收到申请55件。对其中的54件作出答复，予以公开25件，部分公开6件。",
             [f"正文写的是“对其中的54件作出答复，予以公开25件”，{GRANTED}{ALL}"]),
    "依法作出答复": ("（二）依申请公开。全年收到申请55件，对其中54件依法作出答复，予以公开22件，部分公开5件。",
               ["正文写的是“对其中54件依法作出答复，予以公开22件，部分公开5件”，而表三“（二）部分公开”的总计为 6" + ALL]),
    "其中列出结果": ("（二）依申请公开。全年收到申请55件，对其中的54件作出答复，其中予以公开25件，部分公开6件。",
               [f"正文写的是“对其中的54件作出答复，其中予以公开25件”，{GRANTED}{ALL}"]),
    "一部分多于全年": ("（二）依申请公开。全年收到申请55件。对其中的50件作出答复，予以公开25件，部分公开6件。",
                [f"正文写的是“对其中的50件作出答复，予以公开25件”，{GRANTED}：这 50 件申请中的一部分不会多于全年的，"
                 "请改正其中一处（R9）"]),
}


@pytest.mark.parametrize("name", WRONG)
def test_results_after_those_answered_are_compared_with_the_table(tmp_path, name):
    text, messages = WRONG[name]
    assert _warnings(tmp_path, text) == messages


#: The tables' figures, parts of them within their cells, and others' results.
RIGHT = (
    "（二）依申请公开。全年收到申请55件。对其中的54件作出答复，予以公开22件，部分公开6件，不予公开8件，无法提供11件，"
    "不予处理4件，其他处理3件。",
    "（二）依申请公开。全年收到申请55件。对其中的50件作出答复，予以公开20件，部分公开6件。",
    "（二）依申请公开。全年收到申请55件。对其中50件作出答复，予以公开18件，部分公开6件，不予公开8件，无法提供11件，"
    "不予处理4件，其他处理3件。",
    "（二）依申请公开。全年收到申请55件，对其中的54件作出答复，其中予以公开22件，部分公开6件。",
    # another year's, other organs': no part of the tables'
    "（二）依申请公开。2020年，本局收到申请45件，对其中的40件作出答复，予以公开30件。",
    "（二）依申请公开。全市共收到申请500件，对其中的480件作出答复，予以公开300件。",
)


@pytest.mark.parametrize("text", RIGHT)
def test_results_the_tables_bear_out_are_ok(tmp_path, text):
    assert _warnings(tmp_path, text) == []
