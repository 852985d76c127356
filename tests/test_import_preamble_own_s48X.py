"""A published report's preamble that opens as reportkit's own sentence does (“本报告依据《中华人民共和国政府信息公开
条例》和…”) but is worded otherwise is the report's own: imported into ``preamble``, not dropped in silence as the
sentence reportkit writes again on re-render (importers/annual.py ``_GENERATED``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from _import_helpers import data_of, imported, render_source

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"
#: The agency's own preamble, made up for this test.
OWN = ("本报告依据《中华人民共和国政府信息公开条例》和《某省政府信息公开规定》，由某县自然资源局根据本局2023年"
       "政府信息公开工作情况汇总编写，报告中的数据截至2023年12月31日。")


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    """The example as a web page: its preamble is the sentence reportkit writes."""
    folder = tmp_path_factory.mktemp("page")
    return render_source(SAMPLE, "html", folder).read_text(encoding="utf-8")


def _generated(page: str) -> str:
    start = page.index("本报告依据《中华人民共和国政府信息公开条例》和")
    return page[start:page.index("。", page.index("统计期限为", start)) + 1]


def test_reportkit_s_own_sentence_is_not_imported_as_the_report_s(page, tmp_path):
    source = tmp_path / "report.html"
    source.write_text(page, encoding="utf-8")
    assert "preamble" not in data_of(imported(source, tmp_path))


def test_a_preamble_worded_otherwise_is_kept_whole(page, tmp_path):
    source = tmp_path / "report.html"
    source.write_text(page.replace(_generated(page), OWN), encoding="utf-8")
    data = data_of(imported(source, tmp_path))
    assert data["preamble"] == [OWN]
