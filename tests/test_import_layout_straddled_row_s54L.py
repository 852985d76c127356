"""A 2008 report's own table of figures copied by pdftotext -layout: a row whose first and last cells each take two
lines sets them over and under its figure, which stands alone on the row's middle line (the copy centres a row's cells):
the row came back as three, the cells' halves each a row of their own and the figure one more. The two lines lacking
the same one column, the figure alone there between them, are one row now, on the figure's line (nanning-2008 with
such a table, rendered by either engine and copied so; a merged cell's words centred between two rows stay a row of their
own, test_import_layout_docs_s45A2)."""
from __future__ import annotations

from _import_helpers import import_text

#: A report of one page rendered by reportkit (WeasyPrint) with such a table, as pdftotext -layout copies it.
COPY = """\
            石桥县林业局
     2014 年政府信息公开工作年度报告

   本报告根据《中华人民共和国政府信息公开条例》的规定编
制。报告正文分为概述、各单位公开情况、政府信息公开工作存
在的主要问题及改进措施三个部分。本报告所列数据的统计期限
为 2014 年 1 月 1 日至 12 月 31 日。
   一、概述
   本局把政府信息公开列入年度目标考核，由办公室具体负
责，各股室确定一名信息员，形成了分工明确的工作格局。
   二、各单位公开情况
   各单位主动公开信息的情况如下。
         单位        主动公开条数           备注
县林业工作站（含各乡镇林业站和
                      315   按月公开造林和采伐许可情况
国有林场护林点）
县森林公安局                42    行政处罚决定逐件公开
县野生动植物保护站（县自然保护             珍稀野生动物救护情况按季度公开，保护区
                      27
区管理所）                       巡护记录每年汇总一次


   三、政府信息公开工作存在的主要问题及改进措施
   部分股室报送信息不够及时，下一年度将把信息报送情况纳
入股室考核，每月通报一次。


                               石桥县林业局
                                2015 年 3 月 12 日

                                            —1—
\f"""


def test_a_row_straddling_its_figures_line_is_one_row(tmp_path):
    _, data = import_text(tmp_path, "copy.txt", COPY)
    table = next(item for part in data["sections"]["own"] for item in part["content"] if isinstance(item, dict))
    assert table["columns"] == ["单位", "主动公开条数", "备注"]
    assert table["rows"] == [["县林业工作站（含各乡镇林业站和国有林场护林点）", 315, "按月公开造林和采伐许可情况"],
                             ["县森林公安局", 42, "行政处罚决定逐件公开"],
                             ["县野生动植物保护站（县自然保护区管理所）", 27, "珍稀野生动物救护情况按季度公开，保护区巡护记录每年汇总一次"]]
