"""A file named .docx whose content is no DOCX (not a zip file) nor anything else import reads: one Chinese line that
says so and what to do, no file written (it quoted the DOCX reader's “PackageNotFoundError: Package not found at …”)."""
from __future__ import annotations

import os

from click.testing import CliRunner

from reportkit.cli import cli

SAID = ("文件内容不是 DOCX（DOCX 文件是 zip 压缩包，这个文件不是），也不是网页、PDF 或旧版 Word、WPS、RTF 文件，未导入："
        "可能下载不完整或已损坏，请重新下载，或用 Word、WPS 打开后另存为 .docx")


def test_a_docx_that_is_no_zip_file_is_refused_in_one_line(tmp_path):
    source = tmp_path / "年报.docx"
    source.write_bytes(bytes(range(1, 256)) * 8 + os.urandom(512).replace(b"PK", b"pk"))
    result = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / "data")])
    assert result.exit_code == 1
    assert result.output.strip().endswith(f"{source}: error: {SAID}")
    assert "Error" not in result.output and not (tmp_path / "data").exists()
