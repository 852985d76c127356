"""A PDF's text copied by pdftotext -layout: a paragraph's line holding figures and a quote (“12369 举报平台答复“急”)
that filled the page's line before the next started with the quote's closing mark (难”) went on at the left edge
under it, but the paragraph came back cut in two there. The page's printed blanks out (12369举报), the line measured
short of the page's width by the gaps set beside the figures and the quote's second half; it is measured as set now
(the fold's measure), as the lines of a copy without -layout are (xinzhou-2020 with its narrative five times as long,
rendered by either engine and copied so)."""
from __future__ import annotations

from _import_helpers import import_text

#: Its first line, indented, was set 26 characters wide (its figures half as wide, gaps beside them, the quote whole):
#: 难” did not fit after it. pdftotext gives the indent as one blank.
COPY = """\
                      石桥县林业局
            2014 年政府信息公开工作年度报告

 一、概述
 本局坚持以公开为常态、不公开为例外，把政务公开纳入年度工
作要点，与业务工作同部署、同检查，全年各项公开任务按计划
完成。
 依托局网站、12345 政务热线、12369 举报平台答复“急
难”问题，全年受理的群众咨询和投诉举报均在规定时限内办理
完毕，办理结果及时向当事人反馈。
 二、主动公开政府信息情况
 本年度主动公开政府信息 412 条，主要通过县政府门户网站的林
业专栏、乡镇林业站的公开栏和林区广播发布，方便林农就近查
看。

                                          —1—
\f 三、存在的主要问题和改进措施
 部分股室报送信息不够及时，网站个别栏目内容更新较慢，下一
年度将把信息报送情况纳入股室考核，每月通报一次。

                                    石桥县林业局
                                  2015 年 3 月 12 日

                                          —2—
"""


def test_a_laid_out_line_with_figures_and_a_quote_filling_its_line_goes_on(tmp_path):
    _, data = import_text(tmp_path, "copy.txt", COPY)
    assert data["sections"]["overview"]["content"] == [
        "本局坚持以公开为常态、不公开为例外，把政务公开纳入年度工作要点，与业务工作同部署、同检查，全年各项公开任务按计划完成。",
        "依托局网站、12345政务热线、12369举报平台答复“急难”问题，全年受理的群众咨询和投诉举报均在规定时限内办理完毕，"
        "办理结果及时向当事人反馈。"]
