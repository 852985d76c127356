"""R9 on reviews and suits (表四): the part about disclosure after a count of all (:data:`DISCLOSURE_PART`), their
outcomes told after their count (:func:`outcomes`), the suits of each group (:func:`suit_kinds`), and reviews, suits or
applications said to be none (:func:`none_said`).
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from reportkit.errors import WARNING
from reportkit.registry import Finding

from ..model import shown_outcomes
from ..tables import REVIEW_GROUPS
from .cells import CELL_NAMES, CITE_ADVICE, counted_between
from .matters import PROCEEDING_END, SUED
from .organs import others
from .periods import not_the_table
from .phrases import CASES, LITIGATION, NEW_RECEIVED, PROCEEDINGS, READ, RECONSIDERATION, WHOLE
from .sentences import CHANGE, NUMBER, OWN_SUBJECT, TIME_SUBJECT, exact, past_qizhong, quoted, split_clauses


#: After a count of all reviews or suits, the part about disclosure, which is 表四's: “被申请行政复议15件，其中涉及政府信息
#: 公开的2件” (“的两件”, “，涉及政府信息公开的2件”, in the next sentence: “…15件。其中，涉及政府信息公开的2件”; the figure
#: first: “，其中有2件涉及政府信息公开”, “其中因不服政府信息公开答复的2件”; after a part on another matter (group ``other``):
#: “，其中12件涉及行政处罚、3件涉及政府信息公开”, “，其中涉及行政处罚的12件，涉及政府信息公开的3件”, “，其中2件涉及行政处罚，
#: 另1件涉及政府信息公开”).
DISCLOSURE_PART = re.compile(rf"^(?:{CHANGE})?\s*(?:[（(，,]|[。！？!?](?=\s*其中))?\s*"
                              rf"(?:(?P<of>其中)[，,]?有?(?P<other>\s*(?:{NUMBER}\s*[件起][^，,。；;、\d]*"
                              rf"|(?:涉及|关于|因|针对)[^，,。；;、\d]*?的?\s*{NUMBER}\s*[件起])[、，,]\s*(?:另外?|还|此外)?有?)?)?"
                              r"(?:(?(of)(?:涉及|关于|因|属于)?|(?:涉及|关于|属于))(?:不服)?政府信息公开(?:工作|答复)?(?:方面|类|领域)?的?"
                              r"(?:行政复议|行政诉讼|案件|复议|诉讼)?(?:案件)?"
                              rf"|(?(of)|(?!))(?=\s*{NUMBER}\s*[件起](?:是|系|为|属于)?(?:涉及|关于|因)?政府信息公开))"
                              rf"\s*(?P<n>{NUMBER})\s*[件起]")


def list_with_part(text: str, m: re.Match) -> bool:
    """Whether the count of reviews or suits ``m`` of ``text`` is one of a list of both that the part about disclosure
    follows (“被申请行政复议8件、行政诉讼5件，其中涉及政府信息公开的4件”): both counts are all the organ's, the part may be
    either's (:data:`DISCLOSURE_PART`)."""
    ends = [m.end()] if m.groupdict().get("listed") else \
        [listed.end() for p, _cell, _v in READ if "listed" in p.groupindex and (listed := p.match(text, m.start()))]
    return any(DISCLOSURE_PART.match(text[end:]) for end in ends)


#: What became of reviews or suits (:data:`PROCEEDINGS`), told after their count: (表四's column, its words, whether
#: they name part of the column only). 结果纠正 takes in 撤销, 确认违法 and orders to answer again or to act. 驳回 alone,
#: 终止 and the like are not read (其他结果 or not, as the organ counts them); the column's own name is (“其他结果1件”),
#: and so is a dismissal without a ruling on the merits (“驳回起诉1件”, “驳回复议申请1件”), some of 其他结果: at most its
#: figure (not “驳回诉讼请求”: the organ upheld, counted either way).
_OUTCOME_WORDS = (("upheld", "结果维持", r"(?:结果|判决|决定|予以|被)?维持(?:原(?:具体)?(?:行政行为|答复|决定)|决定)?", False),
                  ("corrected", "结果纠正", r"(?:结果|被|予以)?(?:纠正|纠错|确认违法|责令(?:重新(?:作出|答复)|履行)|撤销)", False),
                  ("other", "其他结果", r"其他结果", False),
                  ("other", "其他结果", r"(?:裁定|决定|被|予以)?驳回(?:原告的?|申请人的?)?(?:起诉|(?:行政)?复议申请)", True),
                  ("pending", "尚未审结", r"尚未审结|未审结|(?:正在|仍在|尚在)审理(?:中|之中)?", False))
#: The outcomes in either order: “维持1件”, “1件维持”, “1件尚未审结”.
_OUTCOMES = tuple((column, label, re.compile(rf"(?:{words}){CASES}|(?<![\d.]){CASES.replace('<n>', '<m>')}"
                                             rf"(?:均|已|经|被|一审|二审|终审)*(?:{words})"), some)
                  for column, label, words, some in _OUTCOME_WORDS)


#: All of the count's one outcome, with no figure: “，均维持原行政行为”, “，判决结果均为维持”, “，均尚未审结” (not “其余均维持”:
#: the rest; nor “均为维持或纠正”: one of several).
_ALL_OUTCOMES = tuple((column, label, re.compile(rf"(?<!其余|其他|剩余|余下)(?:均|全部|都)(?:被|予以|为|是|已|经|作出)*(?:{words})"
                                                 rf"(?!\s*{NUMBER}\s*[件起]|\s*[或和及与、])"))
                      for column, label, words, some in _OUTCOME_WORDS if not some)


#: A sentence that tells on the outcomes of the count before it: “其中…”, “复议结果为…”, “审理结果：…” (not “结果公开
#: 方面，…”), or one of them, either order (“维持原行政行为2件，…”, “1件尚未审结”, “法院判决维持1件”, “经审理，维持1件”;
#: not 撤销 alone: “撤销…规范性文件”).
_OUTCOME_NAMED = "|".join(words for _c, _l, words, _s in _OUTCOME_WORDS).replace("|撤销", "")  # 撤销 alone: no outcome
_OUTCOMES_OPENING = (r"其中|(?:(?:行政)?(?:复议|诉讼)|案件|审理|审结)?的?结果(?:均|都|全部)?(?:为|是|如下|[：:，,])"
                     r"|(?:经(?:法院|复议机关)?(?:审理|复议)[，,]?|(?:人民)?法院|(?:行政)?复议机关)?(?:已|依法)*(?:作出|判决|裁定)?"
                     rf"(?:(?:{_OUTCOME_NAMED})\s*{NUMBER}\s*[件起]|{NUMBER}\s*[件起](?:均|已|经|被)*(?:{_OUTCOME_NAMED}))")


#: All of the count closed, with no figure: “，均已审结”, “，全部结案” (尚未审结 0; not “其余均已审结”).
_NONE_PENDING = re.compile(r"(?<!其余|其他|剩余|余下)(?:均|全部|都)(?:已经?)?(?:审结|结案|办结)")
#: The suits' count right after the reviews' (“被申请行政复议3件，被提起行政诉讼2件”, “…复议3起，行政诉讼2起”).
_SUITS_NEXT = re.compile(rf"\s*[，,、]\s*(?:被提起)?(?:行政)?诉讼(?:案件)?\s*{NUMBER}\s*[件起]")
#: After both counts, each kind's outcomes named with it: “，其中复议维持2件”, “，复议结果均为维持”, “…，诉讼维持1件” (not “复议
#: 机关维持…”); the other kind's named (group ``other``) ends them.
_KIND_NAMED = {value: (re.compile(rf"[，,、]\s*(?:其中[，,]?)?\s*(?:行政)?{kind}(?:案件)?(?=的?(?:审理|判决)?(?:结果|均|全部|都"
                                  rf"|{_OUTCOME_NAMED}))"), other)
               for value, kind, other in ((RECONSIDERATION, "复议", f"诉讼|{SUED}|被诉|应诉"), (LITIGATION, "诉讼", "复议"))}
#: After both counts, a clause with no figure on all of both: “，均维持原行政行为”, “，均已审结”.
_BOTH_ALL = re.compile(r"\s*[，,]\s*(?:均|全部|都)[^，,。；;！？!?\d]*(?=[，,。；;！？!?]|$)")
#: After both counts, one outcome of each told with 分别, the reviews' first (“，分别维持2件和1件”, “，其中分别维持2件、1件”,
#: “，结果分别为维持2件和维持1件”, “，分别有2件和1件维持原行政行为”), or with 各, as many of each (“，各维持1件”, group
#: ``second`` None).
_EACH_FORMS = (r"分别(?:为|是)?(?:{w})\s*(?P<first>{n})\s*[件起]?\s*[、和及与]\s*(?:{w})?\s*(?P<second>{n})\s*[件起]",
               r"分别(?:为|是|有)?\s*(?P<first>{n})\s*[件起]?\s*[、和及与]\s*(?P<second>{n})\s*[件起](?:均|已|经|被)*(?:{w})",
               r"各(?:有|为)?(?:{w})\s*(?P<first>{n})\s*[件起](?P<second>)",
               r"各(?:有|为)?\s*(?P<first>{n})\s*[件起](?:均|已|经|被)*(?:{w})(?P<second>)")
_BOTH_EACH = tuple((column, label, re.compile(r"\s*[，,]\s*(?:其中)?(?:(?:审理|复议|诉讼|案件)?结果)?"
                                              + form.format(w=words, n=NUMBER) + rf"(?!\s*[、和及与]\s*{NUMBER})"))
                   for column, label, words, some in _OUTCOME_WORDS if not some for form in _EACH_FORMS)


def outcomes(report, path: tuple, text: str, start: int, value: Callable, count: int | None,
             listed: bool = False) -> Iterator[Finding]:
    """R9 on the outcomes of reviews or suits told after their count (“被申请行政复议3件，维持2件、纠正1件”; in the next
    sentence opening with :data:`_OUTCOMES_OPENING`, where no other count, but a change, comes between: “…3件，办结申请
    54件。结果为…” tells those 54's), compared with 表四's columns of the count's groups (:data:`PROCEEDINGS`); a part of
    a column (“驳回起诉1件”) only where beyond it; all of them (:data:`_ALL_OUTCOMES`: “，均维持原行政行为”; :data:`_NONE_PENDING`:
    “，均已审结”, none pending) as ``count`` where it is the table's and no other outcome is told (None: not read). After
    both counts (the suits' right after the reviews', :data:`_SUITS_NEXT`, or the second of a list, ``listed``: outcomes
    not named may be either's, not read), each kind's are those named as its own past the other's (:data:`_KIND_NAMED`:
    “…2件，其中复议维持2件，诉讼维持1件”), those of both (:data:`_BOTH_ALL`: “…2件，均维持原行政行为”) and each one's told
    with 分别 (:func:`_outcomes_each`)."""
    end = PROCEEDING_END.search(text, start)
    if end and end.group() in "。！？!?" and not counted_between(text, start, end.start()):
        end = past_qizhong(PROCEEDING_END, text, start, _OUTCOMES_OPENING)
    named, other = _KIND_NAMED[value]
    suits = _SUITS_NEXT.match(text, start) if value is RECONSIDERATION else None
    both = start if listed else suits.end() if suits else None
    # “…，被提起行政诉讼2件，分别维持2件和1件”: the suits' with the reviews' before them
    each = both if both is not None else start if value is LITIGATION and any(
        (s := _SUITS_NEXT.match(text, r.end())) and s.end() == start
        for p, _cell, v in READ if v is RECONSIDERATION for r in p.finditer(text, 0, start)) else None
    # up to the other kind named, even bare: “被提起行政诉讼2起，复议维持2起” are no suits'
    told = "" if listed or each == start and any(p.match(text, start) for _c, _l, p in _BOTH_EACH) \
        else re.split(other, text[start:end.start() if end else len(text)])[0]
    yield from _outcomes_told(report, path, text, start, told, value, count)
    all_told = _BOTH_ALL.match(re.split(r"[。；;！？!?]", text[both:])[0]) if both is not None else None
    if all_told:
        yield from _outcomes_told(report, path, text, both, all_told.group(), value, count)
    if each is not None:
        yield from _outcomes_each(report, path, text, each, value)
    past = start + len(told)
    own = named.search(re.split(r"[。；;！？!?]", text[past:])[0])
    if own:
        after = past + own.end()
        yield from _outcomes_told(report, path, text, after, re.split(other, text[after:])[0], value, count)


def _outcomes_each(report, path: tuple, text: str, start: int, value: Callable) -> Iterator[Finding]:
    """R9 on one outcome of each kind told with 分别 or 各 right after the counts of both ending at ``start``
    (:data:`_BOTH_EACH`): the first figure the reviews', the second the suits' (with 各, the one figure both's)."""
    name, groups = PROCEEDINGS[value]
    for column, label, pattern in _BOTH_EACH:
        m = pattern.match(text, start)
        if not m:
            continue
        group = "first" if value is RECONSIDERATION or not m["second"] else "second"
        stated = exact(m[group])
        table = sum(shown_outcomes(getattr(report.tables.review_litigation, key))[column] for key, _ in groups)
        if stated is not None and stated != table:
            said, figure = m.group().lstrip(" ，,"), text[m.start(group):m.end(group)]
            kind = "行政复议" if value is RECONSIDERATION else "行政诉讼"
            yield Finding(WARNING, f"正文写的是{quoted(said)}，即{kind}的“{label}” {stated} 件，而{name}的“{label}”"
                                   f"{'之和' if len(groups) > 1 else ''}为 {table}：请改正其中一处", path, figure,
                          skip=text.count(figure, 0, m.start(group)))


def _outcomes_told(report, path: tuple, text: str, start: int, told: str, value: Callable,
                   count: int | None) -> Iterator[Finding]:
    """R9 on the outcomes of reviews or suits in ``told``, the words of ``text`` from ``start`` (:func:`outcomes`)."""
    name, groups = PROCEEDINGS[value]
    found = [(column, label, m, exact(m.group("n") or m.group("m")), some)
             for column, label, pattern, some in _OUTCOMES for m in pattern.finditer(told)]
    total = sum(shown_outcomes(getattr(report.tables.review_litigation, key))["total"] for key, _ in groups)
    if not found and count == total:
        found = [(column, label, m, count, False) for column, label, pattern in _ALL_OUTCOMES for m in pattern.finditer(told)]
        found += [("pending", "尚未审结", m, 0, False) for m in _NONE_PENDING.finditer(told)]
    for column, label, m, stated, some in found:
        table = sum(shown_outcomes(getattr(report.tables.review_litigation, key))[column] for key, _ in groups)
        if stated is not None and (stated > table if some else stated != table):
            # a part of a column cites none (the column's figure may be more than the part's), nor all (no figure)
            figure = "n" in m.re.groupindex
            both, cite = ("之和", None) if len(groups) > 1 else ("", f"【表四：{groups[0][0]}.{column}】" if figure and not some
                                                               else None)
            said = m.group().strip()
            told_as = "" if figure else f"，即“{label}” {stated} 件"
            wrong = f"正文写的是{quoted(said)}{told_as}，而{name}的“{label}”{both}为 {table}：请改正其中一处"
            yield Finding(WARNING, wrong + (CITE_ADVICE.format(cite) if cite else ""), path, said,
                          published=wrong if cite else None, skip=text.count(said, 0, start + m.start()))


#: After a count of suits, those of each of 表四's two groups: “其中未经复议直接起诉1件、复议后起诉1件”, “均为复议后起诉”
#: (all of them: group ``all``). Up to the sentence's end or a count of reviews (:data:`_SUITS_END`).
_SUIT_KINDS = tuple((group, name, re.compile(rf"(?P<all>(?:均|全部|都)(?:为|是|系|属于?))?(?:{words})的?(?:案件)?"
                                             rf"(?(all)(?![\d件起])|{WHOLE}{CASES})"))
                    for (group, name), words in zip(REVIEW_GROUPS[1:], (
                        r"(?:未经(?:行政)?复议)?直接(?:向(?:人民)?法院)?(?:起诉|提起(?:行政)?诉讼)",
                        r"经?(?:行政)?复议后(?:向(?:人民)?法院)?(?:起诉|提起(?:行政)?诉讼)")))
_SUITS_END = re.compile(r"[。；;！？!?]|被申请|被提起|(?<!经)行政复议(?!后)")


def suit_kinds(report, path: tuple, text: str, m: re.Match, stated: int | None) -> Iterator[Finding]:
    """R9 on the suits of each group told after the count of suits ``m`` of ``text`` (:data:`_SUIT_KINDS`), compared
    with its group's 总计 in 表四; “均为…” where the count (``stated``) is the table's."""
    end = _SUITS_END.search(text, m.end())
    for group, name, pattern in _SUIT_KINDS:
        for kind in pattern.finditer(text, m.end(), end.start() if end else len(text)):
            figure = stated if kind["all"] else exact(kind["n"])
            if kind["all"] and stated not in LITIGATION(report)[:2]:
                continue
            table = shown_outcomes(getattr(report.tables.review_litigation, group))["total"]
            if figure is not None and figure != table:
                said = kind.group().strip()
                wrong = f"正文写的是{quoted(said)}，而表四“{name}”的总计为 {table}：请改正其中一处"
                yield Finding(WARNING, wrong + CITE_ADVICE.format(f"【表四：{group}.total】"), path, said,
                              published=wrong, skip=text.count(said, 0, kind.start()))


#: Reviews or suits said to be none: “未发生政府信息公开行政复议、行政诉讼案件”, “没有因政府信息公开被申请行政复议的情况”,
#: “行政复议和行政诉讼均为0”, or applications (group ``received``): “未收到政府信息公开申请”. The words between the
#: negation and the reviews (``said``) say no more than disclosure (:data:`_NONE_WORDS`: not “未发生因行政处罚引起的
#: 行政复议”), nothing after them (not “未发生行政复议被纠错的情况”, “未收到政府信息公开申请的投诉”).
_PROCEEDING_NAMES = r"(?:行政)?(?:复议|诉讼)(?:案件)?(?:\s*[、和及与或]\s*(?:行政)?(?:复议|诉讼))?"
_NONE = re.compile(rf"(?:(?:未|没有|无)(?P<said>[^，,。；;！？!?\d（()）]{{0,24}}?)(?P<names>{_PROCEEDING_NAMES})(?:案件|事件)?"
                   rf"等?(?:的?(?:情况|情形|现象|事件))?|(?P<zero>{_PROCEEDING_NAMES})(?:案件)?(?:的?(?:数量?|件数))?(?:均|都)?(?:为|是)"
                   r"\s*(?:0|零|〇)\s*[件起]?"
                   r"|(?:未|没有|无)(?:收到|受理|接到|接收)(?:过|到)?(?:任何)?(?P<received>(?:(?:政府)?信息)?公开的?申请"
                   r"|(?:政府信息)?依申请公开(?:的?(?:事项|申请))?)(?:的?(?:情况|情形))?)(?=\s*[，,。；;！？!?]|$)")
_NONE_WORDS = re.compile(r"发生|出现|收到|过|因|涉及|关于|有关|政府|信息|公开|工作|类|方面|引起|引发|的|被申请|被提起|被起诉|被诉"
                         r"|行政|\s")
#: Before them in the sentence, some applications or answers as the subject (“对上述答复，申请人均未提起…”), or the
#: organ as the review organ (“作为行政复议机关，未收到…”): none of those says the organ's reviews are none. So does
#: any subject in their clause but the organ and the year (:data:`_NONE_SUBJECT`: “不予公开的答复均未引发…”).
_NONE_OF_SOME = re.compile("上述|以上|该|这些|此类|其中|申请人|当事人|复议机关")
_NONE_SUBJECT = re.compile(rf"{TIME_SUBJECT.pattern}|度|{OWN_SUBJECT.pattern}|{_NONE_WORDS.pattern}|均|都|也|亦|始终|一直|[、和及与]")


def _of_some(report, text: str, m: re.Match) -> bool:
    """Whether the sentence of ``text`` before ``m`` speaks of some applications or of the review organ
    (:data:`_NONE_OF_SOME`), or ``m``'s clause has a subject other than the organ and the year (:data:`_NONE_SUBJECT`)."""
    sentence = re.split(r"[。；;！？!?]", text[:m.start()].replace(report.agency, "本机关"))[-1]
    return bool(_NONE_OF_SOME.search(sentence) or _NONE_SUBJECT.sub("", split_clauses(sentence)[-1]))


def none_said(report, path: tuple, text: str) -> Iterator[Finding]:
    """R9 on reviews or suits (applications) said to be none (:data:`_NONE`) where 表四 (表三's 本年新收) has some: not
    of another time or other organs, nor of some applications or of the organ as the review organ (:func:`_of_some`)."""
    for m in _NONE.finditer(text):
        if m["said"] and _NONE_WORDS.sub("", m["said"]) or not_the_table(report, text, m, dated=True) \
                or others(report, text, m.start()) or _of_some(report, text, m):
            continue
        names = "申请" if m["received"] else m["names"] or m["zero"]
        found = [(value, table) for value, words in ((RECONSIDERATION, "复议"), (LITIGATION, "诉讼"), (NEW_RECEIVED, "申请"))
                 if words in names and (table := value(report)[0])]
        if found:
            said = m.group().strip()
            tables = "、".join(f"{CELL_NAMES[value]}为 {table}" for value, table in found)
            yield Finding(WARNING, f"正文写的是{quoted(said)}，而{tables}：请改正其中一处", path, said,
                          skip=text.count(said, 0, m.start()))
