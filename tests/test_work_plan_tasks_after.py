"""A work plan's paragraphs after its last task (``tasks_after``): what the plan says of its tasks as a whole, printed
after the last task and before the inline task table and the next part, in the DOCX and both PDFs; and read back by the
importer, from our own output and from plans of other shapes, without taking a real measure of the last task.

All the plans here are written for these tests."""
from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner

from _import_helpers import imported, render_source
from _kinds import PLUGINS, W, flat, pdf_lines, pdf_pages, rendered
from _kinds import write_plan as _write
from reportkit.blocks import Heading, Paragraph, Table
from reportkit.cli import cli

AFTER = ["各项任务的牵头股室要在每季度末梳理一次进展，遇到难以按期完成的情况，及时向局领导报告并说明原因。",
         "本部分未列明的临时性公开事项，由局办公室根据上级要求另行分解落实。"]
LAST_UNITS = "责任科室（单位）：农水股、水政监察大队"
LAST_MEASURES = ["逐月公布各水厂的出厂水水质检测结果，停水检修提前两天告知受影响的村组。",
                 "供水价格调整前公开成本监审结论，听取用水户代表的意见。"]
PLAN = {
    "kind": "work-plan", "year": 2024, "agency": "某县水利局", "date": "2024-02-20",
    "preamble": ["为把今年水利领域的政务公开做细做实，结合本局职责，制定本方案。"],
    "requirements": ["以群众关心的防汛、供水和工程建设信息为重点，公开及时、解读清楚。"],
    "tasks": [
        {"task": "公开防汛抗旱信息", "content": ["汛期每日发布主要河道水情，遇强降雨加密发布频次，预警信息同步推送到各村的广播和微信群。"],
         "lead": "防汛办"},
        {"task": "公开农村供水工程信息", "content": LAST_MEASURES, "lead": "农水股", "support": ["水政监察大队"]},
    ],
    "tasks_after": AFTER,
    "safeguards": ["局办公室牵头统筹，各股室确定一名信息员，对公开内容先审后发。"],
    "task_table": {"place": "inline", "title": "主要任务分解表"},
}


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    return _write(tmp_path_factory.mktemp("plan"), PLAN)


@pytest.fixture(scope="module")
def output(source):
    return rendered(source)


def test_the_block_tree_has_them_after_the_last_task_s_units_and_before_the_inline_table(output):
    document, _, _ = output
    blocks = document.blocks
    units = next(i for i, b in enumerate(blocks) if isinstance(b, Paragraph) and b.text == LAST_UNITS)
    table = next(i for i, b in enumerate(blocks) if isinstance(b, Table))
    assert [b.text for b in blocks[units + 1:table]] == AFTER
    assert isinstance(blocks[table + 1], Heading) and blocks[table + 1].text == "机制保障"


def test_the_docx_prints_them_as_body_paragraphs_between_the_last_task_and_the_table(output):
    """In the body's order (paragraphs and tables): the last task's units line, the two paragraphs in the body text's
    style, then the table's caption and the table, then 三、机制保障."""
    _, data, _ = output
    body = docx.Document(io.BytesIO(data))
    order = []
    for element in body.element.body.iterchildren():
        if element.tag == W + "tbl":
            order.append(("table", ""))
        elif element.tag == W + "p":
            paragraph = docx.text.paragraph.Paragraph(element, body)
            order.append((paragraph.style.style_id, paragraph.text))
    units = order.index(("Normal", LAST_UNITS))
    assert order[units + 1:units + 6] == [("Normal", AFTER[0]), ("Normal", AFTER[1]), ("Caption", "主要任务分解表"),
                                          ("table", ""), ("Heading1", "三、机制保障")]


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_both_pdfs_print_them_after_the_last_task_indented_as_its_measures(source, tmp_path, fmt):
    """The text in reading order: the last task's units, the paragraphs, the table's caption, 三、机制保障; each
    paragraph's first line starts where a measure's does (the two-character indent of body text)."""
    pdf = render_source(source, fmt, tmp_path, PLUGINS).read_bytes()
    text = flat("".join(pdf_pages(pdf)))
    places = [text.index(flat(s)) for s in (LAST_UNITS, AFTER[0], AFTER[1], "主要任务分解表", "三、机制保障")]
    assert places == sorted(places)
    lines = [line for page in pdf_lines(pdf) for line in page]
    starts = {key: next(x0 for t, _, x0, _ in lines if t.startswith(key)) for key in (LAST_MEASURES[0][:10], AFTER[0][:10],
                                                                                      AFTER[1][:10])}
    measure = starts.pop(LAST_MEASURES[0][:10])
    assert all(abs(x0 - measure) < 0.5 for x0 in starts.values()), (measure, starts)


@pytest.mark.parametrize("fmt", ["docx", "html", "pdf", "pdf-typst"])
def test_our_own_output_imports_them_back_and_leaves_the_last_task_its_measures(source, tmp_path, fmt):
    """The paragraphs come after the last task's units line, where no task has a measure: they are ``tasks_after``
    again (the old import made them the last task's measures), with nothing left to check."""
    result = imported(render_source(source, fmt, tmp_path, PLUGINS), tmp_path, PLUGINS, documents=True)
    text = result.target.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data["tasks_after"] == AFTER
    assert data["tasks"][-1]["content"] == LAST_MEASURES
    assert list(data).index("tasks_after") == list(data).index("tasks") + 1
    assert "# 所有数据都已映射。" in text


HEAD = "某县林业局2022年政务公开工作方案\n为把今年的公开工作做实，制定本方案。\n一、总体要求\n以公开促落实。\n二、主要任务\n"
END = "三、保障措施\n局办公室统筹推进。\n某县林业局\n2022年2月8日\n"
FIRE = "防火期内每周发布火险等级。"
SUBSIDY = "补贴对象和标准在村务栏张贴。"
CLOSING = "各股室每月底前把进展报局办公室。"  # says nothing of the tasks as a whole in its words


def _import(folder: Path, tasks: str) -> tuple[dict, str]:
    source = folder / "plan.txt"
    source.write_text(HEAD + tasks + END, encoding="utf-8")
    result = imported(source, folder, PLUGINS, documents=True)
    text = result.target.read_text(encoding="utf-8")
    return yaml.safe_load(text), text


MOVED = {
    "after the units lines that end every task": (
        f"（一）公开护林防火信息\n{FIRE}\n责任单位：防火办\n（二）公开造林补贴信息\n{SUBSIDY}\n责任单位：营林股\n{CLOSING}\n",
        [SUBSIDY]),
    "after units in brackets ending each task's only paragraph": (
        f"（一）公开护林防火信息。{FIRE}（牵头单位：防火办）\n（二）公开造林补贴信息。{SUBSIDY}（牵头单位：营林股）\n{CLOSING}\n",
        [SUBSIDY]),
    "speaking of the tasks as a whole, without units anywhere": (
        f"（一）公开护林防火信息\n{FIRE}\n（二）公开造林补贴信息\n{SUBSIDY}\n发放结果在网站公示。\n以上任务由各股室结合职责分头落实。\n",
        [SUBSIDY, "发放结果在网站公示。"]),
    "naming the attachment after the last of numbered sub-items": (
        "（一）公开护林防火信息\n1.发布火险等级。防火期内每周发布。\n（二）公开造林补贴信息\n1.张贴补贴标准。在村务栏张贴。\n"
        "2.公示发放结果。在网站公示。\n任务分工详见附件。\n", ["在网站公示。"]),
}


@pytest.mark.parametrize("tasks, last", MOVED.values(), ids=MOVED.keys())
def test_a_paragraph_after_the_last_task_that_is_none_of_its_measures_is_tasks_after(tmp_path, tasks, last):
    """The plan's last line before 三、 is ``tasks_after`` and nowhere else; the last task (or its last sub-item) keeps
    its measures."""
    data, text = _import(tmp_path, tasks)
    closing = tasks.rstrip("\n").rsplit("\n", 1)[1]
    assert data["tasks_after"] == [closing]
    assert yaml.safe_dump(data, allow_unicode=True).count(closing) == 1
    node = data["tasks"][-1]
    assert (node["items"][-1] if "items" in node else node)["content"] == last
    assert "# 所有数据都已映射。" in text


def test_an_unnumbered_paragraph_after_tasks_whose_measures_are_all_run_in_is_moved_with_a_finding(tmp_path):
    """Three tasks, each a numbered paragraph with its measure run in, then an un-numbered paragraph: it is not
    written as the tasks' measures are, so it is moved, but its words do not say so: the clerk is told."""
    data, text = _import(tmp_path, f"（一）公开护林防火信息。{FIRE}\n（二）公开造林补贴信息。{SUBSIDY}\n"
                                   f"（三）公开林权流转信息。流转结果在局网站公示。\n{CLOSING}\n")
    assert data["tasks_after"] == [CLOSING]
    assert data["tasks"][2]["content"] == ["流转结果在局网站公示。"]
    assert f"最后一项任务之后的“{CLOSING}”不编号" in text and "已作为 tasks_after" in text


KEPT = {
    "units first, measures after them in every task": (
        f"（一）公开护林防火信息\n牵头单位：防火办\n{FIRE}\n火情处置结果及时公布。\n"
        f"（二）公开造林补贴信息\n牵头单位：营林股\n{SUBSIDY}\n发放结果在网站公示。\n", [SUBSIDY, "发放结果在网站公示。"]),
    "measures of several paragraphs in every task": (
        f"（一）公开护林防火信息\n{FIRE}\n火情处置结果及时公布。\n（二）公开造林补贴信息\n{SUBSIDY}\n发放结果在网站公示。\n",
        [SUBSIDY, "发放结果在网站公示。"]),
    "a measure naming the tasks and an attachment inside its sentences": (
        f"（一）公开护林防火信息\n{FIRE}\n（二）公开造林补贴信息\n{SUBSIDY}\n督促各项任务按期完成，具体标准见附件2。\n",
        [SUBSIDY, "督促各项任务按期完成，具体标准见附件2。"]),
    "the last task's only measure starting with 上述": (
        f"（一）公开护林防火信息。{FIRE}\n（二）公开造林补贴信息。{SUBSIDY}\n（三）其他事项\n上述任务以外上级交办的公开事项，及时办理。\n",
        ["上述任务以外上级交办的公开事项，及时办理。"]),
    "a second paragraph of the last task, after only one other task run in": (
        f"（一）公开护林防火信息。{FIRE}\n（二）公开造林补贴信息。{SUBSIDY}\n{CLOSING}\n", [SUBSIDY, CLOSING]),
}


@pytest.mark.parametrize("tasks, last", KEPT.values(), ids=KEPT.keys())
def test_the_last_task_s_own_measures_stay_its_measures(tmp_path, tasks, last):
    data, text = _import(tmp_path, tasks)
    assert "tasks_after" not in data
    assert data["tasks"][-1]["content"] == last
    assert "tasks_after" not in text


def test_the_started_file_offers_it_and_it_validates_uncommented(tmp_path):
    """`reportkit init` lists the field, commented, after the tasks; uncommented, the file validates as a draft, its
    placeholder reported on its own line."""
    target = tmp_path / "plan.yaml"
    result = CliRunner().invoke(cli, ["init", "work-plan", "--year", "2024", "--agency", "某县水利局", "-o", str(target)])
    assert result.exit_code == 0, result.output
    lines = target.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("# tasks_after:"))
    assert lines[at + 2].startswith("safeguards:")
    lines[at:at + 2] = [lines[at][2:], lines[at + 1][2:]]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    checked = CliRunner().invoke(cli, ["validate", "--draft", str(target)])
    assert checked.exit_code == 0, checked.output
    assert f"{target.name}:{at + 2}:5: warning: 还留着占位文字“【请填写：如说明各项任务" in checked.output


def test_the_schema_describes_it_in_chinese():
    result = CliRunner().invoke(cli, ["schema", "work-plan"])
    assert result.exit_code == 0, result.output
    assert '"title": "主要任务之后的段落"' in result.output
