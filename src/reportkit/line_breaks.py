"""Where a line set apart breaks when it is too long: a title (GB/T 9704 §7.3.1: 回行时要做到词意完整，排列对称，
长短适宜，间距恰当), a signing organ's name and a name in the 附件说明.

Every engine breaks a long line where the next character no longer fits: "综合行|政执法", "服务中|心", a last
line of one word. :func:`broken_lines` breaks each such line of a document's title, attachments' titles, 附件说明
and 署名 beforehand, into as few lines as fit, of near-equal width, at the places a reader would: before 关于 and an
opening bracket, after an organ's name (局, 办公室, 中心 …) and the 和, 与 or 及 joining it to the next, after a place's
(省, 县, 街道 …), around a year, before a web address, after 的 or 和; inside brackets, or inside the name of an
organ so joined, only where nothing cheaper fits, and inside brackets between the names in them rather than within
one, at the cost of a line more; inside a web address, after a "/", "-" or "?", only where it cannot go on any line
whole.
A line the data breaks (``\\n``) is kept as written.
:func:`fitted_tables` widens a table's column too narrow for a figure in it.
"""
from __future__ import annotations

import dataclasses
import itertools
import math
import re

from .blocks import Attachment, AttachmentNote, Cell, Document, Signature, Table, Title
from .layout import AUTOSPACED, CLOSING_MARKS, OPENING_MARKS, UNBROKEN, Geometry, glyph_width, text_width


def _after(*words: str) -> str:
    return "(?:" + "|".join(f"(?<={word})" for word in words) + ")"


_NUMERALS = "〇一二三四五六七八九"
#: Suffixes of administrative divisions' names, each with the characters that continue it into a word instead (县级,
#: 市场, 乡村, 街道办事处): a name ends after its suffix (石门坎县|乡村振兴局), not before it. A suffix right after another
#: (县乡村, 省镇江市), 农 or 城 (农村, 城市) ends no name.
_SUFFIXES = {"省": "级委长直属内外域份会市略", "市": "级委长直属辖域内外场民政容值面区县", "州": "级委长直属域内市",
             "盟": "市委", "县": "级委长直属辖域内外城区市政", "旗": "级委长下舰帜", "区": "级委长直属域内外间分别块划县",
             "乡": "级委长村镇土亲贤风", "镇": "级委长村街域区化", "街道": "办", "村": "级委长民务组干集居庄容镇"}
_DIVISIONS = "省市州盟县旗区乡镇村"
#: What follows 和, 与 or 及 inside an organ's name (住房和|城乡建设局, 自然资源和|规划局, 发展和|改革委员会): a place to break
#: only where the lines allowed leave no better one (a 版记's two).
_ORGAN_REST = "[\u4e00-\u9fff]{1,8}?(?:局|厅|委员会|委|办公室|中心|署)"
#: What breaking before a position costs, by what is around it: the cheapest first. A break elsewhere between two
#: Chinese characters may part a word (``_ANYWHERE``). An organ's suffix is one only where no word goes on (所|属,
#: 院|校, 局|面, 队|伍) and no name (委员会|办公室, 人民政府|研究室); a year is whole (二〇|二〇 is none).
_PLACES = (
    (0, re.compile(r"(?=关于|[（(《〔【])|(?<=[）)》〕】])")),
    # 和, 与 or 及 after an organ's name joins two organs (…建设厅与|某省发展和改革委员会), however short the second
    (0, re.compile(_after(*(f"{organ}{joint}" for organ in ("局", "厅", "委员会", "办公室", "中心", "政府", "署")
                            for joint in "和与及")) + "(?!其)")),
    (4, re.compile(_after("局", "厅", "院", "站", "所", "队", "中心", "政府", "办公室", "办事处", "委员会", "公司", "集团")
                   + "(?![）)〕】，、属校务长士面势伍员有在以]|信息|办公|研究室)")),
    (6, re.compile(r"(?<=[、，；：])")),
    (8, re.compile(f"(?<![\\d{_NUMERALS}])(?=(?:19|20)\\d\\d|[一二][{_NUMERALS}]{{3}})|"
                   + _after(*(f"{d}年{suffix}" for d in "0123456789" + _NUMERALS for suffix in ("", "度")))
                   + "(?![度底初末])")),
    (10, re.compile(r"(?=政府信息公开|政务公开|工作|年度报告|情况|便民热线)")),  # 12345政务服务|便民热线
    (10, re.compile("(?<=[\u4e00-\u9fff])(?=[A-Za-z])")),  # before a web address or a Latin name: 含网址|www.…
    (12, re.compile("|".join(f"(?<=(?<![{_DIVISIONS}农城]){suffix})(?![{words}])"
                             for suffix, words in _SUFFIXES.items()))),
    (14, re.compile(r"(?<=的)|(?<=[和与])(?!{organ})|(?<=及)(?!其|{organ})".format(organ=_ORGAN_REST))),  # not 及|其
    (60, re.compile(r"(?<=[和与及])")),  # inside an organ's name: a line more is cheaper, a break elsewhere in it dearer
)
#: What breaking inside one part of a name costs more: brackets (…管理局（某市|知识产权局）…), and an organ joined to
#: the one before it by 和, 与 or 及 (…生态环境局和某市|自然资源和规划局…), where the joint is a cheaper place.
_INSIDE_A_PART = 20
_PARTS = re.compile(r"[（(][^（）()]*[）)]|(?<=[局厅会室心府署][和与及])[\u4e00-\u9fff]{2,12}?(?:局|厅|委员会|办公室|中心|署)")
#: What breaking inside brackets costs more again where it parts a name or a phrase, not between names (the places of
#: :data:`_BETWEEN_NAMES`): more than a line more, so that a bracket too long for a line starts one and breaks only
#: between the names in it (…办公室|（某某区政务服务管理局、|某某区大数据发展中心）…, not …办公室（某某区|政务服务…).
_BETWEEN_NAMES = _PLACES[1:4]  # 和, 与 or 及 joining two organs, an organ's suffix, 、 and the like
_INSIDE_A_NAME = 60
_ANYWHERE = 80
#: The Chinese after digits or Latin letters (某县12345政务服务便民热线管理中心, a hotline's, a Latin-named system's
#: name): the number or name belongs with the words that follow it, which are mostly of two characters counted from
#: there. A break no place names costs this more right after the digits and at an odd count into the words
#: (12345|政务, 政|务服务, 政务服|务): it goes between two of them (政务服务|便民) even where that leaves the lines less even.
_AFTER_LATIN = re.compile(r"(?<=[0-9A-Za-z])[\u4e00-\u9fff]+")
_MID_WORD = 10
#: What a line costs for each tenth of the title's line by which it is wider or narrower than the others' mean.
_UNEVEN = 3
#: A break that costs this or more parts a word or a name (anywhere, inside an organ's name, within a bracket's name):
#: one line more than the fewest that fit is taken only where it parts fewer, whatever evener lines it makes.
_PARTING = _INSIDE_A_NAME
#: More lines than this is no title or name: left to the engines.
_MOST_LINES = 8
_SPACES = " \u3000"  # what no line starts with, and none is set at a line's end (:func:`set_lines`)
#: Never a line's end: an opening mark, 关于 (关于| 2023年…: it belongs to what it is about); never a line's start: a
#: closing mark, nor a space: English words break after theirs (at a line's start the Typst PDF and the DOCX set it,
#: and a centred line stood off-centre).
_NO_BREAK = re.compile(f"(?<={UNBROKEN})(?={UNBROKEN})|(?=[{CLOSING_MARKS}{_SPACES}])|(?<=[{OPENING_MARKS}])|(?<=关于)")
_PLACEHOLDER = re.compile(r"【[^】]*】")  # 【请填写：…】 stays whole, so that the check finds it
#: A run of digits, Latin letters and signs (a web address), and where inside it every engine may break: after a "/"
#: not followed by another (https://|www.example.gov.cn/|list.html), before a digit only after a letter (a.cn/|2019:
#: Pango and LibreOffice keep "20190415/20190416" whole); after a "-" before a letter (col-|government-|affairs), and
#: after a "?" or "!" (search?|keyword), not before a mark no line starts with (:data:`_NO_RUN_START`), as Pango and
#: LibreOffice break them (the Typst PDF boxes the pieces so). Only an address that with what it is glued to (a closing
#: bracket) is wider than a line breaks there, at a cost that parts no word: else the engines broke the whole line
#: where it filled, parting the words before the address too (…服务中|心…, …目|录（含…).
_RUN = re.compile(f"{UNBROKEN}+")
_NO_RUN_START = re.escape("-/.?!,;:)]}'\"")
_IN_ADDRESS = re.compile(rf"(?<=/)(?=[^/0-9])|(?<=[^0-9/.,:;]/)(?=[0-9])|(?<=-)(?=[^{_NO_RUN_START}0-9])"
                         rf"|(?<=[?!])(?=[^{_NO_RUN_START}])")
_ADDRESS_BREAK = 40


def address_breaks(text: str) -> list[int]:
    """Where every engine may break a line inside ``text``'s web addresses (:data:`_IN_ADDRESS`), in order."""
    return [run.start() + m.start() for run in _RUN.finditer(text)
            for m in _IN_ADDRESS.finditer(run.group()) if 0 < m.start() < len(run.group())]


def broken_lines(document: Document, geometry: Geometry) -> Document:
    """``document`` with its title, attachments' titles, 附件说明's names and signing organs broken as a reader would
    (:func:`broken`): a title in the title's type across the text block, an organ in the body's less the 2 characters
    right of it (``Geometry.signature_wraps``), a name of the 附件说明 in what is left of a line where its lines start
    (``Geometry.note_room``; §7.3.4: 回行时与附件名称首字对齐)."""
    title, organ, space = (geometry.block_width_pt / geometry.title_size_pt, geometry.chars_per_line - 2,
                           geometry.autospace_em)

    def named(note: AttachmentNote) -> AttachmentNote:
        room = geometry.note_room(len(note.items))
        return dataclasses.replace(note, items=[broken(item, room, space) for item in note.items])

    blocks = [dataclasses.replace(b, text=broken(b.text, title, space)) if isinstance(b, Title)
              else dataclasses.replace(b, title=broken(b.title, title, space)) if isinstance(b, Attachment)
              else dataclasses.replace(b, organs=[broken(o, organ, space) for o in b.organs]) if isinstance(b, Signature)
              else named(b) if isinstance(b, AttachmentNote)
              else b for b in document.blocks]
    return dataclasses.replace(document, blocks=blocks)


#: A figure in a table: digits with their decimal point, thousands commas and percent sign, which every engine keeps
#: on one line only when its column is wide enough, and else breaks inside ("11403|8").
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*%?")


def fitted_tables(document: Document, geometry: Geometry) -> Document:
    """``document`` with each table's columns widened where a figure in a cell of one column would not fit on a line
    (a county's table 三 has 5-digit counts at most, a province's sums 6), the room taken from the columns that can
    give it: first those holding no figure (labels, which wrap), then the others, each in proportion to its room to
    spare. A table that cannot give enough room is left as it is. Tables in an attachment too (the work plan's task
    table, an attachment's own table: its figures were broken inside, "…01298|7654321")."""
    def fitted(blocks):
        return [dataclasses.replace(b, widths=_fitted(b, geometry)) if isinstance(b, Table)
                else dataclasses.replace(b, blocks=fitted(b.blocks)) if isinstance(b, Attachment) else b for b in blocks]

    return dataclasses.replace(document, blocks=fitted(document.blocks))


#: Characters a line a column keeps when it gives room to a figure: a head set one character a line is unreadable
#: (表三's 三、本年度办理结果 was, for a province's 7-digit totals), as is a mark set apart from what it holds.
_FLOOR_CHARS = 2
#: What a line cannot break inside (禁则): a character with the opening marks before it and the closing marks after it
#: (（三）, “三, 定”).
_CLUSTER = re.compile(f"[{re.escape(OPENING_MARKS)}]*.[{re.escape(CLOSING_MARKS)}]*")


def _fitted(table: Table, geometry: Geometry) -> list[float]:
    scale = geometry.table_width_pt / (sum(table.widths) or 1)
    widths = [w * scale for w in table.widths]  # pt
    padding, size = 2 * geometry.cell_padding_h_pt, geometry.table_size_pt
    cells = [(c, cell.text) for (_, c), cell in table.grid().items() if cell.colspan == 1 and c < len(widths)]
    if all(len(text) * 0.56 * size + padding <= widths[c] for c, text in cells):  # most tables: nothing can be too wide
        return table.widths
    need = _needs(table, geometry, widths)
    short = sum(max(n - w, 0) for n, w in zip(need, widths))
    if not short:
        return table.widths
    floor = _floors(table, geometry, widths)
    widened = [max(w, n) for w, n in zip(widths, need)]
    for donors in ([c for c in range(len(widths)) if need[c] <= floor[c]], range(len(widths))):
        spare = {c: widened[c] - max(need[c], floor[c]) for c in donors if widened[c] > max(need[c], floor[c])}
        given = min(short, sum(spare.values()))
        for c, room in spare.items():
            widened[c] -= given * room / sum(spare.values())
        short -= given
        if short <= 1e-9:
            return [w / scale for w in widened]
    return table.widths


def _needs(table: Table, geometry: Geometry, widths: list[float]) -> list[float]:
    """The widest figure of each column's one-column cells, with its padding, in pt (0 for a column without one)."""
    padding, size = 2 * geometry.cell_padding_h_pt, geometry.table_size_pt
    need = [0.0] * len(widths)
    for (_, c), cell in table.grid().items():
        if cell.colspan == 1 and c < len(widths):
            for m in _FIGURE.finditer(cell.text):
                need[c] = max(need[c], sum(map(_figure_width, m.group())) * size + padding)
    return need


def _floors(table: Table, geometry: Geometry, widths: list[float]) -> list[float]:
    """The narrowest each column may be made, in pt: :data:`_FLOOR_CHARS` characters a line, or its one-column
    cells' widest :data:`_CLUSTER`, with padding."""
    padding, size = 2 * geometry.cell_padding_h_pt, geometry.table_size_pt
    chars = [float(_FLOOR_CHARS)] * len(widths)
    for (_, c), cell in table.grid().items():
        if cell.colspan == 1 and c < len(widths):
            chars[c] = max([chars[c]] + [text_width(m.group()) for m in _CLUSTER.finditer(cell.text)])
    return [n * size + padding for n in chars]


def unfitted_figures(table: Table, geometry: Geometry) -> tuple[list[tuple[Cell, str]], int]:
    """The figures of ``table`` (as :func:`fitted_tables` left it) wider than their one-column cells, each with its
    cell, and the most digits any figure of the table may have for :func:`fitted_tables` to fit them all. Of those
    figures only the ones wider than that many digits: the others fit once these are put right (a 7-digit count of a
    表三 whose 8-digit ones left no column its width was told it was too long for a table that holds 7 digits)."""
    scale = geometry.table_width_pt / (sum(table.widths) or 1)
    widths = [w * scale for w in table.widths]
    padding, size = 2 * geometry.cell_padding_h_pt, geometry.table_size_pt
    over = [(cell, m.group()) for (_, c), cell in table.grid().items() if cell.colspan == 1 and c < len(widths)
            for m in _FIGURE.finditer(cell.text)
            if sum(map(_figure_width, m.group())) * size + padding > widths[c] + 1e-6]
    if not over:
        return [], 0
    need = _needs(table, geometry, widths)
    least = [min(w, f) for w, f in zip(widths, _floors(table, geometry, widths))]  # what a column keeps giving room

    def fits(digits: int) -> bool:
        cap = digits * _figure_width("0") * size + padding
        return sum(max(min(n, cap), k) for n, k in zip(need, least)) <= sum(widths) + 1e-6

    most = 0
    while fits(most + 1) and most < 40:
        most += 1
    room = most * _figure_width("0") + 1e-6
    return [(cell, figure) for cell, figure in over if sum(map(_figure_width, figure)) > room] or over, most


def _figure_width(ch: str) -> float:
    """A character of a figure in ems, as wide as the table's faces set it at most (half an em in FandolFang, 0.56 in
    the bundled Song face)."""
    return 0.33 if ch in ".," else 0.93 if ch == "%" else 0.56


def broken(text: str, room: float, autospace_em: float = 0, most: int = _MOST_LINES) -> str:
    """``text`` with each of its lines (``\\n``, or U+2028 of a Word line break) wider than ``room`` characters broken
    into as few lines as fit (one more where that parts fewer words, up to ``most``), of near-equal width, at the
    cheapest places (:data:`_PLACES`)."""
    return "\n".join(_lines(line, room, autospace_em, most) for line in text.replace("\u2028", "\n").split("\n"))


def set_lines(text: str) -> list[str]:
    """``text``'s lines (``\\n``, U+2028) as the PDFs and the DOCX set them: each but the last without the spaces it
    ends with. :func:`broken` breaks English words after their space, and every engine gives a space before a line
    break its width (a centred title's line stood 2.75 pt off-centre); the web page, whose text flows, keeps it."""
    lines = text.replace("\u2028", "\n").split("\n")
    return [line.rstrip(_SPACES) for line in lines[:-1]] + lines[-1:]


#: A line read back ending in a Latin word, the next starting with one: an English name broken at its space, which
#: :func:`set_lines` did not set.
_BROKEN_AT_SPACE = re.compile(r"(?<=[A-Za-z0-9.,;:!?'\")])\n(?=[A-Za-z0-9])")


def rejoined(lines: list[str], joint: str = "") -> str:
    """``lines`` as read from a PDF or a DOCX (:func:`set_lines`), joined with ``joint`` (``"\\n"``: still lines) and
    the space an English word ended with before it, where one line ends in a Latin word and the next starts with one."""
    return _BROKEN_AT_SPACE.sub(" \n", "\n".join(lines)).replace("\n", joint)


def _lines(line: str, room: float, autospace_em: float, most: int) -> str:
    widths = _Widths(line, autospace_em)
    width = widths(0, len(line))
    if width <= room:
        return line
    cost = {i: _ANYWHERE for i in range(1, len(line))}
    for price, place in _PLACES:
        for match in place.finditer(line):
            if 0 < match.start() < len(line):
                cost[match.start()] = min(cost[match.start()], price)
    for match in _AFTER_LATIN.finditer(line):
        for i in range(match.start(), match.end()):
            if cost.get(i) == _ANYWHERE and (i == match.start() or (i - match.start()) % 2):
                cost[i] += _MID_WORD
    between = {m.start() for _, place in _BETWEEN_NAMES for m in place.finditer(line)}
    for match in _PARTS.finditer(line):
        bracket = match.group()[0] in "（("
        for i in range(match.start() + 1, match.end()):
            if i in cost:
                cost[i] += _INSIDE_A_PART + (_INSIDE_A_NAME if bracket and i not in between else 0)
    for match in _NO_BREAK.finditer(line):
        cost.pop(match.start(), None)
    addresses = dict.fromkeys(address_breaks(line), _ADDRESS_BREAK)
    for match in _PLACEHOLDER.finditer(line):
        for i in range(match.start() + 1, match.end()):
            cost.pop(i, None)
            addresses.pop(i, None)
    fewest = math.ceil(width / room)
    if fewest > _MOST_LINES:  # no title, no name: the engines wrap it, as they wrap a paragraph
        return line
    best = _cheapest(line, cost, room, widths, fewest, most)
    # A web address that with what it is glued to is wider than a line: after a "/", else after a "-" or "?" too,
    # which part a name (www.example-|county.gov.cn) where a "/" ends one.
    slashes = {i: price for i, price in addresses.items() if line[i - 1] == "/"}
    for breaks in (slashes, addresses):
        if best is None and breaks:
            best = _cheapest(line, {**cost, **breaks}, room, widths, fewest, most)
    if best is None:  # no way to break it within the room: the engines wrap it
        return line
    cuts = [0, *best[1], len(line)]
    return "\n".join(line[a:b] for a, b in zip(cuts, cuts[1:]))


def _cheapest(line: str, cost: dict[int, int], room: float, widths: _Widths, fewest: int,
              most: int) -> tuple[float, list[int]] | None:
    """The best lines of ``line`` (:func:`_best`): the fewest that fit, or one more where that parts fewer words."""
    def parted(found: tuple[float, list[int]]) -> int:
        return sum(cost[cut] >= _PARTING for cut in found[1])

    best, width = None, widths(0, len(line))
    for count in range(fewest, min(fewest + 1, max(most, fewest)) + 1):
        found = _best(len(line), count, cost, room, width / count, widths)
        # A line more for evener lines alone made titles of 4 lines where 3 fit at legal places (…和|, |工作…)
        if found and (best is None or parted(found) < parted(best)):
            best = found
    return best


def _best(length: int, count: int, cost: dict[int, int], room: float, mean: float,
          widths: _Widths) -> tuple[float, list[int]] | None:
    """The cheapest ``count`` lines of a line of ``length`` characters, each no wider than ``room``: (cost, where each
    line after the first starts), or None."""
    ends = [*sorted(cost), length]
    # paths[j][i]: the cheapest first j lines ending before position i
    paths: list[dict[int, tuple[float, list[int]]]] = [{0: (0.0, [])}]
    for j in range(1, count + 1):
        step: dict[int, tuple[float, list[int]]] = {}
        for start, (so_far, cuts) in paths[-1].items():
            for end in ends:
                if end <= start or (end == length) != (j == count):
                    continue
                width = widths(start, end)
                if width > room:
                    break
                total = so_far + _UNEVEN * (abs(width - mean) / room * 10) ** 2 + cost.get(end, 0)
                if end not in step or total < step[end][0]:
                    step[end] = total, cuts + ([end] if end < length else [])
        paths.append(step)
    return paths[-1].get(length)


class _Widths:
    """The width of any piece ``line[start:end]``, from running sums of ``layout.glyph_width``: a boundary between
    Chinese and digits or Latin letters takes its space only inside the piece, not at its start; a space at its end,
    which the outputs do not set (:func:`set_lines`), takes none."""

    def __init__(self, line: str, autospace_em: float):
        self.line = line
        self.chars = [0.0, *itertools.accumulate(map(glyph_width, line))]
        at = [0] * (len(line) + 1)
        for match in AUTOSPACED.finditer(line):
            at[match.start()] = 1
        self.spaces = [0, *itertools.accumulate(at)]
        self.autospace_em = autospace_em

    def __call__(self, start: int, end: int) -> float:
        while end > start + 1 and self.line[end - 1] in _SPACES:
            end -= 1
        inside = self.spaces[end] - self.spaces[start + 1] if end > start else 0
        return self.chars[end] - self.chars[start] + self.autospace_em * inside
