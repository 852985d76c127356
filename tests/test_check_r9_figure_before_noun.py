"""``reportkit check``: R9 on a figure before its noun (“新收49件政府信息公开申请”, “其中24件予以公开”), on
a part of the organ (局机关, 二级单位, 某某科) and on the outcomes of reviews and suits told in prose; the message on a count
that takes in last year's carried over; and ten self-written published reports (a township, a street office, a
department with 二级单位, a 2020 report on the 2019 tables, a development zone's PDF, tables published as pictures, a
department's and its whole system's 表三, percentages, outcomes of reviews and suits, fees). The sentences are written
for these tests; the tables are examples/sample-2021.yaml's (48 new, 4 carried over, 48 done, 4 carried forward,
24 予以公开, 5 部分公开, 2 不予公开; 复议 4: 2 维持, 1 纠正, 1 尚未审结; 诉讼 3: 2 维持, 1 尚未审结; 37 处罚决定, 2 规范性文件)
and :mod:`test_check_published`'s (55 new, 4 carried over, 54 done, 22 予以公开, 6 部分公开, 8 不予公开; 复议 3:
2 维持, 1 纠正; 诉讼 2: 1 维持, 1 尚未审结)."""
from __future__ import annotations

import re
import shutil

import pytest

from test_check_published import OK, applications, check, docx_file, report, table_three, web_page
from test_check_r9_other_times import copied_text
from test_citations_wordings import NEW, r9

# R9 on the sample ---------------------------------------------------------------------------------------------------
#: The figure before its noun, wrong: (sentence, the words the warning quotes, the cell and its value). None read before.
FIGURE_FIRST = {
    "新收N件申请": ("本年度新收49件政府信息公开申请。", "新收49件政府信息公开申请", NEW),
    "新收N件": ("新收49件，上年结转4件，办结48件。", "新收49件", NEW),
    "受理N件申请": ("共受理50件政府信息公开申请。", "受理50件政府信息公开申请", NEW),
    "N件予以公开": ("其中25件予以公开，5件部分公开，2件不予公开。", "25件予以公开", "表三“（一）予以公开”的总计为 24"),
    "顿号列举的N件不予公开": ("其中24件予以公开、5件部分公开、3件不予公开。", "3件不予公开", "表三“（三）不予公开”各项之和为 2"),
    "作出N件处罚决定": ("依法作出36件行政处罚决定。", "作出36件行政处罚决定", "表二“行政处罚”的处理决定数量为 37"),
    "制发N件规范性文件": ("制发3件行政规范性文件。", "制发3件行政规范性文件", "表二“（行政）规范性文件”的本年制发"),
}


@pytest.mark.parametrize("name", FIGURE_FIRST)
def test_a_figure_before_its_noun_is_compared(name):
    sentence, said, cell = FIGURE_FIRST[name]
    [(message, there)] = r9(sentence)
    assert message.startswith(f"正文写的是“{said}”，而{cell}")
    assert "请改正其中一处" in message
    assert there.startswith(re.search(r"\d+件", said).group())


#: Sentences that agree, or whose figure is no table's; the parts of the organ and 全系统 warned before.
AGREE = {
    "新收N件申请": "本年度新收48件政府信息公开申请。",
    "N件予以公开的列举": "其中24件予以公开，5件部分公开，2件不予公开。",
    "两项合起来": "其中29件予以公开或部分公开。",
    "N件不予公开的答复": "申请人对3件不予公开的答复不服，提出了复议。",
    "理由在前的N件不予公开": "因涉及商业秘密，1件不予公开。",
    "处罚案件不是处罚决定": "全年办理行政处罚案件49件。",
    "上年结转的N件予以公开": "上年结转的4件申请，3件予以公开。",
    # parts of the organ: the tables may be the whole organ's or that part's
    "局机关和二级单位": "局机关新收政府信息公开申请30件，二级单位新收政府信息公开申请18件。",
    "局机关和二级单位的N件": "局机关新收30件，不动产登记中心等二级单位新收18件。",
    "某某办公室": "县政府办公室受理政府信息公开申请12件。",
    "某某科": "法规科作出行政处罚决定12件。",
    "全系统": "全系统（含局属各学校）共收到政府信息公开申请165件。",
    # outcomes told in prose, as in 表四
    "复议诉讼结果": "因政府信息公开被申请行政复议4件，复议机关维持2件、纠正1件，1件尚未审结；被提起行政诉讼3件，"
              "判决维持2件，1件尚未审结。",
    "结果写在数字后": "被提起行政诉讼3件，2件均已判决维持，1件正在审理。",
}


@pytest.mark.parametrize("name", AGREE)
def test_a_figure_that_agrees_or_is_a_part_s_is_not_warned_about(name):
    assert r9(AGREE[name]) == []


def test_the_whole_organ_s_figure_beside_its_parts_is_compared():
    """“本局共新收…49件，其中局机关…” : the parts are not compared, the whole is."""
    [(message, there)] = r9("本局共新收政府信息公开申请49件，其中局机关新收30件，二级单位新收19件。")
    assert message.startswith(f"正文写的是“新收政府信息公开申请49件”，而{NEW}")
    assert there.startswith("49件")


def test_an_office_s_own_name_is_no_part_of_it():
    """In 某县人民政府办公室's report, “县政府办公室受理…” is the agency itself: compared."""
    [(message, _there)] = r9("县政府办公室受理政府信息公开申请50件。", agency="某县人民政府办公室")
    assert message.startswith(f"正文写的是“受理政府信息公开申请50件”，而{NEW}")


#: Outcomes told after the count that differ from 表四: (sentence, the words quoted, the cell and its value).
OUTCOMES = {
    "复议维持": ("被申请行政复议4件，维持3件，纠正1件。", "维持3件", "表四“行政复议”的“结果维持”为 2"),
    "诉讼纠正": ("被提起行政诉讼3件，判决维持2件，撤销1件。", "撤销1件", "表四两类“行政诉讼”的“结果纠正”之和为 0"),
    "诉讼维持在数字后": ("被提起行政诉讼3件，3件均已判决维持。", "3件均已判决维持", "表四两类“行政诉讼”的“结果维持”之和为 2"),
}


@pytest.mark.parametrize("name", OUTCOMES)
def test_an_outcome_told_in_prose_is_compared_with_table_four(name):
    sentence, said, cell = OUTCOMES[name]
    [(message, there)] = r9(sentence)
    assert message.startswith(f"正文写的是“{said}”，而{cell}：请改正其中一处")
    assert there.startswith(re.search(r"\d+件", said).group())


def test_outcomes_end_where_another_proceeding_begins():
    """The suits' “维持” is not the reviews': “被申请行政复议4件，维持2件；被提起行政诉讼3件，维持2件” agrees."""
    assert r9("被申请行政复议4件，维持2件，纠正1件；被提起行政诉讼3件，维持2件。") == []


def test_a_count_with_last_year_s_in_it_names_the_two_cells_and_cites_neither():
    [(message, _there)] = r9("本年度受理政府信息公开申请（含上年结转申请）55件。")
    assert "表三“一、本年新收政府信息公开申请数量”与“二、上年结转政府信息公开申请数量”的总计之和为 52" in message
    assert "【表三：new_received.total】" not in message


# Published reports --------------------------------------------------------------------------------------------------
def _report(year: int, agency: str, text: str, **parts) -> dict:
    r = report(year, agency, **parts)
    r["overview"][1] = text
    return r


def pictures(r: dict, path):
    """``r`` as a web page whose three tables are pictures."""
    web_page(r, path)
    n = iter(range(1, 4))
    path.write_text(re.sub(r"<table>.*?</table>", lambda m: f'<p><img src="/xxgk/ndbg/b{next(n)}.png" alt=""></p>',
                           path.read_text(encoding="utf-8")), encoding="utf-8")
    return path


def _system_table(r: dict, path, *, first: bool):
    """``r`` as a web page with the whole system's 表三 (each figure thrice the department's), said so in the paragraph
    before it, after the department's (or before it: ``first``)."""
    web_page(r, path)
    t3 = applications("2021")
    system = "<p>全系统（含局属各单位）收到和处理政府信息公开申请情况如下：</p>" + table_three(
        "2021", {row: [v * 3 for v in values] for row, values in t3.items()})
    page = path.read_text(encoding="utf-8")
    own = table_three("2021", t3)
    path.write_text(page.replace(own, system + "<p>本局机关：</p>" + own if first else own + system), encoding="utf-8")
    return path


def system_after(r, path):
    return _system_table(r, path, first=False)


def system_first(r, path):
    return _system_table(r, path, first=True)


def pdf_file(r: dict, path):
    """``r`` as the PDF LibreOffice makes of its DOCX (its table 三's head “商业企业” wraps in its cell)."""
    from docx_pages import docx_to_pdf
    from reportkit.plugins import load_plugins

    if not shutil.which("soffice"):
        pytest.skip("no LibreOffice")
    return docx_to_pdf(docx_file(r, path.with_suffix(".docx")), load_plugins().registry.fonts, path.parent / "pdf")


SUFFIX = {web_page: "html", pictures: "html", system_after: "html", system_first: "html", docx_file: "docx",
          copied_text: "txt", pdf_file: "pdf"}
ZONE = ("（二）依申请公开。管委会全年收到政府信息公开申请55件，比上年的47件增加8件，同比增长17.0%；其中涉及企业入驻和"
        "土地出让的29件。办结54件，办结率91.5%，5件结转下年度继续办理。经济发展局、规划建设局等内设机构不单独受理申请。")
CORRECT = {
    "乡镇：N件予以公开": (web_page, lambda: _report(2022, "柳溪镇人民政府", (
        "（二）依申请公开。全年镇政府新收政府信息公开申请55件，多数涉及宅基地审批和征地补偿；加上上年结转的4件，共需办理"
        "59件。已办结54件，其中22件予以公开，6件部分公开，8件不予公开，其余为无法提供、不予处理或其他处理；另有5件"
        "结转下年度继续办理。各村委会收到的村务公开申请不计入本报告。"))),
    "有二级单位的部门": (web_page, lambda: _report(2021, "安平县自然资源局", (
        "（二）依申请公开。全局共新收政府信息公开申请55件，其中局机关新收38件，不动产登记中心等二级单位新收17件；"
        "上年结转4件，全年办结54件。局机关受理的申请，由政策法规股统一登记，承办股室拟办，分管领导审核后答复。"))),
    "开发区管委会 DOCX": (docx_file, lambda: _report(2024, "安平经济技术开发区管理委员会", ZONE)),
    "开发区管委会 PDF": (pdf_file, lambda: _report(2024, "安平经济技术开发区管理委员会", ZONE)),
    "部门和全系统两张表三": (system_after, lambda: _report(2021, "安平县教育局", (
        "（二）依申请公开。本局机关新收政府信息公开申请55件，办结54件；全系统（含局属各学校）共收到政府信息公开申请165件。"))),
    "全系统的表三在前": (system_first, lambda: _report(2021, "安平县教育局", (
        "（二）依申请公开。本局机关新收政府信息公开申请55件，办结54件；全系统（含局属各学校）共收到政府信息公开申请165件。"))),
    "正文写信息处理费": (web_page, lambda: _report(2021, "安平县住房保障中心", (
        "（二）依申请公开。全年收到政府信息公开申请55件。有2件申请要求复制大量历年档案图纸，我们依照收费办法向申请人发出了"
        "收费通知，申请人按期缴纳后均已提供。"), other=["本年度向2名申请人发出信息处理费收费通知，收取信息处理费共计380元。",
                                             "本年度无其他需要报告的事项。"])),
}


@pytest.mark.parametrize("name", CORRECT)
def test_a_correct_published_report_is_ok(tmp_path, name):
    write, make = CORRECT[name]
    rows = check(tmp_path, write(make(), tmp_path / f"report.{SUFFIX[write]}"))
    assert [r for r in rows if r[1] != "note"] == OK


def test_the_whole_system_s_table_is_noted_not_imported(tmp_path):
    """Which 表三 was compared with the text, and why the other was not, is said in a note where the other stands."""
    for write, place in ((system_after, "第 3 个表格"), (system_first, "第 2 个表格")):
        _make = CORRECT["部门和全系统两张表三"][1]
        [(at, message)] = [(r[0], r[3]) for r in check(tmp_path, write(_make(), tmp_path / "r.html"))
                           if r[2] == "import-tables"]
        assert at == place and "“全系统”的，未导入" in message


#: (write, report, the place of the one warning, the words it quotes, the cell and its value).
PLANTED = {
    # the paragraphs before the planted one: a web page's menu, title and date line, the preamble, part 一's heading and
    # first paragraph (第 7 段); a DOCX's title, preamble, heading and first paragraph (第 5 段)
    "街道：新收N件申请": (docx_file, lambda: _report(2023, "青石街道办事处", (
        "（二）依申请公开。本年度街道新收57件政府信息公开申请，主要涉及老旧小区改造和拆迁安置，由党政综合办公室登记后转"
        "承办科室办理，全部在法定期限内答复。")), "第 5 段", "新收57件政府信息公开申请",
        "表三“一、本年新收政府信息公开申请数量”的总计为 55"),
    "2020 年度的处罚决定": (web_page, lambda: _report(2020, "安平县市场监督管理局", (
        "（二）依申请公开。全年收到政府信息公开申请55件，办结54件。执法信息方面，依法作出行政处罚决定90件，全部在作出"
        "决定之日起二十个工作日内公开。")), "第 7 段", "作出行政处罚决定90件", "表二“行政处罚”的处理决定数量为 88"),
    "百分比旁的办结数": (copied_text, lambda: _report(2022, "安平县卫生健康局", (
        "（二）依申请公开。新收政府信息公开申请55件，比上年增长14.6%，网上申请占80.0%；办结53件，按期答复率100%，"
        "予以公开和部分公开的占办结总数的51.9%。行政复议纠错率33.3%，比上年下降16.7个百分点。")), None, "办结53件",
        "表三“三、本年度办理结果（七）总计”为 54"),
    "诉讼结果": (web_page, lambda: _report(2021, "安平县人力资源和社会保障局", (
        "（二）依申请公开。全年收到政府信息公开申请55件。因政府信息公开被申请行政复议3件，复议机关维持2件、纠正1件；"
        "被提起行政诉讼2件，2件均已判决维持原答复。")), "第 7 段", "2件均已判决维持原答复",
        "表四两类“行政诉讼”的“结果维持”之和为 1"),
}


@pytest.mark.parametrize("name", PLANTED)
def test_a_planted_error_is_found_once_at_its_place(tmp_path, name):
    write, make, place, said, cell = PLANTED[name]
    path = write(make(), tmp_path / f"report.{SUFFIX[write]}")
    [(where, severity, rule, message)] = [r for r in check(tmp_path, path) if r[1] != "note"]
    assert (severity, rule) == ("warning", "R9")
    assert message.startswith(f"正文写的是“{said}”，而{cell}：请改正其中一处")
    if place is None:  # copied text: the line holding the figure
        line = int(re.fullmatch(r"第 (\d+) 行", where).group(1))
        assert said in path.read_text(encoding="utf-8").splitlines()[line - 1]
    else:
        assert where == place


def test_tables_published_as_pictures_are_said_to_be_unchecked(tmp_path):
    """The reviewer is told the tables are pictures and nothing of them was compared, not how to fill a data file."""
    r = _report(2021, "安平县文化和旅游局", "（二）依申请公开。全年收到政府信息公开申请56件，均在法定期限内答复。")
    [(place, severity, rule, message)] = [row for row in check(tmp_path, pictures(r, tmp_path / "r.html"))
                                          if row[1] != "note"]
    assert (severity, rule) == ("warning", "import-tables")
    assert message.startswith("没有找到表二、表三、表四：正文里有 3 张图片")
    assert "都未核对" in message and "数据文件" not in message
