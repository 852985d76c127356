"""Task tables of a work plan copied with ``pdftotext -layout`` from reportkit's PDFs (and its DOCX exported by
LibreOffice), read as the data they were rendered from: a task whose measures are two paragraphs, set as a row per
paragraph under the task's one 序号 (a row that may break over pages), its 工作任务, 责任单位 and 完成时限 merged over
both and centred across them; task names with a figure (做好第 1 类…), which pdftotext sets a blank apart from the
words around it, and on a row's number's line a blank before the measure; a task's name that ends on its row's last
line with another task's name under it, no merged cell's rest. The tables' lines are those of the plans' copies, the
frame around them written for this test."""
from __future__ import annotations

import pytest

from _import_helpers import data_of, imported
from test_import_plan_group_rows import PLUGINS

FRAME = """                    某县自然资源局2024年政务公开工作要点

    为做好本年度政务公开工作，结合本局实际，制定本要点。

    一、总体要求

    坚持以公开为常态、不公开为例外，进一步提升政务公开工作质量。

    二、重点任务

{table}
    三、保障措施

    各股室要明确专人负责，确保各项任务落到实处。

                                                            某县自然资源局
                                                            2024年3月1日
\f"""
CLAUSES = ["按季度梳理本单位主动公开事项清单，逐项核对公开时限和公开方式",
           "在门户网站专栏同步发布并更新办理进度，接受群众监督",
           "每月汇总群众咨询和申请的办理情况，形成台账报送县政务公开办",
           "对群众关注的热点问题及时组织政策解读，回应社会关切",
           "完善信息发布审核制度，严格执行保密审查程序"]


def _measure(first: int, count: int) -> str:
    return "；".join(CLAUSES[(first + j) % 5] for j in range(count)) + "。"


def _tasks(copy: str, tmp_path, framed: bool = True) -> tuple[list[tuple], list[str]]:
    source = tmp_path / "plan.txt"
    source.write_text(FRAME.format(table=copy) if framed else copy, encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS, documents=True)
    data = data_of(result)
    default = data.get("task_table", {}).get("default_deadline", "全年")
    return ([(task["task"], task["content"], task["lead"], task.get("deadline", default)) for task in data["tasks"]],
            [finding.message for finding in result.findings if finding.rule != "skipped"])  # the page's number


WEASYPRINT_ROWS = """序号 工作任务            具体措施             责任单位 完成时限
         按季度梳理本单位主动公开事项清单，逐项核对公开时
         限和公开方式；在门户网站专栏同步发布并更新办理进
         度，接受群众监督；每月汇总群众咨询和申请的办理情
         况，形成台账报送县政务公开办；对群众关注的热点问
         题及时组织政策解读，回应社会关切；完善信息发布审
         核制度，严格执行保密审查程序；按季度梳理本单位主
         动公开事项清单，逐项核对公开时限和公开方式；在门
         户网站专栏同步发布并更新办理进度，接受群众监督；
1        每月汇总群众咨询和申请的办理情况，形成台账报送县
         政务公开办；对群众关注的热点问题及时组织政策解
         读，回应社会关切；完善信息发布审核制度，严格执行
         保密审查程序；按季度梳理本单位主动公开事项清单，
         逐项核对公开时限和公开方式；在门户网站专栏同步发
         布并更新办理进度，接受群众监督；每月汇总群众咨询
         和申请的办理情况，形成台账报送县政务公开办；对群
         众关注的热点问题及时组织政策解读，回应社会关切；
    推进权责 完善信息发布审核制度，严格执行保密审查程序。
                                    办公室   6 月底前
    清单公开 每月汇总群众咨询和申请的办理情况，形成台账报送县
         政务公开办；对群众关注的热点问题及时组织政策解
         读，回应社会关切；完善信息发布审核制度，严格执行
         保密审查程序；按季度梳理本单位主动公开事项清单，
         逐项核对公开时限和公开方式；在门户网站专栏同步发
         布并更新办理进度，接受群众监督；每月汇总群众咨询
         和申请的办理情况，形成台账报送县政务公开办；对群
         众关注的热点问题及时组织政策解读，回应社会关切；
1        完善信息发布审核制度，严格执行保密审查程序；按季
         度梳理本单位主动公开事项清单，逐项核对公开时限和
         公开方式；在门户网站专栏同步发布并更新办理进度，
         接受群众监督；每月汇总群众咨询和申请的办理情况，
         形成台账报送县政务公开办；对群众关注的热点问题及
         时组织政策解读，回应社会关切；完善信息发布审核制
         度，严格执行保密审查程序；按季度梳理本单位主动公
         开事项清单，逐项核对公开时限和公开方式；在门户网
         站专栏同步发布并更新办理进度，接受群众监督。


 —4—
\f序号 工作任务            具体措施              责任单位 完成时限
         在门户网站专栏同步发布并更新办理进度，接受群众监
    深化财政
         督；每月汇总群众咨询和申请的办理情况，形成台账报
2   预决算                              法规股    全年
         送县政务公开办；对群众关注的热点问题及时组织政策
    公开
         解读，回应社会关切。
    做好第 3
    类重点领 对群众关注的热点问题及时组织政策解读，回应社会关
3                                    财务股   9 月底前
    域信息   切；完善信息发布审核制度，严格执行保密审查程序。
    公开
"""

LIBREOFFICE_ROWS = """序号 工作任务             具体措施             责任单位 完成时限
         按季度梳理本单位主动公开事项清单，逐项核对公开时
         限和公开方式；在门户网站专栏同步发布并更新办理进
         度，接受群众监督；每月汇总群众咨询和申请的办理情
         况，形成台账报送县政务公开办；对群众关注的热点问
         题及时组织政策解读，回应社会关切；完善信息发布审
         核制度，严格执行保密审查程序；按季度梳理本单位主
         动公开事项清单，逐项核对公开时限和公开方式；在门
         户网站专栏同步发布并更新办理进度，接受群众监督；
1        每月汇总群众咨询和申请的办理情况，形成台账报送县
         政务公开办；对群众关注的热点问题及时组织政策解
         读，回应社会关切；完善信息发布审核制度，严格执行
         保密审查程序；按季度梳理本单位主动公开事项清单，
         逐项核对公开时限和公开方式；在门户网站专栏同步发
         布并更新办理进度，接受群众监督；每月汇总群众咨询
         和申请的办理情况，形成台账报送县政务公开办；对群
         众关注的热点问题及时组织政策解读，回应社会关切；
    推进权责 完善信息发布审核制度，严格执行保密审查程序。
                                     办公室   6 月底前
    清单公开 每月汇总群众咨询和申请的办理情况，形成台账报送县
          政务公开办；对群众关注的热点问题及时组织政策解
          读，回应社会关切；完善信息发布审核制度，严格执行
          保密审查程序；按季度梳理本单位主动公开事项清单，
          逐项核对公开时限和公开方式；在门户网站专栏同步发
          布并更新办理进度，接受群众监督；每月汇总群众咨询
          和申请的办理情况，形成台账报送县政务公开办；对群
          众关注的热点问题及时组织政策解读，回应社会关切；
1         完善信息发布审核制度，严格执行保密审查程序；按季
          度梳理本单位主动公开事项清单，逐项核对公开时限和
          公开方式；在门户网站专栏同步发布并更新办理进度，
          接受群众监督；每月汇总群众咨询和申请的办理情况，
          形成台账报送县政务公开办；对群众关注的热点问题及
          时组织政策解读，回应社会关切；完善信息发布审核制
          度，严格执行保密审查程序；按季度梳理本单位主动公
          开事项清单，逐项核对公开时限和公开方式；在门户网
          站专栏同步发布并更新办理进度，接受群众监督。


 —4—
\f序号 工作任务            具体措施             责任单位 完成时限
         在门户网站专栏同步发布并更新办理进度，接受群众监
    深化财政
         督；每月汇总群众咨询和申请的办理情况，形成台账报
2   预决算公                            法规股    全年
         送县政务公开办；对群众关注的热点问题及时组织政策
    开
         解读，回应社会关切。
    做好第 3
    类重点领 对群众关注的热点问题及时组织政策解读，回应社会关
3                                   财务股   9 月底前
    域信息公 切；完善信息发布审核制度，严格执行保密审查程序。
    开
"""


@pytest.mark.parametrize("copy", [WEASYPRINT_ROWS, LIBREOFFICE_ROWS], ids=["weasyprint", "libreoffice"])
def test_a_task_of_two_paragraphs_a_row_each_is_one_task(tmp_path, copy):
    """Each paragraph's row has the task's 序号 on its middle line, the task's name centred across both rows: 推进权责 on
    the first's last line, 清单公开 on the second's first, 办公室 and 6 月底前 between. Before, each row was a task of
    its own, 推进权责 and 清单公开, the first without its unit and deadline."""
    tasks, notes = _tasks(copy, tmp_path)
    assert tasks == [("推进权责清单公开", [_measure(0, 15), _measure(2, 15)], "办公室", "6月底前"),
                     ("深化财政预决算公开", [_measure(1, 3)], "法规股", "全年"),
                     ("做好第3类重点领域信息公开", [_measure(3, 2)], "财务股", "9月底前")]
    assert notes == []


DIGITS_WEASYPRINT = """序号   工作任务            具体措施              责任单位 完成时限
     做好第 1 类 按季度梳理本单位主动公开事项清单，逐项核对公开
1    重点领域信 时限和公开方式；在门户网站专栏同步发布并更新办     办公室   6 月底前
     息公开     理进度，接受群众监督。
             在门户网站专栏同步发布并更新办理进度，接受群众
             监督；每月汇总群众咨询和申请的办理情况，形成台
             账报送县政务公开办；对群众关注的热点问题及时组
             织政策解读，回应社会关切；完善信息发布审核制
             度，严格执行保密审查程序；按季度梳理本单位主动
             公开事项清单，逐项核对公开时限和公开方式；在门
             户网站专栏同步发布并更新办理进度，接受群众监
             督；每月汇总群众咨询和申请的办理情况，形成台账
             报送县政务公开办；对群众关注的热点问题及时组织
             政策解读，回应社会关切；完善信息发布审核制度，
     做好第 2 类
             严格执行保密审查程序；按季度梳理本单位主动公开
2    重点领域信                             法规股    全年
             事项清单，逐项核对公开时限和公开方式；在门户网
     息公开
             站专栏同步发布并更新办理进度，接受群众监督；每
             月汇总群众咨询和申请的办理情况，形成台账报送县
             政务公开办；对群众关注的热点问题及时组织政策解
             读，回应社会关切；完善信息发布审核制度，严格执
             行保密审查程序；按季度梳理本单位主动公开事项清
             单，逐项核对公开时限和公开方式；在门户网站专栏
             同步发布并更新办理进度，接受群众监督；每月汇总
             群众咨询和申请的办理情况，形成台账报送县政务公
             开办；对群众关注的热点问题及时组织政策解读，回
             应社会关切。
             每月汇总群众咨询和申请的办理情况，形成台账报送
     做好第 3 类
             县政务公开办；对群众关注的热点问题及时组织政策
3    重点领域信                             财务股   9 月底前
             解读，回应社会关切；完善信息发布审核制度，严格
     息公开
             执行保密审查程序。
     做好第 4 类
             对群众关注的热点问题及时组织政策解读，回应社会
4    重点领域信                             资源股   12 月底前
             关切。
     息公开
"""

DIGITS_WORD_TOP = """序号 工作任务               具体措施             责任单位 完成时限
1   做好第 1   按季度梳理本单位主动公开事项清单，逐项核对公开时   办公室   6 月底前
    类重点领    限和公开方式；在门户网站专栏同步发布并更新办理进
    域信息公    度，接受群众监督；每月汇总群众咨询和申请的办理情
    开       况，形成台账报送县政务公开办；对群众关注的热点问
            题及时组织政策解读，回应社会关切；完善信息发布审
            核制度，严格执行保密审查程序。
2   做好第 2 在门户网站专栏同步发布并更新办理进度，接受群众监     法规股    全年
    类重点领 督。
    域信息公
    开
3   做好第 3   每月汇总群众咨询和申请的办理情况，形成台账报送县   财务股   9 月底前
    类重点领    政务公开办；对群众关注的热点问题及时组织政策解
    域信息公    读，回应社会关切；完善信息发布审核制度，严格执行
    开       保密审查程序；按季度梳理本单位主动公开事项清单，
            逐项核对公开时限和公开方式；在门户网站专栏同步发
            布并更新办理进度，接受群众监督；每月汇总群众咨询
            和申请的办理情况，形成台账报送县政务公开办；对群
            众关注的热点问题及时组织政策解读，回应社会关切；
            完善信息发布审核制度，严格执行保密审查程序；按季
            度梳理本单位主动公开事项清单，逐项核对公开时限和
            公开方式；在门户网站专栏同步发布并更新办理进度，
            接受群众监督；每月汇总群众咨询和申请的办理情况，
            形成台账报送县政务公开办；对群众关注的热点问题及
            时组织政策解读，回应社会关切。
4   做好第 4   对群众关注的热点问题及时组织政策解读，回应社会关   资源股   12 月底前
    类重点领    切；完善信息发布审核制度，严格执行保密审查程序；
    域信息公    按季度梳理本单位主动公开事项清单，逐项核对公开时
    开       限和公开方式；在门户网站专栏同步发布并更新办理进
            度，接受群众监督；每月汇总群众咨询和申请的办理情
            况，形成台账报送县政务公开办；对群众关注的热点问
            题及时组织政策解读，回应社会关切；完善信息发布审
            核制度，严格执行保密审查程序。
"""

UNITS = ["办公室", "法规股", "财务股", "资源股"]
DEADLINES = ["6月底前", "全年", "9月底前", "12月底前"]


@pytest.mark.parametrize(("copy", "lengths"), [(DIGITS_WEASYPRINT, [2, 18, 3, 1]), (DIGITS_WORD_TOP, [5, 1, 12, 7])],
                         ids=["weasyprint", "word top"])
def test_a_task_name_with_a_figure_keeps_its_word(tmp_path, copy, lengths):
    """The WeasyPrint copy sets 做好第 1 类 a blank before its measure, the measures' column a character further left on
    the row's number's line, where 类 stands: 类 was taken for the start of the measures (做好第1重点领域信息公开, its
    first measure 类, its unit the measure's first line). The copy of the table set at the top of its
    cells closes 做好第 2 up to its measure, a blank apart, on a line pdftotext set two characters left: the table was
    not read (its rows' text as paragraphs, no task's unit or deadline)."""
    tasks, notes = _tasks(copy, tmp_path)
    assert tasks == [(f"做好第{k + 1}类重点领域信息公开", [_measure(k, n)], UNITS[k], DEADLINES[k])
                     for k, n in enumerate(lengths)]
    assert notes == []


SHORT_NAME_TOP = """序号    工作任务            具体措施             责任单位 完成时限
1    做好第 1 类重点 按季度梳理本单位主动公开事项清单，逐项核对   办公室   6 月底前
     领域信息公开    公开时限和公开方式；在门户网站专栏同步发布
               并更新办理进度，接受群众监督；每月汇总群众
               咨询和申请的办理情况，形成台账报送县政务公
               开办；对群众关注的热点问题及时组织政策解
               读，回应社会关切；完善信息发布审核制度，严
               格执行保密审查程序。
2    做好第 2 类重点 在门户网站专栏同步发布并更新办理进度，接受   法规股    全年
     领域信息公开    群众监督。
3    做好第 3 类重点 每月汇总群众咨询和申请的办理情况，形成台账   财务股   9 月底前
     领域信息公开    报送县政务公开办；对群众关注的热点问题及时
               组织政策解读，回应社会关切。
4    做好第 4 类重点 对群众关注的热点问题及时组织政策解读，回应   资源股   12 月底前
     领域信息公开    社会关切。
"""

FILLED_NAME_PLAN = """         某某县自然资源局
    2024 年政务公开工作实施方案

  一、总体要求
  各股室分工负责。
  二、主要任务
  （一）加强公开平台管理
  按季度梳理本单位主动公开事项清单，逐项核对公开时限和
公开方式；在门户网站专栏同步发布并更新办理进度，接受群众
监督；每月汇总群众咨询和申请的办理情况，形成台账报送县政
务公开办。
  责任科室（单位）：执法大队
  （二）推进权责清单公开工作
  在门户网站专栏同步发布并更新办理进度，接受群众监督。
  责任科室（单位）：规划股
  （三）落实公开保密审查
  每月汇总群众咨询和申请的办理情况，形成台账报送县政务
公开办；对群众关注的热点问题及时组织政策解读，回应社会关
切；完善信息发布审核制度，严格执行保密审查程序；按季度梳
理本单位主动公开事项清单，逐项核对公开时限和公开方式。
  责任科室（单位）：办公室


                        —1—
\f  （四）深化财政预决算公开
  对群众关注的热点问题及时组织政策解读，回应社会关切；
完善信息发布审核制度，严格执行保密审查程序。
  责任科室（单位）：法规股
  三、机制保障
  办公室按季度汇总落实情况。


  附件：某某县自然资源局 2024 年
      政务公开工作主要任务分解表


                       某某县自然资源局
                         2024 年 3 月 1 日




—2—
\f附件


            某某县自然资源局
     2024 年政务公开工作主要任务分解表

工作任务              具体措施              责任单位   完成时限
加强公开平   按季度梳理本单位主动公开事项清单，逐项核对公开时限 执法大队     6 月底前
台管理     和公开方式；在门户网站专栏同步发布并更新办理进度，
        接受群众监督；每月汇总群众咨询和申请的办理情况，形
        成台账报送县政务公开办。
推进权责清   在门户网站专栏同步发布并更新办理进度，接受群众监    规划股     全年
单公开工作   督。
落实公开保   每月汇总群众咨询和申请的办理情况，形成台账报送县政   办公室    9 月底前
密审查     务公开办；对群众关注的热点问题及时组织政策解读，回
        应社会关切；完善信息发布审核制度，严格执行保密审查
        程序；按季度梳理本单位主动公开事项清单，逐项核对公
        开时限和公开方式。
深化财政预   对群众关注的热点问题及时组织政策解读，回应社会关    法规股    12 月底前
决算公开    切；完善信息发布审核制度，严格执行保密审查程序。




                                           —3—
\f"""


def test_a_task_name_a_character_short_of_its_column_is_no_merged_cells_rest(tmp_path):
    """做好第 2 类重点 / 领域信息公开 ends on its row's last line a character short of the column's widest line, which a
    wrap does not leave before a character that has room (only before one a closing mark follows, or the cell's last
    two kept together): 做好第 3 类… under it is the next row's own. Before, a note said it might be the rest of a
    merged cell."""
    tasks, notes = _tasks(SHORT_NAME_TOP, tmp_path)
    assert tasks == [(f"做好第{k + 1}类重点领域信息公开", [_measure(k, n)], UNITS[k], DEADLINES[k])
                     for k, n in enumerate([5, 1, 2, 1])]
    assert notes == []


def test_a_task_name_filling_its_rows_last_line_is_no_merged_cells_rest_where_the_plan_names_it(tmp_path):
    """推进权责清 / 单公开工作 fills its row's last line, 落实公开保 / 密审查 under it on the next row's first line: the
    plan's 主要任务 name both tasks, not the two joined, and the note that 落实公开保密审查 might be the rest of a merged
    cell is not said (it was). Without the plan's text naming them the copy cannot tell, and the note is said."""
    names = ["加强公开平台管理", "推进权责清单公开工作", "落实公开保密审查", "深化财政预决算公开"]
    expected = [(name, [_measure(k, n)], unit, deadline) for k, (name, n, unit, deadline)
                in enumerate(zip(names, [3, 1, 4, 2], ["执法大队", "规划股", "办公室", "法规股"], DEADLINES))]
    tasks, notes = _tasks(FILLED_NAME_PLAN, tmp_path, framed=False)
    assert tasks == expected
    assert notes == []
    table = FILLED_NAME_PLAN[FILLED_NAME_PLAN.index("工作任务  "):].split("\n\n")[0]
    tasks, notes = _tasks(table + "\n", tmp_path)
    assert tasks == expected
    assert len(notes) == 1 and "“落实公开保密审查”紧接在上一行排满的工作任务“推进权责清单公开工作”下面" in notes[0]


ONE_ROW_PAGE = """工作任务              具体措施              责任单位   完成时限
       按季度梳理本单位主动公开事项清单，逐项核对公开时限和
       公开方式；在门户网站专栏同步发布并更新办理进度，接受
       群众监督；每月汇总群众咨询和申请的办理情况，形成台账
       报送县政务公开办；对群众关注的热点问题及时组织政策解
       读，回应社会关切；完善信息发布审核制度，严格执行保密
       审查程序；按季度梳理本单位主动公开事项清单，逐项核对
       公开时限和公开方式；在门户网站专栏同步发布并更新办理
       进度，接受群众监督；每月汇总群众咨询和申请的办理情
       况，形成台账报送县政务公开办；对群众关注的热点问题及
       时组织政策解读，回应社会关切；完善信息发布审核制度，
       严格执行保密审查程序；按季度梳理本单位主动公开事项清
       单，逐项核对公开时限和公开方式；在门户网站专栏同步发
       布并更新办理进度，接受群众监督；每月汇总群众咨询和申
       请的办理情况，形成台账报送县政务公开办；对群众关注的
       热点问题及时组织政策解读，回应社会关切；完善信息发布
推进权责   审核制度，严格执行保密审查程序。
                                    办公室    6 月底前
清单公开   每月汇总群众咨询和申请的办理情况，形成台账报送县政务
       公开办；对群众关注的热点问题及时组织政策解读，回应社
       会关切；完善信息发布审核制度，严格执行保密审查程序；
       按季度梳理本单位主动公开事项清单，逐项核对公开时限和
       公开方式；在门户网站专栏同步发布并更新办理进度，接受
       群众监督；每月汇总群众咨询和申请的办理情况，形成台账
       报送县政务公开办；对群众关注的热点问题及时组织政策解
       读，回应社会关切；完善信息发布审核制度，严格执行保密
       审查程序；按季度梳理本单位主动公开事项清单，逐项核对
       公开时限和公开方式；在门户网站专栏同步发布并更新办理
       进度，接受群众监督；每月汇总群众咨询和申请的办理情
       况，形成台账报送县政务公开办；对群众关注的热点问题及
       时组织政策解读，回应社会关切；完善信息发布审核制度，
       严格执行保密审查程序；按季度梳理本单位主动公开事项清
       单，逐项核对公开时限和公开方式；在门户网站专栏同步发
       布并更新办理进度，接受群众监督。




 —4—
\f工作任务               具体措施              责任单位   完成时限
        在门户网站专栏同步发布并更新办理进度，接受群众监督；
深化财政
        每月汇总群众咨询和申请的办理情况，形成台账报送县政务
预决算公                                 法规股     全年
        公开办；对群众关注的热点问题及时组织政策解读，回应社
开
        会关切。
做好第 3
类重点领    对群众关注的热点问题及时组织政策解读，回应社会关切；
                                     财务股    9 月底前
域信息公    完善信息发布审核制度，严格执行保密审查程序。
开
"""


def test_a_page_holding_one_row_of_a_table_going_on_over_the_next_is_read(tmp_path):
    """A table without a 序号 column, its cells centred: the first page holds one row only, the task of two paragraphs
    (its name centred across both, 办公室 and 6 月底前 alone between them), the table going on under the head the next
    page repeats. A page's part of one row was read only where the table came from the page before: this one was
    not read, the task left out of the table (the task of a plan that names it in its 主要任务 without its deadline)."""
    tasks, notes = _tasks(ONE_ROW_PAGE, tmp_path)
    assert tasks == [("推进权责清单公开", [_measure(0, 15), _measure(2, 15)], "办公室", "6月底前"),
                     ("深化财政预决算公开", [_measure(1, 3)], "法规股", "全年"),
                     ("做好第3类重点领域信息公开", [_measure(3, 2)], "财务股", "9月底前")]
    assert notes == []
