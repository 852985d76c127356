"""R9 on the year's applications by channel (网上, 信函, 当面 …): told alone, their sum (:func:`channels_sum`); after
a count received, at most it (:func:`channels_beyond`).
"""
from __future__ import annotations

import re
from typing import Iterator

from reportkit.errors import WARNING
from reportkit.registry import Finding

from .cells import TO_CLOSING, counted_between
from .kinds import FULL_STOP
from .matters import on_topic
from .periods import not_the_table
from .phrases import NEW_RECEIVED, READ, TO_HANDLE
from .sentences import COUNT, NUMBER, YEAR, exact, past_qizhong, quoted


#: The year's applications told by channel alone, no total before them, to the sentence's end or a clause that adds no
#: channel (“，办结54件”; not “，另有当面申请3件”): “本年度共收到在线申请40件，纸质申请15件”, “全年收到网上申请40件、信函申请
#: 15件” (group ``all``: 共, the channels are all of them). A channel's count also with its figure first: “44件通过互联网
#: 提交”. With no verb after the channels or applications named (group ``opener``): “从申请渠道看，网上申请40件，…”,
#: “依申请公开方面，网上申请40件，…”.
_CHANNEL_OPENER = r"(?:(?:从|按)(?:申请)?(?:渠道|方式)(?:来看|看|分|划分)?|依申请公开(?:方面|情况)?)"
_CHANNEL_WORDS = r"网上|网络|互联网|在线|线上|网站|门户|平台|窗口|信函|邮寄|来信|当面|现场|传真|电子邮件|邮件|纸质|书面"
_CHANNEL_ITEM = (rf"(?:(?:通过)?(?:{_CHANNEL_WORDS})+(?:方式|渠道)?(?:提交|提出|收到)?的?(?:(?:政府)?(?:信息)?公开)?申请(?:公开)?"
                 rf"(?:为|有)?\s*{NUMBER}\s*件|{NUMBER}\s*件(?:申请)?(?:是|系)?通过(?:{_CHANNEL_WORDS})+(?:方式|渠道)?"
                 r"(?:提交|提出|递交|申请)?)")
_CHANNELS_HEAD = rf"\s*(?:{YEAR}度?|本年度?|今年|全年)?\s*[，,]?\s*(?P<all>共计?|合计|总共)?"
_CHANNELS_TAIL = (rf"(?P<items>{_CHANNEL_ITEM}(?:\s*[，,、]\s*{_CHANNEL_ITEM})+)"
                  r"(?=\s*(?:[。；;！？!?]|$|[，,](?!\s*(?:其中|另|还|此外|以及|含|包括|加上|连同))"
                  rf"(?![^，,。；;！？!?]*(?:{_CHANNEL_WORDS}))))")
_CHANNELS = re.compile(rf"(?:^|(?<=[。；;！？!?，,：:])){_CHANNELS_HEAD}"
                       rf"(?P<opener>{_CHANNEL_OPENER}\s*[，,：:]\s*)?(?:收到|受理|新收|接收|接到|(?(opener)|(?!))){_CHANNELS_TAIL}")
#: The channels opening the paragraph, with no verb, after its heading (“（二）依申请公开。网上申请40件，…”) or under one:
#: the year's as after an opener (in part 三 or on 依申请公开 only: :func:`channels_sum`).
_CHANNELS_OPENING = re.compile(rf"^(?P<heading>\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、.．])?\s*依申请公开"
                               rf"(?:工作)?(?:情况)?\s*[。．.：:])?{_CHANNELS_HEAD}{_CHANNELS_TAIL}")
#: Channels listed after a count received, opening a clause (“共收到申请55件，其中网上申请40件，信函申请15件”, “…55件，按渠道
#: 分：…”, “…55件，均已按时答复；其中网上申请40件、…”): parts of that count (:func:`channels_beyond`).
_CHANNEL_LIST = re.compile(rf"(?:(?<=[，,：:；;])|(?<=其中))\s*(?P<items>{_CHANNEL_ITEM}(?:\s*[，,、]\s*{_CHANNEL_ITEM})+)")


def _year_channels(report, path: tuple, text: str) -> Iterator[tuple[re.Match, int]]:
    """The year's applications told by channel alone in ``text`` (:data:`_CHANNELS`, :data:`_CHANNELS_OPENING`), in
    part 三 or on 依申请公开 (as :func:`.applicants.applicants_alone`), and their sum."""
    opening = _CHANNELS_OPENING.match(text)
    for m in [*_CHANNELS.finditer(text), *([opening] if opening else [])]:
        counts = [exact(c["n"]) for c in COUNT.finditer(m["items"])]
        if None not in counts and not not_the_table(report, text, m, upto=m.start("items"), dated=True) \
                and (path[1] == "applications" or on_topic(report, path, text[:m.start("items")], "依申请公开")):
            yield m, sum(counts)


def closed_of_channels(report, path: tuple, text: str, m: re.Match) -> int | None:
    """The sum of the channels told alone (:func:`_year_channels`) that the count ``m`` of ``text`` follows in its
    sentence, no other count between (“网上申请20件，信函申请10件，办结30件”: closed of those 30), or None."""
    return next((total for channels, total in _year_channels(report, path, text)
                 if channels.end() <= m.start() and not re.search(r"[。；;！？!?]", text[channels.end():m.start()])
                 and not counted_between(text, channels.end(), m.start())), None)


def channels_sum(report, path: tuple, text: str) -> Iterator[Finding]:
    """R9 on the year's applications told by channel alone (:data:`_CHANNELS`), in part 三 or on 依申请公开 as
    :func:`.applicants.applicants_alone`: their sum is 本年新收, or 本年新收 and 上年结转; where the channels may be some of them
    (no 共), a sum short of 本年新收 is not wrong (a channel left out), one beyond it is: it takes in the carried over,
    all of them, unless a count after the channels in their sentence may be one more channel (“，其他方式2件”) or a
    count received before them makes them its parts (“收到申请55件，按渠道分：…”: :func:`channels_beyond`'s). Also
    where they open the paragraph (:data:`_CHANNELS_OPENING`)."""
    new, with_carried = NEW_RECEIVED(report)[0], TO_HANDLE(report)[0]
    for m, total in _year_channels(report, path, text):
        end = FULL_STOP.search(text, m.end())
        before = FULL_STOP.split(text[:m.start()])[-1]
        some = counted_between(text, m.end(), end.start() if end else len(text)) \
            or any(p.search(before) for p, _cell, value in READ if value is NEW_RECEIVED)
        if total not in (new, with_carried) and (m["all"] or total > with_carried or total > new and not some):
            begin = m.end("heading") if m.groupdict().get("heading") else m.start()
            said = text[begin:m.end()].strip(" ，,：:")
            yield Finding(WARNING, f"正文写的是{quoted(said)}，各渠道加起来为 {total}，而表三“一、本年新收政府信息公开申请数量”的总计"
                                   f"为 {new}，与“二、上年结转”之和为 {with_carried}：请改正其中一处", path, said,
                          skip=text.count(said, 0, begin))


def channels_beyond(path: tuple, text: str) -> Iterator[Finding]:
    """R9 on channels listed after a count received in its sentence (:data:`_CHANNEL_LIST`, past “。其中”), no other
    count but a change between: parts of that count, together they are at most it, whichever year or organ it is of
    (fewer may leave a channel out)."""
    told = set()
    for m in (m for p, _cell, value in READ if value is NEW_RECEIVED for m in p.finditer(text)):
        end = past_qizhong(FULL_STOP, text, m.end())
        listed = _CHANNEL_LIST.search(text, m.end(), end.start() if end else len(text))
        if not listed or listed.start() in told or exact(m["n"]) is None or counted_between(text, m.end(), listed.start()):
            continue
        told.add(listed.start())
        counts = [exact(c["n"]) for c in COUNT.finditer(listed["items"])]
        if None not in counts and sum(counts) > exact(m["n"]):
            said = text[m.start():listed.end()]
            if re.search(r"[（(][^（()）]*$", said):  # the bracket closed: “收到申请55件（其中网上申请40件、…）”
                said += TO_CLOSING.match(text, listed.end()).group()
            yield Finding(WARNING, f"正文写的是{quoted(said)}，各渠道加起来为 {sum(counts)}，多于前面的 {exact(m['n'])} 件：各渠道的申请"
                                   "是它的一部分，加起来不会多于它，请改正其中一处", path, listed["items"],
                          skip=text.count(listed["items"], 0, listed.start("items")))
