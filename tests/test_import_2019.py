"""Reports of the 2019 edition (国办公开办函〔2019〕60号) as sites published them, which import read wrongly: the unit
of 采购总金额 written in the table's head (采购总金额（万元）) and not in the cell, and a report whose table 二 is printed
in the other 2019+ edition's rows and columns (a 2020 report with the 2021 table, a 2021 report with the 2019 one)."""
from __future__ import annotations

import yaml

from reportkit.default_plugins.annual_report import tables

from _import_helpers import imported

#: Table 二 of the 2019 edition as a city bureau printed it: the amount's unit in the head, a sign on each change.
TABLE_TWO_2019 = [
    ["第二十条第（一）项"], ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
    ["规章", "0", "0", "0"], ["规范性文件", "3", "3", "41"],
    ["第二十条第（五）项"], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
    ["行政许可", "208", "+17", "225"], ["其他对外管理服务事项", "6", "-2", "4"],
    ["第二十条第（六）项"], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
    ["行政处罚", "31", "+5", "36"], ["行政强制", "2", "0", "2"],
    ["第二十条第（八）项"], ["信息内容", "上一年项目数量", "本年增/减"], ["行政事业性收费", "3", "-1"],
    ["第二十条第（九）项"], ["信息内容", "采购项目数量", "采购总金额（万元）"], ["政府集中采购", "12", "487.35"],
]
#: Table 二 of the 2021 edition.
TABLE_TWO_2021 = [
    ["第二十条第（一）项"], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
    ["规章", "0", "0", "0"], ["行政规范性文件", "4", "1", "19"],
    ["第二十条第（五）项"], ["信息内容", "本年处理决定数量"], ["行政许可", "0"],
    ["第二十条第（六）项"], ["信息内容", "本年处理决定数量"], ["行政处罚", "37"], ["行政强制", "0"],
    ["第二十条第（八）项"], ["信息内容", "本年收费金额（单位：万元）"], ["行政事业性收费", "0"],
]


def _table(rows: list[list[str]]) -> str:
    def row(cells):
        span = 4 - len(cells) + 1
        return "<tr>" + "".join(f"<td>{c}</td>" for c in cells[:-1]) + f'<td colspan="{span}">{cells[-1]}</td></tr>'
    return '<table border="1">' + "".join(row(r) for r in rows) + "</table>"


def _table_three(edition: str, figures: dict[tuple, int]) -> str:
    """Table 三 of ``edition``: 自然人 figures by row keys, every other cell 0."""
    head = ('<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
            '<td colspan="7">申请人情况</td></tr><tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td>'
            '<td rowspan="2">总计</td></tr><tr>' + "".join(f"<td>{c.label}</td>" for c in tables.ORGANISATIONS) + "</tr>")
    rows = []
    for keys, node in tables.application_rows(tables.EDITIONS[edition]):
        n = figures.get(keys, 0)
        labels = [f'<td colspan="{4 - len(keys)}">{node.label}</td>'] if len(keys) < 3 else [f"<td>{node.label}</td>"]
        if len(keys) == 3:
            labels.insert(0, "<td></td>")
        if len(keys) >= 2:
            labels.insert(0, "<td></td>")
        rows.append("<tr>" + "".join(labels) + f"<td>{n}</td>" + "<td>0</td>" * 5 + f"<td>{n}</td></tr>")
    return '<table border="1">' + head + "".join(rows) + "</table>"


def _page(year: int, table_two: list[list[str]], edition: str) -> str:
    """A bureau's report for ``year`` (own wording) with ``table_two`` and tables 三, 四 of ``edition``."""
    review = ('<table border="1"><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr><tr>'
              + "".join(f'<td rowspan="2">{o}</td>' for o in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"))
              + '<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr><tr>'
              + "".join(f"<td>{o}</td>" for o in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计") * 2)
              + "</tr><tr>" + "<td>0</td>" * 15 + "</tr></table>")
    other = (("results", "other_handling", "other") if edition == "2021" else ("results", "other_handling"))
    figures = {("new_received",): 6, ("results", "granted"): 5, other: 1, ("results", "total"): 6}
    return f"""<html><body><h1>某市林业局{year}年政府信息公开工作年度报告</h1>
<p>本报告按照条例的要求编写，所列数据的统计期限为{year}年1月1日至12月31日。</p>
<p>一、总体情况</p><p>本局把林地审批和护林防火信息作为公开重点，全年在网站发布信息420条。</p>
<p>二、主动公开政府信息情况</p>{_table(table_two)}
<p>三、收到和处理政府信息公开申请情况</p>{_table_three(edition, figures)}
<p>四、政府信息公开行政复议、行政诉讼情况</p>{review}
<p>五、存在的主要问题及改进情况</p><p>解读材料偏少，下一年随每份政策文件同步发布解读。</p>
<p>六、其他需要报告的事项</p><p>本年度没有其他需要报告的事项。</p>
<p style="text-align:right">某市林业局</p><p style="text-align:right">{year + 1}年1月20日</p></body></html>"""


def _import(tmp_path, html: str):
    source = tmp_path / "page.html"
    source.write_text(html, encoding="utf-8")
    result = imported(source, tmp_path)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


def test_the_unit_of_the_procurement_amount_in_the_head_is_the_amounts_unit(tmp_path):
    """采购总金额（万元） over a cell of 487.35: the amount is 487.35 万元. import left the cell a placeholder (the head
    was not 采购总金额, so 表头里没有这一列)."""
    result, data = _import(tmp_path, _page(2019, TABLE_TWO_2019, "2019"))
    procurement = data["tables"]["active_disclosure"]["government_procurement"]
    assert procurement == {"projects": 12, "amount": 487.35, "unit": "万元"}
    assert data["tables"]["active_disclosure"]["administrative_licensing"] == {
        "previous_year": 208, "change": 17, "decisions": 225}
    assert not [f for f in result.findings if "采购总金额" in f.message]


def test_a_unit_in_the_head_is_read_only_where_the_edition_lets_the_data_state_it(tmp_path):
    """A 2021 table's fee column in 元 (本年收费金额（元）), as some templates print it: read, converted to 万元."""
    rows = [r if r[-1:] != ["本年收费金额（单位：万元）"] else [r[0], "本年收费金额（元）"] for r in TABLE_TWO_2021]
    rows = [r if r[0] != "行政事业性收费" else [r[0], "12000"] for r in rows]
    result, data = _import(tmp_path, _page(2022, rows, "2021"))
    assert data["tables"]["active_disclosure"]["administrative_fees"]["amount"] == 1.2
    assert any("原文“12000”以元计，这一列以万元计，已换算为 1.2万元" in f.message for f in result.findings)


def test_a_2020_report_printed_with_the_2021_table_two_is_said_once(tmp_path):
    """A 2020 report (2019 edition) whose table 二 has the 2021 rows and columns: import named every cell of every
    row (表头里没有这一列, 20 messages) and never why. One message now says which edition the table is printed in and
    which the year takes; no figure of it is put in a cell of the other edition."""
    result, data = _import(tmp_path, _page(2020, TABLE_TWO_2021, "2021"))
    table_two = [f.message for f in result.findings if "表二" in f.message]
    assert len(table_two) == 1
    assert table_two[0].startswith("表二是按 2021 版（国办公开办函〔2021〕30号）的行和列印出的，2020 年度的报告用 2019 版")
    assert "（R12）" in table_two[0]
    cells = [v for row in data["tables"]["active_disclosure"].values() for v in row.values()]
    assert cells and all(isinstance(v, str) and v.startswith("【请填写") for v in cells)
    # table 三's （六） printed in three rows is one row in 2019: the figures are kept
    assert data["tables"]["applications"]["results"]["other_handling"]["natural_person"] == 1


def test_a_2021_report_printed_with_the_2019_table_two_is_said_once(tmp_path):
    result, data = _import(tmp_path, _page(2021, TABLE_TWO_2019, "2019"))
    table_two = [f.message for f in result.findings if "表二" in f.message]
    assert len(table_two) == 1 and table_two[0].startswith("表二是按 2019 版（国办公开办函〔2019〕60号）的行和列印出的")
    assert all(isinstance(v, str) for v in data["tables"]["active_disclosure"]["administrative_licensing"].values())
