"""``reportkit check`` on annual reports written the way agencies publish them (a site's web page, a DOCX), each
either correct but tricky or with one error a reviewer would mark: every planted error is found once, at its place,
and a correct report is ``ok``. The reports' figures tie out unless an error is planted; their sentences are written
for these tests."""
from __future__ import annotations

import copy
import csv
import re
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.enum.text import WD_ALIGN_PARAGRAPH

from reportkit.cli import cli

COLUMNS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
DENIED = ("1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
          "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项")
UNABLE = ("1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确")
NOT_HANDLED = ("1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
               "5.要求行政机关确认或重新出具已获取信息")
OTHER_2021 = ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
              "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他")
SECTION_TITLES = ("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                  "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项")
DISCLOSURE_2021 = {"规章": (0, 0, 0), "行政规范性文件": (3, 1, 17), "行政许可": (412,), "行政处罚": (96,),
                   "行政强制": (5,), "行政事业性收费": ("0",)}
DISCLOSURE_2019 = {"规章": (0, 0, 0), "规范性文件": (4, 4, 26), "行政许可": (35, "+2", 389),
                   "其他对外管理服务事项": (12, "0", 57), "行政处罚": (18, "-1", 88), "行政强制": (4, "0", 3),
                   "行政事业性收费": (6, "-2"), "政府集中采购": (14, "326.5万元")}
REVIEW = [2, 1, 0, 0, 3, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0]


def _row(*six):
    return [*six, sum(six)]


def applications(edition: str) -> dict:
    """表三 of a county agency, its figures tying out (R1-R3): 55 new, 4 carried over, 54 done, 5 carried forward."""
    rows = {"new": _row(43, 8, 0, 1, 2, 1), "carried": _row(3, 1, 0, 0, 0, 0),
            "granted": _row(18, 3, 0, 0, 1, 0), "partly": _row(5, 1, 0, 0, 0, 0)}
    rows |= dict(zip(DENIED, (_row(0, 0, 0, 0, 0, 0), _row(1, 0, 0, 0, 0, 0), _row(0, 0, 0, 0, 0, 0),
                              _row(2, 1, 0, 0, 0, 0), _row(1, 0, 0, 0, 0, 0), _row(2, 0, 0, 0, 0, 0),
                              _row(0, 0, 0, 0, 0, 0), _row(1, 0, 0, 0, 0, 0))))
    rows |= dict(zip(UNABLE, (_row(6, 2, 0, 1, 0, 0), _row(1, 0, 0, 0, 0, 0), _row(1, 0, 0, 0, 0, 0))))
    rows |= dict(zip(NOT_HANDLED, (_row(2, 0, 0, 0, 0, 0), _row(1, 0, 0, 0, 0, 0), _row(0, 0, 0, 0, 0, 0),
                                   _row(0, 0, 0, 0, 0, 0), _row(1, 0, 0, 0, 0, 0))))
    if edition == "2021":
        rows |= dict(zip(OTHER_2021, (_row(1, 0, 0, 0, 0, 0), _row(0, 0, 0, 0, 0, 0), _row(1, 1, 0, 0, 0, 0))))
    else:
        rows["other"] = _row(2, 1, 0, 0, 0, 0)
    results = [k for k in rows if k not in ("new", "carried")]
    rows["total"] = [sum(rows[k][c] for k in results) for c in range(7)]
    rows["forward"] = [rows["new"][c] + rows["carried"][c] - rows["total"][c] for c in range(7)]
    return rows


def _add(t3: dict, row: str, column: int, n: int) -> None:
    """``n`` more in ``row``'s ``column`` and its 总计."""
    t3[row][column] += n
    t3[row][6] += n


def _cells(values) -> str:
    return "".join(f"<td>{v}</td>" for v in values)


def table_two(edition: str, t2: dict) -> str:
    projects = ("上一年项目数量", "本年增/减", "处理决定数量")
    blocks = ((("（一）", ("本年制发件数", "本年废止件数", "现行有效件数"), ("规章", "行政规范性文件")),
               ("（五）", ("本年处理决定数量",), ("行政许可",)), ("（六）", ("本年处理决定数量",), ("行政处罚", "行政强制")),
               ("（八）", ("本年收费金额（单位：万元）",), ("行政事业性收费",))) if edition == "2021" else
              (("（一）", ("本年新制作数量", "本年新公开数量", "对外公开总数量"), ("规章", "规范性文件")),
               ("（五）", projects, ("行政许可", "其他对外管理服务事项")), ("（六）", projects, ("行政处罚", "行政强制")),
               ("（八）", projects[:2], ("行政事业性收费",)), ("（九）", ("采购项目数量", "采购总金额"), ("政府集中采购",))))
    rows = []
    for item, heads, labels in blocks:
        last = f' colspan="{4 - len(heads)}"' if len(heads) < 3 else ""  # the last column fills the grid's 4
        rows.append(f'<tr><td colspan="4">第二十条第{item}项</td></tr>')
        for label, values in (("信息内容", heads), *((label, t2[label]) for label in labels)):
            rows.append(f"<tr><td>{label}</td>" + "".join(
                f"<td{last if i == len(values) - 1 else ''}>{v}</td>" for i, v in enumerate(values)) + "</tr>")
    return "<table>" + "".join(rows) + "</table>"


def table_three(edition: str, t3: dict) -> str:
    other = OTHER_2021 if edition == "2021" else ()
    rows = ['<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
            '<td colspan="7">申请人情况</td></tr>',
            '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
            f"<tr>{_cells(COLUMNS[1:6])}</tr>",
            f'<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>{_cells(t3["new"])}</tr>',
            f'<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>{_cells(t3["carried"])}</tr>',
            f'<tr><td rowspan="{19 + (len(other) or 1)}">三、本年度办理结果</td><td colspan="2">（一）予以公开</td>'
            f'{_cells(t3["granted"])}</tr>',
            f'<tr><td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>{_cells(t3["partly"])}</tr>']
    for group, labels in (("（三）不予公开", DENIED), ("（四）无法提供", UNABLE), ("（五）不予处理", NOT_HANDLED),
                          ("（六）其他处理", other)):
        if not labels:
            rows.append(f'<tr><td colspan="2">{group}</td>{_cells(t3["other"])}</tr>')
        for i, label in enumerate(labels):
            head = f'<td rowspan="{len(labels)}">{group}</td>' if i == 0 else ""
            rows.append(f"<tr>{head}<td>{label}</td>{_cells(t3[label])}</tr>")
    rows.append(f'<tr><td colspan="2">（七）总计</td>{_cells(t3["total"])}</tr>')
    rows.append(f'<tr><td colspan="3">四、结转下年度继续办理</td>{_cells(t3["forward"])}</tr>')
    return "<table>" + "".join(rows) + "</table>"


def table_four(t4: list) -> str:
    outcomes = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
    return ('<table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr><tr>'
            + "".join(f'<td rowspan="2">{o}</td>' for o in outcomes)
            + '<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>'
            f"<tr>{_cells(outcomes * 2)}</tr><tr>{_cells(t4)}</tr></table>")


def report(year: int, agency: str, *, edition: str | None = None, **parts) -> dict:
    """A report's parts, any of them given in ``parts``; written with :func:`web_page` or :func:`docx_file`."""
    edition = edition or ("2021" if year >= 2021 else "2019")
    government = agency.endswith("人民政府")
    r = {
        "year": year, "agency": agency, "edition": edition,
        "date": f"{year + 1}年3月25日" if government else f"{year + 1}年1月20日",
        "preamble": [f"本报告按照《中华人民共和国政府信息公开条例》的规定，并参照上级关于年度报告格式的通知编写，分总体情况、"
                     "主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
                     "存在的主要问题及改进情况、其他需要报告的事项六个部分。本报告中所列数据的统计期限为"
                     f"{parts.pop('period', f'{year}年1月1日至{year}年12月31日')}。如对本报告有疑问，请与本单位办公室联系。"],
        "overview": [
            f"（一）主动公开。{year}年，我们把规范性文件、财政预决算、重大项目进展和行政执法结果作为公开重点，"
            "通过门户网站发布各类信息1320条，比上一年多出一成左右。",
            "（二）依申请公开。全年收到政府信息公开申请55件，均在法定期限内作出答复，对答复内容较复杂的申请，"
            "承办科室会先与申请人电话沟通，弄清所需信息后再出具答复书。",
            "（三）政府信息管理。对历年制发的规范性文件开展了一次集中清理，并在网站上标注每份文件的效力状态，"
            "公开前的保密审查和合法性审查全部留有记录。",
            "（四）政府信息公开平台建设。门户网站完成了适老化和无障碍改造，政务新媒体账号统一纳入网站群管理，"
            "做到了一个入口查询、多个渠道同步发布。",
            "（五）监督保障。政务公开纳入年度目标考核，每季度通报各科室的信息发布情况，邀请群众代表对公开工作进行评议，"
            "全年未发生因公开不当被责任追究的情况。"],
        "t2": copy.deepcopy(DISCLOSURE_2021 if edition == "2021" else DISCLOSURE_2019),
        "t3": applications(edition), "t4": list(REVIEW),
        "problems": ["本年度工作中仍有不足：部分科室对公开时限把握不准，个别栏目更新偏慢，政策解读的形式还比较单一。",
                     "改进措施：一是把公开时限写进各科室的工作流程；二是每月通报栏目更新情况；三是多用图表和短视频解读政策。"],
        "other": ["本年度未发出信息处理费收费通知，未收取信息处理费。",
                  "本年度承办人大代表建议5件、政协委员提案3件，均已按时办结并公开办理结果。"],
    }
    return r | parts


def _parts(r: dict) -> list[tuple[str, str]]:
    """The report's parts in order: ("title" | "p" | "h" | "table" | "right", content)."""
    out = [("title", f"{r['agency']}{r['year']}年政府信息公开工作年度报告"), *(("p", p) for p in r["preamble"]),
           ("h", SECTION_TITLES[0]), *(("p", p) for p in r["overview"]),
           ("h", SECTION_TITLES[1]), ("table", table_two(r["edition"], r["t2"])),
           ("h", SECTION_TITLES[2]), ("table", table_three(r["edition"], r["t3"])),
           ("h", SECTION_TITLES[3]), ("table", table_four(r["t4"])),
           ("h", SECTION_TITLES[4]), *(("p", p) for p in r["problems"]),
           ("h", SECTION_TITLES[5]), *(("p", p) for p in r["other"])]
    return out + [("right", r["agency"]), ("right", r["date"])]


def web_page(r: dict, path: Path) -> Path:
    """``r`` as an agency's web page: the site's menu, the article with its publication line, the site's footer."""
    body = {"title": '<h1>{}</h1><div class="info">发布时间：' + r["date"] + "　来源：" + r["agency"] + "</div>",
            "h": '<p style="text-indent:2em"><strong>{}</strong></p>', "table": "{}",
            "right": '<p style="text-align:right">{}</p>', "p": '<p style="text-indent:2em">{}</p>'}
    path.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div class="nav"><a href="/">首页</a> &gt; '
        '<a href="/xxgk/">政府信息公开</a> &gt; <a href="/xxgk/ndbg/">政府信息公开年度报告</a></div>'
        + "".join(body[kind].format(content) for kind, content in _parts(r))
        + f'<div class="footer">主办单位：{r["agency"]}　网站标识码：0000000001</div></body></html>', encoding="utf-8")
    return path


def docx_file(r: dict, path: Path) -> Path:
    """``r`` as the DOCX an agency publishes: bold part headings, the tables with their merged cells."""
    document = docx.Document()
    for kind, content in _parts(r):
        if kind == "table":
            rows = [[(text, int(c or 1), int(s or 1)) for c, s, text in
                     re.findall(r'<td(?: colspan="(\d+)")?(?: rowspan="(\d+)")?>(.*?)</td>', row)]
                    for row in re.findall(r"<tr>(.*?)</tr>", content)]
            table = document.add_table(rows=len(rows), cols=sum(c for _t, c, _s in rows[-1]))
            table.style = "Table Grid"
            taken: set[tuple[int, int]] = set()
            for i, row in enumerate(rows):
                j = 0
                for text, colspan, rowspan in row:
                    while (i, j) in taken:
                        j += 1
                    cell = table.cell(i, j)
                    if colspan > 1 or rowspan > 1:
                        cell = cell.merge(table.cell(i + rowspan - 1, j + colspan - 1))
                    cell.text = text
                    taken |= {(a, b) for a in range(i, i + rowspan) for b in range(j, j + colspan)}
                    j += colspan
            continue
        paragraph = document.add_paragraph()
        paragraph.add_run(content).bold = kind in ("title", "h")
        paragraph.alignment = {"title": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}.get(kind)
    document.save(path)
    return path


def check(tmp_path: Path, path: Path, *options: str) -> list[tuple[str, str, str, str]]:
    """``reportkit check path``: its rows (place, severity, rule, message), the notes on the site's menu and
    footer left out."""
    out = tmp_path / "r.csv"
    CliRunner().invoke(cli, ["check", str(path), "--report", str(out), *options])
    with open(out, encoding="utf-8-sig", newline="") as f:
        return [(r["place"], r["severity"], r["rule"], r["message"]) for r in csv.DictReader(f)
                if r["rule"] != "import-skipped"]


OK = [("", "", "ok", "未发现问题")]


# Correct reports -----------------------------------------------------------------------------------------------
def _with(paragraph: int, text: str, *, year: int = 2021, **parts):
    def make(agency):
        r = report(year, agency, **parts)
        r["overview"][paragraph] = text
        return r
    return make


CORRECT = {
    "2020 年度、60号的表": lambda agency: report(2020, agency),
    "2019 年度、统计期限写全角数字": lambda agency: report(2019, agency, period="２０１９年１月１日至２０１９年１２月３１日"),
    "申请数旁的其他数字": _with(1, "（二）依申请公开。全年收到政府信息公开申请55件，较上年增加12件，同比上升27.9%；"
                                   "其中依申请公开答复52件，另有3件结转至下一年度继续办理。网上申请占比同比下降3.2%。"),
    # 表二's 行政事业性收费 is no 信息处理费 (R10)
    "表二有行政事业性收费、第六部分写无": lambda agency: report(
        2021, agency, t2=DISCLOSURE_2021 | {"行政事业性收费": ("12.5",)}, other=["无。"]),
    # were R11: a law's year beside the statistical period
    "前言写条例修订年份": lambda agency: report(2021, agency, preamble=[
        "本报告依照2019年修订的《中华人民共和国政府信息公开条例》编写。本报告所列数据的统计期限为2021年1月1日至2021年12月31日。"]),
    # was R14: 政府信息管理 with 资源 in it
    "政府信息资源管理": _with(2, "（三）政府信息资源规范化、标准化管理。建立公开前审查登记簿，按目录归集各类文件。"),
    # were R9: another year's figure, two rows' figures together, new and carried over together
    "上一年度的申请数": _with(1, "（二）依申请公开。2021年收到政府信息公开申请55件，2020年收到政府信息公开申请43件，"
                                 "比上年收到公开申请多12件。"),
    "予以公开或部分公开": _with(1, "（二）依申请公开。全年收到政府信息公开申请55件，其中予以公开或部分公开28件。"),
    "受理数含上年结转": _with(1, "（二）依申请公开。本年度共受理政府信息公开申请59件（含上年结转4件），均在法定期限内答复。"),
}


@pytest.mark.parametrize("name", CORRECT)
def test_a_correct_published_report_is_ok(tmp_path, name):
    """Correct reports with figures near the phrases R9 reads that are no table's, a year beside the period that is
    not the period's (R11), 行政事业性收费 in 表二 with a “无” in part 六 (R10 is on the 信息处理费), a topic of 总体情况
    in other words (R14): no finding."""
    rows = check(tmp_path, web_page(CORRECT[name]("安平县水利局"), tmp_path / "report.html"))
    assert [r for r in rows if r[1] != "note"] == OK
    assert not any("已印出" in r[3] for r in rows)  # part 六's “无” note spoke of a sentence the page does not have


def test_blank_and_dashed_cells_of_a_correct_docx_are_read_as_0(tmp_path):
    """A department's DOCX leaving its 0s blank or “—”: only the import-cells rows saying so, no rule."""
    t3 = applications("2021")
    for row in (DENIED[0], DENIED[2], DENIED[6], NOT_HANDLED[2], NOT_HANDLED[3], OTHER_2021[1]):
        t3[row] = [""] * 7
    t3["new"][2], t3["carried"][2] = "—", ""
    rows = check(tmp_path, docx_file(report(2021, "安平县发展和改革局", t3=t3), tmp_path / "report.docx"))
    assert [(place, rule) for place, _s, rule, _m in rows] == [
        ("第 2 个表格第 8 行", "import-cells"), ("第 2 个表格第 4 行", "import-cells"), ("第 2 个表格第 5 行", "import-cells")]


# One error each ---------------------------------------------------------------------------------------------------
def _counted_twice(agency):
    """A 区分处理 application in （二）部分公开 and again in （三）4 (and in the （七）总计 so R2 holds)."""
    t3 = applications("2021")
    _add(t3, DENIED[3], 0, 1)
    _add(t3, "total", 0, 1)
    return report(2021, agency, t3=t3)


def _one_column(agency):
    t3 = applications("2021")
    _add(t3, "forward", 4, 1)
    return report(2021, agency, t3=t3)


def _blank_totals(agency):
    t3 = applications("2019")
    t3["granted"][6], t3["partly"][6] = "", "/"
    return report(2019, agency, t3=t3)


def _text_52(agency):
    t3 = applications("2021")
    for row in ("new", "granted", "total"):
        _add(t3, row, 0, -4)
    return _with(1, "（二）依申请公开。本年度共收到政府信息公开申请52件，全部按期答复，没有逾期答复的情况。", t3=t3)(agency)


def _fee_unpaid(agency):
    """An application dropped for a fee notice left unpaid, while part 六 says no notice was sent."""
    t3 = applications("2021")
    _add(t3, OTHER_2021[1], 0, 1)
    _add(t3, "total", 0, 1)
    _add(t3, "forward", 0, -1)
    return report(2021, agency, t3=t3)


def _row_total(agency):
    t3 = applications("2021")
    t3[DENIED[3]][6] = 2
    return report(2021, agency, t3=t3)


PLANTED = {
    "2021 年度仍用60号的表": ("html", lambda agency: report(2021, agency, edition="2019"),
                      [("第 1 个表格", "warning", "import-tables", "（R12）")]),
    "区分处理计了两次": ("html", _counted_twice, [("第 2 个表格第 28 行", "error", "R1", "“自然人”列")]),
    "R1 只错一列": ("html", _one_column, [("第 2 个表格第 28 行", "error", "R1", "“法律服务机构”列")]),
    "总计空白和写“/”": ("html", _blank_totals, [("第 2 个表格第 6 行", "error", "import-totals", "（一）予以公开"),
                                          ("第 2 个表格第 7 行", "error", "import-totals", "（二）部分公开")]),
    "正文52件、表三51件": ("html", _text_52, [("第 7 段", "warning", "R9", "“收到政府信息公开申请52件”")]),
    "含上年结转的受理数错": ("html", _with(1, "（二）依申请公开。本年度共受理政府信息公开申请60件（含上年结转4件）。"),
                   [("第 7 段", "warning", "R9", "“受理政府信息公开申请60件”")]),
    # were missed: fee notices shown by 表三 or the text, part 六 saying none were sent
    "逾期未缴费、第六部分写未发出收费通知": ("html", _fee_unpaid,
                               [("第 2 个表格第 25 行", "warning", "R10", "即发出过信息处理费收费通知")]),
    "正文收了信息处理费、第六部分写未收取": ("html", _with(1, "（二）依申请公开。全年收到政府信息公开申请55件；对1件需要大量复制图纸的申请，"
                                              "依规收取信息处理费260元。"),
                               [("第 7 段", "warning", "R10", "“信息处理费260元”")]),
    "地方政府4月成文": ("docx", lambda agency: report(2021, agency, date="2022年4月15日"),
                 [("第 19 段", "warning", "deadline", "2022年3月31日")]),
    "某行总计错": ("docx", _row_total, [("第 2 个表格第 11 行", "error", "R3", "4.保护第三方合法权益")]),
}


@pytest.mark.parametrize("name", PLANTED)
def test_a_planted_error_is_found_once_at_its_place(tmp_path, name):
    fmt, make, expected = PLANTED[name]
    agency = "安平县人民政府" if name == "地方政府4月成文" else "安平县交通运输局"
    path = (web_page if fmt == "html" else docx_file)(make(agency), tmp_path / f"report.{fmt}")
    rows = [r for r in check(tmp_path, path) if r[1] != "note"]
    if name == "2021 年度仍用60号的表":  # and table 三's one （六） row, read as its 3.其他 (an import-cells row)
        rows = [r for r in rows if r[2] != "import-cells"]
    assert [(place, severity, rule) for place, severity, rule, _m in rows] == [e[:3] for e in expected]
    assert all(e[3] in r[3] for r, e in zip(rows, expected))


def test_in_force_unchanged_after_new_documents_is_r8_only_against_last_year(tmp_path):
    """2022's 现行有效件数 17, as in 2021, with 3 issued and 1 repealed: a warning with --previous-dir only."""
    (tmp_path / "2021").mkdir()
    t3 = applications("2021")  # 2021 carried forward what 2022 carries over (R7)
    for column, n in ((0, 1), (4, -1), (5, -1)):
        _add(t3, "new", column, n)
        _add(t3, "forward", column, n)
    last = report(2021, "安平县农业农村局", t3=t3, overview=[
        "（一）主动公开。围绕春耕备耕、动物防疫和农产品质量安全发布信息860条。",
        "（二）依申请公开。答复申请时逐件登记、逐件审核，答复书统一使用规范文本。",
        "（三）政府信息管理。建立了公开前审查登记簿，涉及农户个人信息的一律去标识化处理。",
        "（四）政府信息公开平台建设。在门户网站开设乡村振兴专栏，集中发布惠农补贴发放结果。",
        "（五）监督保障。把公开工作纳入股室年度考核，年底请服务对象参与评议。"], problems=[
        "存在的主要问题：惠农补贴信息更新不够及时，部分乡镇的公示照片不清晰。",
        "改进情况：明确每月十日前更新补贴信息，公示照片由专人复核后上传。"])
    web_page(last, tmp_path / "2021" / "2021.html")
    path = web_page(report(2022, "安平县农业农村局"), tmp_path / "2022.html")
    assert [r for r in check(tmp_path, path) if r[1] != "note"] == OK
    rows = [r for r in check(tmp_path, path, "--previous-dir", str(tmp_path / "2021")) if r[1] != "note"]
    assert [(place, severity, rule) for place, severity, rule, _m in rows] == [("第 1 个表格第 4 行", "warning", "R8")]
    assert "17 件加本年制发 3 件、减本年废止 1 件为 19 件" in rows[0][3]
