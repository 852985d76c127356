"""2008-edition reports read back: in the part on the fees of disclosure, a bare 不收费 or 未收费 of the agency itself
(本局不收费。) is a fee of 0, on import and when the build asks whether the text states it; one of a thing named there
(防汛物资调用不收费), or a bare 不收费 in another part, gives no fee."""
from __future__ import annotations

import pytest

from reportkit.plugins import load_plugins

from _import_helpers import import_text, printed

PLUGINS = load_plugins()
#: The sentence the build prints for a fee of 0.
PRINTED = "本年度依申请提供政府信息，未收取任何费用。"


def _report(fees: str, problems: str = "公开栏更新不及时，明年由专人每月检查一次。") -> str:
    """A county forestry bureau's report written for these tests."""
    return ("青石县林业局2013年政府信息公开工作年度报告\n一、概述\n本局由办公室负责政府信息公开工作。\n"
            "二、依申请公开政府信息情况\n本年度共收到政府信息公开申请2件，已答复2件。\n"
            f"三、政府信息公开的收费及减免情况\n{fees}\n"
            f"四、存在的主要问题和改进措施\n{problems}\n青石县林业局\n2014年3月10日\n")


@pytest.mark.parametrize("sentence", ["本局不收费。", "我局对此一直未收费。", "不收费。", "青石县林业局不收费。", "本局2013年度未收费。"])
def test_a_bare_no_fee_of_the_agency_in_the_fees_part_is_0(tmp_path, sentence):
    _, data = import_text(tmp_path, "qingshi.txt", _report(sentence))
    fees = data["sections"]["fees"]
    assert fees["figures"] == {"charged": 0}
    assert fees["content"] == [sentence]


@pytest.mark.parametrize("sentence", ["防汛物资调用不收费。", "林木采伐审批不收费。", "本局2012年度未收费。",
                                      "本局在网上公开的林木采伐许可、木材运输证核发等项目均声明不收费。"])
def test_a_bare_no_fee_of_a_thing_named_is_not_read(tmp_path, sentence):
    _, data = import_text(tmp_path, "qingshi.txt", _report(sentence))
    assert "figures" not in data["sections"]["fees"]


def test_a_bare_no_fee_in_another_part_is_not_the_fee(tmp_path):
    _, data = import_text(tmp_path, "qingshi.txt", _report("本年度收取复制费15元。", "本局不收费。"))
    assert data["sections"]["fees"]["figures"] == {"charged": 15}
    assert "figures" not in data["sections"]["problems"]
    assert data["sections"]["problems"]["content"] == ["本局不收费。"]


def test_the_build_takes_the_bare_no_fee_as_stated(tmp_path):
    """The part's 本局不收费。 says the fee of 0: the build's own sentence of it is not printed beside it."""
    source = tmp_path / "qingshi.yaml"
    source.write_text("kind: annual-report\nyear: 2013\nagency: 青石县林业局\ndate: 2014-03-10\nsections:\n"
                      "  overview:\n    content:\n      - 本局由办公室负责政府信息公开工作。\n"
                      "  fees:\n    figures:\n      charged: 0\n    content:\n      - 本局不收费。\n", encoding="utf-8")
    body = [text for element, text in printed(source, PLUGINS) if element == "body"]
    assert "本局不收费。" in body
    assert PRINTED not in body
