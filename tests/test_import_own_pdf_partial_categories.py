"""A 2008-edition report whose categories are some of the year's items only (``partial: true``), printed as a small
table (``show: table``), read back from reportkit's own PDF (both engines): the table prints such a list as it prints
all of them, with no 其中 as the sentence has, so the categories, less than the total, came back without ``partial``
and the file the import wrote did not validate (“各类别……之和为 3 条，而本年度主动公开总数 total 为 7 条”)."""
from __future__ import annotations

import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.testing import render, starter_data

ENGINES = ["weasyprint", "typst"]
#: Two categories of the year's 7 items, one named with digits as a hotline's may be.
CATEGORIES = [{"name": "12345热线转办信息", "count": 1}, {"name": "规划计划类信息", "count": 2}]


def _data(show: str) -> dict:
    data = starter_data("annual-report", year=2008, agency="某县水利局")
    data["sections"]["active_disclosure"] = {"figures": {
        "total": 7, "cumulative": 40, "partial": True, "categories": CATEGORIES, "show": show},
        "content": ["各类信息经审核后在门户网站的公开专栏发布。"]}
    return data


@pytest.mark.parametrize("show", ["table", "text"])
@pytest.mark.parametrize("engine", ENGINES)
def test_some_categories_only_read_back_as_partial(tmp_path, engine, show):
    """The table's categories add up to 3 of the 7 (their shares 14.3%, 28.6% are of the 7): reportkit prints that
    only for ``partial: true``, and so it is read; the sentence says 其中 and was read so already."""
    source = tmp_path / "report.pdf"
    source.write_bytes(render(_data(show), formats=("pdf",), engine=engine).pdf)
    result = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / "back.yaml")])
    assert result.exit_code == 0, result.output
    assert "校验通过" in result.output, result.output
    figures = yaml.safe_load((tmp_path / "back.yaml").read_text(encoding="utf-8"))["sections"]["active_disclosure"]["figures"]
    assert (figures["categories"], figures["total"], figures["cumulative"], figures.get("partial")) == (
        CATEGORIES, 7, 40, True)
