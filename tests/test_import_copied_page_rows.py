"""Copies of a report's web page as reviewers save them (``reportkit check page.txt``), written for these tests: a
page's number or a site's buttons set among a table's rows, a table whose cells the copy ran together, part headings
worded otherwise than the format or run in before their text."""
from __future__ import annotations

import pytest
from test_import_copied_tables import _report, _rows

from _import_helpers import import_text

ZEROS = dict.fromkeys(["natural_person", "commercial_enterprise", "research_institution",
                       "public_welfare_organization", "legal_service_agency", "other", "total"], 0)


def _findings(result) -> list[str]:
    return [f.message for f in result.findings]


@pytest.mark.parametrize("junk", ["第 3 页 共 8 页", "第2页/共5页", "- 4 -", "【打印本页】【关闭窗口】"])
def test_a_page_number_among_a_tables_rows_is_left_out_and_the_table_goes_on(tmp_path, junk):
    """A copy of a paged report sets the page's number (or a site's buttons) between two rows of table 三: it was a
    paragraph that cut the table in two, the rows under it “这个表格不是表二、表三或表四” and each “没有…一行”."""
    rows = _rows()
    rows.insert(12, junk)  # over （四）无法提供's first row
    result, data = import_text(tmp_path, "copy.txt", _report(rows))
    three = data["tables"]["applications"]
    assert three["results"]["unable_to_provide"]["no_such_information"] == {
        "natural_person": 1, "commercial_enterprise": 1, "research_institution": 0, "public_welfare_organization": 0,
        "legal_service_agency": 0, "other": 0, "total": 2}
    assert three["results"]["total"]["total"] == 13 and three["carried_forward"]["total"] == 1
    assert not [m for m in _findings(result) if "表三" in m or "这个表格不是" in m]
    said = [m for m in _findings(result) if m.startswith(f"表格中间的“{junk}”未导入")]
    assert len(said) == 1 and "表格照常接着读" in said[0]


def test_a_sites_buttons_among_a_browser_copys_rows(tmp_path):
    """The same in a browser's copy, a row a line of cells parted by tabs."""
    rows = [row.replace(" ", "\t") for row in _rows()]
    rows = [row.replace("三、本年度办理结果\t", "三、本年度办理结果\t") for row in rows]
    rows.insert(8, "【打印】")
    result, data = import_text(tmp_path, "copy.txt", _report(rows))
    assert data["tables"]["applications"]["carried_forward"]["total"] == 1
    assert data["tables"]["applications"]["results"]["denied"]["internal_affairs"] == ZEROS
    assert [m for m in _findings(result) if "【打印】" in m] == ["表格中间的“【打印】”未导入（复制时夹进表格的页码或网页的按钮、页脚），表格照常接着读"]


def test_a_line_of_the_text_between_rows_still_ends_the_table(tmp_path):
    """Only a page's number or a site's buttons are left out: a sentence between two tables is the report's."""
    rows = _rows()
    rows.insert(12, "以上数据截至第 3 页所列日期。")
    result, _ = import_text(tmp_path, "copy.txt", _report(rows))
    assert not [m for m in _findings(result) if m.startswith("表格中间的")]
    assert [m for m in _findings(result) if "这个表格不是" in m]


@pytest.mark.parametrize("heading, key", [
    ("四、政府信息公开行政复议行政诉讼情况", "review_litigation"),
    ("五、政府信息公开工作存在的主要问题及改进措施", "problems"),
    ("五、存在的问题及改进情况", "problems"),
    ("六、其他需要报告事项", "other"),
])
def test_a_part_heading_worded_otherwise_is_that_part_with_a_note(tmp_path, heading, key):
    """A part whose heading leaves out a 、 or 的, or says 措施 for 情况, was “不是……六个部分之一”: its text went under
    part 六 as a subheading and the part itself was “没有找到”. It is the part, and a note names the wording."""
    official = {"review_litigation": "四、政府信息公开行政复议、行政诉讼情况", "problems": "五、存在的主要问题及改进情况",
                "other": "六、其他需要报告的事项"}[key]
    text = _report(_rows()).replace(official + "\n", heading + "\n")
    assert heading in text
    result, data = import_text(tmp_path, "copy.txt", text)
    messages = _findings(result)
    assert not [m for m in messages if "没有找到" in m or "六个部分之一" in m]
    assert [m for m in messages if m.startswith(f"部分标题“{heading}”与") and "措辞不同，已按这一部分导入" in m]
    if key == "problems":
        assert data["sections"]["problems"] == ["个别栏目更新偏慢，下一年度将按月核查。"]
    assert data["tables"]["review_litigation"]["reconsideration"]["pending"] == 1


def test_qita_written_with_the_other_ta_is_the_part(tmp_path):
    """其它 for 其他 (六、其它需要报告的事项, a column 其它) is the same word."""
    rows = _rows(r0="一、本年新收政府信息公开申请数量 10 3 0 0 0 1 14")  # 1 under 其它 alone
    text = _report(rows).replace("六、其他需要报告的事项", "六、其它需要报告的事项").replace(
        "商业企业 科研机构 社会公益组织 法律服务机构 其他", "商业企业 科研机构 社会公益组织 法律服务机构 其它")
    result, data = import_text(tmp_path, "copy.txt", text)
    assert not [m for m in _findings(result) if "其它" in m or "没有找到" in m]
    assert data["tables"]["applications"]["new_received"]["other"] == 1
    assert data["tables"]["applications"]["new_received"]["public_welfare_organization"] == 0


PAGE_2008 = """某县水务局2011年政府信息公开工作年度报告
本报告依照《中华人民共和国政府信息公开条例》编制。
一、概述
本局年初制定公开目录，由办公室统一审核后发布。
二、主动公开政府信息的情况：全年主动公开信息75条，其中工作动态40条。三、依申请公开政府信息的情况：全年收到申请4件，均已按时答复。四、政府信息公开的收费及减免情况：本年度未收取费用。五、因政府信息公开申请行政复议、提起行政诉讼的情况：本年度没有发生。
六、政府信息公开工作存在的主要问题及改进情况
信息更新不够及时，今后按周检查。
某县水务局
2012年3月10日
"""


def test_parts_run_in_one_paragraph_are_parts(tmp_path):
    """A short report's copy that runs 二、至五、 with their text into one paragraph: they were a paragraph of
    part 一, parts 二 to 五 not found and nothing said. Each is its part, its text under it."""
    result, data = import_text(tmp_path, "copy.txt", PAGE_2008)
    sections = data["sections"]
    assert sections["overview"]["content"] == ["本局年初制定公开目录，由办公室统一审核后发布。"]
    assert sections["active_disclosure"]["content"] == ["全年主动公开信息75条，其中工作动态40条。"]
    assert sections["active_disclosure"]["figures"] == {"total": 75}
    assert sections["applications"]["content"] == ["全年收到申请4件，均已按时答复。"]
    assert sections["fees"]["content"] == ["本年度未收取费用。"]
    assert sections["review_litigation"]["content"] == ["本年度没有发生。"]
    assert sections["problems"]["content"] == ["信息更新不够及时，今后按周检查。"]


def test_a_colon_inside_a_sentence_is_no_part(tmp_path):
    """Only a part's own title before the colon makes a heading: “二、……如下：” in a paragraph stays its text."""
    page = PAGE_2008.replace("本局年初制定公开目录，由办公室统一审核后发布。",
                             "本局年初制定公开目录。二、各股室分工如下：办公室统一审核后发布。")
    result, data = import_text(tmp_path, "copy.txt", page)
    assert data["sections"]["overview"]["content"] == ["本局年初制定公开目录。二、各股室分工如下：办公室统一审核后发布。"]


_RUN_TOGETHER = ["第二十条第（一）项", "信息内容本年制发件数本年废止件数现行有效件数", "规章002", "行政规范性文件3115",
                 "第二十条第（五）项", "信息内容本年处理决定数量", "行政许可128", "第二十条第（六）项", "信息内容本年处理决定数量",
                 "行政处罚46", "行政强制5", "第二十条第（八）项", "信息内容本年收费金额（单位：万元）", "行政事业性收费12.35"]


def test_a_table_whose_cells_the_copy_ran_together(tmp_path):
    """A page whose table 二 copies with no tab or space between cells (规章002): its lines were paragraphs of
    part 二 and “没有找到表二”. A row of one cell, or of as many digits as cells, is read; where a figure cannot be
    told from the next (3115 in three cells), each cell is a placeholder naming the figures, never a guess."""
    result, data = import_text(tmp_path, "copy.txt", _report(_rows(), two=_RUN_TOGETHER))
    two = data["tables"]["active_disclosure"]
    assert two["regulations"] == {"issued": 0, "repealed": 0, "in_force": 2}
    assert two["administrative_licensing"] == {"decisions": 128}
    assert two["administrative_penalty"] == {"decisions": 46} and two["administrative_coercion"] == {"decisions": 5}
    assert two["administrative_fees"]["amount"] in (12.35, "12.35")
    assert all(str(value).startswith("【请填写：") for value in two["normative_documents"].values())
    messages = _findings(result)
    assert not [m for m in messages if "没有找到表二" in m]
    said = [m for m in messages if m.startswith("表二“行政规范性文件”")]
    assert len(said) == 3 and all("格与格连在了一起：“3115”，应有 3 格，分不清各格的数字" in m for m in said)
    assert "active_disclosure" not in data["sections"]


def test_a_2019_row_ran_together_reads_by_its_head(tmp_path):
    """行政许可 has three cells in the 2019 table, one in 2021: the head over it tells which (one here)."""
    two = ["第二十条第（一）项", "信息内容 本年新制作数量 本年新公开数量 对外公开总数量", "规章 0 0 0", "规范性文件 1 1 6",
           "第二十条第（五）项", "信息内容上一年项目数量本年增/减处理决定数量", "行政许可90+2310", "其他对外管理服务事项000"]
    result, data = import_text(tmp_path, "copy.txt", _report(_rows(), year=2020, two=two))
    two_read = data["tables"]["active_disclosure"]
    assert two_read["other_services"] == {"previous_year": 0, "change": 0, "decisions": 0}
    assert all(str(value).startswith("【请填写：") for value in two_read["administrative_licensing"].values())
    assert [m for m in _findings(result) if "格与格连在了一起：“90+2310”，应有 3 格" in m]


def test_a_pdf_copys_head_with_the_amounts_unit(tmp_path):
    """采购总金额（万元）: a head's label with its unit is a head of a PDF copy's table too (it was a paragraph, and the
    row under it had no column 采购总金额)."""
    two = ["第二十条第（一）项", "信息内容 本年新制作数量 本年新公开数量 对外公开总数量", "规章 0 0 0", "规范性文件 1 1 6",
           "第二十条第（九）项", "信息内容 采购项目数量 采购总金额（万元）", "政府集中采购 4 87.5"]
    result, data = import_text(tmp_path, "copy.txt", _report(_rows(), year=2020, two=two))
    assert data["tables"]["active_disclosure"]["government_procurement"] == {"projects": 4, "amount": 87.5,
                                                                              "unit": "万元"}
    assert not [f for f in result.findings if "采购" in f.message]
