"""A text copy that keeps the page's layout with runs of blanks (pdftotext -layout, a PDF reader's 另存为文本): a
table's cells parted by blanks, a head cell's text broken into pieces over lines beside the other cells' pieces, a
row label wrapped around its figures' line, a group's label in pieces beside the rows, page breaks (form feed) and
page numbers among the lines, a paragraph's lines wrapped at the page's left edge. Tables 二 to 四 read to their
figures, the paragraphs are whole, and a piece no cell takes is a finding at its line."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import import_text, imported

PLUGINS = load_plugins()

#: A made-up county office's report of 2024 as such a copy gives it (the 2021 edition's tables).
_LAYOUT = """\
              某县林业局
      2024 年政府信息公开工作年度报告

  一、总体情况
  本局今年把林长制、防火和林地审批的信息放在网站专栏首页，
按月更新，群众查询更方便了。
  二、主动公开政府信息情况
                   第二十条第（一）项
    信息内容        本年制发件数              本年废止件数              现行有效件数
     规章              0                     0              0
   行政规范性文件           3                     0              7
                   第二十条第（五）项
    信息内容                        本年处理决定数量
    行政许可                               64
                   第二十条第（六）项
    信息内容                        本年处理决定数量
    行政处罚                               12
    行政强制                            2（均为扣押）
                   第二十条第（八）项
    信息内容                      本年收费金额（单位：万元）
   行政事业性收费                           0


                                          —1—
\f  三、收到和处理政府信息公开申请情况
                                           申请人情况
                                       法人或其他组织
（本列数据的勾稽关系为：第一项加第二
 项之和，等于第三项加第四项之和）        自然                    社会   法律
                               商业    科研                       总计
                          人                    公益   服务   其他
                               企业    机构
                                               组织   机构
一、本年新收政府信息公开申请数量         15     4      0        0   1     0   20
二、上年结转政府信息公开申请数量         2      0      0        0   0     0   2
   （一）予以公开               8      2      0        0   1     0   11
   （二）部分公开（区分处理的，只
                         3      0      0        0   0     0   3
三、 计这一情形，不计其他情形）
本年     1.属于国家秘密          0      0      0        0   0     0   0
度办
理结 （三） 2.其他法律行政法规禁止      0      0      0        0   0     0   0
 果 不予公 公开
    开  3.危及“三安全一稳定”      0      0      0        0   0     0   0
       4.保护第三方合法权益       1      0      0        0   0     0   1
         5.属于三类内部事务信息   0    0    0     0     0   0    0
         6.属于四类过程性信息    0    0    0     0     0   0    0
         7.属于行政执法案卷     0    0    0     0     0   0    0
         8.属于行政查询事项     0    0    0     0     0   0    0
         1.本机关不掌握相关政府
                        4    1    0     0     0   0    5
         信息
     （四）
         2.没有现成信息需要另行
     无法提                1    0    0     0     0   0    1
         制作
      供
         3.补正后申请内容仍不明
                        0    0    0     0     0   0    0
         确


                                                          —2—
\f        1.信访举报投诉类申请    1    0    0     0     0   0    1
         2.重复申请         0    0    0     0     0   0    0
     （五） 3.要求提供公开出版物    0    0    0     0     0   0    0
     不予处 4.无正当理由大量反复申
      理                 0    0    0     0     0   0    0
         请
         5.要求行政机关确认或重
                        0    0    0     0     0   0    0
         新出具已获取信息
         1.申请人无正当理由逾期
         不补正、行政机关不再处    0    0    0     0     0   0    0
         理其政府信息公开申请
     （六）
         2.申请人逾期未按收费通
     其他处
         知要求缴纳费用、行政机
      理                 0    0    0     0     0   0    0
         关不再处理其政府信息公
         开申请
         3.其他           0    0    0     0     0   0    0
     （七）总计              17   3    0     0     1   0    21
四、结转下年度继续办理             0    1    0     0     0   0    1
    四、政府信息公开行政复议、行政诉讼情况
         行政复议                            行政诉讼
                  未经复议直接起诉        复议后起诉
结果 结果 其他 尚未
            总计 结果 结果 其他 尚未    结果 结果 其他 尚未
维持 纠正 结果 审结                总计             总计
               维持 纠正 结果 审结    维持 纠正 结果 审结
1    0    0     1   2   0   0   0   1    1     0   0   0   0   0
    五、存在的主要问题及改进情况
    个别股室报送信息不够及时，下一年度将把报送情况纳入月度
通报。
    六、其他需要报告的事项
    本年度未收取信息处理费。


                                        某县林业局
                                             2025 年 1 月 20 日
"""


def _three_row(three: dict, *keys: str) -> list:
    """Table 三's row at ``keys`` as its seven figures, in the format's order."""
    row = three
    for key in keys:
        row = row[key]
    return [row[column] for column in ("natural_person", "commercial_enterprise", "research_institution",
                                        "public_welfare_organization", "legal_service_agency", "other", "total")]


def test_a_layout_copy_reads_every_table(tmp_path):
    """The head of table 三 in pieces (自然 / 人, 社会 / 公益 / 组织) and table 四's (结果 / 维持), row labels wrapped
    above and below their figures, the groups' labels in pieces beside them, a page break inside table 三: every figure
    is read into its row and column. Before, 表三 and 表四 were “没有找到” and their cells placeholders."""
    result, data = import_text(tmp_path, "layout.txt", _LAYOUT)
    tables = data["tables"]
    three = tables["applications"]
    assert _three_row(three, "new_received") == [15, 4, 0, 0, 1, 0, 20]
    assert _three_row(three, "results", "partly_granted") == [3, 0, 0, 0, 0, 0, 3]
    assert _three_row(three, "results", "denied", "third_party_rights") == [1, 0, 0, 0, 0, 0, 1]
    assert _three_row(three, "results", "unable_to_provide", "no_such_information") == [4, 1, 0, 0, 0, 0, 5]
    assert _three_row(three, "results", "unable_to_provide", "needs_creation") == [1, 0, 0, 0, 0, 0, 1]
    assert _three_row(three, "results", "not_processed", "petition_complaint") == [1, 0, 0, 0, 0, 0, 1]
    assert _three_row(three, "results", "other_handling", "overdue_fee") == [0] * 7
    assert _three_row(three, "results", "total") == [17, 3, 0, 0, 1, 0, 21]
    assert _three_row(three, "carried_forward") == [0, 1, 0, 0, 0, 0, 1]
    review = tables["review_litigation"]
    assert review["reconsideration"] == {"upheld": 1, "corrected": 0, "other": 0, "pending": 1, "total": 2}
    assert review["litigation_direct"] == {"upheld": 0, "corrected": 0, "other": 0, "pending": 1, "total": 1}
    two = tables["active_disclosure"]
    assert two["normative_documents"] == {"issued": 3, "repealed": 0, "in_force": 7}
    assert two["administrative_coercion"]["decisions"] == {"value": 2, "note": "均为扣押"}
    assert "【请填写" not in yaml.safe_dump(tables, allow_unicode=True)
    assert not [f.message for f in result.findings if "表三" in f.message or "表四" in f.message]


def test_a_layout_copy_s_paragraphs_are_whole(tmp_path):
    """A paragraph's lines after its first start at the page's left edge: they go on with it (before, each was a
    paragraph of its own). A page's number between pages is named at its line, the form feed starting a page counting
    no line (before, it did, and the findings named the lines after it one too far): —1— as one between paragraphs,
    —2— as one in table 三, which goes on past it (before, it too was said to stand between two paragraphs)."""
    result, data = import_text(tmp_path, "layout.txt", _LAYOUT)
    assert data["sections"]["overview"] == ["本局今年把林长制、防火和林地审批的信息放在网站专栏首页，按月更新，群众查询更方便了。"]
    assert data["sections"]["problems"] == ["个别股室报送信息不够及时，下一年度将把报送情况纳入月度通报。"]
    lines = [line.strip() for line in _LAYOUT.split("\n")]
    pages = [(f.place, f.message) for f in result.findings if "“—1—”" in f.message or "“—2—”" in f.message]
    assert pages == [
        (f"第 {lines.index('—1—') + 1} 行", "页码“—1—”未导入（打印或导出的页面在两段之间留下的页码）"),
        (f"第 {lines.index('—2—') + 1} 行", "表格中间的“—2—”未导入（复制时夹进表格的页码或网页的按钮、页脚），表格照常接着读")]


def test_a_piece_no_cell_takes_is_a_finding_at_its_line(tmp_path):
    """A word among table 三's pieces that neither a row's label nor a group's takes is no cell's: it is left out of
    the row, in a finding at its line, and the row's figures are still read."""
    text = _LAYOUT.replace("   （二）部分公开（区分处理的，只", "乙  （二）部分公开（区分处理的，只")
    result, data = import_text(tmp_path, "layout.txt", text)
    number = text.split("\n").index("乙  （二）部分公开（区分处理的，只") + 1
    assert _three_row(data["tables"]["applications"], "results", "partly_granted") == [3, 0, 0, 0, 0, 0, 3]
    assert [f.message for f in result.findings if "拼不进" in f.message] == [
        "按版式复制的表格里的“乙”拼不进哪一格，未导入：请对照原件核对这一行的表格"]
    assert [f.place for f in result.findings if "拼不进" in f.message] == [f"第 {number} 行"]


def test_a_row_of_0_printed_with_blank_cells_is_read_as_0(tmp_path):
    """A row of table 三 printed with some cells 0 and the others blank (3.危及“三安全一稳定”: 0 in three of its seven
    cells, the piece 开 of its group's label before it) is a row of 0s, in the one finding that names the rows printed
    blank, as a copy in reading order and a PDF's are; its label and 0s were “拼不进哪一格” and its cells placeholders."""
    row = "3.危及“三安全一稳定”"
    line = next(line for line in _LAYOUT.split("\n") if row in line)
    label, zeros = line.split(row)
    blank = list(zeros)
    for n, k in enumerate(k for k, c in enumerate(zeros) if c == "0"):
        if n not in (0, 3, 6):
            blank[k] = " "
    text = _LAYOUT.replace(line, f"{label}{row}{''.join(blank)}")
    assert text != _LAYOUT
    result, data = import_text(tmp_path, "layout.txt", text)
    assert _three_row(data["tables"]["applications"], "results", "denied", "safety_stability") == [0] * 7
    assert not [f.message for f in result.findings if "拼不进" in f.message]
    assert [f.message for f in result.findings if "整行空白" in f.message and f"“{row}”" in f.message]


_ATTACHMENT = """
\f附件


      2024 年林业信息公开重点工作完成情况

     各项重点工作的完成情况见下表。
序号             工作任务               责任股室    完成情况
1            林长制公示牌信息更新              林政股    已完成
     森林防火期内每日在门户网站发布火险等级预报，并
2                                  防火办   已完成
     同步推送到乡镇工作群
3           林木采伐许可办事指南            行政审批股 持续推进


                                          —4—
"""


def test_an_attachment_s_table_in_a_layout_copy_is_a_table(tmp_path):
    """An attachment's own table: a row a line, its cells parted by runs of blanks, or by one where the copy set two
    cells close (行政审批股 持续推进); a cell's text broken over the lines above and below the row's other cells is
    that cell, in its column. Before, each line was a paragraph of the attachment."""
    _, data = import_text(tmp_path, "layout.txt", _LAYOUT + _ATTACHMENT)
    attachment, = data["attachments"]
    assert attachment["title"] == "2024年林业信息公开重点工作完成情况"
    assert attachment["table"] == {"columns": ["序号", "工作任务", "责任股室", "完成情况"], "rows": [
        [1, "林长制公示牌信息更新", "林政股", "已完成"],
        [2, "森林防火期内每日在门户网站发布火险等级预报，并同步推送到乡镇工作群", "防火办", "已完成"],
        [3, "林木采伐许可办事指南", "行政审批股", "持续推进"]]}


def test_a_copy_in_reading_order_keeps_its_lines(tmp_path):
    """A copy in reading order (pdftotext without -layout) has page breaks but no indent: its lines are not joined as
    a layout copy's are (a line at the left edge there starts a paragraph as much as it goes on with one); its pages'
    numbers are named at their lines, a form feed counting none."""
    text = ("某县林业局\n2024年政府信息公开工作年度报告\n一、总体情况\n第一段写完了。\n第二段也写完了。\n—1—\n"
            "\f二、主动公开政府信息情况\n本年度主动公开信息 80 条。\n—2—\n\f三、收到和处理政府信息公开申请情况\n无。\n")
    result, data = import_text(tmp_path, "raw.txt", text)
    assert data["sections"]["overview"] == ["第一段写完了。", "第二段也写完了。"]
    assert [f.place for f in result.findings if f.message.startswith("页码")] == ["第 6 行", "第 9 行"]


def test_a_site_s_text_export_is_no_layout_copy(tmp_path):
    """A site's text export writes a paragraph a line, indented by blanks, and its contacts with runs of blanks
    between (电话：…  传真：…): no page's width wraps its lines, so it is no layout copy. A paragraph at the left edge
    after a long one stays a paragraph of its own, and the contacts' lines are no table."""
    long = "本年度我局按照年初制定的公开要点，逐月检查栏目更新情况，对更新不及时的股室当月通报并限期整改，全年共通报三次，整改完成。"
    text = ("    某县林业局2024年政府信息公开工作年度报告\n"
            "    一、总体情况\n"
            f"    {long}\n"
            "网站专栏全年新增栏目两个，分别公开林长制工作和森林防火信息。\n"
            "    二、主动公开政府信息情况\n"
            "    本年度主动公开各类信息 80 条。\n"
            "    三、收到和处理政府信息公开申请情况\n"
            "    本年度未收到申请。\n"
            "    六、其他需要报告的事项\n"
            "    联系电话：0000-1234567  传真：0000-7654321\n"
            "    地址：某县林业路1号  邮编：000000\n"
            "    网址：www.example.gov.cn  邮箱：lyj@example.gov.cn\n")
    _, data = import_text(tmp_path, "site.txt", text)
    assert data["sections"]["overview"] == [long, "网站专栏全年新增栏目两个，分别公开林长制工作和森林防火信息。"]
    other = data["sections"]["other"]
    assert not any(isinstance(item, dict) and "table" in item for item in other)
    assert "联系电话：0000-1234567 传真：0000-7654321" in other


def _flat(node, path=""):
    """The leaves of ``node`` by their path; a figure with its note as its value."""
    if isinstance(node, dict) and set(node) >= {"value"}:
        yield path, node["value"]
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _flat(value, f"{path}.{key}")
    else:
        yield path, node


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext (poppler-utils) installed")
@pytest.mark.parametrize("engine", ["pdf", "pdf-typst"])
@pytest.mark.parametrize("example", ["sample-2021", "xinzhou-2020"])
def test_a_rendered_report_read_back_from_pdftotext_layout(tmp_path, example_pdf, example, engine):
    """An example rendered to PDF and copied with ``pdftotext -layout`` imports to the example's figures, each one
    (a figure the example leaves out is 0; a total it leaves out is the sum), and its paragraphs."""
    source = Path("examples") / f"{example}.yaml"
    pdf = example_pdf(example, engine)
    copy = tmp_path / f"{example}.txt"
    subprocess.run(["pdftotext", "-layout", str(pdf), str(copy)], check=True)
    result = imported(copy, tmp_path, PLUGINS)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    want = yaml.safe_load(source.read_text(encoding="utf-8"))
    expected, got = dict(_flat(want["tables"])), dict(_flat(data["tables"]))
    assert {path: value for path, value in got.items() if path in expected or value != 0 and "total" not in path} \
        == expected
    assert all(value == 0 for path, value in got.items() if path not in expected and "total" not in path)
    assert data["sections"]["problems"][0]["content"] == want["sections"]["problems"][0]["content"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext (poppler-utils) installed")
@pytest.mark.parametrize("example", ["qiandongnan-2016", "mianyang-2009"])
def test_a_2008_report_read_back_from_pdftotext_layout(tmp_path, example_pdf, example):
    """A 2008-edition report's figures, in its sentences (环境质量信息 379 条: the blank the copy reads between a
    figure and a Chinese character is none) or in its table of categories (a row a line, cells parted by blanks), are
    read back from its ``pdftotext -layout`` copy as the example has them."""
    source = Path("examples") / f"{example}.yaml"
    pdf = example_pdf(example, "pdf")
    copy = tmp_path / f"{example}.txt"
    subprocess.run(["pdftotext", "-layout", str(pdf), str(copy)], check=True)
    data = yaml.safe_load(imported(copy, tmp_path, PLUGINS).target.read_text(encoding="utf-8"))
    want = yaml.safe_load(source.read_text(encoding="utf-8"))["sections"]["active_disclosure"]["figures"]
    got = data["sections"]["active_disclosure"]["figures"]
    assert got["categories"] == want["categories"]
    assert got["total"] == want["total"]
