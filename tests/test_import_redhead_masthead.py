"""A red-head document's 版头 and 版记 come back on import: the redhead plugin reads them (hook ``read_masthead``) into
``layout: redhead`` and its settings, so that a re-render prints them again. Before, both were left out with a finding
each, and the 抄送 list was lost. Without the plugin, they are left out as before, the findings saying it would read them.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import tempfile
from pathlib import Path

import pytest
import yaml

from reportkit.default_plugins.annual_report.model import applications_values
from reportkit.plugins import load_plugins
from reportkit.testing import docx_text, hidden, render

from _fast_redhead import ALL, render_once
from _import_helpers import import_text, imported, page_as_text, render_source, report
from test_import_roundtrip import REDHEAD, rendered

PLUGINS = load_plugins()
PACKAGE = "reportkit-gbt9704-redhead"
SETTINGS = """    organ_mark: 某县自然资源局文件
    number: 某自然资发〔2024〕3号
    copy_to: [某县人民政府办公室, 某县政务服务和数据管理局]
    printer: 某县自然资源局办公室
    printed_on: 2024-01-25
"""
#: Twelve organs to copy to: the 抄送 takes four lines.
MANY = ["某县发展和改革局", "某县财政局", "某县住房和城乡建设局", "某县交通运输局", "某县农业农村局", "某县水利局", "某县林业局",
        "某县生态环境分局", "某县市场监督管理局", "某县审计局", "某县统计局", "各乡镇人民政府"]
#: Eighteen organs more, for a 抄送 of eleven lines.
FURTHER = [f"某县第{n}片区综合执法队" for n in range(1, 19)]
#: Each variant's settings, as the example's with these lines replaced.
VARIANTS = {
    "example": {},
    "two_line_mark": {"organ_mark": "某某自治州某某县乡村振兴和农业农村综合行政执法服务中心文件"},
    "mark_in_lines": {"organ_mark": "[某某自治州某某县乡村振兴和农业农村, 综合行政执法服务中心文件]"},
    "joint": {"organ_mark": "[某县自然资源局, 某县财政局, 某县住房和城乡建设局]"},
    "one_signer": {"number": "某自然资发〔2024〕3号\n    signers: [王某某]"},
    "two_signers": {"number": "某自然资发〔2024〕3号\n    signers: [王某某, 欧阳某某]"},
    "long_copy_to": {"copy_to": f"[{', '.join(MANY)}]", "printer": "某某市某某区住房和城乡建设局不动产登记中心办公室"},
    "no_copy_to": {"copy_to": None, "printed_on": "2024-12-31"},
    # five lines, the last only “馆。”: the WeasyPrint PDF's 版记 box held over 100 characters, a sentence among them
    "copy_to_14": {"copy_to": f"[{', '.join(MANY + ['某县信访局', '某县档案馆'])}]"},
    # eleven lines: the Typst PDF prints each a line of its own
    "copy_to_30": {"copy_to": f"[{', '.join(MANY + FURTHER)}]"},
}
#: Which formats each variant is rendered to (all five for the example; the web page keeps no line of the 标志 apart:
#: a 标志 written in lines comes back as one name, broken again by the plugin's rule).
CASES = [*(("example", fmt) for fmt in ("docx", "pdf", "pdf-typst", "html", "page")),
         ("two_line_mark", "docx"), ("two_line_mark", "html"), ("mark_in_lines", "pdf"), ("joint", "pdf-typst"),
         ("joint", "docx"), ("one_signer", "page"), ("two_signers", "pdf"), ("two_signers", "docx"),
         ("long_copy_to", "pdf-typst"), ("long_copy_to", "docx"), ("long_copy_to", "pdf"), ("no_copy_to", "html"),
         ("no_copy_to", "pdf"), ("copy_to_14", "pdf"), ("copy_to_14", "pdf-typst"), ("copy_to_30", "pdf"),
         ("copy_to_30", "pdf-typst"), ("copy_to_30", "docx"), ("copy_to_30", "page")]


def _variant(name: str, folder: Path) -> Path:
    text = REDHEAD.read_text(encoding="utf-8")
    assert SETTINGS in text
    lines = SETTINGS
    for key, value in VARIANTS[name].items():
        old = next(line for line in SETTINGS.splitlines(keepends=True) if line.startswith(f"    {key}:"))
        lines = lines.replace(old, "" if value is None else f"    {key}: {value}\n")
    data = folder / f"{name}.yaml"
    data.write_text(text.replace(SETTINGS, lines), encoding="utf-8")
    return data


def _settings(path: Path) -> dict | None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return (data.get("plugins") or {}).get(PACKAGE) if isinstance(data.get("plugins"), dict) else None


def _made(data: Path):
    """The one render of the variant ``data`` (``render_once``): its DOCX, for ``_original``, and the PDFs its cases
    import (all three for the example, shared with the other red-head tests)."""
    formats = tuple(fmt for fmt in ALL if fmt == "docx" or (data.stem, fmt) in CASES) if data.stem in VARIANTS else ALL
    return render_once(data.read_text(encoding="utf-8"), formats)


def _source(data: Path, fmt: str, folder: Path) -> Path:
    """``data`` rendered to ``fmt`` in ``folder``, as test_import_roundtrip's ``rendered`` makes it; the DOCX and the
    PDFs by the same renderers in one render of the variant (``_made``), for all its cases."""
    if fmt not in ALL:
        return rendered(data, fmt, folder)
    target = folder / f"{data.stem}.{'pdf' if fmt == 'pdf-typst' else fmt}"
    target.write_bytes(_made(data).outputs[fmt])
    return target


def _original(data: Path) -> str:
    """The text of the DOCX of the variant ``data``: that of its render, made once per variant."""
    return docx_text(_made(data).docx)


def _kind(value) -> str:
    return f"{type(value).__name__}:{value}"


_PRINTED: dict[str, str] = {}


def _printed(text: str) -> str:
    """The text of the DOCX of the data ``text``, rendered once per data as YAML loads it (dates kept apart from
    strings): the files imported from a variant's renderings differ in their first comment line only (the source's
    name), and two texts that load the same print the same."""
    key = json.dumps(yaml.safe_load(text), sort_keys=True, ensure_ascii=False, default=_kind)
    if key not in _PRINTED:
        _PRINTED[key] = docx_text(render(text, formats=("docx",)).docx)
    return _PRINTED[key]


@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_the_masthead_and_imprint_come_back_as_the_plugins_settings(name, fmt, tmp_path):
    """Each rendering of a red-head report imports with ``layout: redhead`` and the settings it was made from (the
    标志's lines, 发文字号, 签发人, 抄送, 印发机关, 印发日期), no finding about them, the body as written; rendered again,
    the document prints its 版头 and 版记."""
    data = _variant(name, tmp_path)
    result = imported(_source(data, fmt, tmp_path), tmp_path, PLUGINS)
    assert result.ok, [d.format() for d in result.diagnostics]
    assert [f.message for f in result.findings] == []
    back = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert back["layout"] == "redhead"
    assert _settings(result.target) == _settings(data)
    original, again = report(data, PLUGINS), report(result.target, PLUGINS)
    for field in ("year", "agency", "date", "title", "contact", "addressee", "sections"):
        assert getattr(again, field, None) == getattr(original, field, None), field
    assert applications_values(again) == applications_values(original)
    assert again.tables.active_disclosure == original.tables.active_disclosure
    printed = _printed(result.target.read_text(encoding="utf-8"))
    assert printed == _original(data)
    settings = _settings(data)
    mark, copied = settings["organ_mark"], "，".join(settings.get("copy_to", []))
    first, second = printed.split("\n")[:2]  # the 标志's lines are one paragraph
    assert first == ("".join(mark) if isinstance(mark, list) else mark) and second.startswith(settings["number"])
    assert printed.rstrip().endswith("印发") and (f"抄送：{copied}。" in printed) == bool(copied)


def test_a_text_copy_reads_its_masthead_and_imprint(tmp_path):
    """A report copied as text (the 版记's last row a tab apart) reads its 版头 and 版记 too."""
    result, data = import_text(tmp_path, "r.txt", _text())
    assert result.ok and [f.message for f in result.findings] == []
    assert data["layout"] == "redhead" and data["plugins"][PACKAGE] == {
        "organ_mark": "某县自然资源局文件", "number": "某自然资发〔2024〕3号", "copy_to": ["某县人民政府办公室", "某县政务服务和数据管理局"],
        "printer": "某县自然资源局办公室", "printed_on": dt.date(2024, 1, 25)}


@functools.cache
def _text() -> str:
    """The example's web page copied as text: rendered once, each test changing its own copy."""
    with tempfile.TemporaryDirectory() as folder:
        return page_as_text(render_source(REDHEAD, "html", Path(folder), PLUGINS).read_text(encoding="utf-8"))


#: A 机关代字 too long for the 发文字号's line: the settings refuse it.
LONG_CODE = "某县乡村振兴和农业农村综合行政执法服务中心发"
WRITE = f"要照原件印出，请在数据开头写上 layout: redhead 和 plugins: {{{PACKAGE}: {{"


@pytest.mark.parametrize(("change", "expected"), [
    (("某自然资发〔2024〕3号\n", ""),
     ("第 1 行", f"版头和版记未导入：没有读出发文字号。{WRITE}organ_mark: 某县自然资源局文件, copy_to: [某县人民政府办公室, "
                 "某县政务服务和数据管理局], printer: 某县自然资源局办公室, printed_on: 2024-01-25, number: （发文字号）}}，"
                 "再照原件填好括号里的各项")),
    (("某县自然资源局办公室\t2024年1月25日印发", "某县自然资源局办公室"),
     ("第 ", f"版头和版记未导入：没有读出印发日期。{WRITE}organ_mark: 某县自然资源局文件, number: 某自然资发〔2024〕3号, "
             "copy_to: [某县人民政府办公室, 某县政务服务和数据管理局], printer: 某县自然资源局办公室, printed_on: （印发日期）}}，"
             "再照原件填好括号里的各项")),
    (("某自然资发〔2024〕3号", f"{LONG_CODE}〔2024〕3号"),
     ("第 2 行", f"版头和版记未导入：发文字号“{LONG_CODE}〔2024〕3号”一行排不下（3号字一行至多 27.5 字）：请缩短机关代字，例如 "
                 "某环发〔2022〕3号（GB/T 9704-2012 第7.2.5条）。"
                 f"{WRITE}organ_mark: 某县自然资源局文件, copy_to: [某县人民政府办公室, 某县政务服务和数据管理局], "
                 "printer: 某县自然资源局办公室, printed_on: 2024-01-25, number: （发文字号）}}，再照原件填好括号里的各项")),
], ids=["no_number", "no_printed_on", "number_refused"])
def test_what_cannot_be_read_is_a_finding_saying_what_to_write(change, expected, tmp_path):
    """Without a 发文字号, without a 印发日期, or with one the settings refuse, nothing is written (the data stays valid
    and prints without a 版头): one finding gives the settings read and the one to fill in by hand."""
    text = _text()
    assert change[0] in text
    result, data = import_text(tmp_path, "r.txt", text.replace(change[0], change[1], 1))
    assert result.ok, [d.format() for d in result.diagnostics]
    assert "layout" not in data and "plugins" not in data
    said = [(f.place, f.message) for f in result.findings if "版头" in f.message or "版记" in f.message]
    assert len(said) == 1 and said[0][0].startswith(expected[0]) and said[0][1] == expected[1], said


@pytest.mark.parametrize(("change", "expected", "kept"), [
    (("某自然资发〔2024〕3号", "某自然资发〔2024〕3号　　签发人：王某　李某某"),
     "签发人“王某李某某”未导入：姓名连在一起，分不出是哪几位，请照原件写 signers，如 [王某某, 李某某]", {}),
    (("某自然资发〔2024〕3号", "某自然资发〔2024〕3号　　签发人：王某某　欧阳某某"), None, {"signers": ["王某某", "欧阳某某"]}),
    (("某县自然资源局文件\n", "特急\n某县自然资源局文件\n"),
     "版头的“特急”未导入：本插件的版头只印发文机关标志和发文字号（不印份号、密级、紧急程度）", {}),
], ids=["signers_run_together", "signers_parted", "urgency"])
def test_a_part_the_plugin_cannot_print_is_left_out_alone(change, expected, kept, tmp_path):
    """The 签发人's names run together (the readers drop the space between them) are parted where only one way fits
    (王某某 and 欧阳某某), else left out in a finding; a 紧急程度 over the 标志 is left out in a finding: the rest of the
    版头 and 版记 is read."""
    text = _text()
    result, data = import_text(tmp_path, "r.txt", text.replace(change[0], change[1], 1))
    assert result.ok, [d.format() for d in result.diagnostics]
    assert [f.message for f in result.findings] == ([expected] if expected else [])
    assert data["layout"] == "redhead"
    assert data["plugins"][PACKAGE] == {
        "organ_mark": "某县自然资源局文件", "number": "某自然资发〔2024〕3号", **kept,
        "copy_to": ["某县人民政府办公室", "某县政务服务和数据管理局"], "printer": "某县自然资源局办公室",
        "printed_on": dt.date(2024, 1, 25)}


NUMBER = "某自然资发〔2024〕3号"
#: The example's settings, as the text copy gives them.
READ = {"organ_mark": "某县自然资源局文件", "number": NUMBER, "copy_to": ["某县人民政府办公室", "某县政务服务和数据管理局"],
        "printer": "某县自然资源局办公室", "printed_on": dt.date(2024, 1, 25)}


@pytest.mark.parametrize("printed", ["某自然资发[2024]3号", "某自然资发（2024）3号", "某自然资发【2024】3号", "某自然资发(2024)3号",
                                     "某自然资发［2024］3号", "某自然资发〔2024〕第3号", "某自然资发【2024】第03号"])
def test_a_number_printed_with_other_brackets_is_written_as_the_standard_has_it(printed, tmp_path):
    """A 发文字号 as web pages often print it, its year in square or round brackets, or 第 and zeros before its number:
    the settings refuse it, and the whole 版头 and 版记 were left out (the 第 form was not even seen as the 版头's).
    It is written with 〔〕 and its bare number now, in a finding at its own line that says so; the rest is read."""
    result, data = import_text(tmp_path, "r.txt", _text().replace(NUMBER, printed, 1))
    assert result.ok, [d.format() for d in result.diagnostics]
    assert [(f.place, f.message) for f in result.findings] == [
        ("第 2 行", f"发文字号“{printed}”按 GB/T 9704-2012 第7.2.4条（年份用六角括号〔〕，顺序号不加“第”、不编虚位）导入为"
                   f"“{NUMBER}”：请与原件核对")]
    assert data["layout"] == "redhead" and data["plugins"][PACKAGE] == READ


def test_a_web_page_s_number_in_square_brackets_comes_back_in_the_standard_s(tmp_path):
    """The web page ``render -f html`` writes, its 发文字号 changed to 【2024】 as a site would print it: the settings
    are those it was made from, and the document prints its 版头 again."""
    page = rendered(REDHEAD, "page", tmp_path)
    text = page.read_text(encoding="utf-8")
    assert text.count(NUMBER) == 1
    page.write_text(text.replace(NUMBER, "某自然资发【2024】3号"), encoding="utf-8")
    result = imported(page, tmp_path, PLUGINS)
    assert [f.message for f in result.findings] == [
        "发文字号“某自然资发【2024】3号”按 GB/T 9704-2012 第7.2.4条（年份用六角括号〔〕，顺序号不加“第”、不编虚位）导入为"
        f"“{NUMBER}”：请与原件核对"]
    assert _settings(result.target) == _settings(REDHEAD)
    printed = _printed(result.target.read_text(encoding="utf-8"))
    assert printed.split("\n")[1] == NUMBER


def _wrapped(names: list[str], width: int = 26) -> list[str]:
    """The 抄送 of ``names`` broken into lines of ``width`` characters, as a PDF's text copy gives it."""
    text = f"抄送：{'，'.join(names)}。"
    return [text[k:k + width] for k in range(0, len(text), width)]


@pytest.mark.parametrize("dated", [True, False], ids=["dated", "undated"])
def test_a_copy_to_of_many_lines_is_the_imprints_whatever_its_length(dated, tmp_path):
    """A 抄送 of thirty organs, a line of the text copy for each printed line (eleven): the 版记 was looked for in the
    eight lines over its 印发 line only (or without one, under its 抄送), so the 抄送's first lines stayed in the body
    and the 成文日期 above them was lost. The 版记 is read whole now; without its 印发日期, the finding gives the whole
    抄送 list."""
    lines = _wrapped(MANY + FURTHER)
    assert len(lines) > 8
    text = _text().replace("抄送：某县人民政府办公室，某县政务服务和数据管理局。", "\n".join(lines))
    if not dated:
        text = text.replace("某县自然资源局办公室\t2024年1月25日印发", "某县自然资源局办公室")
    result, data = import_text(tmp_path, "r.txt", text)
    assert result.ok, [d.format() for d in result.diagnostics]
    assert data["date"] == dt.date(2024, 1, 25)
    assert "抄送" not in str(data.get("sections"))
    if dated:
        assert [f.message for f in result.findings] == []
        assert data["plugins"][PACKAGE] == {**READ, "copy_to": MANY + FURTHER}
    else:
        assert "plugins" not in data
        assert [f.message for f in result.findings] == [
            f"版头和版记未导入：没有读出印发日期。{WRITE}organ_mark: 某县自然资源局文件, number: {NUMBER}, "
            f"copy_to: [{', '.join(MANY + FURTHER)}], printer: 某县自然资源局办公室, printed_on: （印发日期）}}}}，"
            "再照原件填好括号里的各项"]


@pytest.mark.parametrize("fmt", ["docx", "pdf-typst"])
def test_without_the_plugin_the_findings_say_it_would_read_them(fmt, tmp_path):
    """Without the plugin the 版头 and 版记 are left out as before; the first finding of each says what to install."""
    source = _source(REDHEAD, fmt, tmp_path)  # the example's render, shared with the cases above
    with hidden(PACKAGE):
        result = imported(source, tmp_path, load_plugins())
    install = "：装上 reportkit-gbt9704-redhead 插件再导入，版头和版记会读进它的设置（layout: redhead），重新排版时照样印出"
    assert [f.message for f in result.findings] == [
        f"标题之前的版头“某县自然资源局文件”未导入{install}", "标题之前的版头“某自然资发〔2024〕3号”未导入",
        f"文末的版记（抄送、印发机关和印发日期）未导入{install}"]
    assert "layout" not in yaml.safe_load(result.target.read_text(encoding="utf-8"))


def test_a_plain_report_is_imported_as_before(tmp_path):
    """A report without a 版头 or 版记: no layout, no plugin settings, no finding about them."""
    data = Path("examples/sample-2021.yaml")
    result = imported(render_source(data, "docx", tmp_path, PLUGINS), tmp_path, PLUGINS)
    back = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert "layout" not in back and "plugins" not in back
    assert not [f for f in result.findings if "版头" in f.message or "版记" in f.message]

