"""Annual reports as government sites publish them as web pages, written the way their CMSs emit them: the statistics
tables as <table>s with inline styles, rowspan/colspan, a <p> in each cell (its label's lines each in one, an empty one
between them), &nbsp; and full-width spaces, <br>-split labels, <span>s splitting words; a 2021, a 2019 and a 2008
report; one in nested layout tables with the site's menu, breadcrumbs, buttons, share icons and footer around it; one
in GBK; one whose tables are pictures. Each imports to its body's paragraphs once, none of the site's, the tables'
figures as printed, and ``check`` reports what the report publishes wrong. Agencies, sentences and figures are made up
for these tests."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import imported

PLUGINS = load_plugins()
IND, NB = "　　", "&nbsp;"
TD = 'style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"'
P = '<p style="text-align:center;line-height:18.0pt"><span style="font-family:宋体;font-size:10.5pt">'


def _cell(text, rs: int = 1, cs: int = 1) -> str:
    """A label's cell as Word pasted into the site's editor: each of its lines (``text`` a list) a <p>."""
    spans = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    lines = text if isinstance(text, list) else [text]
    return f'<td{spans} valign="center" {TD}>' + "".join(f"{P}{line}</span></p>" for line in lines) + "</td>"


def _num(value, cs: int = 1) -> str:
    spans = f' colspan="{cs}"' if cs > 1 else ""
    return (f'<td{spans} valign="center" {TD}><p style="text-align:center"><span style="font-family:\'Times New Roman\';'
            f'font-size:10.5pt">{NB}{value}{NB}</span></p></td>')


def _table(rows: list[str]) -> str:
    return ('<table border="1" cellspacing="0" cellpadding="0" width="600" style="border-collapse:collapse;border:none">'
            "<tbody>" + "".join(f'<tr style="height:21.0pt">{row}</tr>' for row in rows) + "</tbody></table>")


def _table2_2021(regulations, normative, licensing, penalty, coercion, fees) -> str:
    one = [("第二十条第（五）项", "行政许可", licensing), ("第二十条第（六）项", "行政处罚", penalty)]
    rows = [_cell("第二十条第（一）项", cs=4),
            _cell("信息内容") + _cell("本年制发件数") + _cell("本年废止件数") + _cell("现行有效件数"),
            _cell("规章") + "".join(map(_num, regulations)),
            _cell('<span style="font-family:宋体">行政</span><span style="font-family:仿宋">规范性文件</span>')
            + "".join(map(_num, normative))]
    for caption, label, value in one:
        rows += [_cell(caption, cs=4), _cell("信息内容") + _cell("本年处理决定数量", cs=3), _cell(label) + _num(value, 3)]
    rows += [_cell("行政强制") + _num(coercion, 3), _cell("第二十条第（八）项", cs=4),
             _cell("信息内容") + _cell("本年收费金额（单位：万元）", cs=3), _cell("行政事业性收费") + _num(fees, 3)]
    return _table(rows)


def _table2_2019() -> str:
    """Table 二 of the 2019 format (60号): 本年增/减 signed, 采购总金额 with its unit."""
    def block(caption, heads, rows):
        return [_cell(caption, cs=4), _cell("信息内容") + "".join(_cell(h, cs=cs) for h, cs in heads),
                *(_cell(label) + "".join(_num(v, cs) for v, (_, cs) in zip(values, heads)) for label, values in rows)]
    changes = [("上一年项目数量", 1), ("本年增/减", 1), ("处理决定数量", 1)]
    return _table(block("第二十条第（一）项", [("本年新<br>制作数量", 1), ("本年新<br>公开数量", 1), ("对外公开总数量", 1)],
                        [("规章", (0, 0, 0)), ("规范性文件", (2, 2, 7))])
                  + block("第二十条第（五）项", changes, [("行政许可", (14, "+3", 412)), ("其他对外管理服务事项", (6, "-1", 95))])
                  + block("第二十条第（六）项", changes, [("行政处罚", (9, 0, 31)), ("行政强制", (2, 0, 0))])
                  + block("第二十条第（八）项", [("上一年项目数量", 1), ("本年增/减", 2)], [("行政事业性收费", (1, 0))])
                  + block("第二十条第（九）项", [("采购项目数量", 1), ("采购总金额", 2)], [("政府集中采购", (4, "56.8万元"))]))


GROUPS = [("（三）不予公开", ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                           "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]),
          ("（四）无法提供", ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]),
          ("（五）不予处理", ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                           "5.要求行政机关确认或重新出具已获取信息"]),
          ("（六）其他处理", ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                           "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"])]
#: The note over table 三's labels, its lines each in a <p> of the cell.
NOTE = ["（本列数据的勾稽关系为：第一项加第二项之和，", "等于第三项加第四项之和）"]


def _table3(figures: dict, edition: int = 2021, note: list = NOTE) -> str:
    """Table 三 from ``figures``: each row's six applicants' figures (by its place, 0 where not given), totals added."""
    def row(key) -> str:
        six = figures.get(key, [0] * 6)
        return "".join(map(_num, [*six, sum(six)]))
    results = [key for key in figures if isinstance(key, int)]
    figures["total"] = [sum(figures[k][j] for k in results) for j in range(6)]
    groups = GROUPS if edition == 2021 else GROUPS[:3]
    rows = [_cell(note, rs=3, cs=3) + _cell("申请人情况", cs=7),
            _cell("自　然　人", rs=2) + _cell("法人或其他组织", cs=5) + _cell("总计", rs=2),
            "".join(_cell(w) for w in ("商业<br>企业", "科研<br>机构", "社会公益<br>组织", "法律服务<br>机构", "其他")),
            _cell("一、本年新收政府信息公开申请数量", cs=3) + row("new"),
            _cell("二、上年结转政府信息公开申请数量", cs=3) + row("carried"),
            _cell("三、本年度办理结果", rs=22 if edition == 2021 else 20) + _cell("（一）予以公开", cs=2) + row(0),
            _cell(["（二）部分公开（区分处理的，只计这一情形，", "不计其他情形）"], cs=2) + row(1)]
    n = 2
    for group, items in groups:
        for k, item in enumerate(items):
            rows.append((_cell(group, rs=len(items)) if k == 0 else "") + _cell(item) + row(n))
            n += 1
    if edition == 2019:
        rows.append(_cell("（六）其他处理", cs=2) + row(n))
    rows += [_cell("（七）总计", cs=2) + row("total"), _cell("四、结转下年度继续办理", cs=3) + row("forward")]
    return _table(rows)


def _table4(figures: list[int]) -> str:
    words = ["结果<br>维持", "结果<br>纠正", "其他<br>结果", "尚未<br>审结", "总计"]
    return _table([_cell("行政复议", cs=5) + _cell("行政诉讼", cs=10),
                   "".join(_cell(w, rs=2) for w in words) + _cell("未经复议直接起诉", cs=5) + _cell("复议后起诉", cs=5),
                   "".join(map(_cell, words)) * 2, "".join(map(_num, figures))])


def _para(text: str) -> str:
    return f'<p style="text-indent:2em;line-height:2em">{IND}{text}</p>'


def _heading(text: str) -> str:
    return f'<p style="text-indent:2em"><strong><span style="font-family:黑体">{text}</span></strong></p>'


def _closing(organ: str, date: str) -> str:
    return f'<p style="text-align:right">{organ}{NB * 4}</p><p style="text-align:right">{date}{NB * 4}</p>'


def _page(title: str, body: str, charset: str = '<meta charset="utf-8">') -> str:
    return (f'<!DOCTYPE html><html><head>{charset}<title>{title}_某市人民政府</title></head><body>'
            f'<div class="article"><h1 class="title">{title}</h1><div class="info">发布日期：2024-01-29　来源：本站</div>'
            f'<div class="TRS_Editor">{body}</div></div></body></html>')


def _parts(texts: dict, tables: dict) -> str:
    """The six parts: each heading, its table (二 to 四) or its paragraphs."""
    headings = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
    return "".join(_heading(h) + (tables[k] if k in tables else "".join(map(_para, texts[k])))
                   for k, h in enumerate(headings, 1))


# A 2021 report (30号): its 总体情况 says 30 applications were received, its table 三 31 (check reports it).
PREAMBLE_1 = ("本报告按照《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的年度报告格式编制，"
              "所列数据的统计期限自2023年1月1日起至2023年12月31日止。")
OVERVIEW_1 = [("（一）主动公开。", "全年在市政府门户网站本局栏目发布各类信息418条，涉及法律援助、人民调解和公证服务等业务。"),
              ("（二）依申请公开。", "全年新收政府信息公开申请30件，上年结转2件，均在法定期限内答复。"),
              ("（三）政府信息管理。", "坚持发文前审查公开属性，全年审查拟发文件64件。"),
              ("（四）平台建设。", "完成门户网站本局栏目的适老化改造，新增“法律服务地图”查询功能。"),
              ("（五）监督保障。", "局务会两次专题研究公开工作，把公开任务纳入各处室年度目标考核。")]
PROBLEMS_1 = "一是基层司法所的信息更新偏慢；二是解读材料以文字为主。下一步将建立栏目更新提醒机制，多用图表解读政策。"
OTHER_1 = "本年度未收取信息处理费。办理人大代表建议3件、政协委员提案2件，答复内容均已公开。"
APPLICATIONS_1 = {"new": [27, 3, 0, 0, 1, 0], "carried": [2, 0, 0, 0, 0, 0], 0: [13, 1, 0, 0, 1, 0],
                  1: [3, 1, 0, 0, 0, 0], 5: [1, 0, 0, 0, 0, 0], 7: [1, 0, 0, 0, 0, 0], 10: [6, 1, 0, 0, 0, 0],
                  11: [1, 0, 0, 0, 0, 0], 12: [1, 0, 0, 0, 0, 0], 13: [1, 0, 0, 0, 0, 0], 18: [1, 0, 0, 0, 0, 0],
                  "forward": [1, 0, 0, 0, 0, 0]}


def _report_2021(note: list = NOTE) -> str:
    overview = "".join(f'<p style="text-indent:2em;line-height:2em"><strong>{lead}</strong>{NB}{text}</p>'
                       for lead, text in OVERVIEW_1)
    body = _para(PREAMBLE_1) + _parts({1: [], 5: [PROBLEMS_1], 6: [OTHER_1]}, {
        2: _table2_2021((0, 0, 0), (3, 1, 12), 86, 15, 0, 0), 3: _table3(dict(APPLICATIONS_1), note=note),
        4: _table4([1, 0, 0, 1, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0])})
    body = body.replace(_heading("一、总体情况"), _heading("一、总体情况") + overview)
    return _page("某市司法局2023年政府信息公开工作年度报告", body + _closing("某市司法局", "2024年1月26日"))


def _report_2019() -> str:
    applications = {"new": [19, 2, 0, 1, 0, 0], 0: [9, 1, 0, 1, 0, 0], 1: [2, 0, 0, 0, 0, 0], 5: [1, 0, 0, 0, 0, 0],
                    10: [4, 1, 0, 0, 0, 0], 12: [1, 0, 0, 0, 0, 0], 13: [1, 0, 0, 0, 0, 0], "forward": [1, 0, 0, 0, 0, 0]}
    body = _parts({1: ["2019年是新修订的《条例》施行的第一年，我局重新编制了公开指南和目录，全年主动公开各类信息276条。",
                       "按月公开县域内公立医院的门诊均次费用和住院均次费用，及时发布疫苗接种门诊的地址和咨询电话。"],
                   5: ["乡镇卫生院的信息报送不够及时。改进措施：制定统一的报送模板，每季度通报报送情况。"], 6: ["无。"]},
                  {2: _table2_2019(), 3: _table3(applications, 2019), 4: _table4([0] * 15)})
    body = body.replace("<strong>", "").replace("</strong>", "")
    body = re.sub(r'<p style="text-indent:2em"><span style="font-family:黑体">(.*?)</span></p>', r"<h3>\1</h3>", body)
    return _page("某县卫生健康局2019年政府信息公开工作年度报告", _para(
        "根据《中华人民共和国政府信息公开条例》的规定，现公布本局2019年度报告，所列数据的统计期限为2019年1月1日至12月31日。")
        + body + _closing("某县卫生健康局", "2020年1月20日"))


#: The 2008 report's 统计指标｜单位｜统计数 table, its group rows' figure cells empty.
INDICATORS = [("统计指标", "单位", "统计数"), ("一、主动公开情况", "", ""), ("（一）主动公开政府信息数", "条", "1,046"),
              ("其中：主动公开规范性文件数", "条", "4"), ("二、依申请公开情况", "", ""), ("（一）收到申请数", "件", "9"),
              ("（二）申请答复数", "件", "9"), ("1.同意公开答复数", "件", "6"), ("2.不属于本行政机关公开数", "件", "3"),
              ("三、行政复议数量", "件", "0"), ("四、行政诉讼数量", "件", "0")]
PARTS_2008 = [("一、概述", "2012年，我局把信息公开作为接受群众监督的重要途径，全年主动公开政府信息1046条，受理公开申请9件。"),
              ("二、主动公开政府信息情况", "主动公开的信息以环评审批、排污费征收和环境监测数据为主，渠道有局网站和公开目录系统。"),
              ("三、依申请公开政府信息情况", "全年收到公开申请9件，已全部答复。其中同意公开6件，另有3件不属于本局掌握，已告知申请人。"),
              ("四、政府信息公开的收费及减免情况", "本年度未收取任何费用。"),
              ("五、因政府信息公开申请行政复议、提起行政诉讼的情况", "本年度没有发生此类情况。"),
              ("六、政府信息公开工作存在的主要问题及改进措施", "公开的信息中专业术语偏多，明年发布环评审批信息时附简明说明。")]


def _report_2008() -> str:
    style = 'style="border:1px solid #000;padding:4px;text-align:center"'
    table = ('<table cellspacing="0" style="border-collapse:collapse;width:90%">' + "".join(
        "<tr>" + "".join(f"<{tag} {style}>{text}</{tag}>" for text in row) + "</tr>"
        for row, tag in zip(INDICATORS, ["th"] + ["td"] * len(INDICATORS))) + "</table>")
    body = "<p>&nbsp;</p>" + "".join(f'<p style="text-indent:2em"><b>{h}</b></p>' + _para(text) for h, text in PARTS_2008)
    return _page("某区环境保护局2012年政府信息公开工作年度报告", body + _para("附表：2012年政府信息公开情况统计表") + table
                 + _closing("某区环境保护局", "二〇一三年三月二十日"))


# A town's 2021 report in an older site's nested layout tables. Its table 三's received and handled do not tie (R1).
TOWN = "某区某某镇人民政府2023年政府信息公开工作年度报告"
TOWN_TEXT = {1: ["2023年，镇党委和镇政府把政务公开列入年度重点工作，党政办公室负责日常工作，各村（社区）确定了一名信息员。",
                 "全镇在区政府门户网站镇级专栏发布信息327条，在村务公开栏张贴惠农补贴和低保等信息1260余条。"],
             5: ["村级公开栏的内容更换不及时。今后镇党政办公室每月抽查一次各村公开栏，结果在全镇会议上通报。"],
             6: ["本年度办理区人大代表建议2件，答复内容均已公开。"]}
#: The site's chrome around the article, none of it the report's.
CHROME = ["网站首页", "走进某镇", "您现在的位置", "发布时间", "阅读次数", "分享到", "打印本页", "关闭窗口", "主办单位", "ICP备",
          "公网安备", "网站标识码", "政策文件"]


def _town_page() -> str:
    body = _parts(TOWN_TEXT, {2: _table2_2021((0, 0, 0), (1, 0, 5), 12, 48, 3, 0),
                              3: _table3({"new": [41, 5, 1, 0, 0, 2], "carried": [3, 0, 0, 0, 0, 0], 0: [20, 3, 1, 0, 0, 1],
                                          1: [5, 1, 0, 0, 0, 0], 5: [2, 0, 0, 0, 0, 0], 10: [9, 1, 0, 0, 0, 1],
                                          12: [2, 0, 0, 0, 0, 0], 13: [3, 0, 0, 0, 0, 0], "forward": [1, 0, 0, 0, 0, 0]}),
                              4: _table4([2, 1, 0, 0, 3, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0])})
    body = body.replace("<table ", '<div align="center"><table ').replace("</table>", "</table></div>")
    body += _closing("某区某某镇人民政府", "2024年1月22日")
    menu = ('<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td>'
            '<img src="/images/banner.jpg" width="1000" height="120"></td></tr><tr><td class="menu"><a href="/">网站首页</a> | '
            '<a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/zjmz/">走进某镇</a></td></tr></table>')
    side = ('<table width="100%"><tr><td class="lm">政务公开</td></tr><tr><td><a href="/zwgk/zcwj/">政策文件</a></td></tr>'
            '<tr><td><a href="/zwgk/ghjh/">规划计划</a></td></tr><tr><td><a href="/zwgk/ndbg/">年度报告</a></td></tr></table>')
    share = ('<div class="bdsharebuttonbox">分享到：<a href="#" class="bds_weixin" title="分享到微信"></a>'
             '<a href="http://service.weibo.com/share/share.php?url=x" class="bds_tsina" title="分享到新浪微博"></a></div>')
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>{TOWN}</title><script src="/js/common.js"></script></head><body>'
            f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td>{menu}</td></tr>'
            f'<tr><td><table width="100%" border="0"><tr><td width="220" valign="top">{side}</td><td width="780" valign="top">'
            '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="dqwz">您现在的位置：'
            '<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/ndbg/">年度报告</a></td></tr>'
            f'<tr><td align="center" style="font-size:22px;font-weight:bold">{TOWN}</td></tr>'
            '<tr><td align="center">发布时间：2024-01-23　作者：党政办　阅读次数：218</td></tr>'
            f'<tr><td class="content" style="padding:15px;line-height:32px">{body}</td></tr>'
            f'<tr><td align="right">{share}</td></tr><tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】'
            '　【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table></td></tr></table></td></tr>'
            '<tr><td align="center" class="bottom">主办单位：某区某某镇人民政府　承办单位：某某镇党政办公室<br>'
            '<a href="https://beian.miit.gov.cn/">某ICP备05012345号-2</a>　<img src="/images/gongan.png" width="16">'
            '某公网安备 00000002000123号　网站标识码：0000000012</td></tr></table></body></html>')


GBK_TEXT = {1: ["一年来，我局围绕保障性住房分配和老旧小区改造扩大公开范围，全年主动公开信息289条，由局办公室主任堃某某牵头办理申请。"],
            5: ["房屋征收补偿信息公开还不够细。2023年将按项目公开补偿方案和安置房源。"], 6: ["本年度办理县人大代表建议4件，均已按期答复。"]}


def _gbk_page() -> bytes:
    """A report in GBK (堃 is in GBK, not in the GB2312 its <meta> declares, as older sites' pages are)."""
    body = _para("本报告由县住房和城乡建设局编制，统计期限为2022年1月1日至2022年12月31日。") + _parts(GBK_TEXT, {
        2: _table2_2021((0, 0, 0), (0, 2, 3), 233, 6, 1, "12.4"),
        3: _table3({"new": [15, 1, 0, 0, 0, 0], "carried": [1, 0, 0, 0, 0, 0], 0: [9, 1, 0, 0, 0, 0], 1: [1, 0, 0, 0, 0, 0],
                    7: [1, 0, 0, 0, 0, 0], 10: [3, 0, 0, 0, 0, 0], 13: [1, 0, 0, 0, 0, 0], "forward": [1, 0, 0, 0, 0, 0]}),
        4: _table4([0] * 15)}) + _closing("某县住房和城乡建设局", "2023年1月18日")
    charset = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    return _page("某县住房和城乡建设局2022年政府信息公开工作年度报告", body, charset).encode("gbk")


PICTURED_TEXT = {1: ["全年共主动公开各类信息512条，新收政府信息公开申请12件，本年度发生政府信息公开行政复议1件。"],
                 5: ["一是政策解读的数量偏少；二是部分栏目内容更新慢。明年将配备专人负责栏目维护。"], 6: ["本年度未收取信息处理费。"]}


def _pictured_page() -> str:
    """A report whose tables 二 to 四 are pictures: their figures are on no page's text."""
    def picture(name, alt=""):
        return (f'<p style="text-align:center"><img src="/uploadfiles/2024/01/{name}" alt="{alt}" width="640" '
                'height="780"></p>')
    body = _para("根据《中华人民共和国政府信息公开条例》编制本报告，数据的统计期限自2023年1月1日至2023年12月31日。") + _parts(
        PICTURED_TEXT, {2: picture("W020240125381204.png"), 3: picture("W020240125381205.jpg", "图片"),
                        4: picture("W020240125381206.png")})
    return _page("某市交通运输局2023年政府信息公开工作年度报告", body + _closing("某市交通运输局", "2024年1月25日"))


PAGES = {"report2021": _report_2021, "report2019": _report_2019, "report2008": _report_2008, "town": _town_page,
         "gbk": _gbk_page, "pictured": _pictured_page}


def _write(folder: Path, name: str, page: str | bytes) -> Path:
    source = folder / f"{name}.html"
    source.write_bytes(page if isinstance(page, bytes) else page.encode("utf-8"))
    return source


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """Each page: its file, the import's result and its data."""
    folder = tmp_path_factory.mktemp("pages")
    out = {}
    for name, make in PAGES.items():
        source = _write(folder, name, make())
        result = imported(source, folder, PLUGINS)
        out[name] = source, result, yaml.safe_load(result.target.read_text(encoding="utf-8"))
    return out


def _strings(data) -> list[str]:
    """Every text of the data, as a list."""
    if isinstance(data, dict):
        return [s for value in data.values() for s in _strings(value)]
    if isinstance(data, list):
        return [s for value in data for s in _strings(value)]
    return [data] if isinstance(data, str) else []


def _messages(result) -> list[str]:
    return [f"{f.place}：{f.message}" for f in result.findings]


def _check(path: Path, folder: Path) -> list[str]:
    """What ``reportkit check`` finds in ``path``, each as its place, rule and message."""
    report = folder / f"{path.stem}.csv"
    CliRunner().invoke(cli, ["check", str(path), "--report", str(report)])
    with open(report, encoding="utf-8-sig", newline="") as f:
        return [f"{row['place']}: {row['rule']}: {row['message']}" for row in csv.DictReader(f)]


@pytest.mark.parametrize("name, texts", [
    ("report2021", [PREAMBLE_1, *(lead + text for lead, text in OVERVIEW_1), PROBLEMS_1, OTHER_1]),
    ("report2008", [text for _, text in PARTS_2008]),
    ("town", [t for texts in TOWN_TEXT.values() for t in texts]),
    ("gbk", [t for texts in GBK_TEXT.values() for t in texts]),
    ("pictured", [t for texts in PICTURED_TEXT.values() for t in texts])])
def test_every_paragraph_of_the_body_is_imported_once_and_none_of_the_site(pages, name, texts):
    _, _, data = pages[name]
    strings = _strings(data)
    assert [sum(text in s for s in strings) for text in texts] == [1] * len(texts)
    assert not [word for word in CHROME if any(word in s for s in strings)]


def test_a_2021_page_s_tables_are_its_figures_and_check_reports_the_text_s_mismatch(pages, tmp_path):
    source, result, data = pages["report2021"]
    tables = data["tables"]
    assert tables["active_disclosure"]["normative_documents"] == {"issued": 3, "repealed": 1, "in_force": 12}
    assert tables["active_disclosure"]["administrative_licensing"] == {"decisions": 86}
    applications = tables["applications"]
    assert [applications[k]["total"] for k in ("new_received", "carried_over", "carried_forward")] == [31, 2, 1]
    assert applications["results"]["partly_granted"]["commercial_enterprise"] == 1
    assert applications["results"]["total"]["natural_person"] == 28
    assert tables["review_litigation"]["reconsideration"] == {"upheld": 1, "corrected": 0, "other": 0, "pending": 1,
                                                              "total": 2}
    assert data["date"].isoformat() == "2024-01-26"
    assert [m for m in _check(source, tmp_path) if "R9" in m] == [
        "第 6 段: R9: 正文写的是“新收政府信息公开申请30件”，而表三“一、本年新收政府信息公开申请数量”的总计为 31：请改正其中一处（R9）"]
    rendered = CliRunner().invoke(cli, ["render", str(result.target), "-o", str(tmp_path), "-f", "docx"])
    assert rendered.exit_code == 0 and (tmp_path / f"{result.target.stem}.docx").stat().st_size > 0


def test_a_2019_page_keeps_its_signed_changes_and_its_procurement(pages):
    _, _, data = pages["report2019"]
    disclosure = data["tables"]["active_disclosure"]
    assert disclosure["administrative_licensing"] == {"previous_year": 14, "change": 3, "decisions": 412}
    assert disclosure["other_services"]["change"] == -1
    assert disclosure["government_procurement"] == {"projects": 4, "unit": "万元", "amount": 56.8}
    assert data["tables"]["applications"]["results"]["other_handling"]["total"] == 0
    assert data["sections"]["other"] == ["无。"]


def test_a_2008_page_keeps_its_indicator_table_as_its_attachment(pages):
    _, _, data = pages["report2008"]
    table = data["attachments"][0]["table"]
    assert table["columns"] == list(INDICATORS[0])
    assert [[str(cell) for cell in row] for row in table["rows"]] == [list(row) for row in INDICATORS[1:]]
    assert data["sections"]["applications"]["figures"]["received"] == 9


@pytest.mark.parametrize("note", [["（本列数据的勾稽关系为：", "第一项加第二项之和，", "等于第三项加第四项之和）"],
                                  [NOTE[0], "", NOTE[1]]], ids=["three-lines", "empty-paragraph-between"])
def test_a_statistics_cell_holding_its_label_s_lines_in_paragraphs_is_data(tmp_path, note):
    """A cell with three <p>s of a label's lines, or two with the site editor's empty one between them, is no article
    set in a layout table: table 三 was read through as paragraphs, its figures lost."""
    page = _report_2021(note).replace(f"{P}</span></p>", "<p><br/></p>")  # the empty line as the editor writes it
    result = imported(_write(tmp_path, "note", page), tmp_path, PLUGINS)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert data["tables"]["applications"]["new_received"]["total"] == 31
    assert data["tables"]["applications"]["results"]["total"]["total"] == 32
    assert not [m for m in _messages(result) if "六个部分之一" in m or "没有找到表三" in m]


def test_the_site_s_menu_in_a_layout_table_is_no_table_of_the_report(pages, tmp_path):
    """The menu's row (网站首页 | 政务公开 | …) is a line of the site's links: its table lays the page out, and the
    report's tables are numbered from its first, where check places table 三's total that does not add up."""
    source, result, data = pages["town"]
    assert "第 1 段：标题之前的“网站首页 | 政务公开 | 办事服务 |…”未导入" in _messages(result)
    assert not [m for m in _messages(result) if "表格" in m]
    assert data["tables"]["applications"]["new_received"]["total"] == 49
    assert [m[:m.index("：")] for m in _check(source, tmp_path) if ": R1: " in m] == ["第 2 个表格第 28 行: R1: 表三 “自然人”列"]


def test_a_gbk_page_declaring_gb2312_is_read(pages):
    _, _, data = pages["gbk"]
    assert "堃某某" in data["sections"]["overview"][0]
    assert data["tables"]["active_disclosure"]["administrative_fees"] == {"amount": 12.4}
    assert data["agency"] == "某县住房和城乡建设局"


def test_tables_published_as_pictures_are_said_so_and_no_figure_is_made_up(pages, tmp_path):
    source, result, data = pages["pictured"]
    said = [m for m in _messages(result) if "没有找到表二、表三、表四：正文里有 3 张图片" in m]
    assert said and "reportkit 读不出图片里的数字" in said[0]
    figures = _strings(data["tables"])
    assert figures and all(s.startswith("【请填写：") for s in figures)
    assert not [v for v in _numbers(data["tables"])]
    assert [m for m in _check(source, tmp_path) if "这些表的数字和正文中与之对应的数字都未核对" in m]


def _numbers(data) -> list:
    """Every number in the data."""
    if isinstance(data, dict):
        return [n for value in data.values() for n in _numbers(value)]
    if isinstance(data, list):
        return [n for value in data for n in _numbers(value)]
    return [data] if isinstance(data, (int, float)) and not isinstance(data, bool) else []
