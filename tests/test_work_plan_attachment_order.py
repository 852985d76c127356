"""A work plan's task table among its other attachments: ``task_table.attachment`` says which 附件 it is (附件2 after a
联系人 list), the 附件说明 and the attachments print in that order with those numbers in every format, and the importer
reads the number back (it printed the table as 附件1, the others after it, and only warned). The inputs are written for
these tests."""
from __future__ import annotations

import re
from pathlib import Path

import docx
import pdfplumber
import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import imported

PLUGINS = load_plugins()
CONTACTS = "清河县自然资源局政务公开工作联系人名单"
TABLE = "清河县自然资源局2025年政务公开工作主要任务分解表"
RULES = "清河县自然资源局2025年政务公开工作信息报送要求"
PLAN = """kind: work-plan
year: 2025
agency: 清河县自然资源局
preamble:
  - 为把政务公开各项要求落到实处，结合本局职责，制定本方案。
requirements:
  - 坚持以公开为常态、不公开为例外，围绕群众关心的用地审批和不动产登记事项做好公开。
tasks:
  - task: 公开用地审批信息
    content:
      - 建设用地批准文件在批复后二十个工作日内公开。
    lead: 用地股
    deadline: "2025年12月"
  - task: 公开不动产登记办事指南
    content:
      - 办事指南随流程调整同步更新，做到一次告知。
    lead: 登记中心
    support:
      - 办公室
    deadline: "2025年6月"
safeguards:
  - 各股室每季度末向办公室报送公开工作落实情况。
task_table:
  place: attachment
  attachment: {number}
date: 2025-03-10
attachments:
  - title: 清河县自然资源局政务公开工作联系人名单
    table:
      columns: [股室, 联系人, 电话]
      rows:
        - [办公室, 王敏, "0310-5123401"]
        - [用地股, 李强, "0310-5123402"]
  - title: 清河县自然资源局2025年政务公开工作信息报送要求
    content:
      - 各股室报送的信息经分管负责人审核后交办公室统一发布。
"""


def _text(path: Path) -> str:
    """The printed words of ``path`` in reading order, without spaces or line breaks (a title wraps in a PDF)."""
    if path.suffix == ".docx":
        document = docx.Document(str(path))
        text = "".join(p.text for p in document.paragraphs)
    elif path.suffix == ".pdf":
        with pdfplumber.open(path) as pdf:
            text = "".join(page.extract_text() or "" for page in pdf.pages)
    else:
        body = path.read_text(encoding="utf-8").split("<body", 1)[1]
        text = re.sub(r"<[^>]+>", "", re.sub(r"<(style|script)\b.*?</\1>", "", body, flags=re.DOTALL))
    return re.sub(r"\s+", "", text)


def _render(folder: Path, text: str, fmt: str) -> Path:
    data = folder / "plan.yaml"
    data.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(data), "-f", fmt, "-o", str(folder / f"plan.{fmt}")])
    assert result.exit_code == 0, result.output
    return folder / f"plan.{fmt}"


@pytest.mark.parametrize(("fmt", "number"), [("docx", 2), ("pdf", 2), ("html", 2), ("docx", 3)])
def test_a_task_table_numbered_among_the_attachments_prints_there_and_comes_back(tmp_path, fmt, number):
    text = PLAN.format(number=number)
    printed = _text(_render(tmp_path, text, fmt))
    order = [CONTACTS, RULES]
    order.insert(number - 1, TABLE)
    note = "附件：" + "".join(f"{n}.{title}" for n, title in enumerate(order, 1))
    assert note in printed
    labels = [printed.index(f"附件{n}{title}") for n, title in enumerate(order, 1)]  # each label over its title
    assert labels == sorted(labels) and labels[0] > printed.index(note)

    result = imported(tmp_path / f"plan.{fmt}", tmp_path, PLUGINS, documents=True)
    back = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    data = yaml.safe_load(text)
    assert back["task_table"] == {"place": "attachment", "attachment": number}
    for key in ("preamble", "requirements", "tasks", "safeguards", "attachments", "date"):
        assert back[key] == data[key], key
    assert not [f for f in result.findings if f.rule == "attachments"]
    assert result.ok, result.diagnostics


#: A plan copied into a text file: its 联系人 list 附件1, its task table 附件{number}.
COPIED = """清河县自然资源局2025年政务公开工作要点
一、总体要求
围绕用地审批和不动产登记事项做好公开，回应群众关切。
二、主要任务
（一）公开用地审批信息。建设用地批准文件在批复后二十个工作日内公开。
（二）公开不动产登记办事指南。办事指南随流程调整同步更新。
三、保障措施
各股室每季度末向办公室报送落实情况。
附件：1.清河县自然资源局政务公开工作联系人名单
2.清河县自然资源局2025年政务公开工作主要任务分解表
清河县自然资源局
2025年3月10日
附件1
清河县自然资源局政务公开工作联系人名单
股室\t联系人\t电话
办公室\t王敏\t0310-5123401
附件{number}
清河县自然资源局2025年政务公开工作主要任务分解表
序号\t工作任务\t具体措施\t责任单位\t完成时限
1\t公开用地审批信息\t建设用地批准文件在批复后二十个工作日内公开\t用地股\t2025年12月
2\t公开不动产登记办事指南\t办事指南随流程调整同步更新\t登记中心\t2025年6月
"""


def _copied(folder: Path, number: int):
    source = folder / "plan.txt"
    source.write_text(COPIED.replace("{number}", str(number)), encoding="utf-8")
    result = imported(source, folder, PLUGINS, documents=True)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


def test_a_text_copys_task_table_after_another_attachment_keeps_its_number(tmp_path):
    """附件2 after the 联系人 list: its number, no warning that the order changes (it was printed first)."""
    result, data = _copied(tmp_path, 2)
    assert data["task_table"] == {"place": "attachment", "attachment": 2}
    assert [a["title"] for a in data["attachments"]] == [CONTACTS]
    assert data["tasks"] == [
        {"task": "公开用地审批信息", "content": ["建设用地批准文件在批复后二十个工作日内公开。"], "lead": "用地股", "deadline": "2025年12月"},
        {"task": "公开不动产登记办事指南", "content": ["办事指南随流程调整同步更新。"], "lead": "登记中心", "deadline": "2025年6月"}]
    assert not result.findings, result.findings


def test_a_task_table_numbered_past_the_attachments_found_goes_last_in_a_finding(tmp_path):
    """附件3 where only 附件1 is there (附件2 missing from the copy): the table is the last of the two, in a finding."""
    result, data = _copied(tmp_path, 3)
    assert data["task_table"] == {"place": "attachment", "attachment": 2}
    said = [f"{f.place}: {f.message}" for f in result.findings if "分解表在原件中" in f.message]
    assert said == ["第 17 行: 分解表在原件中是“附件3”，而导入的附件连同分解表只有 2 个：分解表已排在最后（附件2），"
                    "附件的编号与原件不同：请核对，缺的附件需要时在 attachments 下补写"]


@pytest.mark.parametrize(("change", "message"), [
    ("  attachment: 4", "task_table.attachment：分解表写的是附件4，而连同分解表一共只有 3 个附件（attachments 中 2 个）："
                        "请改为 1 到 3 之间的数（3 排在最后），或删去 attachment（分解表为附件1）"),
    ("  place: inline\n  attachment: 2", "task_table.attachment：分解表印在正文中（place: inline），不是附件，"
                                         "attachment: 2 用不上：删去 attachment，或把 place 改为 attachment")])
def test_an_attachment_number_the_plan_has_no_place_for_is_an_error_at_its_line(tmp_path, change, message):
    data = tmp_path / "plan.yaml"
    data.write_text(PLAN.format(number=2).replace("  place: attachment\n  attachment: 2", change), encoding="utf-8")
    line = data.read_text(encoding="utf-8").splitlines().index("  attachment: " + change[-1]) + 1
    result = CliRunner().invoke(cli, ["validate", str(data)])
    assert result.exit_code == 1
    assert f"plan.yaml:{line}:15: error: {message}" in result.output


def test_the_only_attachment_numbered_two_is_an_error_too(tmp_path):
    data = tmp_path / "plan.yaml"
    text = PLAN.format(number=2)
    data.write_text(text[:text.index("attachments:")], encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(data)])
    assert "task_table.attachment：分解表写的是附件2，而连同分解表一共只有 1 个附件（attachments 中 0 个）：" \
           "请删去 attachment（分解表是唯一的附件，印作“附件”）" in result.output
