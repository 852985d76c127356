"""R9: what its readings share: the cells of 表三 in words (:data:`CELL_NAMES`), results by their pattern
(:data:`OUTCOME_VALUES`) and their name (:data:`RESULT_NAMES`), the advice to cite a cell, a figure given as about far
from the table's (:func:`about_far`), and where sentences start and counts come between.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from reportkit.errors import WARNING
from reportkit.registry import Finding

from .phrases import GRANTED, GROUPS, OUTCOME_PHRASES, PARTLY_GRANTED, READ, RESPECTIVE_NAMES, RESULTS, TO_HANDLE
from .sentences import CHANGE, COUNT, quoted


#: R9's advice to cite the cell instead of typing its figure: a data file's (its ``published`` wording leaves it out).
CITE_ADVICE = "，或把数字写成引用{}，由 reportkit 填入表中的数"

#: The rest of a bracket opened in the words a finding quotes, to its closing: “收到申请200件（其中本局本级48件）”.
TO_CLOSING = re.compile(r"[^（()）。；;！？!?]*[）)]?")


#: 表三's results by their names (:data:`.phrases.RESPECTIVE_NAMES`): 予以公开, 部分公开 and the groups; any of them.
RESULT_NAMES = tuple((words, value) for words, value in RESPECTIVE_NAMES if value in (GRANTED, PARTLY_GRANTED, *GROUPS))
RESULT_NAME = "|".join(f"(?:{words})" for words, _value in RESULT_NAMES)


def sentence_start(text: str, at: int) -> int:
    """Where the sentence (or the part after a semicolon) of ``text`` that ``at`` is in starts."""
    return max(text.rfind(stop, 0, at) for stop in "。；;！？!?") + 1


def about_far(path: tuple, text: str, m: re.Match, at: str, where: int, rough: tuple[int, int | None], read: set[int],
              told: tuple[str, str, int, str | None]) -> Iterator[Finding]:
    """R9 on a count given as about (“300余件”, “约60件”, “1.2万件”: :func:`.sentences.about`) that the cell's figures ``read`` all
    belie: none within ``rough``, the counts it allows; ``told`` is (its words, the cell in words, its figure, its
    citation). It is no exact figure: no exact one is asked for."""
    low, high = rough
    if any(low <= n and (high is None or n <= high) for n in read):
        return
    said, cell, table, cite = told
    allows = f"在 {low} 至 {high} 件之间" if high is not None else f"不少于 {low} 件"
    wrong = f"正文写的是{quoted(said)}，而{cell}为 {table}，与“{m['n'].strip()}件”相差太远（这样写的数，表中的数应{allows}）：请改正其中一处"
    yield Finding(WARNING, wrong + (CITE_ADVICE.format(cite) if cite else ""), path, at,
                  published=wrong if cite else None, skip=text.count(at, 0, where))


#: The cells a count may be of in words (:func:`.check._either`, :func:`.respective.respectively`).
CELL_NAMES = {value: cell for _pattern, cell, value in READ} | {
    TO_HANDLE: "表三“一、本年新收”与“二、上年结转”的总计之和", RESULTS: "表三“三、本年度办理结果（七）总计”"}
#: What became of applications closed (:data:`.phrases.OUTCOME_PHRASES`), each with its cell's values.
OUTCOME_VALUES = {pattern: value for pattern, _cell, value in READ if pattern in OUTCOME_PHRASES}


def named_value(name: str) -> Callable:
    """The result named ``name`` (:data:`.shares.NAMED_SHARE`'s, one of :data:`.shares._NAMED_EACH`'s)."""
    return next(v for words, v in RESULT_NAMES if re.fullmatch(words, name))


def counted_between(text: str, start: int, end: int) -> bool:
    """Whether ``text`` from ``start`` to ``end`` counts something (:data:`.sentences.COUNT`) other than a change of
    the count before (:data:`.sentences.CHANGE`: “，同比减少1件”)."""
    return bool(COUNT.search(re.sub(CHANGE, "", text[start:end])))
