"""The annual-report block tree: numbering, exact table grids, labels, signature."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportkit.blocks import Heading, Paragraph, Signature, Source, Table, Title
from reportkit.default_plugins.annual_report import resolve_edition
from reportkit.default_plugins.annual_report.build import build
from reportkit.default_plugins.annual_report.model import report_model
from reportkit.load import load_file
from reportkit.numerals import chinese_numeral
from reportkit.outline import heading_number

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

LABELS_2021 = [
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "（一）予以公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
    "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
    "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
    "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "3.其他",
    "（七）总计",
    "四、结转下年度继续办理",
]


def grid(table: Table) -> dict[tuple[int, int], object]:
    """Place every cell on the grid; fail on overlaps, holes or rows wider or narrower than ``widths``."""
    width, placed = len(table.widths), {}
    for r, row in enumerate(table.rows):
        c = 0
        for cell in row:
            while (r, c) in placed:
                c += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    assert (r + dr, c + dc) not in placed, f"overlap at {(r + dr, c + dc)}"
                    placed[(r + dr, c + dc)] = cell
            c += cell.colspan
    expected = {(r, c) for r in range(len(table.rows)) for c in range(width)}
    assert set(placed) == expected, f"holes {sorted(expected - set(placed))} or overflow {sorted(set(placed) - expected)}"
    return placed


def built(name: str, with_positions: bool = False):
    path = EXAMPLES / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edition, _ = resolve_edition(data)
    report = report_model(edition).model_validate(data)
    if with_positions:
        loaded = load_file(path)
        return build(report, lambda p: Source(name, *loaded.position(tuple(p))))
    return build(report, lambda p: None)


def tables(doc) -> list[Table]:
    return [b for b in doc.blocks if isinstance(b, Table)]


@pytest.fixture(scope="module")
def xinzhou():
    return built("xinzhou-2020.yaml", with_positions=True)


@pytest.fixture(scope="module")
def sample():
    return built("sample-2021.yaml")


def test_numbers():
    assert [chinese_numeral(n) for n in (1, 6, 10, 12, 20, 23)] == ["一", "六", "十", "十二", "二十", "二十三"]
    assert [heading_number(level, 3) for level in (1, 2, 3, 4)] == ["三、", "（三）", "3.", "（3）"]


def test_sections_and_heading_numbers(xinzhou):
    headings = [b for b in xinzhou.blocks if isinstance(b, Heading)]
    assert [(h.number, h.text) for h in headings if h.level == 1] == [
        ("一、", "总体情况"), ("二、", "主动公开政府信息情况"), ("三、", "收到和处理政府信息公开申请情况"),
        ("四、", "政府信息公开行政复议、行政诉讼情况"), ("五、", "存在的主要问题及改进情况"), ("六、", "其他需要报告的事项"),
    ]
    assert [h.number for h in headings if h.level == 2][:5] == ["（一）", "（二）", "（三）", "（四）", "（五）"]
    first = headings.index(next(h for h in headings if h.text == "生态环境质量信息"))
    assert [(h.level, h.number) for h in headings[first:first + 3]] == [(3, "2."), (4, "（1）"), (4, "（2）")]
    # numbering restarts below each new parent heading
    assert next(h for h in headings if h.text == "健全工作机制").number == "1."


def test_title_preamble_and_signature(xinzhou):
    title = xinzhou.blocks[0]
    assert isinstance(title, Title) and title.text == "忻州市生态环境局\n2020年政府信息公开工作年度报告"
    assert xinzhou.title == "忻州市生态环境局2020年政府信息公开工作年度报告"
    preamble = xinzhou.blocks[1]
    assert isinstance(preamble, Paragraph) and "2020年1月1日至12月31日" in preamble.text
    assert "国办公开办函〔2019〕60号" in preamble.text
    signature = xinzhou.blocks[-1]
    assert isinstance(signature, Signature)
    assert signature.organs == ["忻州市生态环境局"] and signature.date == "2021年1月29日"


def test_tables_follow_the_narrative_of_their_section(xinzhou):
    blocks = xinzhou.blocks
    for number in ("二、", "三、", "四、"):
        i = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.number == number)
        after = blocks[i + 1:]
        end = next(j for j, b in enumerate(after) if isinstance(b, Heading) and b.level == 1)
        assert isinstance(after[end - 1], Table)
    assert blocks[-2].text == "本年度没有其他需要报告的事项。"


def test_table_two_2019(xinzhou):
    table = tables(xinzhou)[0]
    placed = grid(table)
    assert len(table.widths) == 4 and table.header_rows == 0
    captions = [row[0].text for row in table.rows if len(row) == 1]
    assert captions == [f"第二十条第（{n}）项" for n in ("一", "五", "六", "八", "九")]
    assert all(row[0].colspan == 4 and row[0].header for row in table.rows if len(row) == 1)
    texts = [[c.text for c in row] for row in table.rows]
    assert ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"] in texts
    assert ["行政许可", "11", "-11（划至市行政审批管理局）", "17"] in texts
    assert ["行政处罚", "93", "+16", "13"] in texts
    # Two-value rows: the last value spans the rest of the grid, no blank cell (R6).
    assert ["行政事业性收费", "0", "0"] in texts
    assert ["政府集中采购", "23", "2192.315913万元"] in texts
    fee_row = next(row for row in table.rows if row[0].text == "行政事业性收费")
    assert [c.colspan for c in fee_row] == [1, 1, 2]
    assert len(table.rows) == 5 * 2 + 8
    assert placed[(1, 0)].header and not placed[(2, 0)].header


def test_table_two_2021_single_values_span_three_columns(sample):
    table = tables(sample)[0]
    grid(table)
    texts = [[(c.text, c.colspan) for c in row] for row in table.rows]
    assert [("信息内容", 1), ("本年处理决定数量", 3)] in texts
    assert [("行政强制", 1), ("4（均为查封）", 3)] in texts
    assert [("行政事业性收费", 1), ("412.3562", 3)] in texts
    assert [("行政规范性文件", 1), ("2", 1), ("1", 1), ("9", 1)] in texts
    assert [("信息内容", 1), ("本年收费金额（单位：万元）", 3)] in texts


@pytest.mark.parametrize("name, rows, results_span", [("xinzhou-2020.yaml", 23, 20), ("sample-2021.yaml", 25, 22)])
def test_table_three_grid(name, rows, results_span):
    table = tables(built(name))[1]
    placed = grid(table)
    assert len(table.widths) == 10 and table.header_rows == 3
    assert len(table.rows) == 3 + rows
    header = table.rows[:3]
    assert [(c.text, c.colspan, c.rowspan) for c in header[0]] == [
        ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), ("申请人情况", 7, 1)]
    assert [(c.text, c.colspan, c.rowspan) for c in header[1]] == [
        ("自然人", 1, 2), ("法人或其他组织", 5, 1), ("总计", 1, 2)]
    assert [c.text for c in header[2]] == ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    assert all(c.header for row in header for c in row)
    assert not any(c.header for row in table.rows[3:] for c in row)
    results = placed[(5, 0)]
    assert results.text == "三、本年度办理结果" and results.rowspan == results_span
    denied = next(c for row in table.rows for c in row if c.text == "（三）不予公开")
    assert denied.rowspan == 8
    other = next(c for row in table.rows for c in row if c.text == "（六）其他处理")
    assert (other.rowspan, other.colspan) == ((3, 1) if rows == 25 else (1, 2))
    for r in range(3, len(table.rows)):  # seven numbers in every data row
        assert all(placed[(r, c)].text.isdigit() for c in range(3, 10))


def test_table_three_labels_are_verbatim(sample):
    table = tables(sample)[1]
    placed = grid(table)
    leaf_labels = [placed[(r, 2)].text for r in range(3, len(table.rows))]
    assert leaf_labels == LABELS_2021


def test_table_three_values_and_computed_totals(sample):
    placed = grid(tables(sample)[1])
    row = lambda r: [placed[(r, c)].text for c in range(3, 10)]  # noqa: E731
    assert row(3) == ["38", "6", "0", "1", "2", "1", "48"]
    assert row(3 + 23) == ["40", "5", "0", "1", "1", "1", "48"]  # （七）总计
    assert row(3 + 24) == ["1", "2", "0", "0", "1", "0", "4"]


def test_table_four_grid(sample):
    table = tables(sample)[2]
    placed = grid(table)
    assert len(table.widths) == 15 and table.header_rows == 3 and len(table.rows) == 4
    assert [(c.text, c.colspan) for c in table.rows[0]] == [("行政复议", 5), ("行政诉讼", 10)]
    assert [c.text for c in table.rows[1]] == [
        "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"]
    assert all(c.rowspan == 2 for c in table.rows[1][:5])
    assert [c.text for c in table.rows[2]] == ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2
    assert [placed[(3, c)].text for c in range(15)] == [
        "2", "1", "0", "1", "4", "1", "0", "0", "1", "2", "1", "0", "0", "0", "1"]


def test_fee_is_printed_in_section_six(sample):
    i = next(i for i, b in enumerate(sample.blocks) if isinstance(b, Heading) and b.number == "六、")
    fee, other = sample.blocks[i + 1], sample.blocks[i + 2]
    assert "收费通知3件" in fee.text and "1120元" in fee.text and "实际收取740元" in fee.text
    assert other.text.startswith("本年度办理县人大代表建议")


def test_blocks_point_at_their_data(xinzhou):
    lines = (EXAMPLES / "xinzhou-2020.yaml").read_text(encoding="utf-8").splitlines()
    licensing = next(c for t in tables(xinzhou) for row in t.rows for c in row if c.text.startswith("-11"))
    assert "change: {value: -11" in lines[licensing.source.line - 1]
    heading = next(b for b in xinzhou.blocks if isinstance(b, Heading) and b.text == "依申请公开")
    assert "heading: 依申请公开" in lines[heading.source.line - 1]
    assert "date: 2021-01-29" in lines[xinzhou.blocks[-1].source.line - 1]


def test_document_texts_cover_every_cell(sample):
    texts = [t for _, t, _ in sample.texts()]
    assert "3.危及“三安全一稳定”" in texts and "2024年1月25日" in texts
