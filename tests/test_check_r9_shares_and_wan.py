"""``reportkit check`` on figures a reviewer would see warned about falsely or not at all: counts after a share
told in brackets (“全年收到申请200件（其中本局本级48件），办结200件”: the 200 closed are the count's subject's), shares
after a change of their count (“收到申请200件，同比增加10件，其中本局本级55件”), applicants of a kind given as about
(“自然人申请40余件”, “自然人申请近八成”), counts in 万 of one digit (“1万件” as “1.0万件”), and paragraphs written to
hunt for more. The tables are test_check_published's (55 new: 43 自然人, 8 商业企业, 1 社会公益组织, 2 法律服务机构, 1
其他; 4 carried over, 54 closed, 22 予以公开, 6 部分公开, 8 不予公开, 11 无法提供; 表四: 3 reviews, 2 suits); the
sentences are written for these tests."""
from __future__ import annotations

import pytest

from reportkit.default_plugins.annual_report.figures.sentences import about
from test_check_r9_applicants_and_suits import _warnings
from test_check_r9_large_and_about_figures import _more
from test_check_wording_new_closed import FIX, _worded

NEW = "而表三“一、本年新收政府信息公开申请数量”的总计为"
CLOSED = "而表三“三、本年度办理结果（七）总计”为"
NATURAL = "表三“一、本年新收政府信息公开申请数量”中“自然人”为 43"


def _said(tmp_path, text: str, paragraph: int = 1) -> list[str]:
    """The warnings on part 一's ``paragraph`` written as ``text`` (依申请公开's, its heading before it)."""
    heading = "（一）主动公开。" if paragraph == 0 else "（二）依申请公开。"
    return _warnings(tmp_path, _worded(paragraph, heading + text), paragraph)


#: Counts told after a share in brackets, the count they follow others' too: (sentence, the warnings).
AFTER_SHARE = {
    "办结与予以公开": ("全年收到申请200件（其中本局本级55件），办结200件，予以公开120件。", []),
    "下属单位的一份": ("全年收到申请200件（其中直属单位145件），办结200件。", []),
    "含本局本级": ("全年收到申请200件（含本局本级55件），办结200件。", []),
    "其后的申请人": ("全年收到申请200件（其中本局本级55件），其中自然人申请150件。", []),
    "本级的数不符": ("全年收到申请200件（其中本局本级48件），办结200件。",
               [f"正文写的是“收到申请200件（其中本局本级48件）”，{NEW} 55{FIX}"]),
    # a subject of its own, a sentence of its own: the organ's, compared
    "另写本局": ("全年收到申请200件（其中本局本级55件），本局办结50件。", [f"正文写的是“办结50件”，{CLOSED} 54{FIX}"]),
    "另起一句": ("全年收到申请200件（其中本局本级55件）。办结200件。", [f"正文写的是“办结200件”，{CLOSED} 54{FIX}"]),
    # the organ's own count, its own share no table's: the tables are the organ's, and so is the count closed
    "本局的数": ("本局收到申请200件（其中局机关48件），办结200件。",
             [f"正文写的是“收到申请200件”，{NEW} 55{FIX}", f"正文写的是“办结200件”，{CLOSED} 54{FIX}"]),
}


@pytest.mark.parametrize("name", AFTER_SHARE)
def test_a_count_after_a_share_in_brackets_is_its_counts_subjects(tmp_path, name):
    text, messages = AFTER_SHARE[name]
    assert _said(tmp_path, text) == messages


#: Shares and parts told after a change of their count: (sentence, the warnings).
AFTER_CHANGE = {
    "本局本级": ("全年收到申请200件，较上年增长20%，其中本局本级55件。", []),
    "局机关": ("本局收到申请70件，同比增加10件，其中局机关55件，二级单位15件。", []),
    "括号里的增减": ("本年度新收申请60件（比上年增加8件），其中本局本级55件，直属单位5件。", []),
    "理由": ("无法提供11件，同比持平，其中本机关不掌握相关政府信息的9件、没有现成信息需要另行制作的1件。", []),
    "本局本级不符": ("全年收到申请200件，同比增加10件，其中本局本级40件。",
               [f"正文写的是“收到申请200件，同比增加10件，其中本局本级40件”，{NEW} 55{FIX}"]),
    "与上年相比": ("全年收到申请70件，与上年相比，增加10件，其中局机关52件，二级单位18件。", [
        f"正文写的是“收到申请70件，与上年相比，增加10件，其中局机关52件”，{NEW} 55{FIX}"]),
    "按期办结": ("全年办结申请54件，同比增加4件，其中按期办结60件。", [
        "正文写的是“办结申请54件，同比增加4件，其中按期办结60件”，其中的 60 件多于前面的 54 件：一部分不会多于全部，"
        "请改正其中一处（R9）"]),
    "理由不符": ("不予公开8件，比上年减少2件，其中涉及第三方合法权益的3件、属于国家秘密的1件。", [
        f"正文写的是“属于国家秘密的1件”，而表三“（三）不予公开”中“1.属于国家秘密”的总计为 0{FIX}"]),
    "涉及政府信息公开的复议": ("被申请行政复议15件，同比增加3件，其中涉及政府信息公开的2件。", [
        f"正文写的是“被申请行政复议15件，同比增加3件，其中涉及政府信息公开的2件”，而表四“行政复议”的总计为 3{FIX}"]),
}


@pytest.mark.parametrize("name", AFTER_CHANGE)
def test_a_share_after_a_change_of_its_count_is_read(tmp_path, name):
    text, messages = AFTER_CHANGE[name]
    assert _said(tmp_path, text) == messages


def _far(said: str, cell: str, words: str, allows: str) -> str:
    return f"正文写的是“{said}”，而{cell}，与“{words}”相差太远（这样写的数，表中的数应{allows}）{FIX}"


def _share_far(said: str, words: str, allows: str) -> str:
    return (f"正文写的是“{said}”，而{NATURAL}，占总计 55 件的 78.2%，与“{words}”相差太远（这样写的占比，表中应{allows}）"
            "：请改正其中一处（R9）")


#: Applicants of a kind given as about or in tenths: (sentence, the warnings).
APPLICANTS_ABOUT = {
    "余件": ("全年受理申请55件，其中自然人申请40余件，法人或其他组织申请10余件。", []),
    "约与近": ("本年度受理申请55件，其中来自自然人的约40件，来自商业企业的近10件。", []),
    "几成": ("全年收到申请55件，其中自然人申请近八成，法人或其他组织约占两成。", []),
    "以上": ("全年收到申请55件，其中自然人申请占七成以上。", []),
    "约数不符": ("全年收到申请55件，其中自然人申请约20件，法人或其他组织申请30余件。", [
        _far("自然人申请约20件", NATURAL, "约20件", "在 14 至 26 件之间"),
        _far("法人或其他组织申请30余件", "表三“一、本年新收政府信息公开申请数量”中“法人或其他组织”各列之和为 12", "30余件",
             "在 21 至 49 件之间")]),
    "几成不符": ("全年收到申请55件，其中自然人申请近三成。", [_share_far("自然人申请近三成", "近三成", "在 25% 至 30% 之间")]),
    "仅占": ("全年受理申请55件，其中个人申请仅占三成左右。", [
        _share_far("个人申请仅占三成左右", "三成左右", "在 25% 至 35% 之间")]),
    "数之后的几成": ("全年收到申请55件，其中自然人申请43件，约占八成；予以公开22件，占办结总数的四成。", []),
    "全市的几成": ("全年予以公开22件，占全市的三成。", []),
    "数之后的几成不符": ("全年收到申请55件，其中自然人申请43件，约占三成。", [
        "正文写的是“自然人申请43件，约占三成”，而 43 件占表三“一、本年新收政府信息公开申请数量”的总计 55 件的 78.2%，与“约占三成”"
        "相差太远（这样写的占比，表中应在 25% 至 35% 之间）：请改正其中一处（R9）"]),
    # with no count before them, of 本年新收 or with 上年结转 (自然人 46)
    "从申请主体看": ("从申请主体看，自然人申请约10件。", [
        _far("自然人申请约10件", "表三“一、本年新收”中“自然人”为 43，连同“二、上年结转”为 46", "约10件", "在 7 至 13 件之间")]),
}


@pytest.mark.parametrize("name", APPLICANTS_ABOUT)
def test_applicants_of_a_kind_given_as_about_are_compared(tmp_path, name):
    text, messages = APPLICANTS_ABOUT[name]
    assert _said(tmp_path, text) == messages


@pytest.mark.parametrize("words, allows", [
    ("1万", (9500, 10999)), ("1.0万", (9500, 10999)), ("3万", (29500, 30999)), ("约1万", (6500, 13999)),
    ("近1万", (6500, 13999)), ("12万", (115000, 129999)), ("1.2万", (11500, 12999))])
def test_a_count_in_wan_of_one_digit_is_read_to_the_thousand(words, allows):
    assert about(words) == allows


@pytest.mark.parametrize("text, more, messages", [
    ("本年度共收到申请1万件。", 10645, []),
    ("本年度共收到申请约1万件。", 13445, []),
    ("本年度共收到申请1万件。", 13945, [
        f"正文写的是“收到申请1万件”，{NEW} 14000，与“1万件”相差太远（这样写的数，表中的数应在 9500 至 10999 件之间）{FIX}"]),
])
def test_a_count_of_one_digit_of_wan_far_from_the_table_is_warned(tmp_path, text, more, messages):
    assert _warnings(tmp_path, _more(_worded(1, f"（二）依申请公开。{text}"), more), 1) == messages


#: Paragraphs written to hunt for false warnings and misses, in the ways reports state their figures: (part 一's
#: paragraph, its text, the warnings).
HUNT = {
    "受理与结转": (1, "2021年本局共受理政府信息公开申请55件，较2020年增加7件，"
                 "其中自然人申请43件、法人或其他组织申请12件；加上上年结转的4件，全年共需办理59件。", []),
    "结转不符": (1, "全年新收申请55件，上年结转4件，办结53件，结转下年度继续办理6件。", [
        f"正文写的是“办结53件”，而表三“三、本年度办理结果（七）总计”为 54{FIX}",
        f"正文写的是“结转下年度继续办理6件”，而表三“四、结转下年度继续办理”的总计为 5{FIX}"]),
    "增减后的申请人": (1, "本年度共收到政府信息公开申请55件，同比下降12%，其中自然人申请45件，占81.8%。", [
        f"正文写的是“自然人申请45件”，而表三“一、本年新收政府信息公开申请数量”中“自然人”为 43{FIX}"]),
    "已办结的中": (1, "在已办结的54件申请中，予以公开24件，部分公开6件，不予公开8件，无法提供9件，不予处理4件，"
                 "其他处理3件。", [
        f"正文写的是“予以公开24件”，而表三“（一）予以公开”的总计为 22{FIX}",
        f"正文写的是“无法提供9件”，而表三“（四）无法提供”各项之和为 11{FIX}"]),
    "占比": (1, "从办理结果看，予以公开22件，占40.7%；部分公开6件，占12.1%；不予公开8件，占15%。", [
        f"正文写的是“部分公开6件，占12.1%”，而 6 件占表三“三、本年度办理结果（七）总计” 54 件的 11.1%{FIX}"]),
    "全系统括号": (1, "全系统共收到申请210件（其中局机关55件），办结205件，予以公开98件。"
                 "各单位均在法定期限内作出答复。", []),
    # the bracket closed in the words quoted
    "全系统括号不符": (1, "全系统共收到申请210件（其中局机关50件），办结205件。", [
        f"正文写的是“收到申请210件（其中局机关50件）”，而表三“一、本年新收政府信息公开申请数量”的总计为 55{FIX}"]),
    "多办结": (1, "全年共办结申请54件，较上年多办结6件，其中予以公开20件、部分公开6件。", [
        f"正文写的是“予以公开20件”，而表三“（一）予以公开”的总计为 22{FIX}"]),
    "两年对比": (1, "全年新收申请55件，比上年的48件增加7件；办结54件，按时办结率100%。", []),
    "万的约数": (1, "全系统收到申请1.2万件（其中本局本级55件），办结1.1万件，予以公开约5000件。", []),
    "以自然人为主": (1, "本年度受理申请55件，以自然人申请为主，占七成多；商业企业申请8件。", []),
    "增减后的不予公开": (1, "本年度收到申请55件，同比减少3件。办结54件，其中不予公开8件，同比增加2件，"
                    "主要是涉及第三方合法权益的3件。", []),
    # the organ's own share read after the change (the 60 was warned)
    "本级与办结本级": (1, "本年度新收申请60件，同比增长20%，其中本局本级52件，直属单位8件；办结申请59件，"
                   "其中本局本级54件。", [
        f"正文写的是“新收申请60件，同比增长20%，其中本局本级52件”，而表三“一、本年新收政府信息公开申请数量”的总计为 55{FIX}"]),
    "复议诉讼": (1, "因政府信息公开被申请行政复议3件，同比减少1件，其中维持2件、纠正1件；被提起行政诉讼2件，"
                "均为直接起诉。", []),
    "复议诉讼不符": (1, "被申请行政复议3件，结果维持2件，纠正1件；被提起行政诉讼3件，判决维持3件。", [
        f"正文写的是“被提起行政诉讼3件”，而表四两类“行政诉讼”的总计之和为 2{FIX}",
        f"正文写的是“判决维持3件”，而表四两类“行政诉讼”的“结果维持”之和为 1{FIX}"]),
    "主动公开": (0, "本年度制发行政规范性文件3件，废止1件，现行有效17件；作出行政处罚决定96件，同比增长20%，"
                "行政许可决定412件。", []),
    # “1万余” from 6500, not 2000
    "许可万余": (0, "本年度作出行政许可决定1万余件，行政处罚决定96件。", [
        f"正文写的是“作出行政许可决定1万余件”，而表二“行政许可”的处理决定数量为 412，与“1万余件”相差太远（这样写的数，表中的数应在 6500 至 23000 件之间）{FIX}"]),
    "办结率": (1, "本年度共收到申请55件，较上年增长22.2%，办结54件，办结率95%。", [
        f"正文写的是“办结率95%”，而按表三算，办结率为 91.5%（“三、本年度办理结果（七）总计”54÷（“一、本年新收”55＋“二、上年结转”4））{FIX}"]),
    # the 200 closed and the 120 granted are the count's subject's (both were warned)
    "括号后的办结": (1, "全年收到申请200件（其中本局本级48件），办结200件，予以公开120件。", [
        f"正文写的是“收到申请200件（其中本局本级48件）”，而表三“一、本年新收政府信息公开申请数量”的总计为 55{FIX}"]),
    "括号后本局": (1, "全年收到申请200件（其中本局本级55件），本局办结54件，予以公开22件，结转下年度5件。", []),
    "申请人约数": (1, "全年受理申请55件，其中自然人申请30余件，商业企业申请近10件，法律服务机构申请2件。", []),
    "申请人几成": (1, "申请人中，自然人约占八成，法人或其他组织约占两成；全年共受理申请55件。", []),
    "结转增减": (1, "上年结转申请4件，同比减少2件，已全部办结。本年度新收申请55件，办结50件，结转下年度5件。", []),
}


@pytest.mark.parametrize("name", HUNT)
def test_paragraphs_written_to_hunt_are_warned_where_their_figures_are_wrong(tmp_path, name):
    paragraph, text, messages = HUNT[name]
    assert _said(tmp_path, text, paragraph) == messages
