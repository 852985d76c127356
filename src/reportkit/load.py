"""Step 1 of the pipeline: read a YAML data file safely and remember where every value is.

Only plain YAML is accepted: no tags, anchors, aliases or merge keys, no
duplicate keys, no nesting deeper than :data:`MAX_DEPTH`, no tab indentation.
Files saved as GBK/GB18030 by older editors, or as UTF-16 without a byte order mark, are read with a note. Characters XML
or YAML cannot carry, and the invisible ones pasted from Word, are cleaned here,
in one place, with a warning naming the line; a vertical tab (Word's manual line
break) becomes :data:`LINE_BREAK`. Nothing typed is lost quietly: numbers and
booleans only YAML 1.1 reads (``030001``, ``1:20``, ``no``) stay the text typed,
a decimal number keeps the text it was written as (``412.30``: :class:`WrittenFloat`),
and text cut off by a `` #`` comment, or a text's next line that starts with ``#`` and
so is one, is a warning. Every value's line and column are kept so later errors can
point at them.
"""
from __future__ import annotations

import contextlib
import re
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import ERROR, NOTE, WARNING, Diagnostic, InvalidData
from .file_kinds import CONVERTED_AS, READ_AS, content_kind, utf16_without_bom

#: The most read of a data file (.yaml): a report's is under 100 KB.
MAX_DATA_BYTES = 5 * 1024 * 1024
#: Deeper nesting than any report needs; refused before it can exhaust the stack.
MAX_DEPTH = 64
#: More values (keys, numbers, texts) than any report has; refused before they are built.
MAX_NODES = 100_000
#: What a vertical tab in the data becomes: U+2028 LINE SEPARATOR. Not "\n", which joining of
#: wrapped Chinese lines removes (reportkit.narrative); the renderers set both as a line break.
LINE_BREAK = "\u2028"
_SAFE_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")}
# XML 1.0 forbids C0 controls; YAML also refuses C1 controls, surrogates and U+FFFE/U+FFFF.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_REPLACEMENT = {"\x0b": LINE_BREAK, "\x0c": " "}
_ACTION = {"\x0b": "处理", "\x0c": "处理"}
_DONE = {"\x0b": "，已换成换行", "\x0c": "，已换成空格"}
#: Pasted from Word or a web page, these print as a gap or not at all: their name and what they become.
_INVISIBLE = {
    "\u00a0": ("不换行空格", " "),
    "\u00ad": ("软连字符", ""),
    "\u200b": ("零宽空格", ""),
    "\u200c": ("零宽非连接符", ""),
    "\u200d": ("零宽连接符", ""),
    "\u2060": ("零宽不换行符", ""),
    "\ufeff": ("字节顺序标记（BOM）", ""),
}
#: Line breaks YAML counts as such but an editor does not show: inside a value they moved every
#: later position a line down. Each becomes a line break of the text (:data:`LINE_BREAK`).
_BREAKS = {"\x85": "下一行符（NEL）", "\u2028": "行分隔符", "\u2029": "段分隔符"}
_CLEANED = re.compile(f"{_CONTROL.pattern}|[{''.join(_INVISIBLE)}{''.join(_BREAKS)}]")
_MAX_WARNINGS = 20  # cleaned characters reported one by one; the rest are counted
#: The forms of each type YAML 1.2 reads as a number or a boolean. Other forms YAML 1.1 reads so
#: (030001 → 12289, 1_000, 0x1F, 1:20 → 80, no → False) stay the text typed: a clerk means that text,
#: and pydantic still reads "030001" or "yes" for a number or yes/no field.
_YAML12 = {
    "tag:yaml.org,2002:int": re.compile(r"[-+]?(0|[1-9][0-9]*)"),
    "tag:yaml.org,2002:float": re.compile(
        r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)"),
    "tag:yaml.org,2002:bool": re.compile(r"true|True|TRUE|false|False|FALSE"),
}
_STR = "tag:yaml.org,2002:str"
_FLOAT = "tag:yaml.org,2002:float"
#: A comment after a value: blanks then "#". Two blanks before "# " mark it as a note, as the starter files write.
_COMMENT = re.compile(r"[ \t]+#")
_NOTE = re.compile(r"[ \t]{2,}#(\s|$)")
#: A line that is only a comment: its indent, and the text right after "#" (empty for "# 说明" or a bare "#").
_COMMENT_LINE = re.compile(r"([ \t]*)#(\S.*)?")
#: A note typed after a text the starter files' way, but with a full-width "＃", which YAML keeps as text.
_FULL_WIDTH_NOTE = re.compile(r"[ \t\u3000]{2,}(＃[^\n]*)")
#: A text wrapped whole in Chinese quotes, typed in Word for YAML's quotes (agency: “某县教育局”, ‘某县教育局’): they print.
_CURLY_QUOTED = re.compile(r"“[^“”]*”|‘[^‘’]*’")
#: A key in Word's quotes (“year”, ‘kind’), which YAML takes as part of the key.
_QUOTED_KEY = re.compile(r"[“”‘’「]([A-Za-z_][\w-]*)[“”‘’」\"']")
#: A Windows path in a text: in double quotes, its backslashes are escapes (C:\new → C:, a line break, "ew").
_PATH = re.compile(r"[A-Za-z]:\\(?!\\)")
#: A blank line inside a value's own lines (not a "\n" escape): where a clerk meant a new paragraph.
_BLANK_LINE = re.compile(r"\n[ \t]*\n(?=[ \t]*\S)")
#: The dashes and bullets Word and WPS put before a list's items, which YAML reads as text ("——" is punctuation).
_BULLETS = "[—–―•·●▪◆■](?!—)"
#: A line of a value's own lines that starts with "- ", a full-width "－ " or a bullet: a list item typed with the wrong
#: dash, or indented under the item above, which YAML folds into that item's text.
_DASH_LINE = re.compile(rf"\n[ \t]*([－-](?=[ \t\u3000])|{_BULLETS})")
_OTHER_DASH_LINE = "这一行以{0}开头，被接在上一行的文字后面印出：若要另起一项，请改为英文减号加空格“- ”，并与上一项的“- ”对齐"
_INDENTED_ITEM = "这一行的“- ”缩进在上一项的文字之下，被接在上一行的文字后面印出：若要另起一项，请与上一项的“- ”对齐"
_TAB_INDENT = "YAML 不允许用 Tab 缩进：请把这一行开头的 Tab 换成空格"
_TOO_DEEP = f"嵌套超过 {MAX_DEPTH} 层：数据文件不需要这么深的结构，请检查缩进和括号"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class WrittenFloat(float):
    """A float read from the data, with the text it was written as: to arithmetic ``412.30`` is 412.3, but an
    amount (the annual report's ``Money``) prints the digits the clerk typed, quoted or not."""

    __slots__ = ("text",)

    def __new__(cls, value: float, text: str):
        self = super().__new__(cls, value)
        self.text = text
        return self

    def __reduce__(self):  # copied and pickled (batch workers) with its text
        return type(self), (float(self), self.text)


@dataclass
class Loaded:
    """Plain data from one file, with the 1-based (line, col) of each value and each key."""

    file: str
    data: object
    values: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    keys: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: The decoded, cleaned text the data was parsed from (for placing a character exactly).
    text: str = ""

    def position(self, path: tuple, *, key: bool = False) -> tuple[int, int]:
        """Position of ``path``, or of its nearest ancestor present in the file."""
        path = tuple(path)
        while path:
            found = (self.keys if key else self.values).get(path) or self.values.get(path)
            if found:
                return found
            path = path[:-1]
        return self.values.get((), (1, 1))

    def path_at(self, line: int, col: int) -> tuple:
        """The path of the value written at or last before ``line:col`` (the innermost where several start there)."""
        return max((place, len(path), path) for path, place in self.values.items() if place <= (line, col))[2] \
            if self.values else ()

    def diagnostic(self, severity: str, message: str, path: tuple = (), *, key: bool = False, plugin=None):
        line, col = self.position(path, key=key)
        return Diagnostic(severity, message, self.file, line, col, plugin, path=tuple(path))


def load_file(path: str | Path) -> Loaded:
    """Read and parse ``path``; raise :class:`InvalidData` with located messages on failure."""
    path = Path(path)
    name = str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise _fail(name, _folder_given(path))
        if not stat.S_ISREG(info.st_mode):
            raise _fail(name, f"“{name}”不是普通文件（设备、管道或套接字），无法作为数据文件读取")
        if info.st_size > MAX_DATA_BYTES:
            raise _fail(name, _too_big(info.st_size))
        with path.open("rb") as handle:
            raw = handle.read(MAX_DATA_BYTES + 1)  # the file may have grown since stat
    except FileNotFoundError:
        if name == "-":
            raise _fail(name, "“-”（标准输入）不能作为数据文件：reportkit 只读文件，请给出数据文件的文件名") from None
        raise _fail(name, "文件不存在" + _found_beside(path)) from None
    except PermissionError:
        raise _fail(name, "没有读取权限：请检查文件的权限或是否被其他程序锁定") from None
    except IsADirectoryError:
        raise _fail(name, _folder_given(path)) from None
    except OSError as exc:  # a path through a file (ENOTDIR), a name too long: said in Chinese
        from .write import reason

        raise _fail(name, f"无法读取：{reason(exc)}") from None
    if len(raw) > MAX_DATA_BYTES:
        raise _fail(name, _too_big(len(raw)))
    try:
        loaded = load_text(raw, name)
    except InvalidData:
        _refuse_document(path, name)
        raise
    if not isinstance(loaded.data, dict):
        _refuse_document(path, name)
    return loaded


def _refuse_document(path: Path, name: str) -> None:
    """Raise when ``path``, which gave no data, holds a document (a Word file, a PDF, a web page saved as .yaml) or a
    workbook: what it is and what to do with it, not the YAML errors its bytes make."""
    try:
        kind = content_kind(path)
        parts = zipfile.ZipFile(path).namelist() if kind == "docx" else []
    except (OSError, zipfile.BadZipFile):
        return
    if kind == "locked":
        raise _fail(name, "这是设了打开密码的 Word、WPS 或 Excel 文件，不是 YAML 数据文件：数据文件由 reportkit init 生成，"
                          "用记事本等纯文本编辑器填写")
    if any(part.startswith("xl/") for part in parts):
        raise _fail(name, "这是 Excel 工作簿，不是 YAML 数据文件：填好的统计表工作簿用 reportkit tables import 工作簿 --into 数据文件 "
                          "写入数据文件")
    suffix, what = {**READ_AS, **CONVERTED_AS}.get(kind, (None, None))
    if what and (kind != "docx" or "word/document.xml" in parts):
        rename = "" if path.suffix.lower() == suffix else f"把扩展名改为 {suffix}，再"
        raise _fail(name, f"这是{' ' * what[0].isascii()}{what}，不是 YAML 数据文件：要从它生成数据文件，请{rename}运行 reportkit import；"
                          "数据文件由 reportkit init 生成，用记事本等纯文本编辑器填写")


def _too_big(size: int) -> str:
    return f"文件过大（{size // 1024} KB，上限 {MAX_DATA_BYTES // 1024 // 1024} MB）；年度报告的数据文件通常不超过 100 KB"


_DOS_END = re.compile("\x1a[\r\n]*\\Z")
_LINE_END = re.compile("\r\n?")


def load_text(raw: bytes | str, name: str = "<data>") -> Loaded:
    """Parse YAML bytes or text; ``name`` is used in messages."""
    notes: list[Diagnostic] = []
    text = _decode(raw, name, notes) if isinstance(raw, bytes) else raw.removeprefix("\ufeff")
    text = _DOS_END.sub("", text)  # old Windows editors end a file with Ctrl-Z: no text, as a BOM is none
    # Windows' and old Macs' line ends are line breaks to YAML: "\n" for every check that reads lines, too
    text = _LINE_END.sub("\n", text)
    text, mark = _clean_characters(text, name, notes)
    bounded = _bounded(text)
    try:
        problems = _tab_indents(text, name) or ([] if bounded else _structure_problems(text, name))
        if problems:
            raise InvalidData(notes + problems)
        try:
            root = yaml.compose(text, Loader=_Loader)
        except yaml.MarkedYAMLError:
            if bounded:  # libyaml's words for deep nesting are not ours; its other errors are the parser's own
                with contextlib.suppress(yaml.MarkedYAMLError):
                    problems = _structure_problems(text, name)
                if problems:
                    raise InvalidData(notes + problems) from None
            raise
    except yaml.MarkedYAMLError as exc:
        unclosed = (exc.context or "").startswith("while scanning a quoted scalar") and exc.context_mark
        detail = _UNCLOSED if unclosed else _syntax_problem(exc.problem or exc.context or "")
        # an unclosed quote, or a text read as a tag, alias …: where it begins, not where YAML gave up
        at_start = detail in (_UNCLOSED, _SPECIAL_START) and exc.context_mark
        # a line that is no key: libyaml names the line after it; a bracket left open: where it opened, not the lines
        # below that YAML read into it
        mark_ = (exc.context_mark if at_start or detail == _NOT_A_KEY or detail in _BRACKETS and exc.context_mark
                 else exc.problem_mark or exc.context_mark)
        line, col = (mark_.line + 1, mark_.column + 1) if mark_ else (1, 1)
        if detail == _ESCAPE_CODE:
            col -= 2  # libyaml marks the code after \u or \x: the backslash two columns before is what to change
        slip = None if at_start else (_block_indent(text, line) or _unindented_value(text, line)
                                      or detail == _BRACKETS[1] and _colon_in_braces(text, line) or _typing_slip(text, line))
        if detail == _DOCUMENT_END:  # libyaml names the line after the "..." or "---" that ended the data
            line, col, detail = _document_marker(text, line) or (line, col, detail)
        if slip:
            line, col, detail = slip
        hint = "" if detail in _WITH_FIX or slip else "（检查缩进、冒号后的空格和引号是否成对）"
        if not slip and detail in _MISALIGNED:
            col, detail = _misaligned(text, line, detail)
        raise InvalidData(notes + [Diagnostic(ERROR, f"YAML 语法错误：{detail}{hint}", name, line, col)]) from None
    except yaml.YAMLError as exc:
        raise InvalidData(notes + [Diagnostic(ERROR, f"YAML 语法错误：{_one_line(exc)}", name, 1, 1)]) from None
    loaded = Loaded(name, None, diagnostics=notes, text=text)
    if root is None:
        raise InvalidData(notes + [_no_data(text, name)])
    errors: list[Diagnostic] = []
    builder = _Builder(loaded, errors, mark)
    loaded.data = builder.convert(root, ())
    if builder.too_deep:
        raise InvalidData(notes + [builder.too_deep])
    if errors:
        raise InvalidData(notes + errors)
    return loaded


#: A comment line that holds a key: data commented out ("# kind: annual-report", "#year: 2023").
_COMMENTED_KEY = re.compile(r"[ \t]*#+[ \t]*(?:- )?[A-Za-z_][\w-]*:(?:[ \t]|$)", re.MULTILINE)


def _no_data(text: str, name: str) -> Diagnostic:
    """The error for a file YAML reads no value from: empty, or only comments (at the first line of data commented
    out, else the first comment)."""
    if "#" not in text:
        return Diagnostic(ERROR, "文件是空的：请用 reportkit init 生成一个起始文件", name, 1, 1)
    found = _COMMENTED_KEY.search(text) or re.search(r"^[ \t]*#", text, re.MULTILINE)
    line = text.count("\n", 0, found.start()) + 1
    col = text.index("#", found.start()) - found.start() + 1
    return Diagnostic(ERROR, "文件里只有注释（以 # 开头的行），没有数据：若数据被注释掉了，请删去数据各行开头的 #；"
                             "若还没有填写数据，请用 reportkit init 生成一个起始文件",
                      name, line, col)


_SPECIAL_START = "这里的文字以 YAML 的特殊符号（! * & | > % @ ` 等）开头，被当成了标记：请给整段文字加引号"
_SECOND_DOCUMENT = "文件中间有一行“---”，YAML 把其后当成了另一份数据：一个数据文件只写一份，删掉这一行"
_NOT_A_KEY = ("这一行既不是“键: 值”，也不是列表的一项（“- ”）：若是上一项文字的接续，请缩进到与上一行的文字对齐；"
              "若是新的一项，请以“- ”开头，与其他项对齐；若是键，请在键后写英文冒号加空格")
_SEQUENCE_ON_KEY_LINE = "“- ”不能写在“键: ”的同一行：把列表另起一行、缩进写在键的下面，或去掉“- ”"
_DOCUMENT_END = "单独一行的“...”被 YAML 当作一份数据的结尾：删掉这一行，或给这段文字加引号"
_KEYS_MISALIGNED = "缩进没有对齐：同一层的键应从同一列开始"
_DASHES_MISALIGNED = "列表各项的“- ”没有对齐"
_MISALIGNED = (_KEYS_MISALIGNED, _DASHES_MISALIGNED)
_CANNOT_START = "这里有 YAML 不允许出现的字符：以 % @ ` 开头的文字请给整段加引号"
_BRACKETS = ("方括号 [ ] 没有配对，或各项之间缺少逗号", "花括号 { } 没有配对，或各项之间缺少逗号")
_ESCAPE_CODE = ("双引号内的 \\x、\\u、\\U 后面应是字符的十六进制编码（文字里的反斜杠，如 Windows 的路径，会被当成转义）："
                "改用单引号，或把 \\ 写成 \\\\")
_INDENT_ZERO = "“|”或“>”后面的数字是缩进的格数，不能是 0：删掉这个 0"
_QUESTION_START = "以“? ”开头的文字被 YAML 当成了键：请给整段文字加引号"
_UNCLOSED = "从这里开始的引号直到文件末尾都没有配对：检查这一段的引号，文字里的英文引号请改成中文引号“”"
#: libyaml's words for the syntax errors a clerk makes, in Chinese; the rest are shown as they are.
_SYNTAX = (
    ("mapping values are not allowed", "这里不能再写“键: 值”：上一行可能少了引号，或文字里有英文冒号加空格"),
    ("could not find expected ':'", _NOT_A_KEY),
    ("did not find expected key", _KEYS_MISALIGNED),
    ("did not find expected node content", "这里缺少内容：括号或列表没有写完"),
    ("did not find expected ',' or ']'", _BRACKETS[0]),
    ("did not find expected ',' or '}'", _BRACKETS[1]),
    ("did not find expected '-' indicator", _DASHES_MISALIGNED),
    ("found unexpected end of stream", "文件在引号或括号闭合之前就结束了"),
    ("found unknown escape character", "双引号内的反斜杠 \\ 后面不是可用的转义字符：改用单引号"),
    ("found character that cannot start any token", _CANNOT_START),
    ("found unexpected non-alphabetical character", _SPECIAL_START),  # a line that starts with "%"
    ("found unexpected ':'", "这里多了一个冒号"),
    ("expected <block end>, but found", "缩进没有对齐"),
    ("while scanning a quoted scalar", "引号没有配对"),
    ("while scanning a simple key", "这一行缺少“键: 值”中的冒号"),
    ("did not find expected alphabetic or numeric character", _SPECIAL_START),
    ("did not find expected whitespace or line break", _SPECIAL_START),
    ("did not find expected comment or line break", _SPECIAL_START),
    ("but found another document", _SECOND_DOCUMENT),
    ("block sequence entries are not allowed", _SEQUENCE_ON_KEY_LINE),
    ("did not find expected <document start>", _DOCUMENT_END),
    ("did not find expected tag URI", _SPECIAL_START),
    ("did not find expected hexdecimal number", _ESCAPE_CODE),
    ("found invalid Unicode character escape code", _ESCAPE_CODE),
    ("found an indentation indicator equal to 0", _INDENT_ZERO),
    ("found undefined tag handle", _SPECIAL_START),  # !a!b
    ("did not find the expected '>'", _SPECIAL_START),  # !<a
    ("did not find URI escaped octet", _SPECIAL_START),
    ("did not find expected '!'", _SPECIAL_START),
    # a line starting with % is a directive to YAML: %YAML 2.0, %TAG twice …
    ("found incompatible YAML document", _SPECIAL_START),
    ("found duplicate %", _SPECIAL_START),
    ("could not find expected directive name", _SPECIAL_START),
    ("did not find expected version number", _SPECIAL_START),
    ("did not find expected digit or '.' character", _SPECIAL_START),
    ("did not find expected whitespace", _SPECIAL_START),
    ("found extremely long version number", _SPECIAL_START),
    ("found unknown directive name", _SPECIAL_START),
    ("mapping keys are not allowed", _QUESTION_START),
)
_WITH_FIX = {_SPECIAL_START, _ESCAPE_CODE, _INDENT_ZERO, _QUESTION_START, _CANNOT_START, *_MISALIGNED, _UNCLOSED, _SECOND_DOCUMENT, _SEQUENCE_ON_KEY_LINE, _DOCUMENT_END, _NOT_A_KEY}


#: Slips of a Chinese keyboard that YAML reports a line later, in words about something else: where and what.
_SLIPS = (
    (re.compile(r"^[ \t]*(?:- )?([A-Za-z_][\w-]*)(：)"), "键“{0}”后面用了全角冒号“：”：请改为英文冒号加一个空格“: ”"),
    (re.compile(r"^[ \t]*(?:- )?([A-Za-z_][\w-]*):(\u3000)"), "键“{0}”的冒号后面是全角空格：请改为半角空格（英文输入法下的空格）"),
    (re.compile(r"^[ \t]*(?:- )?([A-Za-z_][\w-]*)(:)(?=[^\s/])"), "键“{0}”的冒号后面缺少空格：请写成“{0}: ”"),
    (re.compile(r"^()([ \t]*\u3000)"), "这一行用全角空格缩进：请改为半角空格（英文输入法下的空格）"),
    (re.compile(r"^[ \t]*()(－) "), "列表的“－”是全角的：请改为英文减号“-”"),
    # Word's and WPS's list habits: a dash or bullet other than "-" ("——" is Chinese punctuation), a number
    (re.compile(rf"^[ \t]*()({_BULLETS})"), "列表项要以英文减号加一个空格“- ”开头，“{1}”不是列表的符号：请把它改为“- ”"),
    (re.compile(r"^[ \t]*()(\d{1,2}[.．、]|[（(]\d{1,2}[)）])[ \t]*[^\d\s]"),
     "列表项要以英文减号加一个空格“- ”开头，编号由 reportkit 生成：请把“{1}”改为“- ”"),
    (re.compile(r"^[ \t]*(?:- |[\w-]+: )()'(?:[^']|'')*(')(?=[^'\s,\]}#])"),
     "单引号里的文字中间又有英文撇号“'”，引号到这里就结束了：文字里的撇号请写成两个 ''，或整段改用双引号"),
    (re.compile(r"^.*?\S()[ \t]+(＃)"), "“＃”是全角的，YAML 不把它当作注释：注释请用英文 #（前面空两格），或删掉这段文字"),
    (re.compile(r'^[ \t]*(?:- |[\w-]+: )()(")(?:[^"\\]|\\.)*"(?=[^\s,\]}#])'),
     "这段文字以英文双引号开头，YAML 读到第二个“\"”就结束了，后面的字无法读：文字里的引号请改成中文引号“”，或整段用单引号括起来"),
    (re.compile(r'^[ \t]*(?:- |[\w-]+: )()(")(?:[^"\\]|\\.)*$'),
     "英文双引号到行末还没有配对，YAML 把下面的行也读进了这段文字：请在文字末尾补上“\"”，文字里的引号请改成中文引号“”"),
    (re.compile(r"^[ \t]*(?:- |[\w-]+: )()(')(?:[^']|'')*$"),
     "英文单引号到行末还没有配对，YAML 把下面的行也读进了这段文字：请在文字末尾补上“'”，文字里的撇号请写成两个 ''"),
    (re.compile(r"^.*?[\]}]()(\u3000)[ \t\u3000]*(?:#.*)?$"),
     "括号后面有全角空格“　”，YAML 不把它当作空格，读不下去：请删掉它（空格都用英文输入法下的）"),
    (re.compile(r"^[ \t]*(?:- |[\w-]+: )()([\[{])[^\]}]*[\]}](?=[ \t]*[^\s,\]}#])"),
     "这段文字以方括号或花括号开头，被 YAML 当成了列表或“键: 值”：请给整段加引号，或改用中文括号【】"),
    (re.compile(r"^[ \t]*()(-\t)"), "列表的“-”后面是制表符：请改为一个空格"),
    (re.compile(r"^[ \t]*(?:- )?([A-Za-z_][\w-]*):[ \t]+()(-)[ \t]*(?:#.*)?$"),
     "键“{0}”的值只写了“-”，YAML 把它当成了列表的开头：统计表中没有的数请填 0；若是文字，请给它加引号"),
    (re.compile(r"^[ \t]*()(-)[A-Za-z_][\w-]*: "), "列表的“-”后面缺少空格：请写成“- ”"),
    (re.compile(r"^[ \t]*(?:- )?(?=[\"'“”‘’]([A-Za-z_][\w-]*)[\"'“”‘’][ \t]*[:：])()"),
     "键“{0}”两边的引号一边是英文的、一边是中文的，YAML 读不成键：键不加引号，请删去引号，写成“{0}: ”"),
    (re.compile(r"^[ \t]*()(-)[^\s\-\d.]"), "列表的“-”后面缺少空格：请写成“- ”"),  # "-公众号…" under "- 门户…"
    (re.compile(r"^[ \t]*(?:- |[\w-]+:[ \t]*)()([｛［])"), "“{1}”是全角的：请改为英文的花括号 {{ }} 或方括号 [ ]"),
    (re.compile(r"^[^#]*?\{[^}#]*?()(，)[ \t]*[A-Za-z_][\w-]*:"), "花括号里各项之间用了全角逗号“，”：请改为英文逗号“,”"),
    (re.compile(r"^[ \t]*(?:- |[\w-]+: )()(“)[^”]*?: "),
     "中文引号“”不是 YAML 的引号，引号里的英文冒号加空格被当成了“键: 值”：请把两端的“”改为英文双引号 \"，或把冒号改为中文冒号“：”"),
)


_BLOCK_START = re.compile(r"^([ \t]*)(?:- |[\w-]+: )?[>|][-+]?[ \t]*$")


def _document_marker(text: str, line: int) -> tuple[int, int, str] | None:
    """The last "..." or "---" line before ``line`` with data above it, as (line, column, message)."""
    rows = text.split("\n")[:line - 1]
    for number in range(len(rows), 0, -1):
        row = rows[number - 1].rstrip()
        if row in ("...", "---") or row.startswith("--- "):
            if not any(r.strip() and not r.lstrip().startswith("#") for r in rows[:number - 1]):
                return None  # a "---" that opens the file starts the data
            return number, 1, _DOCUMENT_END if row == "..." else _SECOND_DOCUMENT
    return None


def _block_indent(text: str, line: int) -> tuple[int, int, str] | None:
    """A line of a ``>`` or ``|`` paragraph indented less than its first line, where YAML stopped: the block's
    indent is its first line's, so this line ended it (YAML said the list's dashes were not aligned)."""
    lines = text.split("\n")
    if not 0 < line <= len(lines) or not lines[line - 1].strip():
        return None
    indent = len(lines[line - 1]) - len(lines[line - 1].lstrip(" "))
    for number in range(line - 1, max(line - 30, 0), -1):
        start = _BLOCK_START.match(lines[number - 1])
        if start:
            rows = [len(row) - len(row.lstrip(" ")) for row in lines[number:line - 1] if row.strip()]
            if rows and len(start[1]) < indent < rows[0] and min(rows) == rows[0]:  # the lines up to here are its own
                return line, indent + 1, ("这一行比这段文字的第一行缩进少，YAML 以第一行的缩进为准，到这里就当这段结束了："
                                          "请把这段文字的各行与第一行对齐")
            return None
    return None


#: A key with nothing after its colon, and the column it starts at.
_BARE_KEY = re.compile(r"^([ \t]*(?:- )?)([A-Za-z_][\w-]*):[ \t]*(?:#.*)?$")


def _unindented_value(text: str, line: int) -> tuple[int, int, str] | None:
    """A value typed on ``line``, below its key, indented no more than the key: YAML took the key for empty and
    stopped at the value, a line that is no key."""
    lines = text.split("\n")
    above = _BARE_KEY.match(lines[line - 2]) if 1 < line <= len(lines) else None
    value = lines[line - 1].strip() if above else ""
    indent = len(lines[line - 1]) - len(lines[line - 1].lstrip(" ")) if above else 0
    if not value or value.startswith(("#", "-")) or indent > len(above[1]) or re.match(r"[\w-]+:(?:\s|$)", value):
        return None
    key, shown = above[2], _clip(value)
    return line, indent + 1, (f"键“{key}”的值写在了下一行，却没有比“{key}”多缩进：请把“{shown}”接在冒号后面，写成“{key}: {shown}”，"
                              f"或比“{key}”多缩进两格")


#: A value in braces with an English colon and a blank inside it, which YAML reads as a second key: its key, the words
#: before the colon, the colon, and what follows it ({name: 政策法规类信息: 66}); the braces may go over several lines.
_COLON_IN_BRACES = re.compile(r"[{,]\s*([A-Za-z_][\w-]*):[ \t]+([^,，{}\[\]#'\":\n]+?)[ \t]*(:)\s+([^,{}\[\]#\n]*?)[ \t]*[,}\n]")


def _colon_in_braces(text: str, line: int) -> tuple[int, int, str] | None:
    """A value in braces opened on ``line`` (and closed there or lines below) with ": " inside it, where YAML found the
    braces unclosed: the colon, and the fix (a count typed after a name goes in count)."""
    lines = text.split("\n")
    if not 0 < line <= len(lines) or "{" not in lines[line - 1]:
        return None
    brace = sum(len(row) + 1 for row in lines[:line - 1]) + lines[line - 1].index("{")
    close = text.find("}", brace)
    found = _COLON_IN_BRACES.search(text, brace, close + 1 if close >= 0 else len(text))
    if not found:
        return None
    key, words, after = found[1], found[2].strip(), found[4]
    count = re.fullmatch(r"(\d+)\s*[条件项个]?", after)
    fix = (f"若“{after}”是条数，要单独填在 count 里，写成 {{{key}: {words}, count: {count[1]}}}，或分两行写 "
           f"{key}: {words} 和 count: {count[1]}；" if key == "name" and count else "")
    colon = found.start(3)
    return (text.count("\n", 0, colon) + 1, colon - text.rfind("\n", 0, colon),
            f"花括号里“{key}: {words}: {after}”的值中又有英文冒号加空格，YAML 把它当成了又一个键，读不下去："
            f"{fix}若冒号是文字的一部分，请给这段文字加引号，或改用中文冒号“：”")


def _misaligned(text: str, line: int, detail: str) -> tuple[int, str]:
    """Where ``line`` (which YAML found out of line) starts, and the message naming the nearest line above of its
    kind (a key, or an item "- ") that starts one or two columns off it: either may be the one typed wrong. A line of
    a ``|`` block's or a quoted text's is text, of no kind."""
    lines = text.split("\n")
    row = lines[line - 1] if 0 < line <= len(lines) else ""
    indent, item = len(row) - len(row.lstrip(" ")), row.lstrip(" ").startswith("-")
    text_lines = _text_lines(text)[0]
    for number in range(line - 1, max(line - 60, 0), -1):
        if number - 1 in text_lines:
            continue
        above = lines[number - 1].lstrip(" ")
        off = len(lines[number - 1]) - len(above)
        if off < indent - 2 and above:
            break  # the parent of this line: no line of its level above
        if above and not above.startswith("#") and above.startswith("-") == item and 0 < abs(off - indent) <= 2:
            return indent + 1, (f"{detail}（这一行从第 {indent + 1} 列开始，第 {number} 行从第 {off + 1} 列开始）："
                                "请把其中缩进错的一行与同一层的其他行对齐")
    return indent + 1, detail


def _typing_slip(text: str, line: int) -> tuple[int, int, str] | None:
    """A slip in ``text`` on ``line``, where YAML stopped, or on the two lines before it, as (line, column, message);
    a key with a full-width colon up to five lines before it (YAML stops only after the list under that key). A line
    of a ``|`` block's or a quoted text's is no slip: its "1. 加强组织领导" is the clerk's own numbering."""
    lines = text.split("\n")[:line]
    text_lines = _text_lines(text)[0]
    for number in range(len(lines), max(len(lines) - 6, 0), -1):
        if number - 1 in text_lines:
            continue
        for pattern, message in _SLIPS if number > len(lines) - 3 else _SLIPS[:1]:
            found = pattern.match(lines[number - 1])
            if found:
                return number, found.start(2) + 1, message.format(found[1], found[2])
    return None


def _syntax_problem(problem: str) -> str:
    for english, chinese in _SYNTAX:
        if problem.startswith(english):
            return chinese
    return problem or "无法解析"


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def _found_beside(path: Path) -> str:
    """For a data file not found: the file beside it the clerk may have meant, as Windows shows names without their
    extension (Notepad saves 报告.yaml as 报告.yaml.txt; 报告 is 报告.yaml), or nothing."""
    candidates = [path.with_name(path.name + ".txt")] + [path.with_suffix(s) for s in (".yaml", ".yml") if s != path.suffix]
    try:
        found = next((c for c in candidates if c.name != path.name and c.is_file()), None)
    except (OSError, ValueError):  # a name too long, a path through a file
        return ""
    if found is None:
        return ""
    if found.name == path.name + ".txt":
        return (f"；同一文件夹中有“{found.name}”：记事本保存时在文件名后加了 .txt（Windows 默认不显示扩展名），"
                f"请把它改名为“{path.name}”，或给出文件名 {found}")
    return f"；同一文件夹中有“{found.name}”：是不是这个文件？"


def _folder_given(path: Path) -> str:
    """That ``path``, given as a data file, is a folder, with its data files to give instead: one by name, and all of
    them at once for the commands that take several (``render``, ``validate``)."""
    try:
        held = sorted(entry.name for entry in path.iterdir() if entry.suffix.lower() in (".yaml", ".yml") and entry.is_file())
    except OSError:
        held = []
    if not held:
        return f"“{path}”是一个文件夹，不是数据文件，其中也没有数据文件（.yaml）：请给出数据文件的路径"
    every = " ".join(str(path / f"*{suffix}") for suffix in sorted({Path(name).suffix for name in held}))
    every = f"；要处理其中全部 {len(held)} 个，写 {every}（render 和 validate 一次可以处理多个文件）" if len(held) > 1 else ""
    return f"“{path}”是一个文件夹，不是数据文件：请给出其中的数据文件，如 {path / held[0]}{every}"


def _fail(name: str, message: str) -> InvalidData:
    return InvalidData([Diagnostic(ERROR, message, name)])


def _decode(raw: bytes, name: str, notes: list[Diagnostic]) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
        bad = _utf8_error(raw)
        return raw.decode("utf-8") if bad is None else _refuse_encoding(name, raw, bad, "utf-8")
    # UTF-32's marks first (FF FE starts both): read as UTF-16, its text was a NUL between every two characters
    wide = "utf-32" if raw[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff") else \
        "utf-16" if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else None
    if wide:
        try:
            text = raw.decode(wide)
        except UnicodeDecodeError as exc:
            _refuse_encoding(name, raw, exc.start, wide)
        if wide == "utf-32":
            notes.append(Diagnostic(NOTE, "文件是 UTF-32 编码，已按 UTF-32 读取；建议在编辑器中另存为 UTF-8", name, 1, 1))
        return text
    if b"\x00" in raw:
        encoding = utf16_without_bom(raw)
        if encoding is None:
            raise _fail(name, "这不是文本文件（含有 NUL 字节，可能是 Word、PDF 或压缩包）："
                              "请指定 YAML 数据文件，或在编辑器中另存为 UTF-8")
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            _refuse_encoding(name, raw, exc.start, encoding)
        notes.append(Diagnostic(NOTE, "文件是不带 BOM 的 UTF-16 编码，已按 UTF-16 读取；建议在编辑器中另存为 UTF-8",
                                name, 1, 1))
        return text
    bad = _utf8_error(raw)
    if bad is None:
        return raw.decode("utf-8")
    where = (bad, "utf-8")
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        text, where = None, max(where, (exc.start, "gb18030"))  # where the file's own encoding fails
    if text is None or _looks_like_big5(raw, text):
        try:
            big5 = raw.decode("big5")
        except UnicodeDecodeError:
            _refuse_encoding(name, raw, *where)
        notes.append(Diagnostic(WARNING, "文件是繁体中文 Big5 编码，已按 Big5 读取（文字为繁体）；"
                                         "请核对后在编辑器中另存为 UTF-8", name, 1, 1))
        return big5
    notes.append(Diagnostic(NOTE, "文件不是 UTF-8 编码，已按 GBK/GB18030 读取；建议在编辑器中另存为 UTF-8", name, 1, 1))
    return text


def _looks_like_big5(raw: bytes, gb_text: str) -> bool:
    """Big5 bytes also decode as GB18030, into rare characters: a GBK file's Chinese is almost all
    GB2312, a Big5 file read as GBK is not (about four characters in ten have a trail byte below 0xA1)."""
    chinese = [ch for ch in gb_text if ch >= "\u3400"]
    if len(chinese) < 4:
        return False
    outside = sum(1 for ch in chinese if not _in_gb2312(ch))
    return outside / len(chinese) > 0.25 and _decodes(raw, "big5")


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _decodes(raw: bytes, encoding: str) -> bool:
    try:
        raw.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _utf8_error(raw: bytes) -> int | None:
    """Offset of the first byte that is not UTF-8, or None."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return None


def _refuse_encoding(name: str, raw: bytes, offset: int, encoding: str):
    """The error for the byte at ``offset``, which ``encoding`` (the one the file is mostly in) cannot read: its line,
    and its column in characters."""
    before = raw[:offset].decode(encoding, errors="replace")  # not the bytes 0A: in UTF-16, 上 is 0A 4E
    line, col = before.count("\n") + 1, len(before) - before.rfind("\n")
    what = f"文件是 {encoding[:6].upper()}，但这里缺了半个字符，可能在复制或传输时损坏" if encoding[:6] in ("utf-16", "utf-32") else \
        "既不是 UTF-8 也不是 GBK/GB18030"
    raise InvalidData([Diagnostic(ERROR, f"无法识别文件编码（{what}）：请在编辑器中“另存为”UTF-8 编码后再试", name, line, col)])


def _clean_characters(text: str, name: str, notes: list[Diagnostic]) -> tuple[str, str | None]:
    """Clean characters XML or YAML cannot carry and invisible ones pasted from Word: the one
    shared place, with a warning per place.

    A vertical tab becomes a placeholder (a noncharacter absent from the text, so that it
    parses as part of the scalar it sits in) that :class:`_Builder` turns into
    :data:`LINE_BREAK`; a form feed and a no-break space become a space; the others are
    removed. Cleaning comes before parsing, so that a no-break space after a colon or in
    the indentation is the space it looks like. Returns the cleaned text and the
    placeholder, if one was used.
    """
    if not _CLEANED.search(text):
        return text, None
    mark = next((chr(c) for c in range(0xFDD0, 0xFDF0) if chr(c) not in text), None)
    found = 0
    for number, line in enumerate(text.split("\n"), 1):
        for match in _CLEANED.finditer(line):
            found += 1
            if found <= _MAX_WARNINGS:
                notes.append(Diagnostic(WARNING, _cleaned(match.group()), name, number, match.start() + 1))
    if found > _MAX_WARNINGS:
        notes.append(Diagnostic(WARNING, f"另有 {found - _MAX_WARNINGS} 个不可见字符已同样处理", name))

    def replace(m: re.Match) -> str:
        char = m.group()
        if char in _INVISIBLE:
            return _INVISIBLE[char][1]
        return (mark or " ") if char == "\x0b" or char in _BREAKS else _REPLACEMENT.get(char, "")

    return _CLEANED.sub(replace, text), mark


def _cleaned(char: str) -> str:
    if char in _BREAKS:
        return f"处理了不可见的{_BREAKS[char]} U+{ord(char):04X}（常见于从网页或 Word 粘贴的文字），已换成换行"
    if char not in _INVISIBLE:
        return (f"{_ACTION.get(char, '删除')}了不可见的控制字符 U+{ord(char):04X}（常见于从 Word 粘贴的文字）"
                f"{_DONE.get(char, '')}")
    what, becomes = _INVISIBLE[char]
    done = f"把{what} U+{ord(char):04X} 换成了普通空格" if becomes else f"删除了不可见的{what} U+{ord(char):04X}"
    return f"{done}（常见于从 Word 或网页粘贴的文字）"


def _tab_indents(text: str, name: str) -> list[Diagnostic]:
    """Tabs before the first character of a line, except in the text of block and quoted scalars.

    YAML refuses most of them with a message no clerk can act on; the few it accepts
    (inside brackets) still look different in every editor.
    """
    if "\t" not in text:
        return []
    text_lines, read_to = _text_lines(text)
    problems = []
    for number, line in enumerate(text.split("\n")):
        indent = len(line) - len(line.lstrip(" \t"))
        tab = line.find("\t", 0, indent)
        if tab < 0 or number in text_lines:
            continue
        if read_to is not None and number > read_to and tab:
            continue  # past where YAML stopped, a tab after spaces may be block text: reported once that is fixed
        problems.append(Diagnostic(ERROR, _TAB_INDENT, name, number + 1, tab + 1))
    return problems


def _text_lines(text: str) -> tuple[set[int], int | None]:
    """The lines (counted from 0) inside a block or quoted scalar, after the line it starts on: their text is text,
    whatever it looks like; and the line YAML's scanner stopped at, or None where it read the whole ``text``."""
    lines: set[int] = set()
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if isinstance(token, yaml.ScalarToken) and token.style:
                start, end = token.start_mark, token.end_mark
                lines.update(range(start.line + 1, end.line + (1 if end.column else 0)))
    except yaml.MarkedYAMLError as exc:
        return lines, exc.problem_mark.line if exc.problem_mark else 0
    return lines, None


def _bounded(text: str) -> bool:
    """True when ``text`` can hold no anchor, no alias and at most :data:`MAX_NODES` values, so that it
    may be composed without reading its events first; nesting is then measured while converting
    (libyaml itself refuses 1,000 levels). A value takes at least a third of a character ("?" alone
    is a mapping, its key and its value)."""
    return "&" not in text and "*" not in text and 3 * len(text) <= MAX_NODES


def _structure_problems(text: str, name: str) -> list[Diagnostic]:
    """Anchors, aliases and too deep nesting, found in the event stream where each one is written."""
    problems: list[Diagnostic] = []
    try:
        _check_events(yaml.parse(text, Loader=_Loader), name, problems)
    except yaml.MarkedYAMLError as exc:
        # libyaml ≥ 0.2.6 (PyYAML 6.0.4's wheels) refuses 1,000 nested brackets while it looks
        # ahead, before yielding the events counted here: read that far with the Python parser.
        where = exc.problem_mark
        if problems or where is None or text[where.index:where.index + 1] not in ("[", "{"):
            raise
        try:
            _check_events(yaml.parse(text[:where.index + 1], Loader=yaml.SafeLoader), name, problems)
        except yaml.YAMLError:
            pass
        if not problems:
            raise
    return problems


def _check_events(events, name: str, problems: list[Diagnostic]) -> None:
    depth = nodes = 0

    def at(event, message):
        problems.append(Diagnostic(ERROR, message, name, event.start_mark.line + 1, event.start_mark.column + 1))

    for event in events:
        if isinstance(event, yaml.AliasEvent):
            at(event, f"不支持 YAML 别名“*{event.anchor}”：请把内容直接写出来")
            continue
        if getattr(event, "anchor", None) is not None:
            at(event, f"不支持 YAML 锚点“&{event.anchor}”：请把内容直接写出来")
        if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            nodes += 1
            if nodes > MAX_NODES:  # building them all would take gigabytes (a 5 MB flow list: 2.6 million)
                at(event, f"值的个数超过 {MAX_NODES:,}：一份报告的数据用不了这么多，请检查是否误粘贴了大量数据")
                return
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                at(event, _TOO_DEEP)
                return
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


class _Builder:
    """Turn composed YAML nodes into plain Python values, recording positions."""

    def __init__(self, loaded: Loaded, errors: list[Diagnostic], mark: str | None):
        self.loaded = loaded
        self.errors = errors
        self.mark = mark
        self.seen: set[int] = set()
        self.constructor = _Loader("")
        #: The first collection nested deeper than MAX_DEPTH (refused alone, as the event check does).
        self.too_deep: Diagnostic | None = None

    def error(self, node, message):
        self.errors.append(Diagnostic(ERROR, message, self.loaded.file, node.start_mark.line + 1, node.start_mark.column + 1))

    def text(self, value, node):
        """A constructed string: the vertical-tab placeholder becomes LINE_BREAK, and control
        characters written as escapes ("\\a", "\\v", "\\x07" in double quotes) are cleaned too."""
        if not isinstance(value, str):
            return value
        if self.mark:
            value = value.replace(self.mark, LINE_BREAK)
        if _CONTROL.search(value):
            line, col = node.start_mark.line + 1, node.start_mark.column + 1
            for char in sorted(set(_CONTROL.findall(value))):
                self.loaded.diagnostics.append(Diagnostic(
                    WARNING, f"{_ACTION.get(char, '删除')}了转义写出的控制字符 U+{ord(char):04X}{_DONE.get(char, '')}",
                    self.loaded.file, line, col))
            value = _CONTROL.sub(lambda m: _REPLACEMENT.get(m.group(), ""), value)
        return value

    def convert(self, node, path: tuple, indent: int | None = None):
        """``indent``: the column of the key or "- " that ``node`` is the value of (``None`` in brackets)."""
        self.loaded.values[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if id(node) in self.seen:
            self.error(node, "不支持 YAML 锚点和别名（& 和 *）：请把内容直接写出来")
            return None
        self.seen.add(id(node))
        if node.tag not in _SAFE_TAGS:
            self.error(node, f"不支持 YAML 标签“{node.tag}”：请去掉以 ! 开头的标记")
            return None
        if isinstance(node, yaml.CollectionNode) and len(path) >= MAX_DEPTH:
            self.too_deep = self.too_deep or Diagnostic(
                ERROR, _TOO_DEEP, self.loaded.file, node.start_mark.line + 1, node.start_mark.column + 1)
            return None
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            indent = None if node.flow_style else node.start_mark.column
            return [self.convert(item, path + (i,), indent) for i, item in enumerate(node.value)]
        if not node.style and node.tag == _STR:
            self.comment_after(node)
            self.full_width_note(node)
            if _CURLY_QUOTED.fullmatch(node.value):
                quotes = node.value[0] + node.value[-1]
                self.loaded.diagnostics.append(Diagnostic(
                    WARNING, f"这段文字两端的中文引号{quotes}会照样印出（YAML 只把英文的 ' 和 \" 当作引号）：不要印出引号的，请删去它们",
                    self.loaded.file, node.start_mark.line + 1, node.start_mark.column + 1))
            if indent is not None:
                self.comment_lines(node, indent)
        if node.style == '"' and node.tag == _STR and _PATH.search(self.loaded.text, node.start_mark.index, node.end_mark.index):
            self.loaded.diagnostics.append(Diagnostic(
                WARNING, "双引号里的反斜杠“\\”是转义符，像 C:\\new 这样的文件路径里的 \\n、\\t 会变成换行、制表符："
                         "要原样印出，请把这段文字改用单引号", self.loaded.file, node.start_mark.line + 1, node.start_mark.column + 1))
        if node.tag == _STR and path[-1:] != ("title",) and _BLANK_LINE.search(  # a title keeps its line break
                self.loaded.text, node.start_mark.index, node.end_mark.index):
            self.loaded.diagnostics.append(Diagnostic(
                WARNING, "这段文字中间有空行，空行不会印出，前后的文字连成一段：要分成两段，请在空行处另起一项“- ”",
                self.loaded.file, node.start_mark.line + 1, node.start_mark.column + 1))
        if node.style in (None, "", ">") and node.tag == _STR:
            self.dash_lines(node)
        if node.style == ">" and node.tag == _STR:
            self.indented_lines(node)
        if not node.style and self.loaded.text.startswith("!", node.start_mark.index):
            self.error(node, _SPECIAL_START)  # "! 文字": YAML takes "!" for a tag and prints the rest
            return None
        if not node.style and node.tag in _YAML12 and not _YAML12[node.tag].fullmatch(node.value):
            return self.text(node.value, node)
        try:
            value = self.constructor.construct_object(node)
        except yaml.YAMLError as exc:
            self.error(node, f"无法识别的值：{getattr(exc, 'problem', None) or _one_line(exc)}")
            return None
        except (ValueError, OverflowError) as exc:  # 2021-02-30, an integer of 5,000 digits …
            self.error(node, f"无法识别的值“{_clip(node.value)}”：{_value_problem(node, exc)}")
            return None
        return WrittenFloat(value, node.value) if node.tag == _FLOAT else self.text(value, node)

    def comment_after(self, node) -> None:
        """Warn when a comment follows plain text on its line: " #" ends the text there, so a
        clerk's "微博话题 #青岚# 阅读量" is read as "微博话题". A note written the starter
        files' way (two blanks, then "# ") is left alone, and is no part of the text lost before it."""
        text = self.loaded.text
        end = node.end_mark.index
        line_end = text.find("\n", end)
        rest = text[end:line_end if line_end >= 0 else None].rstrip()
        found = _COMMENT.match(rest)
        if not found or _NOTE.match(rest):
            return
        note = _NOTE.search(rest, found.end())  # "某路 #3号   # 地址": the starter file's note kept after the text
        rest = rest[:note.start()] if note else rest
        comment = rest[found.end() - 1:]
        quoted = (node.value + rest).replace("'", "''")
        self.loaded.diagnostics.append(Diagnostic(
            WARNING, f"“{_clip(comment, 20)}”被 YAML 当作注释而丢失：若这是正文，请给整段加引号，写成 '{_clip(quoted, 40)}'；"
            f"若是注释，请在 # 前空两格、后空一格", self.loaded.file, node.end_mark.line + 1, node.end_mark.column + found.end()))

    def full_width_note(self, node) -> None:
        """Warn at a "＃" typed after a text with two blanks before it, as a note is: printed with the text."""
        text = self.loaded.text
        found = _FULL_WIDTH_NOTE.search(text, node.start_mark.index, node.end_mark.index)
        if found:
            line = node.start_mark.line + 1 + text.count("\n", node.start_mark.index, found.start(1))
            self.loaded.diagnostics.append(Diagnostic(
                WARNING, f"“{_clip(found[1].rstrip(), 20)}”会连同正文印出：全角的“＃”不是注释符号；若是注释，请改为英文 #"
                         "（前面空两格、后面空一格）；若是正文，请删去“＃”前的空格", self.loaded.file, line,
                found.start(1) - text.rfind("\n", 0, found.start(1))))

    def comment_lines(self, node, indent: int) -> None:
        """Warn at each comment line right below a text, indented as its next line would be, whose "#" has text
        right after it: YAML ends the text there and drops the line, so "#政协提案4件。" typed as the paragraph's
        next line was lost. A comment at the key's or the "- "'s own column, or written "# 说明", is left alone."""
        text = self.loaded.text
        number = node.end_mark.line + 1
        start = text.find("\n", node.end_mark.index) + 1
        while start:
            end = text.find("\n", start)
            found = _COMMENT_LINE.match(text, start, end if end >= 0 else len(text))
            if not found:
                return
            number += 1
            if len(found[1]) > indent and found[2]:
                self.loaded.diagnostics.append(Diagnostic(
                    WARNING, f"“#{_clip(found[2], 20)}”被 YAML 当作注释而丢失（这一行以 # 开头）：若这是上一行文字的接续，"
                    "请删掉 #，或给整段加引号；若是注释，请在 # 后空一格", self.loaded.file, number, len(found[1]) + 1))
            start = end + 1

    def dash_lines(self, node) -> None:
        """Warn at each line of a folded text that starts with "- ", a full-width "－ " or a bullet (“—”, “•”): printed
        joined to the line above, where the clerk meant a new item of the list."""
        text = self.loaded.text
        for found in _DASH_LINE.finditer(text, node.start_mark.index, node.end_mark.index):
            line = node.start_mark.line + 1 + text.count("\n", node.start_mark.index, found.start(1))
            col = found.start(1) - text.rfind("\n", 0, found.start(1))
            dash = found.group(1)
            message = _INDENTED_ITEM if dash == "-" else _OTHER_DASH_LINE.format("全角“－”" if dash == "－" else f"“{dash}”")
            self.loaded.diagnostics.append(Diagnostic(WARNING, message, self.loaded.file, line, col))

    def indented_lines(self, node) -> None:
        """Warn at the first line of a ``>`` block indented more than the block (spaces or a tab): YAML keeps the
        line breaks around it, and the paragraph printed a break and the indent there."""
        lines = self.loaded.text[node.start_mark.index:node.end_mark.index].split("\n")
        base = None
        for k, line in enumerate(lines[1:], 1):
            if not line.strip():
                continue
            indent = line[:len(line) - len(line.lstrip(" \t"))]
            if base is None:
                base = indent
            elif indent != base:
                self.loaded.diagnostics.append(Diagnostic(
                    WARNING, "这一行比上一行多缩进了（或用了 Tab），YAML 在这里保留了换行，这一段从这里断开印出："
                             "请与上一行对齐", self.loaded.file, node.start_mark.line + 1 + k, len(base) + 1))
                return

    def mapping(self, node, path: tuple) -> dict:
        result: dict = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.error(key_node, "不支持 YAML 合并键“<<”：请把内容直接写出来")
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.error(key_node, "键必须是简单文字")
                continue
            key = self.text(key_node.value, key_node)
            if isinstance(key, str) and key.startswith("\u3000"):  # YAML reads full-width spaces as the key's text
                self.error(key_node, "这一行用全角空格缩进：请改为半角空格（英文输入法下的空格）")
                continue
            quoted = _QUOTED_KEY.fullmatch(key) if isinstance(key, str) and not key_node.style else None
            if quoted:  # “year”: 2023, Word's quotes: a key of its own, and the key meant is missing
                self.error(key_node, f"键“{quoted[1]}”两边加了引号，YAML 把引号也读进了键里：键不加引号，请删去引号，"
                                     f"写成“{quoted[1]}: ”")
                continue
            where = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key in result:
                first = self.loaded.keys[path + (key,)]
                self.error(key_node, f"键“{key}”重复（第一次出现在第 {first[0]} 行）：删除其中一个")
                continue
            self.loaded.keys[path + (key,)] = where
            result[key] = self.convert(value_node, path + (key,), None if node.flow_style else where[1] - 1)
        return result


def _clip(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _value_problem(node, exc: Exception) -> str:
    if node.tag.endswith(":timestamp"):
        found = re.match(r"(\d{4})-(\d\d?)-(\d\d?)", node.value)
        month, day = (int(found[2]), int(found[3])) if found else (0, 0)
        if 1 <= month <= 12 and day:  # 2024-02-30, 2023-04-31: a day the month has not
            return f"不是有效的日期：{found[1]} 年 {month} 月没有 {day} 日，请核对"
        return "不是有效的日期（写成 2021-02-05 的形式，月份和日期要存在）"
    if node.tag.endswith(":int"):
        return "数字太大"
    return "无法转换"
