"""The commented starting file of a 2008-edition report, written from :data:`.spec.SECTIONS`."""
from __future__ import annotations

import typing

from pydantic import BaseModel

from reportkit.registry import StarterOptions
from reportkit.yaml_text import line, scalar

from ..starter import CONTACT_LINES
from .model import FIGURES, Preamble
from .spec import EDITION, ISSUED_BY, OWN, SECTIONS, default_period


def _figures(indent: int, model: type[BaseModel]) -> list[str]:
    """Every field of a figures model: numbers as 0, lists and switches as comments."""
    pad = "  " * indent
    out = []
    for name, field in model.model_fields.items():
        args = typing.get_args(field.annotation) or (field.annotation,)
        if name == "show":
            out.append(line(indent, name, "text", field.description))
        elif typing.get_origin(field.annotation) is list:
            item = typing.get_args(field.annotation)[0]
            example = ", ".join(f"{key}: {'【请填写：名称】' if key == 'name' else 0}" for key in item.model_fields
                                if key in ("name", "count"))
            out.append(f"{pad}# {name}:   # {field.title}：{field.description}")
            out.append(f"{pad}#   - {{{example}}}")
        elif bool in args:
            out.append(f"{pad}# {name}: true   # {field.title}：{field.description}")
        else:
            out.append(line(indent, name, "0", f"{field.title}：{field.description}"))
    return out


def starter(options: StarterOptions) -> str:
    """A YAML file for a 2008-2018 report: every official part with placeholders and zero figures."""
    year = options.year
    agency = options.agency or "【请填写：发布机关全称】"
    start, end = default_period(year)
    preamble = Preamble.model_fields
    out = [
        f"# yaml-language-server: $schema={options.schema_url}",
        f"# 政府信息公开工作年度报告（2008 版：{ISSUED_BY}下 2008—2018 年度的提纲）的数据文件，由 reportkit init 生成。",
        "# 【请填写：…】是占位文字，请换成实际内容；留着占位不能正式生成（reportkit validate 会逐个指出；先出草稿用 reportkit render --draft）。",
        "# 每一部分都可删去、改名（title）或移位（order）；本机关自设的部分写在 sections.own 下。",
        "# 标题只写文字，编号（一、（一）1.（1））由 reportkit 按排序号生成。",
        line(0, "kind", "annual-report", "文档类型：政府信息公开工作年度报告"),
        line(0, "edition", f'"{EDITION}"', f"版式：{ISSUED_BY}下的提纲；2008—2018 年度不写也按此版"),
        line(0, "year", str(year), "报告年度"),
        line(0, "agency", scalar(agency), "发布机关全称"),
        f"# title: {agency}{year}年政府信息公开工作年度报告   # 标题；不写则如左"
        if options.agency else "# title: …   # 标题；不写则为“<发布机关><年度>年政府信息公开工作年度报告”",
        f"# period: {{start: {start}, end: {end}}}   # 统计期限；不写则如左",
        line(0, "date", f"{year + 1}-03-20", "成文日期，3月31日前；不写则不印署名和成文日期"),
        "# date_style: chinese   # 成文日期写成汉字（如二〇一三年三月二十日）；默认阿拉伯数字",
        "# addressee: 【请填写：主送机关】   # 主送机关；可不写",
        "# preamble:   # 前言；不写则生成编制依据、各部分和统计期限；写成段落列表则只印这些段落",
        f"#   basis: [\"《【请填写：其他依据文件】》\"]   # {preamble['basis'].description}",
        f"#   text: [【请填写：前言段落】]   # {preamble['text'].description}",
        f"#   parts: true   # {preamble['parts'].description}",
        f"#   period: true   # {preamble['period'].description}",
        *CONTACT_LINES,
        line(0, "sections", "", "正文各部分；不需要的部分整段删去"),
    ]
    for section in SECTIONS:
        out.append(line(1, section.key, "", f"{section.title}（排序号 {section.order}）：{section.hint}"))
        renamed = section.variants[0] if section.variants else "【请填写：其他标题】"
        out.append(f"    # title: {renamed}   # 改用其他标题")
        out.append(f"    # order: {section.order}   # 排序号，决定这一部分的位置")
        if section.figures:
            out.append(line(2, "figures", "", FIGURES[section.figures].__doc__))
            out += _figures(3, FIGURES[section.figures])
        if section.figures:  # the figures' sentence is written by reportkit: a prompt for it would print it twice
            out.append("    # content:   # 可不写：上面的数字由 reportkit 写成一段；这里只写数字以外的补充说明（段落、小表格）")
            out.append("    #   - 【请填写：补充说明】")
            continue
        out.append(line(2, "content", "", "段落、带 heading 和 content 的小标题（最多四级），或本机关的小表格"
                                          "（写成 {columns: [类别, 条数], rows: [[机构职能, 12]]}）"))
        out.append(f"      - 【请填写：{section.placeholder or section.hint}】")
    out += [
        f"  # {OWN}:   # 本机关自设的部分，各写标题 title 和排序号 order（位置按排序号与上面各部分比较）",
        "  #   - title: 主要做法",
        "  #     order: 150",
        "  #     content:",
        "  #       - 【请填写：本机关的主要做法】",
    ]
    return "\n".join(out) + "\n"
