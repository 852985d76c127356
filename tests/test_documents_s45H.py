"""Work plans and year-end summaries as text copies give them: a task table whose head pdftotext set a cell a line and
whose columns it then set one after another, a 责任单位 merged down rows that a copy keeping the layout wrote once, a
table's cells a line each with a short sentence among them; and a list of （1）（2） paragraphs, which prints as the
source numbered it. The inputs are written for these tests."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
import yaml

from reportkit.load import load_text
from reportkit.plugins import load_plugins
from reportkit.validate import validate

from _import_helpers import imported

PLUGINS = load_plugins()
UNREAD = "任务分解表没有读成表格"
MERGED = "向下合并的格只写在它的第一行"

#: A plan whose 分工表 pdftotext (without -layout) gave as its head's cells a line each, the first task's number and
#: name after them, then the other columns one after another.
PLAN_HEAD_A_LINE = """桃溪乡人民政府2024年政务公开工作方案

为做好全乡2024年政务公开工作，制定本方案。

一、总体要求

以群众关切为导向，把公开贯穿乡村治理全过程。

二、主要任务

（一）公开惠农补贴。各类补贴发放结果在村务公开栏张贴。

（二）公开项目建设。村级项目的招标和验收情况及时公布。

三、保障措施

乡党政办牵头，每半年通报一次进展。

附件：桃溪乡2024年政务公开任务分工表

桃溪乡人民政府
2024年2月20日

附件

桃溪乡2024年政务公开任务分工表
序号
工作任务
责任单位
完成时限
1
公开惠农补贴

2

公开项目建设

责任单位
农业服务中心
规划建设办

完成时限
每季度
年底前
"""

#: The same plan as pdftotext -layout copies it, the 责任单位 of tasks 1 to 3 one cell merged down their rows.
PLAN_LAYOUT = """                       桃溪乡人民政府 2024 年政务公开工作方案

    为做好全乡 2024 年政务公开工作，制定本方案。

一、总体要求

    以群众关切为导向，把公开贯穿乡村治理全过程。

二、主要任务

    （一）公开惠农补贴。各类补贴发放结果在村务公开栏张贴。

    （二）公开项目建设。村级项目的招标和验收情况及时公布。

    （三）公开集体资产。村集体资产的出租情况每年公布一次。

    （四）回应群众诉求。群众留言在五个工作日内答复。

三、保障措施

    乡党政办牵头，每半年通报一次进展。

附件：桃溪乡 2024 年政务公开任务分工表

                                                          桃溪乡人民政府
                                                          2024 年 2 月 20 日
\f附件

                 桃溪乡 2024 年政务公开任务分工表

序号            工作任务         责任单位              完成时限
1               公开惠农补贴     农业服务中心、财政所    2024 年 6 月底前
2               公开项目建设                           2024 年 9 月底前
3               公开集体资产                           2024 年 12 月底前
4               回应群众诉求     乡党政办              全年
"""


def _import(folder: Path, text: str, name: str = "copy.txt"):
    """``text`` as a .txt imported as any document: the result, the data it wrote, and the lines of the text."""
    source = folder / name
    source.write_text(text, encoding="utf-8")
    result = imported(source, folder, PLUGINS, documents=True)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8")), text.split("\n")


def _line(lines: list[str], text: str) -> str:
    return f"第 {lines.index(text) + 1} 行"


def _said(result, words: str) -> list:
    return [f for f in result.findings if words in f.message]


# A head a cell a line, then the columns one after another ------------------------------------------------------------
@pytest.fixture(scope="module")
def head_a_line(tmp_path_factory):
    return _import(tmp_path_factory.mktemp("head"), PLAN_HEAD_A_LINE)


def test_a_head_a_cell_a_line_then_columns_is_said_unread_at_its_first_line(head_a_line):
    """The reader took the head and the first task's number for rows of a table, whose task “1” led by “公开惠农补贴”
    was added as a task; now the table is said unread at 序号's line, and no task is made of its cells."""
    result, data, lines = head_a_line
    assert [f.place for f in _said(result, UNREAD)] == [_line(lines, "序号")]
    assert [task["task"] for task in data["tasks"]] == ["公开惠农补贴", "公开项目建设"]
    assert "task_table" not in data


def test_a_head_a_cell_a_line_keeps_every_cell_in_the_attachment(head_a_line):
    """The lines after the misread rows were left after the 成文日期, “未导入”; all of them are the attachment's now."""
    result, data, _ = head_a_line
    assert not _said(result, "成文日期之后")
    assert not _said(result, "只有 3 格")  # the reader's note on a table that is no more
    assert data["attachments"][-1]["content"] == [
        "序号",
        "工作任务",
        "责任单位",
        "完成时限",
        "1",
        "公开惠农补贴",
        "2",
        "公开项目建设",
        "责任单位",
        "农业服务中心",
        "规划建设办",
        "完成时限",
        "每季度",
        "年底前",
    ]


# A 责任单位 merged down rows, written once by a copy keeping the layout -----------------------------------------------
@pytest.fixture(scope="module")
def layout(tmp_path_factory):
    return _import(tmp_path_factory.mktemp("layout"), PLAN_LAYOUT)


def test_a_unit_merged_down_rows_is_every_one_of_their_tasks(layout):
    """Tasks 2 and 3 had no lead (an error, WP1) where their 责任单位 was one cell with task 1's."""
    _, data, _ = layout
    units = [(task.get("lead"), task.get("support")) for task in data["tasks"]]
    assert units == [("农业服务中心", ["财政所"])] * 3 + [("乡党政办", None)]


def test_a_unit_merged_down_rows_is_said_at_the_first_row_it_was_taken_into(layout):
    result, _, lines = layout
    said = _said(result, MERGED)
    assert [f.place for f in said] == [
        _line(lines, next(line for line in lines if "2               公开项目建设" in line))
    ]
    assert "第 3 行至第 4 行的“责任单位”" in said[0].message and "第 2 行的“农业服务中心、财政所”" in said[0].message
    assert "请对照原件核对" in said[0].message


def test_a_unit_merged_down_rows_of_a_web_page_without_rowspan_is_their_tasks(tmp_path):
    """A site that stripped the rowspan gives the merged cell in its first row only, as its reader says: the same."""
    rows = [
        "<tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时限</td></tr>",
        "<tr><td>1</td><td>公开惠农补贴</td><td>农业服务中心</td><td>2024年6月底前</td></tr>",
        "<tr><td>2</td><td>公开项目建设</td><td>2024年9月底前</td></tr>",
        "<tr><td>3</td><td>公开集体资产</td><td>规划建设办</td><td>全年</td></tr>",
    ]
    text = PLAN_LAYOUT.split("\f")[0].replace("（四）回应群众诉求。群众留言在五个工作日内答复。", "")
    body = "".join(f"<p>{' '.join(line.split())}</p>" for line in text.split("\n") if line.strip())
    body = body.replace("<p>三、保障措施</p>", f"<table>{''.join(rows)}</table><p>三、保障措施</p>")
    source = tmp_path / "plan.html"
    source.write_text(f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>', encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS, documents=True)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert [task.get("lead") for task in data["tasks"]] == ["农业服务中心", "农业服务中心", "规划建设办"]
    assert [f.place for f in _said(result, MERGED)] == ["第 1 个表格第 3 行"]


def test_a_blank_unit_in_a_docx_table_stays_blank(tmp_path):
    """A DOCX gives a merged cell's text in every row it covers: a blank there is the source's, left to the clerk."""
    text = PLAN_LAYOUT.split("\f")[0]
    document = docx.Document()
    for line in text.strip().split("\n"):
        if line.strip():
            document.add_paragraph(" ".join(line.split()))
    document.add_page_break()
    document.add_paragraph("附件")
    document.add_paragraph("桃溪乡2024年政务公开任务分工表")
    rows = [
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["1", "公开惠农补贴", "农业服务中心", "2024年6月底前"],
        ["2", "公开项目建设", "", "2024年9月底前"],
        ["3", "公开集体资产", "规划建设办", "全年"],
        ["4", "回应群众诉求", "乡党政办", "全年"],
    ]
    table = document.add_table(rows=len(rows), cols=4)
    for cells, row in zip(table.rows, rows):
        for cell, words in zip(cells.cells, row):
            cell.text = words
    document.save(tmp_path / "plan.docx")
    result = imported(tmp_path / "plan.docx", tmp_path, PLUGINS, documents=True)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert [task.get("lead") for task in data["tasks"]] == ["农业服务中心", None, "规划建设办", "乡党政办"]
    assert not _said(result, MERGED)


# Loose cells with a short sentence among them --------------------------------------------------------------------------
#: A summary whose table pdftotext gave a cell a line, its last column short sentences.
SUMMARY_LOOSE = """石门县统计局2023年政务公开工作总结

2023年，我局把统计数据公开作为政务公开的重点。

一、主要工作

（一）数据发布按时。全年按发布日程公布统计数据。
事项
次数
进度

月度数据
季度数据
年度公报
12
4
1
按期完成。
按期完成。
提前完成。

二、存在的问题

数据解读的篇数偏少，通俗化不够。

三、下一步打算

（一）丰富解读。每季度至少推出一篇图解。

石门县统计局
2024年1月18日
"""


@pytest.mark.parametrize("heading", ["", "\n二、存在的问题\n"], ids=["column", "heading-before-it"])
def test_short_sentences_among_loose_cells_stay_with_them(tmp_path, heading):
    """The run of a table's cells ended at its first line ending in 。 (按期完成。): a count short of the table, and
    where the copy set the next part's heading before that column, its cells were that part's first paragraphs. The
    column is the run's now, the heading moved after it."""
    text = SUMMARY_LOOSE.replace("1\n按期完成。", f"1\n{heading}按期完成。")
    if heading:
        text = text.replace("提前完成。\n\n二、存在的问题\n", "提前完成。\n")
    result, data, lines = _import(tmp_path, text)
    said = _said(result, "是一张表格的格子")
    assert [f.place for f in said] == [_line(lines, "事项")] and "从“事项”起的 12 行" in said[0].message
    assert data["work"][-3:] == ["按期完成。", "按期完成。", "提前完成。"]
    assert data["problems"] == ["数据解读的篇数偏少，通俗化不够。"]


def test_a_short_sentence_after_loose_cells_is_no_cell(tmp_path):
    """A short paragraph right after a table's cells, no cell after it, stays text: the run ends before it."""
    text = SUMMARY_LOOSE.replace("按期完成。\n按期完成。\n提前完成。\n", "按期完成。\n")
    result, _, _ = _import(tmp_path, text)
    assert "从“事项”起的 9 行" in _said(result, "是一张表格的格子")[0].message


def test_a_part_s_own_short_lines_after_loose_cells_keep_their_heading(tmp_path):
    """The next part listing its points a short line each, no figure among them, had its heading moved after them (as
    if among a table's columns): its lines went to the part before, which was left empty (problems: [], an error)."""
    text = SUMMARY_LOOSE.replace("按期完成。\n按期完成。\n提前完成。\n", "").replace(
        "数据解读的篇数偏少，通俗化不够。", "数据解读的篇数偏少\n图表解读的形式单一\n发布渠道不够多样"
    )
    result, data, _ = _import(tmp_path, text)
    assert data["problems"] == ["数据解读的篇数偏少", "图表解读的形式单一", "发布渠道不够多样"]
    said = _said(result, "是一张表格的格子")
    assert "从“事项”起的 9 行" in said[0].message and "已移到" not in said[0].message


# A list numbered （1）（2） in its paragraphs -----------------------------------------------------------------------------
SUMMARY_LIST = """白沙县交通运输局2023年政务公开工作总结

2023年，我局认真落实政务公开各项要求，现将全年工作总结如下。

一、主要工作

（一）主动公开

1.公开渠道

（1）门户网站交通专栏全年更新信息186条，较上年增加二十条。

（2）政务微信公众号推送道路养护、客运调整等消息64期。

2.依申请公开

全年收到申请6件，均在法定期限内答复。

二、存在的问题

个别股室对公开工作重视不够。

三、下一步打算

加强业务培训。

白沙县交通运输局
2024年1月10日
"""


def test_an_imported_list_numbered_in_its_paragraphs_is_not_warned(tmp_path):
    """The source's （1）（2） items, kept as its paragraphs, were each warned “印出来像一个编号的小标题”: they print as
    the source printed them; the import passes its checks."""
    result, data, _ = _import(tmp_path, SUMMARY_LIST)
    assert data["work"][0]["content"][0]["content"] == [
        "（1）门户网站交通专栏全年更新信息186条，较上年增加二十条。",
        "（2）政务微信公众号推送道路养护、客运调整等消息64期。",
    ]
    assert [d.format() for d in result.diagnostics] == []


def _validated(items: list[str]) -> list[str]:
    text = "\n".join(
        [
            "kind: work-summary",
            "year: 2025",
            "agency: 某县测试局",
            "work:",
            "  - heading: 主动公开",
            "    content:",
            *(f"      - {item}" for item in items),
            "problems:",
            "  - 解读形式较为单一。",
            "plan:",
            "  - 完善登记流程。",
            "date: 2026-01-15",
            "",
        ]
    )
    result = validate(load_text(text.encode(), "t.yaml"), PLUGINS.registry)
    return [d.format() for d in result.diagnostics.items]


def test_a_clerk_s_list_numbered_in_order_is_not_warned():
    assert (
        _validated(
            ["（1）网站全年更新栏目二十个，发布解读材料十二篇。", "（2）政务微信推送消息六十四期，较上年有所增加。"]
        )
        == []
    )


@pytest.mark.parametrize(
    "items",
    [
        ["（1）网站全年更新栏目二十个，发布解读材料十二篇。"],  # one alone
        [
            "（2）网站全年更新栏目二十个，发布解读材料十二篇。",
            "（3）政务微信推送消息六十四期，较上年有所增加。",
        ],  # not from （1）
        [
            "（1）网站全年更新栏目二十个，发布解读材料十二篇。",
            "（3）政务微信推送消息六十四期，较上年有所增加。",
        ],  # not in order
        [
            "（一）网站全年更新栏目二十个，发布解读材料十二篇。",
            "（二）政务微信推送消息六十四期，较上年有所增加。",
        ],  # a part's
    ],
)
def test_a_typed_number_that_is_no_list_is_still_warned(items):
    said = _validated(items)
    assert said and all("印出来像一个编号的小标题" in line and "（WS2）" in line for line in said)


# Parts worded otherwise ---------------------------------------------------------------------------------------------
def _summary(headings: list[str]) -> str:
    """A summary of four parts under ``headings``, each with a paragraph of its own."""
    paragraphs = [
        "全年通过门户网站发布医保政策和经办信息152条。",
        "开设医保政策问答专栏，编印参保指南发放到各乡镇。",
        "基层经办人员对公开标准掌握不够准确。",
        "组织一次全县医保经办人员公开业务培训。",
    ]
    body = "\n\n".join(f"{heading}\n\n{paragraph}" for heading, paragraph in zip(headings, paragraphs))
    return (
        f"青川县医疗保障局2023年政务公开工作总结\n\n2023年，我局扎实开展医保领域政务公开。\n\n{body}\n\n"
        "青川县医疗保障局\n2024年1月22日\n"
    )


@pytest.mark.parametrize(
    "headings",
    [
        ["一、取得的成绩", "二、经验体会", "三、面临的挑战", "四、2024年工作思路"],
        ["一、工作开展情况", "二、亮点工作", "三、薄弱环节", "四、意见建议"],
    ],
    ids=["challenges", "suggestions"],
)
def test_a_summary_s_parts_in_other_words(tmp_path, headings):
    """面临的挑战 was no part (its text a subheading of the work, the problems a placeholder); 意见建议, which ends a
    summary as its plan, was a subheading of the problems."""
    _, data, _ = _import(tmp_path, _summary(headings))
    assert data["work"][1]["heading"] == headings[1][2:]
    assert data["problems"] == ["基层经办人员对公开标准掌握不够准确。"]
    assert data["plan"] == ["组织一次全县医保经办人员公开业务培训。"]
    assert data["headings"]["plan"] == headings[3][2:]


def test_a_part_on_the_deputies_suggestions_is_no_plan(tmp_path):
    """建议 names the plan at a heading's end only: a part on handling 建议提案 is work done."""
    _, data, _ = _import(
        tmp_path, _summary(["一、主动公开情况", "二、建议提案办理结果公开", "三、存在的问题", "四、下一步打算"])
    )
    assert data["work"][1] == {
        "heading": "建议提案办理结果公开",
        "content": ["开设医保政策问答专栏，编印参保指南发放到各乡镇。"],
    }
    assert data["plan"] == ["组织一次全县医保经办人员公开业务培训。"]


PLAN_STEPS = """平川区2024年政务公开标准化建设实施方案

为推进政务公开标准化建设，制定本方案。

一、工作目标

年底前完成区级部门公开目录的编制和发布。

二、主要任务

（一）编制公开目录。各部门对照标准指引梳理本领域公开事项。（责任单位：区政务公开办；完成时限：2024年6月底前）

（二）规范公开流程。建立信息发布前保密审查制度。（责任单位：区司法局；完成时限：2024年9月底前）

三、实施步骤

（一）部署阶段（2024年3月）。召开动员会，明确任务分工。

（二）验收阶段（2024年11月至12月）。区政务公开办组织检查验收。

四、保障措施

将标准化建设情况纳入年度绩效考核。

平川区人民政府办公室
2024年2月28日
"""


def test_a_plan_s_steps_between_its_tasks_and_safeguards_print_after_the_tasks(tmp_path):
    """三、实施步骤 went, as a subheading, into the part before it but the tasks, 工作目标: printed before the tasks. It
    goes after the 保障措施 now, after the tasks as in the source, in a finding naming where."""
    result, data, lines = _import(tmp_path, PLAN_STEPS)
    assert data["requirements"] == ["年底前完成区级部门公开目录的编制和发布。"]
    assert data["safeguards"][0] == "将标准化建设情况纳入年度绩效考核。"
    assert data["safeguards"][1]["heading"] == "实施步骤"
    assert [node["heading"] for node in data["safeguards"][1]["content"]] == [
        "部署阶段（2024年3月）",
        "验收阶段（2024年11月至12月）",
    ]
    said = _said(result, "“三、实施步骤”不是工作方案的部分之一")
    assert [f.place for f in said] == [_line(lines, "三、实施步骤")] and "作为“保障措施”部分的小标题" in said[0].message


@pytest.mark.parametrize("part", ["summary", "plan"])
def test_a_part_s_heading_with_nothing_under_it_gets_a_placeholder(tmp_path, part):
    """A part whose heading has no text under it was written as an empty list (problems: [], an error naming YAML's
    brackets) with “所有数据都已映射”; now a placeholder, in a finding at its heading."""
    if part == "summary":
        text, heading = SUMMARY_LIST.replace("个别股室对公开工作重视不够。\n\n", ""), "二、存在的问题"
        key, label = "problems", "存在的问题"
    else:
        steps = PLAN_STEPS[PLAN_STEPS.index("三、实施步骤") : PLAN_STEPS.index("四、保障措施")]
        text = PLAN_STEPS.replace(steps, "").replace("将标准化建设情况纳入年度绩效考核。\n\n", "")
        heading = "四、保障措施"
        key, label = "safeguards", "机制保障"  # the placeholder says the part's default heading
    result, data, lines = _import(tmp_path, text)
    assert data[key][0] == f"【请填写：{label}】"
    said = _said(result, "标题下面没有文字")
    assert [f.place for f in said] == [_line(lines, heading)] and f"“{heading[2:]}”一部分" in said[0].message
