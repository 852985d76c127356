"""A web page's text with its title printed twice (the site's title line and date line, then the article's own
title, nothing centred), and a 成文日期 whose 年, 月 and 日 were lost (digits alone under the 署名). The inputs are
written for these tests (the plan of tests/test_import_plan_notice.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_import_plan_notice import PLAN_PARTS, _check_plan, import_text

TITLE = "某县林业局关于印发2022年政务公开工作方案的通知"
SITE = f"{TITLE}\n发布时间：2022-01-21 09:30　点击数：126　字号：大 中 小\n\n {TITLE}\n"
NOTICE = "各股室、局属各单位：\n现把今年的政务公开工作方案发给你们，请对照分工逐项抓好落实。\n　　　　　　　　某县林业局办公室\n{date}\n"


def test_a_title_printed_twice_in_a_page_s_text_is_read_once(tmp_path):
    """The old import kept the second title as the notice's first line: the notice was empty (正文 a placeholder) and
    its text, 署名 and date went into the plan's preamble."""
    result, data = import_text(tmp_path, SITE + NOTICE.format(date="2022年1月20日") + PLAN_PARTS)
    assert data["notice"] == {"title": TITLE, "addressee": "各股室、局属各单位",
                              "body": ["现把今年的政务公开工作方案发给你们，请对照分工逐项抓好落实。"],
                              "date": dt.date(2022, 1, 20), "signature": "某县林业局办公室"}
    _check_plan(data)
    assert [f.message for f in result.findings] == ["标题之后的网页信息“发布时间：2022-01-21 09:3…”未导入",
                                                    "标题在网页上印了两次，只导入一次"]


@pytest.mark.parametrize("digits, date", [("2022120", dt.date(2022, 1, 20)), ("20220120", dt.date(2022, 1, 20)),
                                          ("2022625", dt.date(2022, 6, 25)), ("2022605", dt.date(2022, 6, 5))])
def test_a_date_without_its_characters_under_the_signature_is_read_and_named(tmp_path, digits, date):
    """Digits alone under the 署名 that make one date only: that date, in a finding that asks to check it (the old
    import found no 成文日期: the notice's text, 署名 and digits went into the plan's preamble)."""
    result, data = import_text(tmp_path, SITE + NOTICE.format(date=digits) + PLAN_PARTS)
    assert data["notice"]["date"] == date
    assert data["notice"]["body"] == ["现把今年的政务公开工作方案发给你们，请对照分工逐项抓好落实。"]
    assert f"成文日期“{digits}”没有年、月、日，已读作“{date.year}年{date.month}月{date.day}日”：请照原件核对" \
        in [f.message for f in result.findings]
    _check_plan(data)


@pytest.mark.parametrize("digits", ["2022111", "2022135", "12345678"])
def test_digits_that_make_no_one_date_are_no_date(tmp_path, digits):
    """2022111 is 11 January or 1 November; 2022135 no date (13 May? 1 35th?); 12345678 no year: left as they are,
    the notice without a date, in the finding it always had."""
    result, data = import_text(tmp_path, SITE + NOTICE.format(date=digits) + PLAN_PARTS)
    assert "date" not in data["notice"] or not isinstance(data["notice"]["date"], dt.date)
    assert not [f for f in result.findings if "没有年、月、日" in f.message]
