"""A report pasted as one line (a 5 MB line took ~4 s to import, seconds of it reducing that line's labels again and
again), and a long paragraph starting with a group's label of table 三 (its start reduced once per character: a
minute for 16,000 characters)."""
from __future__ import annotations

import unicodedata
from uuid import uuid4

import pytest

from reportkit.importers.copied import repaired

FILLER = "本机关按期更新栏目内容并逐项核对。"  # 17 characters
ROWS = ("信息内容 本年制发件数 本年废止件数 现行有效件数", "规章 0 0 2", "（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0")


@pytest.fixture
def reduced(monkeypatch) -> list[int]:
    """The lengths of the texts over 1,000 characters that Unicode normalisation (the costly part of
    :func:`reportkit.importers.labels.norm`) is run on from now on."""
    lengths, real = [], unicodedata.normalize

    def counted(form: str, text: str) -> str:
        if len(text) > 1000:
            lengths.append(len(text))
        return real(form, text)

    monkeypatch.setattr(unicodedata, "normalize", counted)
    return lengths


def test_the_line_of_a_report_pasted_as_one_line_is_reduced_once_or_twice_not_once_a_question(reduced):
    # a text of its own (no reduction kept from another test is reused), a table's rows and a sentence after them
    line = f"{FILLER * 3000}{uuid4().hex} " + " ".join(ROWS) + " 以上为本年度的数字。"
    [read], numbers, unread = repaired([line], False)
    assert read.startswith(FILLER * 3000) and (numbers, unread) == ([1], [])
    assert len(reduced) <= 2, reduced  # eight times before


def test_a_long_paragraph_starting_with_a_group_s_label_is_not_searched_from_each_character(reduced):
    line = f"（三）不予公开{uuid4().hex}" + FILLER * 300
    assert repaired([line, *ROWS[1:]], False)[0][0] == line  # no row of table 三: the paragraph as it was
    assert len(reduced) < 50, len(reduced)  # once per character of the line (5,100) before
