"""A notice's title broken after its 关于印发 in a text copy: the line was dropped as one before the title."""

import pytest

from _import_helpers import import_text
from test_import_documents_shapes import _import

NOTICE = """{first}
{second}

局属各单位：
现将《2024年政务公开工作要点》印发给你们，请结合本单位实际抓好落实。

清河县交通运输局
2024年1月8日

2024年政务公开工作要点

为做好今年交通运输领域的政务公开，结合本局职责，制定本要点。

一、总体要求

围绕群众关切，做好执法、项目和资金信息的公开。

二、主要任务

（一）推进执法信息公开。责任股室：法规股。

三、保障措施

各股室要明确专人负责，按月报送公开信息。
"""


@pytest.mark.parametrize("name", ("plan.txt", "plan.docx", "plan.html"))
@pytest.mark.parametrize(("first", "second"), [
    ("清河县交通运输局关于印发", "2024年政务公开工作要点的通知"),
    ("清河县交通运输局关于", "印发2024年政务公开工作要点的通知"),
    ("清河县交通运输局关于转发", "2024年政务公开工作要点的通知"),
])
def test_a_notice_title_broken_after_its_about_is_one_title(tmp_path, name, first, second):
    """Each line alone is no title (the first names none, the second no organ): together they are the notice's."""
    result, data = _import(tmp_path, name, NOTICE.format(first=first, second=second))
    assert not [f.message for f in result.findings if "标题之前" in f.message]
    assert data["notice"]["title"].replace("\n", "") == first + second
    assert data["title"] == "2024年政务公开工作要点" and data["agency"] == "清河县交通运输局"


def test_a_line_above_a_notice_title_that_is_no_part_of_it_is_still_left_out(tmp_path):
    """A site's line over the title is not joined to it for ending in 关于: it holds a breadcrumb's mark."""
    result, data = _import(tmp_path, "plan.txt", NOTICE.format(
        first="首页 > 通知公告 > 关于", second="清河县交通运输局关于印发2024年政务公开工作要点的通知"))
    assert data["notice"]["title"] == "清河县交通运输局关于印发2024年政务公开工作要点的通知"


PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<h1>{title}</h1>
<p style="text-align:center">{again}</p>
<p>本报告依据《中华人民共和国政府信息公开条例》编制，说明本局一年来公开工作的情况。</p>
<p>一、总体情况</p><p>全年我局把水利工程项目信息作为公开的重点，按月更新。</p>
<p>五、政府信息公开工作存在的主要问题及改进情况</p><p>解读形式偏少，明年增加图解。</p>
<p>六、其他需要报告的事项</p><p>无。</p>
<p style="text-align:right">清河县水利局</p><p style="text-align:right">2024年1月20日</p>
</body></html>"""


@pytest.mark.parametrize("again", ["清河县水利局<br>2023年政府信息公开工作年度报告",
                                   "清河县水利局2023年<br>政府信息公开<br>工作年度报告"])
def test_a_title_printed_again_in_lines_under_the_sites_is_read_once(tmp_path, again):
    """A site's one-line title over the article's own, broken with <br> (each line an item): the title had three lines."""
    title = "清河县水利局2023年政府信息公开工作年度报告"
    result, data = import_text(tmp_path, "page.html", PAGE.format(title=title, again=again))
    assert data.get("title", title) == title
    assert [f.message for f in result.findings if "标题" in f.message] == ["标题在网页上印了两次，只导入一次"]
