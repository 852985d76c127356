"""Numbers, page furniture and plain-text copies: Roman numerals typed in Latin letters as the parts'
numbers (I. 总体情况, II、, ＩＶ．) in every importer; a page's number printed bare (3) between paragraphs, and a
sentence a page's foot cut joined again; a figure and its unit wrapped apart (3.5 / 个百分点); a 2008 category table
copied a cell per line."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
import yaml

from reportkit.importers.labels import heading_level, numbering
from reportkit.plugins import load_plugins

from _import_helpers import import_text, imported, render_source

_TITLES = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
           "存在的主要问题及改进情况", "其他需要报告的事项")
_TEXTS = ("本局按季度检查栏目的更新情况，年内调整了公开工作领导小组。", "各类信息的条数见统计表。", "全年收到申请5件，均按期答复。",
          "本年度没有发生复议和诉讼。", "个别栏目更新偏慢，明年按月通报。", "无。")
_SECTIONS = ("overview", "active_disclosure", "applications", "review_litigation", "problems", "other")


def _paragraphs(numbers: tuple[str, ...]) -> list[str]:
    """A 2023 report's paragraphs, its parts numbered ``numbers``; a paragraph starting with a Latin I among them."""
    out = ["青山县交通运输局2023年政府信息公开工作年度报告", "本报告依据条例编写，统计期限为2023年1月1日至12月31日。"]
    for number, title, text in zip(numbers, _TITLES, _TEXTS):
        out += [number + title, text]
    out[3:3] = ["I 级应急响应期间，本局暂停了窗口的现场受理，改为网上办理。"]
    return out + ["青山县交通运输局", "2024年1月20日"]


def _sections_read(data: dict) -> dict:
    return {key: data["sections"][key] for key in _SECTIONS}


_ROMANS = ("I", "II", "III", "IV", "V", "VI")


@pytest.mark.parametrize("mark", [". ", "、", "．", " "])
@pytest.mark.parametrize("kind", ["txt", "docx", "html"])
def test_roman_numerals_in_latin_letters_number_the_parts(tmp_path, mark, kind):
    """I. 总体情况, II、…, IV．… (a Latin I, V, X typed for Ⅰ Ⅴ Ⅹ) are the parts' numbers, as Ⅰ、 is: no part was found
    (the file was no annual report); an English I starting a sentence stays its text."""
    paragraphs = _paragraphs(tuple(roman + mark for roman in _ROMANS))
    source = tmp_path / f"qingshan.{kind}"
    if kind == "txt":
        source.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    elif kind == "html":
        source.write_text("<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>",
                          encoding="utf-8")
    else:
        document = docx.Document()
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
        document.save(source)
    data = yaml.safe_load(imported(source, tmp_path).target.read_text(encoding="utf-8"))
    assert data["sections"]["overview"] == ["I 级应急响应期间，本局暂停了窗口的现场受理，改为网上办理。", _TEXTS[0]]
    assert [data["sections"][key] for key in _SECTIONS[1:]] == [[text] for text in _TEXTS[1:]]


def test_full_width_latin_roman_numerals_number_the_parts_too(tmp_path):
    numbers = tuple(roman.translate({ord(c): ord(c) + 0xFEE0 for c in "IVX"}) + "、" for roman in _ROMANS)
    _, data = import_text(tmp_path, "qingshan.txt", "\n".join(_paragraphs(numbers)) + "\n")
    assert [data["sections"][key] for key in _SECTIONS[1:]] == [[text] for text in _TEXTS[1:]]


@pytest.mark.parametrize("numbers", [("一、\t", "二、\t", "三、\t", "四、\t", "五、\t", "六、\t"),
                                     tuple(f"{roman}.\t" for roman in _ROMANS)])
def test_headings_copied_from_word_s_automatic_numbering_keep_their_number(tmp_path, numbers):
    """A copy of Word's or WPS's automatic numbering sets a tab after the number (一、⇥总体情况): a heading, not a table's
    row of two cells (no part was found); a numbered paragraph under it too."""
    paragraphs = _paragraphs(numbers)
    paragraphs[5:5] = ["（一）\t主动公开", "1.\t全年更新栏目信息312条，其中政策解读12篇。"]
    _, data = import_text(tmp_path, "qingshan.txt", "\n".join(paragraphs) + "\n")
    assert data["sections"]["overview"] == ["I 级应急响应期间，本局暂停了窗口的现场受理，改为网上办理。", _TEXTS[0], {
        "heading": "主动公开", "content": ["1.全年更新栏目信息312条，其中政策解读12篇。"]}]
    assert [data["sections"][key] for key in _SECTIONS[1:]] == [[text] for text in _TEXTS[1:]]


def test_a_table_numbering_its_rows_under_a_head_of_two_cells_stays_a_table(tmp_path):
    """1.⇥县财政局 rows under 序号⇥单位名称 are the table's, not headings with a tab after the number."""
    paragraphs = _paragraphs(tuple(f"{n}、" for n in "一二三四五六"))
    paragraphs[5:5] = ["各单位的联络员名单如下。", "序号\t单位名称", "1.\t县财政局", "2.\t县教育局", "3.\t县卫生健康局"]
    result, data = import_text(tmp_path, "qingshan.txt", "\n".join(paragraphs) + "\n")
    assert data["sections"]["overview"][2:] == ["各单位的联络员名单如下。"]
    assert ("第 7 行起的表格", "这个表格不是表二、表三或表四，未导入") in [(f.place, f.message) for f in result.findings]


@pytest.mark.parametrize("text, number", [
    ("I. 总体情况", "Ⅰ."), ("II、主动公开政府信息情况", "Ⅱ、"), ("IV．存在的主要问题", "Ⅳ."), ("ＩＶ．存在的主要问题", "Ⅳ."),
    ("IV 存在的主要问题", "Ⅳ"), ("iv、细则", "ⅳ、"), ("XII、附则", "Ⅻ、"),
    ("I am told so.", ""), ("I. Introduction", ""), ("IV. Results", ""), ("VIP服务窗口", ""), ("I 级响应", ""),
    ("IIII、重复", ""), ("V 2.0版本", ""),
])
def test_a_latin_roman_numeral_is_a_heading_s_number_only_before_chinese(text, number):
    assert numbering(text) == number
    assert bool(heading_level(text)) == bool(number)


# Page numbers ------------------------------------------------------------------
def _paged(page: str, head: bool = False) -> str:
    """A report copied a paragraph a line, each page's number (``page`` with {}) on a line of its own, the title again
    after it as the next page's running head (``head``); two of them cut a sentence."""
    lines = ["青山县交通运输局2023年政府信息公开工作年度报告",
             "本报告依据条例编写，统计期限为2023年1月1日至12月31日。",
             "一、总体情况",
             "本局全年围绕交通建设推进公开，调整了领导小组，明确专人维护网站栏目。",
             "（一）主动公开",
             "全年在门户网站发布各类信息312条，其中工程招标公告45条，",
             page.format(2),
             "道路养护信息67条，政策解读12篇。",
             "（二）依申请公开",
             "全年收到申请5件，均在法定期限内答复完毕。",
             page.format(3),
             "二、主动公开政府信息情况",
             "各类信息的条数见统计表。",
             "三、收到和处理政府信息公开申请情况",
             "全年收到申请5件。",
             page.format(4),
             "四、政府信息公开行政复议、行政诉讼情况",
             "本年度没有发生复议和诉讼。",
             "五、政府信息公开工作存在的主要问题及改进情况",
             "部分栏目的更新频率偏低，解读材料的形式比较单一。下一年度本局将",
             "",
             page.format(5),
             "",
             "增加图解和视频解读，按月检查栏目的更新情况。",
             "六、其他需要报告的事项",
             "无。",
             "青山县交通运输局",
             "2024年1月20日"]
    if head:
        lines = [text for line in lines for text in ([line, lines[0]] if line in map(page.format, range(2, 6)) else [line])]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("head", [False, True])
@pytest.mark.parametrize("page", ["{}", "- {} -", "—{}—", "第 {} 页", "第{}页共5页"])
def test_page_numbers_between_paragraphs_are_left_out_and_a_sentence_they_cut_is_joined(tmp_path, page, head):
    result, data = import_text(tmp_path, "qingshan.txt", _paged(page, head))
    sections = data["sections"]
    assert sections["overview"][1] == {"heading": "主动公开", "content": [
        "全年在门户网站发布各类信息312条，其中工程招标公告45条，道路养护信息67条，政策解读12篇。"]}
    assert sections["overview"][2] == {"heading": "依申请公开", "content": ["全年收到申请5件，均在法定期限内答复完毕。"]}
    assert sections["applications"] == ["全年收到申请5件。"]
    assert sections["problems"] == ["部分栏目的更新频率偏低，解读材料的形式比较单一。下一年度本局将增加图解和视频解读，按月检查栏目的更新情况。"]
    messages = [f.message for f in result.findings]
    assert f"页码“{page.format(3)}”未导入（打印或导出的页面在两段之间留下的页码）" in messages
    assert any(m.startswith(f"句子中间的“{page.format(5)}”未导入") for m in messages)


def test_a_bare_page_number_between_a_copied_table_s_rows_leaves_the_table_whole(tmp_path):
    text = ("青山县交通运输局2023年政府信息公开工作年度报告\n本报告依据条例编写，统计期限为2023年1月1日至12月31日。\n"
            "一、总体情况\n本局全年围绕交通建设推进公开，调整了领导小组，明确专人维护网站栏目。\n"
            "全年在门户网站发布各类信息312条，其中工程招标公告45条，\n8\n道路养护信息67条，政策解读12篇。\n"
            "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
            "规章\t0\t0\t0\n9\n行政规范性文件\t2\t1\t9\n第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t128\n"
            "三、收到和处理政府信息公开申请情况\n全年收到申请5件。\n四、政府信息公开行政复议、行政诉讼情况\n"
            "本年度没有发生复议和诉讼。\n10\n五、政府信息公开工作存在的主要问题及改进情况\n部分栏目的更新频率偏低。\n"
            "六、其他需要报告的事项\n无。\n青山县交通运输局\n2024年1月20日\n11\n")
    result, data = import_text(tmp_path, "qingshan.txt", text)
    assert data["tables"]["active_disclosure"]["normative_documents"] == {"issued": 2, "repealed": 1, "in_force": 9}
    assert data["tables"]["active_disclosure"]["administrative_licensing"] == {"decisions": 128}
    assert data["sections"]["overview"][1] == "全年在门户网站发布各类信息312条，其中工程招标公告45条，道路养护信息67条，政策解读12篇。"
    assert data["sections"]["review_litigation"] == ["本年度没有发生复议和诉讼。"]
    messages = [f.message for f in result.findings]
    assert "表格中间的“9”未导入（复制时夹进表格的页码或网页的按钮、页脚），表格照常接着读" in messages
    assert "页码“11”未导入（打印或导出的页面在两段之间留下的页码）" in messages


def test_bare_numbers_numbering_a_list_line_by_line_stay_text(tmp_path):
    """Numbers alone on their lines, each over one line of text (a list's), are no pages' numbers."""
    text = _paged("").replace("\n\n\n\n", "\n").replace("本年度没有发生复议和诉讼。\n",
                                                      "本年度没有发生复议和诉讼。\n1\n窗口受理。\n2\n网上受理。\n3\n信函受理。\n")
    _, data = import_text(tmp_path, "qingshan.txt", text)
    assert data["sections"]["review_litigation"] == ["本年度没有发生复议和诉讼。", "1", "窗口受理。", "2", "网上受理。", "3",
                                                     "信函受理。"]


# Figures and units -------------------------------------------------------------
def _report_2008(fees: str) -> str:
    return ("青山县人民政府2012年政府信息公开工作年度报告\n本报告按条例的要求编写，统计时限为2012年1月1日至12月31日。\n"
            "一、概述\n县政府办公室牵头推进全县的公开工作，本年度调整了领导小组。\n"
            "二、主动公开政府信息情况\n全年主动公开政府信息1234条。\n"
            "三、依申请公开政府信息情况\n全年共收到政府信息公开申请45件，已答复45件。\n"
            f"四、政府信息公开的收费及减免情况\n{fees}\n"
            "五、存在的主要问题和改进措施\n少数单位更新不及时，明年将加强督查。\n"
            "青山县人民政府办公室\n2013年3月20日\n")


@pytest.mark.parametrize("fees", [
    "申请的平均办理时间比上年缩短了3.5\n个百分点。", "平均办理时间为3.5\n个工作日。", "复制量比上年增长3.5\n%，以纸质件为主。",
    "本年度共收取检索复制费350\n元整，已上缴县财政。", "本年度共收取检索复制费0.35\n万元。", "平均办理时间为十五\n个工作日。",
])
def test_a_figure_and_its_unit_wrapped_apart_are_one_paragraph(tmp_path, fees):
    _, data = import_text(tmp_path, "qingshan.txt", _report_2008(fees))
    assert data["sections"]["fees"]["content"] == [fees.replace("\n", "")]


def test_a_line_starting_a_paragraph_after_a_figure_stays_apart(tmp_path):
    fees = "本年度收取检索复制费350\n本年度未减免任何费用。"
    _, data = import_text(tmp_path, "qingshan.txt", _report_2008(fees))
    assert data["sections"]["fees"]["content"] == fees.split("\n")


# A table copied a cell per line ------------------------------------------------
@pytest.mark.parametrize("apart", ["\n", "\n\n"])
def test_a_2008_category_table_copied_a_cell_per_line_is_read_as_the_table(tmp_path, apart):
    cells = ["类别", "条数", "占比", "政策法规类", "210", "17.0%", "规划计划类", "254", "20.6%", "其他类", "770", "62.4%",
             "合计", "1234", "100%"]
    disclosure = "全年主动公开政府信息1234条，各类信息的条数和占比见下表。\n" + apart.join(cells)
    text = _report_2008("本年度未收取任何费用。").replace("全年主动公开政府信息1234条。", disclosure)
    _, data = import_text(tmp_path, "qingshan.txt", text)
    part = data["sections"]["active_disclosure"]
    assert part["figures"]["categories"] == [{"name": "政策法规类", "count": 210}, {"name": "规划计划类", "count": 254},
                                             {"name": "其他类", "count": 770}]
    assert part["content"] == ["全年主动公开政府信息1234条，各类信息的条数和占比见下表。",
                               {"columns": ["类别", "条数", "占比"],
                                "rows": [["政策法规类", 210, "17.0%"], ["规划计划类", 254, "20.6%"], ["其他类", 770, "62.4%"],
                                         ["合计", 1234, "100%"]]}]


def test_short_lines_that_do_not_line_up_with_a_head_stay_paragraphs(tmp_path):
    lines = "全年主动公开政府信息1234条，分布如下。\n网站\n公开栏\n1100\n134\n其他\n"
    text = _report_2008("本年度未收取任何费用。").replace("全年主动公开政府信息1234条。\n", lines)
    _, data = import_text(tmp_path, "qingshan.txt", text)
    assert data["sections"]["active_disclosure"]["content"] == lines.strip().split("\n")


# A PDF's text copied in reading order ------------------------------------------
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
@pytest.mark.parametrize("name, options", [("xinzhou-2020", []), ("mianyang-2009", []), ("mianyang-2009", ["-raw"]),
                                           ("zhejiang-2017", [])])
def test_a_pdf_s_text_copied_in_reading_order_reads_as_the_pdf(tmp_path, name, options):
    """pdftotext without -layout of reports reportkit printed: a line cut short inside a sentence (its blanks between
    Chinese and figures gone, “两 / 微”” moved down), a line justifying spread apart (址 ： 绵 阳 …) go on with the
    next; a 2008 table copied a cell per line (其中：在线申请 / 19, a last row 历年累计 / 3627), or a row a line
    (-raw: 历年累计主动公开 3627 under rows of three cells), is read as the table, and its figures with it."""
    plugins = load_plugins()
    pdf = render_source(Path("examples") / f"{name}.yaml", "pdf", tmp_path, plugins)
    subprocess.run(["pdftotext", *options, str(pdf), str(tmp_path / "copy.txt")], check=True)
    copied, printed = (yaml.safe_load(imported(tmp_path / file, tmp_path, plugins).target.read_text(encoding="utf-8"))
                       for file in ("copy.txt", pdf.name))
    for key in ("preamble", "sections", "contact", "agency", "date"):
        assert copied.get(key) == printed.get(key), key
