"""2008-edition reports read back: a fee of 0 said as 不收费 or 未收费 (no 收取) is read only where the sentence is about
the fees of disclosure (依申请公开、政府信息、检索、复制、申请人、收费情况); a sentence about the agency's services (办事项目均
注明不收费, 办理取水许可不收费) gives no fee, on import nor when the build asks whether the text states the figures."""
from __future__ import annotations

import pytest

from reportkit.importers import figures2008
from reportkit.plugins import load_plugins

from _import_helpers import import_text, printed

PLUGINS = load_plugins()
#: The sentence the build prints for a fee of 0.
PRINTED = "本年度依申请提供政府信息，未收取任何费用。"


def _report(fees: str) -> str:
    """A county bureau's report written for these tests, ``fees`` the paragraph of its part on fees."""
    return ("柳河县水利局2012年政府信息公开工作年度报告\n一、概述\n本局由办公室负责政府信息公开的日常工作。\n"
            "二、依申请公开政府信息情况\n本年度共收到政府信息公开申请3件，已答复3件。\n"
            f"三、政府信息公开的收费及减免情况\n{fees}\n"
            "四、存在的主要问题和改进措施\n公开栏更新不够及时，下一年度将定期检查。\n柳河县水利局\n2013年3月20日\n")


@pytest.mark.parametrize("sentence, figures", [
    ("依申请公开政府信息，本局不收费。", {"charged": 0}),
    ("申请人查阅、复制政府信息，本局均不收费。", {"charged": 0}),
    ("本年度政府信息公开工作未收费，也无减免情况。", {"charged": 0, "waived": 0}),
    ("对依申请提供的信息，从未收费。", {"charged": 0}),
    ("关于收费情况：本局对检索、复制没有收费。", {"charged": 0}),
])
def test_no_fee_in_a_sentence_about_disclosure_is_read_as_0(tmp_path, sentence, figures):
    _, data = import_text(tmp_path, "liuhe.txt", _report(sentence))
    fees = data["sections"]["fees"]
    assert {k: v for k, v in fees["figures"].items() if k != "show"} == figures
    assert fees["content"] == [sentence]


@pytest.mark.parametrize("sentence", [
    "本局在网上公开的办事项目均注明不收费，窗口当场一次性告知所需材料。",
    "办理取水许可、河道采砂审批不收费。",
    "水资源费按规定征收，防汛物资调用不收费。",
    "对困难群众申请政府信息不收费。",  # some applicants' only
    "检索政府信息不收费，复制收取工本费12元。",  # the 12 元 is charged: read, not 0 beside it
])
def test_no_fee_in_another_sentence_is_not_read(tmp_path, sentence):
    _, data = import_text(tmp_path, "liuhe.txt", _report(sentence))
    fees = data["sections"]["fees"]
    assert fees.get("figures", {}).get("charged") != 0
    assert sentence in fees["content"]


def test_the_free_of_a_service_named_is_not_the_fee_of_disclosure(tmp_path):
    """一律免费 of the agency's licensing services was read as no fee charged for disclosure."""
    sentence = "本局办理的行政许可事项一律免费。"
    _, data = import_text(tmp_path, "liuhe.txt", _report(sentence))
    assert "figures" not in data["sections"]["fees"]
    assert [f.field for f in figures2008.search("fees", "依申请公开的政府信息一律免费。", "")] == ["charged"]


HEAD = """\
kind: annual-report
year: 2012
agency: 柳河县水利局
date: 2013-03-20
sections:
  overview:
    content:
      - 本局由办公室负责政府信息公开的日常工作。
  fees:
    figures:
      charged: 0
    content:
      - {sentence}
"""


@pytest.mark.parametrize("sentence, again", [
    ("本局在网上公开的办事项目均注明不收费，包括取水许可和河道采砂许可的办理。", True),
    ("依申请公开政府信息，本局不收费。", False),
])
def test_the_fee_sentence_is_printed_unless_the_text_says_it(tmp_path, sentence, again):
    """The build prints its sentence of the fee unless the part's own text says it: a service's 不收费 does not."""
    source = tmp_path / "liuhe.yaml"
    source.write_text(HEAD.format(sentence=sentence), encoding="utf-8")
    body = [text for element, text in printed(source, PLUGINS) if element == "body"]
    assert (PRINTED in body) is again
    assert sentence in body
