"""``reportkit check`` on five whole 2021-format annual reports of different agencies, each worded in its own way
(其中、分别、各、共计、合计 lists, Chinese numerals, shares, 同比 changes, the tables told in prose, full-width digits):
a county bureau with three applications, a city government with hundreds, a township with none, a department with
many reviews and suits, a bureau that charged fees and was sued on other matters too. Their tables agree with their
narrative, so a reviewer sees no finding; a copy of each with three figures of its narrative changed is found at
each of the three, at the imported file's line and column. The reports' sentences and figures are written for these
tests."""
from __future__ import annotations

import copy
import re

import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from test_check_published import DENIED, NOT_HANDLED, OK, OTHER_2021, UNABLE, check, report, web_page
from test_check_r9_applicant_carried import _r9
from test_check_readings_s44B import _active

FIX = "：请改正其中一处（R9）"


def _t3(new: tuple, carried: tuple, results: dict[str, tuple]) -> dict[str, list]:
    """表三 from its rows' six columns (rows not given are 0s), each row's 总计, （七）总计 and 四 worked out."""
    rows = {"new": new, "carried": carried, "granted": (0,) * 6, "partly": (0,) * 6}
    rows |= {label: (0,) * 6 for label in (*DENIED, *UNABLE, *NOT_HANDLED, *OTHER_2021)} | results
    t3 = {key: [*six, sum(six)] for key, six in rows.items()}
    done = [key for key in t3 if key not in ("new", "carried")]
    t3["total"] = [sum(t3[key][c] for key in done) for c in range(7)]
    t3["forward"] = [t3["new"][c] + t3["carried"][c] - t3["total"][c] for c in range(7)]
    assert min(t3["forward"]) >= 0
    return t3


def _t2(rules: tuple, documents: tuple, permits: int, penalties: int, enforcement: int, fees: str) -> dict:
    return {"规章": rules, "行政规范性文件": documents, "行政许可": (permits,), "行政处罚": (penalties,),
            "行政强制": (enforcement,), "行政事业性收费": (fees,)}


def _t4(reviews: tuple, direct: tuple, after: tuple) -> list[int]:
    """表四 from each group's 维持, 纠正, 其他结果 and 尚未审结, with its 总计."""
    return [n for group in (reviews, direct, after) for n in (*group, sum(group))]


MANAGEMENT = ("（三）政府信息管理。每件公文在起草时标明公开属性，不公开的写明理由，由办公室在印发前复核一遍。",
              "（四）政府信息公开平台建设。门户网站的公开专栏按新的目录重新编排，栏目名称与上级要求一一对应。")

#: A county bureau with three applications, its counts in Chinese numerals.
COUNTY = report(
    2021, "临河县统计局",
    overview=["（一）主动公开。本局在门户网站“统计数据”栏目按月发布全县主要经济指标，全年发布统计信息二百一十六条、统计"
              "公报一份。本年度未制发行政规范性文件，现行有效的行政规范性文件二件。全年作出行政处罚决定十四件，均在决定作出后"
              "七个工作日内公开。",
              "（二）依申请公开。全年共收到政府信息公开申请三件，其中自然人提出二件、企业提出一件，没有上年结转的申请。三件申请"
              "均在法定期限内办结：予以公开二件；另有一件所要的数据本局不掌握，已告知申请人向县发展和改革局咨询。与上年的五件"
              "相比，申请减少了二件，降幅为百分之四十。",
              *MANAGEMENT,
              "（五）监督保障。局办公室每季度检查一次公开栏目，检查结果在局务会上通报。本年度没有因政府信息公开被申请行政复议"
              "或被提起行政诉讼的情况。"],
    t2=_t2((0, 0, 0), (0, 0, 2), 0, 14, 0, "0"),
    t3=_t3((2, 1, 0, 0, 0, 0), (0,) * 6, {"granted": (1, 1, 0, 0, 0, 0), UNABLE[0]: (1, 0, 0, 0, 0, 0)}),
    t4=_t4((0,) * 4, (0,) * 4, (0,) * 4))

#: A city government with hundreds of applications: shares, 同比, channels, 分别 and 合计.
CITY = report(
    2021, "东澜市人民政府",
    overview=["（一）主动公开。市政府本级全年制定规章2件、废止1件，制发行政规范性文件18件、废止7件，截至年底现行有效的行政"
              "规范性文件164件。市政府门户网站全年更新政策文件、规划计划和重点领域信息共计5862条，同比增长8.3%。",
              "（二）依申请公开。2021年，市政府本级新收政府信息公开申请412件，同比增长15.1%，加上上年结转的21件，合计需要"
              "办理433件。从申请渠道看，网上申请301件，信函申请77件，当面申请34件。申请人中自然人356件，占新收申请的86.4%；"
              "法人或其他组织56件。全年办结418件，其中予以公开187件、部分公开43件，分别占办结总数的44.7%和10.3%；不予公开"
              "26件，无法提供104件，不予处理31件，其他处理27件。另有15件结转下年度继续办理。不予公开的26件中，涉及第三方合法"
              "权益的9件，属于过程性信息的6件；无法提供的104件中，本机关不掌握相关政府信息的91件。",
              *MANAGEMENT,
              "（五）监督保障。本年度，市政府因政府信息公开被申请行政复议6件、被提起行政诉讼4件。复议案件中维持4件、纠正1件，"
              "尚有1件未审结；诉讼案件中法院判决维持3件，驳回起诉1件。政务公开工作纳入各部门年度绩效考核，全年组织社会评议"
              "两次，未发生需要责任追究的情形。"],
    t2=_t2((2, 1, 31), (18, 7, 164), 10342, 2315, 87, "1268.4"),
    t3=_t3((356, 38, 2, 4, 7, 5), (18, 2, 0, 0, 1, 0), {
        "granted": (160, 20, 1, 2, 3, 1), "partly": (36, 5, 0, 0, 2, 0),
        DENIED[0]: (1, 0, 0, 0, 0, 0), DENIED[1]: (2, 0, 0, 0, 0, 0), DENIED[3]: (7, 2, 0, 0, 0, 0),
        DENIED[4]: (5, 0, 0, 0, 0, 0), DENIED[5]: (5, 1, 0, 0, 0, 0), DENIED[6]: (1, 0, 0, 0, 0, 0),
        DENIED[7]: (2, 0, 0, 0, 0, 0),
        UNABLE[0]: (80, 8, 1, 1, 1, 0), UNABLE[1]: (8, 1, 0, 0, 0, 0), UNABLE[2]: (3, 0, 0, 0, 0, 1),
        NOT_HANDLED[0]: (17, 1, 0, 0, 0, 0), NOT_HANDLED[1]: (8, 0, 0, 0, 0, 0), NOT_HANDLED[2]: (2, 0, 0, 0, 0, 0),
        NOT_HANDLED[3]: (1, 0, 0, 0, 0, 0), NOT_HANDLED[4]: (2, 0, 0, 0, 0, 0),
        OTHER_2021[0]: (14, 1, 0, 0, 0, 0), OTHER_2021[2]: (10, 1, 0, 1, 0, 0)}),
    t4=_t4((4, 1, 0, 1), (2, 0, 1, 0), (1, 0, 0, 0)))

#: A township with no application, review or suit, its counts in full-width digits.
TOWNSHIP = report(
    2021, "柳溪镇人民政府",
    overview=["（一）主动公开。镇政府通过村务公开栏和县政府门户网站的镇级专栏发布各类信息１２６条，其中惠农补贴发放信息"
              "４２条、低保和特困供养信息３０条。本年度作出行政处罚决定６件，全部按规定公开。",
              "（二）依申请公开。本年度镇政府未收到政府信息公开申请，也没有上年结转的申请，无办理结果，无结转下年度的申请。"
              "上一年度收到的２件申请已在当年全部办结。",
              *MANAGEMENT,
              "（五）监督保障。镇纪委把公开栏的更新情况列入日常监督，全年未因政府信息公开被申请行政复议或被提起行政诉讼。"
              "公开工作的考核结果计入各村年度考核，年底请村民代表进行社会评议，没有责任追究的情况。"],
    t2=_t2((0, 0, 0), (0, 0, 0), 0, 6, 0, "0"),
    t3=_t3((0,) * 6, (0,) * 6, {}),
    t4=_t4((0,) * 4, (0,) * 4, (0,) * 4))

#: A department with many reviews and suits, their outcomes told with 分别 and the tables in prose.
DEPARTMENT = report(
    2021, "东澜市自然资源和规划局",
    overview=["（一）主动公开。本年度制发行政规范性文件5件，废止2件，现行有效23件。全年作出行政许可决定1876件、行政处罚决定"
              "143件、行政强制决定12件，均按“双公示”要求在七个工作日内上网公开。",
              "（二）依申请公开。本年度新收政府信息公开申请96件，上年结转7件，合计103件；办结99件，结转下年度4件。从表三看，"
              "办理结果中予以公开32件，部分公开13件，不予公开15件（其中涉及第三方合法权益4件、属于过程性信息5件），"
              "无法提供22件，不予处理11件，其他处理6件。上年结转的7件已全部办结。新收申请中，自然人71件，商业企业19件，法律"
              "服务机构4件，社会公益组织和其他各1件。",
              *MANAGEMENT,
              "（五）监督保障。本年度因政府信息公开被申请行政复议14件、被提起行政诉讼11件，分别维持9件和7件，分别纠正3件和"
              "1件。复议案件中其他结果1件，尚未审结1件；诉讼案件中，未经复议直接起诉8件，复议后起诉3件，尚未审结2件。"],
    t2=_t2((0, 0, 0), (5, 2, 23), 1876, 143, 12, "356.7"),
    t3=_t3((71, 19, 0, 1, 4, 1), (6, 1, 0, 0, 0, 0), {
        "granted": (23, 8, 0, 0, 1, 0), "partly": (8, 4, 0, 0, 1, 0),
        DENIED[1]: (1, 0, 0, 0, 0, 0), DENIED[2]: (1, 0, 0, 0, 0, 0), DENIED[3]: (3, 1, 0, 0, 0, 0),
        DENIED[4]: (1, 0, 0, 0, 0, 0), DENIED[5]: (4, 1, 0, 0, 0, 0), DENIED[6]: (1, 0, 0, 0, 0, 0),
        DENIED[7]: (2, 0, 0, 0, 0, 0),
        UNABLE[0]: (14, 3, 0, 1, 1, 0), UNABLE[1]: (2, 0, 0, 0, 0, 0), UNABLE[2]: (1, 0, 0, 0, 0, 0),
        NOT_HANDLED[0]: (6, 1, 0, 0, 0, 0), NOT_HANDLED[1]: (3, 0, 0, 0, 0, 0), NOT_HANDLED[3]: (1, 0, 0, 0, 0, 0),
        OTHER_2021[0]: (3, 0, 0, 0, 0, 0), OTHER_2021[2]: (2, 0, 0, 0, 0, 1)}),
    t4=_t4((9, 3, 1, 1), (5, 1, 1, 1), (2, 0, 0, 1)))

#: A bureau that charged a fee, with reviews and suits on other matters than disclosure too.
FEES = report(
    2021, "临河县市场监督管理局",
    overview=["（一）主动公开。本年度制发行政规范性文件1件，现行有效6件。全年作出行政许可决定2410件、行政处罚决定318件、"
              "行政强制决定25件；收取行政事业性收费23.6万元，收费项目和标准在网站上常年公示。",
              "（二）依申请公开。全年受理政府信息公开申请30件（含上年结转2件），办结28件，结转下年度2件。对其中2件需要复制"
              "大量档案的申请，按规定发出信息处理费收费通知，1件申请人按期缴费，1件逾期未缴、不再处理，共收取信息处理费"
              "120元。",
              *MANAGEMENT,
              "（五）监督保障。本年度本局被申请行政复议9件，其中涉及政府信息公开的2件，维持、纠正各1件；被提起行政诉讼3件，"
              "其中2件涉及行政处罚，另1件涉及政府信息公开，尚未审结。"],
    t2=_t2((0, 0, 0), (1, 0, 6), 2410, 318, 25, "23.6"),
    t3=_t3((19, 7, 0, 0, 1, 1), (2, 0, 0, 0, 0, 0), {
        "granted": (9, 3, 0, 0, 1, 0), "partly": (3, 1, 0, 0, 0, 0),
        DENIED[3]: (1, 1, 0, 0, 0, 0), DENIED[5]: (1, 0, 0, 0, 0, 0), UNABLE[0]: (4, 1, 0, 0, 0, 0),
        NOT_HANDLED[0]: (1, 0, 0, 0, 0, 0), OTHER_2021[0]: (1, 0, 0, 0, 0, 0), OTHER_2021[1]: (0, 1, 0, 0, 0, 0)}),
    t4=_t4((1, 1, 0, 0), (0, 0, 0, 1), (0, 0, 0, 0)),
    other=["本年度依据《政府信息公开信息处理费管理办法》发出收费通知2件，通知收取信息处理费共计240元，实际收取120元。"])

REPORTS = {"县统计局": COUNTY, "市政府": CITY, "镇政府": TOWNSHIP, "复议诉讼多的部门": DEPARTMENT, "收费的局": FEES}

#: Three figures of each report's narrative changed: (the right words, the wrong ones) in part 一.
CHANGES = {
    "县统计局": [("行政处罚决定十四件", "行政处罚决定十五件"), ("自然人提出二件", "自然人提出一件"), ("予以公开二件", "予以公开一件")],
    "市政府": [("占新收申请的86.4%", "占新收申请的84.6%"), ("部分公开43件", "部分公开34件"), ("被申请行政复议6件", "被申请行政复议7件")],
    "镇政府": [("行政处罚决定６件", "行政处罚决定８件"), ("未收到政府信息公开申请", "收到政府信息公开申请１件"),
            ("全年未因政府信息公开被申请行政复议", "全年因政府信息公开被申请行政复议１件")],
    "复议诉讼多的部门": [("分别维持9件和7件", "分别维持9件和6件"), ("涉及第三方合法权益4件", "涉及第三方合法权益3件"),
                 ("商业企业19件", "商业企业17件")],
    "收费的局": [("行政处罚决定318件", "行政处罚决定381件"), ("涉及政府信息公开的2件", "涉及政府信息公开的3件"),
             ("行政事业性收费23.6万元", "行政事业性收费32.6万元")],
}


def _changed(r: dict, changes: list[tuple[str, str]]) -> dict:
    """``r`` with each of ``changes`` made in the one paragraph of part 一 that has its right words."""
    r = copy.deepcopy(r)
    for right, wrong in changes:
        [i] = [i for i, p in enumerate(r["overview"]) if right in p]
        r["overview"][i] = r["overview"][i].replace(right, wrong)
    return r


def _cite(cell: str) -> str:
    return f"，或把数字写成引用【{cell}】，由 reportkit 填入表中的数（R9）"


#: Each changed report's R9 findings: (the message of ``reportkit validate`` on its imported data file, the words it
#: points at).
FOUND = {
    "县统计局": [
        ("正文写的是“作出行政处罚决定十五件”，而表二“行政处罚”的处理决定数量为 14：请改正其中一处"
         + _cite("表二：administrative_penalty.decisions"), "十五件，"),
        ("正文写的是“自然人提出一件”，而表三“一、本年新收政府信息公开申请数量”中“自然人”为 2：请改正其中一处"
         + _cite("表三：new_received.natural_person"), "一件、企业"),
        ("正文写的是“予以公开一件”，而表三“（一）予以公开”的总计为 2：请改正其中一处" + _cite("表三：results.granted.total"),
         "一件；另有")],
    "市政府": [
        ("正文写的是“自然人356件，占新收申请的84.6%”，而 356 件占表三“一、本年新收政府信息公开申请数量”的总计 412 件的 86.4%"
         + FIX, "356件，占新收申请的84.6%"),
        ("正文写的是“部分公开34件”，而表三“（二）部分公开”的总计为 43：请改正其中一处" + _cite("表三：results.partly_granted.total"),
         "34件，分别"),
        ("正文写的是“被申请行政复议7件”，而表四“行政复议”的总计为 6：请改正其中一处" + _cite("表四：reconsideration.total"),
         "7件、被提起")],
    "镇政府": [
        ("正文写的是“作出行政处罚决定８件”，而表二“行政处罚”的处理决定数量为 6：请改正其中一处"
         + _cite("表二：administrative_penalty.decisions"), "８件，"),
        ("正文写的是“收到政府信息公开申请１件”，而表三“一、本年新收政府信息公开申请数量”的总计为 0：请改正其中一处"
         + _cite("表三：new_received.total"), "１件，也没有"),
        ("正文写的是“被申请行政复议１件”，而表四“行政复议”的总计为 0：请改正其中一处" + _cite("表四：reconsideration.total"),
         "１件或")],
    "复议诉讼多的部门": [
        ("正文写的是“涉及第三方合法权益3件”，而表三“（三）不予公开”中“4.保护第三方合法权益”的总计为 4：请改正其中一处"
         + _cite("表三：results.denied.third_party_rights.total"), "3件、属于过程性信息"),
        ("正文写的是“商业企业17件”，而表三“一、本年新收”中“商业企业”为 19，连同“二、上年结转”为 20" + FIX, "17件，法律"),
        ("正文写的是“分别维持9件和6件”，即行政诉讼的“结果维持” 6 件，而表四两类“行政诉讼”的“结果维持”之和为 7" + FIX,
         "6件，分别纠正")],
    "收费的局": [
        ("正文写的是“作出行政许可决定2410件、行政处罚决定381件”，而表二“行政处罚”的处理决定数量为 318：请改正其中一处"
         + _cite("表二：administrative_penalty.decisions"), "381件、"),
        ("正文写的是“行政事业性收费32.6万元”，而表二“行政事业性收费”的本年收费金额为 23.6 万元：请改正其中一处"
         + _cite("表二：administrative_fees.amount"), "32.6万元"),
        ("正文写的是“被申请行政复议9件，其中涉及政府信息公开的3件”，而表四“行政复议”的总计为 2：请改正其中一处"
         + _cite("表四：reconsideration.total"), "3件，维持")],
}
_LINE = re.compile(r"^(?P<file>.+\.yaml):(?P<line>\d+):(?P<col>\d+): warning: (?P<message>.+（R9）)$", re.M)


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> dict[str, dict]:
    """Each report as published (its page) and changed: ``reportkit check``'s rows on both, and ``reportkit validate``'s
    R9 lines on the changed one imported, with the words each points at."""
    out = {}
    for name, r in REPORTS.items():
        folder = tmp_path_factory.mktemp("report")
        (folder / "right").mkdir()
        (folder / "wrong").mkdir()
        page = web_page(_changed(r, CHANGES[name]), folder / "wrong" / "report.html")
        data = folder / "wrong" / "report.yaml"
        assert CliRunner().invoke(cli, ["import", str(page), "-o", str(data)]).exit_code == 0
        validated = CliRunner().invoke(cli, ["validate", str(data)])
        lines = data.read_text(encoding="utf-8").splitlines()
        out[name] = {
            "right": check(folder / "right", web_page(r, folder / "right" / "report.html")),
            "wrong": check(folder / "wrong", page),
            "validated": [(f["file"], f["message"], lines[int(f["line"]) - 1][int(f["col"]) - 1:])
                          for f in _LINE.finditer(validated.output)],
            "data": str(data), "exit": validated.exit_code}
    return out


@pytest.mark.parametrize("name", REPORTS)
def test_a_whole_report_that_agrees_with_its_tables_has_no_finding(checked, name):
    """Each of the five reports as published: no finding at all (the department's and the fee-charging bureau's gave
    false R9 findings before: outcomes told with 分别, suits on another matter with the rest after 另)."""
    assert [row for row in checked[name]["right"] if row[1] != "note"] == OK


@pytest.mark.parametrize("name", REPORTS)
def test_each_changed_figure_is_found_at_its_line_and_column(checked, name):
    """Three figures changed in a report: three R9 warnings, each at the changed figure of the imported data file (its
    line and column) with the right figure of the table; ``reportkit check`` on the page finds the same three."""
    found = checked[name]
    assert [(message, at[:len(piece)]) for (_file, message, at), (_m, piece) in zip(found["validated"], FOUND[name])] \
        == FOUND[name] and len(found["validated"]) == 3
    assert {file for file, _m, _at in found["validated"]} == {found["data"]} and found["exit"] == 0
    assert [(rule, message) for _place, _severity, rule, message in found["wrong"] if rule == "R9"] == [
        ("R9", re.sub("，或把数字写成引用【.*】，由 reportkit 填入表中的数（R9）$", "（R9）", message))
        for message, _piece in FOUND[name]]


# The readings the reports above needed, on test_check_published's tables (55 new: 自然人 43; 4 carried over; 54
# closed: 予以公开 22, 部分公开 6; 表二 行政处罚 96; 表四 行政复议 3: 维持 2, 纠正 1; 行政诉讼 2: 维持 1, 尚未审结 1).
LISTED = "本年度发生政府信息公开行政复议3件、行政诉讼2件，"
UPHELD = {"行政复议": ("表四“行政复议”的“结果维持”", 2), "行政诉讼": ("表四两类“行政诉讼”的“结果维持”之和", 1)}
CORRECTED = {"行政复议": ("表四“行政复议”的“结果纠正”", 1), "行政诉讼": ("表四两类“行政诉讼”的“结果纠正”之和", 0)}
CLOSED = "正文写的是“办结{}件”，而表三“三、本年度办理结果（七）总计”为 54：请改正其中一处" + _cite("表三：results.total.total")
NATURAL = "正文写的是“自然人40件”，而表三“一、本年新收”中“自然人”为 43，连同“二、上年结转”为 46" + FIX


def _each(said: str, kind: str, stated: int, cells: dict) -> str:
    """R9's finding on one outcome of each kind told with 分别 after both counts (“分别维持2件和1件”)."""
    cell, figure = cells[kind]
    label = cell.split("的")[-1].removesuffix("之和")
    return f"正文写的是“{said}”，即{kind}的{label} {stated} 件，而{cell}为 {figure}" + FIX


#: (paragraph on 依申请公开 after its heading, R9's findings as (message, the words from the figure it points at)).
READINGS = {
    # outcomes with 分别 after both counts: the first figure the reviews', the second the suits' (were not read)
    "分别维持，都对": (f"{LISTED}分别维持2件和1件。", []),
    "分别维持，复议的错": (f"{LISTED}分别维持1件和1件。", [(_each("分别维持1件和1件", "行政复议", 1, UPHELD), "1件和1件。")]),
    "分别维持，诉讼的错": (f"{LISTED}分别维持2件和2件。", [(_each("分别维持2件和2件", "行政诉讼", 2, UPHELD), "2件。")]),
    "分别纠正，都错": (f"{LISTED}分别纠正0件和1件。", [(_each("分别纠正0件和1件", "行政复议", 0, CORRECTED), "0件和1件。"),
                                             (_each("分别纠正0件和1件", "行政诉讼", 1, CORRECTED), "1件。")]),
    "各维持，复议的错": (f"{LISTED}各维持1件。", [(_each("各维持1件", "行政复议", 1, UPHELD), "1件。")]),
    "分别有几件维持，诉讼的错": ("本年度被申请行政复议3件、被提起行政诉讼2件，分别有2件和2件维持原行政行为。", [
        (_each("分别有2件和2件维持原行政行为", "行政诉讼", 2, UPHELD), "2件维持")]),
    # “维持2件” was read as the suits'
    "结果分别为，都对": ("本年度被申请行政复议3件，被提起行政诉讼2件，结果分别为维持2件和维持1件。", []),
    # after 被提起…，其中分别…: the first figure was read as the suits'
    "被提起之后其中分别": ("本年度被申请行政复议3件，被提起行政诉讼2件，其中分别维持二件、二件。",
                  [(_each("其中分别维持二件、二件", "行政诉讼", 2, UPHELD), "二件。")]),
    # closed after the channels told alone: of the applications they name (was the year's (七)总计 always)
    "渠道之后办结，渠道是一部分": ("网上申请20件，信函申请10件，办结30件。", []),
    "渠道之后办结，渠道是全部新收": ("网上申请40件，信函申请15件，办结50件。", []),
    "渠道之后办结，办结多于新收能办结的": ("网上申请40件，信函申请15件，办结44件。", [(CLOSED.format(44), "44件。")]),
    "渠道之后另一句的办结": ("网上申请20件，信函申请10件。全年办结30件。", [(CLOSED.format(30), "30件。")]),
    # results after a count said to be all closed, as many as (七)总计: the year's (were taken as some applications')
    "均已办结之后的结果": ("全年共收到政府信息公开申请五十五件。五十四件申请均在法定期限内办结：予以公开二十件；另有一件已转办。", [
        ("正文写的是“予以公开二十件”，而表三“（一）予以公开”的总计为 22：请改正其中一处" + _cite("表三：results.granted.total"),
         "二十件；")]),
    "均已办结之后的第二项结果": ("五十四件申请均已办结：予以公开二十二件，部分公开五件。", [
        ("正文写的是“部分公开五件”，而表三“（二）部分公开”的总计为 6：请改正其中一处" + _cite("表三：results.partly_granted.total"),
         "五件。")]),
    "一部分申请均已办结之后的结果": ("网上申请5件，5件申请均已办结：予以公开3件。", []),
    # applicants opening a sentence after “申请人中”, “新收申请中” (were not read)
    "申请人中": ("本年度新收申请55件。申请人中自然人40件。", [(NATURAL, "40件。")]),
    "新收申请中": ("本年度新收申请55件。新收申请中，自然人40件。", [(NATURAL, "40件。")]),
    # suits of which some are on another matter, the rest on disclosure after 另 (the count of all was compared)
    "另几件涉及政府信息公开，对": ("本年度被提起行政诉讼3件，其中1件涉及行政处罚，另2件涉及政府信息公开。", []),
    "另几件涉及政府信息公开，错": ("本年度被提起行政诉讼3件，其中2件涉及行政处罚，另1件涉及政府信息公开。", [
        ("正文写的是“被提起行政诉讼3件，其中2件涉及行政处罚，另1件”，而表四两类“行政诉讼”的总计之和为 2" + FIX,
         "1件涉及政府信息公开。")]),
}


@pytest.fixture(scope="module")
def readings(tmp_path_factory) -> dict[str, list[tuple[str, str]]]:
    texts = [text for text, _found in READINGS.values()]
    return dict(zip(READINGS, _r9(tmp_path_factory.mktemp("readings"), texts)))


@pytest.mark.parametrize("name", READINGS)
def test_the_readings_the_whole_reports_needed(readings, name):
    expected = READINGS[name][1]
    assert [(message, at[:len(piece)]) for (message, at), (_m, piece) in zip(readings[name], expected)] == expected
    assert len(readings[name]) == len(expected)


def test_a_decision_in_the_middle_of_a_list_of_decisions(tmp_path):
    """“作出行政许可决定412件、行政处罚决定95件、行政强制决定5件”: the middle one is read (was not: the 、 after its figure
    was taken for a result joined to another)."""
    listed = "（一）主动公开。全年作出行政许可决定412件、行政处罚决定{}件、行政强制决定5件。"
    assert _active(tmp_path, [listed.format(95), listed.format(96)]) == [[(
        "正文写的是“作出行政许可决定412件、行政处罚决定95件”，而表二“行政处罚”的处理决定数量为 96：请改正其中一处"
        + _cite("表二：administrative_penalty.decisions"), "95件、行政强制决定5件。")], []]
