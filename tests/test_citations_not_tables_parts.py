"""R9 on sentences a clerk may write in parts 一, 三, 四, 五 and 六 whose figure is no table's for a good reason (a
sub-group, one channel such as a hotline or mailbox, several years, a plan, another matter's 办结 or 受理, a review with
another cause, a part of the organ, a count done of last year's carried over, 公开属性 of documents, a part after
“其中”), and the same wordings with the table's figures. The sentences are written for these tests; the table is
examples/sample-2021.yaml's (48 new, 4 carried over, 48 done, 24 予以公开, 5 部分公开, 2 不予公开, 4 reviews, 3 suits,
37 行政处罚决定, 156 行政许可决定, 2 规范性文件)."""
from __future__ import annotations

import pytest

from test_citations_spans_and_reasons import r9_in

G, A, R, P, X = "overview", "applications", "review_litigation", "problems", "other"  # parts 一, 三, 四, 五, 六

#: (part, sentence) whose figure is no table's. Each warned before.
FALSELY_WARNED = [
    (G, "全年作出行政处罚决定37件，其中适用简易程序作出行政处罚决定12件。"),
    (G, "行政许可方面，全年受理申请168件，作出行政许可决定156件。"),
    (G, "下一年度计划制发行政规范性文件3件，重点围绕耕地保护。"),
    (G, "经保密审查予以公开86件，确定不予公开的文件3件。"),
    (G, "对全年制发的公文逐件确定公开属性，其中主动公开285件、依申请公开40件、不予公开12件。"),
    (G, "全年审查拟公开文件120件，其中不予公开3件。"),
    (G, "对拟公开的文件进行合法性审查，部分公开15件。"),
    (G, "依申请公开方面，通过12345热线收到政府信息公开申请3件，均按期答复。"),
    (G, "依申请公开方面，经县长信箱收到政府信息公开申请2件。"),
    (G, "依申请公开方面，近三年共收到申请136件，呈逐年上升趋势。"),
    (G, "政府信息管理方面，全年发布信息前审核稿件612件，予以公开590件，不予公开22件。"),
    (G, "监督保障方面，收到群众对公开工作的投诉2件，已办结2件。"),
    (G, "监督保障方面，12345热线转办涉及本局的诉求工单1320件，办结1316件。"),
    (G, "全年办理信访事项56件，办结54件，按期办结率96.4%。"),
    (A, "通过12345政务服务便民热线收到政府信息公开申请3件。"),
    (A, "通过县长信箱收到政府信息公开申请2件，均转为正式申请办理。"),
    (A, "通过微信公众号收到政府信息公开申请5件。"),
    (A, "近三年收到政府信息公开申请136件，本年度新收48件。"),
    (A, "五年来共办结申请210件，未发生因答复引起的败诉。"),
    (A, "城关自然资源所收到政府信息公开申请10件，已全部转本局办理。"),
    (R, "本局作为复议机关，收到行政复议申请12件，办结10件。"),
    (R, "被申请行政复议9件，涉及政府信息公开的4件，均维持原答复。"),
    (R, "近三年被提起行政诉讼7件，均未败诉。"),
    (R, "因行政处罚被申请行政复议5件，均维持。"),
    (P, "下一年度计划作出行政处罚决定后7个工作日内公开，力争全年制发规范性文件3件。"),
    (P, "近三年被申请行政复议12件，纠正3件，主要原因是答复不规范。"),
    (P, "全年清理审查已公开文件86件，对其中不予公开3件的原因进行复核。"),
    (X, "人大代表建议和政协提案共10件，已全部办结10件。"),
    (X, "12345热线工单办理方面，收到热线工单1320件，办结1316件。"),
    (X, "全年办理信访件56件，办结54件。"),
    (X, "全年受理群众投诉举报25件，办结25件，其中不予受理3件。"),
    (X, "办理市长信箱留言32件，办结32件。"),
]

#: (part, sentence) whose figure is no table's, that never warned.
NEVER_WARNED = [
    (G, "本局政务微博、微信公众号等政务新媒体共5个，全年发布信息520条。"),
    (G, "全年清理规范性文件12件，废止3件，现行有效9件。"),
    (G, "平台建设方面，通过网上申请平台收到政府信息公开申请30件，占全部申请的62.5%。"),
    (G, "按照《某县政务公开工作要点》（某政办发〔2023〕5号），全年作出行政许可决定的信息全部在7个工作日内公开。"),
    (A, "收到上级机关转办的政府信息公开申请6件，均在规定期限内答复。"),
    (A, "新收政府信息公开申请48件，比上年增加12件，上年为36件。"),
    (A, "办结申请48件，其中在法定期限内办结46件，延期答复2件。"),
    (A, "2023年12月28日收到的2件申请结转下一年度办理。"),
    (A, "上年结转的4件申请中，予以公开3件，无法提供1件。"),
    (A, "信访、投诉、举报等诉求不予处理3件。"),
    (R, "全系统被申请行政复议9件，其中本局4件。"),
    (R, "上年度被申请行政复议的2件案件本年度均已审结，维持2件。"),
    (P, "计划明年受理申请60件左右，需充实办理人员。"),
    (X, "2022年度收到申请36件，本年度收到申请48件。"),
    (X, "本局系统共作出行政处罚决定210件。"),
]


@pytest.mark.parametrize(("part", "sentence"), FALSELY_WARNED + NEVER_WARNED)
def test_a_figure_that_is_no_table_s_raises_nothing(part, sentence):
    assert r9_in(part, [sentence]) == []


#: (part, sentence) with the table's figures in the wordings above, in the parts they were read in.
AGREE = [
    (G, "依申请公开方面，全年新收政府信息公开申请48件，办结48件，结转下一年度办理4件。"),
    (G, "依申请公开方面，本局通过信函、当面、网络等方式受理申请48件。"),
    (A, "通过12345热线等渠道共收到政府信息公开申请48件。"),
    (A, "其中予以公开24件、部分公开5件、不予公开2件、无法提供11件、不予处理3件、其他处理3件。"),
    (R, "本年度被申请行政复议4件，维持2件，纠正1件，尚未审结1件；被提起行政诉讼3件，维持2件，1件尚未审结。"),
    (P, "本年度办结申请48件，予以公开24件。"),
]


@pytest.mark.parametrize(("part", "sentence"), AGREE)
def test_the_table_s_figure_agrees(part, sentence):
    assert r9_in(part, [sentence]) == []


#: (part, sentence, the phrase warned about): a figure of the cell that differs from the table, still warned.
DIFFER = [
    (G, "全年作出行政处罚决定30件，其中适用简易程序作出行政处罚决定12件。", "作出行政处罚决定30件"),
    (A, "通过网站、信函等方式收到申请50件。", "收到申请50件"),
    (R, "被申请行政复议5件，涉及政府信息公开的3件。", "被申请行政复议5件，涉及政府信息公开的3件"),
    (P, "本年度办结申请50件。", "办结申请50件"),
    (X, "年内受理行政许可申请168件，作出行政许可决定150件，其中不予许可6件。", "作出行政许可决定150件"),
    (G, "依申请公开方面，收到政府信息公开申请50件，其中通过12345热线转来3件。", "收到政府信息公开申请50件"),
]


@pytest.mark.parametrize(("part", "sentence", "said"), DIFFER)
def test_a_figure_of_the_cell_that_differs_is_warned(part, sentence, said):
    [message] = r9_in(part, [sentence])
    assert message.startswith(f"正文写的是“{said}”")
