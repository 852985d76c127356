"""Work plans and summaries as agencies publish them, imported: a task table whose task
cells are merged down their rows, a 主送机关 of groups parted by commas, a joint plan of two organs, a notice with its
own 一、 items over a plan without a title. The inputs are written for these tests."""
from __future__ import annotations

import datetime as dt

import docx
import yaml
from click.testing import CliRunner

from reportkit.cli import cli

from test_import_plan_notice import import_text


def _import(source, out):
    result = CliRunner().invoke(cli, ["import", str(source), "-o", str(out)])
    return result, yaml.safe_load((out / f"{source.stem}.yaml").read_text(encoding="utf-8"))


def _merged_table_docx(path) -> None:
    """A 工作要点 whose tasks are only its table, as Word makes it: a task's 序号, 工作任务, 责任单位 and 完成时限 merged
    down the rows of its measures, one row naming one more unit."""
    document = docx.Document()
    for text in ("某县人民政府办公室2024年政务公开工作要点", "一、总体要求", "公开内容要全面，发布要及时。", "二、重点工作"):
        document.add_paragraph(text)
    rows = [("序号", "工作任务", "具体措施", "责任单位", "完成时限"),
            ("1", "公开财政资金信息", "预决算在批准后二十日内公开", "县财政局", "2024年12月"),
            ("1", "公开财政资金信息", "惠农补贴名单在发放前公示七天", "县财政局", "2024年12月"),
            ("1", "公开财政资金信息", "专项资金使用情况每半年公开一次", "县财政局、县审计局", "2024年12月"),
            ("2", "公开招生信息", "招生政策在报名前一个月公布", "县教育局", "2024年6月")]
    table = document.add_table(rows=len(rows), cols=5)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    for c in (0, 1, 4):
        table.cell(1, c).merge(table.cell(3, c)).text = rows[1][c]
    table.cell(1, 3).merge(table.cell(2, 3)).text = "县财政局"
    for text in ("三、工作要求", "各单位年底前报送落实情况。", "某县人民政府办公室", "2024年3月15日"):
        document.add_paragraph(text)
    document.save(path)


def test_a_task_s_rows_merged_in_the_task_table_give_all_its_measures_and_units(tmp_path):
    """Each row of a task whose name is merged down them adds its measure (the old import kept the first row's and
    dropped the others in silence) and its units; a merged cell's text counts once."""
    source = tmp_path / "points.docx"
    _merged_table_docx(source)
    result, data = _import(source, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert data["tasks"] == [
        {"task": "公开财政资金信息", "lead": "县财政局", "support": ["县审计局"],
         "content": ["预决算在批准后二十日内公开", "惠农补贴名单在发放前公示七天", "专项资金使用情况每半年公开一次"]},
        {"task": "公开招生信息", "content": ["招生政策在报名前一个月公布"], "lead": "县教育局", "deadline": "2024年6月"}]
    assert data["task_table"] == {"place": "inline", "default_deadline": "2024年12月"}


PLAN = """一、总体要求
围绕安全生产和防灾减灾，及时公开风险预警和救援信息。
二、主要任务
（一）公开安全生产执法信息
执法检查计划年初公布，行政处罚决定七日内公开。
责任科室（单位）：执法大队
三、保障措施
局办公室每季度检查一次网站栏目更新情况。
"""


def test_a_notice_with_its_own_numbered_items_over_a_plan_without_a_title(tmp_path):
    """The notice's own 一、二、 items come before its date, the plan (no title of its own) after it: the notice is the
    notice's whole, the plan's parts the plan's (the old import found no date before the notice's 一、, put the notice
    in the preamble and took its items for the plan's parts). A plan without a title after the notice has the one
    finding saying what is printed (the name the notice gives it), none asking for an annual report's title."""
    notice = ("某县应急管理局关于印发2024年政务公开工作要点的通知\n局机关各股室，局属各单位：\n"
              "现将我局今年的政务公开工作要点印发给你们，请结合以下要求抓好落实。\n一、细化工作措施\n"
              "各股室要对照要点细化措施，三月底前报局办公室备案。\n二、强化督促考核\n落实情况纳入年度考核，年底一并检查。\n"
              "某县应急管理局\n2024年3月4日\n")
    result, data = import_text(tmp_path, notice + PLAN)
    assert data["notice"] == {
        "title": "某县应急管理局关于印发2024年政务公开工作要点的通知", "addressee": "局机关各股室，局属各单位",
        "body": ["现将我局今年的政务公开工作要点印发给你们，请结合以下要求抓好落实。", "一、细化工作措施",
                 "各股室要对照要点细化措施，三月底前报局办公室备案。", "二、强化督促考核", "落实情况纳入年度考核，年底一并检查。"],
        "date": dt.date(2024, 3, 4)}
    assert "preamble" not in data and data["title"] == "某县应急管理局2024年政务公开工作要点"  # named by the notice
    assert data["requirements"] == ["围绕安全生产和防灾减灾，及时公开风险预警和救援信息。"]
    assert data["tasks"] == [{"task": "公开安全生产执法信息", "content": ["执法检查计划年初公布，行政处罚决定七日内公开。"],
                              "lead": "执法大队"}]
    assert data["safeguards"] == ["局办公室每季度检查一次网站栏目更新情况。"]
    assert [f.message for f in result.findings] == [
        "印发通知之后没有找到方案的标题：方案的标题按通知标题取为“某县应急管理局2024年政务公开工作要点”，原件另有标题的请照原件填写 title"]


def test_an_addressee_of_groups_parted_by_commas(tmp_path):
    """主送机关 in groups parted by a comma (GB/T 9704's way: 各乡镇人民政府，县政府各部门) is the addressee (the old
    import read only one without a comma, and left this one a paragraph of the text); a clause before a colon with a
    comma stays text."""
    summary = ("某镇人民政府2023年政务公开工作总结\n县政务公开办公室，县政府办公室：\n"
               "今年我镇按计划推进政务公开，现将有关情况报告如下。\n一、工作情况\n全年在县政府网站发布信息一百二十条。\n"
               "二、存在的问题\n个别村公开栏更新不够及时。\n某镇人民政府\n2024年1月10日\n")
    source = tmp_path / "summary.txt"
    source.write_text(summary, encoding="utf-8")
    _, data = _import(source, tmp_path / "out")
    assert data["addressee"] == "县政务公开办公室，县政府办公室"
    assert data["preamble"] == ["今年我镇按计划推进政务公开，现将有关情况报告如下。"]
    clause = summary.replace("县政务公开办公室，县政府办公室：\n", "为此，现报告如下：\n")
    source.write_text(clause, encoding="utf-8")
    _, data = _import(source, tmp_path / "out2")
    assert "addressee" not in data and data["preamble"][0] == "为此，现报告如下："


def test_a_joint_plan_of_two_organs(tmp_path):
    """A plan two organs issue together: their names, parted by a space, open the title and sign it. The agency is the
    first (the old import ran the two names together as one agency, and the title with them, losing the space)."""
    document = docx.Document()
    for text in ("某县民政局 某县残疾人联合会2023年政务公开工作方案", "一、总体要求", "围绕困难群众救助和残疾人保障公开信息。",
                 "二、主要任务", "（一）公开残疾人补贴信息", "补贴标准和发放名单每季度公开一次。", "牵头单位：县残联；配合单位：县民政局",
                 "三、保障措施", "两家单位每半年召开一次联席会议。"):
        document.add_paragraph(text).alignment = 1 if text.endswith("方案") else None
    for text in ("某县民政局", "某县残疾人联合会", "2023年3月1日"):
        document.add_paragraph(text).alignment = 2
    source = tmp_path / "joint.docx"
    document.save(source)
    result, data = _import(source, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert data["agency"] == "某县民政局"
    assert data["title"] == "某县民政局 某县残疾人联合会2023年政务公开工作方案"
    assert data["signature"] == ["某县民政局", "某县残疾人联合会"]
    rendered = CliRunner().invoke(cli, ["render", str(tmp_path / "out" / "joint.yaml"), "-f", "docx",
                                        "-o", str(tmp_path / "r")])
    assert rendered.exit_code == 0, rendered.output
    printed = [p.text for p in docx.Document(tmp_path / "r" / "joint.docx").paragraphs]
    assert "某县民政局 某县残疾人联合会2023年政务公开工作方案" in "".join(printed).replace("\n", "")
