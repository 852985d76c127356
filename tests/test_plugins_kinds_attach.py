"""A kind from a broken plugin, a package's settings across its entry points, the red-head 印发机关 of several lines,
and the 附件说明's items broken where a reader would break them."""
from __future__ import annotations

import importlib
import io
import json
import textwrap
from pathlib import Path

import pdfplumber
import pytest
import yaml
from click.testing import CliRunner
from docx import Document as open_docx

from reportkit.cli import cli
from reportkit.errors import InvalidData
from reportkit.testing import render, starter_data

ROOT = Path(__file__).resolve().parents[1]
MM = 72 / 25.4
LINE = 225 / 22 * MM  # pt, one line of the 3号 grid


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


# -- 1. a kind that a broken plugin gives -------------------------------------------------------------

def test_data_whose_kind_a_broken_plugin_gives_names_the_plugin_and_the_fix(install, tmp_path):
    """It said 未知的文档类型“toy-kind”, though ``reportkit plugins`` knew why the kind was missing."""
    install("reportkit-toykind", "import no_such_module_for_toykind\n")
    data = tmp_path / "toy.yaml"
    data.write_text("plugins: [reportkit-toykind]\nkind: toy-kind\nyear: 2023\n", encoding="utf-8")
    result = run("validate", data)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.splitlines()[-1] == (
        f"{data}:1:11: error: 数据需要插件“reportkit-toykind”，但它未能加载：插件 reportkit-toykind：导入 reportkit_toykind 失败："
        "ModuleNotFoundError: No module named 'no_such_module_for_toykind'：请重新安装这个插件："
        "pip install --force-reinstall reportkit-toykind")
    assert "未知的文档类型" not in result.stderr
    data.write_text("kind: toy-kind\nyear: 2023\n", encoding="utf-8")  # no plugins: line to say which
    result = run("validate", data)
    assert result.exit_code == 1
    line = result.stderr.splitlines()[-1]
    assert line.startswith(f"{data}:1:7: error: 未知的文档类型“toy-kind”。") and "这一类型可能由未能加载的插件提供：" in line
    assert "请重新安装这个插件：pip install --force-reinstall reportkit-toykind" in line


def test_a_bundled_plugin_that_fails_to_import_is_reinstalled_from_its_folder(install, tmp_path):
    install("reportkit-gbt9704-redhead-copy", "raise ImportError('cannot import name Imprint')\n")
    data = tmp_path / "needs.yaml"
    data.write_text("plugins: [reportkit-gbt9704-redhead-copy]\nkind: annual-report\n", encoding="utf-8")
    assert run("validate", data).stderr.splitlines()[-1].endswith(
        "请重新安装这个插件：pip install --force-reinstall reportkit-gbt9704-redhead-copy")
    # the bundled plugins come from the source tree, not from a package index
    install("reportkit-gbt9704-fonts-fandol", "raise ImportError('cannot import name FontFace')\n")
    data.write_text("plugins: [reportkit-fonts-fandol]\nkind: annual-report\n", encoding="utf-8")
    assert run("validate", data).stderr.splitlines()[-1].endswith(
        "请重新安装这个插件：在源码根目录运行 pip install --force-reinstall ./plugins/reportkit-gbt9704-fonts-fandol")


# -- 2. a package with several entry points; the order of ``reportkit plugins`` -------------------------

SECTION = """
from pydantic import BaseModel, ConfigDict

from reportkit import hookimpl
from reportkit.blocks import Paragraph
from reportkit.registry import Section


class Empty(BaseModel):
    model_config = ConfigDict(extra="forbid")


def build(data, context):
    who = context.settings.who if context.settings is not None else "（没有设置）"
    return [Paragraph(f"本栏目的称呼是{who}。", context.source())]


@hookimpl
def register_sections(register):
    register(Section("multi_part", "annual-report", "多入口栏目", 650, Empty, build))
"""

SETTINGS = """
from pydantic import BaseModel, ConfigDict

from reportkit import hookimpl
from reportkit.registry import Settings


class Who(BaseModel):
    model_config = ConfigDict(extra="forbid")
    who: str = "默认称呼"


@hookimpl
def register_settings(register):
    register(Settings("reportkit-multi", Who, "称呼"))
"""


@pytest.fixture
def multi(tmp_path, monkeypatch):
    """The distribution reportkit-multi: its section in one entry point, its settings in another."""
    site = tmp_path / "multi"
    site.mkdir()
    (site / "multi_a_section.py").write_text(textwrap.dedent(SECTION), encoding="utf-8")
    (site / "multi_b_settings.py").write_text(textwrap.dedent(SETTINGS), encoding="utf-8")
    info = site / "reportkit_multi-0.3.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: reportkit-multi\nVersion: 0.3.0\n")
    (info / "entry_points.txt").write_text("[reportkit]\nmulti_a_section = multi_a_section\n"
                                           "multi_b_settings = multi_b_settings\n")
    monkeypatch.syspath_prepend(str(site))
    importlib.invalidate_caches()


def multi_report(settings) -> dict:
    data = starter_data("annual-report", year=2023)
    data = {"plugins": {"reportkit-multi": settings}, **data}
    data["sections"]["multi_part"] = {}
    return data


@pytest.mark.parametrize("settings, said", [({"who": "我局"}, "我局"), (None, "默认称呼")])
def test_settings_from_one_entry_point_reach_the_section_of_another(multi, settings, said):
    """The section of reportkit-multi got no settings (None): they were filed under the other entry point."""
    result = render(multi_report(settings), formats=("docx",))
    assert f"本栏目的称呼是{said}。" in result.docx_text


def test_plugins_lists_each_entry_point_with_its_own_contributions(multi):
    rows = {row["name"]: row for row in json.loads(run("plugins", "--json").stdout)["plugins"]}
    assert rows["reportkit-multi"]["sections"] == ["multi_part"] and rows["reportkit-multi"]["settings"] == []
    assert rows["reportkit-multi:multi_b_settings"]["settings"] == ["reportkit-multi"]
    assert rows["reportkit-multi:multi_b_settings"]["sections"] == []


def test_plugins_lists_the_built_ins_first_whatever_the_installed_are_called(install):
    """Checked, not a fault: a distribution whose name sorts before “reportkit.” is still listed after the built-ins."""
    install("aaa-early", "from reportkit import hookimpl\n@hookimpl\ndef register_rules(register):\n    pass\n")
    rows = json.loads(run("plugins", "--json").stdout)["plugins"]
    builtin = [row["builtin"] for row in rows]
    assert builtin == sorted(builtin, reverse=True) and "aaa-early" in [row["name"] for row in rows]
    text = [line for line in run("plugins").stdout.splitlines() if not line.startswith(" ")]
    assert [line.endswith("（内置）") for line in text] == builtin


# -- 3. the red-head 印发机关 of two lines ----------------------------------------------------------------

REDHEAD = ROOT / "plugins" / "reportkit-gbt9704-redhead" / "examples" / "redhead-2023.yaml"
PRINTER = "某某市某某区住房和城乡建设局不动产登记中心办公室"  # 24 characters: no room for the date beside it
PRINTER_LINES = ["某某市某某区住房和城乡建设局", "不动产登记中心办公室"]
DATE = "2024年1月25日印发"
BLOCK_RIGHT = (210 - 26) * MM


def with_printer(printer: str) -> str:
    return REDHEAD.read_text(encoding="utf-8").replace("printer: 某县自然资源局办公室", f"printer: {printer}")


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
def test_a_long_printer_breaks_after_a_name_onto_grid_lines_the_date_on_the_last(fmt):
    """It broke where the next character did not fit (“…不动产登记中|心办公室”), and the date, centred in the row,
    stood between the two lines, off the grid (§7.4.3: the 印发机关 and 印发日期 just above the last rule)."""
    pdf = render(with_printer(PRINTER), file=str(REDHEAD), strict=True, formats=(fmt,)).outputs[fmt]
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[-1]
        rows: dict = {}
        for c in page.chars:
            if c["text"].strip() and c["top"] > 150 * MM:
                rows.setdefault(round(c["top"], 1), []).append(c)
    lines = [sorted(cs, key=lambda c: c["x0"]) for _, cs in sorted(rows.items())]
    texts = ["".join(c["text"] for c in line) for line in lines]
    first = next(i for i, text in enumerate(texts) if text.startswith(PRINTER_LINES[0]))
    (one, two), printed = lines[first:first + 2], texts[first:first + 2]
    assert printed == [PRINTER_LINES[0], PRINTER_LINES[1] + DATE]
    assert two[0]["top"] - one[0]["top"] == pytest.approx(LINE, abs=0.3)  # a grid line apart
    assert one[0]["x0"] == pytest.approx(two[0]["x0"], abs=0.3)
    date = two[len(PRINTER_LINES[1]):]
    assert date[0]["top"] == pytest.approx(two[0]["top"], abs=0.3)  # on the last line's grid line
    assert date[-1]["x1"] == pytest.approx(BLOCK_RIGHT - 14, abs=1)  # 1 character from the right
    assert date[0]["x0"] - two[len(PRINTER_LINES[1]) - 1]["x1"] >= 14


def test_the_docx_breaks_a_long_printer_where_the_pdfs_do():
    doc = open_docx(io.BytesIO(render(with_printer(PRINTER), file=str(REDHEAD), strict=True, formats=("docx",)).docx))
    row = next(p.text for table in doc.tables for cell in table._cells for p in cell.paragraphs if DATE in p.text)
    assert row.replace(f"\t{DATE}", "").split("\n") == PRINTER_LINES


def test_a_printer_too_long_for_two_lines_is_refused_where_it_is_written():
    printer = PRINTER + "与某某区人民政府信息公开工作办公室"  # 41 characters
    with pytest.raises(InvalidData) as info:
        render(with_printer(printer), file="r.yaml", formats=("docx",))
    assert [d.format() for d in info.value.diagnostics] == [
        f"r.yaml:10:14: error: plugins.reportkit-gbt9704-redhead.printer：印发机关“{printer}”共 41 字，"
        "在印发日期左边分两行也排不下（一行至多 16 字，在词语之间换行）：请改用印发机关的规范化简称，如 某某局办公室（GB/T 9704-2012 第7.4.3条）"]


# -- 4. the 附件说明's items broken as titles are ------------------------------------------------------

SAMPLE = ROOT / "examples" / "sample-2021.yaml"
FORMS = "某县政府信息公开申请表格及其填写说明（含网址和办理流程）"
FORMS_LINES = ["某县政府信息公开申请表格及其填写说明", "（含网址和办理流程）"]
ADDRESS = "某县政府信息公开申请表及填写说明（含网址www.example.gov.cn/xxgk/ysqgk）"
ADDRESS_LINES = ["某县政府信息公开申请表及填写说明（含网址", "www.example.gov.cn/xxgk/ysqgk）"]
SCOPE = "某县政府信息公开工作年度报告编写说明及统计口径（含网址）"
WORDS = ("网址", "及其", "口径", "办理流程", "www.example.gov.cn/xxgk/ysqgk")


def with_attachments(*titles: str) -> str:
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    data["attachments"] = [{"title": title, "content": ["附件的正文。"]} for title in titles]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def note_items(pdf: bytes) -> list[list[tuple[str, float, float]]]:
    """The 附件说明's items as printed: per item, its lines as (text, x0 of the name's first character, top)."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = next(p for p in doc.pages if "附件：" in (p.extract_text() or ""))
        rows: dict = {}
        for c in page.chars:
            if c["text"].strip():
                rows.setdefault(round(c["top"], 1), []).append(c)
    lines = [sorted(cs, key=lambda c: c["x0"]) for _, cs in sorted(rows.items())]
    start = next(i for i, line in enumerate(lines) if "".join(c["text"] for c in line).startswith("附件："))
    items: list = []
    for line in lines[start:]:
        text = "".join(c["text"] for c in line)
        label = len("附件：") if text.startswith("附件：") else 0
        number = len(text[label:]) - len(text[label:].lstrip("0123456789.")) if "." in text[label:label + 3] else 0
        if label or number:
            items.append([])
        elif abs(line[0]["x0"] - items[-1][0][1]) > 2 * LINE:  # the signature, set in further right, ends it
            break
        items[-1].append((text[label + number:], line[label + number]["x0"], line[0]["top"]))
    return items


@pytest.mark.parametrize("fmt", ["pdf", "pdf-typst"])
@pytest.mark.parametrize("titles", [(FORMS, ADDRESS, SCOPE), (FORMS,)])
def test_attachment_names_break_between_words_their_lines_under_the_name(fmt, titles):
    """“（含网|址和办理流程）”, “统计|口径”: the engines broke the names where the next character did not fit."""
    pdf = render(with_attachments(*titles), strict=True, formats=(fmt,)).outputs[fmt]
    items = note_items(pdf)
    assert ["".join(text for text, _, _ in item) for item in items] == list(titles)
    assert [text for text, _, _ in items[0]] == FORMS_LINES
    if len(titles) > 1:
        assert [text for text, _, _ in items[1]] == ADDRESS_LINES
    for item in items:
        lines = [text for text, _, _ in item]
        assert [w for w in WORDS if w in "".join(lines) and not any(w in line for line in lines)] == []
        (_, x0, top), *rest = item
        assert [x for _, x, _ in rest] == [pytest.approx(x0, abs=0.5)] * len(rest)  # 回行时与附件名称首字对齐
        assert [t for _, _, t in rest] == [pytest.approx(top + LINE * n, abs=0.3) for n in range(1, len(rest) + 1)]


def test_the_docx_breaks_attachment_names_where_the_pdfs_do():
    doc = open_docx(io.BytesIO(render(with_attachments(FORMS, ADDRESS), strict=True, formats=("docx",)).docx))
    texts = [p.text for p in doc.paragraphs if p.style.name == "Attachment Note"]
    assert [text.split("\t")[-1].split("\n") for text in texts] == [FORMS_LINES, ADDRESS_LINES]


@pytest.mark.skipif(__import__("docx_pages").SOFFICE is None, reason="LibreOffice (soffice) not installed")
def test_a_line_the_docx_breaks_in_an_attachment_name_is_not_spread(tmp_path):
    """The 附件说明 paragraph is justified: Word and LibreOffice spread the line before a line break across the text
    block (“某 县 政 府 … 说 明”) unless the document asks them not to (w:doNotExpandShiftReturn); the PDFs don't."""
    from docx_pages import docx_to_pdf

    from reportkit.plugins import load_plugins

    source = tmp_path / "note.docx"
    source.write_bytes(render(with_attachments(FORMS, ADDRESS), strict=True, formats=("docx",)).docx)
    with pdfplumber.open(docx_to_pdf(source, load_plugins().registry.fonts, tmp_path / "lo")) as pdf:
        lines = {}
        for page in pdf.pages:
            for c in page.chars:
                if c["size"] < 20:  # the 附件说明, not the attachments' titles
                    lines.setdefault((page.page_number, round(c["top"])), []).append(c)
    broken = {}
    for chars in lines.values():
        chars.sort(key=lambda c: c["x0"])
        text = "".join(c["text"] for c in chars)
        for first in (FORMS_LINES[0], ADDRESS_LINES[0]):
            if text.endswith(first):
                broken[first] = chars[-len(first):]
    assert set(broken) == {FORMS_LINES[0], ADDRESS_LINES[0]}
    for first, chars in broken.items():
        advances = [b["x0"] - a["x0"] for a, b in zip(chars, chars[1:]) if a["text"] not in "（）" and b["text"] not in "（）"]
        assert max(advances) < chars[0]["size"] * 1.1, (first, advances)  # set solid, not spread to the margin
