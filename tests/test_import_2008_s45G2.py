"""Annual reports whose parts are numbered （一） （二） with no 一、 level above them, and reports that print an
attachment (附件：…统计表 or 附表 and its table) over the 署名 rather than after the 成文日期, in text, HTML and DOCX.
The agencies, sentences and figures are made up for these tests."""
from __future__ import annotations

import html

import docx
import pytest
from click.testing import CliRunner
from docx.enum.text import WD_ALIGN_PARAGRAPH

from reportkit.cli import cli

from _import_helpers import data_of, import_text, imported

PARTS_2008 = [
    ("概述", "乡里明确由党政办承办公开工作，配备一名兼职信息员。"),
    ("主动公开政府信息的情况", "全年在乡公开栏和县政府网站乡镇专栏共公开信息96条。"),
    ("依申请公开政府信息和不予公开政府信息的情况", "本年度乡里没有收到政府信息公开申请。"),
    ("政府信息公开的收费及减免情况", "无。"),
    ("因政府信息公开申请提起行政复议、行政诉讼的情况", "无。"),
    ("存在的主要问题和改进情况", "公开栏的内容换得不够勤，今后每半月更新一次。"),
    ("其他需要报告的事项", "无。"),
]
KEYS_2008 = ["overview", "active_disclosure", "applications", "fees", "review_litigation", "problems", "other"]
SERIALS = "一二三四五六七"


def _paren_2008(number=lambda n: f"（{SERIALS[n]}）") -> str:
    return _text(_paren_blocks(number))


def _paren_blocks(number=lambda n: f"（{SERIALS[n]}）") -> list:
    parts = [line for n, (title, text) in enumerate(PARTS_2008) for line in (f"{number(n)}{title}", text)]
    return ["松岭乡人民政府2013年政府信息公开工作年度报告", "现将本乡2013年度政府信息公开工作情况报告如下：", *parts,
            Right("松岭乡人民政府"), Right("2014年3月6日")]


class Right(str):
    """A line set right (the 署名, the 成文日期)."""


def _text(blocks: list) -> str:
    """``blocks`` (a paragraph's text, a table's rows, a :class:`Right` line) as text copied into Notepad."""
    lines = [blocks[0], ""]
    for block in blocks[1:]:
        if isinstance(block, list):
            lines += ["\t".join(row) for row in block]
        else:
            lines += ["", block] if isinstance(block, Right) and not isinstance(lines[-1], Right) else [block]
    return "\n".join([*lines, ""])


def _html(blocks: list) -> str:
    def one(block) -> str:
        if isinstance(block, list):
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in block)
            return f"<table>{rows}</table>"
        return f"<p style='text-align:right'>{html.escape(block)}</p>" if isinstance(block, Right) \
            else f"<p>{html.escape(block)}</p>"
    return (f"<html><head><meta charset='utf-8'><title>年度报告</title></head><body><h1>{html.escape(blocks[0])}</h1>"
            f"{''.join(map(one, blocks[1:]))}</body></html>")


def _docx(blocks: list, path) -> None:
    document = docx.Document()
    document.add_paragraph(blocks[0]).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for block in blocks[1:]:
        if isinstance(block, list):
            table = document.add_table(rows=len(block), cols=len(block[0]))
            for r, row in enumerate(block):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        elif isinstance(block, Right):
            document.add_paragraph(block).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            document.add_paragraph(block)
    document.save(str(path))


def _imported(tmp_path, carrier: str, blocks: list):
    """``blocks`` written as a ``carrier`` file (txt, html, docx) and imported: the result and its data."""
    source = tmp_path / f"report.{carrier}"
    if carrier == "docx":
        _docx(blocks, source)
    else:
        source.write_text(_text(blocks) if carrier == "txt" else _html(blocks), encoding="utf-8")
    result = imported(source, tmp_path)
    return result, data_of(result)


@pytest.mark.parametrize("carrier", ["txt", "html", "docx"])
def test_parts_numbered_in_brackets_alone_are_the_parts_2008(tmp_path, carrier):
    _, data = _imported(tmp_path, carrier, _paren_blocks())
    assert list(data["sections"]) == KEYS_2008
    assert data["preamble"] == ["现将本乡2013年度政府信息公开工作情况报告如下："]
    assert data["sections"]["overview"]["content"] == [PARTS_2008[0][1]]
    assert data["sections"]["problems"]["content"] == [PARTS_2008[5][1]]


def test_check_finds_the_parts_numbered_in_brackets(tmp_path):
    source = tmp_path / "songling.txt"
    source.write_text(_paren_2008(), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(source)])
    assert "正文至少要有一个部分" not in result.output
    assert "Traceback" not in result.output


def test_parts_numbered_in_brackets_with_subheads_2021(tmp_path):
    text = "\n".join([
        "云溪县水利局2022年政府信息公开工作年度报告", "",
        "（一）总体情况", "1.主动公开", "我局按月梳理公开目录，及时发布水利工程建设信息。",
        "2.依申请公开", "全年办理公开申请3件，均在法定期限内答复。",
        "（二）主动公开政府信息情况", "规章和规范性文件的制发情况见下表。",
        "（三）收到和处理政府信息公开申请情况", "申请的处理情况见下表。",
        "（四）政府信息公开行政复议、行政诉讼情况", "本年度没有发生相关的复议和诉讼。",
        "（五）存在的主要问题及改进情况", "解读材料形式单一，明年增加图解和视频解读。",
        "（六）其他需要报告的事项", "本年度未收取信息处理费。", "",
        "云溪县水利局", "2023年1月18日", ""])
    _, data = import_text(tmp_path, "yunxi.txt", text)
    assert list(data["sections"]) == ["overview", "active_disclosure", "applications", "review_litigation",
                                      "problems", "other"]
    assert [x["heading"] for x in data["sections"]["overview"]] == ["主动公开", "依申请公开"]
    assert "preamble" not in data


def test_bracketed_subheads_under_numbered_parts_stay_subheads(tmp_path):
    """A guard: 一、 parts with （一） subheads, one of them worded as a part's title, are read as before."""
    text = _paren_2008(lambda n: f"{SERIALS[n]}、").replace(
        PARTS_2008[1][1], f"（一）主动公开政府信息的情况\n{PARTS_2008[1][1]}\n（二）公开的渠道\n以公开栏为主，网站为辅。")
    _, data = import_text(tmp_path, "songling.txt", text)
    assert list(data["sections"]) == KEYS_2008
    assert [x["heading"] for x in data["sections"]["active_disclosure"]["content"]] == ["主动公开政府信息的情况",
                                                                                       "公开的渠道"]


def test_parts_numbered_one_two_with_bracketed_subheads(tmp_path):
    """A guard: parts numbered 1. 2. keep their （一） subheads, which name no part, under them."""
    text = _paren_2008(lambda n: f"{n + 1}.").replace(
        PARTS_2008[0][1], f"（一）机构和人员\n{PARTS_2008[0][1]}\n（二）制度建设\n修订了公开保密审查办法。")
    _, data = import_text(tmp_path, "songling.txt", text)
    assert list(data["sections"]) == KEYS_2008
    assert [x["heading"] for x in data["sections"]["overview"]["content"]] == ["机构和人员", "制度建设"]


# An attachment over the 署名 ----------------------------------------------------------------------------------------
TITLE = "白沙县林业局2017年政府信息公开情况统计表"
COLUMNS = ["统计指标", "单位", "统计数"]
ROWS = [["一、主动公开情况", "—", "—"], ["（一）主动公开政府信息数", "条", "212"],
        ["二、依申请公开情况", "—", "—"], ["（一）收到申请数", "件", "2"], ["四、行政复议数量", "件", "0"]]
BODY = [("一、概述", "2017年，我局把公开工作纳入年度考核，局办公室具体承办。"),
        ("二、主动公开政府信息的情况", "全年主动公开政府信息212条，分类数字见附件。"),
        ("三、依申请公开政府信息和不予公开政府信息的情况", "全年受理公开申请2件，均已按期答复。"),
        ("四、政府信息公开的收费及减免情况", "未收取任何费用。"),
        ("五、因政府信息公开申请提起行政复议、行政诉讼的情况", "未发生行政复议和行政诉讼。"),
        ("六、存在的主要问题和改进情况", "林区群众获取信息的渠道少，下一步在林业站设公开点。")]
SIGNATURE, DATE = "白沙县林业局", "2018年3月12日"


def _attachment_blocks(mark: str) -> list:
    return ["白沙县林业局2017年政府信息公开工作年度报告", *(line for part in BODY for line in part), mark,
            [COLUMNS, *ROWS], Right(SIGNATURE), Right(DATE)]


@pytest.mark.parametrize("carrier", ["txt", "html", "docx"])
@pytest.mark.parametrize("mark", [f"附件：{TITLE}", f"附表：{TITLE}"])
def test_an_attachment_over_the_signature_is_an_attachment(tmp_path, carrier, mark):
    result, data = _imported(tmp_path, carrier, _attachment_blocks(mark))
    assert data["attachments"] == [{"title": TITLE, "table": {"columns": COLUMNS, "rows": [
        [*row[:2], int(row[2]) if row[2].isdigit() else row[2]] for row in ROWS]}}]
    assert data["sections"]["problems"]["content"] == [BODY[-1][1]]
    assert data["date"].isoformat() == "2018-03-12"
    moved = [f for f in result.findings if f.rule == "attachments"]
    assert len(moved) == 1 and "已作为附件导入" in moved[0].message and mark[:6] in moved[0].message


def test_a_table_under_a_mark_inside_a_part_stays_there(tmp_path):
    """A guard: a 附表 line and its table with more of the part's text after them are the part's, not an
    attachment."""
    blocks = _attachment_blocks("附表：分类数字")
    blocks.insert(-2, "附表说明：以上数字截至12月31日。")
    _, data = _imported(tmp_path, "txt", blocks)
    assert "attachments" not in data
    assert data["sections"]["problems"]["content"][-1] == "附表说明：以上数字截至12月31日。"
