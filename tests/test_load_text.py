"""Issue 8: nothing a clerk types is lost in the load step, and what YAML refuses is said in Chinese."""
from __future__ import annotations

import re

import datetime

import pytest

from _reliability import SAMPLE, data_file, line_of, refused, run
from reportkit.errors import InvalidData
from reportkit.load import WrittenFloat, load_file, load_text

HASHTAG = "微博话题 #青岚自然资源# 阅读量较上年增长"
LOST = ("“#青岚自然资源# 阅读量较上年增长”被 YAML 当作注释而丢失：若这是正文，请给整段加引号，"
        "写成 '微博话题 #青岚自然资源# 阅读量较上年增长'；若是注释，请在 # 前空两格、后空一格")
TAB = "YAML 不允许用 Tab 缩进：请把这一行开头的 Tab 换成空格"


def messages(raw, name="f.yaml") -> list[str]:
    return [d.format() for d in load_text(raw, name).diagnostics]


# 1. Text cut off by a comment

def test_text_cut_off_by_a_comment_is_a_warning_at_the_comment(tmp_path):
    path = tmp_path / "f.yaml"
    path.write_text(f"items:\n  - {HASHTAG}\n", encoding="utf-8")
    loaded = load_file(path)
    assert loaded.data == {"items": ["微博话题"]}  # what YAML reads: the warning is why it matters
    assert [d.format() for d in loaded.diagnostics] == [f"{path}:2:10: warning: {LOST}"]


def test_a_comment_in_a_continuation_line_ends_the_text_there():
    raw = "a: 本年度开展政务公开专题活动\n  微博话题 #青岚自然资源# 阅读量增长\nb: 下一项\n"
    assert load_text(raw).data == {"a": "本年度开展政务公开专题活动 微博话题", "b": "下一项"}
    assert messages(raw) == [
        "f.yaml:2:8: warning: “#青岚自然资源# 阅读量增长”被 YAML 当作注释而丢失：若这是正文，请给整段加引号，"
        "写成 '本年度开展政务公开专题活动 微博话题 #青岚自然资源# 阅读量增长'；若是注释，请在 # 前空两格、后空一格"]


def test_long_lost_text_is_clipped_and_quotes_are_doubled():
    raw = "a: 标题'甲' #" + "很长的正文" * 10 + "\n"
    [message] = messages(raw)
    assert message == ("f.yaml:1:10: warning: “#" + ("很长的正文" * 4)[:19] + "…”被 YAML 当作注释而丢失："
                       "若这是正文，请给整段加引号，写成 '标题''甲'' #" + ("很长的正文" * 7)[:31] + "…'；"
                       "若是注释，请在 # 前空两格、后空一格")


@pytest.mark.parametrize("raw, where", [
    ("other:\n  - 本年度办理建议6件，\n    #政协提案4件。\n\ntables: {}\n", "3:5"),
    ("other:\n  - 本年度办理建议6件，\n    #政协提案4件。\n  - 第二段\n", "3:5"),
    ("sections:\n  other:\n  - heading: 建议提案\n    content:\n      - 本年度办理\n        建议6件，\n        #政协提案4件。\n", "7:9"),
    ("contact:\n  office: 办公室，\n    #行政审批科\n  phone: '1'\n", "3:5"),
    ("other:\n- 本年度办理建议6件，\n  # 说明\n  #政协提案4件。\n", "4:3"),
])
def test_a_comment_line_below_a_text_as_its_next_line_is_a_warning_at_the_hash(raw, where):
    """YAML ends the text at a line that starts with "#" and drops the line: "#政协提案4件。" vanished, exit 0."""
    loaded = load_text(raw, "f.yaml")
    assert "政协提案" not in str(loaded.data) and "行政审批科" not in str(loaded.data)  # what YAML reads
    [message] = [d.format() for d in loaded.diagnostics]
    lost = "政协提案4件。" if "政协" in raw else "行政审批科"
    assert message == (f"f.yaml:{where}: warning: “#{lost}”被 YAML 当作注释而丢失（这一行以 # 开头）："
                       "若这是上一行文字的接续，请删掉 #，或给整段加引号；若是注释，请在 # 后空一格")


@pytest.mark.parametrize("raw", [
    "other:\n  - 本年度办理建议6件，\n    # 说明：提案数待核\n",   # a comment written "# 说明"
    "other:\n  - 本年度办理建议6件，\n  #待补充\n  - 第二段\n",    # at the "- "'s own column
    "other:\n  - 本年度办理建议6件，\n#待补充\nyear: 2023\n",      # at the mapping's own column
    "contact:\n  office: 办公室\n  #phone: '1'\n",                # a key commented out
    "other: [本年度,\n  #待补充\n  ]\n",                           # inside brackets
    "total: 12\n  #自动计算\n",                                   # below a number
    "a: |\n  正文\n  #话题# 也是正文\n",                           # inside a block: text, kept
    "total: 12  # 自动计算\n",                       # after a number: an annotation
    "total: 12 #自动计算\n",
    "date: 2024-01-25 #成文日期\n",
    "# 单独一行的注释\na: 正文\n",                      # a comment on its own line
    "a:\n  - 正文\n  # 下一段待补充\n",
    "sections:  #各部分\n  a: 正文\n",                # after a key with no value on its line
    "a: #暂不填写\n",
    "a: |  #说明\n  正文 #话题# 也是正文\n",            # after a block scalar's header; "#" in its text is text
    "a: '正文' #说明\n",                              # quotes already say where the text ends
    "agency: 某某市某某局   # 发布机关全称\n",           # a note written as reportkit init writes them
    "a: 正文#话题#\n",                                # "#" without a blank before it is text
])
def test_annotations_and_comments_on_their_own_are_not_warned(raw):
    assert messages(raw) == []


def test_lost_text_is_a_warning_and_an_error_with_strict_in_the_cli(tmp_path):
    path = data_file(tmp_path, [HASHTAG], raw=True)
    where = f"{path}:{line_of(path, '微博话题')}:12:"
    result = run("validate", path)
    assert result.exit_code == 0, result.output
    assert f"{where} warning: {LOST}" in result.output.splitlines()
    result = run("validate", "--strict", path)
    assert result.exit_code == 1
    assert f"{where} error: {LOST}" in result.output.splitlines()


# 2. Tab indentation

@pytest.mark.parametrize("raw, expected", [
    ("a:\n\tb: c\n", [(2, 1)]),
    ("a:\n  b: 1\n  \tc: 2\n", [(3, 3)]),
    ("a:\n\tb: 1\n\tc: 2\n", [(2, 1), (3, 1)]),              # every such line at once, not one per run
    ("a: 1\n\t# 注释\n", [(2, 1)]),
    ("a: [\n\tb, c]\n", [(2, 1)]),                           # YAML accepts this one; it still misleads
])
def test_tab_indentation_is_refused_in_chinese_at_the_tab(raw, expected):
    assert refused(raw) == [f"f.yaml:{line}:{col}: error: {TAB}" for line, col in expected]


def test_tabs_in_the_text_of_block_and_quoted_scalars_are_text():
    loaded = load_text('a: |\n  第一行\n  \t缩进的第二行\nb: "第一行\n\t第二行"\nc: 甲\t乙\n')
    assert loaded.data == {"a": "第一行\n\t缩进的第二行\n", "b": "第一行 第二行", "c": "甲\t乙"}
    assert loaded.diagnostics == []


# 3. What YAML 1.1 would change

@pytest.mark.parametrize("typed, read", [
    ("030001", "030001"),    # YAML 1.1: octal 12289
    ("0156", "0156"),        # octal 110
    ("1:20", "1:20"),        # sexagesimal 80
    ("0x1F", "0x1F"),
    ("0b101", "0b101"),
    ("1_000", "1_000"),
    ("1_0.5", "1_0.5"),
    ("no", "no"),            # False
    ("Yes", "Yes"),
    ("OFF", "OFF"),
    ("on", "on"),
    ("12", 12),
    ("-3", -3),
    ("0", 0),
    ("1.5", 1.5),
    ("007.5", 7.5),
    ("true", True),
    ("False", False),
    ("2024-01-25", datetime.date(2024, 1, 25)),
])
def test_numbers_and_booleans_only_yaml_1_1_reads_stay_as_typed(typed, read):
    loaded = load_text(f"a: {typed}\nb: [{typed}]\n")
    assert loaded.data == {"a": read, "b": [read]}
    assert type(loaded.data["a"]) is (WrittenFloat if type(read) is float else type(read))  # a float keeps its text


def test_typed_text_still_validates_as_a_number_and_keeps_a_postcode():
    from reportkit.plugins import load_plugins
    from reportkit.validate import validate

    text = SAMPLE.read_text(encoding="utf-8")
    text = text.replace('postcode: "000000"', "postcode: 030001").replace("decisions: 156", "decisions: 0156")
    validated = validate(load_text(text, "f.yaml"), load_plugins().registry)
    assert validated.diagnostics.errors == []
    assert validated.report.contact.postcode == "030001"
    assert validated.report.tables.active_disclosure.administrative_licensing.decisions.value == 156  # not 110


@pytest.mark.parametrize("key, typed, message", [
    ("office", "100000", "应为文字，却被读成了数字“100000”：请照原样加引号，如 '100000'"),
    ("postcode", "2023.10", "应为文字，却被读成了小数“2023.1”（2023.10 会读成 2023.1）：请照原样加引号，如 '2023.10'"),
    ("postcode", "true", "应为文字，却被读成了真假值（yes、no、true、false 等）：请给整段加引号")])
def test_a_text_field_yaml_reads_as_something_else_says_to_quote_it(key, typed, message):
    """“contact.postcode：应为文字，实际为“100000”” gave no fix; a note typed 2023.10 was quoted back as “2023.1”."""
    from reportkit.plugins import load_plugins
    from reportkit.validate import validate

    text = re.sub(rf"(?m)^(  {key}: ).*$", rf"\g<1>{typed}", SAMPLE.read_text(encoding="utf-8"), count=1)
    with pytest.raises(InvalidData) as info:
        validate(load_text(text, "f.yaml"), load_plugins().registry)
    assert [d.message for d in info.value.diagnostics] == [f"contact.{key}：{message}"]


@pytest.mark.parametrize("key, typed", [("postcode", "100000"), ("phone", "12345678"), ("phone", "03511234567")])
def test_a_postcode_or_phone_typed_without_quotes_is_the_digits_typed(key, typed):
    """“postcode: 100000” was refused (应为文字，却被读成了数字), though a clerk writes a postcode so."""
    from reportkit.plugins import load_plugins
    from reportkit.validate import validate

    text = re.sub(rf"(?m)^(  {key}: ).*$", rf"\g<1>{typed}", SAMPLE.read_text(encoding="utf-8"), count=1)
    validated = validate(load_text(text, "f.yaml"), load_plugins().registry)
    assert validated.diagnostics.errors == []
    assert getattr(validated.report.contact, key) == typed


@pytest.mark.parametrize("item", ["本年度工作要点: 一是加强培训。", "本年度共办理人大代表建议和政协提案: 10件。"])
def test_a_paragraph_read_as_a_key_and_value_says_so_in_one_error(item):
    """A short sentence before “: ” (7 characters) got three errors about a heading, none about the colon."""
    from reportkit.plugins import load_plugins
    from reportkit.validate import validate

    text = SAMPLE.read_text(encoding="utf-8").replace(
        "    - 本年度办理县人大代表建议6件、政协提案4件，办理结果均已公开。", f"    - {item}")
    assert item in text
    with pytest.raises(InvalidData) as info:
        validate(load_text(text, "f.yaml"), load_plugins().registry)
    assert [d.message.split("：", 1)[1] for d in info.value.diagnostics] == [
        "这一段被 YAML 读成了“键: 值”（文中有英文冒号加空格）：请给整段加引号，或改用中文冒号“：”"]


# 4. Invisible characters pasted from Word or a web page

def test_invisible_characters_are_cleaned_with_a_warning_each():
    loaded = load_text("a: 甲\u00a0乙\u200b丙\u00ad丁\ufeff戊\u200c己\u200d庚\u2060辛\n", "f.yaml")
    assert loaded.data == {"a": "甲 乙丙丁戊己庚辛"}
    assert [d.format() for d in loaded.diagnostics] == [
        "f.yaml:1:5: warning: 把不换行空格 U+00A0 换成了普通空格（常见于从 Word 或网页粘贴的文字）",
        "f.yaml:1:7: warning: 删除了不可见的零宽空格 U+200B（常见于从 Word 或网页粘贴的文字）",
        "f.yaml:1:9: warning: 删除了不可见的软连字符 U+00AD（常见于从 Word 或网页粘贴的文字）",
        "f.yaml:1:11: warning: 删除了不可见的字节顺序标记（BOM） U+FEFF（常见于从 Word 或网页粘贴的文字）",
        "f.yaml:1:13: warning: 删除了不可见的零宽非连接符 U+200C（常见于从 Word 或网页粘贴的文字）",
        "f.yaml:1:15: warning: 删除了不可见的零宽连接符 U+200D（常见于从 Word 或网页粘贴的文字）",
        "f.yaml:1:17: warning: 删除了不可见的零宽不换行符 U+2060（常见于从 Word 或网页粘贴的文字）",
    ]


def test_a_no_break_space_after_a_colon_or_in_the_indentation_is_a_space():
    loaded = load_text("agency:\u00a0某局\ncontact:\n\u00a0\u00a0office: 办公室\n", "f.yaml")
    assert loaded.data == {"agency": "某局", "contact": {"office": "办公室"}}
    assert [(d.line, d.col) for d in loaded.diagnostics] == [(1, 8), (3, 1), (3, 2)]
    assert loaded.text == "agency: 某局\ncontact:\n  office: 办公室\n"  # the text parsed, for placing characters


def test_invisible_characters_are_counted_past_twenty():
    loaded = load_text("a: " + "字\u200b" * 25 + "\n", "f.yaml")
    assert loaded.data == {"a": "字" * 25}
    assert len(loaded.diagnostics) == 21
    assert loaded.diagnostics[-1].format() == "f.yaml: warning: 另有 5 个不可见字符已同样处理"


def test_a_leading_bom_and_an_escaped_no_break_space_are_kept_quiet():
    loaded = load_text('\ufeffa: "甲\\u00a0乙"\n', "f.yaml")  # written as an escape, it was meant
    assert loaded.data == {"a": "甲\u00a0乙"} and loaded.diagnostics == []


# Issue 13 (point 10) ----------------------------------------------------------------------------
def test_a_big5_file_is_read_as_big5_with_a_warning_not_as_gbk_mojibake():
    text = "kind: annual-report\nagency: 臺北市政府環境保護局\nsections:\n  overview:\n    - 本年度依法公開政府資訊，辦理申請案件。\n"
    loaded = load_text(text.encode("big5"), "f.yaml")
    assert loaded.data["agency"] == "臺北市政府環境保護局"
    assert [d.format() for d in loaded.diagnostics] == [
        "f.yaml:1:1: warning: 文件是繁体中文 Big5 编码，已按 Big5 读取（文字为繁体）；请核对后在编辑器中另存为 UTF-8"]


def test_a_gbk_file_is_still_read_as_gbk():
    text = "kind: annual-report\nagency: 某县生态环境局\nsections:\n  overview:\n    - 本年度依法公开政府信息，办理申请案件。\n"
    loaded = load_text(text.encode("gbk"), "f.yaml")
    assert loaded.data["agency"] == "某县生态环境局" and "GBK/GB18030" in loaded.diagnostics[0].message


@pytest.mark.parametrize("char, what", [("\u2028", "行分隔符"), ("\u2029", "段分隔符"), ("\x85", "下一行符（NEL）")])
def test_an_invisible_line_separator_is_named_at_its_place_and_later_positions_stay_right(char, what):
    loaded = load_text(f"kind: x\nitems:\n  - 第一行{char}第二行\n  - x: 1\n".encode(), "g.yaml")
    assert [d.format() for d in loaded.diagnostics] == [
        f"g.yaml:3:8: warning: 处理了不可见的{what} U+{ord(char):04X}（常见于从网页或 Word 粘贴的文字），已换成换行"]
    assert loaded.data["items"][0] == "第一行\u2028第二行"  # a line break in both formats
    assert loaded.values[("items", 1, "x")] == (4, 8)  # not a line further down


@pytest.mark.parametrize("text, words", [
    ("a: 1\n b: 2\n", "这里不能再写“键: 值”"),
    ("a: [1, 2\n", "方括号 [ ] 没有配对"),
    ('a: "abc\n', "f.yaml:1:4: error: YAML 语法错误：从这里开始的引号直到文件末尾都没有配对"),
    ("a:\n  - 1\n - 2\n", "缩进没有对齐"),
    ("a:\n  - 第一段\n  - !重要 第二段\n", "f.yaml:3:5: error: YAML 语法错误：这里的文字以 YAML 的特殊符号"),
    ("a:\n  - *重点 第二段\n", "f.yaml:2:5: error: YAML 语法错误：这里的文字以 YAML 的特殊符号"),
    ("a: 1\n---\nb: 2\n", "f.yaml:2:1: error: YAML 语法错误：文件中间有一行“---”"),
    # slips of a Chinese keyboard, which YAML reports on the next line in words about something else
    ("kind: x\nagency：某局\nyear: 2023\n", "f.yaml:2:7: error: YAML 语法错误：键“agency”后面用了全角冒号“：”：请改为英文冒号加一个空格"),
    ("kind: x\nagency:\u3000某局\nyear: 2023\n", "f.yaml:2:8: error: YAML 语法错误：键“agency”的冒号后面是全角空格"),
    ("kind: x\nagency_type:department\nyear: 2023\n", "f.yaml:2:12: error: YAML 语法错误：键“agency_type”的冒号后面缺少空格"),
    ("contact:\n  office: 办公室\n\u3000\u3000phone: 1234\nyear: 2023\n", "f.yaml:3:1: error: 这一行用全角空格缩进"),
    ("items:\n  - '办理结果均已公开，it's ok。'\n  - 第二项\n", "f.yaml:2:17: error: YAML 语法错误：单引号里的文字中间又有英文撇号"),
    ('contact:\n  postcode: "000000"  ＃邮编\n  phone: 1\n', "f.yaml:2:23: error: YAML 语法错误：“＃”是全角的，YAML 不把它当作注释"),
    ("agency: - 某县自然资源局\nyear: 2023\n", "f.yaml:1:9: error: YAML 语法错误：“- ”不能写在“键: ”的同一行"),
    ("items:\n  - 第一项\n...\n  - 第二项\n", "f.yaml:3:1: error: YAML 语法错误：单独一行的“...”被 YAML 当作一份数据的结尾"),
    ("items:\n  - !! 重点工作\n", "f.yaml:2:5: error: YAML 语法错误：这里的文字以 YAML 的特殊符号"),
    ("year: 2023\nsections:\n  other：\n    - 甲。\n    - 乙。\n    - 丙。\n  problems: x\n",
     "f.yaml:3:8: error: YAML 语法错误：键“other”后面用了全角冒号“：”"),
    ('items:\n  - "三公"经费支出情况已公开。\n', "f.yaml:2:5: error: YAML 语法错误：这段文字以英文双引号开头"),
    ("items:\n  - [注]本表数据截至年底。\n", "f.yaml:2:5: error: YAML 语法错误：这段文字以方括号或花括号开头"),
    ("items:\n  - 第一项\n  - [重点] 本年度办理建议\n", "f.yaml:3:5: error: YAML 语法错误：这段文字以方括号或花括号开头"),
    ('contact:\n  postcode: "000000\n  phone: "0000-1234567"\n', "f.yaml:2:13: error: YAML 语法错误：英文双引号到行末还没有配对"),
    ("contact:\n  office: '办公室\n  phone: '0000-1234567'\n", "f.yaml:2:11: error: YAML 语法错误：英文单引号到行末还没有配对"),
    ("items:\n  - 第一段\n---\n  - 第二段\nyear: 2023\n", "f.yaml:3:1: error: YAML 语法错误：文件中间有一行“---”"),
    ("items:\n  - 第一段*\n---\n  - 第二段\nyear: 2023\n", "f.yaml:3:1: error: YAML 语法错误：文件中间有一行“---”"),
    ("---\nitems:\n  - 第一段\n---\n  - 第二段\nyear: 2023\n", "f.yaml:4:1: error: YAML 语法错误：文件中间有一行“---”"),
    ("items:\n  -\t本年度办理建议6件。\n", "f.yaml:2:3: error: YAML 语法错误：列表的“-”后面是制表符"),
    ("items:\n  -name: 甲\n    count: 1\n  - name: 乙\n", "f.yaml:2:3: error: YAML 语法错误：列表的“-”后面缺少空格"),
    ("tables:\n  regulations: ｛issued: 0, repealed: 0｝\n", "f.yaml:2:16: error: YAML 语法错误：“｛”是全角的"),
    ("tables:\n  regulations: {issued: 2，repealed: 1, in_force: 9}\n",
     "f.yaml:2:26: error: YAML 语法错误：花括号里各项之间用了全角逗号“，”"),
    ("items:\n  - 第一项。\n……\nyear: 2023\n", "f.yaml:3:1: error: YAML 语法错误：这一行既不是“键: 值”，也不是列表的一项"),
    ("items:\n  - >\n      本年度办理建议6件，\n    提案4件。\n  - 第二项\n", "f.yaml:4:5: error: YAML 语法错误：这一行比这段文字的第一行缩进少"),
])
def test_syntax_errors_are_explained_in_chinese(text, words):
    """In Chinese, with the fix; an unclosed quote is shown where it opens, not at the end of the file."""
    with pytest.raises(InvalidData) as info:
        load_text(text.encode(), "f.yaml")
    [message] = [d.format() for d in info.value.diagnostics]
    words_only = re.sub("“[a-z_]+”|“[a-z_]+: ”", "", message.split("error: ")[1])  # but the key's own name
    assert words in message and not any("a" <= c <= "z" for c in words_only.removeprefix("YAML 语法错误："))


@pytest.mark.parametrize("style", ['"', "'", "", "|"])
def test_a_blank_line_inside_a_paragraph_is_named(style):
    """Two pasted paragraphs with a blank line between them, in one value, printed as one paragraph with nothing
    said. A line break typed as an escape (a two-line title) is not a blank line."""
    first, second = "本年度依法公开政府信息。", "全年还开展了公开日活动。"
    value = (f"|\n    {first}\n\n    {second}\n" if style == "|" else f"{style}{first}\n\n    {second}{style}\n")
    text = f'kind: x\ntitle: "某局\\n2023年年度报告"\nitems:\n  - {value}  - 第二项\n'
    loaded = load_text(text.encode(), "f.yaml")
    assert [d.format() for d in loaded.diagnostics] == [
        "f.yaml:4:5: warning: 这段文字中间有空行，空行不会印出，前后的文字连成一段：要分成两段，请在空行处另起一项“- ”"]
    assert loaded.data["title"] == "某局\n2023年年度报告"


@pytest.mark.parametrize("style", ["", ">-\n    "])
def test_a_list_item_typed_with_a_full_width_dash_under_another_is_named(style):
    """“－ 第二项” indented under the item above was printed joined to it (“…公开。－另在…”) with nothing said."""
    text = f"items:\n  - {style}全年主动公开信息612条。\n    － 另在政务新媒体发布88条。\n  - 减－少 3 条\n"
    loaded = load_text(text.encode(), "f.yaml")
    assert [d.format() for d in loaded.diagnostics] == [
        f"f.yaml:{3 + bool(style)}:5: warning: 这一行以全角“－”开头，被接在上一行的文字后面印出：若要另起一项，请改为英文减号加空格“- ”，"
        "并与上一项的“- ”对齐"]
    assert "另在政务新媒体发布88条。" in loaded.data["items"][0]


def test_a_list_item_indented_under_the_item_above_is_named():
    """“- 政协提案…” indented under the item above printed as “…6件。 - 政协提案…”, one paragraph, unsaid."""
    loaded = load_text("items:\n  - 办理人大代表建议6件。\n    - 政协提案4件。\n".encode(), "f.yaml")
    assert [d.format() for d in loaded.diagnostics] == [
        "f.yaml:3:5: warning: 这一行的“- ”缩进在上一项的文字之下，被接在上一行的文字后面印出：若要另起一项，请与上一项的“- ”对齐"]


@pytest.mark.parametrize("indent", ["\t", "  "])
def test_a_line_of_a_folded_paragraph_indented_more_than_the_others_is_named(indent):
    """In a “>-” paragraph a line indented by a tab or two more spaces printed a line break and the indent
    mid-paragraph, unsaid (YAML keeps the breaks around a more-indented line)."""
    text = f"items:\n  - >-\n    本年度办理人大代表建议6件，\n    {indent}政协提案4件。\n    均已办结。\n"
    loaded = load_text(text.encode(), "f.yaml")
    assert [d.format() for d in loaded.diagnostics] == [
        "f.yaml:4:5: warning: 这一行比上一行多缩进了（或用了 Tab），YAML 在这里保留了换行，这一段从这里断开印出：请与上一行对齐"]
    assert "\n" in loaded.data["items"][0]


def test_text_starting_with_an_exclamation_mark_and_a_space_is_refused():
    """“- ! 文字”: YAML took the “!” for a tag and printed the rest, the mark lost, unsaid."""
    with pytest.raises(InvalidData) as info:
        load_text("items:\n  - ! 本年度办理建议6件\n".encode(), "f.yaml")
    assert [d.format() for d in info.value.diagnostics] == [
        "f.yaml:2:5: error: 这里的文字以 YAML 的特殊符号（! * & | > % @ ` 等）开头，被当成了标记：请给整段文字加引号"]


def test_a_full_width_dash_line_in_a_literal_block_is_printed_as_written():
    loaded = load_text("items:\n  - |\n    甲\n    － 乙\n".encode(), "f.yaml")
    assert loaded.diagnostics == [] and loaded.data["items"] == ["甲\n－ 乙\n"]


def test_a_title_written_over_two_lines_with_a_blank_line_is_not_warned():
    """A quoted title with a blank line is a title of two lines (YAML reads one line break), as documented; it was
    warned that the lines would be joined, with the advice to make list items of them."""
    loaded = load_text("title: '某某局\n\n  2019年工作总结'\nitems:\n  - '甲。\n\n    乙。'\n".encode(), "f.yaml")
    assert loaded.data["title"] == "某某局\n2019年工作总结"
    assert [d.line for d in loaded.diagnostics] == [5]  # the paragraph's, not the title's


def test_a_windows_path_in_double_quotes_is_named():
    """"C:\\new\\table" in double quotes printed a line break and a tab, and only \\a was mentioned."""
    loaded = load_text('items:\n  - "存放于 C:\\new\\table 目录"\n  - "另存于 D:\\\\data"\n'.encode(), "f.yaml")
    assert [d.format() for d in loaded.diagnostics] == [
        "f.yaml:2:5: warning: 双引号里的反斜杠“\\”是转义符，像 C:\\new 这样的文件路径里的 \\n、\\t 会变成换行、制表符："
        "要原样印出，请把这段文字改用单引号"]
    assert loaded.data["items"][1] == "另存于 D:\\data"
