"""A damaged DOCX, PDF or web archive (cut short by a download, bytes overwritten) is refused in one Chinese line
that says what the file is and what to do; the reading library's error was quoted in English brackets
(“无法读取（PackageNotFoundError: Package not found at …）”, “（PdfminerException: Unexpected EOF）”). A fault inside
reportkit's own code still names itself (it is no damaged file)."""
from __future__ import annotations

from pathlib import Path

import pytest

from _import_helpers import render_source
from reportkit.errors import ReportkitError
from reportkit.importers import import_file
from reportkit.importers import docx as docx_reader
from reportkit.numerals import numeral_value
from reportkit.plugins import load_plugins

PLUGINS = load_plugins()
DOCX = ("DOCX 文件已损坏或不完整（里面的压缩内容读不出来，多半是没有下载完或复制时中断），未导入：请重新下载，"
        "或用 Word、WPS 打开后另存为 .docx 再导入")
PDF = "PDF 文件已损坏或不完整（多半是没有下载完或复制时中断），未导入：请重新下载，或用 PDF 阅读器打开后另存一份再导入"


def _cut(data: bytes) -> bytes:
    return data[:len(data) // 3]


def _overwritten(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + b"x" * 400 + data[middle + 400:]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rendered")
    return {fmt: render_source(Path("examples/sample-2021.yaml"), fmt, folder, PLUGINS).read_bytes()
            for fmt in ("docx", "pdf")}


@pytest.mark.parametrize("fmt, damage, said", [("docx", _cut, DOCX), ("docx", _overwritten, DOCX), ("pdf", _cut, PDF)])
def test_a_damaged_file_is_named_so_in_chinese(tmp_path, rendered, fmt, damage, said):
    source = tmp_path / f"年报.{fmt}"
    source.write_bytes(damage(rendered[fmt]))
    with pytest.raises(ReportkitError) as caught:
        import_file(source, PLUGINS, outdir=tmp_path / "data")
    assert caught.value.format_message() == f"{source}: {said}"
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").iterdir())


def test_a_fault_of_reportkit_s_own_reader_is_not_called_a_damaged_file(tmp_path, rendered, monkeypatch):
    monkeypatch.setattr(docx_reader, "read", lambda path: numeral_value(None))  # fails inside reportkit.numerals
    source = tmp_path / "年报.docx"
    source.write_bytes(rendered["docx"])
    with pytest.raises(ReportkitError) as caught:
        import_file(source, PLUGINS, outdir=tmp_path / "data")
    message = caught.value.format_message()
    assert "已损坏" not in message and "AttributeError" in message
    # said as reportkit's fault, as a fault in mapping what was read is (it said “请确认文件完整、能用办公软件打开”)
    assert message.startswith(f"{source}: reportkit 读取这个文件时出现内部错误（AttributeError: ")
    assert message.endswith("），未写出数据文件：请把这个文件报告给开发者")
