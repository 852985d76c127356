"""A DOCX whose parts Word numbers with Roman numerals (numbering format upperRoman or lowerRoman): the numbers are
read as Word shows them (I. II.), which the importers take for a heading's number, not as 1. 2."""
from __future__ import annotations

import docx
import yaml
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from reportkit.plugins import load_plugins

from _import_helpers import imported
from test_import_headings_stems_decimals import _source

PLUGINS = load_plugins()
BODY = ["主要做法", "重大交通规划在决策前公开征求意见，意见采纳情况随后一并公布。", "存在的问题", "图解和视频解读数量偏少。",
        "下一步打算", "明年将增加图解和视频解读，按季度更新重点栏目。"]
HEADINGS = {"主要做法", "存在的问题", "下一步打算"}


def _numbered_by_word(tmp_path, fmt: str) -> dict:
    """The summary of :data:`BODY`, its parts' headings numbered by Word in ``fmt`` (no number typed), imported."""
    source = _source(tmp_path, "docx", BODY)
    document = docx.Document(str(source))
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="78"><w:lvl w:ilvl="0">'
                                  f'<w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl>'
                                  '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="78"><w:abstractNumId w:val="78"/></w:num>'))
    for paragraph in document.paragraphs:
        if paragraph.text in HEADINGS:
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="78"/></w:numPr>'))
    document.save(str(source))
    result = imported(source, tmp_path, PLUGINS, documents=True)
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


def test_parts_word_numbers_with_roman_numerals_are_the_parts(tmp_path):
    """I. II. III.: read as 1. 2. 3., numbers of a lower level, no part was found and all went into the preamble."""
    data = _numbered_by_word(tmp_path, "upperRoman")
    assert data["headings"] == {"work": "主要做法", "plan": "下一步打算"}
    assert data["work"] == ["重大交通规划在决策前公开征求意见，意见采纳情况随后一并公布。"]
    assert data["problems"] == ["图解和视频解读数量偏少。"]
    assert data["plan"] == ["明年将增加图解和视频解读，按季度更新重点栏目。"]


def test_lower_case_roman_numerals_are_read_as_word_shows_them(tmp_path):
    """i. ii. iii.: read as Word shows them, not as 1. 2. 3. (numbers of a lower level): the parts, as I. II. III. are
    (:func:`test_parts_word_numbers_with_roman_numerals_are_the_parts`), none of their headings left in the preamble."""
    data = _numbered_by_word(tmp_path, "lowerRoman")
    assert data["headings"] == {"work": "主要做法", "plan": "下一步打算"}
    assert data["work"] == ["重大交通规划在决策前公开征求意见，意见采纳情况随后一并公布。"]
    assert data["problems"] == ["图解和视频解读数量偏少。"]
    assert data["plan"] == ["明年将增加图解和视频解读，按季度更新重点栏目。"]
    assert not [line for line in data.get("preamble", []) if line.endswith(tuple(HEADINGS))]
