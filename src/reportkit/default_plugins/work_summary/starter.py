"""The commented starting file that ``reportkit init work-summary`` writes, generated from :mod:`.spec`."""
from __future__ import annotations

from reportkit.registry import StarterOptions
from reportkit.yaml_text import scalar

from .spec import PARTS


def starter(options: StarterOptions) -> str:
    """A YAML file with every field commented and 【…】 placeholders; it validates as written."""
    year = options.year
    agency = options.agency or "【请填写：机关全称】"
    out = [
        f"# yaml-language-server: $schema={options.schema_url}",
        "# 工作总结（可附下一年度工作计划）的数据文件，由 reportkit init 生成。",
        "# 【请填写：…】是占位文字，请换成实际内容；留着占位不能正式生成（reportkit validate 会逐个指出；先出草稿用 reportkit render --draft）。",
        "# 小标题只写文字，编号（一、（一）1.（1））由 reportkit 生成。",
        "kind: work-summary   # 文档类型：工作总结（可附下一年度工作计划）",
        f"year: {year}   # 总结年度",
        f"agency: {scalar(agency)}   # 机关全称，也是默认的署名",
        f"# title: {scalar(f'{agency}{year}年工作总结和{year + 1}年工作计划')}   # 标题；不写则如左（没有工作计划时不带后半），可用 \\n 分两行",
        "# addressee: 【请填写：主送机关】   # 主送机关，如“市政府信息公开工作办公室”；可不写",
        "preamble:   # 前言：标题后、第一部分前的段落",
        "  - 【请填写：本年度工作的总体情况和主要数字】",
        "# headings:   # 改用其他的部分标题；不写则用默认标题",
    ]
    out += [f"#   {p.key}: {p.heading(year)}   # 默认“{p.heading(year)}”" for p in PARTS]
    for n, part in enumerate(PARTS, 1):
        out += [
            f"{part.key}:   # {'一二三四五'[n - 1]}、{part.heading(year)}：{part.hint}",
            f"  - heading: 【请填写：{part.placeholder}】   # 小标题只写文字，编号由 reportkit 生成",
            "    content:   # 段落和下一级小标题",
            "      - 【请填写：段落】",
        ]
        if n == 1:
            out += [
                "#   - columns: [项目, 数量]   # 小表格（可不写），印在它所在的位置：表头",
                "#     rows:   # 数据行，每行格数与表头相同",
                "#       - [【请填写：项目】, 0]",
            ]
    out += [
        "# attachments:   # 附件：各自另起一页印在署名之后，并列入附件说明",
        "#   - title: 【请填写：附件标题】   # 附件名称，不写“附件”二字",
        "#     content:   # 段落和小标题",
        "#       - 【请填写：附件正文】",
        "#     table:   # 表格（可不写）",
        "#       columns: [项目, 数量]   # 表头；两行的分组表头：跨列写 {text: 人员, colspan: 2}、跨行写 {text: 序号, rowspan: 2}，第二行写作 rows 的第一行，并写 head_rows: 2",
        "#       rows:   # 数据行，每行格数与表头相同",
        "#         - [【请填写：项目】, 0]",
        "# signature: 【请填写：署名机关】   # 署名；不写则为 agency，联合行文写成列表（主办机关在前，其余依次向下）",
        f"date: {year + 1}-01-15   # 成文日期，印作“X年X月X日”",
    ]
    return "\n".join(out) + "\n"
