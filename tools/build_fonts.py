"""Build the subset fonts that reportkit bundles in ``templates/gbt9704/fonts/``.

The PDF must show real glyphs on a machine without any Chinese font, so reportkit
ships freely licensed (SIL OFL 1.1) substitutes for the GB/T 9704 font roles,
subset to the GB2312/GBK character sets (the GB2312 ones with what titles need
beyond it, :func:`title_extra`) and renamed as OFL §3 requires for
modified versions (Reserved Font Names "Source" for Noto CJK, "霞鹜"/"LXGW" for
LXGW WenKai).

Get the upstream fonts from the Debian packages, unpacked into a temporary
directory (never installed into the system)::

    tmp=$(mktemp -d) && cd "$tmp"
    apt-get download fonts-noto-cjk fonts-lxgw-wenkai   # 1:20220127+repack1-1, 1.250+repack-1
    for deb in *.deb; do dpkg -x "$deb" x; done
    cd - && python tools/build_fonts.py "$tmp/x"

The output is deterministic for the same input packages. The Fandol plugin
(``plugins/reportkit-gbt9704-fonts-fandol``) ships its font unmodified and is not built here.
"""
from __future__ import annotations

import argparse
import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import uharfbuzz as hb
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "templates" / "gbt9704" / "fonts"

# Tables a horizontal PDF does not need: layout features, vertical metrics, baselines, signatures.
DROP_TABLES = ("GSUB", "GPOS", "GDEF", "vhea", "vmtx", "VORG", "BASE", "DSIG")
# Copyright, names, version, trademark, licence text and URL.
KEEP_NAME_IDS = (0, 1, 2, 3, 4, 5, 6, 7, 13, 14)


def gb2312() -> set[int]:
    """Every character of GB 2312 (rows 1-9 symbols, rows 16-87 hanzi)."""
    return _decode_all("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))


def gbk() -> set[int]:
    """Every character of GBK (CP936 double-byte area, symbol rows included); private-use codes left out."""
    chars = _decode_all("gbk", range(0x81, 0xFF), [b for b in range(0x40, 0xFF) if b != 0x7F])
    return {c for c in chars if not 0xE000 <= c <= 0xF8FF}


def _decode_all(codec: str, leads, trails) -> set[int]:
    chars = set()
    for lead in leads:
        for trail in trails:
            try:
                chars.add(ord(bytes((lead, trail)).decode(codec)))
            except UnicodeDecodeError:
                pass
    return chars


ASCII = set(range(0x20, 0x7F))
LATIN1 = set(range(0xA1, 0x100))
# Marks that 公文 use but GB2312 lacks or encodes differently: dashes, ellipsis variants, middle dots,
# circled/parenthesised numbers beyond ⑩, roman numerals.
EXTRA = (
    {0x2013, 0x2014, 0x2015, 0x2E3A, 0x2026, 0x00B7, 0x2027, 0x30FB, 0x2212, 0x301C, 0xFF5E, 0x20AC}
    | set(range(0x2460, 0x249C)) | set(range(0x3220, 0x322A)) | set(range(0x2160, 0x217C))
)


def gbk_symbols() -> set[int]:
    """GBK's symbol areas GBK/1 (A1A1-A9FE, GB2312's rows 1-9) and GBK/5 (A840-A9A0); private-use codes left out."""
    chars = (_decode_all("gbk", range(0xA1, 0xAA), range(0xA1, 0xFF))
             | _decode_all("gbk", range(0xA8, 0xAA), [b for b in range(0x40, 0xA1) if b != 0x7F]))
    return {c for c in chars if not 0xE000 <= c <= 0xF8FF}


#: The county-level divisions (and towns of 东莞, which has no counties) whose names GB2312 cannot
#: write, from 国家统计局 2023年统计用区划代码 (github.com/modood/Administrative-divisions-of-China):
#: agency names open the titles of their annual reports.
PLACE_NAMES = ("埇桥区", "湾沚区", "浉河区", "瀍河回族区", "猇亭区", "硚口区", "鄠邑区", "高埗镇", "道滘镇")


def title_extra() -> set[int]:
    """What the GB2312 faces (小标宋 titles, 黑体 headings) keep beyond GB2312.

    GBK's symbols: 〇 (U+3007) of written-out years (某某局二〇二一年……报告), the quotation marks
    〝〞, ﹝﹞ typed for 〔〕, units such as ㎡ and every other mark GBK added to GB2312's rows;
    then the characters of :data:`PLACE_NAMES`. The GBK faces have them all.
    """
    return (gbk_symbols() | {ord(ch) for ch in "".join(PLACE_NAMES)}) - gb2312()


@dataclass(frozen=True)
class Target:
    """One bundled face: where it comes from, what it keeps, what it is called."""

    output: str
    source: str
    index: int
    family: str
    postscript: str
    charset: str

    def codepoints(self) -> set[int]:
        base = ASCII | LATIN1 | EXTRA
        return base | (gbk() if self.charset == "GBK" else gb2312() | title_extra())


NOTO = "usr/share/fonts/opentype/noto"
TARGETS = (
    Target("rk-songti.otf", f"{NOTO}/NotoSerifCJK-Regular.ttc", 2, "RK Songti", "RKSongti-Regular", "GBK"),
    Target("rk-xiaobiaosong.otf", f"{NOTO}/NotoSerifCJK-Bold.ttc", 2, "RK Xiaobiaosong", "RKXiaobiaosong-Regular",
           "GB2312"),
    Target("rk-heiti.otf", f"{NOTO}/NotoSansCJK-Regular.ttc", 2, "RK Heiti", "RKHeiti-Regular", "GB2312"),
    Target("rk-kaiti.ttf", "usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, "RK Kaiti",
           "RKKaiti-Regular", "GBK"),
)

# OFL texts: the copyright line of the upstream LICENSE, then the licence body from the Debian copyright file.
LICENCES = {
    "OFL-NotoCJK.txt": (
        "usr/share/doc/fonts-noto-cjk/copyright", "SIL-1.1",
        "Copyright 2014-2022 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'.\n"
        "Source is a trademark of Adobe in the United States and/or other countries.\n"
        "Noto is a trademark of Google Inc.\n",
    ),
    "OFL-LXGWWenKai.txt": (
        "usr/share/doc/fonts-lxgw-wenkai/copyright", "OFL-1.1",
        "Copyright 2021-2023 LXGW (https://github.com/lxgw/LxgwWenKai), "
        "with Reserved Font Names \"霞鹜\" and \"LXGW\".\n"
        "Copyright 2020 The Klee Project Authors (https://github.com/fontworks-fonts/Klee).\n",
    ),
}


def tag_int(tag: str) -> int:
    """An OpenType table tag as the integer HarfBuzz sets hold."""
    return int.from_bytes(tag.encode("ascii"), "big")


def subset(path: Path, index: int, codepoints: set[int]) -> tuple[bytes, set[int]]:
    """Subset one face with HarfBuzz; returns the font and the requested code points it lacks."""
    face = hb.Face(hb.Blob.from_file_path(str(path)), index)
    have = set(face.unicodes)
    inp = hb.SubsetInput()
    inp.unicode_set.update(codepoints & have)
    inp.flags = hb.SubsetFlags.NO_HINTING
    inp.drop_table_tag_set.update(tag_int(t) for t in DROP_TABLES)
    inp.name_id_set.update(KEEP_NAME_IDS)
    out = hb.subset(face, inp)
    if out is None:
        raise SystemExit(f"HarfBuzz could not subset {path}")
    return out.blob.data, codepoints - have


def rename(data: bytes, target: Target) -> bytes:
    """Give the subset its own names (OFL Reserved Font Names) and make it the family's regular face."""
    font = TTFont(io.BytesIO(data), recalcTimestamp=False)
    name = font["name"]
    version = name.getDebugName(5) or ""
    name.names = [r for r in name.names if r.nameID not in (1, 2, 3, 4, 6, 16, 17)]
    unique = f"{target.postscript};{version.split(';')[0]};reportkit"
    for name_id, value in ((1, target.family), (2, "Regular"), (3, unique), (4, target.family),
                           (6, target.postscript)):
        name.setName(value, name_id, 3, 1, 0x409)
    # The bold Noto face becomes the regular weight of "RK Xiaobiaosong", so CSS never synthesises bold.
    font["OS/2"].usWeightClass = 400
    font["OS/2"].fsSelection = (font["OS/2"].fsSelection & ~0b100001) | 0b1000000
    font["head"].macStyle = 0
    if "CFF " in font:
        cff = font["CFF "].cff
        old = cff.fontNames[0]
        cff.fontNames = [target.postscript]
        top = cff.topDictIndex[0]
        top.FullName, top.FamilyName, top.Weight = target.family, target.family, "Regular"
        for fd in getattr(top, "FDArray", None) or ():
            fd.FontName = fd.FontName.replace(old, target.postscript)
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue()


def licence_text(debs: Path, copyright_file: str, licence: str, header: str) -> str:
    """The OFL body of a Debian machine-readable copyright file, prefixed with the upstream copyright."""
    text = (debs / copyright_file).read_text(encoding="utf-8")
    match = re.search(rf"^License: {re.escape(licence)}\n((?: .*\n?)+)", text, re.M)
    if not match:
        raise SystemExit(f"no {licence} licence text in {copyright_file}")
    body = "\n".join("" if line == " ." else line[1:] for line in match.group(1).rstrip("\n").split("\n"))
    return header + "\n" + body + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("debs", type=Path, help="directory the .deb files were unpacked into with dpkg -x")
    parser.add_argument("--out", type=Path, default=OUT, help=f"output directory (default {OUT})")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for target in TARGETS:
        data, missing = subset(args.debs / target.source, target.index, target.codepoints())
        data = rename(data, target)
        (args.out / target.output).write_bytes(data)
        lacking = sorted(c for c in missing if c not in ASCII | LATIN1 | EXTRA)
        kept = target.charset if target.charset == "GBK" else f"{target.charset} + title_extra()"
        print(f"{target.output}: {len(data) / 1e6:.2f} MB, {kept}"
              + (f", lacks {''.join(map(chr, lacking))}" if lacking else ""))
    for output, (copyright_file, licence, header) in LICENCES.items():
        (args.out / output).write_text(licence_text(args.debs, copyright_file, licence, header), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
