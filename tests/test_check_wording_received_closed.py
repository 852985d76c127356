"""``reportkit check`` on annual reports copied from an agency's page into a text file, their part 一 worded as other
agencies word it (sixth pass). A correct report is ``ok``: a count received then closed or carried forward that may be
of the year's new only (“收到申请55件，已办结50件”, “收到的申请中，当年办结51件，结转下年度4件”), a count closed on time
(“按期办结50件”), those closed out of all to handle (“办结59件申请中的54件”), departments' count (“部门收到申请241件”). A
figure the text states that the tables contradict is found: 答复 as 办结 and the results told after it, reviews and suits
that 发生, last year's carried over worded “结转上年度”, a count of the year's 累计, counts closed of the carried over
and of the new that do not add up to all closed. The tables are test_check_published's (55 new, 4 carried over, 54
closed, 22 予以公开, 5 carried forward; reviews 3, suits 2); the sentences are written for these tests."""
from __future__ import annotations

import pytest

from test_check_published import OK
from test_check_wording_new_closed import FIX, NEW, _checked, _worded

CLOSED = "表三“三、本年度办理结果（七）总计”为 54"
GOVERNMENT = "某县人民政府"

#: Correct sentences, each warned about before: (paragraph, sentence, agency).
CORRECT = {
    # 50 of the 55 new closed, 4 carried over closed too: 54 in all; or 54 of all to handle (59)
    "收到后已办结": (1, "（二）依申请公开。全年收到申请55件，已办结50件，另有5件尚在答复期限内。", "某县水利局"),
    "收到后办结和结转": (1, "（二）依申请公开。今年共收到政府信息公开申请五十五件，办结五十件，结转下年度五件。", "某县水利局"),
    "收到的申请中当年办结": (1, "（二）依申请公开。收到的申请中，当年办结51件，结转下年度4件。", "某县水利局"),
    "办结几件申请中的几件": (1, "（二）依申请公开。本年度办结59件申请中的54件，其余5件结转下年度继续办理。", "某县水利局"),
    "按期办结": (1, "（二）依申请公开。本年度新收申请55件，按期办结50件，其余几件因需征求第三方意见延长了答复期限。",
             "某县水利局"),
    # the departments' count, not the government's own
    "部门收到": (1, "（二）依申请公开。全年部门收到申请241件，均已按期答复。", GOVERNMENT),
}


@pytest.mark.parametrize("name", CORRECT)
@pytest.mark.parametrize("year", (2021, 2020))
def test_a_count_of_the_new_on_time_of_all_to_handle_or_of_departments_is_ok(tmp_path, name, year):
    paragraph, text, agency = CORRECT[name]
    assert _checked(tmp_path, _worded(paragraph, text, agency, year)) == OK


#: The same facts in the wordings now read, and counts of licences: nothing to warn about.
AGREEING = {
    "答复其中予以公开": (1, "（二）依申请公开。本年度共答复申请54件，其中22件予以公开、6件部分公开。"),
    "结转的和新收的合起来": (1, "（二）依申请公开。答复上年结转申请4件，答复本年度新收申请50件。"),
    "按时答复": (1, "（二）依申请公开。全年收到政府信息公开申请55件，按时答复50件。"),
    "发生复议诉讼": (1, "（二）依申请公开。本年度发生政府信息公开行政复议案件3起，结果维持2起、结果纠正1起。"),
    "结转上年度": (1, "（二）依申请公开。本年度新收申请55件，结转上年度申请4件，均已办结。"),
    "本年度累计": (1, "（二）依申请公开。本年度累计收到申请55件，累计办结54件。"),
    "咨询答复": (1, "（二）依申请公开。窗口接待群众咨询答复60件，收到申请55件。"),
    "结转下年度答复": (1, "（二）依申请公开。结转下年度答复5件。"),
    # all the organ's reviews, of any cause
    "发生复议不说公开": (1, "（二）依申请公开。在依法行政方面，全年发生行政复议案件12起。"),
    "公开行政许可": (0, "（一）主动公开。全年公开行政许可400件，办理行政许可400件，予以公开400件。"),
}


@pytest.mark.parametrize("name", AGREEING)
@pytest.mark.parametrize("year", (2021, 2020))
def test_the_same_facts_in_the_wordings_now_read_are_ok(tmp_path, name, year):
    paragraph, text = AGREEING[name]
    assert _checked(tmp_path, _worded(paragraph, text, year=year)) == OK


#: Sentences the tables contradict, each found nowhere before (or with a message that did not say why): (sentence,
#: the warning's message) of paragraph 1 (line 5).
WRONG = {
    "答复其中予以公开": ("（二）依申请公开。本年度共答复54件，其中12件予以公开，其余为部分公开或不予公开等。",
                 f"正文写的是“12件予以公开”，而表三“（一）予以公开”的总计为 22{FIX}"),
    "答复申请": ("（二）依申请公开。全年答复政府信息公开申请60件。", f"正文写的是“答复政府信息公开申请60件”，而{CLOSED}{FIX}"),
    "按时答复多于办结": ("（二）依申请公开。全年收到政府信息公开申请55件，按时答复60件。", (
        "正文写的是“按时答复60件”，即按时办结（答复）的申请有 60 件，而表三“三、本年度办理结果（七）总计”只有 54 件：按时办结的"
        "不会多于全年办结的，请改正其中一处（R9）")),
    "发生复议": ("（二）依申请公开。本年度发生政府信息公开行政复议案件4起，结果维持2起、结果纠正1起。",
             f"正文写的是“发生政府信息公开行政复议案件4起”，而表四“行政复议”的总计为 3{FIX}"),
    "发生诉讼": ("（二）依申请公开。全年发生涉及政府信息公开的行政诉讼案件3起。",
             f"正文写的是“发生涉及政府信息公开的行政诉讼案件3起”，而表四两类“行政诉讼”的总计之和为 2{FIX}"),
    "发生复议其中公开": ("（二）依申请公开。本年度共发生行政复议案件5起，其中涉及政府信息公开的2起。",
                 f"正文写的是“发生行政复议案件5起，其中涉及政府信息公开的2起”，而表四“行政复议”的总计为 3{FIX}"),
    "结转上年度": ("（二）依申请公开。本年度新收申请55件，结转上年度申请5件。",
              f"正文写的是“结转上年度申请5件”，而表三“二、上年结转政府信息公开申请数量”的总计为 4{FIX}"),
    "办结几件申请中的几件": ("（二）依申请公开。本年度办结59件申请中的50件。", f"正文写的是“办结59件申请中的50件”，而{CLOSED}{FIX}"),
    "收到的申请中结转": ("（二）依申请公开。收到的申请中，当年办结51件，结转下年度6件。",
                 f"正文写的是“结转下年度6件”，而表三“四、结转下年度继续办理”的总计为 5{FIX}"),
    "收到的申请中办结太少": ("（二）依申请公开。收到的申请中，当年办结45件，结转下年度4件。", (
        "正文写的是“收到的申请中，当年办结45件”，即本年度新收的申请中办结了 45 件，而表三“三、本年度办理结果（七）总计”为 54、"
        "“二、上年结转政府信息公开申请数量”的总计为 4：新收申请中办结的至少有 50 件，请改正其中一处（R9）")),
    "本年度累计": ("（二）依申请公开。本年度累计收到申请60件。", f"正文写的是“收到申请60件”，而{NEW}{FIX}"),
    # each within its bounds, together more or fewer than all closed
    "结转的和新收的合起来": ("（二）依申请公开。答复上年结转申请4件，答复本年度新收申请51件。", (
        "正文写的是“答复上年结转申请4件”“答复本年度新收申请51件”，共 55 件，而表三“三、本年度办理结果（七）总计”为 54：办结的"
        "上年结转申请和本年度新收申请合起来就是全年办结的，请改正其中一处（R9）")),
    "新收的和结转的合起来": ("（二）依申请公开。全年收到申请55件，其中当年收到当年办结50件，上年结转申请办结3件。", (
        "正文写的是“收到当年办结50件”“上年结转申请办结3件”，共 53 件，而表三“三、本年度办理结果（七）总计”为 54：办结的"
        "上年结转申请和本年度新收申请合起来就是全年办结的，请改正其中一处（R9）")),
}


@pytest.mark.parametrize("name", WRONG)
@pytest.mark.parametrize("year", (2021, 2020))
def test_a_figure_the_tables_contradict_is_found_at_its_line(tmp_path, name, year):
    text, message = WRONG[name]
    assert _checked(tmp_path, _worded(1, text, year=year)) == [("第 5 行", "warning", "R9", message)]


def test_a_count_received_then_closed_is_compared_beyond_what_the_new_allow(tmp_path):
    """Closed after a count received equal to the new: between all closed less the carried over (50) and all closed
    (54) is right; fewer or more is wrong, said as before."""
    for closed, rows in ((50, OK), (54, OK), (49, [("第 5 行", "warning", "R9", f"正文写的是“办结49件”，而{CLOSED}{FIX}")]),
                         (55, [("第 5 行", "warning", "R9", f"正文写的是“办结55件”，而{CLOSED}{FIX}")])):
        text = f"（二）依申请公开。全年收到申请55件，已办结{closed}件。"
        assert _checked(tmp_path, _worded(1, text)) == rows, closed
