"""The statistics tables at the widest figures the data allows, in the DOCX (through LibreOffice) and both PDFs.

A province's 表三 sums to 6 or 7 digits, its 表二 counts to 7 and more; the model takes 9-digit counts and changes and
15-digit amounts with 6 places. ``line_breaks.fitted_tables`` widens a column for its figures with room from the
label columns: it narrowed them to one character a line (三、本年度办理结果 stood in 9 lines, （三 | ）不予公开 parted a
bracket from its numeral), and a table it could not fit was printed with its figures broken inside (99999|9999), without
a word. Labels now keep two characters a line and their bracketed numerals whole, and a figure no sharing of the columns
can hold is refused at its place with the most digits the table holds. The 2008 edition's counts had no bound at all;
they now have the others' 9 digits.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

import pdfplumber
import pytest
import yaml

from docx_pages import SOFFICE, docx_to_pdfs
from reportkit.errors import InvalidData
from reportkit.plugins import load_plugins
from reportkit.testing import render

ROOT = Path(__file__).resolve().parents[1]
APPLICANTS = ["natural_person", "commercial_enterprise", "research_institution", "public_welfare_organization",
              "legal_service_agency", "other"]
NUMBER = re.compile(r"[-+]?\d[\d.]*(?:万元)?")
ENGINES = ["weasyprint", "typst", "docx"]


def _row(value: int) -> dict:
    return dict.fromkeys(APPLICANTS, value)


def _applications(n: int) -> dict:
    """表三 with every column ``n`` new and ``n`` carried over, balanced (一 + 二 = 三（七） + 四); its 总计 are 6n."""
    quarter = n // 4
    return {"new_received": _row(n), "carried_over": _row(n), "carried_forward": _row(n),
            "results": {"granted": _row(quarter), "partly_granted": _row(quarter),
                        "unable_to_provide": {"no_such_information": _row(n - 2 * quarter)}}}


def _reviews(value: int) -> dict:
    group = {"upheld": value, "corrected": value, "other": value, "pending": value}
    return {key: dict(group) for key in ("reconsideration", "litigation_direct", "litigation_after_reconsideration")}


def _report(example: str, applicants: int, reviews: int) -> dict:
    """``example`` with 表二 at the model's widest (9-digit counts, −999999999, a 15-digit amount with 6 places in 万元)."""
    data = yaml.safe_load((ROOT / "examples" / example).read_text(encoding="utf-8"))
    count, amount = 999_999_999, "999999999999999.999999"
    disclosure = data["tables"]["active_disclosure"]
    for row in disclosure.values():
        for column in row:
            if column == "change":
                row[column] = -count if "previous_year" in row else row[column]
            elif column == "amount":
                row[column] = amount
            elif column != "unit":
                row[column] = count
    if "government_procurement" in disclosure:
        disclosure["government_procurement"]["unit"] = "万元"
    data["tables"]["applications"] = _applications(applicants)
    data["tables"]["review_litigation"] = _reviews(reviews)
    return data


def _report_2008(count: int = 999_999_999) -> dict:
    """The 2008 edition's figures as small tables, 9 digits each (sums of 10), amounts of 15 digits and 2 places."""
    data = yaml.safe_load((ROOT / "examples" / "mianyang-2009.yaml").read_text(encoding="utf-8"))
    sections, tally = data["sections"], lambda *names: [{"name": name, "count": count} for name in names]
    sections["active_disclosure"]["figures"] = {
        "total": 6 * 99_999_999, "cumulative": count, "show": "table",
        "categories": [{"name": f"第{n}类信息", "count": 99_999_999} for n in "一二三四五六"]}
    sections["applications"]["figures"] = {"channels": tally("当面", "网上"), "outcomes": tally("同意公开", "部分公开"),
                                           "show": "table"}
    sections["review_litigation"]["figures"] = {"reviews": count, "suits": count, "complaints": count, "show": "table"}
    amount = "999999999999999.99"
    sections["fees"]["figures"] = {"charged": amount, "waived": amount, "waived_cases": count, "show": "table"}
    return data


#: A province's report at its widest that prints: 表三's 总计 of 7 digits (8571426), 表四's of 5 (39996).
WIDEST = {"2021": _report("sample-2021.yaml", 1_428_571, 9_999), "2019": _report("xinzhou-2020.yaml", 1_428_571, 9_999),
          "2008": _report_2008()}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    made = {}

    def get(edition: str, engine: str) -> bytes:
        if (edition, engine) not in made:
            if engine == "docx":
                if SOFFICE is None:
                    pytest.skip("LibreOffice (soffice) is not installed")
                # the three editions' DOCX in one LibreOffice run: its start (a new profile) costs far more than a file
                folder = tmp_path_factory.mktemp("big")
                for name, data in WIDEST.items():
                    (folder / f"big{name}.docx").write_bytes(render(data, formats=("docx",)).docx)
                pdfs = docx_to_pdfs([folder / f"big{name}.docx" for name in WIDEST], load_plugins().registry.fonts, folder)
                made.update({(name, "docx"): pdf.read_bytes() for name, pdf in zip(WIDEST, pdfs)})
            else:
                made[edition, engine] = render(WIDEST[edition], formats=("pdf",), engine=engine).pdf
        return made[edition, engine]

    return get


@pytest.fixture(scope="module")
def cells(pdfs):
    """``_cells`` of each output, read once for the two tests that measure it (pdfplumber's tables and crops cost as
    much as the render)."""
    read = {}

    def get(edition: str, engine: str) -> list:
        if (edition, engine) not in read:
            read[edition, engine] = list(_cells(pdfs(edition, engine)))
        return read[edition, engine]

    return get


def _cells(pdf: bytes):
    """Each table cell of every page: its text's lines and the words in it with their room to the cell's rules."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for table in page.find_tables():
                for x0, top, x1, bottom in table.cells:
                    crop = page.crop((x0 - 0.5, top - 0.5, x1 + 0.5, bottom + 0.5))
                    lines = (crop.extract_text() or "").split("\n")
                    yield lines, [(w["text"], w["x0"] - x0, x1 - w["x1"]) for w in crop.extract_words()]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("edition", WIDEST)
def test_the_widest_figures_print_whole_inside_their_cells(cells, edition, engine):
    figures, broken, touching = set(), [], []
    for lines, words in cells(edition, engine):
        numeric = [line for line in lines if NUMBER.fullmatch(line.strip())]
        if len(numeric) > 1:
            broken.append("|".join(numeric))
        for text, left, right in words:
            if NUMBER.fullmatch(text):
                figures.add(text)
                if min(left, right) < 1:  # the cell's padding is 2 pt
                    touching.append(f"{text} {left:.1f}/{right:.1f}")
    assert not broken and not touching
    if edition == "2008":
        assert {"999999999", "1999999998", "599999994", "999999999999999.99"} <= figures
        return
    assert {"999999999", "8571426", "2142852", "9999", "39996"} <= figures
    assert "999999999999999.999999" in figures or "999999999999999.999999万元" in figures
    assert edition == "2021" or "-999999999" in figures


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("edition", ["2021", "2019"])
def test_a_province_s_figures_leave_the_labels_two_characters_a_line(cells, edition, engine):
    labels = {"".join(lines): lines for lines, _ in cells(edition, engine)}
    # Nine characters in two a line are five lines (one a line: nine); （三） is never parted.
    assert len(labels["三、本年度办理结果"]) <= 5, labels["三、本年度办理结果"]
    assert any("（三）" in line for line in labels["（三）不予公开"]), labels["（三）不予公开"]


def _refused(data: dict) -> tuple[list, str]:
    """The errors of ``data``, which render refuses."""
    text = _text(data)
    with pytest.raises(InvalidData) as caught:
        render(text, formats=("pdf",), engine="typst", file="big.yaml")
    return caught.value.diagnostics, text


def _text(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=None)


def _warned(data: dict) -> tuple[list, str]:
    """The warnings of ``data``, which render prints all the same, and which ``strict`` makes errors."""
    text = _text(data)
    warnings = render(text, formats=("pdf",), engine="typst", file="big.yaml").warnings
    with pytest.raises(InvalidData):
        render(text, formats=("pdf",), engine="typst", file="big.yaml", strict=True)
    return [d for d in warnings if d.severity == "warning"], text


def _place(text: str, key: str, value: str) -> tuple[int, int]:
    """The line and column of ``value`` after ``key`` in the data's text (both 1-based)."""
    for number, line in enumerate(text.splitlines(), 1):
        if key in line:
            return number, line.index(value, line.index(key)) + 1
    raise AssertionError(key)


def test_a_figure_no_sharing_of_the_columns_can_hold_is_warned_of_at_its_place():
    """A count too wide for its column however the columns are shared was printed broken inside (99999|999), unsaid:
    a warning at its place (a mistyped count, or a long number of a clerk's own table that is printed all the same)."""
    diagnostics, text = _warned(_report("sample-2021.yaml", 99_999_999, 9))
    messages = {(d.line, d.col): d.message for d in diagnostics}
    line, col = _place(text, "new_received", "99999999")
    assert messages[line, col] == ("表格中的数 99999999 太长，这一列排不下，印出来会从数字中间折行：这张表的列宽最多排得下 7 位数字"
                                   "（合计、总计由各格相加，也算在内）。请核对这个数")
    assert any("表格中的数 599999994 太长" in m for m in messages.values())  # a computed 总计, at its row
    assert all(d.file == "big.yaml" and d.line for d in diagnostics)


def test_table_four_holds_four_digits_a_cell():
    diagnostics, text = _warned(_report("sample-2021.yaml", 9, 24_999))
    line, col = _place(text, "reconsideration", "24999")
    assert any((d.line, d.col) == (line, col) and "表格中的数 24999 太长" in d.message and "最多排得下 4 位数字" in d.message
               for d in diagnostics)
    fits = render(_report("sample-2021.yaml", 9, 9_999), formats=("pdf",), engine="typst")  # 9999 a cell, 39996 a 总计
    assert [d.message for d in fits.warnings if "太长" in d.message] == []


def test_a_count_of_the_2008_edition_has_at_most_nine_digits_as_in_the_others():
    data = _report_2008()
    data["sections"]["review_litigation"]["figures"]["suits"] = 1_000_000_000
    diagnostics, text = _refused(data)
    line, col = _place(text, "suits", "1000000000")
    assert [(d.line, d.col, d.message) for d in diagnostics if d.severity == "error"] == [
        (line, col, "sections.review_litigation.figures.suits：这个数有 10 位，不可能这么多：请核对（最多 9 位）")]


def test_check_of_a_published_report_leaves_out_what_reportkit_s_page_would_break(tmp_path):
    """A published report printed in its own layout is no worse for a figure reportkit's columns could not hold: its
    reviewer saw “印出来会从数字中间折行” for 表四's five-digit cells; ``validate`` of the imported data file still says it."""
    from click.testing import CliRunner
    from reportkit.cli import cli

    data = tmp_path / "big.yaml"
    data.write_text(_text(_report("sample-2021.yaml", 9, 12_345)), encoding="utf-8")
    runner = CliRunner()
    assert "太长" in runner.invoke(cli, ["validate", str(data)]).output
    assert runner.invoke(cli, ["render", str(data), "-f", "html", "-o", str(tmp_path / "site")]).exit_code == 0
    page = next((tmp_path / "site").glob("*.html"))
    result = runner.invoke(cli, ["check", str(page)])
    assert "太长" not in result.output and "figure-width" not in result.output
