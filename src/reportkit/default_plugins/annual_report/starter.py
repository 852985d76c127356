"""The commented starting file that ``reportkit init annual-report`` writes."""
from __future__ import annotations

from reportkit.errors import ReportkitError
from reportkit.registry import StarterOptions
from reportkit.yaml_text import line, scalar

from .tables import APPLICANT_COLUMNS, EDITIONS, OUTCOMES, REVIEW_GROUPS, SECTIONS, Node


_OVERVIEW = (
    ("主动公开", "本年度主动公开工作的做法、渠道和成效"),
    ("依申请公开", "收到和办理政府信息公开申请的总体情况"),
    ("政府信息管理", "公开属性认定、发布审查、政策解读等管理工作"),
    ("政府信息公开平台建设", "政府网站、政务新媒体等平台的建设和运行"),
    ("监督保障", "组织领导、考核、培训和责任追究等情况"),
)
_PROBLEMS = (
    ("存在的主要问题", "本年度工作中存在的主要问题"),
    ("改进情况", "针对上述问题的改进措施，以及上一年度报告所列问题的整改情况"),
)


#: The commented-out 联系方式 and 署名 of every edition's starting file.
CONTACT_LINES = (
    "# contact:   # 联系方式，印在前言末尾；各项均可不写",
    "#   office: 【请填写：受理咨询的科室】   # 联系单位",
    "#   address: 【请填写：通信地址】   # 地址",
    '#   postcode: "000000"   # 邮政编码',
    '#   phone: "0000-0000000"   # 电话',
    "#   email: 【请填写：电子邮箱】   # 电子邮箱",
    "#   website: 【请填写：网址】   # 可下载本报告电子版的网站",
    "# signature: 【请填写：署名机关】   # 署名；不写则为发布机关，联合发布写成列表",
)


def _headings(indent: int, items: tuple[tuple[str, str], ...]) -> list[str]:
    pad = "  " * indent
    out = []
    for heading, hint in items:
        out += [f"{pad}- heading: {heading}", f"{pad}  content:", f"{pad}    - 【请填写：{hint}】"]
    return out


def _applicant_row(indent: int, key: str, label: str) -> list[str]:
    return [line(indent, key, "", label)] + [line(indent + 1, c.key, "0", c.label) for c in APPLICANT_COLUMNS]


def _nodes(indent: int, nodes: tuple[Node, ...]) -> list[str]:
    out = []
    for node in nodes:
        if node.computed:
            out.append(f"{'  ' * indent}# {node.label}由 reportkit 计算，不必填写")
        elif node.children:
            out.append(line(indent, node.key, "", node.label))
            out += _nodes(indent + 1, node.children)
        else:
            out += _applicant_row(indent, node.key, node.label)
    return out


def starter(options: StarterOptions) -> str:
    """A YAML file with every field commented, every table in full with zeros, and 【…】 placeholders."""
    year = options.year
    name = options.edition or ("2019" if year <= 2020 else "2021")
    if name not in EDITIONS or year < 2019:
        raise ReportkitError(f"无法为 {year} 年度、{name} 版生成起始文件：目前支持 2019 年度起的报告，版式 "
                             + "、".join(EDITIONS))
    spec = EDITIONS[name]
    agency = options.agency or "【请填写：发布机关全称】"
    out = [
        f"# yaml-language-server: $schema={options.schema_url}",
        "# 政府信息公开工作年度报告的数据文件，由 reportkit init 生成。",
        "# 【请填写：…】是占位文字，请换成实际内容；留着占位不能正式生成（reportkit validate 会逐个指出；先出草稿用 reportkit render --draft）。",
        "# 小标题只写文字，编号（一、（一）1.（1））由 reportkit 生成。统计表中不填的格按 0 计。",
        line(0, "kind", "annual-report", "文档类型：政府信息公开工作年度报告"),
        line(0, "edition", f'"{name}"', f"版式：{spec.issued_by}；不写则由报告年度决定")
        if options.edition else f'# edition: "{name}"   # 版式：{spec.issued_by}；不写则由报告年度决定',
        line(0, "year", str(year), "报告年度"),
        line(0, "agency", scalar(agency), "发布机关全称"),
        line(0, "agency_type", "department",
              "department：县级以上人民政府部门（次年1月31日前公布）；government：地方人民政府（次年3月31日前公布）"),
        f"# title: {agency}{year}年政府信息公开工作年度报告   # 标题；不写则如左"
        if options.agency else "# title: …   # 标题；不写则为“<发布机关><年度>年政府信息公开工作年度报告”",
        f"# period: {{start: {year}-01-01, end: {year}-12-31}}   # 统计期限；不写则为报告年度全年",
        line(0, "date", f"{year + 1}-01-20", "成文日期，印作“X年X月X日”"),
        "# addressee: 【请填写：主送机关】   # 主送机关；可不写",
        "# preamble:   # 前言（标题后的段落）；不写则由 reportkit 写出编制依据、报告内容和统计期限",
        "#   - 【请填写：前言段落】",
        *CONTACT_LINES,
        line(0, "sections", "", "正文六个部分；每项是一段文字，或带 heading 和 content 的小标题（最多四级）"),
    ]
    for n, (key, label, hint) in enumerate(SECTIONS, 1):
        out.append(line(1, key, "" if key in ("overview", "problems") else "[]", f"{'一二三四五六'[n - 1]}、{label}：{hint}"))
        if key == "overview":
            out += _headings(2, _OVERVIEW)
        elif key == "problems":
            out += _headings(2, _PROBLEMS)
    out.append(line(0, "tables", "", "统计表"))
    out.append(line(1, "active_disclosure", "", "表二 主动公开政府信息情况"))
    for block in spec.active_disclosure:
        out.append(f"    # {block.caption}")
        for key, label in block.rows:
            out.append(line(2, key, "", label))
            out += [line(3, c.key, "0", c.label + ("（正数为增，负数为减）" if c.cell == "change" else ""))
                    for c in block.columns]
            if block.unit_in_data:
                out.append(line(3, "unit", "万元", "采购总金额的单位：元 或 万元"))
    out.append(line(1, "applications", "", "表三 收到和处理政府信息公开申请情况；各行的总计由 reportkit 计算，不必填写"))
    out += _nodes(2, spec.applications)
    out.append(line(1, "review_litigation", "", "表四 政府信息公开行政复议、行政诉讼情况；总计由 reportkit 计算，不必填写"))
    for key, label in REVIEW_GROUPS:
        out.append(line(2, key, "", label if key == "reconsideration" else f"行政诉讼：{label}"))
        out += [line(3, c.key, "0", c.label) for c in OUTCOMES]
    if spec.information_processing_fee:
        out += [
            line(0, "information_processing_fee", "", "信息处理费（《政府信息公开信息处理费管理办法》），印在“六、其他需要报告的事项”"),
            line(1, "notices", "0", "发出收费通知的件数"),
            line(1, "amount_notified", "0", "收费通知的总金额（元）"),
            line(1, "amount_collected", "0", "实际收取的金额（元）"),
        ]
    return "\n".join(out) + "\n"
