"""A work plan's task table set with its cells centred (WeasyPrint), copied by pdftotext -layout: a task over two
sub-items (2.1, 2.2) has its name merged over both, centred on the line between them, one blank before 2.1's measure
(公开农产品质 例行监测…); 2.2's 责任单位 and 完成时限 one blank apart (执法大队 2024 年 12 月). Task 2 came back with a
made-up measure and lead (定在作出后七个工作日内公开。, 执法大队2024年12月) and 2.2 without its deadline, no warning.
Where the copy cannot tell two such cells apart, the import says so at the line."""
from __future__ import annotations

import yaml
from _import_helpers import imported

#: A plan rendered by reportkit (WeasyPrint), its task table an attachment, as pdftotext -layout copies it.
COPY = """\
清河县农业农村局 2024 年政务公开工作要点

 为做好今年农业农村领域的政务公开工作，结合本局职责，
制定本要点。
 一、总体要求
 围绕惠农补贴和农产品质量安全等群众关心的事项，做到应
公开尽公开。
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
 2.公开执法信息
 农业综合行政执法的处罚决定在作出后七个工作日内公开。
 责任科室（单位）：执法大队


                       —1—
 三、机制保障
 局办公室负责统筹协调，每季度通报各股室的工作进展。


 附件：清河县农业农村局 2024 年
      政务公开工作主要任务分解表


                  清河县农业农村局
                      2024 年 3 月 18 日




—2—
附件


             清河县农业农村局
      2024 年政务公开工作主要任务分解表

序号     工作任务         具体措施            责任单位    完成时限
             耕地地力保护补贴、农机购置补贴的标准、
      公开惠农补贴 对象和发放结果按批次公开。          计划财务
1                                          2024 年 6 月
      发放信息   补贴发放结果在村务公开栏同步张贴，张贴   股、农机股
             时间不少于七日。
           1.公开抽检结果：每季度公布农产品质量安全
2.1                              质量安全股     全年
    公开农产品质 例行监测和监督抽检结果。
    量安全信息  2.公开执法信息：农业综合行政执法的处罚决
2.2                               执法大队 2024 年 12 月
           定在作出后七个工作日内公开。




                                            —3—
"""



def _imported(folder, copy):
    """The result of importing ``copy`` as a plan, and its data read back."""
    source = folder / "plan.txt"
    source.write_text(copy, encoding="utf-8")
    result = imported(source, folder, documents=True)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


TASKS = [{"task": "公开惠农补贴发放信息",
          "content": ["耕地地力保护补贴、农机购置补贴的标准、对象和发放结果按批次公开。", "补贴发放结果在村务公开栏同步张贴，张贴时间不少于七日。"],
          "lead": "计划财务股", "support": ["农机股"], "deadline": "2024年6月"},
         {"task": "公开农产品质量安全信息",
          "items": [{"task": "公开抽检结果", "content": ["每季度公布农产品质量安全例行监测和监督抽检结果。"], "lead": "质量安全股"},
                    {"task": "公开执法信息", "content": ["农业综合行政执法的处罚决定在作出后七个工作日内公开。"], "lead": "执法大队",
                     "deadline": "2024年12月"}]}]


def test_a_name_merged_over_sub_items_and_cells_a_blank_apart(tmp_path):
    result, data = _imported(tmp_path, COPY)
    assert data["tasks"] == TASKS
    assert [f.message for f in result.findings if "分解表" in f.message] == []


def test_cells_a_blank_apart_that_cannot_be_told_are_said(tmp_path):
    """A 责任单位 with figures in it (执法 2 队): more than one blank could end it, so the piece is said, not parted."""
    copy = COPY.replace("执法大队 2024 年 12 月", "执法 2 队 2024 年 12 月")
    result, _ = _imported(tmp_path, copy)
    said = [f for f in result.findings if "从责任单位一栏排进了完成时限一栏" in f.message]
    assert len(said) == 1 and "“执法 2 队 2024 年 12 月”" in said[0].message
