"""Applications a year's answers may be of besides those it received: carried over from the year before (上年结转2件:
:func:`carried`; in a table: :func:`table_carried`; a part's: :func:`carried_given`), and those still open at its end
(:func:`still_open`); all answered (均已答复: :func:`answered_as_received`)."""
from __future__ import annotations

import re

from .clauses import MATTERS_OR_QUERIES
from .counts import WHOLE, arabic, one_count, whole_count
from .fields import Found


#: A clause saying every application its sentence counts was answered or closed (均已答复、已全部按时答复、都依法给予了
#: 答复、均已在规定期限内答复、均在15个工作日内答复完毕、均已办结、已全部办结), maybe naming their count again
#: (14件申请均已按期答复) or pointing back to them (所有申请、上述申请: those of the sentence before too).
ALL_ANSWERED = re.compile("(?:并|且)?(?:(?P<those>上述|以上|所有|全部)的?(?:申请)?)?(?:(?P<count>\\d+)\\s*[件份](?:申请)?)?"
                           "(?:已经?)?(?:均|都|全都|全部)(?:已经?)?"
                           "(?:按时|及时|依法|按期|如期|按照?[^，,。；;\\d]{0,10}?(?:期限|时限|时间|规定|要求)"
                           "|在(?:\\d+个?工作日|[^，,。；;\\d]{0,6}?(?:期限|时限|时间))内)*"
                           "(?:(?:予以|作出|做出|给予)了?答复|答复|办结)(?:完毕)?")
#: The applications to answer in the year with last year's carried over (加上年结转的1件，共需办理12件).
_TO_ANSWER = re.compile("(?:共需?|合计|总计|共计|一共)(?:需要?)?(?:办理|答复|处理)?的?(?:申请)?(\\d+)\\s*件")


#: Words of applications left from the year before (上年结转、上年度未办结的): answers may be of them too.
_CARRIED_WORDS = "结转|未办结|未答复|遗留|跨年"


def answered_as_received(text: str, claims: dict[tuple[int, int], Found], place: str) -> dict[tuple[int, int], Found]:
    """As many answered as received where a clause says all were (收到申请3件，均已答复、均已办结: :data:`ALL_ANSWERED`) and its
    sentence gives one count received before it (the same, where the clause names it), none answered, and names no
    applications carried over (上年结转2件，均已答复; ……，另有1件上年结转申请也已答复), which the answers may be of too,
    besides those counted (受理申请3件（其中1件为上年结转），均已答复: 3 answered); or as many as those and the ones
    carried over where the sentence states that sum before the clause (收到申请11件，加上年结转的1件，共需办理12件，
    已全部办结: 12 answered, :data:`_TO_ANSWER`)."""
    out = {}
    for clause in re.finditer("[^，,。；;]+", text):
        if not (answered := ALL_ANSWERED.fullmatch(clause.group())):
            continue
        # the sentence, or where the clause names their count (14件申请均已答复) all of it up to its 。
        marks = "。" if answered["count"] else "。；;"
        start = max(text.rfind(mark, 0, clause.start()) for mark in marks) + 1
        if start > 1 and not text[start:clause.start()].strip():
            start = text.rfind("。", 0, start - 1) + 1  # opening its sentence (上述申请均已办结。): of the one before
        said = [found for span, found in claims.items() if start <= span[0] < clause.start()]
        received = {found.value for found in said if found.field == "received"}
        if len(received) != 1 or None in received or answered["count"] not in (None, str(*received)) \
                or any(found.field == "answered" for found in said):
            continue
        sentence, count = text[start:clause.start()] + re.split(f"[{marks}]", text[clause.start():])[0], received.pop()
        if not re.search(_CARRIED_WORDS, _carried_apart(sentence)):
            out[clause.span()] = Found("answered", count, place, clause.group())
        elif (more := carried(sentence)) is not None and (total := next(
                (t for t in _TO_ANSWER.finditer(text, start, clause.start()) if whole_count(t[1]) == count + more), None)):
            out[clause.span()] = Found("answered", whole_count(total[1]), place, text[total.start():clause.end()])
    return out


def all_answered(words: str) -> bool:
    """Whether ``words`` (a figure's, :class:`Found`) are a clause saying all applications were answered (均已答复),
    which gives as many answered as received (:func:`answered_as_received`)."""
    return bool(ALL_ANSWERED.fullmatch(words))


#: The words naming applications carried over from the year before (上年结转、上年度未办结的、结转上年度). Not 结转下年度
#: (this year's, answered the next).
_LAST_YEAR = "上一?年度?|去年|前一年"
CARRIED_FROM = f"(?:{_LAST_YEAR})的?(?:结转|遗留|未办结|未答复|转入)|结转(?:自)?(?:上一?年度?|去年)"
#: Applications carried over from the year before, with their count (上年结转2件、另有上年度未办结的申请2件、结转上年度
#: 申请4件, or first: 另有1件上年结转申请): this year's answers may be to them too.
_CARRIED = re.compile(f"(?:{CARRIED_FROM})[^，。；,;\\d]{{0,8}}?{WHOLE}\\s*[件起宗]"
                      f"|{WHOLE}\\s*[件起宗](?:申请)?(?:为|是|系|属于?)?(?:{CARRIED_FROM})")
#: Applications carried over that the count before counts already (受理申请3件（其中1件为上年结转）、收到申请10件，其中
#: 上年结转2件、含上年度未办结的1件、其中1件系2013年提出、跨年办理; not 不含上年结转的3件).
_CARRIED_AMONG = re.compile(f"(?:其中|(?<![不未])(?:含有?|包括))(?:{WHOLE}\\s*件(?:申请)?(?:为|是|系|属于?)?)?"
                            f"(?:{CARRIED_FROM}|(?![^，。；,;（）()]*下一?年)[^，。；,;（）()]{{0,10}}?跨年)[^，。；,;（）()]*")


def _among_received(text: str) -> list[re.Match]:
    """The asides of applications carried over (:data:`_CARRIED_AMONG`) in ``text`` (in digits) that a count of those
    received before counts, whatever its verb (办理依申请公开事项4件（其中1件为上年结转）): no more than it. Not those
    among the answered (答复12件（含上年结转2件）、办结12件): the ones answered besides those received."""
    return [found for found in _CARRIED_AMONG.finditer(text)
            if not re.search("答复|办结", re.search("[^，。；,;]*$", text[:found.start()].rstrip("（(，, ")).group())]


def _carried_apart(text: str) -> str:
    """``text`` in digits without the applications carried over that a count of those received counts
    (:func:`_among_received`)."""
    text = arabic(text)
    for found in reversed(_among_received(text)):
        text = text[:found.start()] + text[found.end():]
    return text


def carried(text: str) -> int | None:
    """How many applications ``text`` says were carried over from the year before besides those it counts
    (:data:`_CARRIED`); None where it gives no such count, or two different ones."""
    return one_count({whole_count(found[1] or found[2]) for found in _CARRIED.finditer(_carried_apart(text))})


def carried_within(text: str) -> int | None:
    """How many applications carried over from the year before ``text`` says its count of those received holds
    (受理申请4件（其中1件为上年结转）: 1, :func:`_among_received`); None where it gives no such count, or two."""
    return one_count({whole_count(found[1] or found[2]) for among in _among_received(arabic(text))
                       for found in _CARRIED.finditer(among[0])})


def names_carried(text: str) -> bool:
    """Whether ``text`` names applications carried over from the year before besides those it counts, with their
    count or not (另有上年结转的申请)."""
    return bool(re.search(CARRIED_FROM, _carried_apart(text)))


def carried_given(texts: list[str], tables: list[list[list[str]]]) -> tuple[int | None, bool, int | None]:
    """The applications carried over from the year before a part's ``texts`` and ``tables`` give: their count where
    they give one besides those received (the same wherever given: :func:`carried`, :func:`table_carried`), whether
    they name them at all (:func:`names_carried`), and their count where the texts give it within those received
    (:func:`carried_within`)."""
    counts = {c for text in texts if (c := carried(text)) is not None}
    counts |= {c for rows in tables if (c := table_carried(rows)) is not None}
    named = bool(counts) or any(map(names_carried, texts)) or any(map(table_names_carried, tables))
    return one_count(counts), named, one_count({c for text in texts if (c := carried_within(text)) is not None})


#: Applications still open at the year's end (结转至下年度、正在办理中、尚未办结、3件未办结), and with their count
#: (3件结转至下一年度办理、尚有2件正在办理、结转下年度办理的有1件; not 1件行政复议案件正在办理: another thing's).
STILL_OPEN = re.compile("结转(?:至|到)?下一?年度?|正在(?:办理|处理|征求)|办理中|尚未(?:办结|答复)"
                         "|(?:(?<=件)|(?<=申请))未(?:办结|答复)")
_OPEN_COUNT = re.compile(f"{WHOLE}\\s*件(?:申请)?[仍尚还均目前已]{{0,3}}(?:{STILL_OPEN.pattern})"
                         f"|(?:{STILL_OPEN.pattern})(?:办理|继续办理)?(?:的|申请|有|共|为)*{WHOLE}\\s*件")


def still_open(text: str, year: int | None = None) -> int | None:
    """How many applications ``text`` says are still open at the year's end (3件结转至下一年度办理); None where it
    gives no such count, or two different ones. Not a count whose clause or the one before names other matters
    (另有2件信访事项正在办理、咨询: :data:`MATTERS_OR_QUERIES`), last year's (上年度的申请中尚有1件未办结) or, with the
    report's ``year``, another year's (2013年受理的申请中，仍有1件未办结)."""
    text = arabic(text)
    counts = set()
    for found in _OPEN_COUNT.finditer(text):
        clauses = "".join(re.split("([，,；;。])", text[:found.end()])[-3:])
        years = {int(y) for y in re.findall(r"(\d{4})\s*年", clauses)}
        if not (MATTERS_OR_QUERIES.search(clauses) or re.search(_LAST_YEAR, clauses) or year and years - {year}):
            counts.add(whole_count(found[1] or found[2]))
    return one_count(counts)


def carried_row(label: str, value: str) -> int | None:
    """The count of applications carried over from the year before a table's row gives (上年结转｜2: :func:`carried`),
    or None."""
    return carried(label + value + ("件" if re.fullmatch(rf"\s*{WHOLE}\s*", value) else ""))


def table_names_carried(rows: list[list[str]]) -> bool:
    """Whether a table names applications carried over from the year before in a cell (上年结转｜2, 上年结转｜—)."""
    return any(names_carried(cell) for row in rows for cell in row)


def table_carried(rows: list[list[str]]) -> int | None:
    """The count of applications carried over from the year before a table gives in a row (上年结转｜2), or a column
    over its count (上年结转 over 2), or None."""
    pairs = [row[::len(row) - 1] for row in rows if len(row) >= 2]
    pairs += list(zip(*rows[:2])) if len(rows) == 2 else []
    return next((count for label, value in pairs if (count := carried_row(label, value)) is not None), None)
