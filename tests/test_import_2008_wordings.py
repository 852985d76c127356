"""2008-edition import of free wordings real reports use for their figures: 公开 without 主动 before the information
itself (全年共公开政府信息1,234条), the fee named by what it paid for (收取检索复制费0元), the applications as
受理依申请公开政府信息2件, and a count two channels and 等 share; while one kind of information, a waiver or a
count for one channel alone stays unread."""
from __future__ import annotations

from decimal import Decimal

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported

PLUGINS = load_plugins()

# Written for these tests; the agency and its figures are made up.
REPORT = """\
松岗县林业局关于2012年度政府信息公开工作情况的报告

现将本局2012年度政府信息公开工作报告如下，所列数据的统计期限为2012年1月1日至12月31日。
一、概述
本局由办公室牵头办理信息公开事务。
二、主动公开政府信息情况
{active}
三、依申请公开政府信息情况
{applications}
四、政府信息公开复议、诉讼和申诉情况
本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。
五、政府信息公开的收费及减免情况
{fees}
六、存在的主要问题及改进措施
信息更新仍不够及时。

松岗县林业局
二〇一三年三月二十日
"""
DEFAULTS = {"active": "本年度主动公开政府信息10条。", "applications": "本年度共收到政府信息公开申请1件。",
            "fees": "本年度未收取任何费用。"}
KEYS = {"active": "active_disclosure", "applications": "applications", "fees": "fees"}


def _figures(tmp_path, part: str, sentence: str):
    source = tmp_path / "songgang-2012.txt"
    source.write_text(REPORT.format(**dict(DEFAULTS, **{part: sentence})), encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert (data["year"], str(data["date"]), data["agency"]) == (2012, "2013-03-20", "松岗县林业局")
    section = data["sections"][KEYS[part]]
    assert sentence in section["content"]  # the sentence stays as published
    return section.get("figures")


@pytest.mark.parametrize("part, sentence, figures", [
    ("active", "全年共公开政府信息1,234条，其中林政执法类信息310条。", {"total": 1234}),
    ("active", "截至年底，我局历年累计公开信息8,650条，其中本年度主动公开政府信息912条。",
     {"total": 912, "cumulative": 8650}),
    ("active", "自条例施行以来历年累计公开1020条。", {"cumulative": 1020}),
    ("active", "本年度通过门户网站、公开栏等渠道公开政府信息960条，其中局门户网站公开信息880条。", {"total": 960}),
    ("applications", "本年度我局收到依申请公开政府信息3件，均按期办结。", {"received": 3, "answered": 3}),
    ("applications", "全年受理群众咨询45人次；受理依申请公开政府信息2件，均已按时答复。", {"received": 2, "answered": 2}),
    ("fees", "本年度收取检索复制费0元。", {"charged": 0}),
    ("fees", "本年度依申请提供信息收取复制、邮寄费用共计120.50元。", {"charged": Decimal("120.50")}),
])
def test_a_figure_in_a_free_wording_is_read(tmp_path, part, sentence, figures):
    found = _figures(tmp_path, part, sentence)
    assert {k: v for k, v in found.items() if k != "show"} == {
        k: (str(v) if isinstance(v, Decimal) else v) for k, v in figures.items()}


@pytest.mark.parametrize("part, sentence", [
    # one kind of information, or what was not disclosed on request, is no total
    ("active", "本年度公开州级环境执法信息54条，发布空气质量信息379条。"),
    ("active", "依申请公开政府信息3条，不予公开信息2条。"),
    ("active", "局门户网站公开政府信息880条。"),
    # a waiver is not the fee charged; a supplement to an application is not one
    ("fees", "本年度为困难群众减免费用30元。"),
    ("fees", "本年度为困难群众减免收取的复制费30元。"),
    ("applications", "本年度收到依申请公开政府信息的补正材料3件。"),
])
def test_a_figure_of_something_else_stays_unread(tmp_path, part, sentence):
    assert _figures(tmp_path, part, sentence) is None
