"""Plain-text copies as they come: a report's lines folded at a page's width, with page numbers, running
heads, blank lines everywhere or nowhere, CRLF and GBK; a part's heading with its text run in; and the 2008 edition's
figures as agencies wrote them (a total broken down by organ, categories across two rows, a table of fees by kind,
也无减免情况, counts by channel, amounts in 万元)."""
from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
import yaml

from reportkit.importers.headings import part_heading
from reportkit.importers.source import Para
from reportkit.plugins import load_plugins
from reportkit.testing import render

from _import_helpers import import_text, imported, page_as_text, render_source

#: A county's 2008-edition report written for these tests: (kind, text) for each paragraph.
PARAGRAPHS = [
    ("title", "青山县人民政府2012年政府信息公开工作年度报告"),
    ("text", "本报告按照《中华人民共和国政府信息公开条例》的要求编写，由县政府办公室汇总各单位报送的材料形成。"
             "统计时限为2012年1月1日至12月31日。"),
    ("heading", "一、概述"),
    ("text", "本年度县政府办公室牵头推进全县的公开工作，调整了领导小组，明确了各单位的联络员，全年召开推进会两次，"
             "对十二个乡镇的公开栏逐一进行了检查。"),
    ("text", "各单位按照目录及时更新信息，网站新增了政策解读栏目。"),
    ("heading", "二、主动公开政府信息情况"),
    ("text", "全年主动公开政府信息1234条，其中政策法规类210条，规划计划类96条，人事信息类158条，其他类770条。"),
    ("heading", "三、依申请公开政府信息情况"),
    ("text", "全年共收到政府信息公开申请45件，已答复45件，其中同意公开30件，部分公开5件，不予公开3件，"
             "信息不存在4件，非本机关掌握3件。"),
    ("heading", "四、政府信息公开的收费及减免情况"),
    ("text", "本年度未收取任何费用。"),
    ("heading", "五、因政府信息公开申请提起行政复议、行政诉讼的情况"),
    ("text", "无。"),
    ("heading", "六、存在的主要问题和改进措施"),
    ("text", "少数单位更新信息不够及时，栏目内容还不够丰富。明年将加强督查，并把公开工作纳入年度考核，"
             "按季度通报各单位的更新情况。"),
    ("right", "青山县人民政府办公室"),
    ("right", "2013年3月20日"),
]


def _folded(width: int, indent: str = "\u3000\u3000", blank: bool = False, page: int = 0, head: bool = False) -> str:
    """The report as a copy folds it: each paragraph cut into lines of ``width`` characters, its first indented by
    ``indent``; a blank line after every line (``blank``); after every ``page`` lines a page's number, and the title
    again as the next page's running head (``head``); the title centered, the 署名 and date set right."""
    lines: list[str] = []

    def line(text: str) -> None:
        lines.extend([text, ""] if blank else [text])
        if page and sum(1 for k in lines if k) % page == 0:
            lines.append(f"- {len(lines) // page} -")
            if head:
                lines.append(PARAGRAPHS[0][1])
    for kind, text in PARAGRAPHS:
        if kind == "title":
            line(" " * 4 + text)
        elif kind == "right":
            line("\u3000" * (width - len(text)) + text)
        else:
            text = indent + text
            while text:
                line(text[:width])
                text = text[width:]
    return "\n".join(lines) + "\n"


def _imported(tmp_path, text: str, encoding: str = "utf-8", newline: str = "\n"):
    source = tmp_path / "qingshan.txt"
    source.write_bytes(text.replace("\n", newline).encode(encoding))
    result = imported(source, tmp_path)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def unfolded(tmp_path_factory):
    """The report's data imported from a copy with a paragraph a line."""
    return _imported(tmp_path_factory.mktemp("plain"), "\n".join(text for _, text in PARAGRAPHS) + "\n")[1]


@pytest.mark.parametrize("width, options", [
    (30, {}), (34, {}), (40, {}), (33, {"blank": True}), (32, {"indent": ""}), (36, {"indent": "", "blank": True}),
    (32, {"indent": "    "}), (24, {}),  # at 24 the heading of part 五 is folded too
])
def test_a_copy_folded_at_a_width_reads_as_the_paragraphs_written(tmp_path, unfolded, width, options):
    _, data = _imported(tmp_path, _folded(width, **options))
    assert data == unfolded  # every paragraph, heading, figure, the 署名 and the date as in the unfolded copy


def test_a_number_cut_by_the_fold_is_joined_without_a_space(tmp_path, unfolded):
    _, data = _imported(tmp_path, _folded(33))
    assert data["preamble"][0].endswith("统计时限为2012年1月1日至12月31日。")  # the fold cut 1|2月31日
    assert data == unfolded


@pytest.mark.parametrize("encoding, newline", [("gbk", "\r\n"), ("utf-8", "\r\n"), ("gbk", "\n")])
def test_a_folded_copy_saved_as_gbk_or_with_crlf_reads_alike(tmp_path, unfolded, encoding, newline):
    _, data = _imported(tmp_path, _folded(34), encoding, newline)
    assert data == unfolded


def test_page_numbers_and_running_heads_inside_a_folded_copy_are_left_out_and_named(tmp_path, unfolded):
    result, data = _imported(tmp_path, _folded(32, page=6, head=True))
    assert data == unfolded
    messages = [f.message for f in result.findings]
    assert any(m.startswith("句子中间的“- 1 -”未导入") for m in messages)
    assert any(m.startswith("句子中间的“青山县人民政府2012年政府信息公开工作") for m in messages)
    assert sum("青山县人民政府2012年政府信息公开工作" in m and "未导入" in m for m in messages) == 5  # each page's


def test_lines_that_are_paragraphs_of_one_width_are_not_joined(tmp_path):
    """Short paragraphs of about one length, each a sentence of its own, are no folded copy."""
    text = ("某县2020年政务公开工作要点\n一、工作任务\n按月更新政府网站的公开目录。\n按季度检查乡镇公开栏的内容。\n"
            "按半年通报各单位的更新情况。\n按年度编写公开工作年度报告。\n二、保障措施\n县政府办公室负责统筹协调。\n")
    written = _document(tmp_path, "yaodian.txt", text)
    assert "- 按月更新政府网站的公开目录。\n" in written and "- 按季度检查乡镇公开栏的内容。\n" in written


@pytest.mark.parametrize("apart", ["。", "\u3000", " "])
def test_a_part_heading_with_its_text_run_in_after_a_full_stop_or_a_blank_opens_the_part(tmp_path, apart):
    text = ("青山县人民政府2012年政府信息公开工作年度报告\n本报告按条例的要求编写。\n"
            f"一、概述{apart}县政府办公室牵头推进公开工作，本年度调整了领导小组。\n"
            f"二、主动公开政府信息情况{apart}全年主动公开政府信息1234条。\n"
            "三、依申请公开政府信息情况\n全年共收到政府信息公开申请45件，已答复45件。\n"
            "青山县人民政府办公室\n2013年3月20日\n")
    _, data = import_text(tmp_path, "qingshan.txt", text)
    assert data["preamble"] == ["本报告按条例的要求编写。"]
    assert data["sections"]["overview"]["content"] == ["县政府办公室牵头推进公开工作，本年度调整了领导小组。"]
    assert data["sections"]["active_disclosure"]["figures"]["total"] == 1234
    assert data["sections"]["active_disclosure"]["content"] == ["全年主动公开政府信息1234条。"]


def test_a_list_item_with_a_full_stop_alone_among_paragraphs_stays_text(tmp_path):
    """A single 一、 sentence with no other 一、 part beside it is no part's heading."""
    text = ("某县2020年政务公开工作总结\n本年度主要做了以下工作。\n一、完善制度。制定了公开目录的更新办法。\n"
            "县政府办公室\n2021年1月5日\n")
    assert "一、完善制度。制定了公开目录的更新办法。" in _document(tmp_path, "zongjie.txt", text)


def _document(tmp_path, name: str, text: str) -> str:
    """The data a work document's copy imports as, as written."""
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    return imported(source, tmp_path, documents=True).target.read_text(encoding="utf-8")


# Parts -------------------------------------------------------------------------
def _paras(*texts: str) -> list[Para]:
    return [Para(text, f"第 {n} 行") for n, text in enumerate(texts, 1)]


def test_a_short_numbered_line_under_a_part_numbered_yi_is_no_part():
    items = _paras("前言。", "一、总体情况", "本年度平稳推进。", "1 主动公开", "全年持续更新。", "二、主动公开政府信息情况", "见下表。")
    is_part = part_heading(items)
    assert [item.text for item in items if is_part(item)] == ["一、总体情况", "二、主动公开政府信息情况"]


def test_roman_numerals_as_the_top_parts_are_the_parts():
    items = _paras("前言。", "Ⅰ、总体情况", "（一）概况", "本年度平稳推进。", "Ⅱ、主动公开政府信息情况", "见下表。")
    is_part = part_heading(items)
    assert [item.text for item in items if is_part(item)] == ["Ⅰ、总体情况", "Ⅱ、主动公开政府信息情况"]


def test_a_decimal_outline_keeps_its_parts():
    items = _paras("前言。", "1 总体情况", "本年度平稳推进。", "2 主动公开政府信息情况", "见下表。")
    is_part = part_heading(items)
    assert [item.text for item in items if is_part(item)] == ["1 总体情况", "2 主动公开政府信息情况"]


# 2008 figures ------------------------------------------------------------------
def _report_2008(disclosure: str, fees: str = "本年度未收取任何费用。") -> str:
    return ("青山县人民政府2012年政府信息公开工作年度报告\n本报告按条例的要求编写，统计时限为2012年1月1日至12月31日。\n"
            "一、概述\n县政府办公室牵头推进全县的公开工作，本年度调整了领导小组。\n"
            f"二、主动公开政府信息情况\n{disclosure}\n"
            "三、依申请公开政府信息情况\n全年共收到政府信息公开申请45件，已答复45件。\n"
            f"四、政府信息公开的收费及减免情况\n{fees}\n"
            "五、存在的主要问题和改进措施\n少数单位更新不及时，明年将加强督查。\n"
            "青山县人民政府办公室\n2013年3月20日\n")


def test_a_total_broken_down_by_organ_is_no_list_of_categories(tmp_path):
    sentence = "全年主动公开政府信息1234条，其中县本级1000条，乡镇234条。"
    _, data = import_text(tmp_path, "qingshan.txt", _report_2008(sentence))
    part = data["sections"]["active_disclosure"]
    assert part["figures"] == {"total": 1234}
    assert part["content"] == [sentence]


def test_categories_across_two_rows_are_read(tmp_path):
    table = "全年主动公开政府信息1234条，分类如下表。\n类别\t政策法规类\t规划计划类\t其他类\n条数\t210\t254\t770"
    result, data = import_text(tmp_path, "qingshan.txt", _report_2008(table))
    figures = data["sections"]["active_disclosure"]["figures"]
    assert figures["categories"] == [{"name": "政策法规类", "count": 210}, {"name": "规划计划类", "count": 254},
                                     {"name": "其他类", "count": 770}]
    out = render(result.target.read_text(encoding="utf-8"), file="qingshan.yaml", formats=("docx",), draft=True)
    text = "".join(p.text for p in docx.Document(io.BytesIO(out.outputs["docx"])).paragraphs)
    assert text.count("1234") == 1 and "政策法规类210条" not in text  # the agency's table states them: not again


def test_a_table_of_fees_by_kind_gives_the_fees_charged(tmp_path):
    fees = "本年度收取的费用如下表。\n收费项目\t金额（元）\n检索费\t0\n复制费\t20.5\n邮寄费\t10\n合计\t30.5"
    _, data = import_text(tmp_path, "qingshan.txt", _report_2008("全年主动公开政府信息1234条。", fees))
    part = data["sections"]["fees"]
    assert part["figures"] == {"charged": 30.5}
    assert part["content"][1]["rows"][-1] == ["合计", "30.5"]  # the agency's table stays as written


@pytest.mark.parametrize("fees, figures", [
    ("本年度未收取任何费用，也无减免情况。", {"charged": 0, "waived": 0}),
    ("本年度未收取任何费用。也无减免情况。", {"charged": 0, "waived": 0}),
    ("本机关没有减免费用。", {"waived": 0}),
    ("本年度共收取检索复制费0.35\n万元。", {"charged": 3500}),
])
def test_fees_said_in_words_or_in_wan_yuan_are_read(tmp_path, fees, figures):
    _, data = import_text(tmp_path, "qingshan.txt", _report_2008("全年主动公开政府信息1234条。", fees))
    assert {k: v for k, v in data["sections"]["fees"]["figures"].items() if k != "show"} == figures


def test_counts_by_channel_in_a_sentence_are_read(tmp_path):
    sentences = "全年主动公开政府信息1234条。\n全年通过政府门户网站公开信息1100条，通过公开栏公开信息134条。"
    result, data = import_text(tmp_path, "qingshan.txt", _report_2008(sentences))
    figures = data["sections"]["active_disclosure"]["figures"]
    assert figures["channels"] == [{"name": "政府门户网站", "count": 1100}, {"name": "公开栏", "count": 134}]
    out = render(result.target.read_text(encoding="utf-8"), file="qingshan.yaml", formats=("docx",), draft=True)
    text = "".join(p.text for p in docx.Document(io.BytesIO(out.outputs["docx"])).paragraphs)
    assert text.count("1100") == 1  # the agency's sentence states them: not printed again


def test_a_table_copied_with_blanks_between_cells_is_read_as_a_table(tmp_path):
    """A folded copy's lead-in ends with “：” at the width; the table's rows under it, cells parted by blanks, are no
    text going on: they are the table's rows, and its categories are read."""
    disclosure = ("全年主动公开政府信息1234条，按类别分的条数见下表（单位：条）：\n"
                  "类别 条数\n政策法规类 210\n规划计划类 254\n其他类 770")
    _, data = import_text(tmp_path, "qingshan.txt", _report_2008(disclosure))
    part = data["sections"]["active_disclosure"]
    assert part["figures"]["categories"] == [{"name": "政策法规类", "count": 210}, {"name": "规划计划类", "count": 254},
                                             {"name": "其他类", "count": 770}]
    assert part["content"] == ["全年主动公开政府信息1234条，按类别分的条数见下表（单位：条）：",
                               {"columns": ["类别", "条数"],
                                "rows": [["政策法规类", 210], ["规划计划类", 254], ["其他类", 770]]}]


def test_a_copy_folded_by_the_page_s_width_in_columns_reads_alike(tmp_path, unfolded):
    """A PDF reader's copy fills a line by width: a digit half a Chinese character, so lines hold more characters."""
    from reportkit.layout import monospaced_width

    lines = []
    for kind, text in PARAGRAPHS:
        if kind != "text":
            lines.append(text if kind == "heading" else " " * (64 - monospaced_width(text)) + text)
            continue
        line = ""
        for char in "\u3000\u3000" + text:
            if monospaced_width(line + char) > 64:
                lines.append(line)
                line = ""
            line += char
        lines.append(line)
    _, data = _imported(tmp_path, "\n".join(lines) + "\n")
    assert data == unfolded


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
def test_a_pdf_s_text_copied_in_reading_order_reads_as_the_page_copied(tmp_path):
    """pdftotext without -layout: every paragraph folded at the page's width, no indent, printed blanks between Chinese
    and figures (612 条), page numbers between: its narrative reads as a browser's copy of the page does."""
    plugins = load_plugins()
    sample = Path("examples/sample-2021.yaml")
    pdf = render_source(sample, "pdf", tmp_path, plugins)
    subprocess.run(["pdftotext", str(pdf), str(tmp_path / "copy.txt")], check=True)
    (tmp_path / "page.txt").write_text(page_as_text(render_source(sample, "html", tmp_path, plugins)
                                                    .read_text(encoding="utf-8")), encoding="utf-8")
    copied, page = (yaml.safe_load(imported(tmp_path / name, tmp_path, plugins).target.read_text(encoding="utf-8"))
                    for name in ("copy.txt", "page.txt"))
    assert "全年通过县政府门户网站本局专栏发布信息612条，其中国土空间规划公示27条、征地信息公开89条、建设用地审批结果143条。" \
        in str(copied["sections"])
    for key in ("preamble", "sections", "contact", "date", "agency"):
        assert copied.get(key) == page.get(key), key


@pytest.mark.parametrize("numbers", [("一、", "二、", "三、", "四、", "五、", "六、"), ("Ⅰ、", "Ⅱ、", "Ⅲ、", "Ⅳ、", "Ⅴ、", "Ⅵ、")])
def test_a_report_s_parts_are_its_top_numbers_and_a_short_1_line_opens_none(tmp_path, numbers):
    """In the import itself (annual.py's parts): a short “1 主动公开” line under 一、 stays in 总体情况 (it opened a
    part of its own, and 二、 went into 六 as a sub-heading); Ⅰ、 Ⅱ、 parts are the parts (none was found)."""
    titles = ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
              "存在的主要问题及改进情况", "其他需要报告的事项")
    texts = ("本年度平稳推进公开工作，调整了领导小组。\n1 主动公开\n全年持续更新栏目内容。", "见下表。", "全年收到申请5件。",
             "未发生复议和诉讼。", "栏目更新不够及时。", "无。")
    body = "\n".join(f"{n}{title}\n{text}" for n, title, text in zip(numbers, titles, texts))
    text = (f"青山县交通运输局2023年政府信息公开工作年度报告\n本报告依据条例编写，统计期限为2023年1月1日至12月31日。\n"
            f"{body}\n青山县交通运输局\n2024年1月20日\n")
    sections = _imported(tmp_path, text)[1]["sections"]
    assert sections["overview"] == ["本年度平稳推进公开工作，调整了领导小组。", "1 主动公开", "全年持续更新栏目内容。"]
    assert sections["active_disclosure"] == ["见下表。"] and sections["other"] == ["无。"]


def test_a_running_head_between_paragraphs_is_named_as_one(tmp_path):
    """A folded copy's running head (the title again at a page's top) standing between two paragraphs is said to be
    the page's head, not its number."""
    lines = ["青山县人民政府2012年政府信息公开工作年度报告"]
    sentence = "县政府办公室按季度检查各乡镇公开栏的更新情况，发现问题当场指出并限期整改，整改结果在下一季度通报。"
    for n in range(6):
        lines += [sentence[k:k + 30] for k in range(0, len(sentence), 30)]
        if n == 2:
            lines.append(lines[0])
    text = "\n".join(lines[:1] + ["一、概述"] + lines[1:] + ["青山县人民政府办公室", "2013年3月20日"]) + "\n"
    result, _data = _imported(tmp_path, text)
    said = [f.message for f in result.findings if "青山县人民政府2012年" in f.message]
    assert said == ["页眉“青山县人民政府2012年政府信息公开工作…”未导入（复制的页面每页重复印的一行）"]
