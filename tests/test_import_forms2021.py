"""Reports of the 2019 and 2021 formats (2019-2025) in published forms a sweep of self-written inputs tried: a page
Word saved as a web page (MsoNormal, <o:p>, GB2312), a site's page with each table in a TRS_Editor <div> under a
heading parted by <br>, a DOCX whose merged heads are w:vMerge with figures grouped by thousands and one in a text box,
a DOCX with 一是/二是 items. Those read whole; what did not: a note's mark typed after a figure (57①, 38¹ read as 571,
381), 0 written 零 or 〇 (no number; table 四 lost), table 二's caption on one line with its head in a text copy, and a
PDF of ragged text whose 署名 over a longer date was taken for the edge its paragraphs wrap to (each line a paragraph).
"""
from __future__ import annotations

import html
from pathlib import Path

import pytest
import yaml
from _import_helpers import SOFFICE, import_text, imported, libreoffice_pdf, page_as_text
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

from reportkit.importers import import_file
from reportkit.plugins import load_plugins

PLUGINS = load_plugins()

PARTS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
         "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
COLUMNS = ["natural_person", "commercial_enterprise", "research_institution", "public_welfare_organization",
           "legal_service_agency", "other", "total"]
APPLICANTS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
OUTCOMES = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
#: Table 三's rows as printed in its three label columns (a group's label before its first item), and their keys.
ROWS = [(("一、本年新收政府信息公开申请数量",), ("new_received",)), (("二、上年结转政府信息公开申请数量",), ("carried_over",)),
        (("三、本年度办理结果", "（一）予以公开"), ("results", "granted")),
        (("（二）部分公开（区分处理的，只计这一情形，不计其他情形）",), ("results", "partly_granted"))] + [
    ((("（三）不予公开",) if i == 0 else ()) + (label,), ("results", "denied", key)) for i, (label, key) in enumerate([
        ("1.属于国家秘密", "state_secret"), ("2.其他法律行政法规禁止公开", "law_forbidden"),
        ("3.危及“三安全一稳定”", "safety_stability"), ("4.保护第三方合法权益", "third_party_rights"),
        ("5.属于三类内部事务信息", "internal_affairs"), ("6.属于四类过程性信息", "process_information"),
        ("7.属于行政执法案卷", "enforcement_case"), ("8.属于行政查询事项", "administrative_query")])] + [
    ((("（四）无法提供",) if i == 0 else ()) + (label,), ("results", "unable_to_provide", key)) for i, (label, key) in
    enumerate([("1.本机关不掌握相关政府信息", "no_such_information"), ("2.没有现成信息需要另行制作", "needs_creation"),
               ("3.补正后申请内容仍不明确", "still_unclear")])] + [
    ((("（五）不予处理",) if i == 0 else ()) + (label,), ("results", "not_processed", key)) for i, (label, key) in
    enumerate([("1.信访举报投诉类申请", "petition_complaint"), ("2.重复申请", "repeated"), ("3.要求提供公开出版物", "publications"),
               ("4.无正当理由大量反复申请", "mass_repeated"), ("5.要求行政机关确认或重新出具已获取信息", "confirm_or_reissue")])]
OTHER = {"2019": [(("（六）其他处理",), ("results", "other_handling"))],
         "2021": [(("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
                   ("results", "other_handling", "overdue_correction")),
                  (("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",),
                   ("results", "other_handling", "overdue_fee")),
                  (("3.其他",), ("results", "other_handling", "other"))]}
SPANS = {"三、本年度办理结果": {"2019": 20, "2021": 22}, "（三）不予公开": 8, "（四）无法提供": 3, "（五）不予处理": 5,
         "（六）其他处理": 3}
#: The applicants' figures of the rows that have any (by row), 2021 rows; the 2019 edition's one （六） row has
#: those of the 2021 ones together.
FIGURES = {0: [1031, 24, 0, 1, 2, 0], 1: [2, 1, 0, 0, 0, 0], 2: [1014, 2, 0, 0, 1, 0], 3: [3, 1, 0, 0, 0, 0],
           7: [1, 0, 0, 0, 0, 0], 9: [1, 0, 0, 0, 0, 0], 12: [8, 1, 0, 1, 0, 0], 13: [1, 0, 0, 0, 0, 0],
           15: [2, 0, 0, 0, 0, 0], 16: [1, 0, 0, 0, 0, 0], 20: [1, 0, 0, 0, 0, 0], 22: [0, 0, 0, 0, 1, 0]}
REVIEW = [2, 1, 0, 1, 4, 1, 0, 0, 1, 2, 0, 0, 1, 0, 1]
DISCLOSURE = {
    "2021": {"regulations": {"issued": 0, "repealed": 0, "in_force": 0},
             "normative_documents": {"issued": 3, "repealed": 1, "in_force": 14},
             "administrative_licensing": {"decisions": 1284}, "administrative_penalty": {"decisions": 57},
             "administrative_coercion": {"decisions": 6}, "administrative_fees": {"amount": 36.42}},
    "2019": {"regulations": {"newly_made": 0, "newly_published": 0, "total_published": 0},
             "normative_documents": {"newly_made": 2, "newly_published": 2, "total_published": 11},
             "administrative_licensing": {"previous_year": 23, "change": 4, "decisions": 1306},
             "other_services": {"previous_year": 9, "change": -2, "decisions": 140},
             "administrative_penalty": {"previous_year": 12, "change": 0, "decisions": 48},
             "administrative_coercion": {"previous_year": 3, "change": 1, "decisions": 5},
             "administrative_fees": {"previous_year": 2, "change": 0},
             "government_procurement": {"projects": 7, "amount": 356.8, "unit": "万元"}}}
#: The narrative, in this project's own words, and sentences of it an import must keep.
OVERVIEW = ["{year}年，{agency}把公开事项清单同年度业务计划一并下达，由办公室统一汇总发布。", "（一）主动公开",
            "全年在门户网站专栏发布各类信息386条，更新办事指南41项。", "（二）依申请公开", "受理的申请均在法定期限内答复，答复书写明依据和救济途径。",
            "（三）政府信息管理", "落实发文前公开属性审查，年内对历年文件逐件复核一遍。", "（四）政府信息公开平台建设",
            "专栏新增“惠企政策”栏目，栏目更新责任落实到科室。", "（五）监督保障", "公开工作列入科室年终考评，全年开展业务培训3场，未发生责任追究情形。"]
PROBLEMS = "部分栏目更新间隔偏长，解读材料形式比较单一。下一步将建立栏目更新台账，逐月通报更新情况。"
OTHER_MATTERS = "本年度未收取信息处理费。"
KEPT = ["把公开事项清单同年度业务计划一并下达", "专栏新增“惠企政策”栏目", "建立栏目更新台账", OTHER_MATTERS]


def rows_of(edition: str) -> list:
    """Table 三's rows (labels, keys, 7 figures) of ``edition``, the totals adding up (R1-R3)."""
    rows = ROWS + OTHER[edition]
    figures = dict(FIGURES)
    if edition == "2019":
        figures[20] = [a + b + c for a, b, c in zip(*(FIGURES.get(i, [0] * 6) for i in (20, 21, 22)))]
    out = [(labels, keys, [*(six := figures.get(i, [0] * 6)), sum(six)]) for i, (labels, keys) in enumerate(rows)]
    total = [sum(row[c] for _, _, row in out[2:]) for c in range(7)]
    return out + [(("（七）总计",), ("results", "total"), total),
                  (("四、结转下年度继续办理",), ("carried_forward",), [a + b - t for a, b, t in
                                                                zip(out[0][2], out[1][2], total)])]


def expected(edition: str) -> dict:
    applications: dict = {}
    for _, keys, row in rows_of(edition):
        node = applications
        for key in keys[:-1]:
            node = node.setdefault(key, {})
        node[keys[-1]] = dict(zip(COLUMNS, row))
    review = {group: dict(zip(["upheld", "corrected", "other", "pending", "total"], REVIEW[g * 5:g * 5 + 5]))
              for g, group in enumerate(["reconsideration", "litigation_direct", "litigation_after_reconsideration"])}
    return {"active_disclosure": DISCLOSURE[edition], "applications": applications, "review_litigation": review}


def blocks(edition: str, fmt=str) -> list:
    """Table 二 as (caption, head, rows of (label, cells))."""
    d = DISCLOSURE[edition]
    if edition == "2021":
        return [("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                 [("规章", [fmt(v) for v in d["regulations"].values()]),
                  ("行政规范性文件", [fmt(v) for v in d["normative_documents"].values()])]),
                ("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [("行政许可", [fmt(d["administrative_licensing"]["decisions"])])]),
                ("第二十条第（六）项", ["信息内容", "本年处理决定数量"],
                 [("行政处罚", [fmt(d["administrative_penalty"]["decisions"])]),
                  ("行政强制", [fmt(d["administrative_coercion"]["decisions"])])]),
                ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"], [("行政事业性收费", [str(d["administrative_fees"]["amount"])])])]

    def changes(label, key, *columns):
        return label, [fmt(d[key][c]) if c != "change" else f"{d[key][c]:+d}" if d[key][c] else "0" for c in columns]
    three = ("previous_year", "change", "decisions")
    return [("第二十条第（一）项", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
             [("规章", [fmt(v) for v in d["regulations"].values()]), ("规范性文件", [fmt(v) for v in d["normative_documents"].values()])]),
            ("第二十条第（五）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
             [changes("行政许可", "administrative_licensing", *three), changes("其他对外管理服务事项", "other_services", *three)]),
            ("第二十条第（六）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
             [changes("行政处罚", "administrative_penalty", *three), changes("行政强制", "administrative_coercion", *three)]),
            ("第二十条第（八）项", ["信息内容", "上一年项目数量", "本年增/减"],
             [changes("行政事业性收费", "administrative_fees", "previous_year", "change")]),
            ("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额"],
             [("政府集中采购", [fmt(d["government_procurement"]["projects"]), f"{d['government_procurement']['amount']}万元"])])]


def html_tables(edition: str, cell=str, td=lambda text, attrs="": f"<td{attrs}>{text}</td>") -> list[str]:
    """Tables 二, 三 and 四 as a page prints them, merged cells spanned as in the format."""
    e = html.escape
    two = "".join(f"<tr>{td(e(caption), ' colspan=4')}</tr><tr>" + "".join(
        td(e(c), f" colspan={5 - len(head)}" if j == len(head) - 1 and len(head) < 4 else "") for j, c in enumerate(head))
        + "</tr>" + "".join("<tr>" + td(e(label)) + "".join(td(cell(v), f" colspan={4 - len(cells)}" if len(cells) < 3
                                                            and j == len(cells) - 1 else "") for j, v in enumerate(cells))
                            + "</tr>" for label, cells in rows)
        for caption, head, rows in blocks(edition, cell))
    three = [f"<tr>{td(e(NOTE), ' colspan=3 rowspan=3')}{td('申请人情况', ' colspan=7')}</tr>",
             f"<tr>{td('自然人', ' rowspan=2')}{td('法人或其他组织', ' colspan=5')}{td('总计', ' rowspan=2')}</tr>",
             "<tr>" + "".join(td(c) for c in APPLICANTS[1:6]) + "</tr>"]
    for labels, keys, row in rows_of(edition):
        cells = []
        for label in labels:
            span = SPANS.get(label)
            span = span[edition] if isinstance(span, dict) else span
            if span and not (edition == "2019" and label == "（六）其他处理"):
                cells.append(td(e(label), f" rowspan={span}"))
            else:
                depth = 3 if keys[0] != "results" else 2 if len(keys) == 2 else 1
                cells.append(td(e(label), f" colspan={depth}" if depth > 1 else ""))
        three.append("<tr>" + "".join(cells) + "".join(td(cell(v)) for v in row) + "</tr>")
    four = [f"<tr>{td('行政复议', ' colspan=5')}{td('行政诉讼', ' colspan=10')}</tr>",
            "<tr>" + "".join(td(c, " rowspan=2") for c in OUTCOMES) + td("未经复议直接起诉", " colspan=5")
            + td("复议后起诉", " colspan=5") + "</tr>", "<tr>" + "".join(td(c) for c in OUTCOMES * 2) + "</tr>",
            "<tr>" + "".join(td(cell(v)) for v in REVIEW) + "</tr>"]
    return [two, "".join(three), "".join(four)]


def narrative(agency: str, year: int) -> list[str]:
    return [text.format(agency=agency, year=year) for text in OVERVIEW]


def plain_page(agency: str, year: int, edition: str, cell=str, after: tuple[str, str] = ("", "")) -> str:
    """A site's plain page: h1, h2 parts, tables as they are; ``after`` table 二's and 三's: a note under each."""
    two, three, four = html_tables(edition, cell)
    paras = "".join(f"<p>{html.escape(t)}</p>" for t in narrative(agency, year))
    return (f"<html><head><meta charset='utf-8'></head><body><h1>{agency}{year}年政府信息公开工作年度报告</h1>"
            f"<h2>{PARTS[0]}</h2>{paras}<h2>{PARTS[1]}</h2><table border=1>{two}</table>{after[0]}"
            f"<h2>{PARTS[2]}</h2><table border=1>{three}</table>{after[1]}<h2>{PARTS[3]}</h2><table border=1>{four}</table>"
            f"<h2>{PARTS[4]}</h2><p>{PROBLEMS}</p><h2>{PARTS[5]}</h2><p>{OTHER_MATTERS}</p>"
            f"<p style='text-align:right'>{agency}</p><p style='text-align:right'>{year + 1}年1月20日</p></body></html>")


def word_web_page(agency: str, year: int) -> bytes:
    """A DOCX Word saved as a web page (“网页，筛选过”): GB2312, MsoNormal paragraphs, empty <o:p>, mso- styles, a year
    in a span of its own, tables of fixed widths whose cells each hold a <p>, figures padded with &nbsp;."""
    def para(text, font="仿宋_GB2312"):
        return (f"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly'>"
                f"<span style='font-size:16.0pt;font-family:{font};mso-hansi-font-family:\"Times New Roman\"'>"
                f"{html.escape(text)}<span lang=EN-US><o:p></o:p></span></span></p>")

    def td(text, attrs=""):
        return (f"<td width=60{attrs} valign=center style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext "
                f".5pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'><span "
                f"lang=EN-US style='font-size:10.0pt;font-family:宋体'>{text}<o:p></o:p></span></p></td>")
    blank = "<p class=MsoNormal><span lang=EN-US style='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>"
    tables = [f"<div align=center><table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=560 style='"
              f"border-collapse:collapse;mso-table-layout-alt:fixed;mso-yfti-tbllook:1184'>{t}</table></div>{blank}"
              for t in html_tables("2021", lambda v: f"&nbsp;{v}&nbsp;", td)]
    title = (f"<p class=MsoNormal align=center style='text-align:center'><span style='font-size:22.0pt;font-family:"
             f"方正小标宋简体'>{agency}<span lang=EN-US>{year}</span>年政府信息公开工作年度报告<span lang=EN-US><o:p></o:p>"
             f"</span></span></p>")
    closing = (f"<p class=MsoNormal align=right style='text-align:right;margin-right:64.0pt'><span style='font-size:"
               f"16.0pt'>{agency}<o:p></o:p></span></p><p class=MsoNormal align=right style='text-align:right;"
               f"margin-right:48.0pt'><span lang=EN-US style='font-size:16.0pt'>{year + 1}</span><span style='font-size:"
               f"16.0pt'>年<span lang=EN-US>1</span>月<span lang=EN-US>18</span>日<o:p></o:p></span></p>")
    body = "".join([
        title, blank, para(PARTS[0], "黑体"), *map(para, narrative(agency, year)),
        para(PARTS[1], "黑体"), tables[0], para(PARTS[2], "黑体"), tables[1], para(PARTS[3], "黑体"), tables[2],
        para(PARTS[4], "黑体"), para(PROBLEMS), para(PARTS[5], "黑体"), para(OTHER_MATTERS), blank, closing])
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\n<meta name=Generator content=\"Microsoft "
            "Word 15 (filtered)\">\n<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>admin</o:Author>\n "
            "</o:DocumentProperties>\n</xml><![endif]-->\n<style>\n<!--\np.MsoNormal {margin:0cm; text-align:justify;}\n"
            "@page WordSection1 {size:595.3pt 841.9pt;}\n-->\n</style>\n</head>\n<body lang=ZH-CN style='tab-interval:"
            f"21.0pt'>\n<div class=WordSection1 style='layout-grid:15.6pt'>\n{body}\n</div>\n</body>\n</html>\n"
            ).encode("gbk")


def trs_page(agency: str, year: int) -> str:
    """A 2019-format report on a site whose editor (TRS) puts each table in a <div class="TRS_Editor"> of its own,
    the part's heading over it as text ended by <br>, the narrative's lines parted by <br> in one paragraph."""
    two, three, four = html_tables("2019")
    lines = "<br>".join(("" if t.startswith("（") else "　　") + t for t in narrative(agency, year))
    return (f"<html><head><meta charset='utf-8'></head><body><div class='crumbs'>首页 &gt; 政府信息公开 &gt; 年度报告</div>"
            f"<div class='article'><h1>{agency}{year}年政府信息公开工作年度报告</h1>"
            f"<div class='TRS_Editor'><p>{PARTS[0]}<br>{lines}<br>{PARTS[1]}</p></div>"
            f"<div class='TRS_Editor'><table border='1' cellspacing='0'>{two}</table></div>"
            f"<div class='TRS_Editor'>{PARTS[2]}<br><table border='1' cellspacing='0'><tbody>{three}</tbody></table></div>"
            f"<div class='TRS_Editor'>{PARTS[3]}<br><table border='1' cellspacing='0'><tbody>{four}</tbody></table></div>"
            f"<div class='TRS_Editor'><p>{PARTS[4]}<br>　　{PROBLEMS}<br>{PARTS[5]}<br>　　{OTHER_MATTERS}</p>"
            f"<p style='text-align:right'>{agency}<br>{year + 1}年1月20日</p></div></div></body></html>")


def docx_report(agency: str, year: int, edition: str, paragraphs: list[str], fmt=str, size: int = 12) -> Document:
    """A report typed in Word: the merges of its tables' heads and labels are w:vMerge / w:gridSpan cells."""
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "FandolFang", Pt(size)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "FandolFang")
    document.add_paragraph(f"{agency}{year}年政府信息公开工作年度报告").alignment = 1
    for text in [PARTS[0], *paragraphs, PARTS[1]]:
        document.add_paragraph(text)
    for caption, head, rows in blocks(edition, fmt):
        table = document.add_table(rows=2 + len(rows), cols=4)
        table.style = "Table Grid"
        table.cell(0, 0).merge(table.cell(0, 3)).text = caption
        for i, cells in enumerate([head, *[[label, *values] for label, values in rows]], 1):
            if len(cells) < 4:
                table.cell(i, len(cells) - 1).merge(table.cell(i, 3))
            for j, text in enumerate(cells):
                table.cell(i, j).text = text
    document.add_paragraph(PARTS[2])
    rows = rows_of(edition)
    table = document.add_table(rows=3 + len(rows), cols=10)
    table.style = "Table Grid"
    table.cell(0, 0).merge(table.cell(2, 2)).text = NOTE
    table.cell(0, 3).merge(table.cell(0, 9)).text = "申请人情况"
    table.cell(1, 3).merge(table.cell(2, 3)).text = "自然人"
    table.cell(1, 4).merge(table.cell(1, 8)).text = "法人或其他组织"
    table.cell(1, 9).merge(table.cell(2, 9)).text = "总计"
    for j, name in enumerate(APPLICANTS[1:6], 4):
        table.cell(2, j).text = name
    for i, (labels, keys, row) in enumerate(rows, 3):
        column = 0 if keys[0] != "results" else 1 if len(keys) == 2 else 2
        if len(labels) == 2 and not (edition == "2019" and labels[0] == "（六）其他处理"):
            span = SPANS[labels[0]]
            outer = 0 if labels[0].startswith("三、") else 1
            table.cell(i, outer).merge(table.cell(i + (span[edition] if isinstance(span, dict) else span) - 1,
                                                  outer)).text = labels[0]
        table.cell(i, column).merge(table.cell(i, 2)).text = labels[-1]
        for j, value in enumerate(row, 3):
            table.cell(i, j).text = fmt(value)
    document.add_paragraph(PARTS[3])
    table = document.add_table(rows=4, cols=15)
    table.style = "Table Grid"
    table.cell(0, 0).merge(table.cell(0, 4)).text = "行政复议"
    table.cell(0, 5).merge(table.cell(0, 14)).text = "行政诉讼"
    for j, name in enumerate(OUTCOMES):
        table.cell(1, j).merge(table.cell(2, j)).text = name
    table.cell(1, 5).merge(table.cell(1, 9)).text = "未经复议直接起诉"
    table.cell(1, 10).merge(table.cell(1, 14)).text = "复议后起诉"
    for j, name in enumerate(OUTCOMES * 2, 5):
        table.cell(2, j).text = name
    for j, value in enumerate(REVIEW):
        table.cell(3, j).text = fmt(value)
    for text in [PARTS[4], PROBLEMS, PARTS[5], OTHER_MATTERS]:
        document.add_paragraph(text)
    document.add_paragraph(agency).alignment = 2
    document.add_paragraph(f"{year + 1}年1月26日").alignment = 2
    return document


def vmerge_docx(folder: Path) -> Path:
    """Figures grouped by thousands (1,031), table 四's first figure typed in a text box in its cell."""
    document = docx_report("某区住房和城乡建设局", 2023, "2021", narrative("某区住房和城乡建设局", 2023),
                           fmt=lambda v: f"{v:,}" if isinstance(v, int) else str(v))
    cell = document.tables[-1].cell(3, 0).paragraphs[0]
    for run in cell.runs:
        run._r.getparent().remove(run._r)
    cell._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:'
        'vml"><w:pict><v:shape style="width:20pt;height:14pt"><v:textbox><w:txbxContent><w:p><w:r><w:t>2</w:t></w:r>'
        '</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    document.save(folder / "report.docx")
    return folder / "report.docx"


ITEMS = ["一是抓好重点领域公开。围绕低保和特困供养，按月公开救助对象和资金发放情况。", "二是做好政策解读。对本局出台的两份文件同步发布图文解读。"]


def items_docx(folder: Path) -> Path:
    """A 2020 report of the 2019 format whose part 一 is items run in with 一是, 二是 (bold), no sub-headings."""
    document = docx_report("某县民政局", 2020, "2019", ["2020年，某县民政局把公开工作同业务工作一起部署。", *ITEMS])
    for paragraph in document.paragraphs:
        if paragraph.text[:2] in ("一是", "二是"):
            text = paragraph.text
            paragraph.runs[0].text, paragraph.runs[0].bold = text[:2], True
            paragraph.add_run(text[2:])
    document.save(folder / "report.docx")
    return folder / "report.docx"


def _data(result) -> dict:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


FORMS = {"word-web-page": ("2021", lambda f: (f / "report.htm", (f / "report.htm").write_bytes(
             word_web_page("某县市场监督管理局", 2022)))[0], KEPT),
         "trs-editor": ("2019", lambda f: (f / "report.html", (f / "report.html").write_text(
             trs_page("某市人力资源和社会保障局", 2020), encoding="utf-8"))[0], KEPT),
         "docx-vmerge": ("2021", vmerge_docx, KEPT),
         "docx-items": ("2019", items_docx, ITEMS)}


@pytest.mark.parametrize("form", FORMS)
def test_a_form_sites_and_offices_publish_imports_every_figure_and_sentence(tmp_path, form):
    """Each form's tables import exactly as written (R1-R5 hold, so any figure misread is also an error), and its
    sentences are kept: 一是/二是 items are the part's text, in order."""
    edition, make, kept = FORMS[form]
    result = imported(make(tmp_path), tmp_path, PLUGINS)
    data = _data(result)
    assert data["tables"] == expected(edition)
    text = result.target.read_text(encoding="utf-8")
    assert all(sentence in text for sentence in kept)
    assert result.ok, [f.message for f in result.findings]
    if form == "docx-items":
        assert data["sections"]["overview"][1:] == ITEMS


def _marked(edition: str = "2021"):
    """Table 二 with ① after 行政处罚's figure and * after 行政许可's; table 三 with ¹ after a total; notes below."""
    marks = {"57": "①", "1284": "*", "1058": "¹"}
    page = plain_page("某县卫生健康委员会", 2024, edition, lambda v: f"{v}{marks.get(str(v), '')}",
                      ("<p>注：①含适用简易程序作出的处罚决定。*含即办件。</p>", "<p>¹含通过信函提交的申请。</p>"))
    assert ">57①</td>" in page and ">1058¹</td>" in page
    return page


@pytest.mark.parametrize("name", ["report.html", "report.txt"])
def test_a_note_mark_typed_after_a_figure_is_its_note_not_a_digit(tmp_path, name):
    """57① and 1058¹ were read 571 and 10581 (NFKC makes ① and ¹ a 1; table 二 has no sum to catch it), 1284* was a
    placeholder; in a text copy the row with 1058¹ lost all its figures. The mark is the figure's note."""
    page = _marked()
    result, data = import_text(tmp_path, name, page if name.endswith("html") else page_as_text(page))
    disclosure = data["tables"]["active_disclosure"]
    assert disclosure["administrative_penalty"]["decisions"] == {"value": 57, "note": "①"}
    assert disclosure["administrative_licensing"]["decisions"] == {"value": 1284, "note": "*"}
    assert data["tables"]["applications"]["new_received"]["total"] == {"value": 1058, "note": "¹"}
    assert data["tables"]["applications"]["new_received"]["natural_person"] == 1031
    assert result.ok, [f.message for f in result.findings]
    assert "①含适用简易程序作出的处罚决定" in result.target.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["report.html", "report.txt"])
def test_0_written_in_chinese_numerals_is_0(tmp_path, name):
    """A table whose zeros are 零 (or 〇): each was “不是数字” (a placeholder, and for ``check`` a finding a cell), and
    table 四 was not found at all (“原文有 0 行数字”). 零 and 〇 are the figure 0."""
    words = iter(["零", "〇"] * 200)
    page = plain_page("某镇人民政府", 2021, "2021", lambda v: next(words) if v == 0 else str(v))
    assert "<td>零</td>" in page and "<td>〇</td>" in page
    result, data = import_text(tmp_path, name, page if name.endswith("html") else page_as_text(page))
    assert data["tables"] == expected("2021")
    assert result.ok, [f.message for f in result.findings]


def test_check_reads_0_in_chinese_numerals_and_a_dash_beside_them(tmp_path):
    """``check`` of a table mixing 零, 〇, —, / and 无 for 0: 零 and 〇 are figures (no finding); the others are read
    as 0 with one finding per row, as before; table 四 is read."""
    words = iter(["零", "〇", "—", "/", "无"] * 200)
    source = tmp_path / "report.html"
    source.write_text(plain_page("某镇人民政府", 2021, "2021", lambda v: next(words) if v == 0 else str(v)),
                      encoding="utf-8")
    result = import_file(source, PLUGINS, outdir=tmp_path, draft=True, blank_as_zero=True)
    assert _data(result)["tables"] == expected("2021")
    assert not [f for f in result.findings if "零" in f.message or "〇" in f.message or "表四应有" in f.message]
    assert [f for f in result.findings if f.message.startswith("表四“") and "没有数字" in f.message]


def _caption_on_head_line(edition: str = "2021") -> str:
    lines = ["某县交通运输局2022年政府信息公开工作年度报告", PARTS[0], *narrative("某县交通运输局", 2022), PARTS[1]]
    for caption, head, rows in blocks(edition):
        lines += ["\t".join([caption, *head])] + ["\t".join([label, *cells]) for label, cells in rows]
    _, three, four = html_tables(edition)
    tables = page_as_text(f"<html><body><table>{three}</table><table>{four}</table></body></html>").split("\n")
    return "\n".join(lines + [PARTS[2], *tables[:len(rows_of(edition)) + 3], PARTS[3], *tables[-4:],
                              PARTS[4], PROBLEMS, PARTS[5], OTHER_MATTERS, "", "某县交通运输局", "2023年1月30日", ""])


def test_table_two_s_caption_on_the_line_of_its_head_in_a_text_copy(tmp_path):
    """第二十条第（一）项⇥信息内容⇥本年制发件数 … on one line (the caption's cell spanned the block's rows at its left):
    the head's cells stood one column right of their figures (“表头里没有这一列”), later blocks joined to the row
    above. The caption is the block's own row; findings still name the line of the file."""
    text = _caption_on_head_line()
    result, data = import_text(tmp_path, "report.txt", text)
    assert data["tables"] == expected("2021")
    assert result.ok, [f.message for f in result.findings]
    line = text.split("\n").index("行政强制\t6") + 1
    result, data = import_text(tmp_path, "odd.txt", text.replace("行政强制\t6", "行政强制\t6起"))
    assert [f.place for f in result.findings if "“6起”不是数字" in f.message] == [f"第 {line} 行"]


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
def test_a_pdf_of_ragged_text_keeps_its_paragraphs_over_a_signature_set_right(tmp_path):
    """A DOCX in left-aligned (ragged) text exported by LibreOffice: no line reaches the right edge but the 署名 set
    right, over its longer date. That pair was taken for a paragraph wrapping to the date's left, the edge all
    pages then had: every line of every page read as a paragraph of its own. The 署名 is no paragraph's edge."""
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "FandolFang", Pt(10)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "FandolFang")
    wrapped = ("2023年，本局把政务公开事项清单同年度工作计划一并下达，栏目地址为 "
               "https://www.example.gov.cn/zwgk/xxgkndbg/2023/annual-report.html ，欢迎查阅。")
    for text in ["某县审计局2023年政府信息公开工作年度报告", PARTS[0], wrapped, PARTS[5], OTHER_MATTERS]:
        document.add_paragraph(text)
    document.paragraphs[0].alignment = 1
    document.add_paragraph("某县审计局").alignment = 2
    document.add_paragraph("2024年1月26日").alignment = 2
    document.save(tmp_path / "report.docx")
    libreoffice_pdf(tmp_path / "report.docx")
    import pdfplumber

    with pdfplumber.open(tmp_path / "report.pdf") as pdf:
        assert "栏目地址为\nhttps" in pdf.pages[0].extract_text()  # the address wrapped, its line short
    data = _data(imported(tmp_path / "report.pdf", tmp_path, PLUGINS))
    overview = data["sections"]["overview"]
    assert len(overview) == 1 and overview[0].startswith("2023年，本局") and overview[0].endswith("欢迎查阅。")
    assert data.get("signature", data["agency"]) == "某县审计局"
