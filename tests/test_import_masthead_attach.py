"""Two things a published report carries that are not its text: an upward red-head document's 签发人 beside its
发文字号 (part of the 版头, left out with it), and a last part 七、附件 over only its files (attachments, left out with the
note that asks for them under ``attachments:``)."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins
from reportkit.testing import hidden

from _import_helpers import FORMATS, imported, page_as_text, render_source, report
from test_import_roundtrip import REDHEAD, rendered
from test_import_tail import SIGNED, _import, _text

PLUGINS = load_plugins()
NUMBER = "    number: 某自然资发〔2024〕3号\n"
#: The 发文字号's line of the text form, as the brief of the red-head layout prints it (full-width spaces between).
NUMBER_LINE = "某自然资发〔2024〕3号　　　签发人：王某某　李某某"


def _signed_redhead(folder: Path) -> Path:
    """The red-head example as an upward document: two 签发人 on the 发文字号's line."""
    text = REDHEAD.read_text(encoding="utf-8")
    assert NUMBER in text
    data = folder / "signed.yaml"
    data.write_text(text.replace(NUMBER, NUMBER + "    signers: [王某某, 李某某]\n"), encoding="utf-8")
    return data


def _source(data: Path, fmt: str, folder: Path) -> Path:
    if fmt != "text":
        return rendered(data, fmt, folder)
    lines = page_as_text(render_source(data, "html", folder, PLUGINS).read_text(encoding="utf-8")).split("\n")
    assert "签发人" in lines[1]
    lines[1] = NUMBER_LINE
    source = folder / "signed.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return source


@pytest.mark.parametrize("fmt", [*FORMATS, "page", "text"])
def test_a_doc_number_with_its_signers_is_the_masthead(fmt, tmp_path):
    """The 发文字号's line with 签发人 beside it was no 版头 line: named as an ordinary line before the title (and in the
    PDF engines' text, a line of its own). It is the 版头's now: the redhead plugin reads it back into its settings
    (number and signers), and the report reads back as the data it was made from; without the plugin, it is left out
    like the 发文字号 alone."""
    data = _signed_redhead(tmp_path)
    source = _source(data, fmt, tmp_path)
    result = imported(source, tmp_path, PLUGINS)
    assert result.ok, [d.format() for d in result.diagnostics]
    assert [f.message for f in result.findings] == []
    written = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert written["plugins"] == yaml.safe_load(data.read_text(encoding="utf-8"))["plugins"]
    original, back = report(data, PLUGINS), report(result.target, PLUGINS)
    for field in ("year", "agency", "date", "title", "addressee", "sections"):
        assert getattr(back, field, None) == getattr(original, field, None), field
    assert "签发人" not in str(written)  # (its names are the settings' signers)
    (tmp_path / "without").mkdir()
    with hidden("reportkit-gbt9704-redhead"):
        result = imported(source, tmp_path / "without", load_plugins())
    masthead = [f.message for f in result.findings if "签发人" in f.message or "自然资发" in f.message]
    assert len(masthead) == 1 and masthead[0].startswith("标题之前的版头“某自然资发〔2024〕3号签发人："), masthead


OTHER = "六、其他需要报告的事项\n本年度办理人大代表建议6件。\n"
XLSX = "某县政府信息公开情况统计表.xlsx"


@pytest.mark.parametrize(("name", "attachments"), [
    *((name, attachments) for name in ("r.txt", "r.html")
      for attachments in (f"七、附件\n{XLSX}\n", f"七、附件\n附件：1. {XLSX}\n2. 某县依申请公开台账.pdf\n")),
    ("r.txt", f"附件\n{XLSX}\n")])  # (a page's 附件 line set apart: its file names were left out already)
def test_a_last_part_of_attachments_is_left_out_with_one_note(name, attachments, tmp_path):
    """A last part 七、附件 (or a line 附件) over only its files' names was a subheading 附件 of part 六, with a warning and
    the file's name as its text (a text's 附件 line: the name taken for an organ of the 署名). It is the attachments'
    one note now, as for 附件：… over the 署名; part 六 and the 署名 are as written."""
    result, data = _import(tmp_path, name, _text(tmp_path) + OTHER + attachments + SIGNED)
    assert [(f.rule, f.message) for f in result.findings] == [
        ("attachments", f"署名前的附件说明“{attachments.split(chr(10))[0]}”未导入：附件没有导入，需要时请在 attachments 下补写")]
    assert data["sections"]["other"] == ["本年度办理人大代表建议6件。"]
    assert "signature" not in data and data["date"] == dt.date(2024, 1, 25)


def test_a_last_part_of_attachments_linked_on_a_page_is_left_out_and_checks_ok(tmp_path):
    """The page's part 七、附件 holds a link to the file: one ``import-attachments`` note, and ``check`` says ok."""
    html = render_source(Path("examples/sample-2021.yaml"), "html", tmp_path, PLUGINS).read_text(encoding="utf-8")
    at = html.index('<div class="signature')
    html = html[:at] + f'<h2>七、附件</h2><p><a href="/files/tj.xlsx">{XLSX}</a></p>' + html[at:]
    source = tmp_path / "linked.html"
    source.write_text(html, encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    assert [f.rule for f in result.findings] == ["attachments"] and "七、附件" in result.findings[0].message
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert XLSX not in str(data) and "signature" not in data
    assert all(not isinstance(x, dict) or x.get("heading") != "附件" for x in data["sections"]["other"])
    rows = tmp_path / "check.csv"
    CliRunner().invoke(cli, ["check", str(source), "--report", str(rows), "-j", "1"])
    with open(rows, encoding="utf-8-sig", newline="") as f:
        found = [(r["rule"], r["severity"]) for r in csv.DictReader(f)]
    assert ("import-attachments", "note") in found and [r for r, s in found if s != "note"] == ["ok"], found


def test_a_part_seven_with_text_under_it_is_still_kept(tmp_path):
    """A part 七、附件 whose lines are sentences, not files, is text: kept in part 六, as any extra part."""
    text = _text(tmp_path) + OTHER + "七、附件\n本年度的统计表另行印发，各单位可向局办公室索取。\n" + SIGNED
    result, data = _import(tmp_path, "r.txt", text)
    assert {"heading": "附件", "content": ["本年度的统计表另行印发，各单位可向局办公室索取。"]} in data["sections"]["other"]
    assert not [f for f in result.findings if f.rule == "attachments"]
