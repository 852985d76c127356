"""A report whose table 四 has a figure with a note (2（含上年结转的1件）), which the narrow column prints over six lines,
copied from its PDF by pdftotext (plain, -raw, -layout): the cell's pieces, on the lines around the row's other 14
figures (-layout) or on the lines after the figure (reading order), are one cell again and table 四 reads, as its PDF
does; table 三's five-digit figures read too; so do the 2019 example's two noted cells, which the column prints centred
on the row's line. The reports are the examples with these figures changed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported, render_source

EXAMPLES = Path(__file__).parent.parent / "examples"
NOTED = {"value": 2, "note": "含上年结转的1件"}
#: The 2019 example's table 四, its two noted cells printed centred: their middle lines on the row's line.
CENTRED = {"value": 1, "note": "已于次年审结"}
COPIES = {"reading-order": [], "raw": ["-raw"], "layout": ["-layout"]}


def _copies(folder: Path, data: dict) -> dict:
    """``data`` rendered to PDF in ``folder`` and each of its :data:`COPIES` imported: the result, the data it wrote."""
    source = folder / "report.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    pdf = render_source(source, "pdf", folder)
    plugins = load_plugins()
    out = {}
    for name, options in COPIES.items():
        text = folder / f"{name}.txt"
        subprocess.run(["pdftotext", *options, str(pdf), str(text)], check=True)
        result = imported(text, folder, plugins)
        out[name] = result, yaml.safe_load(Path(result.target).read_text(encoding="utf-8"))
    return out


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    data = yaml.safe_load((EXAMPLES / "sample-2021.yaml").read_text(encoding="utf-8"))
    applications = data["tables"]["applications"]
    applications["new_received"].update(natural_person=10038, total=10048)
    applications["results"]["granted"]["natural_person"] = 10020
    applications["results"]["total"].update(natural_person=10040, total=10048)
    data["sections"]["applications"] = ["全年新收政府信息公开申请10048件，已办结10048件。"]
    data["tables"]["review_litigation"]["reconsideration"]["upheld"] = NOTED
    return _copies(tmp_path_factory.mktemp("copies"), data)


@pytest.fixture(scope="module")
def centred(tmp_path_factory):
    data = yaml.safe_load((EXAMPLES / "xinzhou-2020.yaml").read_text(encoding="utf-8"))
    for key in ("reconsideration", "litigation_after_reconsideration"):
        data["tables"]["review_litigation"][key] = {"upheld": dict(CENTRED)}
    return _copies(tmp_path_factory.mktemp("centred"), data)


@pytest.mark.parametrize("name", COPIES)
def test_table_four_with_a_noted_figure_reads_from_a_text_copy(copies, name):
    """It was placeholders, as 表四应有一行 15 个数字 (reading order) or 没有找到表四 (-layout) said."""
    result, imported_data = copies[name]
    review = imported_data["tables"]["review_litigation"]
    assert review["reconsideration"]["upheld"] == NOTED
    assert {key: {k: v for k, v in review[key].items() if v} for key in review} == {
        "reconsideration": {"upheld": NOTED, "corrected": 1, "pending": 1, "total": 4},
        "litigation_direct": {"upheld": 1, "pending": 1, "total": 2}, "litigation_after_reconsideration": {"upheld": 1, "total": 1}}
    assert not [f for f in result.findings if "表四" in f.message]


@pytest.mark.parametrize("name", COPIES)
def test_table_three_s_five_digit_figures_read_from_a_text_copy(copies, name):
    applications = copies[name][1]["tables"]["applications"]
    assert applications["new_received"]["natural_person"] == 10038
    assert applications["results"]["total"]["total"] == 10048


@pytest.mark.parametrize("name", COPIES)
def test_table_four_with_noted_figures_printed_centred_reads_from_a_text_copy(centred, name):
    """-layout set each noted cell's middle line on the row's line, beside the other figures: 没有找到表四."""
    result, imported_data = centred[name]
    review = imported_data["tables"]["review_litigation"]
    assert [review[key]["upheld"] for key in ("reconsideration", "litigation_after_reconsideration")] == [CENTRED] * 2
    assert review["litigation_direct"]["total"] == 0
    assert not [f for f in result.findings if "表四" in f.message]
