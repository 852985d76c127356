"""A short work plan's PDF copied by pdftotext without -layout (the indents lost, pages parted by form feeds): most
of its paragraphs are one line, several filling it and ending with 。 (a first line short by the lost indent), so
fewer than half its full lines were cut inside a sentence and the copy was taken for one whose lines are paragraphs:
every wrapped paragraph came back cut in two (“……已经局党” / “组会议研究同意……”). Lines filled to the width that end
a sentence are left out of that count now, which a paragraph of one line may; the lines cut inside are still most of
the others."""
from __future__ import annotations

import yaml

from _import_helpers import imported

#: The notice and the plan of a plan rendered by reportkit (WeasyPrint), as pdftotext copies them, its three pages.
COPY = """\
清河县农业农村局关于印发
2024 年政务公开工作要点的通知
局机关各股室、局属各单位：
《清河县农业农村局 2024 年政务公开工作要点》已经局党
组会议研究同意，现印发给你们，请结合职责抓好落实。

附件：清河县农业农村局 2024 年政务公开工作要点

清河县农业农村局
2024 年 3 月 18 日

—1—

\f附件

清河县农业农村局 2024 年政务公开工作要点
为做好今年农业农村领域的政务公开工作，结合本局职责，
制定本要点。
一、总体要求
围绕惠农补贴、农村集体资产和农产品质量安全等群众关心
的事项，做到应公开尽公开。
二、主要任务
（一）公开惠农补贴发放信息
耕地地力保护补贴、农机购置补贴的标准、对象和发放结果
按批次公开。
补贴发放结果在村务公开栏同步张贴，张贴时间不少于七
日。
责任科室（单位）：计划财务股、农机股
（二）公开农产品质量安全信息
1.公开抽检结果
每季度公布农产品质量安全例行监测和监督抽检结果。
责任科室（单位）：质量安全股

—2—

\f2.公开执法信息
农业综合行政执法的处罚决定在作出后七个工作日内公开。
责任科室（单位）：执法大队
三、机制保障
局办公室负责统筹协调，每季度通报各股室的工作进展。

—3—

"""


def test_a_short_plans_wrapped_paragraphs_come_back_whole(tmp_path):
    source = tmp_path / "plan.txt"
    source.write_text(COPY, encoding="utf-8")
    result = imported(source, tmp_path, documents=True)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert data["notice"]["body"] == ["《清河县农业农村局2024年政务公开工作要点》已经局党组会议研究同意，现印发给你们，请结合职责抓好落实。"]
    assert data["preamble"] == ["为做好今年农业农村领域的政务公开工作，结合本局职责，制定本要点。"]
    assert data["requirements"] == ["围绕惠农补贴、农村集体资产和农产品质量安全等群众关心的事项，做到应公开尽公开。"]
    assert data["tasks"][0]["content"] == ["耕地地力保护补贴、农机购置补贴的标准、对象和发放结果按批次公开。",
                                           "补贴发放结果在村务公开栏同步张贴，张贴时间不少于七日。"]
    assert [item["content"] for item in data["tasks"][1]["items"]] == [
        ["每季度公布农产品质量安全例行监测和监督抽检结果。"], ["农业综合行政执法的处罚决定在作出后七个工作日内公开。"]]
    assert data["safeguards"] == ["局办公室负责统筹协调，每季度通报各股室的工作进展。"]
    assert result.ok, result.diagnostics


#: The plan's task table (附件2) as the same copy gives it: each cell's lines apart, the first row's number (centred in
#: the tall row) right after the head's 序号.
TABLE = """\
\f附件2

清河县农业农村局
2024 年政务公开工作主要任务分解表
序号
1

工作任务

具体措施

耕地地力保护补贴、农机购置补贴的标准、
公开惠农补贴 对象和发放结果按批次公开。
发放信息
补贴发放结果在村务公开栏同步张贴，张贴
时间不少于七日。

责任单位

完成时限

计划财务
股、农机股

2024 年 6 月

1.公开抽检结果：每季度公布农产品质量安全
质量安全股
全年
公开农产品质 例行监测和监督抽检结果。
量安全信息
2.公开执法信息：农业综合行政执法的处罚决
2.2
执法大队 2024 年 12 月
定在作出后七个工作日内公开。
2.1

—5—

"""


def test_a_task_table_whose_first_number_stands_in_its_head_is_said_unread(tmp_path):
    """The table's cells came back as the attachment's paragraphs, its deadlines and units in none of them, without a
    word: the head's cells a line each were looked for up to the first line no column's words, the row's number 1
    after 序号. Now the table is said unread at its head, as one whose number stands elsewhere is."""
    source = tmp_path / "plan.txt"
    source.write_text(COPY + TABLE, encoding="utf-8")
    result = imported(source, tmp_path, documents=True)
    assert [(f.place, f.message.split("：")[0]) for f in result.findings if f.rule == "unread"] == [
        ("第 48 行", "任务分解表没有读成表格")]
