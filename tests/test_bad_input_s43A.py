"""Bad input ``import``, ``check``, ``tables`` and the writers still got wrong after session 42: a web page of 150 MB
(or of 20 MB of paragraphs) read whole, memory running out after a file was read (“内部错误（MemoryError…）”, or a
traceback), zips nested deeper than reportkit unpacks (“不能导入这种文件”), and an ``-o`` that is a symbolic link (the
link replaced by the file)."""
from __future__ import annotations

import base64
import io
import os
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_cli_leftovers_s42A import SAMPLE, posix, run
from test_import_not_what_named_s42A3 import quick, sparse

#: reportkit's words where memory ran out on a small file (under 1 MB), before what was not done.
SHORT_OF_MEMORY = "这台计算机的内存不够处理这个文件"
#: A page of a report small enough to read: its title and first part.
PAGE = "<html><body><h1>2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>本年度依法公开政府信息。</p>{}</body></html>"


@posix
@pytest.mark.parametrize(("name", "head", "command"), [
    ("r.html", b"<html><body><p>", "import"),
    ("r.mht", b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\n", "check"),
], ids=["html", "mht"])
def test_a_page_far_larger_than_any_report_s_is_refused_at_once(tmp_path, name, head, command):
    """A 60 MB page was parsed whole (150 MB took minutes and gigabytes); only .txt was bounded."""
    sparse(tmp_path / name, 60, head)
    result = quick(command, name, *(["-o", "out"] if command == "import" else []), cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert (f"{name}: error: {'unreadable: ' + name + ': ' if command == 'check' else ''}网页文件有 60 MB，超过 reportkit 导入网页的上限 50 MB（年度报告的网页一般不到 1 MB，连同存在网页里的"
            "图片一般不到 30 MB），未导入：请确认选对了文件") in result.stdout + result.stderr
    assert not (tmp_path / "out").exists()


def test_a_page_of_paragraphs_far_longer_than_a_report_s_is_refused(tmp_path):
    """6 MB of paragraphs took half a minute to read (20 MB two minutes), though the file was under any bound."""
    (tmp_path / "r.html").write_text(PAGE.format("<p>本机关依法做好政府信息公开工作。</p>\n" * 120_000), encoding="utf-8")
    result = run("import", "r.html", "-o", "out", cwd=tmp_path)
    assert result.exit_code == 1
    assert ("r.html: error: 网页除去存在其中的图片还有 6 MB，超过 reportkit 导入网页正文的上限 5 MB（年度报告的网页一般不到 1 MB，"
            "这样大的网页要读很久），未导入：请确认选对了文件") in result.output
    assert not (tmp_path / "out").exists()


def test_a_page_with_its_pictures_saved_in_it_is_read(tmp_path):  # guard: the pictures are not its text
    picture = base64.b64encode(bytes(6 * 1024 ** 2)).decode()
    (tmp_path / "r.html").write_text(PAGE.format(f'<p><img src="data:image/png;base64,{picture}"></p>'), encoding="utf-8")
    result = run("import", "r.html", "-o", "out", cwd=tmp_path)
    assert "上限" not in result.output and (tmp_path / "out" / "r.yaml").is_file()


def _out_of_memory(*args, **kwargs):
    raise MemoryError


@pytest.mark.parametrize("command", ["import", "check"])
def test_memory_running_out_after_a_report_is_read_is_said_in_chinese(tmp_path, monkeypatch, command):
    """It was “reportkit 导入这个文件时出现内部错误（MemoryError: ），未写出数据文件：请把这个文件报告给开发者”."""
    monkeypatch.setattr("reportkit.importers.map_annual", _out_of_memory)
    picture = base64.b64encode(bytes(1536 * 1024)).decode()  # a page of 2 MB: said to be large, a smaller file not
    (tmp_path / "r.html").write_text(PAGE.format(f'<p><img src="data:image/png;base64,{picture}"></p>'), encoding="utf-8")
    result = run(command, "r.html", *(["-o", "out"] if command == "import" else []), cwd=tmp_path)
    assert result.exit_code == 1
    assert (f"r.html: error: {'unreadable: r.html: ' if command == 'check' else ''}文件太大（2 MB），这台计算机的内存不够"
            "读入它，未写出数据文件：请关闭其他程序后重试，或确认选对了文件；确是这个文件的，请换一台内存更大的计算机处理"
            ) in result.output
    assert "MemoryError" not in result.output and "内部错误" not in result.output
    assert not (tmp_path / "out").exists()


def test_memory_running_out_in_a_render_is_said_in_chinese(data, monkeypatch):
    """``render`` ended in a MemoryError traceback (with -j 2, “崩溃” and no reason)."""
    monkeypatch.setattr("reportkit.pipeline.build", _out_of_memory)
    result = run("render", "x.yaml", "-f", "docx", "-o", "out", cwd=data.parent)
    assert result.exit_code == 1
    assert f"x.yaml: error: {SHORT_OF_MEMORY}，未生成文件：请关闭其他程序后重试，或换一台内存更大的计算机处理" in result.output
    assert not (data.parent / "out" / "x.docx").exists()


def test_memory_running_out_in_tables_import_and_aggregate_is_said_in_chinese(data, monkeypatch):
    """Both ended in a MemoryError traceback; the data file is kept as it was, the other units summed."""
    book = data.parent / "t.xlsx"
    assert run("tables", "export", data, "-o", book).exit_code == 0
    monkeypatch.setattr("reportkit.tables.workbook.load_workbook", _out_of_memory)
    result = run("tables", "import", "t.xlsx", "--into", "x.yaml", cwd=data.parent)
    assert result.exit_code == 1
    assert f"t.xlsx: error: {SHORT_OF_MEMORY}，未写入 x.yaml：请关闭其他程序后重试" in result.output
    assert data.read_bytes() == SAMPLE.read_bytes()
    summed = run("aggregate", "x.yaml", "t.xlsx", "-o", "sum.yaml", "--agency", "某县人民政府", cwd=data.parent)
    assert summed.exit_code == 1
    assert f"t.xlsx: warning: 未计入汇总：{SHORT_OF_MEMORY}，其余单位照常汇总：请关闭其他程序后重试" in summed.output
    assert "已汇总 1 个单位的统计表到 sum.yaml，不含未计入的 1 个单位" in summed.output


def _zipped(name: str, payload: bytes) -> bytes:
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        archive.writestr(name, payload)
    return packed.getvalue()


def test_a_zip_nested_too_deep_says_what_it_found(tmp_path):
    """A zip in a zip in a zip in a zip was “不能导入这种文件…（reportkit check 能直接检查 .zip 里的报告）”."""
    inner = _zipped("年报.pdf", b"%PDF-1.4\n")
    for level in (4, 3, 2):
        inner = _zipped(f"l{level}.zip", inner)
    (tmp_path / "l1.zip").write_bytes(inner)
    result = run("check", "l1.zip", cwd=tmp_path)
    assert result.exit_code == 1
    assert ("l1.zip/l2.zip/l3.zip/l4.zip: error: unreadable: l1.zip/l2.zip/l3.zip/l4.zip: 这是套在第 3 层压缩包里的压缩包"
            "（其中有 年报.pdf），reportkit 只解开 3 层，未解压，其中的报告未检查：请用解压软件把它解压出来，再检查解压出的文件夹"
            ) in result.output
    assert "不能导入这种文件" not in result.output


@posix
def test_tables_export_writes_through_a_link_to_a_workbook(data):
    """With --force the link was replaced by a workbook of its own, the workbook it pointed to left as it was."""
    (data.parent / "books").mkdir()
    assert run("tables", "export", data, "-o", data.parent / "books" / "w.xlsx").exit_code == 0
    workbook = load_workbook(data.parent / "books" / "w.xlsx")
    workbook["表三"]["Z99"] = "旧"
    workbook.save(data.parent / "books" / "w.xlsx")
    (data.parent / "l.xlsx").symlink_to(Path("books", "w.xlsx"))
    result = run("tables", "export", "x.yaml", "-o", "l.xlsx", "--force", cwd=data.parent)
    assert result.exit_code == 0, result.output
    assert os.readlink(data.parent / "l.xlsx") == str(Path("books", "w.xlsx"))
    assert load_workbook(data.parent / "books" / "w.xlsx")["表三"]["Z99"].value is None  # written anew


@posix
@pytest.mark.parametrize("command", [["tables", "export", "x.yaml", "-o", "d.xlsx", "--force"],
                                     ["render", "x.yaml", "-o", "d.xlsx"]], ids=["tables-export", "render"])
def test_an_output_that_is_a_link_to_nothing_is_refused(data, command):
    """The link was replaced by the file, exit 0: the place it pointed to stayed empty."""
    if command[0] == "render":
        command[-1] = "d.docx"
    target = command[command.index("-o") + 1]
    (data.parent / target).symlink_to(Path("gone", target))
    result = run(*command, cwd=data.parent)
    assert result.exit_code == 1
    assert (f"{target}: error: 这是一个符号链接（快捷方式），它指向的“gone/{target}”已不存在，未写入：请删去这个链接，或让它指向"
            "要写入的文件，或给 -o 另取一个名字") in result.output
    assert (data.parent / target).is_symlink()
    assert sorted(p.name for p in data.parent.iterdir()) == sorted([target, "x.yaml"])
