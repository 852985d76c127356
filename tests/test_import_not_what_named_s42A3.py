"""Files ``import`` and ``check`` are given that are not what their names say: a ``.pdf`` or ``.txt`` of zero bytes
(a download cut short; read for minutes), binary data named ``.txt``, a file far larger than any report, a text too
large for the memory (“无法读取（MemoryError: ）”), a workbook or a DOCX renamed ``.zip`` or ``.docx`` (“压缩包里没有
可检查的报告（其中只有 app.xml …）”), and a DOCX named ``.pdf`` (“文件内容是DOCX 文件”)."""
from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from openpyxl import Workbook
from test_bad_input_s42A2 import reportkit
from test_cli_leftovers_s42A import posix, run


def sparse(path: Path, megabytes: int, head: bytes = b"") -> Path:
    """``path`` of ``megabytes`` MB: ``head``, then zero bytes taking no disk."""
    with path.open("wb") as handle:
        handle.write(head)
        handle.truncate(megabytes * 1024 ** 2)
    return path


def quick(*args, cwd: Path) -> subprocess.CompletedProcess:
    """``reportkit ARGS`` that must end within seconds (it ran for minutes), in 400 MB of memory."""
    return reportkit(*args, cwd=cwd, timeout=15, megabytes=400)


@posix
def test_check_of_a_pdf_of_zero_bytes_is_refused_at_once(tmp_path):
    """``truncate -s 100M r.pdf; reportkit check r.pdf`` ran for minutes."""
    sparse(tmp_path / "r.pdf", 100)
    result = quick("check", "r.pdf", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "r.pdf: error: unreadable: r.pdf: 文件内容全是零字节（空白，没有任何文字），多半是没有下载完或复制时中断，不是报告" in result.stdout


@posix
def test_import_of_a_txt_of_zero_bytes_is_refused_at_once(tmp_path):
    """A .txt of 100 MB of zero bytes was read and decoded whole."""
    sparse(tmp_path / "r.txt", 100)
    result = quick("import", "r.txt", "-o", "out", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "r.txt: error: 文件内容全是零字节" in result.stderr and "请重新下载这份报告" in result.stderr
    assert not (tmp_path / "out").exists()


def test_binary_data_named_txt_is_refused(tmp_path):
    """Bytes no text has (a picture renamed .txt) were decoded as GBK and read as a report's lines."""
    (tmp_path / "r.txt").write_bytes(bytes(range(256)) * 8)
    result = run("import", "r.txt", "-o", "out", cwd=tmp_path)
    assert result.exit_code == 1
    assert "r.txt: error: 文件内容是无法识别的二进制数据（不是 DOCX、PDF、网页、纯文本" in result.output
    assert not (tmp_path / "out").exists()


def test_utf16_text_without_its_mark_is_still_read(tmp_path):
    """UTF-16 has zero bytes in every ASCII character: it is text, not the binary data refused above."""
    (tmp_path / "r.txt").write_bytes("2023年工作报告\n一、总体情况\n本年度依法公开信息。\n".encode("utf-16-le"))
    result = run("import", "r.txt", "-o", "out", cwd=tmp_path)
    assert "二进制" not in result.output and "零字节" not in result.output
    assert (tmp_path / "out" / "r.yaml").is_file()


@posix
@pytest.mark.parametrize("name", ["big.pdf", "big.txt"])
def test_a_file_far_larger_than_any_report_is_refused_at_once(tmp_path, name):
    """A PDF of 300 MB (its head a PDF's) was parsed for minutes; a text of gigabytes ran out of memory."""
    sparse(tmp_path / name, 300, b"%PDF-1.7\n" if name.endswith(".pdf") else "一、总体情况\n".encode() * 100)
    result = quick("import", name, "-o", "out", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert (f"{name}: error: 文件有 300 MB，超过 reportkit 导入的上限 200 MB（发布的年度报告一般不到 50 MB），未导入："
            "请确认选对了文件") in result.stderr
    assert not (tmp_path / "out").exists()


def test_memory_running_out_while_reading_is_said_in_chinese(tmp_path, monkeypatch):
    """``(ulimit -v 3000000; reportkit import big.txt)`` printed “无法读取（MemoryError: ）”."""
    def out_of_memory(raw):
        raise MemoryError

    monkeypatch.setattr("reportkit.importers.text.decode", out_of_memory)
    (tmp_path / "r.txt").write_text("一、总体情况\n", encoding="utf-8")
    result = run("import", "r.txt", "-o", "out", cwd=tmp_path)
    assert result.exit_code == 1
    assert "r.txt: error: 这台计算机的内存不够处理这个文件，未导入：请关闭其他程序后重试" in result.output
    assert "MemoryError" not in result.output and not (tmp_path / "out").exists()


@pytest.fixture
def office(tmp_path) -> Path:
    """A folder holding a workbook saved as b.zip and c.docx, and a Word document saved as e.zip and f.pdf."""
    book = Workbook()
    book.active["A1"] = 1
    for name in ("b.zip", "c.docx"):
        book.save(tmp_path / name)
    document = docx.Document()
    document.add_paragraph("工作要点")
    for name in ("e.zip", "f.pdf"):
        document.save(tmp_path / name)
    return tmp_path


def test_check_names_an_office_file_renamed_zip(office):
    """They were “压缩包里没有可检查的报告（其中只有 app.xml、core.xml、theme1.xml 等）”."""
    result = run("check", "b.zip", "e.zip", cwd=office)
    assert result.exit_code == 1
    assert ("b.zip: error: unreadable: b.zip: 这是 Excel 工作簿，扩展名却是 .zip，不是压缩包，未检查：请把扩展名改回 .xlsx"
            in result.output)
    assert ("e.zip: error: unreadable: e.zip: 这是 Word 文档，扩展名却是 .zip，不是压缩包，未检查：请把扩展名改回 .docx，"
            "再重新检查") in result.output
    assert "app.xml" not in result.output


def test_import_names_a_workbook_named_docx(office):
    """It was “里面没有 Word 文档（只有 app.xml…）”, as though a zip of pictures."""
    result = run("import", "c.docx", "-o", "out", cwd=office)
    assert result.exit_code == 1
    assert ("c.docx: error: 这是 Excel 工作簿，扩展名却是 .docx，不是报告，未导入：请把扩展名改回 .xlsx（统计表工作簿请用 "
            "reportkit tables import 写入数据文件）") in result.output
    assert "app.xml" not in result.output


def test_a_docx_named_pdf_reads_naturally(office):
    """“文件内容是DOCX 文件”: no space before the Latin letters."""
    result = run("import", "f.pdf", "-o", "out", cwd=office)
    assert "f.pdf: error: 文件内容是 DOCX 文档，扩展名却是 .pdf，按其内容读取后" in result.output


def test_text_named_pdf_is_refused_as_no_pdf(tmp_path):
    """A .pdf of plain text went to the PDF reader, which took it for a damaged PDF."""
    (tmp_path / "r.pdf").write_text("一、总体情况\n本年度依法公开信息。\n", encoding="utf-8")
    result = run("import", "r.pdf", "-o", "out", cwd=tmp_path)
    assert result.exit_code == 1
    assert "r.pdf: error: 文件内容不是 PDF（PDF 文件开头有 %PDF- 标记，这个文件没有）" in result.output


def test_a_pdf_named_html_that_cannot_be_read_reads_naturally(tmp_path):
    """“按其内容读取时PDF 文件已损坏”: the Latin letters ran into the clause before them."""
    (tmp_path / "r.html").write_bytes(b"%PDF-1.4\n1 0 obj\n")
    result = run("import", "r.html", "-o", "out", cwd=tmp_path)
    assert result.exit_code == 1
    assert ("r.html: error: 文件内容是 PDF 文件，扩展名却是 .html，按其内容读取：PDF 文件已损坏或不完整（多半是没有下载完"
            "或复制时中断），未导入") in result.output


def test_a_zip_s_member_far_larger_than_any_report_is_not_unpacked(tmp_path, monkeypatch):
    """A zip's 1.5 GB of zero bytes named 年报.pdf (1.5 MB packed) was unpacked into the temporary folder, then read."""
    monkeypatch.setattr("reportkit.importers.folder.MAX_IMPORT_BYTES", 1024 ** 2)  # the bound's 200 MB, scaled down
    with zipfile.ZipFile(tmp_path / "r.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("年报.pdf", bytes(2 * 1024 ** 2))
    result = run("check", "r.zip", cwd=tmp_path)
    assert result.exit_code == 1
    assert ("r.zip/年报.pdf: error: unreadable: r.zip/年报.pdf: 这个文件解压后有 2 MB，超过 reportkit 检查的上限 1 MB"
            "（发布的年度报告一般不到 50 MB），未解压：请确认它是不是报告") in result.output


def test_a_pdf_with_bytes_before_its_header_is_told_as_a_pdf(tmp_path):
    """A server's blank lines before %PDF- made a PDF named .html read as a web page; a page that names %PDF- is none."""
    (tmp_path / "r.html").write_bytes(b"\r\n\r\n%PDF-1.4\n1 0 obj\n")
    (tmp_path / "p.html").write_bytes("<p>一、总体情况</p><p>%PDF-1.4 是格式的名称。</p>".encode())
    result = run("import", "r.html", "p.html", "-o", "out", cwd=tmp_path)
    assert "r.html: error: 文件内容是 PDF 文件，扩展名却是 .html，按其内容读取：PDF 文件已损坏或不完整" in result.output
    assert "p.html: error" not in result.output and (tmp_path / "out" / "p.yaml").is_file()


def test_a_text_far_larger_than_a_report_s_is_refused_at_once(tmp_path):
    """20 MB of lines named .txt were read for a minute and a half; a report's text is under 1 MB."""
    (tmp_path / "r.txt").write_text("本年度依法公开政府信息。\n" * 500_000, encoding="utf-8")
    result = run("import", "r.txt", "-o", "out", cwd=tmp_path)
    assert result.exit_code == 1
    assert ("r.txt: error: 纯文本文件有 17 MB，超过 reportkit 导入纯文本的上限 5 MB（年度报告的文字一般不到 1 MB，"
            "这样大的文本要读很久），未导入：请确认选对了文件") in result.output
    assert not (tmp_path / "out").exists()
