"""An attachment's table whose row, taller than half a page, splits at a page's foot, beside a second long cell (a
备注) that the break splits too: both PDFs print the same lines on every page (session 53, helper F).

Only the cell that makes the row tall (``Geometry.tall_cells``) started at its top in the Typst PDF; the 备注 beside
it, centred and padded above and below on each page, held a line fewer at the page's foot than in the WeasyPrint PDF
(which slices a cell's padding at a break), and every page after it differed. The table's texts are my own.
"""
from __future__ import annotations

import pytest

import layout_measure as lm
from reportkit.testing import render
from test_pages_text_lengths import SUMMARY, variant

CLAUSES = ["承办科室逐月核对栏目内容，对过期信息及时标注失效", "全年共更新专栏页面217次，平均每月18次",
           "群众通过12345热线反映的问题均在5个工作日内答复", "对照年初确定的任务清单，逐项明确责任人和完成时限",
           "在“政策解读”栏目同步发布图解和问答", "将公开工作纳入科室年度考核，考核结果与评优挂钩",
           "门户网站新增RSS订阅和PDF下载功能", "组织业务培训3期，参训人员累计146人次",
           "对依申请公开答复书实行法制审核，避免答复不规范", "（含乡镇、街道和村居）的公开目录统一按新标准调整",
           "《政府信息公开指南》于第二季度修订完毕并在网站公布", "会同县数据中心完成历史文件的数字化，共扫描4,382页"]


def text(n: int, k: int) -> str:
    """About ``n`` characters of the clauses, from the ``k``-th on."""
    out, i = "", k
    while len(out) < n:
        out += CLAUSES[i % len(CLAUSES)] + ("；" if i % 3 == 2 else "，")
        i += 1
    return out[:n].rstrip("，；、（《“") + "。"


def with_table(d):
    """The work summary with an attachment table of 14 rows; the 13th splits at the foot of the table's fourth page."""
    d["attachments"] = [{"title": "某某县2023年度主动公开政府信息目录及公开方式、公开时限和责任科室一览表",
                         "table": {"columns": ["序号", "信息名称", "公开方式", "公开时限", "责任科室", "备注"],
                                   "rows": [[str(i + 1), text(20 + 13 * i, i).rstrip("。"), "门户网站、政务新媒体",
                                             "信息形成或者变更之日起20个工作日内", "办公室（政务公开办）",
                                             text(30 + 47 * (i % 5), i + 4)] for i in range(14)]}}]


@pytest.fixture(scope="module")
def printed() -> dict[str, list[list[str]]]:
    """Each PDF's lines, page by page."""
    data = variant(SUMMARY, with_table)
    return {engine: [[lm._plain(line.text) for line in page.lines]
                     for page in lm.measure(render(data, file=SUMMARY, formats=("pdf",), engine=engine).pdf)]
            for engine in ("weasyprint", "typst")}


def test_a_split_row_prints_the_same_text_on_each_page_in_both_pdfs(printed):
    """Each page's characters (the short cells centred beside the split, 门户网站、政务新媒体, sit 1 pt apart: their
    lines' baselines differ, their text does not)."""
    weasyprint, typst = printed["weasyprint"], printed["typst"]
    # the case is what it says: a page ends inside the 13th row, its 备注's sixth line beside its name's
    assert [lines[-1] for lines in weasyprint if lines[-1].endswith("户网站新增RSS订阅")] == ["均每月18次，群户网站新增RSS订阅"]
    assert len(typst) == len(weasyprint)
    assert [n + 1 for n, (a, b) in enumerate(zip(weasyprint, typst)) if sorted("".join(a)) != sorted("".join(b))] == []
