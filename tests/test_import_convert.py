"""Old Word (.doc), WPS (.wps) and RTF reports: converted to DOCX by LibreOffice when it is installed, then imported.

The .doc and .rtf inputs are made by LibreOffice itself from a python-docx report (tests/test_import_inputs.py's);
the .wps is that .doc renamed, as WPS's own files are Word binary documents. Tests that run LibreOffice are few
(each run costs a second or two) and skipped without it; a stand-in ``soffice`` script shows failure and timeout.
"""
from __future__ import annotations

import csv
import os
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.errors import ReportkitError
from reportkit.importers import import_file, libreoffice
from reportkit.plugins import load_plugins

from _gate import running
from _import_helpers import SOFFICE, render_source
from test_import_inputs import _word_report, word_report_read

PLUGINS = load_plugins()
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
stand_in = pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for soffice")
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.fixture(scope="module")
def old_formats(tmp_path_factory) -> Path:
    """A folder holding the report as 旧年报.doc, 旧年报.rtf and 旧年报.wps (the .doc renamed), made by LibreOffice."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) not installed")
    folder = tmp_path_factory.mktemp("old")
    _word_report(folder / "旧年报.docx")
    for fmt in ("doc", "rtf"):
        subprocess.run([SOFFICE, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                        "--convert-to", fmt, "--outdir", str(folder), str(folder / "旧年报.docx")],
                       capture_output=True, timeout=180, check=True)
    shutil.copyfile(folder / "旧年报.doc", folder / "旧年报.wps")
    shutil.rmtree(folder / "profile")
    (folder / "旧年报.docx").unlink()
    return folder


@pytest.fixture
def own_temp(tmp_path, monkeypatch) -> Path:
    """A temporary folder of the test's own, to see that a conversion leaves nothing in it."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _stand_in(folder: Path, script: str) -> None:
    """A ``soffice`` on PATH (and nothing else of LibreOffice) that runs ``script`` (sh)."""
    folder.mkdir()
    program = folder / "soffice"
    program.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IEXEC)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["旧年报.doc", "旧年报.rtf"])
def test_an_old_word_or_rtf_report_is_converted_and_imported_with_its_texts_and_figures(
        old_formats, tmp_path, own_temp, name):
    source = tmp_path / name
    shutil.copyfile(old_formats / name, source)
    result = import_file(source, PLUGINS, outdir=tmp_path / "data")
    text = result.target.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert text.splitlines()[0] == f"# 由 reportkit import 从 {name}（经 LibreOffice 转换）导入。"
    # LibreOffice's grid has one-twip columns where cell edges were rounded apart: each figure is still one cell.
    word_report_read(result, data)
    notes = [d for d in result.diagnostics if d.rule == "import-converted"]
    assert len(notes) == 1 and notes[0].severity == "note" and notes[0].file == str(source)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["data", "temp", name])  # nothing beside the input
    assert list(own_temp.iterdir()) == []  # the converted file and LibreOffice's profile are gone


@pytest.mark.slow
@stand_in
def test_check_j2_converts_reports_in_two_workers_at_once_and_names_the_original_files(old_formats, tmp_path,
                                                                                      monkeypatch):
    """LibreOffice runs behind a stand-in that starts each conversion only once two have started: the two workers
    convert at once, or the first waits past its time and its file fails (the run was once bounded by 120 s in all,
    which a busy machine can take without anything being wrong)."""
    started = tmp_path / "started"
    started.mkdir()
    _stand_in(tmp_path / "bin", f"touch {shlex.quote(str(started))}/$$\n"
                                f"while [ $(ls {shlex.quote(str(started))} | wc -l) -lt 2 ]; do sleep 0.05; done\n"
                                f'exec {shlex.quote(SOFFICE)} "$@"')
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    folder = tmp_path / "年报"
    folder.mkdir()
    for name in ("旧年报.doc", "旧年报.wps", "旧年报.rtf"):
        shutil.copyfile(old_formats / name, folder / name.replace("旧年报", f"单位{name[-3:]}"))
    (folder / "坏了.doc").write_bytes(OLE + b"\0" * 600)  # a Word header, then nothing LibreOffice can read
    render_source(Path("examples/sample-2021.yaml"), "html", folder, PLUGINS)
    result = CliRunner().invoke(cli, ["check", str(folder), "-j", "2", "--report", str(tmp_path / "r.csv")])
    assert result.exit_code == 1, result.output
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    by_file: dict[str, list[dict]] = {}
    for row in rows:
        by_file.setdefault(Path(row["file"]).name, []).append(row)
    assert set(by_file) == {"单位doc.doc", "单位wps.wps", "单位rtf.rtf", "坏了.doc", "sample-2021.html"}
    for name in ("单位doc.doc", "单位wps.wps", "单位rtf.rtf"):
        own = by_file[name]
        assert [r["rule"] for r in own if r["rule"] in ("import-converted", "unreadable")] == ["import-converted"]
        # the made-up figures do not add up (R1): found, and placed in the original's table
        assert any(r["message"].endswith("（R1）") and r["place"].startswith("第 2 个表格第") for r in own)
    (broken,) = by_file["坏了.doc"]
    assert broken["rule"] == "unreadable"
    assert broken["message"] == (f"{folder / '坏了.doc'}: LibreOffice 没能把这个文件转换为 DOCX，"
                                 "未导入：请确认文件完整、能用 Word 或 WPS 打开；旧版 Word 文件请先用 Word 或 WPS 另存为 .docx")
    assert [r["rule"] for r in by_file["sample-2021.html"]] == ["ok"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["单位doc.doc", "单位wps.wps", "单位rtf.rtf", "坏了.doc", "sample-2021.html"])
    assert len(list(started.iterdir())) == 4  # every conversion went through the stand-in


@pytest.mark.slow
@needs_soffice
def test_a_field_that_names_another_file_does_not_bring_its_text_in(tmp_path, own_temp):
    secret = tmp_path / "secret.txt"
    secret.write_text("不应读入的内容", encoding="utf-8")
    source = tmp_path / "字段.rtf"
    source.write_text("{\\rtf1\\ansi{\\fonttbl{\\f0 Times;}}\\pard before\\par\\pard {\\field{\\*\\fldinst "
                      f"{{ INCLUDETEXT \"{secret.as_posix()}\" }}}}{{\\fldrslt {{cached}}}}}}\\par\\pard after\\par}}",
                      encoding="ascii")
    with libreoffice.converted(source, SOFFICE, "") as docx:
        body = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
    assert "before" in body and "after" in body and "cached" in body
    assert "不应读入" not in body
    assert list(own_temp.iterdir()) == []


def test_without_libreoffice_the_message_says_how_to_convert_and_that_installing_it_would(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    monkeypatch.setattr(libreoffice, "_INSTALLED", [])
    source = tmp_path / "旧年报.doc"
    source.write_bytes(OLE + b"\0" * 600)
    result = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / "data")])
    assert result.exit_code == 1
    assert result.output == (f"{source}: error: 不能导入这种文件：可导入 "
                             f"{'、'.join(sorted({s for i in PLUGINS.registry.importers for s in i.suffixes}))}"
                             "（扩展名须相符）；没有找到 LibreOffice（安装 LibreOffice 后，reportkit 能自动把它转换为 "
                             ".docx 再导入）；旧版 Word 文件请先用 Word 或 WPS 另存为 .docx\n")
    assert not (tmp_path / "data").exists()


@stand_in
def test_a_report_libreoffice_cannot_convert_is_one_row_and_the_others_are_checked(tmp_path, monkeypatch):
    """A stand-in soffice that writes nothing: that report's one row says so, with the advice; -j 2 as well."""
    _stand_in(tmp_path / "bin", "exit 1")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    folder = tmp_path / "年报"
    folder.mkdir()
    (folder / "旧.wps").write_bytes(OLE + b"\0" * 600)
    render_source(Path("examples/sample-2021.yaml"), "html", folder, PLUGINS)
    result = CliRunner().invoke(cli, ["check", str(folder), "-j", "2", "--report", str(tmp_path / "r.csv")])
    assert result.exit_code == 1, result.output
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as f:
        rows = [(Path(r["file"]).name, r["rule"], r["message"]) for r in csv.DictReader(f)]
    assert rows == [("sample-2021.html", "ok", "未发现问题"),
                    ("旧.wps", "unreadable", f"{folder / '旧.wps'}: LibreOffice 没能把这个文件转换为 DOCX，"
                                             "未导入：请确认文件完整、能用 Word 或 WPS 打开；WPS 文件请先用 WPS 另存为 .docx")]


@stand_in
def test_a_conversion_past_its_time_is_stopped_with_what_it_started_and_is_one_error(tmp_path, monkeypatch, own_temp):
    pids = tmp_path / "pids"
    _stand_in(tmp_path / "bin", f"sleep 60 & echo $! > {pids}; wait")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(libreoffice, "TIMEOUT", 1)
    source = tmp_path / "慢.doc"
    source.write_bytes(OLE + b"\0" * 600)
    with pytest.raises(ReportkitError) as caught:
        import_file(source, PLUGINS, outdir=tmp_path / "data")
    assert caught.value.format_message() == (f"{source}: LibreOffice 转换这个文件超过 1 秒仍未完成，已停止，未导入："
                                              "文件可能过大或已损坏；旧版 Word 文件请先用 Word 或 WPS 另存为 .docx")
    child = int(pids.read_text())
    for _ in range(50):  # the process soffice started is gone too
        if not running(child):
            break
        time.sleep(0.1)
    assert not running(child)
    assert list(own_temp.iterdir()) == [] and not (tmp_path / "data").exists()


@pytest.fixture
def no_soffice(tmp_path, monkeypatch):
    """No LibreOffice anywhere reportkit looks for it."""
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    monkeypatch.setattr(libreoffice, "_INSTALLED", [])


def _saved_page(html: Path) -> bytes:
    """``html`` as a browser saves a page as one file (.mht): MIME headers, then the page as a part."""
    return (b"From: <Saved by a browser>\r\nSubject: =?utf-8?Q?report?=\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/related; type=\"text/html\"; boundary=\"B\"\r\n\r\n--B\r\n"
            b"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + html.read_bytes() + b"\r\n--B--\r\n")


@pytest.mark.parametrize(("fmt", "name", "holds", "right"), [
    ("html", "年报.doc", "网页", ".html"), ("docx", "年报.doc", " DOCX 文档", ".docx"),
    ("mht", "年报.wps", "网页存档（.mht）", ".mht"), ("docx", "年报.htm", " DOCX 文档", ".docx")])
def test_a_file_holding_another_format_than_its_suffix_is_read_as_what_it_holds_without_libreoffice(
        tmp_path, no_soffice, fmt, name, holds, right):
    """Many sites serve a web page or a DOCX as .doc: it is imported as what it is, with one note to rename it."""
    made = render_source(Path("examples/sample-2021.yaml"), "html" if fmt == "mht" else fmt, tmp_path, PLUGINS)
    source = tmp_path / name
    source.write_bytes(_saved_page(made) if fmt == "mht" else made.read_bytes())
    result = import_file(source, PLUGINS, outdir=tmp_path / "data")
    expected = import_file(made, PLUGINS, outdir=tmp_path / "plain")
    lines = result.target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == f"# 由 reportkit import 从 {name}（内容是{holds}）导入。"
    assert lines[1:] == expected.target.read_text(encoding="utf-8").splitlines()[1:]
    assert result.ok and [f.message for f in result.findings] == []
    notes = [(d.severity, d.file, d.message) for d in result.diagnostics if d.rule == "import-mislabelled"]
    assert notes == [("note", str(source), f"文件内容是{holds}，扩展名却是 {Path(name).suffix}：已按{holds}导入；"
                                           f"把扩展名改为 {right} 更妥当（别的软件也才能认出它）")]
    assert not [d for d in result.diagnostics if d.rule == "import-converted"]


def test_a_site_s_error_page_saved_as_pdf_says_what_it_is(tmp_path):
    source = tmp_path / "年报.pdf"
    source.write_text("<!DOCTYPE html><html><body><h1>404</h1><p>页面不存在或已删除。</p></body></html>", encoding="utf-8")
    with pytest.raises(ReportkitError) as caught:
        import_file(source, PLUGINS, outdir=tmp_path / "data")
    assert caught.value.format_message().startswith(
        f"{source}: 文件内容是网页，扩展名却是 .pdf，按其内容读取后没有找到年度报告的任何一个部分")
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize("office", [True, False], ids=["with-soffice", "without"])
@pytest.mark.parametrize("head", [b"\xd0\xcf\x11\xe0 not read", "一、总体情况 纯文本".encode("gb18030")],
                         ids=["ole-cut-short", "plain-text"])
@stand_in
def test_a_doc_that_is_no_word_file_nor_another_format_is_one_error_and_not_given_to_libreoffice(
        tmp_path, monkeypatch, head, office):
    """Neither a Word, WPS or RTF file nor one reportkit reads: the same error with LibreOffice (here one that
    fails the test if it runs) or without it."""
    _stand_in(tmp_path / "bin", f"touch {tmp_path / 'ran'}; exit 1")
    monkeypatch.setenv("PATH", str(tmp_path / ("bin" if office else "nothing")))
    monkeypatch.setattr(libreoffice, "_INSTALLED", [])
    source = tmp_path / "年报.doc"
    source.write_bytes(head)
    with pytest.raises(ReportkitError) as caught:
        import_file(source, PLUGINS, outdir=tmp_path / "data")
    assert caught.value.format_message() == (f"{source}: 文件内容不是 Word、WPS、RTF 格式，也不是网页、DOCX 或 PDF（可能已损坏，"
                                              "或扩展名与格式不符），未导入：请确认文件完整；旧版 Word 文件请先用 Word 或 WPS 另存为 .docx")
    assert not (tmp_path / "ran").exists()


@stand_in
def test_word_xml_saved_as_doc_is_given_to_libreoffice_not_read_as_a_web_page(tmp_path, monkeypatch):
    _stand_in(tmp_path / "bin", f"touch {tmp_path / 'ran'}; exit 1")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    source = tmp_path / "年报.doc"
    source.write_text('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application '
                      'progid="Word.Document"?>\n<w:wordDocument xmlns:w="urn:x"><w:body/></w:wordDocument>',
                      encoding="utf-8")
    with pytest.raises(ReportkitError) as caught:
        import_file(source, PLUGINS, outdir=tmp_path / "data")
    assert "LibreOffice 没能把这个文件转换为 DOCX" in caught.value.format_message()
    assert (tmp_path / "ran").exists()


def test_check_previous_dir_without_libreoffice_reads_what_it_can_and_notes_the_rest_once(tmp_path, no_soffice):
    """Last year's .doc/.wps are no longer left out unseen: a web page named .doc is read; the Word files that need
    LibreOffice are counted in one note of the folder."""
    last_year, this_year = tmp_path / "2019", tmp_path / "2020"
    last_year.mkdir()
    this_year.mkdir()
    page = render_source(Path("examples/previous/xinzhou-2019.yaml"), "html", tmp_path, PLUGINS)
    page.replace(last_year / "去年.doc")
    (last_year / "旧一.doc").write_bytes(OLE + b"\0" * 600)
    (last_year / "旧二.wps").write_bytes(OLE + b"\0" * 600)
    current = render_source(Path("examples/xinzhou-2020.yaml"), "html", this_year, PLUGINS)
    result = CliRunner().invoke(cli, ["check", str(current), "--previous-dir", str(last_year), "-j", "1",
                                      "--report", str(tmp_path / "r.csv")])
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [(r["file"], r["severity"], r["message"]) for r in rows if r["rule"] == "previous-unread"] == [
        (str(last_year), "note", "2 份上年报告（旧一.doc、旧二.wps）是旧版 Word、WPS 或 RTF 文件，没有找到 LibreOffice，未读取，"
                                 "与之对应的报告未做跨年度检查：安装 LibreOffice 后重新检查，或用 Word、WPS 把它们另存为 .docx")]
    assert not [r for r in rows if "年度的报告" in r["message"] or r["rule"] == "unreadable"]  # 去年.doc was read
    assert result.exit_code == 0, result.output


@pytest.mark.slow
def test_check_previous_dir_converts_last_year_s_old_word_files(old_formats, tmp_path):
    from reportkit.importers.commands import last_year_reports

    folder = tmp_path / "上年"
    folder.mkdir()
    shutil.copyfile(old_formats / "旧年报.doc", folder / "旧年报.doc")
    previous, rows = last_year_reports(folder, PLUGINS, tmp_path / "imported")
    assert rows == []
    data = yaml.safe_load((tmp_path / "imported" / "旧年报.doc.yaml").read_text(encoding="utf-8"))
    assert (data["agency"], data["year"]) == ("某县统计局", 2023)


def test_import_help_names_the_formats_libreoffice_converts():
    result = CliRunner().invoke(cli, ["import", "--help"], terminal_width=120)  # its first paragraph on one line
    assert result.exit_code == 0
    first = result.output.split("\n\n")[1]
    assert first.strip() == "把已发布的年度报告、工作总结、工作方案（DOCX、网页、PDF、TXT、DOC、WPS、RTF）导入为 reportkit 数据文件。"
    assert "旧版 Word 的 .doc、WPS 的 .wps 和 .rtf 需要 LibreOffice" in " ".join(result.output.split())


#: What an old Word file or an RTF is called in messages, by the header it starts with.
_HELD = {OLE: "旧版 Word 或 WPS 文件", b"{\\rtf1": " RTF 文件"}


@pytest.mark.parametrize(("name", "head"), [("年报.docx", OLE), ("年报.pdf", b"{\\rtf1"), ("年报.htm", OLE)])
def test_an_old_word_file_named_docx_without_libreoffice_says_what_it_is_and_how_to_convert_it(
        tmp_path, no_soffice, name, head):
    """A .doc saved as .docx (common on sites) ended in the DOCX reader's “无法读取（BadZipFile…）”."""
    source = tmp_path / name
    source.write_bytes(head + b"\0" * 600)
    result = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / "data")])
    assert result.exit_code == 1
    assert result.output == (f"{source}: error: 文件内容是{_HELD[head]}，扩展名却是 {source.suffix}，未导入：这种文件要由 "
                             "LibreOffice 转换后导入，没有找到 LibreOffice：请安装 LibreOffice（reportkit 会自动转换），"
                             "或用 Word 或 WPS 打开它，另存为 .docx\n")
    assert not (tmp_path / "data").exists()


def test_check_names_an_old_word_file_named_docx_in_its_row(tmp_path, no_soffice):
    folder = tmp_path / "年报"
    folder.mkdir()
    (folder / "旧.docx").write_bytes(OLE + b"\0" * 600)
    result = CliRunner().invoke(cli, ["check", str(folder), "-j", "1", "--report", str(tmp_path / "r.csv")])
    assert result.exit_code == 1, result.output
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as f:
        rows = [(r["rule"], r["message"]) for r in csv.DictReader(f)]
    assert rows == [("unreadable", f"{folder / '旧.docx'}: 文件内容是旧版 Word 或 WPS 文件，扩展名却是 .docx，未导入：这种文件要由 "
                                   "LibreOffice 转换后导入，没有找到 LibreOffice：请安装 LibreOffice（reportkit 会自动转换），"
                                   "或用 Word 或 WPS 打开它，另存为 .docx")]


@stand_in
def test_an_old_word_file_named_docx_goes_to_libreoffice_and_its_failure_says_what_the_file_is(tmp_path, monkeypatch):
    _stand_in(tmp_path / "bin", f"touch {tmp_path / 'ran'}; exit 1")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    source = tmp_path / "年报.docx"
    source.write_bytes(OLE + b"\0" * 600)
    with pytest.raises(ReportkitError) as caught:
        import_file(source, PLUGINS, outdir=tmp_path / "data")
    assert caught.value.format_message() == (f"{source}: LibreOffice 没能把这个文件转换为 DOCX，未导入：请确认文件完整、能用 Word 或 "
                                              "WPS 打开；文件内容是旧版 Word 或 WPS 文件，扩展名却是 .docx，可用 Word 或 WPS "
                                              "打开它，另存为 .docx 后导入")
    assert (tmp_path / "ran").exists()


@pytest.mark.parametrize(("name", "content"), [
    ("年报.docx", b"PK\x03\x04" + b"\0" * 600),  # a real DOCX cut short
    ("年报.html", b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
                 b'<meta name="ProgId" content="Word.Document"/></head><body><p>x</p></body></html>')])
@stand_in
def test_a_damaged_docx_or_a_web_page_made_by_word_is_read_by_its_own_importer_not_libreoffice(
        tmp_path, monkeypatch, name, content):
    _stand_in(tmp_path / "bin", f"touch {tmp_path / 'ran'}; exit 1")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    source = tmp_path / name
    source.write_bytes(content)
    with pytest.raises(ReportkitError) as caught:
        import_file(source, PLUGINS, outdir=tmp_path / "data")
    message = caught.value.format_message()
    if name.endswith(".docx"):  # the zip reader fails inside it: a damaged file, said in reportkit's words
        assert message == (f"{source}: DOCX 文件已损坏或不完整（里面的压缩内容读不出来，多半是没有下载完或复制时中断），未导入："
                           "请重新下载，或用 Word、WPS 打开后另存为 .docx 再导入")
    else:
        assert message.startswith(f"{source}: 没有找到年度报告的任何一个部分")
    assert not (tmp_path / "ran").exists()


@pytest.mark.slow
def test_an_old_word_file_named_docx_is_converted_and_imported_with_one_note(old_formats, tmp_path, own_temp):
    source = tmp_path / "年报.docx"
    shutil.copyfile(old_formats / "旧年报.doc", source)
    result = import_file(source, PLUGINS, outdir=tmp_path / "data")
    expected = import_file(shutil.copyfile(old_formats / "旧年报.doc", tmp_path / "年报.doc"), PLUGINS,
                           outdir=tmp_path / "plain")
    lines = result.target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# 由 reportkit import 从 年报.docx（内容是旧版 Word 或 WPS 文件，经 LibreOffice 转换）导入。"
    assert lines[1:] == expected.target.read_text(encoding="utf-8").splitlines()[1:]
    assert [f.message for f in result.findings] == []
    notes = [(d.rule, d.severity, d.file, d.message) for d in result.diagnostics if d.rule.startswith("import-")]
    assert notes == [("import-mislabelled", "note", str(source),
                      "文件内容是旧版 Word 或 WPS 文件，扩展名却是 .docx：已经 LibreOffice 转换为 DOCX 后导入（“第几段”"
                      "“第几个表格”按转换成的 DOCX 计，与 Word、WPS 中所见的一般相同）；把扩展名改为 .doc 更妥当"
                      "（别的软件也才能认出它）")]
    assert list(own_temp.iterdir()) == []
