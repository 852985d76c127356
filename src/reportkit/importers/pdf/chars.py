"""A PDF's characters, before any line is read from them: each glyph's text taken from the /ActualText the
PDF writes for it (:func:`with_actual_text`), a PDF whose characters do not read as Chinese refused, saying why
(:func:`check_text`), and the characters on one baseline set in one box (:func:`level`)."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from pdfminer.layout import LTChar
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.utils import decode_text
from pdfplumber.page import PDFPageAggregatorWithMarkedContent

from ...errors import ReportkitError
from .boxes import gap
from .text import HAN


class _ActualText(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's reading of a page, each glyph's text taken from the /ActualText of the marked span drawing it, where
    the span has as many characters as glyphs: LibreOffice, exporting without the Chinese font, draws every character
    as one placeholder box, which reads as one character, and writes the character itself there."""

    actual: tuple[str, int] | None = None

    def begin_tag(self, tag, props=None) -> None:
        super().begin_tag(tag, props)
        text = props.get("ActualText") if isinstance(props, dict) else None
        self.actual = (decode_text(text) if isinstance(text, bytes) else text, len(self.cur_item._objs)) \
            if isinstance(text, (bytes, str)) else None

    def end_tag(self) -> None:
        if self.actual is not None:
            text, start = self.actual
            chars = [obj for obj in self.cur_item._objs[start:] if isinstance(obj, LTChar)]
            if len(chars) == len(text):
                for char, actual in zip(chars, text):
                    char._text = actual
            self.actual = None
        super().end_tag()


def with_actual_text(pdf) -> None:
    """Lay out each page of ``pdf`` with :class:`_ActualText`, before pdfplumber lays it out its own way."""
    for page in pdf.pages:
        device = _ActualText(pdf.rsrcmgr, pageno=page.page_number, laparams=pdf.laparams)
        PDFPageInterpreter(pdf.rsrcmgr, device).process_page(page.page_obj)
        page._layout = device.get_result()


#: What a font without a usable character map reads as: (cid:114), the Private Use Area, or accented Latin letters
#: (a Chinese font's codes read as Latin-1, “ÂÁûÑõ”).
_GARBLED = re.compile(r"\(cid:\d+\)|[\ue000-\uf8ff\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]")
#: A page is a scan where an image covers this share of it and it has fewer Chinese characters than this.
_SCAN_AREA, _SCAN_TEXT = 0.5, 50


def check_text(pdf, path: Path) -> None:
    """Refuse, saying why, a PDF whose text cannot be read as Chinese: one without text (with no image either, its
    fonts unreadable or its pages blank, no scan), or with a few words only on most pages, each an image (a scan: the
    site's name stamped on it); a font, of more than a fiftieth of the text, whose characters mostly read as garbage
    (no character map); every Chinese character read as one."""
    chars = [c for page in pdf.pages for c in page.chars]
    if not chars and not any(page.images for page in pdf.pages):  # its fonts unreadable, or every page blank
        raise ReportkitError(f"{path}: PDF 里取不出文字，也没有图像（字体读不出，或是空白页），无法导入："
                             f"请找这份报告的 DOCX、网页，或用别的软件重新导出的 PDF")
    if not chars:
        raise ReportkitError(f"{path}: PDF 里没有文字，只有图像（扫描件或图片转成的 PDF），无法导入："
                             f"请找这份报告的 DOCX、网页，或可以选中文字的 PDF")
    area = [_SCAN_AREA * page.width * page.height for page in pdf.pages]
    scans = [page for page, least in zip(pdf.pages, area) if len(HAN.findall("".join(c["text"] for c in page.chars)))
             < _SCAN_TEXT and any(image["width"] * image["height"] >= least for image in page.images)]
    if len(scans) * 2 > len(pdf.pages):
        words = " ".join(scans[0].extract_text().split())
        raise ReportkitError(f"{path}: PDF 的正文是图像（扫描件或图片转成的 PDF），可以取出的只有“{words[:30]}”这样零星的字，"
                             f"无法导入：请找这份报告的 DOCX、网页，或可以选中文字的 PDF")
    fonts = defaultdict(list)
    for char in chars:
        fonts[char["fontname"]].append(char["text"])
    garbled = [texts for texts in fonts.values() if sum(map(bool, map(_GARBLED.fullmatch, texts))) * 2 > len(texts)]
    if sum(map(len, garbled)) * 50 > len(chars):
        raise ReportkitError(f"{path}: PDF 里的字体没有字符对照表，取不出文字（复制出来是乱码），无法导入："
                             f"请找这份报告的 DOCX、网页，或用别的软件重新导出的 PDF")
    # Exported without a Chinese font, every glyph is one placeholder box, and each reads as the same character.
    common = Counter(c["text"] for c in chars if "\u4e00" <= c["text"] <= "\u9fff").most_common(1)
    if common and common[0][1] * 2 > len(chars):
        raise ReportkitError(f"{path}: PDF 里的汉字都读成同一个字“{common[0][0]}”（多半是导出时缺少中文字体），取不出文字，无法导入："
                             f"请找这份报告的 DOCX、网页，或用别的软件重新导出的 PDF")


def level(page) -> None:
    """Give the characters on one baseline, of one size, the box most of them have. A face's box is its own: a browser
    that writes no bounding box for its Chinese face sets the digits of “〔2021〕30号”, in a Latin face, 3.5 pt lower,
    and they read as a line of their own."""
    groups = defaultdict(list)
    for char in page.chars:
        if char.get("upright") and char.get("matrix"):
            groups[round(char["matrix"][5], 1), round(char["size"], 1)].append(char)
    for group in groups.values():
        (top, bottom), _ = Counter((char["top"], char["bottom"]) for char in group).most_common(1)[0]
        _boxed(page, group, top, bottom)
    # A smaller face beside a larger on one baseline: Word's list number in the size of the paragraph's mark
    # (五号 where the runs are 三号, “一、⇥总体情况”) is the line's, not a line of its own above it.
    for (baseline, size), group in groups.items():
        larger = [c for (line, other), chars in groups.items() if line == baseline and other > size for c in chars]
        if larger and all(min(gap(char, c) for c in larger) < _BESIDE * max(c["size"] for c in larger)
                          for char in group):
            _boxed(page, group, larger[0]["top"], larger[0]["bottom"])


#: Characters of a smaller size this many (larger) characters away from larger ones on their baseline are in their
#: line: a list's number, a tab stop away from its text.
_BESIDE = 6


def _boxed(page, chars: list[dict], top: float, bottom: float) -> None:
    """Set ``chars`` between ``top`` and ``bottom``."""
    for char in chars:
        char["doctop"] += top - char["top"]
        char["top"], char["bottom"] = top, bottom
        char["y0"], char["y1"] = page.height - bottom, page.height - top
