"""The commented starting file that ``reportkit init annual-report`` writes."""
from __future__ import annotations

import datetime
import json
import re

from reportkit.errors import ReportkitError
from reportkit.narrative import item_texts
from reportkit.registry import StarterOptions
from reportkit.yaml_text import line, scalar

from .model import applications_values
from .tables import APPLICANT_COLUMNS, EDITIONS, OUTCOMES, REVIEW_GROUPS, SECTIONS, Node


_OVERVIEW = (
    ("主动公开", "本年度主动公开工作的做法、渠道和成效"),
    ("依申请公开", "收到和办理政府信息公开申请的总体情况"),
    ("政府信息管理", "公开属性认定、发布审查、政策解读等管理工作"),
    ("政府信息公开平台建设", "政府网站、政务新媒体等平台的建设和运行"),
    ("监督保障", "组织领导、考核、培训和责任追究等情况；地方人民政府还要写工作考核、社会评议和责任追究结果情况"),
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


def _applicant_row(indent: int, keys: tuple, label: str, given: dict) -> list[str]:
    return [line(indent, keys[-1], "", label)] + [line(indent + 1, c.key, str(given.get(("applications",) + keys + (c.key,), 0)), c.label)
                                                  for c in APPLICANT_COLUMNS]


def _nodes(indent: int, nodes: tuple[Node, ...], given: dict, parent: tuple = ()) -> list[str]:
    out = []
    for node in nodes:
        if node.computed:
            out.append(f"{'  ' * indent}# {node.label}由 reportkit 计算，不必填写")
        elif node.children:
            out.append(line(indent, node.key, "", node.label))
            out += _nodes(indent + 1, node.children, given, parent + (node.key,))
        else:
            out += _applicant_row(indent, parent + (node.key,), node.label, given)
    return out


def starter(options: StarterOptions) -> str:
    """A YAML file with every field commented, every table in full with zeros, and 【…】 placeholders."""
    year = options.year
    name = options.edition or ("2019" if year <= 2020 else "2021")
    if name not in EDITIONS or year < 2019:
        from . import edition_for_year

        fits = edition_for_year(year)
        raise ReportkitError(f"{name} 版用于 2019 年度起的报告（2019、2020 年度用 2019 版，2021 年度起用 2021 版），"
                             f"{year} 年度用 {fits} 版：请改为 --edition {fits}，或去掉 --edition")
    spec = EDITIONS[name]
    agency = options.agency or "【请填写：发布机关全称】"
    out = [
        f"# yaml-language-server: $schema={options.schema_url}",
        "# 政府信息公开工作年度报告的数据文件，由 reportkit init 生成。",
        "# 【请填写：…】是占位文字，请换成实际内容；留着占位不能正式生成（reportkit validate 会逐个指出；先出草稿用 reportkit render --draft）。",
        "# 小标题只写文字，编号（一、（一）1.（1））由 reportkit 生成。统计表中不填的格按 0 计。",
        "# 正文中的数字可以引用统计表，如“新收申请【表三：new_received.total】件”，生成时换成表中的数（R9，见 docs/data-format.md）。",
        "# 明年从本文件开始：reportkit init --from 本文件 -o 新文件；写好后 reportkit validate 新文件 --previous 本文件 做跨年度检查。",
        line(0, "kind", "annual-report", "文档类型：政府信息公开工作年度报告"),
        line(0, "edition", f'"{name}"', f"版式：{spec.issued_by}；不写则由报告年度决定")
        if options.edition else f'# edition: "{name}"   # 版式：{spec.issued_by}；不写则由报告年度决定',
        line(0, "year", str(year), "报告年度"),
        line(0, "agency", scalar(agency), "发布机关全称"),
        line(0, "agency_type", "department",
              "department：县级以上人民政府部门（次年1月31日前公布）；government：地方人民政府（次年3月31日前公布）"),
        f"# title: {scalar(f'{agency}{year}年政府信息公开工作年度报告')}   # 标题；不写则如左"
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
    out += table_lines(spec)
    return "\n".join(out) + "\n"


def table_lines(spec, given: dict[tuple, int] | None = None) -> list[str]:
    """The tables of ``spec`` in full; a cell is 0 unless ``given`` (data path → value) says otherwise."""
    given = given or {}

    def cell(path: tuple) -> str:
        return str(given.get(path, 0))

    out = [line(0, "tables", "", "统计表"), line(1, "active_disclosure", "", "表二 主动公开政府信息情况")]
    for block in spec.active_disclosure:
        out.append(f"    # {block.caption}")
        for key, label in block.rows:
            out.append(line(2, key, "", label))
            out += [line(3, c.key, cell(("active_disclosure", key, c.key)), c.label + ("（正数为增，负数为减）" if c.cell == "change" else ""))
                    for c in block.columns]
            if block.unit_in_data:
                out.append(line(3, "unit", "万元", "采购总金额的单位：元 或 万元"))
    out.append(line(1, "applications", "", "表三 收到和处理政府信息公开申请情况；各行的总计由 reportkit 计算，不必填写"))
    out += _nodes(2, spec.applications, given)
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
    return out


# reportkit init --from LAST.yaml ----------------------------------------------------------
#: Top-level keys that are written anew rather than copied from last year's file.
_RENEWED = {"kind", "edition", "year", "period", "date", "preamble", "sections", "tables", "information_processing_fee",
            "attachments"}
_TO_FILL = "【请填写：本年度的这一段，上年的文字见上方注释】"


def starter_from(options: StarterOptions) -> str:
    """This year's file made from last year's validated report (``options.previous``).

    Kept: agency, contact, addressee, signature, layout, plugins and the section structure. Moved
    on: year and date. Narrative: placeholders, each below last year's text in a comment. Tables:
    zeros, but 上年结转 is last year's 结转下年度 (and stays pending: 结转下年度 the same, so R1
    holds) and 现行有效件数 / 上一年项目数量 carry over, so R7 and R8 hold by construction.
    """
    last = options.previous
    data, report = last.loaded.data, last.report
    year, edition = options.year, options.edition
    if (last.edition in EDITIONS) != (edition in EDITIONS):
        raise ReportkitError(f"上年报告是 {last.edition} 版，{year} 年度用 {edition} 版，两者的结构不同：请不带 --from，"
                             f"用 reportkit init annual-report --year {year} 生成新文件")
    out = [
        f"# yaml-language-server: $schema={options.schema_url}",
        f"# 政府信息公开工作年度报告的数据文件，由 reportkit init --from {last.loaded.file} 从 {report.year} 年度的报告生成。",
        "# 发布机关、联系方式、主送机关、署名、插件和各部分的结构沿用上年；年度和成文日期已顺延，请核对。",
        "# 正文每一段都是【请填写：…】占位，上方注释是上年的文字：请按本年度的工作重写（照抄上年会被 R15 指出）；",
        "# 留着占位不能正式生成（先出草稿用 reportkit render --draft）。",
        "# 统计表：表三的“二、上年结转”已按上年的“四、结转下年度继续办理”填好（R7），“四、结转下年度”暂与之相同；"
        "表二的现行有效件数（2019 版：上一年项目数量）已按上年结转（R8）。其余的格为 0，请按本年实际填写。",
        f"# 写完后运行：reportkit validate 本文件 --previous {last.loaded.file}",
        line(0, "kind", "annual-report", "文档类型：政府信息公开工作年度报告"),
        line(0, "year", str(year), "报告年度"),
    ]
    for key, value in data.items():
        if key in _RENEWED:
            continue
        if key == "title" and isinstance(value, str):
            value = value.replace(str(report.year), str(year))
        out += _value(0, key, value)
    if getattr(report, "date", None) is not None:
        out.append(line(0, "date", _next_year(report.date, year).isoformat(), "成文日期：已按上年顺延一年，请改为实际日期"))
    if "preamble" in data:
        out += _narrative(0, "preamble", data["preamble"])
    out.append(line(0, "sections", "", "正文；小标题沿用上年，每段请按本年度重写"))
    for key, value in data["sections"].items():
        if key == "problems" and edition in EDITIONS:
            out += _problems(last)
        else:
            out += _narrative(1, key, value)
    if edition in EDITIONS:
        out += table_lines(EDITIONS[edition], _carried(last, edition))
    for i, item in enumerate(data.get("attachments") or (), 1):
        out.append(f"# 上年的附件{i}：{_one_line(item)}（如本年仍有附件，请按 reportkit init 的说明写 attachments）")
    return "\n".join(out) + "\n"


def _next_year(day: datetime.date, year: int) -> datetime.date:
    """``day`` a year on (2月29日 on 2月28日); one in the calendar's last year (a typo: 9999-12-31) as a new file's
    date, 1月20日 of the year after ``year``."""
    if day.year == datetime.MAXYEAR:
        return datetime.date(year + 1, 1, 20)
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 2月29日
        return day.replace(year=day.year + 1, day=28)


def _one_line(value) -> str:
    """``value`` on one line, without the blanks that folding a paragraph in YAML leaves between Chinese characters."""
    return re.sub(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])", "", " ".join(str(value).split()))


def _scalar(value) -> str:
    """``value`` as YAML that reads back as the same value (a string of digits stays a string)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        return scalar(value)
    return str(value)


def _value(indent: int, key, value) -> list[str]:
    """``key: value`` in block style, nested mappings and lists included."""
    pad = "  " * indent
    head = f"{pad}{_scalar(key)}:"
    if isinstance(value, dict):
        out = [head]
        for k, v in value.items():
            out += _value(indent + 1, k, v)
        return out
    if isinstance(value, list):
        if not value:
            return [f"{head} []"]
        out = [head]
        for item in value:
            out += _list_item(indent + 1, item)
        return out
    return [f"{head} {_scalar(value)}"]


def _list_item(indent: int, item) -> list[str]:
    pad = "  " * indent
    if isinstance(item, dict) and item:
        lines = []
        for k, v in item.items():
            lines += _value(indent + 1, k, v)
        first = lines[0]
        return [f"{pad}- {first.lstrip()}"] + lines[1:]
    return [f"{pad}- {_scalar(item) if not isinstance(item, (dict, list)) else '[]'}"]


#: Lists of paragraphs: a section's items, a heading's or part's content, the preamble (and its 2008 text).
_PROSE = {"content", "text", "preamble"} | {key for key, _label, _hint in SECTIONS}


def _narrative(indent: int, key, value) -> list[str]:
    """A narrative value mirrored: headings, titles and settings kept, every paragraph a placeholder under
    last year's text. Figures of the 2008 edition are last year's numbers: left commented out, to be updated."""
    pad = "  " * indent
    if isinstance(value, list) and (key in _PROSE or any(isinstance(item, dict) for item in value)):
        out = [f"{pad}{_scalar(key)}:" if value else f"{pad}{_scalar(key)}: []"]
        for item in value:
            if isinstance(item, str) and key in _PROSE:
                out += [f"{pad}  # 上年：{_one_line(item)}", f"{pad}  - {_TO_FILL}"]
            elif isinstance(item, dict) and "rows" in item:
                out += _table(indent + 1, item)
            elif isinstance(item, dict):
                out += _narrative_item(indent + 1, item)
            else:
                out += _list_item(indent + 1, item)
        return out
    if isinstance(value, dict):
        out = [f"{pad}{_scalar(key)}:"]
        for k, v in value.items():
            if k == "figures":
                out.append(f"{pad}  # 上年的数据（请改为本年的数后去掉注释）：")
                out += [f"{pad}  # {text}" for text in _value(0, k, v)]
            else:
                out += _narrative(indent + 1, k, v)
        if "figures" in value and not value.get("content") and not value.get("within"):  # within: the other's text
            out += [f"{pad}  content:", f"{pad}    - 【请填写：本年度的这一部分（上年只有数据，见上方注释）】"]
        return out
    return _value(indent, key, value)


def _table(indent: int, table: dict) -> list[str]:
    """A 2008 part's own table mirrored: its head (``head_rows`` rows) and each row's first cell kept, the other cells
    placeholders under last year's row; a merged cell ({text, colspan, rowspan}) keeps its spans, so the rows still
    fill the head."""
    pad = "  " * indent

    def cell(value) -> str:
        if isinstance(value, dict):
            return "{" + ", ".join(f"{key}: {cell(part)}" for key, part in value.items()) + "}"
        return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else _scalar(value)

    def flow(cells) -> str:
        return "[" + ", ".join(map(cell, cells)) + "]"

    def blank(value):
        return {**value, "text": "【请填写】"} if isinstance(value, dict) else "【请填写】"

    head = table.get("head_rows", 1)
    out = [f"{pad}- columns: {flow(table.get('columns') or [])}",
           *([f"{pad}  head_rows: {cell(head)}"] if "head_rows" in table else []), f"{pad}  rows:"]
    for r, row in enumerate(table.get("rows") or []):
        if r < head - 1:
            out.append(f"{pad}    - {flow(row)}")
        else:
            out += [f"{pad}    # 上年：{flow(row)}", f"{pad}    - {flow(row[:1] + [blank(value) for value in row[1:]])}"]
    if table.get("widths"):
        out.append(f"{pad}  widths: {flow(table['widths'])}")
    return out


def _narrative_item(indent: int, item: dict) -> list[str]:
    pad = "  " * indent
    lines = []
    for k, v in item.items():
        lines += _narrative(indent + 1, k, v)
    first = next(i for i, text in enumerate(lines) if not text.lstrip().startswith("#"))
    lines[first] = f"{pad}- {lines[first].lstrip()}"
    return lines


def _problems(last) -> list[str]:
    """五、存在的主要问题及改进情况: last year's problems become the prompts of this year's 改进情况."""
    items = last.report.sections.problems
    problems = [text for path, text in item_texts(items, ()) if path[-1] != "heading"
                and not _under_follow_up(items, path)]
    out = [line(1, "problems", "", "五、存在的主要问题及改进情况")]
    out += [f"    # 上年：{_one_line(text)}" for path, text in item_texts(items, ()) if path[-1] != "heading"]
    out += ["    - heading: 存在的主要问题", "      content:", "        - 【请填写：本年度工作中存在的主要问题】",
            "    - heading: 改进情况", "      content:", "        # 上年报告所列的问题，请逐条写明整改情况（R16）："]
    out += [f"        #   {_one_line(text)}" for text in problems]
    out.append("        - 【请填写：上一年度报告所列问题的整改情况，以及本年度的改进措施】")
    return out


def _under_follow_up(items, path: tuple) -> bool:
    item = items[path[0]]
    return not isinstance(item, str) and any(word in item.heading for word in ("改进", "整改"))


def _carried(last, edition: str) -> dict[tuple, int]:
    """The cells that carry over from last year's tables (R7 and R8), by data path below ``tables``."""
    if last.edition not in EDITIONS:
        return {}
    forward = applications_values(last.report)[("carried_forward",)]
    given = {}
    for c in APPLICANT_COLUMNS:
        if forward[c.key]:
            given[("applications", "carried_over", c.key)] = given[("applications", "carried_forward", c.key)] = forward[c.key]
    if last.edition == edition:
        table = last.report.tables.active_disclosure
        for block in EDITIONS[edition].active_disclosure:
            keys = {c.key for c in block.columns}
            for key, _label in block.rows:
                row = getattr(table, key)
                if "in_force" in keys:
                    given[("active_disclosure", key, "in_force")] = row.in_force.value
                elif "change" in keys:
                    given[("active_disclosure", key, "previous_year")] = row.previous_year.value + row.change.value
    return given
