"""`reportkit check FOLDER`: a reviewer's folder of downloaded reports holds more than reports. Office lock
files and what macOS and Windows leave are passed over with a line of the summary, not each an error row; a zip's
reports are checked, other files named in the summary, not left out unseen; a report downloaded twice is checked once;
a DOCX or PDF with an open password is said to have one (not “damaged”, not “an old Word file”); and the results carry
each report's 机关 and 年度 to sort and filter by."""
from __future__ import annotations

import csv
import io
import shutil
import struct
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from pypdf import PdfWriter

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import render_source

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "xinzhou-2020.yaml"
NOTICE = ("<html><body><h1>关于报送年度报告的通知</h1><p>各单位：请于1月20日前报送本单位的年度报告。</p>"
          "<p>县政务公开办公室</p></body></html>")


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    return render_source(EXAMPLE, "html", tmp_path_factory.mktemp("page"), load_plugins())


def _check(folder: Path, report: Path, *options: str):
    result = CliRunner().invoke(cli, ["check", str(folder), "--report", str(report), *(options or ("-j", "1"))])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def _csv(report: Path) -> list[dict]:
    with open(report, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _locked_office_file() -> bytes:
    """A compound file holding what Word writes for a DOCX with an open password: the streams EncryptionInfo and
    EncryptedPackage (left empty here)."""
    end, free = 0xFFFFFFFE, 0xFFFFFFFF
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<5H", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack("<9I", 0, 1, 1, 0, 0x1000, end, 0, end, 0) + struct.pack("<I108I", 0, *[free] * 108))
    fat = struct.pack("<128I", 0xFFFFFFFD, end, *[free] * 126)

    def entry(name: str, kind: int, right: int = free, child: int = free) -> bytes:
        raw = (name + "\0").encode("utf-16-le")
        return raw.ljust(64, b"\0") + struct.pack("<HBB3I", len(raw), kind, 1, free, right, child) + bytes(36) \
            + struct.pack("<IQ", end, 0)

    entries = entry("Root Entry", 5, child=1) + entry("EncryptionInfo", 2, right=2) + entry("EncryptedPackage", 2)
    return header + fat + entries.ljust(512, b"\0")


def test_lock_and_system_files_are_passed_over_with_a_line_of_the_summary(tmp_path):
    """Word's ~$ lock file of a report open in Word, macOS's ._ files and __MACOSX folder (a zip unpacked), .DS_Store
    and Thumbs.db were each an “unreadable” or “not an annual report” row among the reports (those named .docx, .txt);
    a spreadsheet was left out unseen. Now they are no rows; the summary says how many were passed over, and why."""
    folder = tmp_path / "各县年报"
    (folder / "__MACOSX" / "甲县").mkdir(parents=True)
    (folder / "甲县").mkdir()
    (folder / "甲县" / "关于报送年度报告的通知.html").write_text(NOTICE, encoding="utf-8")
    (folder / "甲县" / "~$年报.docx").write_bytes(b"\x0bAdministrator" + bytes(149))
    (folder / "甲县" / "._年报.txt").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X" + bytes(60))
    (folder / "__MACOSX" / "甲县" / "._年报.docx").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X" + bytes(60))
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(40))
    (folder / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    (folder / "统计表.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))

    result = _check(folder, tmp_path / "r.csv")
    assert [(row["file"], row["rule"]) for row in _csv(tmp_path / "r.csv")] == [
        (str(folder / "甲县" / "关于报送年度报告的通知.html"), "not-annual-report")]
    lines = result.output.splitlines()
    assert lines[0].startswith("共检查 1 份报告：0 份未发现问题，1 份有问题")
    assert lines[-2].startswith("未检查 5 个系统文件、临时文件（Word、WPS 打开文件时留下的 ~$ 锁定文件，macOS 留下的 ._ 文件")
    assert lines[-1].startswith("未检查 1 个不是报告格式的文件（统计表.xls）：可检查的是 .doc、.docx")
    assert "其中确是报告的，请另存为其中一种后重新检查" in lines[-1]

    # last year's folder alike: a lock file there is no report of last year that could not be read
    (tmp_path / "上年").mkdir()
    (tmp_path / "上年" / "~$上年年报.docx").write_bytes(b"\x0bAdministrator" + bytes(149))
    _check(folder, tmp_path / "r.csv", "--previous-dir", str(tmp_path / "上年"), "-j", "1")
    assert [row["rule"] for row in _csv(tmp_path / "r.csv")] == ["not-annual-report"]


def _zip(members: dict[str, bytes]) -> bytes:
    """A zip of ``members``; a name after “gbk:” is stored in GBK without the UTF-8 mark, as Chinese Windows does."""
    buffer = io.BytesIO()
    gbk = {}
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            if name.startswith("gbk:"):
                raw = name[4:].encode("gbk")
                name = f"{len(gbk)}".rjust(len(raw), "X")  # as long as the GBK name, which replaces it below
                gbk[name.encode("ascii")] = raw
            archive.writestr(name, data)
    data = buffer.getvalue()
    for placeholder, raw in gbk.items():
        data = data.replace(placeholder, raw)
    return data


def test_a_zip_s_reports_are_checked_each_in_a_row_of_its_own(tmp_path, page):
    """A zip of reports was left out of the results unseen: the reviewer never learnt that the reports in it went
    unchecked. Its reports (a name in GBK, as Chinese Windows zips them; a zip in the zip) are now checked, each a row
    named 压缩包/里面的路径; its pictures and macOS files are passed over as a folder's; a zip without reports, or
    damaged, and a file locked in one, are rows saying so. A rar is a row saying to unpack it (so is a zip given to
    ``import``). Pictures are named in the summary."""
    folder = tmp_path / "各县年报"
    folder.mkdir()
    (folder / "各县.zip").write_bytes(_zip({
        "gbk:甲县/甲县年报.html": page.read_bytes(), "__MACOSX/甲县/._甲县年报.html": b"\x00\x05\x16\x07" + bytes(40),
        "甲县/封面.jpg": b"\xff\xd8\xff\xe0" + bytes(40), "套.zip": _zip({"乙县年报.html": NOTICE.encode("utf-8")})}))
    (folder / "空的.zip").write_bytes(_zip({"说明.jpg": b"\xff\xd8\xff\xe0" + bytes(40)}))
    (folder / "坏的.zip").write_bytes(b"PK\x03\x04" + bytes(60))
    locked = bytearray(_zip({"年报.pdf": b"%PDF-1.4 encrypted"}))
    locked[6] |= 1  # the local header's and the central directory's flags: encrypted
    locked[locked.rfind(b"PK\x01\x02") + 8] |= 1
    (folder / "锁.zip").write_bytes(bytes(locked))
    (folder / "丙县.rar").write_bytes(b"Rar!\x1a\x07\x00" + bytes(40))
    (folder / "扫描件.JPG").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(40))

    result = _check(folder, tmp_path / "r.csv", "-j", "2")  # the workers read the unpacked copies, named as in the zip
    said = [(row["file"][len(str(folder)) + 1:], row["rule"], row["message"].replace(str(folder), "…"), row["agency"])
            for row in _csv(tmp_path / "r.csv")]
    assert said == [
        ("丙县.rar", "unreadable", "…/丙县.rar: 不能导入这种文件：可导入 .docx、.htm、.html、.mht、.mhtml、.pdf、.shtml、.txt（扩展名须"
                                  "相符）；RAR、7z 压缩包请先解压（解压到要检查的文件夹里），再检查或导入解压出的文件", ""),
        ("各县.zip/套.zip/乙县年报.html", "not-annual-report", "…/各县.zip/套.zip/乙县年报.html: 没有找到年度报告的任何一个部分"
         "（“一、总体情况”等）或统计表，未写出数据文件：这份文件可能不是政府信息公开工作年度报告（只能导入年度报告，以及标题写明"
         "是工作方案、工作总结的文件），或者网页另存时没有存下正文", ""),
        ("各县.zip/甲县/甲县年报.html", "ok", "未发现问题", "忻州市生态环境局"),
        ("坏的.zip", "unreadable", "…/坏的.zip: 压缩包已损坏或不完整，未解压：请重新下载，或用解压软件打开它，看能否解压", ""),
        ("空的.zip", "not-annual-report", "…/空的.zip: 压缩包里没有可检查的报告（其中只有 说明.jpg）", ""),
        ("锁.zip/年报.pdf", "unreadable", "…/锁.zip/年报.pdf: 压缩包里的这个文件设了密码，未解压：请用解压软件输入密码解压后检查",
         "")]
    lines = result.output.splitlines()
    assert lines[0].startswith("共检查 6 份报告：1 份未发现问题，5 份有问题（其中 2 份不是年度报告")
    assert lines[-2].startswith("未检查 1 个系统文件、临时文件（")
    assert lines[-1].startswith("未检查 2 个不是报告格式的文件（扫描件.JPG、封面.jpg）：可检查的是 ")
    assert lines[-1].endswith("（图片、扫描件请向发布机关要 DOCX、PDF 或网页版）")
    imported = CliRunner().invoke(cli, ["import", str(folder / "空的.zip"), "-o", str(tmp_path / "data")])
    assert imported.output.rstrip().endswith("（扩展名须相符）；压缩包请先解压，再导入解压出的文件（reportkit check 能直接检查 .zip 里的报告）")


def test_a_report_downloaded_twice_is_checked_once_and_rows_carry_agency_and_year(tmp_path, page):
    """The same report under two names was checked twice, each copy counted as a report of its own. Now the copy (of
    the longer name, though listed first) is one ``duplicate`` row naming the one checked (a note: 重复文件 in the
    workbook), counted apart in the summary; empty files, all alike, are no copies of each other. Every row has the
    report's 机关 and 年度 (empty where the file was not read), in the workbook's two sheets too."""
    folder = tmp_path / "各县年报"
    (folder / "甲县").mkdir(parents=True)
    first = folder / "甲县" / "忻州市生态环境局2020年报.html"
    shutil.copy(page, first)
    copy = folder / "忻州 生态环境局（2020）年报 副本.html"
    shutil.copy(page, copy)
    (folder / "空的.docx").write_bytes(b"")
    (folder / "也是空的.docx").write_bytes(b"")

    result = _check(folder, tmp_path / "r.xlsx")
    assert result.output.splitlines()[0] == (
        f"共检查 3 份报告：1 份未发现问题，2 份有问题；另有 1 份与别的文件内容完全相同，未重复检查（见“重复文件（duplicate）”行）；"
        f"结果已写入 {tmp_path / 'r.xlsx'}")
    assert result.exit_code == 1
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    findings = [tuple(cell.value for cell in row) for row in book["问题清单"].iter_rows()]
    assert findings[0] == ("文件", "机关", "年度", "规则", "级别", "位置", "说明")
    assert [row[:4] for row in findings[1:]] == [
        (str(folder / "也是空的.docx"), None, None, "unreadable"),
        (str(copy), "忻州市生态环境局", 2020, "duplicate"),
        (str(first), "忻州市生态环境局", 2020, "ok"),
        (str(folder / "空的.docx"), None, None, "unreadable")]
    assert findings[2][4:] == ("提示", None, f"与 {first} 内容完全相同（同一份报告的重复文件），未重复检查：结果见那一份的行")
    assert [tuple(cell.value for cell in row)[1:4] for row in book["各文件"].iter_rows()] == [
        ("机关", "年度", "结论"), (None, None, "无法读取"), ("忻州市生态环境局", 2020, "重复文件"),
        ("忻州市生态环境局", 2020, "通过"), (None, None, "无法读取")]


def test_a_docx_or_pdf_with_an_open_password_is_said_to_have_one(tmp_path):
    """A DOCX with an open password (a compound file, like an old Word file) went to LibreOffice, which failed: “文件内容
    是旧版 Word 或 WPS 文件，扩展名却是 .docx”; a PDF with one was “已损坏或不完整”. Both now say the password and what to
    do; a PDF cut short stays damaged even when encrypted."""
    folder = tmp_path / "年报"
    folder.mkdir()
    (folder / "有密码.docx").write_bytes(_locked_office_file())
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt(user_password="secret", owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    (folder / "有密码.pdf").write_bytes(buffer.getvalue())
    (folder / "有密码但不完整.pdf").write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])

    _check(folder, tmp_path / "r.csv")
    said = {Path(row["file"]).name: (row["rule"], row["message"].split(": ", 1)[1]) for row in _csv(tmp_path / "r.csv")}
    assert said == {
        "有密码.docx": ("unreadable", "文件设了打开密码（已加密），reportkit 打不开，未导入：请向发布机关要一份没有密码的文件，"
                                    "或用 Word、WPS 输入密码打开后取消密码，另存为 .docx 再导入"),
        "有密码.pdf": ("unreadable", "PDF 文件设了打开密码（已加密），reportkit 打不开，未导入：请向发布机关要一份没有密码的 PDF，"
                                   "或用 PDF 阅读器输入密码打开后另存一份没有密码的再导入"),
        "有密码但不完整.pdf": ("unreadable", "PDF 文件已损坏或不完整（多半是没有下载完或复制时中断），未导入：请重新下载，"
                                       "或用 PDF 阅读器打开后另存一份再导入")}


def test_an_office_file_with_an_open_password_named_as_data_is_said_to_be_one(tmp_path):
    """A password-protected DOCX saved as .yaml gave the YAML errors its bytes make."""
    data = tmp_path / "report.yaml"
    data.write_bytes(_locked_office_file())
    result = CliRunner().invoke(cli, ["validate", str(data)])
    assert result.exit_code == 1
    assert f"{data}: error: 这是设了打开密码的 Word、WPS 或 Excel 文件，不是 YAML 数据文件" in result.output, result.output
