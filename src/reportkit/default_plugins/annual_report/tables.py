"""The official statistics tables of each edition, as data (annual-report.md B.3-B.5).

The pydantic models, the 勾稽 rules, the starter file and the built tables are
all derived from these specs, so every row, column and label is written once.
"""
from __future__ import annotations

from dataclasses import dataclass

KIND = "annual-report"
#: The editions with the 60号/30号 statistics tables; the 2008 edition has rules of its own.
TABLE_EDITIONS = ("2019", "2021")
#: The statistics tables' keys under ``tables``, and the names they go by (a workbook's sheets too).
TABLE_NAMES = {"active_disclosure": "表二", "applications": "表三", "review_litigation": "表四"}


@dataclass(frozen=True)
class Column:
    """A value column. ``cell`` is ``count`` (>= 0), ``change`` (signed) or ``amount`` (decimal)."""

    key: str
    label: str
    cell: str = "count"


@dataclass(frozen=True)
class DisclosureBlock:
    """One sub-block of table 二: a caption row, a header row (信息内容 + columns), data rows."""

    caption: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, str], ...]  # (key, label)
    unit_in_data: bool = False  # the data states the unit of its amount (2019 采购总金额)


@dataclass(frozen=True)
class Node:
    """A row of table 三, or a group of rows sharing a label cell (三、本年度办理结果, （三）不予公开 …)."""

    key: str
    label: str
    children: tuple["Node", ...] = ()
    computed: bool = False  # （七）总计: the sum of the result rows above it

    def leaves(self, prefix: tuple = ()):
        """Yield ``(keys, node)`` for every data row under this node, in table order."""
        keys = prefix + (self.key,)
        if not self.children:
            yield keys, self
        for child in self.children:
            yield from child.leaves(keys)


@dataclass(frozen=True)
class Edition:
    """What differs between editions: the document that issued the format and two of the tables."""

    name: str
    issued_by: str
    active_disclosure: tuple[DisclosureBlock, ...]
    applications: tuple[Node, ...]
    information_processing_fee: bool


DISCLOSURE_ITEM_LABEL = "信息内容"

_PROJECTS = (
    Column("previous_year", "上一年项目数量"),
    Column("change", "本年增/减", "change"),
    Column("decisions", "处理决定数量"),
)
_DECISIONS = (Column("decisions", "本年处理决定数量"),)

ACTIVE_DISCLOSURE_2019 = (
    DisclosureBlock(
        "第二十条第（一）项",
        (Column("newly_made", "本年新制作数量"), Column("newly_published", "本年新公开数量"),
         Column("total_published", "对外公开总数量")),
        (("regulations", "规章"), ("normative_documents", "规范性文件")),
    ),
    DisclosureBlock("第二十条第（五）项", _PROJECTS,
                    (("administrative_licensing", "行政许可"), ("other_services", "其他对外管理服务事项"))),
    DisclosureBlock("第二十条第（六）项", _PROJECTS,
                    (("administrative_penalty", "行政处罚"), ("administrative_coercion", "行政强制"))),
    DisclosureBlock("第二十条第（八）项", _PROJECTS[:2], (("administrative_fees", "行政事业性收费"),)),
    DisclosureBlock(
        "第二十条第（九）项",
        (Column("projects", "采购项目数量"), Column("amount", "采购总金额", "amount")),
        (("government_procurement", "政府集中采购"),),
        unit_in_data=True,
    ),
)

ACTIVE_DISCLOSURE_2021 = (
    DisclosureBlock(
        "第二十条第（一）项",
        (Column("issued", "本年制发件数"), Column("repealed", "本年废止件数"), Column("in_force", "现行有效件数")),
        (("regulations", "规章"), ("normative_documents", "行政规范性文件")),
    ),
    DisclosureBlock("第二十条第（五）项", _DECISIONS, (("administrative_licensing", "行政许可"),)),
    DisclosureBlock("第二十条第（六）项", _DECISIONS,
                    (("administrative_penalty", "行政处罚"), ("administrative_coercion", "行政强制"))),
    DisclosureBlock("第二十条第（八）项", (Column("amount", "本年收费金额（单位：万元）", "amount"),),
                    (("administrative_fees", "行政事业性收费"),)),
)

# Table 三 -------------------------------------------------------------------
APPLICATIONS_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
APPLICANTS_LABEL = "申请人情况"
ORGANISATIONS_LABEL = "法人或其他组织"
NATURAL_PERSON = Column("natural_person", "自然人")
ORGANISATIONS = (
    Column("commercial_enterprise", "商业企业"),
    Column("research_institution", "科研机构"),
    Column("public_welfare_organization", "社会公益组织"),
    Column("legal_service_agency", "法律服务机构"),
    Column("other", "其他"),
)
APPLICANT_COLUMNS = (NATURAL_PERSON,) + ORGANISATIONS
TOTAL = Column("total", "总计")

_DENIED = Node("denied", "（三）不予公开", (
    Node("state_secret", "1.属于国家秘密"),
    Node("law_forbidden", "2.其他法律行政法规禁止公开"),
    Node("safety_stability", "3.危及“三安全一稳定”"),
    Node("third_party_rights", "4.保护第三方合法权益"),
    Node("internal_affairs", "5.属于三类内部事务信息"),
    Node("process_information", "6.属于四类过程性信息"),
    Node("enforcement_case", "7.属于行政执法案卷"),
    Node("administrative_query", "8.属于行政查询事项"),
))
_UNABLE = Node("unable_to_provide", "（四）无法提供", (
    Node("no_such_information", "1.本机关不掌握相关政府信息"),
    Node("needs_creation", "2.没有现成信息需要另行制作"),
    Node("still_unclear", "3.补正后申请内容仍不明确"),
))
_NOT_PROCESSED = Node("not_processed", "（五）不予处理", (
    Node("petition_complaint", "1.信访举报投诉类申请"),
    Node("repeated", "2.重复申请"),
    Node("publications", "3.要求提供公开出版物"),
    Node("mass_repeated", "4.无正当理由大量反复申请"),
    Node("confirm_or_reissue", "5.要求行政机关确认或重新出具已获取信息"),
))
_OTHER_2019 = Node("other_handling", "（六）其他处理")
_OTHER_2021 = Node("other_handling", "（六）其他处理", (
    Node("overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    Node("overdue_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    Node("other", "3.其他"),
))
RESULTS_TOTAL = Node("total", "（七）总计", computed=True)


def _applications(other_handling: Node) -> tuple[Node, ...]:
    results = (
        Node("granted", "（一）予以公开"),
        Node("partly_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
        _DENIED, _UNABLE, _NOT_PROCESSED, other_handling, RESULTS_TOTAL,
    )
    return (
        Node("new_received", "一、本年新收政府信息公开申请数量"),
        Node("carried_over", "二、上年结转政府信息公开申请数量"),
        Node("results", "三、本年度办理结果", results),
        Node("carried_forward", "四、结转下年度继续办理"),
    )


# Table 四 -------------------------------------------------------------------
LITIGATION_LABEL = "行政诉讼"
REVIEW_GROUPS = (
    ("reconsideration", "行政复议"),
    ("litigation_direct", "未经复议直接起诉"),
    ("litigation_after_reconsideration", "复议后起诉"),
)
OUTCOMES = (
    Column("upheld", "结果维持"),
    Column("corrected", "结果纠正"),
    Column("other", "其他结果"),
    Column("pending", "尚未审结"),
)

EDITIONS = {
    "2019": Edition("2019", "国办公开办函〔2019〕60号", ACTIVE_DISCLOSURE_2019, _applications(_OTHER_2019), False),
    "2021": Edition("2021", "国办公开办函〔2021〕30号", ACTIVE_DISCLOSURE_2021, _applications(_OTHER_2021), True),
}


def application_rows(edition: Edition):
    """Yield ``(keys, node)`` for the data rows of table 三 (23 in 2019, 25 in 2021)."""
    for node in edition.applications:
        yield from node.leaves()

# The six official sections (annual-report.md B.2), keyed as in the data.
SECTIONS = (
    ("overview", "总体情况", "主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等方面的总体情况"),
    ("active_disclosure", "主动公开政府信息情况", "可写说明文字；表二（第二十条各项的数量）印在说明之后"),
    ("applications", "收到和处理政府信息公开申请情况", "可写说明文字；表三印在说明之后"),
    ("review_litigation", "政府信息公开行政复议、行政诉讼情况", "可写说明文字；表四印在说明之后"),
    ("problems", "存在的主要问题及改进情况", "本年度的主要问题、改进措施，以及上一年度报告所列问题的整改情况；不能只写“无”"),
    ("other", "其他需要报告的事项", "如人大代表建议和政协提案办理结果公开、年度政务公开工作要点落实情况；2021 版的信息处理费由 reportkit 根据数据写出"),
)
#: Where the official sections 一 … 六 sit; a plugin section with order 550 goes between 五 and 六.
SECTION_ORDERS = (100, 200, 300, 400, 500, 600)
