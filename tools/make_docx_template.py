"""Build the GB/T 9704-2012 DOCX template: ``templates/gbt9704/document.docx``.

Usage::

    PYTHONPATH=src python tools/make_docx_template.py [OUTPUT [FIELD=VALUE ...]]

FIELD=VALUE pairs change :class:`reportkit.layout.Geometry` fields (``margin_left_mm=20``), for a
plugin layout whose page differs from the standard's: its DOCX template must have its geometry.

The package is written part by part with lxml (python-docx only supplies the
namespace helpers and opens the result as a check), so it holds nothing but
what the layout needs: no theme part, no latent styles, no theme font
attributes anywhere (Word lets ``w:asciiTheme``/``w:eastAsiaTheme`` win over
named fonts, which turns 黑体 headings into 等线). Numbers come from
:class:`reportkit.layout.Geometry` and the face names from
:data:`reportkit.layout.OFFICIAL_FACES`. The output is byte-for-byte
deterministic (fixed zip timestamps, fixed part order, no dates in core.xml).

What it sets up:

- A4, margins 37/35/28/26 mm (text block 156 x 225 mm); 22 lines a page
  through the styles' exact line pitch, and 28 characters a line at 16 pt
  through character spacing on the body style.
- Line pitch 579 twips (28.95 pt): 225 mm is 12756 twips after rounding the
  margins, /22 = 579.8; Word fits a line only while the running total stays
  inside the block, so 580 would give 21 lines a page and 579 gives 22.
- No document grid (w:docGrid): every style has an exact line, which Word
  lays out the same with or without one, and Word never puts a table cell on
  it; LibreOffice centres a grid's 22 x 579 twips in the block, so everything
  sat 0.45 pt lower and a table, off the grid, lost 0.9 pt at the foot of the
  page (sample-2021's 四 and its table went to the next page).
- Character spacing -0.25 pt (-5 twentieths) on Normal: 28 characters of
  15.75 pt fit the 8845-twip line (-0.2 pt would not). A ``linesAndChars``
  grid with a negative ``charSpace`` does the same in Word and WPS, but
  LibreOffice then spreads each character over two grid cells (14 a line).
- Odd/even footers with a PAGE field as "— 1 —" in 4号宋体, odd pages right
  and even pages left, one 4号 character in from the edge, the dash line
  centred 7 mm below the text block.
- Styles: Normal (3号仿宋_GB2312, exact 579, first line 2 characters,
  justified, widow control on when ``Geometry.widows_orphans`` is 2, the
  only value Word knows), Title (one blank line after it, none before, as in
  the PDF; the renderer adds one before an attachment's title), heading 1-4
  with outline levels, keeping with the next paragraph, Addressee, Signature and Date (kept together, one blank line
  before), AttachmentNote (one blank line before), AttachmentLabel,
  Caption, TableText/TableHeading paragraph styles and the ReportTable table
  style (no grid snapping in cells, ``table_size_pt`` type on an exact
  ``table_line_pt`` line and ``cell_padding_*_pt`` cell margins, so rows are
  as tall as in the PDF), footer.
- overflowPunct is 1 and full-width punctuation is not compressed
  (characterSpacingControl doNotCompress). LibreOffice reads overflowPunct
  inverted and, when it hangs a mark, leaves it off the page: 1 is the one
  value with which LibreOffice shows every mark and sets lines as the PDF;
  Word and WPS may then hang 、。， past the right edge (docs/layout.md).
  The automatic space between CJK and Latin/digits is on (autoSpaceDE/DN):
  Word's default, LibreOffice adds it whatever the document says, and the
  PDF adds it too, so all three agree.
- The body is only the docxtpl placeholder ``{{p body }}``.
"""
from __future__ import annotations

import dataclasses
import io
import math
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from lxml import etree

from reportkit.layout import OFFICIAL_FACES, Geometry

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "templates" / "gbt9704" / "document.docx"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
LATIN = "Times New Roman"

#: English family names Word may find the official faces under (w:altName).
ALT_NAMES = {
    "方正小标宋简体": "FZXiaoBiaoSong-B05S",
    "仿宋_GB2312": "FangSong_GB2312",
    "楷体_GB2312": "KaiTi_GB2312",
    "黑体": "SimHei",
    "宋体": "SimSun",
}


def twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


ROOTS = {"w:document", "w:styles", "w:settings", "w:fonts", "w:ftr"}


def E(tag: str, *children, text: str | None = None, **attrs) -> etree._Element:
    """A ``w:`` element; attribute names are local names in the ``w`` namespace unless prefixed."""
    el = etree.Element(qn(tag), nsmap={"w": W_NS, "r": R_NS} if tag in ROOTS else None)
    for name, value in attrs.items():
        el.set(qn(name) if ":" in name else f"{{{W_NS}}}{name}", str(value))
    if text is not None:
        el.text = text
        el.set(XML_SPACE, "preserve")
    for child in children:
        if child is not None:
            el.append(child)
    return el


class Metrics:
    """Page numbers in twips and the derived grid values."""

    def __init__(self, g: Geometry):
        self.page_w, self.page_h = twips(g.page_width_mm), twips(g.page_height_mm)
        self.top, self.bottom = twips(g.margin_top_mm), twips(g.margin_bottom_mm)
        self.left, self.right = twips(g.margin_left_mm), twips(g.margin_right_mm)
        self.block_w = self.page_w - self.left - self.right
        self.block_h = self.page_h - self.top - self.bottom
        self.line = self.block_h // g.lines_per_page
        self.tracking = math.floor(self.block_w / g.chars_per_line - g.body_size_pt * 20)  # twentieths of a pt
        self.char = round(self.block_w / g.chars_per_line)  # one grid character, for twip fallbacks
        self.body_sz = round(g.body_size_pt * 2)
        self.title_sz = round(g.title_size_pt * 2)
        self.number_sz = round(g.page_number_size_pt * 2)
        self.number_line = round(g.page_number_size_pt * 20)
        self.table_sz = round(g.table_size_pt * 2)
        self.table_line = round(g.table_line_pt * 20)
        self.pad_v, self.pad_h = round(g.cell_padding_v_pt * 20), round(g.cell_padding_h_pt * 20)
        # Word's widow control keeps exactly 2 lines together; it has no other setting.
        if g.widows_orphans not in (1, 2):
            raise ValueError(f"widows_orphans={g.widows_orphans}: Word's widow control only knows 2 (on) or 1 (off)")
        self.widow_control = g.widows_orphans == 2
        # Footer distance is measured to the bottom of the footer line; centre the dash on the 7 mm mark.
        self.footer = self.bottom - twips(g.page_number_gap_mm) - self.number_line // 2


def fonts(east_asia: str, latin: str = LATIN) -> etree._Element:
    return E("w:rFonts", ascii=latin, hAnsi=latin, eastAsia=east_asia, cs=latin)


def size(half_points: int) -> list:
    return [E("w:sz", val=half_points), E("w:szCs", val=half_points)]


def rpr(*children) -> etree._Element:
    return E("w:rPr", *[c for item in children for c in (item if isinstance(item, list) else [item])])


def exact(m: Metrics, before: int = 0, after: int = 0) -> etree._Element:
    return E("w:spacing", before=before, after=after, line=m.line, lineRule="exact")


def no_indent() -> etree._Element:
    return E("w:ind", firstLine=0, firstLineChars=0)


def style(kind: str, style_id: str, name: str, *children, based_on=None, next_=None, default=False,
          ui=None, q=True) -> etree._Element:
    el = E("w:style", type=kind, styleId=style_id, **({"default": 1} if default else {}))
    el.append(E("w:name", val=name))
    if based_on:
        el.append(E("w:basedOn", val=based_on))
    if next_:
        el.append(E("w:next", val=next_))
    if ui is not None:
        el.append(E("w:uiPriority", val=ui))
    if q:
        el.append(E("w:qFormat"))
    for child in children:
        el.append(child)
    return el


def styles_xml(m: Metrics, faces: dict[str, str]) -> etree._Element:
    fs, kai, hei, song, xbs = (faces[k] for k in ("fangsong", "kaiti", "heiti", "songti", "xiaobiaosong"))
    body_fonts = rpr(fonts(fs), E("w:spacing", val=m.tracking), size(m.body_sz))
    cell_ppr = lambda: E(  # noqa: E731 - needed twice, each a fresh element
        "w:pPr", E("w:snapToGrid", val=0), E("w:spacing", before=0, after=0, line=m.table_line, lineRule="exact"),
        no_indent(), E("w:jc", val="center"))
    cell_sz = m.table_sz
    cell_margins = lambda: E(  # noqa: E731 - needed twice, each a fresh element
        "w:tblCellMar", *[E(f"w:{side}", w=pad, type="dxa")
                          for side, pad in (("top", m.pad_v), ("left", m.pad_h), ("bottom", m.pad_v), ("right", m.pad_h))])

    def heading(level: int, face: str) -> etree._Element:
        return style("paragraph", f"Heading{level}", f"heading {level}",
                     E("w:pPr", E("w:keepNext"), E("w:keepLines"), E("w:outlineLvl", val=level - 1)),
                     rpr(fonts(face), E("w:b", val=0), E("w:bCs", val=0), size(m.body_sz)),
                     based_on="Normal", next_="Normal", ui=9)

    signature_ind = E("w:ind", right=2 * m.char, rightChars=200, firstLine=0, firstLineChars=0)
    return E(
        "w:styles",
        E("w:docDefaults",
          E("w:rPrDefault", rpr(fonts(fs), E("w:kern", val=2), size(m.body_sz),
                                E("w:lang", val="en-US", eastAsia="zh-CN", bidi="ar-SA"))),
          # overflowPunct 1: LibreOffice reads it inverted, and a mark it hangs vanishes (module docstring).
          # Space between CJK and Latin/digits, as Word by default and LibreOffice always add, and the PDF does.
          E("w:pPrDefault", E("w:pPr", E("w:overflowPunct", val=1), E("w:autoSpaceDE", val=1), E("w:autoSpaceDN", val=1),
                              E("w:spacing", before=0, after=0, line=240, lineRule="auto")))),
        style("paragraph", "Normal", "Normal",
              E("w:pPr", E("w:widowControl", val=int(m.widow_control)), exact(m),
                E("w:ind", firstLine=2 * m.char, firstLineChars=200), E("w:jc", val="both")),
              body_fonts, default=True),
        style("character", "DefaultParagraphFont", "Default Paragraph Font", default=True, ui=1, q=False),
        style("table", "TableNormal", "Normal Table",
              E("w:tblPr", E("w:tblInd", w=0, type="dxa"), cell_margins()),
              default=True, ui=99, q=False),
        style("paragraph", "Title", "Title",
              # Off the character grid: Word spreads a 22 pt character over two 16 pt grid cells.
              E("w:pPr", E("w:keepNext"), E("w:keepLines"), E("w:snapToGrid", val=0),
                exact(m, after=m.line), no_indent(), E("w:jc", val="center")),
              rpr(fonts(xbs), E("w:spacing", val=0), size(m.title_sz)),
              based_on="Normal", next_="Normal", ui=10),
        heading(1, hei), heading(2, kai), heading(3, fs), heading(4, fs),
        style("paragraph", "Addressee", "Addressee", E("w:pPr", no_indent()), based_on="Normal", next_="Normal"),
        style("paragraph", "AttachmentNote", "Attachment Note",
              E("w:pPr", E("w:keepLines"), exact(m, before=m.line),
                E("w:ind", left=5 * m.char, leftChars=500, hanging=3 * m.char, hangingChars=300),
                E("w:contextualSpacing")),
              based_on="Normal"),
        # 附件 label on an attachment's first line (§7.3.7): 3号黑体, top left.
        style("paragraph", "AttachmentLabel", "Attachment Label",
              E("w:pPr", E("w:keepNext"), no_indent(), E("w:jc", val="left")),
              rpr(fonts(hei)), based_on="Normal", next_="Title"),
        style("paragraph", "Signature", "Signature",
              E("w:pPr", E("w:keepNext"), E("w:keepLines"), exact(m, before=m.line), signature_ind,
                E("w:contextualSpacing"), E("w:jc", val="right")),
              based_on="Normal", next_="Date"),
        style("paragraph", "Date", "Date",
              E("w:pPr", E("w:keepLines"), E("w:ind", right=2 * m.char, rightChars=200, firstLine=0, firstLineChars=0),
                E("w:jc", val="right")),
              based_on="Normal", next_="Normal"),
        style("paragraph", "Caption", "caption",  # regular, as in both PDFs
              E("w:pPr", E("w:keepNext"), no_indent(), E("w:jc", val="center")),
              based_on="Normal", next_="Normal"),
        style("paragraph", "TableText", "Table Text", cell_ppr(), rpr(fonts(fs), size(cell_sz))),
        style("paragraph", "TableHeading", "Table Heading", rpr(fonts(hei)), based_on="TableText"),
        style("table", "ReportTable", "Report Table",
              cell_ppr(), rpr(fonts(fs), size(cell_sz)),
              E("w:tblPr",
                E("w:tblBorders", *[E(f"w:{side}", val="single", sz=4, space=0, color="000000")
                                    for side in ("top", "left", "bottom", "right", "insideH", "insideV")]),
                cell_margins()),
              E("w:tcPr", E("w:vAlign", val="center")),
              based_on="TableNormal", ui=59),
        style("paragraph", "Footer", "footer",
              E("w:pPr", E("w:snapToGrid", val=0),
                E("w:spacing", before=0, after=0, line=m.number_line, lineRule="exact"), no_indent()),
              rpr(fonts(song, song), size(m.number_sz)),
              ui=99, q=False),
    )


def footer_xml(m: Metrics, odd: bool) -> etree._Element:
    """"— n —" with a PAGE field; 4号宋体 digits, one character in from the outer edge."""
    def run(*content):
        return E("w:r", *content)

    def dash(value):
        # hint="eastAsia": the dash must take the CJK face, not a narrow Latin one (docformat-gui#31).
        return run(E("w:rPr", E("w:rFonts", hint="eastAsia")), E("w:t", text=value))

    ind = {"right": m.number_line} if odd else {"left": m.number_line}
    return E(
        "w:ftr",
        E("w:p",
          E("w:pPr", E("w:pStyle", val="Footer"), E("w:ind", **ind), E("w:jc", val="right" if odd else "left")),
          dash("— "),
          run(E("w:fldChar", fldCharType="begin")),
          run(E("w:instrText", text=" PAGE ")),
          run(E("w:fldChar", fldCharType="separate")),
          run(E("w:t", text="1")),
          run(E("w:fldChar", fldCharType="end")),
          dash(" —")),
    )


def document_xml(m: Metrics) -> etree._Element:
    return E(
        "w:document",
        E("w:body",
          E("w:p", E("w:r", E("w:t", text="{{p body }}"))),
          E("w:sectPr",
            E("w:footerReference", type="default", **{"r:id": "rId4"}),
            E("w:footerReference", type="even", **{"r:id": "rId5"}),
            E("w:pgSz", w=m.page_w, h=m.page_h),
            E("w:pgMar", top=m.top, right=m.right, bottom=m.bottom, left=m.left, header=851,
              footer=m.footer, gutter=0),
            E("w:cols", space=425))),
    )


def settings_xml() -> etree._Element:
    compat = "http://schemas.microsoft.com/office/word"
    return E(
        "w:settings",
        E("w:zoom", percent=100),
        E("w:defaultTabStop", val=420),
        E("w:evenAndOddHeaders"),
        E("w:characterSpacingControl", val="doNotCompress"),
        # A line ended by a line break (a name broken where a reader would, line_breaks) is not spread across the
        # line, as in both PDFs; Word and LibreOffice spread it in a justified paragraph.
        E("w:compat",
          E("w:doNotExpandShiftReturn"),
          E("w:compatSetting", name="compatibilityMode", uri=compat, val=15),
          E("w:compatSetting", name="overrideTableStyleFontSizeAndJustification", uri=compat, val=1),
          E("w:compatSetting", name="enableOpenTypeFeatures", uri=compat, val=1),
          E("w:compatSetting", name="doNotFlipMirrorIndents", uri=compat, val=1)),
        E("w:decimalSymbol", val="."),
        E("w:listSeparator", val=","),
    )


def fonts_xml(faces: dict[str, str]) -> etree._Element:
    root = E("w:fonts")
    for name in [LATIN, *dict.fromkeys(faces.values())]:
        font = E("w:font", name=name)
        if name in ALT_NAMES:
            font.append(E("w:altName", val=ALT_NAMES[name]))
        font.append(E("w:charset", val="00" if name == LATIN else "86"))
        font.append(E("w:family", val="roman" if name in (LATIN, "宋体") else "modern" if name != "黑体" else "swiss"))
        font.append(E("w:pitch", val="variable" if name == LATIN else "fixed"))
        root.append(font)
    return root


def xml_bytes(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def package_parts(geometry: Geometry, faces: dict[str, str]) -> list[tuple[str, bytes]]:
    m = Metrics(geometry)
    ct = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    overrides = {
        "/word/document.xml": f"{ct}.document.main+xml",
        "/word/styles.xml": f"{ct}.styles+xml",
        "/word/settings.xml": f"{ct}.settings+xml",
        "/word/fontTable.xml": f"{ct}.fontTable+xml",
        "/word/footer1.xml": f"{ct}.footer+xml",
        "/word/footer2.xml": f"{ct}.footer+xml",
        "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
        "/docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    }
    types = etree.Element(f"{{{CT_NS}}}Types", nsmap={None: CT_NS})
    etree.SubElement(types, f"{{{CT_NS}}}Default", Extension="rels",
                     ContentType="application/vnd.openxmlformats-package.relationships+xml")
    etree.SubElement(types, f"{{{CT_NS}}}Default", Extension="xml", ContentType="application/xml")
    for part, content_type in overrides.items():
        etree.SubElement(types, f"{{{CT_NS}}}Override", PartName=part, ContentType=content_type)

    def rels(*items):
        root = etree.Element(f"{{{PKG_REL_NS}}}Relationships", nsmap={None: PKG_REL_NS})
        for rid, kind, target in items:
            etree.SubElement(root, f"{{{PKG_REL_NS}}}Relationship", Id=rid, Type=kind, Target=target)
        return root

    core = etree.fromstring(
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title/><dc:subject/><dc:creator/><cp:keywords/>'
        '<dc:language>zh-CN</dc:language><cp:revision>1</cp:revision></cp:coreProperties>')
    app = etree.fromstring(
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        '<Application>reportkit</Application></Properties>')
    return [
        ("[Content_Types].xml", xml_bytes(types)),
        ("_rels/.rels", xml_bytes(rels(
            ("rId1", REL + "officeDocument", "word/document.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
             "docProps/core.xml"),
            ("rId3", REL + "extended-properties", "docProps/app.xml")))),
        ("docProps/core.xml", xml_bytes(core)),
        ("docProps/app.xml", xml_bytes(app)),
        ("word/document.xml", xml_bytes(document_xml(m))),
        ("word/_rels/document.xml.rels", xml_bytes(rels(
            ("rId1", REL + "styles", "styles.xml"),
            ("rId2", REL + "settings", "settings.xml"),
            ("rId3", REL + "fontTable", "fontTable.xml"),
            ("rId4", REL + "footer", "footer1.xml"),
            ("rId5", REL + "footer", "footer2.xml")))),
        ("word/styles.xml", xml_bytes(styles_xml(m, faces))),
        ("word/settings.xml", xml_bytes(settings_xml())),
        ("word/fontTable.xml", xml_bytes(fonts_xml(faces))),
        ("word/footer1.xml", xml_bytes(footer_xml(m, odd=True))),
        ("word/footer2.xml", xml_bytes(footer_xml(m, odd=False))),
    ]


def build(geometry: Geometry | None = None, faces: dict[str, str] | None = None) -> bytes:
    """The template as bytes; the same inputs always give the same bytes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in package_parts(geometry or Geometry(), faces or dict(OFFICIAL_FACES)):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    data = buf.getvalue()
    Document(io.BytesIO(data))  # python-docx must be able to open it
    return data


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    fields = {f.name: f.type for f in dataclasses.fields(Geometry)}
    changes = {}
    for pair in argv[2:]:
        name, _, value = pair.partition("=")
        if name not in fields:
            sys.exit(f"{name}: not a Geometry field ({', '.join(fields)})")
        changes[name] = int(value) if fields[name] in (int, "int") else float(value)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(build(Geometry(**changes)))
    print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv)
