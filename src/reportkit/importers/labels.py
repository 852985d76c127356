"""The one mapping of official labels that every importer shares, built from the edition specs.

A published report rarely prints a label exactly as the format does: 及 or 和, the
numbering left out, an extra space, full-width or half-width brackets and digits.
:func:`norm` reduces a label to what matters, and the lookups below are built by
applying it to the specs in :mod:`..default_plugins.annual_report.tables` and
:mod:`..default_plugins.annual_report.edition2008.spec`, so no label is written twice.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from ..attachments import date_line as date_line, year_pattern  # date_line: the importers read it here
from ..default_plugins.annual_report import tables
from ..default_plugins.annual_report.edition2008 import spec as spec2008
from ..outline import TYPED_NUMBER

_SPACE = re.compile(r"[\s\u00a0\u3000]+")
_QUOTES = str.maketrans("", "", "“”\"'‘’「」")


#: A table's cell that is a number alone (180, 12.5%, 1,200), as a text copy sets one on its line.
NUMBER_ALONE = re.compile(r"\d+(?:[.,]\d+)*%?")
#: A page's number as a report prints it at the page's foot: — 3 —, - 3 -, 第 3 页, 第3页 共8页 (a space, a comma or a
#: slash between); —3— with a mark glued to it too (—3—：, the page's maker's slip). A bare figure (3) is one only where
#: a page's foot stands: each reader says where.
PAGE_NUMBER = re.compile(r"[-—－–]\s*[\d０-９]+\s*[-—－–]\s*[:：.。,，;；、]?"
                         r"|第\s*[\d０-９]+\s*页(?:\s*[,，/／]?\s*共\s*[\d０-９]+\s*页)?")
#: The end of a sentence or of a lead-in (。！？；：), closing quotes and brackets after it.
SENTENCE_END = re.compile("[。！？；：][”’」』）)]*$")
#: The suffixes that end an organ's name (某县自然资源局, 某县人民政府办公室, 某某服务中心).
ORGAN_SUFFIX = "(?:局|委|办|厅|部|院|府|会|署|所|站|队|处|室|馆|中心)"
#: The end of an organ's name, its second name in brackets after it: 某县财政局, 某区发展和改革委员会（某区粮食和物资储备局）.
_ORGAN_END = re.compile(f"{ORGAN_SUFFIX}(?:[（(][^（()）]+{ORGAN_SUFFIX}[)）])?$")
#: What no organ's name holds: a sentence's or a clause's punctuation, a table's cell separators, a menu's arrows.
_NOT_IN_NAME = re.compile(r"[。；！？，,：:|\t>»]")
#: An organ's name alone on a line is at most this long whatever it ends with; up to the longer bound (an official
#: name with its second name in brackets) only ending as an organ's name does (:data:`_ORGAN_END`).
_SHORT_NAME, _LONG_NAME = 25, 40


#: A date line without its day (2024年1月, 二〇二四年一月), as some sites print the 成文日期: where one stands, not what.
MONTH_DATE = re.compile(rf"^\s*({year_pattern()})\s*年\s*(0?[1-9]|1[0-2]|[一二三四五六七八九]|十[一二]?)\s*月\s*$")


#: A note's mark typed after a figure in a table's cell (57①, 38¹, 1284*, 6※), as a character class's body: the
#: note's, never a digit of the figure (NFKC would make ① and ¹ a 1: 571, 381).
NOTE_MARKS = "\u2460-\u2487\u00b9\u00b2\u00b3\u2070-\u2079*＊※"
#: 0 written as a Chinese numeral in a table's cell (零, 〇, and ○ typed for 〇): the figure 0.
ZERO_WORDS = "零〇○"


#: The heading of one article of a page that collects several (第二篇：…), as document sites publish them.
#: A note on the text or a table as a whole: 注：……, 备注：……, 附注：……, 注1：……, 说明：…….
NOTE = re.compile(r"\s*(?:(?:[备附]\s*)?注|说\s*明)\s*\d*\s*[:：]")
ARTICLE = re.compile(r"^\s*第[一二三四五六七八九十百\d]+篇\s*[:：]")


#: A row or line that totals the items above it (合计, a 2008 table's 总数 …).
TOTAL_ROW = re.compile("合计|总计|共计|小计|总数")


#: Characters that print as nothing (zero-width spaces and joiners, the soft hyphen, a BOM): layout hints of the
#: page (reportkit's own HTML has word joiners before a 间隔号), not text.
_INVISIBLE = str.maketrans("", "", "\u00ad\u200b\u200c\u200d\u2060\ufeff")
#: A PDF's text layer (a browser's print, some converters) and pages copied from one give radicals and compatibility
#: ideographs that look like the common characters (⽣ U+2F63 for 生, ⽉ for 月): read as those; control characters
#: (a browser's &nbsp; in a PDF reads as U+0001) as spaces.
_INVISIBLE.update({cp: unicodedata.normalize("NFKC", chr(cp)) for cp in [*range(0x2E80, 0x2FE0), *range(0xF900, 0xFB00)]
                   if unicodedata.normalize("NFKC", chr(cp)) != chr(cp)})
_INVISIBLE.update({cp: " " for cp in [*range(0x20), 0x7F] if chr(cp) not in "\t\n\r"})


#: How far in a paragraph that is not aligned to the right must start to be set there, in characters: a 署名 pushed
#: right with spaces, tabs or an indent, as Word and web editors' users do (a body paragraph's own indent is two).
SET_OFF = 6
_BLANKS = " \u3000\t\xa0"


def lead_width(text: str) -> tuple[float, bool]:
    """The width in characters of the blanks ``text`` starts with (a tab two, a full-width space one, a space or
    &nbsp; half), and whether anything follows them."""
    stripped = text.lstrip(_BLANKS)
    lead = text[:len(text) - len(stripped)]
    return sum(1 if c == "\u3000" else 2 if c == "\t" else 0.5 for c in lead), bool(stripped)


def clean(text: str) -> str:
    """Collapse runs of white space (&nbsp;, 全角空格) to one space; none between Chinese characters; no invisible
    characters."""
    text = _SPACE.sub(" ", text.translate(_INVISIBLE)).strip()
    return re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", text)


#: A part's numbering: 第1部分, 第一部分 (:func:`norm` takes it off).
_PART_NUMBER = re.compile(r"^第[\d一二三四五六七八九十]+部分[、.:：]?")


#: Table 二's caption on NFKC text, in Arabic numbers or brackets left out too: 第20条第(1)项, 第20条第（五）项.
_DISCLOSURE_CAPTION = re.compile(r"第(?:20|二十)条第\(?(\d{1,2}|[一二三四五六七八九十]{1,2})\)?项")
_CHINESE_DIGITS = "一二三四五六七八九十"


def _disclosure_caption(found: re.Match) -> str:
    """第二十条第(一)项 for a table 二 caption :data:`_DISCLOSURE_CAPTION` found."""
    item = found[1]
    if item.isdigit():
        n = int(item)
        item = _CHINESE_DIGITS[n - 1] if n <= 10 else "十" + _CHINESE_DIGITS[n - 11]
    return f"第二十条第({item})项"


#: A Roman numeral numbering a heading on NFKC text (Ⅱ、 and II、 alike), its mark after it, Chinese after that.
_ROMAN_NUMBER = re.compile(r"^(?:[IVX]{1,4}|[ivx]{1,4})[、.](?=[^\x00-\x7f])")


@lru_cache(maxsize=4096)
def norm(label: str) -> str:
    """A label reduced for comparison: half-width, no spaces, numbering (第1部分, Ⅱ、 and II、 too), quotes or trailing
    colon; 和 as 及, 其它 as 其他; table 二's captions as 第二十条第(一)项 (第20条第(1)项). The last 4,096 are kept:
    the readers ask for a line's many times, and a report pasted as one line of 5 MB took a second each."""
    text = unicodedata.normalize("NFKC", label)
    text = _PART_NUMBER.sub("", _ROMAN_NUMBER.sub("", TYPED_NUMBER.sub("", _SPACE.sub("", text))))
    text = _DISCLOSURE_CAPTION.sub(_disclosure_caption, text) if "项" in text else text
    return text.translate(_QUOTES).replace("和", "及").replace("其它", "其他").rstrip(":：")


#: The 天干 some reports number headings with, in brackets: （甲） （乙） （丙）.
STEMS = "甲乙丙丁戊己庚辛壬癸"
#: What may follow a figure with a decimal point, which so is no heading's number 1.1: a unit (1.5万条, 3.2亿元, 2.3%,
#: 1.5个百分点, 0.5公里) or a word of time (12.31前, 1.1至3.31).
_UNIT = ("(?:[万亿千倍元角米吨亩克升秒日号岁至止]|前(?!言)|后(?!续)|个(?:百分点|月|工作日|小时)|年(?!度)|月(?!度)|小时|天(?!然)"
         "|公[里顷斤]|平方|立方|百分点)")
#: Circled numbers ①-⑳ and Roman numerals Ⅰ-Ⅻ, ⅰ-ⅻ: numbers of headings kept as typed (NFKC would make ① a 1, Ⅱ an II).
CIRCLED = "".join(map(chr, range(0x2460, 0x2474)))
ROMAN = "".join(map(chr, [*range(0x2160, 0x216C), *range(0x2170, 0x217C)]))
#: Roman numerals typed in Latin letters (II, iv; ＩＩ after NFKC), as the characters of :data:`ROMAN` they stand for.
_LATIN_ROMANS = {latin: roman for romans, case in ((ROMAN[:12], str.upper), (ROMAN[12:], str.lower))
                 for roman, latin in zip(romans, map(case, ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
                                                            "X", "XI", "XII")))}
#: Latin letters that may be a Roman numeral numbering a heading (I. 总体情况, II、, IV 存在的问题): a stop and a
#: character that is no Latin letter nor digit (or the line's end: its words on the next line), or a blank and
#: Chinese, after it; never a Latin word (IV. Results, VIP) or an English sentence (I am).
_LATIN_NUMBER = re.compile(r"\s*([IVX]{1,4}|[ivx]{1,4})(?=\s*[、.]\s*(?:[^\x00-\x7f]|$)|[ \t]+[\u4e00-\u9fff])")
#: What a count's figure is followed by, besides :data:`_UNIT`: a sentence that starts with one (1 个工作日内, 3 家单位).
_MEASURE = "[个件条家次人名项份位批所座台辆篇期场轮本册张页户处起宗类种点季周倍]"
#: What starts the words after a figure that are its unit or measure (3.5 万元, 26 件, 1.2 个百分点, 3.5 %): a line
#: starting so after one ending with a figure goes on with its sentence. Not 本 (本年度 starts a paragraph).
FIGURE_UNIT = f"(?:{_UNIT}|(?!本){_MEASURE}|[%％‰])"
#: Numbers of headings :data:`..outline.TYPED_NUMBER` does not know (on NFKC text): （甲）, 1） and 一） with their
#: closing bracket only, ① (at the level of （1）), Ⅰ、 or Ⅱ. (a Roman numeral, placed as （甲） is; typed in Latin letters too,
#: :data:`_LATIN_NUMBER`), Ⅱ 概述 alone on its line (not Ⅱ级响应), 第1部分, a decimal 1.1,
#: 1.1., 1.1、, 2.1.3 whose parts are small and none 0 (2021.12.31 is a date, 2.05 a figure) and after which comes a
#: word, not a figure's unit (:data:`_UNIT`): 1.1 概述, never 1.5万条; and 1 概述, a figure, a space and a short title
#: alone on the line (Chinese only, no figure's unit or measure word after it: never 1 个工作日内).
_OTHER_NUMBER = re.compile(rf"\s*(?:\(\s*[{STEMS}]\s*\)\s*[、.]?|[1-9]\d?\s*\)(?![\d%])|[一二三四五六七八九十]+\s*\)"
                           rf"|[{CIRCLED}]\s*[、.]?|[{ROMAN}](?:\s*[、.]|[ \t]+(?=(?![级型类期光线]|射线)[\u4e00-\u9fff][^。，,；;！？!?]{{1,39}}\s*$))|第\d+部分\s*[、.:]?|[1-9]\d?(?:\.[1-9]\d?){{1,3}}"
                           rf"(?:\s*[、.](?!\d)|(?=\s*(?!{_UNIT})[^\W\d_]))"
                           rf"|[1-9]\d?[ \t]+(?=(?!{_UNIT}|{_MEASURE})[\u4e00-\u9fff]{{2,15}}\s*$))\s*")
#: A decimal alone on its line (1.1, 2.1.3.), which the line after it may complete as a heading (:func:`number_alone`).
_DECIMAL_ALONE = re.compile(r"\s*[1-9]\d?(?:\.[1-9]\d?){1,3}\.?\s*")
#: How far into a text its numbering is looked for.
_NUMBER_SPAN = 30


def _numbered(text: str) -> tuple[str, int]:
    """The numbering ``text`` starts with (NFKC: ⑴ as (1), １． as 1.; ① and Ⅱ as typed), and where it ends in
    ``text``; ("", 0)."""
    folded, ends = "", []
    for i, char in enumerate(text[:_NUMBER_SPAN]):
        char = char if char in CIRCLED or char in ROMAN else unicodedata.normalize("NFKC", char)
        folded += char
        ends += [i + 1] * len(char)
    if (latin := _LATIN_NUMBER.match(folded)) and latin[1] in _LATIN_ROMANS:  # II、 as Ⅱ、
        start, end = latin.span(1)
        folded = folded[:start] + _LATIN_ROMANS[latin[1]] + folded[end:]
        ends[start:end] = ends[end - 1:end]
    found = TYPED_NUMBER.match(folded) or _OTHER_NUMBER.match(folded)
    return (found.group().strip(), ends[found.end() - 1]) if found and found.group().strip() else ("", 0)


def numbering(text: str) -> str:
    """The numbering ``text`` starts with (``一、``, ``(甲)``, ``1.1``), or ``""``."""
    return _numbered(text)[0]


def after_number(text: str) -> str:
    """``text`` after the numbering it starts with: （一）规范办理流程 → 规范办理流程, ⑴…, 1.1 … too."""
    return text[_numbered(text)[1]:].strip()


def heading_level(text: str) -> int:
    """1-4 for a typed 一、 （一） 1. （1） number at the start of ``text`` (1） and ① as （1）, 一） as （一）, 第1部分 as
    第一部分), a decimal 1.1 its depth (2, 1.1.1 3, 1 概述 1), （甲） and Ⅰ、 2 (where it stands decides:
    :func:`.headings.nest`); else 0."""
    number = numbering(text)
    if not number:
        return 0
    if number[0] in CIRCLED:
        return 4
    if number[0] in "(" + ROMAN or number.endswith(")"):
        return 4 if number.strip("()")[:1].isdigit() else 2
    if number[0].isdigit():
        if number.isdigit():  # 1 概述: the top of a decimal outline (1.1 its 2)
            return 1
        return min(4, len(re.findall(r"\d+", number))) if "." in number.rstrip(".、") else 3
    return 1


def number_alone(text: str, words: str) -> bool:
    """Whether the line ``text`` is a heading's number alone ((二), 第三部分, 1.1) that the next line, ``words``,
    completes: a decimal only where it is a heading's number before them (1.1 / 概述, never 3.5 / 万元)."""
    if numbering(text):
        return not after_number(text)
    return bool(_DECIMAL_ALONE.fullmatch(unicodedata.normalize("NFKC", text))) \
        and bool(numbering(f"{text.strip()} {words.strip()}"))


def part_heading(text: str) -> bool:
    """Whether ``text`` starts with a heading's numbering (一、 （一） 1. （1）) or a part's (第五部分): never a 署名."""
    return bool(heading_level(text) or _PART_NUMBER.match(_SPACE.sub("", unicodedata.normalize("NFKC", text))))


def organ_name(text: str, *, ending: bool = False) -> bool:
    """Whether the line ``text`` may be an organ's name alone: no punctuation of a sentence or a clause, no table's
    or menu's separators (:data:`_NOT_IN_NAME`), no heading's numbering; at most 25 characters, or 40 ending as an
    organ's name does (某某省某某市某某区发展和改革委员会（某某区粮食和物资储备局）).

    ``ending``: only a name ending so (up to 40 characters). The readers need both: a 署名's lines, found by their place
    (over the 成文日期, set right), may be any organ's (某某县供销合作社, 某某大学 end in no suffix of
    :data:`ORGAN_SUFFIX`); a line that only its wording can tell from text (a line break inside a paragraph, a plain
    line over a title) must end as one."""
    text = text.strip()
    if not text or _NOT_IN_NAME.search(text) or part_heading(text):
        return False
    if _ORGAN_END.search(text):
        return len(text) <= _LONG_NAME
    return not ending and len(text) <= _SHORT_NAME


# Table 二 -------------------------------------------------------------------
@cache
def disclosure_rows(edition: str) -> dict[str, tuple[str, tables.DisclosureBlock]]:
    """norm(row label) → (row key, its block), for table 二 of ``edition``."""
    return {norm(label): (key, block) for block in tables.EDITIONS[edition].active_disclosure
            for key, label in block.rows}


# Table 三 -------------------------------------------------------------------
@cache
def application_rows(edition: str) -> dict[str, tuple]:
    """norm(row label) → the keys of the data row, for table 三 of ``edition`` (（七）合计 for （七）总计 too)."""
    rows: dict[str, tuple] = {}
    for keys, node in tables.application_rows(tables.EDITIONS[edition]):
        rows[norm(node.label)] = keys
        if node.label.endswith("总计"):  # （七）合计, as sites write the total row
            rows[norm(node.label.removesuffix("总计") + "合计")] = keys
    return rows


@cache
def own_labels(edition: str) -> frozenset[str]:
    """The labels (norm) of table 二's and 三's rows and columns that ``edition`` prints and the other 2019+ edition
    does not (规范性文件 and 行政规范性文件, 本年新制作数量 and 本年制发件数 …): what tells the two apart."""
    def printed(name: str) -> set[str]:
        spec = tables.EDITIONS[name]
        two = {text for block in spec.active_disclosure for text in (*(c.label for c in block.columns),
                                                                      *(label for _, label in block.rows))}
        nodes, three = list(spec.applications), {c.label for c in tables.APPLICANT_COLUMNS}
        while nodes:
            node = nodes.pop()
            three.add(node.label)
            nodes += node.children
        return {norm(text) for text in two | three}

    other, = set(tables.TABLE_EDITIONS) - {edition}
    return frozenset(printed(edition) - printed(other))


@cache
def row_cells() -> dict[str, frozenset[tuple[str, ...]]]:
    """norm(row label) → the kinds of its figure cells (:class:`..tables.Column`'s ``cell``: count, change, amount) in
    each 2019+ edition, for the data rows of tables 二 and 三: what a row copied without its table's lines must hold
    (行政许可: three cells in 2019, one in 2021)."""
    three = ("count",) * (len(tables.APPLICANT_COLUMNS) + 1)
    out: dict[str, set[tuple[str, ...]]] = {}
    for edition in tables.TABLE_EDITIONS:
        for label in application_rows(edition):
            out.setdefault(label, set()).add(three)
        for label, (_, block) in disclosure_rows(edition).items():
            out.setdefault(label, set()).add(tuple(column.cell for column in block.columns))
    return {label: frozenset(kinds) for label, kinds in out.items()}


def _application_nodes():
    """Table 三's rows and groups of rows, both 2019+ editions, each group before its children."""
    nodes = [node for name in tables.TABLE_EDITIONS for node in tables.EDITIONS[name].applications]
    while nodes:
        node = nodes.pop()
        yield node
        nodes += node.children


@cache
def group_rows() -> frozenset[str]:
    """The labels (norm) of table 三's groups of rows, printed in a cell spanning them (三、本年度办理结果, （三）不予公开)."""
    return frozenset(norm(node.label) for node in _application_nodes() if node.children)


@cache
def application_labels() -> frozenset[str]:
    """The labels (norm) of table 三's rows and groups of rows, both 2019+ editions."""
    return frozenset(norm(node.label) for node in _application_nodes())


#: The labels of （六）其他处理 and its sub-rows, to recognise a 2021 table that prints （六） as one row.
OTHER_HANDLING = norm("（六）其他处理")
APPLICANT_COLUMNS = {norm(c.label): c.key for c in tables.APPLICANT_COLUMNS + (tables.TOTAL,)}
#: The words of table 三's head that name a column of figures: its labels, and 合计 for 总计 as sites write it.
APPLICANT_HEADS = APPLICANT_COLUMNS | {"合计": tables.TOTAL.key}


#: Table 四's columns by the format's heads (norm), 总计 also written 合计.
REVIEW_COLUMNS = {norm(c.label): c.key for c in (*tables.OUTCOMES, tables.TOTAL)} | {"合计": tables.TOTAL.key}
#: … and as reports word them otherwise.
_REVIEW_WORDS = REVIEW_COLUMNS | {"维持": "upheld", "纠正": "corrected", "其他": "other", "未审结": "pending"}


#: Table 二's heads (norm) as reports word them otherwise → the format's: 本年新制发件数 for 本年制发件数.
DISCLOSURE_HEAD_WORDS = {norm("本年新制发件数"): "本年制发件数", norm("本年新废止件数"): "本年废止件数"}


@cache
def head_labels() -> frozenset[str]:
    """The labels (norm) of the 2019+ tables' heads: table 二's columns (in other words too: 本年新制发件数), table 三's
    and 四's column heads (四's in other words too: 维持, 未审结, 合计)."""
    two = {c.label for name in tables.TABLE_EDITIONS for block in tables.EDITIONS[name].active_disclosure
           for c in block.columns}
    three = {c.label for c in (*tables.APPLICANT_COLUMNS, tables.TOTAL)} | {"申请人情况", "法人或其他组织"}
    four = {*_REVIEW_WORDS, *(label for _, label in tables.REVIEW_GROUPS), "行政复议", "行政诉讼"}
    return frozenset(norm(text) for text in two | three | four | DISCLOSURE_HEAD_WORDS.keys())
#: The unit after a head of table 四: 结果维持（件）.
_COUNT_UNIT = re.compile(r"\((?:单位:?)?[件个起宗]\)$")


def review_column(head: str) -> str | None:
    """The column of table 四 a head or a turned table's row label (norm) names, in the format's words or others (维持,
    未审结), its unit (（件）) aside, or None."""
    return _REVIEW_WORDS.get(_COUNT_UNIT.sub("", head))


# Sections -------------------------------------------------------------------
#: Wordings real reports use for the 2019/2021 section titles (annual-report.md B.2).
_VARIANTS_2019 = {
    "problems": ("政府信息公开工作存在的主要问题及改进情况",),
    "review_litigation": ("因政府信息公开工作被申请行政复议、提起行政诉讼情况",),
}


@cache
def sections(edition: str) -> dict[str, str]:
    """norm(section title) → section key, official titles and their known variants."""
    if edition == "2008":
        return {norm(t): s.key for s in spec2008.SECTIONS for t in (s.title, *s.variants)}
    out = {norm(label): key for key, label, _ in tables.SECTIONS}
    out.update({norm(v): key for key, variants in _VARIANTS_2019.items() for v in variants})
    return out


#: What a 2019+ part's heading adds, leaves out or words otherwise without naming another part: a 、 or other stop,
#: 的, 工作, 主要, 情况 or 措施 (改进情况, 改进措施), 事项, 政府信息公开 (政府信息公开行政复议、行政诉讼情况).
_FILLER = re.compile("[、，,。.；;]|的|工作|主要|情况|措施|事项|政府信息公开")


@cache
def _loose_sections(edition: str) -> dict[str, str]:
    titles = {norm(label): key for key, label, _ in tables.SECTIONS}
    titles.update({norm(v): key for key, variants in _VARIANTS_2019.items() for v in variants})
    return {_FILLER.sub("", title): key for title, key in titles.items()}


def loose_section(heading: str, edition: str) -> str | None:
    """The key of the 2019+ part a heading names in other words than the format's (四、政府信息公开行政复议行政诉讼情况,
    五、…存在的主要问题及改进措施, 六、其他需要报告事项): its words that name the part (:data:`_FILLER` out) are one
    part's; None for the 2008 edition, or where they are none's."""
    words = _FILLER.sub("", norm(heading))
    return _loose_sections(edition).get(words) if edition != "2008" and words else None


#: The headings of a half of the part on problems and improvements that reports print as two parts (五、存在的主要问题,
#: 六、改进措施), by :data:`_FILLER`'s reduction of their words.
_PROBLEMS_HALVES = frozenset(_FILLER.sub("", norm(title)) for title in (
    "存在的主要问题", "存在的不足", "存在的主要问题和不足", "改进情况", "改进措施", "整改情况", "下一步工作打算",
    "下一步工作计划", "今后工作打算"))


def problems_half(heading: str, edition: str) -> bool:
    """Whether a 2019+ part's heading names one half of 存在的主要问题及改进情况 alone (存在的主要问题; 改进措施,
    下一步工作打算), as a report printing that part as two names them."""
    return edition != "2008" and _FILLER.sub("", norm(heading)) in _PROBLEMS_HALVES


#: Words a 2008-era heading adds or leaves out without naming another part: 的, 工作, 情况, 政府信息/政府/信息,
#: 行政 (复议), 提起 (诉讼), 被 (申请), 主要/存在 (问题); the 申请 of 申请行政复议 once 行政 is out.
_FILLER_2008 = re.compile("的|工作|情况|政府信息|政府|信息|行政|提起|被|主要|存在")
_LEAD_2008 = re.compile(r"^(?:因|公开)+|申请(?=复议)")


def loose_2008(label: str) -> str:
    """The words of a 2008-outline part's heading that name the part (主动公开, 依申请公开, 复议及诉讼 …): its numbering
    (一、 （一） 1. 第一部分) and :data:`_FILLER_2008` out, 和/与/以及/、 as 及. "" when nothing is left."""
    text = norm(label).rstrip("。.")
    text = _FILLER_2008.sub("", re.sub("以及|与|、", "及", text))
    return _LEAD_2008.sub("", text)


#: Headings of the 2014-2018 outline many agencies used (五、政府信息公开申请的办理情况 … 八、存在的主要问题及改进情况),
#: and other usual wordings (存在的不足和下一步打算), that name a 2008 part in words none of its title and variants
#: comes down to.
_OUTLINE_2014 = {"applications": ("政府信息公开申请的办理情况", "依申请公开政府信息办理情况"),
                 "overview": ("工作开展的基本情况",),
                 "problems": ("存在的主要问题及改进情况", "存在的不足和下一步打算", "存在的问题和下一步工作打算",
                              "不足之处和明年的打算")}


@cache
def loose_sections_2008() -> dict[str, str]:
    """:func:`loose_2008` of each 2008 part's title and variants, and of :data:`_OUTLINE_2014`, → its key: what a
    heading worded otherwise (主动公开政府信息的情况, 政府信息依申请公开工作情况) is matched by."""
    out = {loose_2008(t): s.key for s in spec2008.SECTIONS for t in (s.title, *s.variants)}
    out.update({loose_2008(t): key for key, titles in _OUTLINE_2014.items() for t in titles})
    return out


def section_2008(heading: str) -> str | None:
    """The key of the 2008 part ``heading`` names in any of the usual wordings (:func:`loose_2008`), or None."""
    words = loose_2008(heading)
    return loose_sections_2008().get(words) if words else None


def edition_of(year: int) -> str:
    """The edition a report of ``year`` follows (annual-report.md B.8)."""
    return "2008" if year <= spec2008.LAST_YEAR else "2019" if year <= 2020 else "2021"


#: A cell numbering its row: 1, 3.2, 一, （一）, 1.
SERIAL = re.compile(r"[（(]?(?:[\d０-９]+(?:[.．][\d０-９]+)*|[一二三四五六七八九十]+)[)）]?[.．、]?")
