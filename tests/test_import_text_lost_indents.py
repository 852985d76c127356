"""Plain-text copies: a PDF's text that lost its paragraphs' indents, where a full line ending a sentence
goes on with its paragraph; a row label broken over lines in a site's text export (一、本年新收政府信息 / 公开申请数量 |);
a running head at each page's top among a table's cells copied a cell a line; a copy with a blank line after every
line."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import import_text, imported, page_as_text, render_source

PLUGINS = load_plugins()
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")


def _data(result) -> dict:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


# A full line ending a sentence -------------------------------------------------
#: A paragraph whose first sentence ends right at the end of its second line, and which goes on.
_GOES_ON = ("本局年内调整了政务公开工作领导小组，由一名副局长分管日常工作，办公室配备两名专职人员负责网站栏目的更新维护。"
            "各业务科室确定一名信息员，每周报送需要公开的信息，做到随产生随公开。")
#: A paragraph that ends right at the end of its second line.
_ENDS_FULL = "年内对门户网站的栏目做了一次全面梳理，合并了内容重复的栏目，停用了长期不更新的栏目，新增政策解读专栏和图解。"
_PARAGRAPHS = {
    "一、总体情况": [_GOES_ON, _ENDS_FULL, "对拟公开的文件实行科室初审、办公室复审和分管领导签发的三级审查，全年没有发生因公开不当引起的问题。"],
    "二、主动公开政府信息情况": ["全年在门户网站发布各类信息八百余条，涵盖规划计划、项目审批、执法监管和资金使用等内容，栏目更新及时。"],
    "三、收到和处理政府信息公开申请情况": ["全年收到政府信息公开申请五件，均在法定期限内答复，没有发生逾期答复的情况。"],
    "四、政府信息公开行政复议、行政诉讼情况": ["本年度没有因政府信息公开引起的行政复议和行政诉讼。"],
    "五、存在的主要问题及改进情况": ["部分栏目的更新频率偏低，解读材料的形式比较单一，下一年度将增加图解和视频解读，按月检查各栏目的更新情况。"],
    "六、其他需要报告的事项": ["无。"],
}


def _folded(paragraph: str, width: int = 28, indent: int = 2) -> list[str]:
    """``paragraph`` as a PDF reader copies a page's lines ``width`` characters wide, its first line short by the
    ``indent`` the copy lost."""
    lines, at = [paragraph[:width - indent]], width - indent
    while at < len(paragraph):
        lines.append(paragraph[at:at + width])
        at += width
    assert not any(line[0] in "，。、；：）" for line in lines[1:])  # as a page sets them: no line starts so
    return lines


def _pdf_copy(indent: int = 2, paragraphs: dict[str, list[str]] = _PARAGRAPHS) -> str:
    lines = ["青山县林业局2023年政府信息公开工作年度报告"]
    for heading, texts in paragraphs.items():
        lines += [heading, *(line for paragraph in texts for line in _folded(paragraph, indent=indent))]
    return "\n".join(lines + ["青山县林业局", "2024年1月22日"]) + "\n"


def test_a_full_line_ending_a_sentence_goes_on_where_the_next_line_is_too_wide_to_start_a_paragraph(tmp_path):
    """A copy of a PDF's text that lost the indents: each paragraph's first line falls two characters short of the
    width. A full line ending in 。 is no paragraph's end where the line after it is as wide as the page (_GOES_ON was
    two paragraphs); where the next is as short as a first line, the paragraph ended there (_ENDS_FULL stays apart)."""
    text = _pdf_copy()
    assert "更新维护。\n各业务科室" in text and "图解。\n对拟公开" in text  # both end a full line with 。
    _, data = import_text(tmp_path, "copy.txt", text)
    assert data["sections"]["overview"] == _PARAGRAPHS["一、总体情况"]
    assert data["sections"]["problems"] == _PARAGRAPHS["五、存在的主要问题及改进情况"]


def test_a_copy_whose_first_lines_are_full_too_keeps_a_full_line_ending_a_sentence_apart(tmp_path):
    """Where first lines are as wide as the others (a copy folded at a count of characters, or of a page whose
    paragraphs start at the left edge), nothing tells the two apart: a full line ending in 。 still ends its
    paragraph."""
    paragraphs = dict(_PARAGRAPHS)
    paragraphs["一、总体情况"] = [_GOES_ON.replace("更新维护", "内容更新维护"), *_PARAGRAPHS["一、总体情况"][1:]]
    text = _pdf_copy(0, paragraphs)
    assert "内容更新维护。\n各业务科室" in text
    _, data = import_text(tmp_path, "copy.txt", text)
    overview = data["sections"]["overview"]
    assert overview[0].endswith("内容更新维护。") and overview[1].startswith("各业务科室")


@pytest.mark.parametrize("lines", [
    ["群众可在门户网站查阅年度报告，网址为", "http://www.example.gov.cn/zwgk/ndbg/index.html，栏目每月更新。"],
    ["全年通过政务服务平台受理的申请，编号从", "SQ2023000000001至SQ2023000000048，均已按期办结并归档。"],
])
def test_a_line_cut_short_by_a_word_that_did_not_fit_goes_on(tmp_path, lines):
    """A web address or a long number does not break: the line before it ends short, inside its sentence, and the
    two would fill a line. It was a paragraph's end (the address a paragraph of its own)."""
    text = _pdf_copy().replace("无。\n", "无。\n" + "\n".join(lines) + "\n")
    _, data = import_text(tmp_path, "copy.txt", text)
    assert data["sections"]["other"] == ["无。", "".join(lines)]


@needs_pdftotext
def test_a_pdf_s_text_copied_in_reading_order_keeps_a_paragraph_whose_line_ends_a_sentence(tmp_path):
    """pdftotext of the 2016 example: a line of 在全面公开环境信息的基础上… ends with its sentence at the page's width,
    and the paragraph went on as a paragraph of its own."""
    pdf = render_source(EXAMPLES / "qiandongnan-2016.yaml", "pdf", tmp_path, PLUGINS)
    subprocess.run(["pdftotext", str(pdf), str(tmp_path / "copy.txt")], check=True)
    source = yaml.safe_load((EXAMPLES / "qiandongnan-2016.yaml").read_text(encoding="utf-8"))
    def paragraphs(data: dict) -> list[str]:  # the overview's, without the blanks the data file folds its lines at
        return [line.strip(" -").replace(" ", "") for line in yaml.safe_dump(
            data["sections"]["overview"], allow_unicode=True, width=10**6).split("\n")]

    paragraph = next(p for p in paragraphs(source) if p.startswith("在全面公开"))
    assert paragraph.count("。") > 1
    assert paragraph in paragraphs(_data(imported(tmp_path / "copy.txt", tmp_path, PLUGINS)))


# A site's text export ------------------------------------------------------------
def _exported(text: str) -> str:
    """A page's text copied from a browser (tables' rows as cells parted by tabs) as a site's text export writes it:
    a cell per line ending in " |", a row short of its table's widest followed by a "|" for each cell it lacks."""
    out: list[str] = []
    rows: list[list[str]] = []
    for line in [*text.split("\n"), ""]:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        width = max(map(len, rows), default=0)
        for cells in rows:
            out += [f"{cell} |" if cell else "|" for cell in cells]
            out += ["|" * (width - len(cells))] * (len(cells) < width)
        rows = []
        out.append(line)
    return "\n".join(out)


def _sample_page(folder: Path) -> str:
    """The 2021 example as a web page copied from a browser."""
    page = render_source(EXAMPLES / "sample-2021.yaml", "html", folder, PLUGINS)
    return page_as_text(page.read_text(encoding="utf-8"))


@pytest.mark.parametrize("broken", ["一、本年新收政府信息\n公开申请数量 |", "一、本年新收\n政府信息公开\n申请数量 |"])
def test_a_row_label_broken_in_a_text_export_whose_first_part_reads_as_a_part_s_heading_is_one_cell(tmp_path, broken):
    """一、本年新收政府信息 alone on its line, over 公开申请数量 |, was a part's heading ending table 三: the row's
    figures went to a table of their own and every row of table 三 was a placeholder. Joined with the cell, the words
    are the row's label."""
    text = _sample_page(tmp_path)
    three = text[text.index("（本列数据的勾稽关系"):text.index("四、政府信息公开行政复议")]
    export = text.replace(three, _exported(three))
    assert export.count("一、本年新收政府信息公开申请数量 |") == 1
    result, data = import_text(tmp_path, "export.txt", export.replace("一、本年新收政府信息公开申请数量 |", broken))
    applications = data["tables"]["applications"]
    assert applications["new_received"] == {"natural_person": 38, "commercial_enterprise": 6, "research_institution": 0,
                                            "public_welfare_organization": 1, "legal_service_agency": 2, "other": 1,
                                            "total": 48}
    assert applications["results"]["total"]["total"] == 48
    assert not [f for f in result.findings if "表三" in f.message or "六个部分" in f.message]


def test_a_part_s_heading_before_the_next_table_of_a_text_export_stays_the_heading(tmp_path):
    """四、政府信息公开行政复议、行政诉讼情况 right before 行政复议 | ends table 三: no label of a table joined."""
    text = _sample_page(tmp_path)
    start, end = text.index("（本列数据的勾稽关系"), text.index("五、存在的主要问题")
    _, data = import_text(tmp_path, "export.txt", text[:start] + _exported(text[start:end]) + text[end:])
    assert data["tables"]["review_litigation"]["reconsideration"]["total"] == 4
    assert data["tables"]["applications"]["results"]["total"]["total"] == 48


# Pages and blank lines -------------------------------------------------------------
def _reading_order_copy(folder: Path, name: str, *options: str) -> str:
    pdf = render_source(EXAMPLES / f"{name}.yaml", "pdf", folder, PLUGINS)
    subprocess.run(["pdftotext", *options, str(pdf), str(folder / "plain.txt")], check=True)
    return (folder / "plain.txt").read_text(encoding="utf-8")


def _compared(folder: Path, plain: str, changed: str) -> tuple[dict, dict, object]:
    (folder / "plain.txt").write_text(plain, encoding="utf-8")
    (folder / "changed.txt").write_text(changed, encoding="utf-8")
    result = imported(folder / "changed.txt", folder, PLUGINS)
    return _data(imported(folder / "plain.txt", folder, PLUGINS)), _data(result), result


@needs_pdftotext
def test_a_running_head_at_each_page_s_top_among_a_table_s_cells_is_no_cell(tmp_path):
    """A PDF printed with the report's title over each page, copied in reading order (a cell a line): the title under
    the page's number among table 三's cells ended the table's rows (35 figures “前面没有这张表的行名”, the rows after
    it placeholders). It is a running head, left out as the page's number is."""
    plain = _reading_order_copy(tmp_path, "xinzhou-2020")
    head = "2020年政府信息公开工作年度报告"
    changed = "\n".join(line + (f"\n{head}" if line.strip("\f").startswith("—") and line.strip().endswith("—") else "")
                        for line in plain.split("\n"))
    assert changed.count(head) > 5
    before, after, result = _compared(tmp_path, plain, changed)
    assert after["tables"] == before["tables"]
    assert after["sections"] == before["sections"]
    assert not [f for f in result.findings if "按阅读顺序复制" in f.message]


@needs_pdftotext
@pytest.mark.parametrize("options", [[], ["-layout"]])
def test_a_copy_with_a_blank_line_after_every_line_reads_as_the_copy(tmp_path, options):
    """Line ends doubled (CR CR LF read as two, a blank line after each line): a copy keeping the page's layout made
    every line a paragraph and no table; one in reading order lost table 二's row whose note broke over two lines
    (-11（划至市行政审 / 批管理局）). Each run of 2n + 1 blank lines is n; the places are the file's lines."""
    plain = _reading_order_copy(tmp_path, "xinzhou-2020", *options)
    changed = "\r\r\n".join(plain.split("\n"))
    before, after, result = _compared(tmp_path, plain, changed)
    assert after["tables"] == before["tables"]
    assert after["sections"] == before["sections"]
    assert (after["agency"], after["date"]) == (before["agency"], before["date"])
    shown = changed.replace("\r\r\n", "\n\n").split("\n")  # as an editor numbers the lines
    number = next(i for i, line in enumerate(shown) if line.strip() == "—1—") + 1
    assert any(f.place == f"第 {number} 行" and "“—1—”" in f.message for f in result.findings)


@needs_pdftotext
def test_a_work_plan_s_text_with_its_task_table_a_cell_a_line_joins_its_paragraphs_lines(tmp_path):
    """pdftotext of the 2018 work plan: its task table's cells, a short line each, outnumbered the paragraphs' lines,
    so the copy was not taken for one folded at the page's width: the preamble and each task's measures stayed a
    paragraph a line, “2018 年” and all. Only lines half as wide as a page's line or more count: they read as from the
    PDF."""
    pdf = render_source(EXAMPLES / "putian-2018-work-plan.yaml", "pdf", tmp_path, PLUGINS)
    subprocess.run(["pdftotext", str(pdf), str(tmp_path / "copy.txt")], check=True)
    copied, printed = (_data(imported(tmp_path / name, tmp_path, PLUGINS, documents=True))
                       for name in ("copy.txt", pdf.name))
    assert len(printed["preamble"]) == 1
    assert copied["preamble"] == printed["preamble"]
    assert copied["requirements"] == printed["requirements"]
    assert copied["tasks"][:2] == printed["tasks"][:2]  # each measure one paragraph, as printed


# X 光机 -------------------------------------------------------------------------------
@pytest.mark.parametrize("line", ["X 光机检查", "X 射线装置的许可"])
def test_an_x_ray_line_is_no_heading_numbered_ten(tmp_path, line):
    """A short line starting “X 光机”/“X 射线” over a paragraph: the X is the word's, not a Roman ten numbering a
    heading (the X was lost and the line became the heading “光机检查” over the paragraph)."""
    text = ("青山县卫生健康局2012年政府信息公开工作年度报告\n一、概述\n本局由办公室负责信息公开的日常工作。\n"
            f"二、主动公开政府信息情况\n全年主动公开信息120条。\n{line}\n对辖区内医疗机构的放射设备逐台检测，结果在网站公示。\n"
            "三、存在的主要问题和改进措施\n个别栏目更新较慢，明年按月检查。\n青山县卫生健康局\n2013年3月20日\n")
    _, data = import_text(tmp_path, "qingshan.txt", text)
    assert data["sections"]["active_disclosure"]["content"] == [
        "全年主动公开信息120条。", line, "对辖区内医疗机构的放射设备逐台检测，结果在网站公示。"]
