"""The tables of a report's text as a PDF reader copies it (cells parted by spaces), where the copy broke a row:
a row label wrapped onto the next line, 2019's 本年增/减 cells (+16, 增1, -2), a row that lost its blank cells.
Each is read where no figure can stand in a wrong column, else its cells are placeholders naming why."""
from __future__ import annotations

import pytest

from _import_helpers import import_text

#: Table 三's rows of the 2021 edition as a PDF copy prints them: a group's label on its first row's line.
_ROWS_2021 = ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果 （一）予以公开",
              "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开 1.属于国家秘密", "2.其他法律行政法规禁止公开",
              "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
              "7.属于行政执法案卷", "8.属于行政查询事项", "（四）无法提供 1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作",
              "3.补正后申请内容仍不明确", "（五）不予处理 1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物",
              "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
              "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
              "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（七）总计",
              "四、结转下年度继续办理"]
#: Figures of the rows that are not all 0: 本年新收 14 = 结果 13 + 结转 1.
_FIGURES = {0: "10 3 0 0 1 0 14", 2: "5 2 0 0 0 0 7", 3: "2 0 0 0 1 0 3", 12: "1 1 0 0 0 0 2",
            20: "1 0 0 0 0 0 1", 23: "9 3 0 0 1 0 13", 24: "1 0 0 0 0 0 1"}


def _report(rows: list[str], year: int = 2024, two: list[str] | None = None) -> str:
    """A report's text as a PDF reader copies it, table 三's ``rows`` as given (table 二 ``two`` instead of 2021's)."""
    two = two or ["第二十条第（一）项", "信息内容 本年制发件数 本年废止件数 现行有效件数", "规章 0 0 0",
                  "行政规范性文件 4 1 9", "第二十条第（五）项", "信息内容 本年处理决定数量", "行政许可 52",
                  "第二十条第（六）项", "信息内容 本年处理决定数量", "行政处罚 8", "行政强制 0", "第二十条第（八）项",
                  "信息内容 本年收费金额（单位：万元）", "行政事业性收费 1.2"]
    return "\n".join([
        f"某县农业农村局{year}年政府信息公开工作年度报告", "一、总体情况", "本局依法做好政府信息公开，全年运行平稳。",
        "二、主动公开政府信息情况", *two,
        "三、收到和处理政府信息公开申请情况", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        "申请人情况", "自然人 法人或其他组织 总计", "商业企业 科研机构 社会公益组织 法律服务机构 其他", *rows,
        "四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼",
        "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉",
        "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计",
        "0 0 0 1 1 0 0 0 0 0 0 0 0 0 0",
        "五、存在的主要问题及改进情况", "个别栏目更新偏慢，下一年度将按月核查。", "六、其他需要报告的事项", "无。",
        "", "某县农业农村局", f"{year + 1}年1月20日", ""])


def _rows(**changed: str) -> list[str]:
    """Table 三's lines, a row label and its figures a line each, ``changed`` (row index as r<N>) replacing some."""
    lines = [f"{label} {_FIGURES.get(i, '0 0 0 0 0 0 0')}" for i, label in enumerate(_ROWS_2021)]
    for key, text in changed.items():
        lines[int(key[1:])] = text
    return lines


def _three(tmp_path, rows: list[str], **kwargs):
    result, data = import_text(tmp_path, "copy.txt", _report(rows, **kwargs))
    return result, data["tables"]["applications"]


def test_a_whole_pdf_copy_reads_every_row(tmp_path):
    """The layout the cases below break: each row on one line reads as it is."""
    result, three = _three(tmp_path, _rows())
    assert three["new_received"] == {"natural_person": 10, "commercial_enterprise": 3, "research_institution": 0,
                                     "public_welfare_organization": 0, "legal_service_agency": 1, "other": 0,
                                     "total": 14}
    assert three["results"]["other_handling"]["overdue_correction"]["natural_person"] == 1
    assert not [f for f in result.findings if "表三" in f.message]


@pytest.mark.parametrize("lines", [
    ["（二）部分公开（区分处理的，只计这一情形，", "不计其他情形） 2 0 0 0 1 0 3"],  # head, then tail with figures
    ["（二）部分公开（区分处理的，只计这一情形， 2 0 0 0 1 0 3", "不计其他情形）"],  # figures with the head
    ["（二）部分公开（区分处理的，只计这一情形，", "2 0 0 0 1 0 3", "不计其他情形）"],  # figures between the halves
    ["（二）部分公开（区分", "处理的，只计这一", "情形，不计其他情形） 2 0 0 0 1 0 3"],  # three lines
], ids=["before", "after", "between", "three-lines"])
def test_a_row_label_wrapped_onto_other_lines_is_one_row(tmp_path, lines):
    """A long row label wraps in its cell and the copy gives each of its lines a line of its own, the figures on one
    of them. It was text (the rows after it a table of their own, 表三 “没有找到”, its figures placeholders); the
    parts joined are the format's label and the figures fit it: one row, read."""
    rows = _rows()
    result, three = _three(tmp_path, rows[:3] + lines + rows[4:])
    assert three["results"]["partly_granted"] == {"natural_person": 2, "commercial_enterprise": 0,
                                                  "research_institution": 0, "public_welfare_organization": 0,
                                                  "legal_service_agency": 1, "other": 0, "total": 3}
    assert three["results"]["granted"]["total"] == 7 and three["carried_forward"]["total"] == 1
    assert three["results"]["total"]["total"] == 13
    assert not [f for f in result.findings if "表三" in f.message or "部分公开" in f.message]


def test_a_wrapped_label_under_its_groups_label_keeps_the_group(tmp_path):
    """（六）其他处理's first row label wraps: the group's label and the first part share a line."""
    rows = _rows()
    wrapped = ["（六）其他处理 1.申请人无正当理由逾期不补正、", "行政机关不再处理其政府信息公开申请 1 0 0 0 0 0 1"]
    result, three = _three(tmp_path, rows[:20] + wrapped + rows[21:])
    assert three["results"]["other_handling"]["overdue_correction"] == {
        "natural_person": 1, "commercial_enterprise": 0, "research_institution": 0, "public_welfare_organization": 0,
        "legal_service_agency": 0, "other": 0, "total": 1}
    assert not [f for f in result.findings if "表三" in f.message]


def test_wrapped_parts_that_join_to_no_label_are_no_row_and_the_table_goes_on(tmp_path):
    """The other side: parts that together are no row's label (a clause of it missing) make no row read: its
    figures go nowhere else and the finding names the label as printed. The rows after it still read (they were cut
    off into a table of no kind, every row below a placeholder)."""
    rows = _rows()
    result, three = _three(tmp_path, rows[:3] + ["（二）部分公开（区分处理的，", "不计其他情形） 2 0 0 0 1 0 3"] + rows[4:])
    assert all("请填写" in str(value) for value in three["results"]["partly_granted"].values())
    assert [f for f in result.findings if "“（二）部分公开（区分处理的，不计其他情形）”不是2021版表三的行" in f.message]
    assert three["results"]["denied"]["state_secret"]["total"] == 0 and three["carried_forward"]["total"] == 1
    assert three["results"]["total"]["total"] == 13
    assert not [f for f in result.findings if "这个表格不是" in f.message]


_TWO_2019 = ["第二十条第（一）项", "信息内容 本年新制作数量 本年新公开数量 对外公开总数量", "规章 0 0 0",
             "规范性文件 3 3 11", "第二十条第（五）项", "信息内容 上一年项目数量 本年增/减 处理决定数量",
             "行政许可 64 +6 815", "其他对外管理服务事项 9 -2 33", "第二十条第（六）项",
             "信息内容 上一年项目数量 本年增/减 处理决定数量", "行政处罚 41 增3 120", "行政强制 5 0 7",
             "第二十条第（八）项", "信息内容 上一年项目数量 本年增/减", "行政事业性收费 4 减1",
             "第二十条第（九）项", "信息内容 采购项目数量 采购总金额", "政府集中采购 6 88.5"]


def test_2019_change_cells_with_a_sign_are_read(tmp_path):
    """Table 二 of the 2019 edition has a 本年增/减 column, printed +6, -2, 增3, 减1: such a row was text (a sign was
    no figure of a copy's row), its figures placeholders. A sign is read in that column."""
    rows_2019 = [row for i, row in enumerate(_rows()) if i not in (21, 22)]
    rows_2019[20] = "（六）其他处理 1 0 0 0 0 0 1"
    result, data = import_text(tmp_path, "copy.txt", _report(rows_2019, year=2020, two=_TWO_2019))
    two = data["tables"]["active_disclosure"]
    assert two["administrative_licensing"] == {"previous_year": 64, "change": 6, "decisions": 815}
    assert two["other_services"] == {"previous_year": 9, "change": -2, "decisions": 33}
    assert two["administrative_penalty"] == {"previous_year": 41, "change": 3, "decisions": 120}
    assert two["administrative_coercion"] == {"previous_year": 5, "change": 0, "decisions": 7}
    assert two["administrative_fees"] == {"previous_year": 4, "change": -1}
    assert two["normative_documents"] == {"newly_made": 3, "newly_published": 3, "total_published": 11}
    # 采购总金额 88.5 has no unit in its head or its cell: the one finding of table 二 asks for it, at its row
    [said] = [f for f in result.findings if "表二" in f.message]
    assert said.message.startswith("表二“政府集中采购”“采购总金额”为 88.5，原文没有写单位")
    assert "元还是万元" in said.message and said.place == f"第 {_TWO_2019.index('政府集中采购 6 88.5') + 5} 行"
    assert two["government_procurement"]["amount"] == 88.5 and "请填写" in two["government_procurement"]["unit"]


def test_a_sign_outside_the_change_column_is_placeholders_naming_why(tmp_path):
    """A sign where a count stands (+64 上一年项目数量) is not read into that column: the row's cells are
    placeholders saying where a sign belongs, and the row after it still reads (it was taken into this text)."""
    two = [line.replace("行政许可 64 +6 815", "行政许可 +64 6 815") for line in _TWO_2019]
    rows_2019 = [row for i, row in enumerate(_rows()) if i not in (21, 22)]
    rows_2019[20] = "（六）其他处理 1 0 0 0 0 0 1"
    result, data = import_text(tmp_path, "copy.txt", _report(rows_2019, year=2020, two=two))
    licensing = data["tables"]["active_disclosure"]["administrative_licensing"]
    assert all("请填写" in str(value) for value in licensing.values())
    found = [f.message for f in result.findings if "行政许可" in f.message]
    assert found and all("只能在“本年增/减”一格" in message for message in found)
    assert data["tables"]["active_disclosure"]["other_services"] == {"previous_year": 9, "change": -2, "decisions": 33}


def test_a_row_of_zeros_that_lost_its_blank_cells_is_read_as_zeros(tmp_path):
    """A row printing 0 in some cells and nothing in others: the copy leaves the blanks out (0 0 0 for seven cells),
    or a row printed blank is its label alone. Wherever the blanks were, every cell is 0 or blank: read as the
    mapper reads a row of 0 printed blank (0, with its finding), not text that parts table 三."""
    result, three = _three(tmp_path, _rows(r13="2.没有现成信息需要另行制作 0 0 0", r14="3.补正后申请内容仍不明确",
                                          r15="（五）不予处理 1.信访举报投诉类申请"))
    zeros = dict.fromkeys(three["new_received"], 0)
    assert three["results"]["unable_to_provide"]["needs_creation"] == zeros
    assert three["results"]["unable_to_provide"]["still_unclear"] == zeros
    assert three["results"]["not_processed"]["petition_complaint"] == zeros and three["results"]["total"]["total"] == 13
    found = [f.message for f in result.findings if "按 0 导入" in f.message]
    assert found and all(label in found[0] for label in ("2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
                                                         "1.信访举报投诉类申请"))
    assert not [f for f in result.findings if "请填写" in f.message or "没有找到" in f.message]


def test_a_row_that_lost_a_blank_cell_beside_figures_is_placeholders_naming_why(tmp_path):
    """Six figures for seven cells, not all 0: the blank might have been any of them, so the row's cells are
    placeholders whose finding says the copy lost a blank cell; the rows after it still read (they were cut off
    into a table of no kind, 表三 “没有找到”)."""
    result, three = _three(tmp_path, _rows(r0="一、本年新收政府信息公开申请数量 10 3 1 0 14"))
    assert all("请填写" in str(value) for value in three["new_received"].values())
    found = [f.message for f in result.findings if "一、本年新收政府信息公开申请数量" in f.message]
    assert found and all("有 5 个数字" in message and "空白格在复制时丢了" in message for message in found)
    assert three["carried_forward"]["total"] == 1 and three["results"]["granted"]["natural_person"] == 5
    assert three["results"]["total"]["total"] == 13
    assert not [f for f in result.findings if "没有找到" in f.message]
