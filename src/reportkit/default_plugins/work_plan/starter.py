"""The commented starting file that ``reportkit init work-plan`` writes, generated from :mod:`.spec`."""
from __future__ import annotations

from reportkit.registry import StarterOptions
from reportkit.yaml_text import line, scalar

from .spec import DEFAULT_DEADLINE, DOCUMENT_NAME, PARTS, RESPONSIBLE_LABEL, TASK_TABLE_SUFFIX


def _tasks(part) -> list[str]:
    return [
        "  - task: 【请填写：第一项任务】   # 任务名称，不带编号（编号（一）（二）由 reportkit 生成）",
        "    content:   # 具体措施，一项一段",
        f"      - 【请填写：{part.placeholder}】",
        f"    lead: 【请填写：牵头科室】   # 牵头科室（单位），印在“{RESPONSIBLE_LABEL}：”之后的第一位",
        "    support: [【请填写：配合科室】]   # 配合科室（单位），可写多个；没有就删去这一行",
        '    deadline: "{year}-12"   # 完成时限：日期 {year}-11-20、月份 "{year}-12" 或文字“全年”；日期须在方案年度内',
        "  - task: 【请填写：第二项任务】   # 一项任务可分子项（1. 2. …），各有措施和责任单位",
        "    items:   # 子项",
        "      - task: 【请填写：子项名称】   # 子项名称，不带编号",
        "        content:   # 具体措施",
        f"          - 【请填写：{part.placeholder}】",
        "        lead: 【请填写：牵头科室】   # 牵头科室（单位）；不写则沿用所属任务的",
    ]


def _narrative(part) -> list[str]:
    return [
        f"  - 【请填写：{part.placeholder}】",
        "  - heading: 【请填写：小标题】   # 小标题只写文字，编号由 reportkit 生成",
        "    content:   # 小标题下的段落和下一级小标题",
        "      - 【请填写：小标题下的段落】",
    ]


def starter(options: StarterOptions) -> str:
    """A YAML file with every field commented and 【…】 placeholders; it validates as written."""
    year = options.year
    agency = options.agency or "【请填写：制定机关全称】"
    out = [
        f"# yaml-language-server: $schema={options.schema_url}",
        f"# {DOCUMENT_NAME}（工作要点）的数据文件，由 reportkit init 生成。",
        "# 【请填写：…】是占位文字，请换成实际内容；留着占位不能正式生成（reportkit validate 会逐个指出；先出草稿用 reportkit render --draft）。",
        "# 任务和小标题只写文字，编号（一、（一）1.（1））由 reportkit 生成。",
        line(0, "kind", "work-plan", f"文档类型：{DOCUMENT_NAME}、工作要点"),
        line(0, "year", str(year), "方案年度；完成时限须在这一年内"),
        line(0, "agency", scalar(agency), "制定机关全称"),
        f"# title: {scalar(f'{agency}{year}年{DOCUMENT_NAME}')}   # 方案标题；不写则如左，可用 \\n 分两行",
        line(0, "notice", "", "印发通知，印在方案之前；不需要时删去这一整段"),
        line(1, "title", scalar(f"{agency}关于印发{year}年{DOCUMENT_NAME}的通知"), "通知标题"),
        line(1, "addressee", "机关各科室、局属各单位", "主送机关"),
        line(1, "body", "", "通知正文，一项一段"),
        f"    - {scalar(f'现将《{agency}{year}年{DOCUMENT_NAME}》印发给你们，请结合实际抓好落实。')}",
        "  # signature: 【请填写：署名机关】   # 署名；不写则为制定机关，联合行文写成列表（主办机关在前）",
        line(1, "date", f"{year}-01-15", "成文日期，印作“X年X月X日”"),
        "  # attachment: true   # 方案作为通知的附件：正文之下印“附件：<方案标题>”，方案首页左上角印“附件”",
        line(0, "preamble", "", "前言：方案标题后、第一部分前的段落"),
        "  - 【请填写：制定本方案的依据和目的】",
        "# headings:   # 改用其他的部分标题；不写则用默认标题",
    ]
    out += [f"#   {p.key}: {p.label}   # 默认“{p.label}”" for p in PARTS]
    for n, part in enumerate(PARTS, 1):
        out.append(line(0, part.key, "", f"{'一二三四五'[n - 1]}、{part.label}：{part.hint}"))
        if part.form == "tasks":
            out += [text.replace("{year}", str(year)) for text in _tasks(part)]
            out += ["# tasks_after:   # 印在最后一项任务之后、下一部分之前的段落（不编号），一项一段；不需要时不写",
                    "#   - 【请填写：如说明各项任务的分工另见附件的一句话】"]
        else:
            out += _narrative(part)
    out += [
        f"# task_table:   # {TASK_TABLE_SUFFIX}（序号、工作任务、具体措施、责任单位、完成时限）；不写则不列表",
        "#   place: attachment   # attachment：作为附件另起一页；inline：印在“主要任务”之后",
        f"#   title: 【请填写：表名】   # 不写则为“<制定机关><年度>年{TASK_TABLE_SUFFIX}”",
        f"#   default_deadline: {DEFAULT_DEADLINE}   # 任务没写完成时限时表中印的文字",
        "# attachments:   # 附件：各自另起一页印在方案之后，并列入附件说明",
        "#   - title: 【请填写：附件标题】   # 附件名称，不写“附件”二字",
        "#     content:   # 段落和小标题",
        "#       - 【请填写：附件正文】",
        "#     table:   # 表格（可不写）",
        "#       columns: [序号, 事项, 责任单位]   # 表头；两行的分组表头：跨列写 {text: 人员, colspan: 2}、跨行写 {text: 序号, rowspan: 2}，第二行写作 rows 的第一行，并写 head_rows: 2",
        "#       rows:   # 数据行，每行格数与表头相同",
        "#         - [1, 【请填写：事项】, 【请填写：单位】]",
        "# signature: 【请填写：署名机关】   # 方案本身的署名；只在写了 date 时印出，联合行文写成列表",
        f"# date: {year}-01-15   # 方案本身的成文日期；有印发通知时通常不写",
    ]
    return "\n".join(out) + "\n"
