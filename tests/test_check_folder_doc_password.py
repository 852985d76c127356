"""An old Word .doc (or .wps) with an open password: Word keeps its FIB unencrypted and sets the flag fEncrypted in it,
so reportkit tells such a file by that flag, as it tells a DOCX or PDF with one, instead of handing it to LibreOffice
(which fails on it without saying why)."""
from __future__ import annotations

import csv
import struct
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportkit.cli import cli

END, FREE = 0xFFFFFFFE, 0xFFFFFFFF
LOCKED = ("文件设了打开密码（已加密），reportkit 打不开，未导入：请向发布机关要一份没有密码的文件，或用 Word、WPS 输入密码"
          "打开后取消密码，另存为 .docx 再导入")


def _old_word_file(flags: int, small: bool = False) -> bytes:
    """A compound file (512-byte sectors: the FAT, the directory, the stream, then for ``small`` the MiniFAT) whose
    WordDocument stream opens with a FIB of Word 97 (wIdent 0xA5EC) with ``flags`` at offset 0x0A; ``small``: a stream
    under 4096 bytes, which lies in the root entry's mini stream (from its tenth 64-byte mini sector). After the
    document's own streams, the directory lists an embedded document's (ObjectPool/WordDocument, not encrypted)."""
    fib = struct.pack("<HHHHHH", 0xA5EC, 0xC1, 0, 0x0409, 0, flags) + bytes(500)
    stream = (bytes(576) + fib).ljust(2560, b"\0") if small else fib.ljust(4608, b"\0")
    count = len(stream) // 512
    mini_fat = 2 + count if small else END  # the MiniFAT's sector: the embedded stream's one mini sector, then ours
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<5H", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack("<9I", 0, 1, 1, 0, 0x1000, mini_fat, int(small), END, 0) + struct.pack("<I108I", 0, *[FREE] * 108))
    chain = [0xFFFFFFFD, END, *range(3, 2 + count), END] + ([END] if small else [])
    fat = struct.pack("<128I", *chain, *[FREE] * (128 - len(chain)))

    def entry(name: str, kind: int, start: int, size: int, right: int = FREE, child: int = FREE) -> bytes:
        raw = (name + "\0").encode("utf-16-le")
        return raw.ljust(64, b"\0") + struct.pack("<HBB3I", len(raw), kind, 1, FREE, right, child) + bytes(36) \
            + struct.pack("<IQ", start, size)

    root = entry("Root Entry", 5, 2 if small else END, len(stream) if small else 0, child=1)
    word = entry("WordDocument", 2, 9, 1500, right=2) if small else entry("WordDocument", 2, 2, len(stream), right=2)
    embedded = entry("ObjectPool", 1, 0, 0, child=3) + entry("WordDocument", 2, 0, 64)
    minis = [END, *[FREE] * 8, *range(10, 33), END]
    tail = struct.pack("<128I", *minis, *[FREE] * (128 - len(minis))) if small else b""
    return header + fat + (root + word + embedded).ljust(512, b"\0") + stream + tail


def _rows(folder: Path, tmp_path: Path) -> dict[str, tuple[str, str]]:
    result = CliRunner().invoke(cli, ["check", str(folder), "--report", str(tmp_path / "r.csv"), "-j", "1"])
    assert isinstance(result.exception, SystemExit) and result.exit_code == 1, result.output
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        return {Path(row["file"]).name: (row["rule"], row["message"].split(": ", 1)[1]) for row in csv.DictReader(f)}


@pytest.mark.parametrize("small", [False, True], ids=["stream", "mini-stream"])
def test_an_old_word_file_with_an_open_password_is_said_to_have_one(tmp_path, small):
    """The .doc and .wps with fEncrypted set were “converted by LibreOffice” and failed as damaged; now each is one
    row saying it has a password and what to do, like a DOCX with one."""
    folder = tmp_path / "年报"
    folder.mkdir()
    (folder / "甲局2023年报.doc").write_bytes(_old_word_file(0x0100 | 0x0200, small))
    (folder / "乙局2023年报.wps").write_bytes(_old_word_file(0x0100, small))
    assert _rows(folder, tmp_path) == {"甲局2023年报.doc": ("unreadable", LOCKED), "乙局2023年报.wps": ("unreadable", LOCKED)}


def test_an_old_word_file_without_the_flag_is_not_said_to_have_a_password(tmp_path):
    """The flag, not the format: a .doc without fEncrypted (the bit beside it set) still goes to LibreOffice, and so
    does a .wps whose compound-file header is all zeros (sector size 1), which stopped the whole check with a
    traceback."""
    folder = tmp_path / "年报"
    folder.mkdir()
    (folder / "甲局2023年报.doc").write_bytes(_old_word_file(0x0200))
    (folder / "乙局2023年报.wps").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    rows = _rows(folder, tmp_path)
    assert sorted(rows) == ["乙局2023年报.wps", "甲局2023年报.doc"]
    assert all(rule == "unreadable" and "密码" not in message for rule, message in rows.values())


def test_importing_an_old_word_file_with_an_open_password_says_so(tmp_path):
    source = tmp_path / "甲局2023年报.doc"
    source.write_bytes(_old_word_file(0x0100))
    result = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / "data")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"{source}: error: {LOCKED}"]
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").iterdir())
