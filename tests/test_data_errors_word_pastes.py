"""What a clerk types in Word or WPS and pastes into the data: a date with its weekday, a text in Word's single quotes,
a note after a text with a full-width “＃”, an English colon inside Word's double quotes; each said at its place with
the fix."""
from __future__ import annotations

from pathlib import Path

import pytest

from _data_helpers import changed, run

ROOT = Path(__file__).parents[1]
REPORT = (ROOT / "examples" / "sample-2021.yaml").read_text("utf-8")
PARAGRAPH = "            - 乡镇国土空间总体规划草案在批前全部公示30日，公示期间收到并答复意见41条。"


@pytest.mark.parametrize("typed", ["2024年1月25日（星期四）", "2024年1月25日 周四"], ids=["in-brackets", "after-a-blank"])
def test_a_date_with_its_weekday_is_told_its_form(tmp_path, typed):
    """It was refused with no fix: Word's date field writes the weekday after the date."""
    text, line = changed(REPORT, "date: 2024-01-25", f"date: {typed}")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert out == [f"data.yaml:{line}:7: error: date：应为日期，写成 2021-02-05 的形式：“{typed}”请写作 2024-01-25"]


def test_a_text_in_word_s_single_quotes_is_told_they_print(tmp_path):
    """Only “…” was said; ‘…’ printed silently."""
    text, line = changed(REPORT, "agency: 某县自然资源局", "agency: ‘某县自然资源局’")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 0
    assert out[:-1] == [f"data.yaml:{line}:9: warning: 这段文字两端的中文引号‘’会照样印出（YAML 只把英文的 ' 和 \" 当作引号）："
                        "不要印出引号的，请删去它们"]


def test_a_note_typed_with_a_full_width_hash_is_told_it_prints(tmp_path):
    """“＃ 待核实” was printed at the end of the paragraph."""
    text, line = changed(REPORT, PARAGRAPH, PARAGRAPH + "  ＃ 待核实")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 0
    assert out[:-1] == [f"data.yaml:{line}:{len(PARAGRAPH) + 3}: warning: “＃ 待核实”会连同正文印出：全角的“＃”不是注释符号；"
                        "若是注释，请改为英文 #（前面空两格、后面空一格）；若是正文，请删去“＃”前的空格"]


def test_a_full_width_hash_inside_words_passes(tmp_path):
    text, _ = changed(REPORT, PARAGRAPH, "            - 微博话题＃耕地保护＃阅读量12万次。")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 0 and len(out) == 1, out


def test_an_english_colon_inside_word_s_quotes_is_told_to_use_english_quotes(tmp_path):
    """YAML's words about a key not allowed here, with a hint about the line above."""
    text, line = changed(REPORT, "  office: 局办公室", "  office: “局办公室: 二楼”")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert out == [f"data.yaml:{line}:11: error: YAML 语法错误：中文引号“”不是 YAML 的引号，引号里的英文冒号加空格被当成了“键: 值”："
                   "请把两端的“”改为英文双引号 \"，或把冒号改为中文冒号“：”"]
