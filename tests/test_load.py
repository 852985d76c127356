"""Step 1: reading YAML safely, with positions."""
from __future__ import annotations

import datetime

import pytest

from reportkit.errors import InvalidData
from reportkit.load import MAX_DATA_BYTES, load_file, load_text


def errors_of(raw, name="f.yaml"):
    with pytest.raises(InvalidData) as info:
        load_text(raw, name)
    return [d.format() for d in info.value.diagnostics]


def test_values_and_positions_are_kept():
    loaded = load_text(b"kind: annual-report\nyear: 2021\ndate: 2022-01-20\nsections:\n  overview:\n    - text\n")
    assert loaded.data["date"] == datetime.date(2022, 1, 20)
    assert loaded.position(("year",)) == (2, 7)
    assert loaded.position(("year",), key=True) == (2, 1)
    assert loaded.position(("sections", "overview", 0)) == (6, 7)
    # a path that is not in the file falls back to its nearest ancestor
    assert loaded.position(("sections", "overview", 5, "x")) == (6, 5)


def test_a_decimal_number_keeps_the_text_it_was_written_as():
    """412.30 was YAML's float 412.3 and its text was gone: an amount printed 412.3. The float keeps it, through a
    copy and a pickle (batch workers) too; an integer stays an int."""
    import copy
    import pickle

    loaded = load_text(b"a: 412.30\nb: [1000.00, +0.50]\nc: {d: 7.}\ne: 12\n")
    values = [loaded.data["a"], *loaded.data["b"], loaded.data["c"]["d"]]
    assert values == [412.3, 1000.0, 0.5, 7.0]
    assert [v.text for v in values] == ["412.30", "1000.00", "+0.50", "7."]
    assert type(loaded.data["e"]) is int
    assert copy.deepcopy(loaded.data)["a"].text == pickle.loads(pickle.dumps(loaded.data))["a"].text == "412.30"


def test_duplicate_key_names_both_lines():
    assert errors_of(b"year: 2020\nagency: x\nyear: 2021\n") == [
        "f.yaml:3:1: error: 键“year”重复（第一次出现在第 1 行）：删除其中一个"]


@pytest.mark.parametrize("raw, expected", [
    (b"a: &x 1\n", "锚点“&x”"),
    (b"a: !foo 1\n", "不支持 YAML 标签“!foo”"),
    (b"a: !!python/object/apply:os.system [ls]\n", "不支持 YAML 标签"),
    (b"base: {x: 1}\nb:\n  <<: {y: 2}\n", "合并键"),
])
def test_unsafe_yaml_is_refused(raw, expected):
    (message,) = errors_of(raw)
    assert expected in message


def test_syntax_error_points_at_the_line():
    (message,) = errors_of(b"kind: annual-report\nyear: [2021\nagency: x\n")
    assert message.startswith("f.yaml:2:7:") and "YAML 语法错误" in message  # where the bracket left open opened


def test_bom_and_gbk_are_read():
    assert load_text("\ufeffagency: 忻州市生态环境局\n".encode("utf-8")).data == {"agency": "忻州市生态环境局"}
    loaded = load_text("agency: 忻州市生态环境局\n".encode("gbk"), "old.yaml")
    assert loaded.data == {"agency": "忻州市生态环境局"}
    assert "GBK" in loaded.diagnostics[0].format() and loaded.diagnostics[0].severity == "note"


def test_control_characters_are_removed_with_a_warning():
    loaded = load_text("a: 第一行\x0b第二行\x07\n".encode(), "f.yaml")
    assert loaded.data == {"a": "第一行\u2028第二行"}  # a vertical tab is Word's manual line break
    assert [d.line for d in loaded.diagnostics] == [1, 1]
    assert all(d.severity == "warning" for d in loaded.diagnostics)


def test_empty_file_and_file_problems(tmp_path):
    assert "文件是空的" in errors_of(b"")[0]
    with pytest.raises(InvalidData, match="文件不存在"):
        load_file(tmp_path / "missing.yaml")
    with pytest.raises(InvalidData, match="文件夹"):
        load_file(tmp_path)
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a: " + b"x" * (MAX_DATA_BYTES + 1))
    with pytest.raises(InvalidData, match="文件过大"):
        load_file(big)
