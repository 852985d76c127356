"""`reportkit check FOLDER` on a reviewer's folder as it comes: nested folders, a Windows shortcut, an empty file, a
very long Chinese name, a name with characters Windows forbids, WPS files, and a .docx that is only a zip of a
report's pictures. Each report is checked once and each other file is said for what it is."""
from __future__ import annotations

import csv
import io
import shutil
import zipfile
from pathlib import Path

from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import render_source

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-2021.yaml"
LONG = "某某县某某乡镇人民政府关于二〇二三年度政府信息公开工作年度报告的发布稿（经审核的定稿版本）" * 2


def _pictures_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("扫描件/第1页.png", b"\x89PNG\r\n\x1a\n" + bytes(64))
        archive.writestr("扫描件/第2页.jpg", b"\xff\xd8\xff" + bytes(64))
    return buffer.getvalue()


def test_a_messy_folder_is_told_file_by_file(tmp_path):
    """A .docx holding only pictures was “已损坏或不完整” (re-downloading gives the same file); a shortcut was one of the
    “不是报告格式的文件” to save as a report format. Now the first says what it holds and what to ask for, the second
    that what it points to was not checked; the formats said to be checked are no longer .rar, .7z and .ofd, which
    are only rows saying to unpack or export them."""
    page = render_source(EXAMPLE, "docx", tmp_path, load_plugins())
    folder = tmp_path / "各乡镇年报"
    (folder / "甲镇" / "2023" / "定稿").mkdir(parents=True)
    (folder / "乙镇").mkdir()
    long_name = folder / "甲镇" / "2023" / "定稿" / f"{LONG[:80]}.docx"  # 245 bytes of UTF-8: near the file system's limit
    shutil.copy(page, long_name)
    shutil.copy(page, folder / "乙镇" / "年报:终稿?.docx")  # : and ? cannot be in a Windows name: a copy from elsewhere
    (folder / "乙镇" / "扫描件.docx").write_bytes(_pictures_zip())
    (folder / "乙镇" / "空的.pdf").write_bytes(b"")
    (folder / "乙镇" / "年报 - 快捷方式.lnk").write_bytes(b"L\x00\x00\x00\x01\x14\x02\x00" + bytes(68))
    (folder / "乙镇" / "统计表.et").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))

    result = CliRunner().invoke(cli, ["check", str(folder), "--report", str(tmp_path / "r.csv"), "-j", "1"])
    assert result.exit_code == 1, result.output
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        rows = {row["file"]: (row["rule"], row["message"]) for row in csv.DictReader(f)}
    scans = folder / "乙镇" / "扫描件.docx"
    assert rows == {
        str(folder / "乙镇" / "年报:终稿?.docx"): ("ok", "未发现问题"),
        str(long_name): ("duplicate", f"与 {folder / '乙镇' / '年报:终稿?.docx'} 内容完全相同（同一份报告的重复文件），未重复检查：结果见那一份的行"),
        str(scans): ("unreadable", f"{scans}: 文件是 zip 压缩包，里面没有 Word 文档（只有 第1页.png、第2页.jpg），不是 DOCX，未导入："
                                   "请把扩展名改为 .zip，用解压软件打开看看；是报告的图片、扫描件的，请向发布机关要 DOCX、PDF 或网页版"),
        str(folder / "乙镇" / "空的.pdf"): ("unreadable", f"{folder / '乙镇' / '空的.pdf'}: 文件是空的（0 字节），无法导入：请重新下载或另存这份报告")}
    lines = result.output.splitlines()
    assert lines[0].startswith("共检查 3 份报告：1 份未发现问题，2 份有问题；另有 1 份与别的文件内容完全相同")
    assert lines[-2:] == [
        "未检查 1 个快捷方式（年报 - 快捷方式.lnk）：它们指向的报告或网页没有检查，请把报告本身（网页请另存为 .html）放进文件夹后重新检查",
        "未检查 1 个不是报告格式的文件（统计表.et）：可检查的是 .doc、.docx、.htm、.html、.mht、.mhtml、.pdf、.rtf、.shtml、"
        ".txt、.wps、.zip；其中确是报告的，请另存为其中一种后重新检查（图片、扫描件请向发布机关要 DOCX、PDF 或网页版）"]


def test_importing_a_zip_of_pictures_named_docx_says_what_it_holds(tmp_path):
    source = tmp_path / "年报.docx"
    source.write_bytes(_pictures_zip())
    result = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / "data")])
    assert result.exit_code == 1
    assert result.output.strip() == (f"{source}: error: 文件是 zip 压缩包，里面没有 Word 文档（只有 第1页.png、第2页.jpg），不是 DOCX，"
                                     "未导入：请把扩展名改为 .zip，用解压软件打开看看；是报告的图片、扫描件的，请向发布机关要 DOCX、PDF 或网页版")


def test_a_zipped_report_whose_name_windows_refuses_is_unpacked_under_one_it_takes(tmp_path):
    """A zip made on a Mac or Linux may hold 年报:终稿?.docx; unpacked under that name it could not be written on Windows
    (“未能解压……请腾出磁盘空间”). It is unpacked as 年报_终稿_.docx (its data file kept by -o so named), and still
    shown in the results under its name in the zip."""
    plugins = load_plugins()
    archive = tmp_path / "各镇" / "乙镇.zip"
    archive.parent.mkdir()
    with zipfile.ZipFile(archive, "w") as packed:
        packed.write(render_source(EXAMPLE, "docx", tmp_path, plugins), "乙镇/年报:终稿?.docx")
        packed.write(render_source(EXAMPLE.with_name("xinzhou-2020.yaml"), "docx", tmp_path, plugins),
                     "乙镇/定稿. .docx")  # Windows drops a name's trailing dots and spaces
    result = CliRunner().invoke(cli, ["check", str(archive.parent), "--report", str(tmp_path / "r.csv"), "-j", "1",
                                      "-o", str(tmp_path / "kept")])
    assert result.exit_code == 0, result.output
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        assert [(row["file"], row["rule"]) for row in csv.DictReader(f)] == [
            (f"{archive}/乙镇/定稿. .docx", "ok"), (f"{archive}/乙镇/年报:终稿?.docx", "ok")]
    assert sorted(path.name for path in (tmp_path / "kept").rglob("*.yaml")) == ["定稿.yaml", "年报_终稿_.yaml"]
