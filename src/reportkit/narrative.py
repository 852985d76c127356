"""Narrative content shared by every kind and plugin section: paragraphs and nested headings.

A section's content is a list whose items are either a paragraph (a string) or
``{heading: 标题, content: [...]}``, nested up to four levels. Headings are
written without their number: :mod:`reportkit.outline` numbers them.
"""
from __future__ import annotations

import datetime as dt
import re
import typing
from collections import Counter
from dataclasses import replace
from typing import Annotated, Any, Iterator, Union

from pydantic import (
    AfterValidator, BaseModel, BeforeValidator, ConfigDict, Discriminator, Field, Tag, field_validator,
    model_validator,
)

from .errors import ERROR, WARNING, Diagnostic, data_label
from .layout import SPACE_AT_MARK
from .numerals import numeral_value
from .outline import TYPED_NUMBER, refuse_typed_number
from .registry import Finding

#: Every data model forbids unknown keys and strips the white space around each text, full-width spaces (U+3000,
#: typed with a Chinese input method) included, so a text of spaces alone is refused where one is required; its
#: validator is built on first use, not at import, so a run pays only for the kind and edition it validates.
FORBID = ConfigDict(extra="forbid", str_strip_whitespace=True, defer_build=True)

#: A name, a title or a unit: text that must say something (spaces alone are refused like nothing).
Words = Annotated[str, Field(min_length=1)]

_COLON_HINT = "这一段被 YAML 读成了“键: 值”（文中有英文冒号加空格）：请给整段加引号，或改用中文冒号“：”"
_ITEM_HINT = "应为一段文字，或 {heading: 标题, content: [...]} 形式的小标题"


def _only_text(value: Any) -> Any:
    if isinstance(value, dict):
        if "heading" in value:
            raise ValueError(f"“{str(value['heading'])[:20]}”是第五级标题：标题最多分四级（一、（一）1.（1）），第四级标题下不能再分小标题，"
                             "请把它改写成段落，或移到上一级")
        raise ValueError(_COLON_HINT)
    return value


# YAML folds a wrapped paragraph with one space at each break; a literal block (|) keeps the breaks, which a
# paragraph folds the same way (a break printed after a digit or a Latin letter only, as it was, made no sense).
# Between Chinese characters no space belongs,
# nor between a full-width mark and a digit or Latin letter ("人次。 12月", a half-width gap after 。 in print).
# A full-width space or a run of spaces is typed (张　三 in a list of names): kept.
_CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’—…·"
_WRAP = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")
_BREAK = re.compile(r"[ \t]*\n+[ \t]*")
# A web address wrapped at a line break goes on without the space: a break after a character it cannot end with
# (/ . - _ ? = & %), before more of an address (…/xxgk/⏎2025/index.html), not before another address.
_URL_WRAP = re.compile(r"((?:https?://|www\.)[A-Za-z0-9\-._~:/?#@!$&*+;=%]*[/.\-_?=&%]) (?!https?://|www\.)"
                       r"(?=[A-Za-z0-9\-._~/?#@$&*+;=%]*[/.=])")
# … and one wrapped inside a word (www.exa⏎mple.gov.cn, index.ht⏎ml): joined where what follows is surely more of it,
# a path or a dot and a name (mple.gov.cn, gk/2025) or the rest of a page's suffix (ml after .ht), not a date or a
# decimal (2025.1.1, 12.5万); else kept, and said (check_paragraphs).
_URL_WORD_WRAP = re.compile(r"((?:https?://|www\.)[A-Za-z0-9\-._~:/?#@!$&*+;=%]*[A-Za-z0-9]) (?!https?://|www\.)"
                            r"([A-Za-z0-9\-._~/?#@$&*+;=%]+)")
_PAGE_SUFFIXES = {".html", ".htm", ".shtml", ".jsp", ".php", ".asp", ".aspx"}


def _url_broken(found: re.Match) -> bool:
    """Whether the space of a :data:`_URL_WORD_WRAP` match is surely inside one address."""
    if re.match(r"[A-Za-z0-9\-_~]*(?:[/?=&]|\.[A-Za-z])", found[2]):
        return True
    suffix = re.search(r"\.[A-Za-z]+$", found[1])
    return bool(suffix) and suffix[0] + re.match(r"[A-Za-z]*", found[2])[0] in _PAGE_SUFFIXES


def _join_lines(text: str) -> str:
    joined = SPACE_AT_MARK.sub("", _WRAP.sub("", _BREAK.sub(" ", text.strip())))
    while True:  # an address wrapped over three lines or more
        unwrapped = _URL_WORD_WRAP.sub(lambda m: m[1] + m[2] if _url_broken(m) else m[0], _URL_WRAP.sub(r"\1", joined))
        if unwrapped == joined:
            return joined
        joined = unwrapped


Text = Annotated[str, AfterValidator(_join_lines),
                 Field(min_length=1, title="段落", description="一段正文（首行缩进由版式处理；可折行书写）")]
#: A paragraph where no heading may go (below a level-4 heading).
LeafText = Annotated[str, BeforeValidator(_only_text), AfterValidator(_join_lines),
                     Field(min_length=1, title="段落", description="一段正文（可折行书写）")]


#: The longest heading: two lines of body text; a longer one was a paragraph typed as a heading.
HEADING_CHARS = 60


class HeadingBase(BaseModel):
    """A heading's text; each level adds the ``content`` it may hold."""

    model_config = FORBID
    heading: str = Field(min_length=1, title="标题", description="标题文字，不带编号：编号（一、（一）1.（1））由 reportkit 生成")

    @model_validator(mode="before")
    @classmethod
    def _sentence_as_key(cls, data: Any) -> Any:
        if isinstance(data, dict) and len(data) == 1 and not {"heading", "content"} & set(data):
            key = next(iter(data))
            if isinstance(key, str) and (len(key) > 8 or not key.isascii()):  # no field is named in Chinese
                raise ValueError(_COLON_HINT)
        return data

    @field_validator("heading")
    @classmethod
    def _no_number(cls, text: str) -> str:
        refuse_typed_number(text)
        return text


def _item_kind(value: Any) -> str | None:
    if isinstance(value, str):
        return "Text"
    if isinstance(value, dict):
        return "Heading"
    return None


def _item(heading: type[BaseModel]):
    # Tags are capitalised so that the core's error locator skips them like class names.
    return Annotated[
        Union[Annotated[Text, Tag("Text")], Annotated[heading, Tag("Heading")]],
        Discriminator(_item_kind, custom_error_type="content_item", custom_error_message=_ITEM_HINT),
    ]


def _under_heading() -> Any:
    """A heading's content: at least one item (a heading with nothing below it printed alone)."""
    return Field(min_length=1, title="内容", description="小标题下面的段落和下一级小标题，按顺序排列；至少一项")


class Heading4(HeadingBase):
    """A level-4 heading（1）: only paragraphs below it."""

    content: list[LeafText] = _under_heading()


class Heading3(HeadingBase):
    """A level-3 heading 1.: paragraphs and level-4 headings below it."""

    content: list[_item(Heading4)] = _under_heading()


class Heading2(HeadingBase):
    """A level-2 heading（一）: paragraphs and level-3 headings below it."""

    content: list[_item(Heading3)] = _under_heading()


#: One item of a section: a paragraph or a level-2 heading with its content.
SectionItem = _item(Heading2)


# Placeholders ---------------------------------------------------------------
#: The placeholder text that ``reportkit init`` writes into starting files: 【请填写：…】.
PLACEHOLDER = re.compile(r"【请填写[^】]*】")


def item_texts(items: list, path: tuple) -> Iterator[tuple[tuple, str]]:
    """``(path, text)`` of every paragraph and heading in ``items``, nested headings included."""
    for i, item in enumerate(items):
        if isinstance(item, str):
            yield path + (i,), item
        elif hasattr(item, "heading"):  # not a table (a 2008 part's own): its cells are no paragraphs
            yield path + (i, "heading"), item.heading
            yield from item_texts(item.content, path + (i, "content"))


#: What sites broken into for gambling ads put into their pages, often in place of the agency's name (a published
#: report's rules were listed as “《bet365比分网信息公开指南》”): site and brand names, never in a real report's text.
#: Words a public security bureau's report may use (赌博, 六合彩, 时时彩) are left out.
#: Names next to each other are one finding (“bet365比分网”).
INJECTED = re.compile(r"(?:bet\s*365|比分网|娱乐城|真人娱乐|娱乐(?:官网|平台|网址)|博彩(?:网|公司|平台|官网|网址)|澳门新?葡京|新葡京"
                      r"|威尼斯人(?:娱乐|官网|平台)|太阳城(?:集团|娱乐|官网)|皇冠(?:体育|网址|娱乐|官网)|棋牌(?:官网|平台)"
                      r"|(?:注册|开户|首存)送(?:彩金|\d+)|送彩金|体育投注|网投平台)+", re.IGNORECASE)

INJECTED_RULE = "injected-text"


def injected_diagnostics(document, *, place=lambda source, text: source) -> list[Diagnostic]:
    """A warning for each gambling-site name (:data:`INJECTED`) in ``document``: the mark of a hacked web page
    imported as it was, to be put back as the original document has it."""
    diagnostics = []
    for _element, text, source in document.texts():
        for name, count in Counter(INJECTED.findall(text)).items():  # said again in one text: one finding, at its first
            times = f"（{count} 处）" if count > 1 else ""
            diagnostics.append(replace(Diagnostic.at(WARNING, f"“{name}”{times}是博彩网站的名称，多半是网站被篡改后植入的文字"
                                                              "（常替换了本机关名称）：请对照原件改回", place(source, name)),
                                       rule=INJECTED_RULE))
    return diagnostics


def placeholder_diagnostics(document, *, draft: bool = False, place=lambda source, text: source) -> list[Diagnostic]:
    """Every 【请填写：…】 left anywhere in ``document``: an error, or a warning for a ``--draft`` render.

    ``place(source, text)`` moves a diagnostic from the start of a value to the placeholder itself.
    """
    severity = WARNING if draft else ERROR
    fix = "草稿照常生成，每页标有“草稿”" if draft else "请换成实际内容；要先出草稿，用 reportkit render --draft"
    return [Diagnostic.at(severity, f"还留着占位文字“{found.group()}”：{fix}", place(source, found.group()))
            for _element, text, source in document.texts() for found in PLACEHOLDER.finditer(text)]


_NOTHING = {"无", "没有", "暂无", "无问题", "暂无问题", "没有问题", "无明显问题", "不存在问题", "本年度无", "无此类问题"}
_PUNCTUATION = re.compile(r"[\s。．.，,；;！!、]")


def says_nothing(items) -> bool:
    """True when a section's items are only “无” or a near equivalent (暂无、没有问题 …)."""
    return bool(items) and all(isinstance(i, str) and _PUNCTUATION.sub("", i) in _NOTHING for i in items)


# What a clerk types or pastes into a paragraph -------------------------------------------------------------------
#: A date typed day first, as Word or Excel in another locale shows it: 30/06/2025, 30.6.2025, 30-06-2025.
DAY_FIRST = re.compile(r"(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/.-])")


def day_first_dates(found: re.Match) -> list[dt.date]:
    """The dates a :data:`DAY_FIRST` match can be: day first, or month first where that is a date too (06/07/2025)."""
    first, second, year = int(found[1]), int(found[3]), int(found[4])
    dates = []
    for day, month in ((first, second), (second, first)):
        try:
            dates.append(dt.date(year, month, day))
        except ValueError:
            continue
    return sorted(set(dates))


def day_first_fix(found: re.Match, chinese: bool = False) -> str:
    """What a :data:`DAY_FIRST` date is to be written as: 2025-06-30, or 2025年6月30日 in a paragraph (``chinese``);
    both readings where it can be either."""
    def written(day: dt.date) -> str:
        return f"{day.year}年{day.month}月{day.day}日" if chinese else day.isoformat()

    dates = day_first_dates(found)
    if len(dates) == 1:
        return f"写作 {written(dates[0])}"
    return "写作 " + "，或 ".join(f"{written(d)}（{d.month}月{d.day}日）" for d in dates)


#: A number typed inline as a heading's or a list's (1. 1、 一、), at the start or after a sentence or a clause.
_INLINE_NUMBER = re.compile(r"(?:^|(?<=[。；;！？!?：:\s]))(?:(\d{1,2})\s*[.．、](?!\d)|([一二三四五六七八九十]{1,2})、)")
_HALF_WIDTH_MARK = re.compile(r"(?<=[\u4e00-\u9fff])[,;](?=[\u4e00-\u9fff])")
#: Brackets around Chinese, one of them or both half-width ((一), (试行), （试行)): GB/T 9704 prints them full-width.
#: Not a call in code-like text (f(文件)), nor brackets around Latin or digits only ((2025), (GB/T 9704)).
_BRACKETED = re.compile(r"(?<![A-Za-z_])[(（]([^()（）]*[\u3400-\u9fff〇][^()（）]*)[)）]")
#: A web address, Chinese file names in it (…/办法(试行).pdf): up to a blank or a full-width mark.
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s，。；、：“”‘’（）《》【】]+")
#: The longest paragraph before it is worth parting: about two pages of body text.
PARAGRAPH_CHARS = 1_200
#: A paragraph at least this long the same as the one before it is a paste made twice (“无。” may stand twice).
_REPEAT_CHARS = 15
_NUMBER_HINT = "编号由 reportkit 生成"
#: A 小标题 run into its paragraph, as reports print it (（一）主动公开。全年……) and the import keeps it where none of its
#: siblings stands alone: after the number, a few words without a figure, clause or quotation, a full stop, the text.
_RUN_IN = re.compile(r"[^\d，,、：:；;“”\"《》（）()。]{1,15}。\S")


def _holds_paragraphs(tp: Any) -> bool:
    """Whether a field's type takes paragraphs (:data:`Text`, :data:`LeafText`), in a list or a union."""
    if any(getattr(m, "func", None) is _join_lines for m in getattr(tp, "__metadata__", ())):
        return True
    return any(_holds_paragraphs(arg) for arg in typing.get_args(tp) if not isinstance(arg, (str, int)))


def _holds_headings(tp: Any) -> bool:
    return any(isinstance(arg, type) and issubclass(arg, HeadingBase) or _holds_headings(arg)
               for arg in typing.get_args(tp) if not isinstance(arg, (str, int)))


def paragraphs(model: BaseModel, path: tuple = ()) -> Iterator[tuple[tuple, str, bool]]:
    """``(path, text, headed)`` of every paragraph in ``model``, a document's data, headings' and attachments'
    included; ``headed``: where it stands, a heading may stand instead."""
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            yield from paragraphs(value, path + (name,))
        elif isinstance(value, list):
            takes, headed = _holds_paragraphs(field.annotation), _holds_headings(field.annotation)
            for i, item in enumerate(value):
                if isinstance(item, str) and takes:
                    yield path + (name, i), item, headed
                elif isinstance(item, BaseModel):
                    yield from paragraphs(item, path + (name, i))


def check_paragraphs(model: BaseModel) -> Iterator[Finding]:
    """A warning for each mistake a clerk makes in a paragraph of ``model``, a document's data, that prints wrong: a
    number typed as a heading's, items numbered inline, a paste made twice, a table pasted with its tabs, a date typed
    day first, half-width commas among Chinese, half-width brackets around Chinese (in titles and headings too), a web
    address with a blank left where the line broke it, a paragraph too long to read; and a heading as long as a paragraph.
    A warning, not an error: a published report read back keeps its headings as printed."""
    for path, message, piece in _paragraph_mistakes(model):
        yield Finding(WARNING, message, path, at=piece)
    for path, heading in _headings(model):
        if len(heading) > HEADING_CHARS:
            yield Finding(WARNING, f"小标题有 {len(heading):,} 个字，超过 {HEADING_CHARS} 个字（两行）：小标题只写一句话，"
                                   "其余的文字写成它下面 content 里的段落", path + ("heading",))
    for path, title in _titles(model):
        if said := _brackets(title):
            yield Finding(WARNING, said[0], path, at=said[1])


def _titles(model: BaseModel, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """``(path, text)`` of every title and heading in ``model``, and the agency's name (printed in the title)."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        if name in ("title", "heading", "agency") and isinstance(value, str):
            yield path + (name,), value
        for i, item in enumerate(value) if isinstance(value, list) else [(None, value)]:
            if isinstance(item, BaseModel):
                yield from _titles(item, path + (name,) + (() if i is None else (i,)))


def _brackets(text: str, start: int = 0) -> tuple[str, str] | None:
    """The warning for half-width brackets around Chinese in ``text`` from ``start`` on (:data:`_BRACKETED`, one of the
    two or both), outside web addresses, and the first of them; or None."""
    addresses = [m.span() for m in _ADDRESS.finditer(text)]
    found = [m for m in _BRACKETED.finditer(text, start)
             if {"(", ")"} & {m.group()[0], m.group()[-1]} and not any(a <= m.start() < b for a, b in addresses)]
    if not found:
        return None
    first = found[0]
    more = f"等 {len(found)} 处" if len(found) > 1 else ""
    return (f"“{first.group()}”{more}用了半角括号（英文输入法下打的）：公文（GB/T 9704）里汉字外的括号是全角的，"
            f"请改为“（{first[1]}）”"), first.group()


def _headings(model: BaseModel, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """``(path, text)`` of every heading in ``model``."""
    if isinstance(model, HeadingBase):
        yield path, model.heading
    for name in type(model).model_fields:
        value = getattr(model, name)
        for i, item in enumerate(value) if isinstance(value, list) else [(None, value)]:
            if isinstance(item, BaseModel):
                yield from _headings(item, path + (name,) + (() if i is None else (i,)))


#: A paragraph numbered as an item of a list, as documents number the fourth level: （1）, (2).
_ITEM_NUMBER = re.compile(r"\s*[（(]\s*(\d{1,2})\s*[）)]")


def _listed(found: list[tuple[tuple, str, bool]]) -> set[tuple]:
    """The paths of the paragraphs among ``found`` (:func:`paragraphs`) that are a list's items, numbered （1）（2）… in
    order from （1）, two or more one after another in one list: they print as the document numbers them (a report read
    back, a clerk's list of items), not as a heading."""
    out: set[tuple] = set()
    run: list[tuple] = []
    for path, text, _ in [*found, ((), "", False)]:
        number = _ITEM_NUMBER.match(text)
        value = int(number[1]) if number else 0
        if run and value == len(run) + 1 and path[:-1] == run[-1][:-1] and path[-1] == run[-1][-1] + 1:
            run.append(path)
            continue
        if len(run) > 1:
            out.update(run)
        run = [path] if value == 1 else []
    return out


def _paragraph_mistakes(model: BaseModel) -> Iterator[tuple[tuple, str, str]]:
    last: tuple[tuple, str] = ((), "")  # the paragraph before in the same list, where a paste made twice stands
    found = list(paragraphs(model))
    items = _listed(found)
    for path, text, headed in found:
        numbers = list(_INLINE_NUMBER.finditer(text))
        values = [int(n[1]) if n[1] else numeral_value(n[2]) for n in numbers]
        listed = next((k for k in range(len(values) - 1) if values[k] == 1 and values[k + 1] == 2), None)
        if listed is not None:
            shown = "”“".join(n.group().strip() for n in numbers[listed:listed + 3])
            fix = (f"每项另写一段，或写成小标题（{{heading: …, content: [...]}}，{_NUMBER_HINT}）" if headed
                   else "每项另写一段（各以“- ”开头）")
            yield path, f"这一段里接连写了“{shown}”几项，印出来连成一段：{fix}，去掉手写的编号", numbers[listed].group()
        elif (typed := TYPED_NUMBER.match(text)) and not _RUN_IN.match(text, typed.end()) and path not in items:
            number = typed.group().strip()
            fix = (f"要作小标题，写成 {{heading: 标题, content: [段落]}}，{_NUMBER_HINT}；要作正文，去掉“{number}”" if headed
                   else f"去掉“{number}”")
            yield path, f"这一段以“{number}”开头，印出来像一个编号的小标题：{fix}", number
        if len(text) >= _REPEAT_CHARS and (path[:-1], text) == (last[0][:-1], last[1]) and not PLACEHOLDER.search(text):
            yield path, f"这一段与上一段（{data_label(last[0])}）一字不差，多半是粘贴了两次：删去重复的一段", ""
        last = path, text
        if "\t" in text:
            yield path, ("这一段里有制表符（Tab），像是从 Word 或 Excel 粘贴来的表格：表格请改写成 {columns: [...], rows: [[...]]}"
                         "（写法同附件的 table）；不是表格的，把制表符换成文字或标点"), ""
        for date in DAY_FIRST.finditer(text):
            if day_first_dates(date):
                yield path, f"“{date.group()}”是日/月/年的次序，会照原样印出：{day_first_fix(date, chinese=True)}", date.group()
        marks = _HALF_WIDTH_MARK.findall(text)
        if marks:
            yield path, (f"这一段的汉字之间用了半角的“{'”“'.join(sorted(set(marks)))}”（{len(marks)} 处，英文输入法下打的）："
                         "请改为全角的“，”“；”"), ""
        typed = TYPED_NUMBER.match(text)  # a number typed in brackets is said above: it goes, not into full width
        if said := _brackets(text, typed.end() if typed else 0):
            yield path, *said
        for found in _URL_WORD_WRAP.finditer(text):
            if not _url_broken(found) and re.fullmatch(r"[a-z0-9]*[a-z][a-z0-9]*", found[2]):
                yield path, (f"网址“{found[1]} {found[2]}”中间有一个空格（多半是在这里折行了），印出来断成两截："
                             f"若“{found[2]}”是网址的一部分，请删去空格，把网址写在一行里"), found.group()
        if len(text) > PARAGRAPH_CHARS:
            yield path, (f"这一段有 {len(text):,} 个字，超过 {PARAGRAPH_CHARS:,} 字（约两页）：请按意思分成几段，"
                         "每段另写一项“- ”"), ""
