"""Published 2021-format reports in forms real sites use, which import read wrongly: table 三's totals written
as 合计 (the head's column and the （七） row); a browser's copy of a table whose head cell holds a line break."""
from __future__ import annotations

from pathlib import Path


from reportkit.plugins import load_plugins

from _import_helpers import import_text, render_source

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")


def _table_three_with(html: str, word: str) -> str:
    """``html`` with 总计 written ``word`` in table 三 (its head's column and its （七） row), table 四 left as is."""
    start = html.rindex("<table", 0, html.index("申请人情况"))
    end = html.index("</table>", start)
    return html[:start] + html[start:end].replace("总计", word) + html[end:]


def test_table_three_whose_totals_are_written_heji_reads_as_with_zongji(tmp_path):
    """A site writes the 总计 column and the （七）总计 row as 合计: the column was “表头里没有这一列” and the row
    “不是2021版表三的行”, every total a placeholder. 合计 is read as 总计 there."""
    page = render_source(SAMPLE, "html", tmp_path, PLUGINS).read_text(encoding="utf-8")
    assert "（七）总计" in page
    _, official = import_text(tmp_path, "official.html", page)
    result, data = import_text(tmp_path, "heji.html", _table_three_with(page, "合计"))
    assert "（七）合计" in (tmp_path / "heji.html").read_text(encoding="utf-8")
    assert data["tables"]["applications"] == official["tables"]["applications"]
    assert data["tables"]["applications"]["new_received"]["total"] == 48
    assert not [f for f in result.findings if "合计" in f.message or "总计" in f.message]


def _sample_ending(tmp_path: Path, tail: str) -> str:
    page = render_source(SAMPLE, "html", tmp_path, PLUGINS).read_text(encoding="utf-8")
    return page[:page.index("<h2>六、其他需要报告的事项")] + tail + "</body></html>"


def test_a_date_without_its_day_is_the_dates_place_not_the_signature_or_text(tmp_path):
    """A page ending 某县自然资源局 / 2024年1月 (no day): the month line was read as a second 署名 line, and in a
    text file the organ and the month as part 六's text. It is the 成文日期's place: the organ is the 署名, the date
    a placeholder naming what the page printed, with a finding."""
    tail = "<h2>六、其他需要报告的事项</h2><p>本年度没有收取信息处理费。</p><p>某县水利局</p><p>2024年1月</p>"
    result, data = import_text(tmp_path, "r.html", _sample_ending(tmp_path, tail))
    assert data["signature"] == "某县水利局"
    assert data["sections"]["other"] == ["本年度没有收取信息处理费。"]
    assert "2024年1月" in data["date"] and "请填写" in data["date"]
    assert [f for f in result.findings if "成文日期“2024年1月”没有写日" in f.message]
    text = ("某县水利局2023年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息120条。\n"
            "六、其他需要报告的事项\n本年度没有收取信息处理费。\n\n某县水利局\n二〇二四年一月\n")
    result, data = import_text(tmp_path, "r.txt", text)
    assert data["sections"]["other"] == ["本年度没有收取信息处理费。"]
    assert data.get("signature", data["agency"]) == "某县水利局"
    assert "二〇二四年一月" in data["date"]
    assert [f for f in result.findings if "没有写日" in f.message]


_HEAD_BROKEN = """某县水利局2023年政府信息公开工作年度报告
一、总体情况
全年主动公开信息120条。
二、主动公开政府信息情况
第二十条第（一）项
信息内容\t本年制发件数\t本年废止件数\t现行有效件数
规章\t0\t0\t0
行政规范性文件\t2\t0\t7
第二十条第（五）项
信息内容\t本年处理决定数量
行政许可\t96
第二十条第（六）项
信息内容\t本年处理决定数量
行政处罚\t14
行政强制\t3
第二十条第（八）项
信息内容\t本年收费金额
（单位：万元）
行政事业性收费\t27.5
三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况
自然人\t法人或其他组织\t总计
商业企业\t科研机构\t社会公益组织\t法律服务
机构\t其他
一、本年新收政府信息公开申请数量\t9\t2\t0\t0\t1\t0\t12
二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1
"""


def test_a_copied_head_cell_holding_a_line_break_is_one_cell(tmp_path):
    """A browser's copy of a table whose head cell holds a <br>: 法律服务 / 机构⇥其他 made 机构 a column of its own
    (every row of table 三 was missing), and 本年收费金额 / （单位：万元） joined the unit to the next row's label
    (行政事业性收费 missing). A head's last cell and the next line's first make one cell when together they are a
    label of the format and apart they are not."""
    result, data = import_text(tmp_path, "r.txt", _HEAD_BROKEN)
    assert data["tables"]["active_disclosure"]["administrative_fees"]["amount"] == 27.5
    applications = data["tables"]["applications"]
    assert applications["new_received"] == {"natural_person": 9, "commercial_enterprise": 2, "research_institution": 0,
                                            "public_welfare_organization": 0, "legal_service_agency": 1, "other": 0,
                                            "total": 12}
    assert applications["carried_over"]["natural_person"] == 1
    assert not [f for f in result.findings if "没有“一、本年新收" in f.message or "行政事业性收费" in f.message]


_LABELS_THREE = ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果 （一）予以公开",
                 "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                 "（三）不予公开 1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                 "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
                 "（四）无法提供 1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
                 "（五）不予处理 1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                 "5.要求行政机关确认或重新出具已获取信息",
                 "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                 "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（七）总计",
                 "四、结转下年度继续办理"]


def _pdf_copy(first_row: str = "9 2 0 0 1 0 12") -> str:
    """A report's text as a PDF reader copies it: each table row a line, its cells parted by spaces."""
    figures = {0: first_row, 1: "1 0 0 0 0 0 1", 2: "6 1 0 0 1 0 8", 12: "3 1 0 0 0 0 4", 23: "9 2 0 0 1 0 12",
               24: "1 0 0 0 0 0 1"}
    rows = [f"{label} {figures.get(i, '0 0 0 0 0 0 0')}" for i, label in enumerate(_LABELS_THREE)]
    return "\n".join([
        "某县水利局2023年政府信息公开工作年度报告", "一、总体情况", "全年主动公开信息120条。",
        "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容 本年制发件数 本年废止件数 现行有效件数",
        "规章 0 0 0", "行政规范性文件 2 0 7", "第二十条第（五）项", "信息内容 本年处理决定数量", "行政许可 96",
        "第二十条第（六）项", "信息内容 本年处理决定数量", "行政处罚 14", "行政强制 3", "第二十条第（八）项",
        "信息内容 本年收费金额（单位：万元）", "行政事业性收费 27.5",
        "三、收到和处理政府信息公开申请情况", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        "申请人情况", "自然人 法人或其他组织 总计", "商业企业 科研机构 社会公益组织 法律服务机构 其他", *rows,
        "四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼",
        "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉",
        "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计",
        "1 0 0 1 2 0 0 0 1 1 0 0 0 0 0",
        "五、存在的主要问题及改进情况", "个别信息发布不够及时，将加强审核。", "六、其他需要报告的事项", "无。",
        "", "某县水利局", "2024年1月22日", ""])


def test_a_pdf_copy_whose_table_rows_are_figures_parted_by_spaces_is_read(tmp_path):
    """A PDF reader's copy prints each table row as its labels and figures parted by spaces (no tabs, no “|”): the
    tables were “没有找到” and the rows of table 三 taken for part headings. A row whose label is the format's and
    whose figures are as many as the table's columns is a row; so is a line of the head's labels, and table 四's
    line of 15 figures."""
    result, data = import_text(tmp_path, "r.txt", _pdf_copy())
    tables = data["tables"]
    assert tables["active_disclosure"]["normative_documents"] == {"issued": 2, "repealed": 0, "in_force": 7}
    assert tables["active_disclosure"]["administrative_licensing"] == {"decisions": 96}
    assert tables["active_disclosure"]["administrative_fees"] == {"amount": 27.5}
    applications = tables["applications"]
    assert applications["new_received"]["natural_person"] == 9 and applications["new_received"]["total"] == 12
    assert applications["results"]["granted"]["legal_service_agency"] == 1
    assert applications["results"]["unable_to_provide"]["no_such_information"]["commercial_enterprise"] == 1
    assert tables["review_litigation"]["reconsideration"] == {"upheld": 1, "corrected": 0, "other": 0, "pending": 1,
                                                             "total": 2}
    assert tables["review_litigation"]["litigation_direct"]["pending"] == 1
    assert not [f for f in result.findings if "没有找到表" in f.message or "六个部分之一" in f.message]
    assert "applications" not in data["sections"]  # the head's note and 申请人情况 are the table's, not text
    assert result.ok


def test_a_pdf_copys_row_short_of_figures_is_placeholders_not_figures_shifted(tmp_path):
    """The other side: a row that lost a blank cell (six figures for seven columns), or whose figure has a space
    in it (1 234), is no row read by place: its figures are placeholders with a finding, never in a wrong column."""
    result, data = import_text(tmp_path, "r.txt", _pdf_copy("9 2 0 1 0 12"))
    row = data["tables"]["applications"]["new_received"]
    assert all("请填写" in str(value) for value in row.values())
    assert [f for f in result.findings if "一、本年新收政府信息公开申请数量" in f.message]


def _pipe(rows: list[list[str]], width: int) -> list[str]:
    """``rows`` as a site's text export writes a table: a cell per line ending in " |", then what a row lacks."""
    lines = []
    for cells in rows:
        lines += [f"{cell} |" if cell else "|" for cell in cells]
        if width > len(cells):
            lines.append("|" * (width - len(cells)))
    return lines


def test_table_four_set_as_two_tables_side_by_side_in_a_text_export_is_read(tmp_path):
    """A page sets table 四 as two tables side by side (行政复议's five columns, 行政诉讼's ten); its text export
    writes one after the other. The 行政复议 caption was dropped without a word (the two tables were parted after
    its first row) and the figures were “表四应有一行 15 个数字，原文有 2 行数字”. Parted where the heads are,
    the 5 and the 10 figures are table 四's row in the official order."""
    outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    lines = ["某县水利局2023年政府信息公开工作年度报告", "一、总体情况", "全年主动公开信息120条。",
             "四、政府信息公开行政复议、行政诉讼情况",
             *_pipe([["行政复议"], outcomes, ["3", "1", "0", "0", "4"]], 5),
             *_pipe([["行政诉讼"], ["未经复议直接起诉", "复议后起诉"], outcomes * 2,
                     ["1", "0", "0", "1", "2", "0", "0", "0", "1", "1"]], 10),
             "五、存在的主要问题及改进情况", "个别信息发布不够及时，将加强审核。", "", "某县水利局", "2024年1月22日"]
    result, data = import_text(tmp_path, "r.txt", "\n".join(lines) + "\n")
    review = data["tables"]["review_litigation"]
    assert review["reconsideration"] == {"upheld": 3, "corrected": 1, "other": 0, "pending": 0, "total": 4}
    assert review["litigation_direct"] == {"upheld": 1, "corrected": 0, "other": 0, "pending": 1, "total": 2}
    assert review["litigation_after_reconsideration"] == {"upheld": 0, "corrected": 0, "other": 0, "pending": 1,
                                                         "total": 1}
    assert not [f for f in result.findings if "表四" in f.message]
