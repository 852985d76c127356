"""A web page's table cell of several paragraphs (<p>) read as the page shows it: a cell's lines joined without a space
beside a Chinese character (“2024” over “年6月底前” was read “2024 年6月底前”); a table of one
column framing a part's paragraphs (a site's editor boxes them) read as those paragraphs, not glued into one. The
inputs are written for these tests."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from _import_helpers import imported, render_source
from test_import_documents_shapes import _import

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"

PLAN = """
城南区市场监管局2024年政务公开工作方案

为推进本局政务公开工作，制定本方案。

一、工作目标

年内完成许可、检查结果的公开。

二、主要任务

<table><tr><th>序号</th><th>工作任务</th><th>具体措施</th><th>责任单位</th><th>完成时限</th></tr>\
<tr><td>1</td><td><p>升级掌上</p><p>App</p></td><td>增加许可进度查询。</td><td>信息科</td>\
<td><p>2024</p><p>年6月底前</p></td></tr>\
<tr><td>2</td><td>公开抽查结果</td><td><p>抽查结束后</p><p>20个工作日内公开。</p></td>\
<td><p>Web</p><p>组</p></td><td>全年</td></tr></table>

三、保障措施

办公室负责督促落实。

城南区市场监管局
2024年2月6日
"""


def test_a_cells_paragraphs_join_without_a_space_beside_chinese(tmp_path):
    """The task table's cells of two <p>: “2024” over “年6月底前” is the deadline 2024年6月底前 (it was “2024 年6月底前”),
    “升级掌上” over “App” the task 升级掌上App (it was “升级掌上 App”)."""
    _, data = _import(tmp_path, "plan.html", PLAN)
    assert [(t["task"], t.get("deadline")) for t in data["tasks"]] == [("升级掌上App", "2024年6月底前"), ("公开抽查结果", None)]
    assert data["tasks"][1]["content"] == ["抽查结束后20个工作日内公开。"]
    assert data["tasks"][1]["lead"] == "Web组"


#: Two paragraphs of part 六 written for this test, set in a bordered table of one cell.
FRAMED = ["本年度在门户网站开设意见征集专栏，收到群众意见12条，均已回复。", "下一年度将继续做好政策文件的解读工作。"]


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    return render_source(SAMPLE, "html", tmp_path_factory.mktemp("page")).read_text(encoding="utf-8")


@pytest.mark.parametrize("lines", ("".join(f"<p>{line}</p>" for line in FRAMED), "<br>".join(FRAMED)),
                         ids=("paragraphs", "br"))
def test_a_one_cell_table_framing_paragraphs_reads_them_apart(tmp_path, page, lines):
    """Part 六's paragraphs boxed in a table of one cell: two paragraphs of ``other``, as the page shows them (they were
    one, glued together)."""
    part = re.search(r"(<h2>六、[^<]*</h2>)(.*?)(?=<div class=\"signature)", page, re.S)
    framed = tmp_path / "framed.html"
    framed.write_text(page[:part.start(2)] + f'<table border="1" width="100%"><tr><td>{lines}</td></tr></table>'
                      + page[part.end(2):], encoding="utf-8")
    result = imported(framed, tmp_path)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert data["sections"]["other"] == FRAMED
    assert result.ok, result.diagnostics

