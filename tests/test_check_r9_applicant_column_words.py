"""R9 on counts of applicants named by the words organs use for 表三's columns of 法人或其他组织: 公司 (商业企业),
科研院所 (科研机构), 公益组织 (社会公益组织), 律师事务所 and 律所 (法律服务机构); “其他组织” names no column and is
not compared. The tables are
test_check_published's: 55 new (自然人 43, 商业企业 8, 社会公益组织 1, 法律服务机构 2, 其他 1), 4 carried over (自然人 3,
商业企业 1); the sentences are written for these tests."""
from __future__ import annotations

from test_check_r18_received_and_change_wordings import _checked


def _wrong(said: str, column: str, key: str, figure: int) -> str:
    return (f"正文写的是“{said}”，而表三“一、本年新收政府信息公开申请数量”中“{column}”为 {figure}：请改正其中一处，或把数字写成"
            f"引用【表三：new_received.{key}】，由 reportkit 填入表中的数（R9）")


def test_the_tables_applicants_in_these_words_are_silent(tmp_path):
    right = ["全年收到申请55件，其中自然人申请43件，公司申请8件，律师事务所申请2件。",
             "全年收到申请55件。从申请人类型看，自然人申请43件，企业申请8件，其他组织申请4件。",
             "全年收到申请55件，其中自然人申请43件，占78.2%，律所申请2件，公益组织申请1件。"]
    found, _where = _checked(tmp_path, right)
    assert [r9 for _r18, r9 in found] == [[]] * len(right)


def test_applicants_in_these_words_are_compared_with_their_column(tmp_path):
    found, _where = _checked(tmp_path, ["全年收到申请55件，其中自然人申请43件，公司申请12件。",
                                        "全年收到申请55件，其中自然人申请43件，律师事务所申请5件。",
                                        "全年收到申请55件，其中自然人申请43件，企业申请8件，律所申请3件，其他组织申请9件。",
                                        "全年收到申请55件，其中自然人申请43件，科研院所申请2件。"])
    assert [r9 for _r18, r9 in found] == [[_wrong("公司申请12件", "商业企业", "commercial_enterprise", 8)],
                                          [_wrong("律师事务所申请5件", "法律服务机构", "legal_service_agency", 2)],
                                          [_wrong("律所申请3件", "法律服务机构", "legal_service_agency", 2)],
                                          [_wrong("科研院所申请2件", "科研机构", "research_institution", 0)]]
