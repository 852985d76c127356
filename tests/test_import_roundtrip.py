"""The main test of ``reportkit import``: every annual-report example, rendered to DOCX, to PDF by both engines
(the Typst PDF spreads a justified line's Chinese further apart: its extracted lines have spaces), to
the HTML the PDF is made from and to the web page ``reportkit render -f html`` writes, imports back to the same
data (a 2008-edition example's figures too)."""
from __future__ import annotations

import functools
from pathlib import Path

import pytest
import yaml

from reportkit.default_plugins.annual_report.model import applications_values, outcome_values
from reportkit.default_plugins.annual_report.tables import REVIEW_GROUPS
from reportkit.plugins import load_plugins

from _import_helpers import FORMATS, imported, render_source, report

from reportkit.pipeline import prepare, render

REDHEAD = Path("plugins/reportkit-gbt9704-redhead/examples/redhead-2023.yaml")  # its own test: 版头 and 版记 read back
EXAMPLES = sorted(p for p in [*Path("examples").glob("*.yaml"), *Path("plugins").glob("*/examples/*.yaml")]
                  if p != REDHEAD and (yaml.safe_load(p.read_text(encoding="utf-8")) or {}).get("kind") == "annual-report")
PLUGINS = load_plugins()
#: The formats of FORMATS, and "page": the web page of ``reportkit render -f html``, its 署名 in <div class="signature">.
SOURCES = (*FORMATS, "page")


def rendered(data: Path, fmt: str, folder: Path) -> Path:
    """``data`` rendered to ``fmt``, one of SOURCES, in ``folder``."""
    if fmt != "page":
        return render_source(data, fmt, folder, PLUGINS)
    prepared = prepare(data, PLUGINS)
    target = folder / f"{data.stem}.html"
    target.write_bytes(render(prepared.document, prepared.layout, "html", PLUGINS.registry).data)
    return target


@pytest.mark.parametrize("fmt", SOURCES)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_round_trip(example, fmt, tmp_path):
    source = rendered(example, fmt, tmp_path)
    result = imported(source, tmp_path, PLUGINS)
    assert result.findings == [], result.findings
    assert result.ok, [d.format() for d in result.diagnostics]
    made, read = _prepared_example(example), prepared(result.target)
    # Same printed report: title, preamble, every heading and paragraph, every table cell, 署名 and 日期.
    assert _printed(read) == _printed(made)
    original, back = made.validated.report, read.validated.report
    for field in ("year", "agency", "date", "title", "contact", "statistical_period", "addressee"):
        assert getattr(back, field, None) == getattr(original, field, None), field
    assert read.validated.edition == made.validated.edition
    assert figures(back) == figures(original)
    # every 2008-edition example of reportkit's has figures to read back (a plugin's counts in its own part)
    assert figures(original) or original.year > 2018 or not example.is_relative_to("examples")
    if hasattr(original, "tables"):
        # Cell for cell; the import reads the 总计 cells reportkit computed, so compare them as printed.
        assert back.tables.active_disclosure == original.tables.active_disclosure
        assert applications_values(back) == applications_values(original)
        for key, _ in REVIEW_GROUPS:
            group = getattr(back.tables.review_litigation, key)
            assert outcome_values(group) == outcome_values(getattr(original.tables.review_litigation, key))


def prepared(data: Path):
    return prepare(data, PLUGINS, formats=("docx",))


@functools.cache
def _prepared_example(example: Path):
    """:func:`prepared` of an example, once a module: each of its formats is compared with it."""
    return prepared(example)


def _printed(made) -> list[tuple[str, str]]:
    """Every text of a :func:`prepared` document, with what it is set as (as :func:`_import_helpers.printed`)."""
    return [(element, text) for element, text, _ in made.document.texts()]


def figures(report) -> dict:
    """The 2008 figures of each official part, as data. Shares and totals reportkit computes are compared as
    printed (the import reads them), and channels too: one whose name holds a 、 reads back as two (the import says so)."""
    out = {}
    for key in type(report.sections).model_fields:
        found = getattr(getattr(report.sections, key), "figures", None)
        if found is not None:
            data = found.model_dump(exclude={"categories": {"__all__": {"share"}}})
            for field, printed_as in (("total", "year_total"), ("received", "received_total"),
                                      ("answered", "answered_total")):
                if field in data:
                    data[field] = getattr(found, printed_as)
            data["channels"] = "、".join(c["name"] + (f"（{c['count']}）" if c["count"] is not None else "")
                                        for c in data.get("channels", []))
            out[key] = data
    return out


@pytest.mark.parametrize("fmt", SOURCES)
def test_a_red_head_document_imports_with_its_masthead_and_imprint(fmt, tmp_path):
    """Annual reports are often published as red-head documents: the 版头 (某县自然资源局文件, 某自然资发〔2024〕3号)
    went into the agency's name and the 版记 (抄送, 印发) hid the 成文日期. Both are read back now, into the layout
    that printed them and its settings (the redhead plugin's), and the report reads back as the data it was made
    from."""
    source = rendered(REDHEAD, fmt, tmp_path)
    result = imported(source, tmp_path, PLUGINS)
    assert result.ok, [d.format() for d in result.diagnostics]
    assert [f.message for f in result.findings] == []
    written = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    source_data = yaml.safe_load(REDHEAD.read_text(encoding="utf-8"))
    assert (written["layout"], written["plugins"]) == (source_data["layout"], source_data["plugins"])
    original, back = _prepared_example(REDHEAD).validated.report, report(result.target, PLUGINS)
    for field in ("year", "agency", "date", "title", "contact", "addressee", "sections"):
        assert getattr(back, field, None) == getattr(original, field, None), field
    assert applications_values(back) == applications_values(original)


#: A 印发机关 of two lines in the 版记 (某某市某某区住房和城乡建设局 / 不动产登记中心办公室 2024年1月25日印发).
TWO_LINE_PRINTER = "某某市某某区住房和城乡建设局不动产登记中心办公室"
#: A 抄送 of three lines.
LONG_COPY_TO = "[" + ", ".join(f"某县第{n}个需要抄送的单位" for n in "一二三四五") + "]"


@pytest.mark.parametrize(("printer", "copy_to"), [(TWO_LINE_PRINTER, None), (TWO_LINE_PRINTER, ""),
                                                  ("某县自然资源局办公室", LONG_COPY_TO)],
                         ids=["two_line_printer", "two_line_printer_no_copy_to", "three_line_copy_to"])
@pytest.mark.parametrize("fmt", SOURCES)
def test_a_red_head_document_keeps_its_date_whatever_lines_its_imprint_takes(fmt, printer, copy_to, tmp_path):
    """The Typst PDF prints the 版记 line by line, a long 印发机关 on two with the date beside the second: the lines
    above the one ending in 印发 (the 印发机关's first, the 抄送's) stayed in the body after the 署名, and the 成文日期
    above them was lost (a placeholder); the DOCX without a 抄送 lost it too (its date stood on the first line). The
    版记 is now read whole, into the redhead plugin's settings, and the report reads back as the data it was made
    from."""
    text = REDHEAD.read_text(encoding="utf-8").replace("printer: 某县自然资源局办公室", f"printer: {printer}")
    usual = "    copy_to: [某县人民政府办公室, 某县政务服务和数据管理局]\n"
    if copy_to is not None:
        text = text.replace(usual, f"    copy_to: {copy_to}\n" if copy_to else "")
    assert printer in text and ("copy_to" in text) == (copy_to != "")
    data = tmp_path / "redhead.yaml"
    data.write_text(text, encoding="utf-8")
    result = imported(rendered(data, fmt, tmp_path), tmp_path, PLUGINS)
    assert result.ok, [d.format() for d in result.diagnostics]
    assert [f.message for f in result.findings] == []  # the page's <header> and <footer> too
    original, back = report(data, PLUGINS), report(result.target, PLUGINS)
    for field in ("year", "agency", "date", "title", "contact", "addressee", "sections"):
        assert getattr(back, field, None) == getattr(original, field, None), field
    written = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert written["plugins"] == yaml.safe_load(text)["plugins"]  # the 版记's, nowhere in the text
    assert [word for word in ("日印发", "抄送：") if word in str(written)] == []
