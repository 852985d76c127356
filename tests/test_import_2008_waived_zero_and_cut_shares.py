"""2008-edition reports: a 减免件数 of 0 written beside an amount waived is printed (（0件申请）) and so read back; a
category table's share one off in its last place (61.6% where 66 of 107 rounds to 61.7%: cut, not rounded) is no
error, but the table stays in the text as published, with a note, instead of being printed again as reportkit
rounds it."""
from __future__ import annotations

from reportkit.errors import NOTE

from _import_helpers import import_text, printed

_DATA = """\
kind: annual-report
year: 2010
agency: 青石县林业局
date: 2011-03-15
sections:
  active_disclosure:
    figures:
      total: 107
      categories:
        - {name: 政策法规类, count: 66}
        - {name: 业务工作类, count: 41}
    content:
      - 本局通过县政府网站和办事大厅公开栏公开林木采伐、造林补贴等事项。
  applications:
    figures: {received: 4, answered: 4}
  fees:
    figures: {charged: 12, waived: 30, waived_cases: 0}
  problems:
    content:
      - 公开栏更新不够及时，下一年度将按月检查。
"""


def _table_report(share: str) -> str:
    """A report written for these tests whose categories' table gives 政策法规类's share as ``share``."""
    return ("青石县林业局2010年政府信息公开工作年度报告\n一、主动公开政府信息情况\n"
            "本局通过县政府网站和办事大厅公开栏公开林木采伐、造林补贴等事项。\n"
            f"类别\t条数\t占比\n政策法规类\t66\t{share}\n业务工作类\t41\t38.3%\n合计\t107\t100%\n"
            "二、依申请公开政府信息情况\n本年度共收到政府信息公开申请4件，已答复4件。\n"
            "三、存在的主要问题及改进措施\n公开栏更新不够及时，下一年度将按月检查。\n青石县林业局\n2011年3月15日\n")


def test_a_waived_count_of_0_beside_an_amount_is_printed_and_read_back(tmp_path):
    data = tmp_path / "qingshi.yaml"
    data.write_text(_DATA, encoding="utf-8")
    texts = [text for _, text in printed(data)]
    assert "本年度依申请提供政府信息收取费用12元，减免费用30元（0件申请）。" in texts
    _, back = import_text(tmp_path, "qingshi.txt", "\n".join(texts) + "\n")
    assert back["sections"]["fees"]["figures"] == {"charged": 12, "waived": 30, "waived_cases": 0}


def test_a_share_cut_in_its_last_place_keeps_the_table_as_published_with_a_note(tmp_path):
    result, data = import_text(tmp_path, "qingshi.txt", _table_report("61.6%"))
    part = data["sections"]["active_disclosure"]
    assert part["figures"] == {"total": 107, "categories": [{"name": "政策法规类", "count": 66},
                                                             {"name": "业务工作类", "count": 41}]}
    assert part["content"][1]["rows"][0] == ["政策法规类", 66, "61.6%"]
    notes = [f for f in result.findings if "表中写的是 61.6%" in f.message]
    assert len(notes) == 1 and notes[0].severity == NOTE and notes[0].place == "第 5 行"
    assert "61.7%" in notes[0].message and "不算错误" in notes[0].message


def test_a_share_as_reportkit_rounds_it_lets_the_table_be_printed_again(tmp_path):
    result, data = import_text(tmp_path, "qingshi.txt", _table_report("61.7%"))
    part = data["sections"]["active_disclosure"]
    assert part["figures"]["show"] == "table" and "content" in part
    assert all(isinstance(item, str) for item in part["content"])
    assert not [f for f in result.findings if "表中写的是" in f.message]
