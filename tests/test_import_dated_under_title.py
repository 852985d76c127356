"""Older reports set the 署名 and 成文日期 right under the title instead of at the end: they were read as the
preamble's first paragraphs, and no date was found (the page printed them as body text and no date at the end)."""
from __future__ import annotations

import datetime as dt

import pytest

from _import_helpers import import_text

BODY = ["一、概述",
        "本年度，县政府办公室牵头推进政府信息公开，县直各部门和各乡镇都明确了分管领导和经办人员。",
        "二、主动公开政府信息的情况",
        "全年主动公开政府信息1120条，均在县政府门户网站发布。",
        "三、依申请公开政府信息的情况",
        "全年收到政府信息公开申请6件，均已按时答复。",
        "四、政府信息公开的收费及减免情况",
        "未收取任何费用。",
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
        "没有发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
        "六、政府信息公开工作存在的主要问题及改进情况",
        "个别部门信息更新不够及时，明年将加强督促检查。"]
TITLE = "某县2015年政府信息公开工作年度报告"


@pytest.mark.parametrize("under, signature, date", [
    (["某县人民政府办公室", "2016年3月25日"], "某县人民政府办公室", dt.date(2016, 3, 25)),
    (["某县人民政府办公室　2016年3月25日"], "某县人民政府办公室", dt.date(2016, 3, 25)),
    (["二〇一六年三月二十五日"], None, dt.date(2016, 3, 25)),
], ids=["two-lines", "one-line", "date-alone"])
def test_a_signature_and_date_under_the_title_are_read_as_such(tmp_path, under, signature, date):
    result, data = import_text(tmp_path, "report.txt", "\n\n".join([TITLE, *under, *BODY]) + "\n")
    assert data["date"] == date
    assert data.get("signature", data["agency"]) == (signature or "某县")  # the county's office signing issued it
    rest = str({key: value for key, value in data.items() if key not in ("signature", "agency")})
    assert not any(line in rest for line in under)  # not the preamble's, nor anywhere else
    assert data["sections"]["overview"]["content"][0].startswith("本年度，县政府办公室牵头")


def test_a_date_at_the_end_is_the_date_whatever_stands_under_the_title(tmp_path):
    """The body may begin with a date-like line only where the end has none: with one at the end, nothing changes."""
    text = "\n\n".join([TITLE, "2016年3月25日", *BODY, "某县人民政府办公室", "2016年3月28日"]) + "\n"
    result, data = import_text(tmp_path, "report.txt", text)
    assert data["date"] == dt.date(2016, 3, 28)
