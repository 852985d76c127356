"""Issue 5, point 1: whatever file a clerk names is read, or refused with one located message."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from _reliability import SAMPLE, refused, run
from reportkit.errors import InvalidData
from reportkit.load import MAX_DEPTH, load_file, load_text


@pytest.mark.parametrize("codec, text", [("gbk", "agency: 忻州市生态环境局\n"), ("gb18030", "agency: 𪚥字与€\n")])
def test_gbk_and_gb18030_files_are_read_with_a_note(tmp_path, codec, text):
    path = tmp_path / "old.yaml"
    path.write_bytes(text.encode(codec))
    loaded = load_file(path)
    assert loaded.data == {"agency": text.split(": ", 1)[1].strip()}
    assert [(d.severity, d.line) for d in loaded.diagnostics] == [("note", 1)]
    assert "GBK/GB18030" in loaded.diagnostics[0].message and "UTF-8" in loaded.diagnostics[0].message


def test_undecodable_file_is_refused_with_how_to_convert():
    [message] = refused(b"kind: annual-report\nagency: \x80\xff\n")
    assert message.startswith("f.yaml:2:9: error: 无法识别文件编码") and "另存为”UTF-8" in message


@pytest.mark.parametrize("codec", ["gbk", "utf-8"])
def test_an_undecodable_byte_is_placed_where_it_is(codec):
    """A GBK file with one bad byte on line 3 was placed at its first Chinese character (line 1: where UTF-8 first
    failed), and a column counted bytes: the place is the bad byte's, counted in characters."""
    raw = "agency: 某县交通运输局\nyear: 2023\n".encode(codec) + "note: 组织开展专项行动".encode(codec) + b"\x80\xff\n"
    if codec == "utf-8":
        raw = raw.replace("开展".encode("utf-8"), "开展".encode("gbk"))  # a UTF-8 file with a GBK piece pasted in
    [message] = refused(raw)
    assert message.startswith(f"f.yaml:3:{9 if codec == 'utf-8' else 15}: error: 无法识别文件编码"), message


@pytest.mark.parametrize("raw, expected", [
    (b"\xff\xfea\x00:", "无法识别文件编码"),                    # UTF-16 BOM, odd number of bytes
    (b"\xef\xbb\xbfa: \xff\n", "无法识别文件编码"),              # UTF-8 BOM, then not UTF-8
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "不是文本文件"),     # a .docx named by mistake
])
def test_binary_and_broken_encodings_are_refused(raw, expected):
    [message] = refused(raw)
    assert expected in message


def test_alias_error_points_at_the_alias_and_a_lone_anchor_is_refused():
    messages = refused(b"a: &x 1\nb:\n  c: *x\n")
    assert messages == ["f.yaml:1:4: error: 不支持 YAML 锚点“&x”：请把内容直接写出来",
                        "f.yaml:3:6: error: 不支持 YAML 别名“*x”：请把内容直接写出来"]


@pytest.mark.parametrize("raw, where", [
    ("a: " + "[" * 5000 + "]" * 5000, "1:67"),  # libyaml in PyYAML 6.0.4 refuses 1,000 levels: ours comes first
    ("a: " + "{b: " * 5000 + "}" * 5000, "1:256"),
    ("".join("  " * i + f"k{i}:\n" for i in range(200)) + "  " * 200 + "x\n", "65:129"),
    # The same, with a "&" that sends it through the event check before composing (load._bounded).
    ("# R&D\n" + "".join("  " * i + f"k{i}:\n" for i in range(200)) + "  " * 200 + "x\n", "66:129"),
    ("- " * 100 + "x", "1:129"),                  # on one line: was accepted, however deep
    ("- " * 5000 + "x", "1:129"),
])
def test_deep_nesting_is_refused_not_a_crash(raw, where):
    assert refused(raw.encode()) == [
        f"f.yaml:{where}: error: 嵌套超过 {MAX_DEPTH} 层：数据文件不需要这么深的结构，请检查缩进和括号"]


@pytest.mark.parametrize("raw, expected", [
    ("date: 2021-02-30\n", "f.yaml:1:7: error: 无法识别的值“2021-02-30”：不是有效的日期"),
    ("year: " + "9" * 6000 + "\n", "f.yaml:1:7: error: 无法识别的值“999999"),
])
def test_values_yaml_cannot_construct_are_located_errors(raw, expected):
    [message] = refused(raw.encode())
    assert message.startswith(expected)


def test_unreadable_file_is_named_as_such(tmp_path, monkeypatch):
    path = tmp_path / "locked.yaml"
    path.write_text("a: 1\n")

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(InvalidData, match="没有读取权限"):
        load_file(path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_really_unreadable(tmp_path):
    path = tmp_path / "locked.yaml"
    path.write_text("a: 1\n")
    path.chmod(0)
    with pytest.raises(InvalidData, match="没有读取权限"):
        load_file(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a FIFO")
def test_a_pipe_or_device_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "data.yaml"
    os.mkfifo(fifo)
    result = subprocess.run([sys.executable, "-m", "reportkit", "validate", str(fifo)],
                            capture_output=True, encoding="utf-8", timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip() == f"{fifo}: error: “{fifo}”不是普通文件（设备、管道或套接字），无法作为数据文件读取"


@pytest.mark.parametrize("content", [
    b"kind: annual-report\nagency: \x80\xff\n",
    b"a: &x 1\nb: *x\n",
    b"date: 2021-02-30\n",
    b"\xff\xfea",
    b"a: " + b"[" * 3000 + b"]" * 3000,
    b"a: b\n\tc: d\n",
    b"kind: annual-report\nyear: \xe4\xb8\x89\n",  # 三 where a number belongs
])
def test_cli_gives_one_located_line_and_exit_1(tmp_path, content):
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    for command in (("validate",), ("render", "-o", tmp_path / "out")):
        result = run(*command, path)
        assert result.exit_code == 1, result.output
        assert "Traceback" not in result.output
        errors = [line for line in result.output.splitlines() if ": error: " in line]
        assert errors and all(line.startswith(f"{path}:") for line in errors)
    assert not (tmp_path / "out").exists()


def test_directory_and_missing_file_through_the_cli(tmp_path):
    result = run("validate", tmp_path, tmp_path / "nope.yaml", SAMPLE)
    assert result.exit_code == 1
    assert f"{tmp_path}: error: “{tmp_path}”是一个文件夹，不是数据文件" in result.output
    assert f"{tmp_path / 'nope.yaml'}: error: 文件不存在" in result.output


def test_control_characters_written_as_escapes_are_cleaned_too():
    loaded = load_text(b'a: "x\\ay\\vz\\x1b"\n', "f.yaml")
    assert loaded.data == {"a": "xy\u2028z"}
    assert [d.format() for d in loaded.diagnostics] == [
        "f.yaml:1:4: warning: 删除了转义写出的控制字符 U+0007",
        "f.yaml:1:4: warning: 处理了转义写出的控制字符 U+000B，已换成换行",
        "f.yaml:1:4: warning: 删除了转义写出的控制字符 U+001B",
    ]


def _sample_with(old: str, new: str) -> bytes:
    text = SAMPLE.read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1).encode("utf-8")


@pytest.mark.parametrize("old, new, expected", [
    ("date: 2024-01-25\n", "", "error: date：缺少必填字段“date”"),  # "date" is also a type name
    ("kind: annual-report", "kind: [annual-report]", "error: 未知的文档类型"),
    ("decisions: 156", "decisions: " + "9" * 5000, "error: 无法识别的值“999"),
    ("decisions: 156", 'decisions: "' + "9" * 5000 + '"', "administrative_licensing.decisions：数字太大"),
    ("agency: 某县自然资源局", 'agency: "某县\\n自然资源局"', None),
])
def test_validation_never_crashes_and_speaks_chinese_on_one_line(old, new, expected):
    from reportkit.plugins import load_plugins
    from reportkit.validate import validate

    raw = _sample_with(old, new)
    try:
        validated = validate(load_text(raw, "f.yaml"), load_plugins().registry)
        messages = [d.format() for d in validated.diagnostics.items]
    except InvalidData as exc:
        messages = [d.format() for d in exc.diagnostics]
    assert all("\n" not in m for m in messages)
    if expected:
        assert any(expected in m for m in messages), messages


@pytest.mark.parametrize("end", [b"\x1a", b"\x1a\r\n", b"\r\n\x1a"])
def test_a_dos_end_of_file_mark_is_no_text(end):
    """Old Windows editors end a file with Ctrl-Z: it was a warning blamed on Word (an error with --strict)."""
    loaded = load_text(b"agency: \xc4\xb3\xcf\xd8\r\nyear: 2023\r\n".rstrip(b"\r\n") + end, "f.yaml")
    assert loaded.data == {"agency": "某县", "year": 2023}
    assert [d.severity for d in loaded.diagnostics] == ["note"]  # read as GBK: nothing else said
    inside = load_text("agency: 某\x1a县\nyear: 2023\n", "f.yaml")
    assert [d.message for d in inside.diagnostics] == ["删除了不可见的控制字符 U+001A（常见于从 Word 粘贴的文字）"]


def test_old_mac_line_ends_get_the_same_messages():
    """A file with lone CR line ends lost the fix for a full-width colon (it said the line was neither key nor item)."""
    text = "kind: annual-report\nyear: 2023\nagency：某县\n"
    messages = [refused(text.replace("\n", end).encode("utf-8")) for end in ("\n", "\r\n", "\r")]
    assert messages[0] == messages[1] == messages[2]
    assert "全角冒号“：”" in messages[0][0] and messages[0][0].startswith("f.yaml:3:")
