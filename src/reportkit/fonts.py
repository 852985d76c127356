"""The font plan of a PDF: which face serves each role, subset to the characters the document uses.

For each role of :data:`reportkit.layout.OFFICIAL_FACES` the highest-priority
registered :class:`~reportkit.registry.FontFace` wins; faces registered with
``fallback=True`` (the bundled RK Songti, GBK) follow every role's face in the CSS
stack and catch the characters it lacks. Official faces installed on the machine
(仿宋_GB2312, 黑体 …) are found by :func:`installed_faces` and outrank the bundled ones.

Loaded faces and their character maps are cached per process, so a warm render
only pays for the subsetting itself.
"""
from __future__ import annotations

import functools
import os
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import uharfbuzz as hb

from .blocks import Source
from .errors import NOTE, WARNING, Diagnostic, RenderError
from .layout import OFFICIAL_FACES
from .registry import FontFace

ROLE_NAMES = {"xiaobiaosong": "小标宋", "fangsong": "仿宋", "kaiti": "楷体", "heiti": "黑体", "songti": "宋体"}

#: Text the templates and CSS add on their own (page numbers “— 1 —”, “附件：”, Latin, digits, spaces):
#: every subset keeps these characters whether or not the document's texts contain them.
GENERATED_TEXT = "".join(map(chr, range(0x20, 0x7F))) + "\u00a0\u3000—－．：附件"

#: Family names of official faces, per role, most wanted first; matched against the names inside font files.
OFFICIAL_FAMILIES = {
    "xiaobiaosong": ("方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "FZXiaoBiaoSong-B05"),
    "fangsong": ("仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "华文仿宋", "STFangsong"),
    "kaiti": ("楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "华文楷体", "STKaiti"),
    "heiti": ("黑体", "SimHei", "华文黑体", "STHeiti"),
    "songti": ("宋体", "SimSun", "华文宋体", "STSong"),
}
#: Installed official faces outrank bundled (0) and plugin (Fandol: 10) faces.
INSTALLED_PRIORITY = 100

# Vertical metrics, layout features, baselines, signatures and bitmaps: nothing a horizontal PDF draws with.
_DROP_TABLES = ("GSUB", "GPOS", "GDEF", "vhea", "vmtx", "VORG", "BASE", "DSIG", "EBDT", "EBLC", "EBSC")
_FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")
_PROBE = "中华人民共和国"


@dataclass(frozen=True)
class EmbeddedFont:
    """One face to embed: ``data`` is already subset to the document's characters."""

    family: str
    role: str
    data: bytes
    format: str


@dataclass
class FontPlan:
    """The faces to embed and, per role, the CSS ``font-family`` stack (role face first, fallbacks last)."""

    fonts: list[EmbeddedFont]
    stacks: dict[str, list[str]]

    def css_family(self, role: str) -> str:
        """The stack of ``role`` as a CSS ``font-family`` value, e.g. ``"rk-fangsong", "rk-songti"``."""
        return ", ".join(f'"{family}"' for family in self.stacks[role]) or "serif"


def plan_fonts(texts: Iterable[tuple[str, str, Source | None]], faces: list[FontFace]) -> tuple[FontPlan, list[Diagnostic]]:
    """Choose a face per role among ``faces`` and the official faces installed here, subset each
    to the characters set in that role, and report gaps.

    ``texts`` holds ``(role, text, source)`` triples: the renderer maps each element of
    :meth:`reportkit.blocks.Document.texts` to its font role. Characters no face has give a
    warning, characters only a fallback face has give a note, each once, where they first occur.
    """
    generated = {ord(ch) for ch in GENERATED_TEXT}
    used: dict[str, set[int]] = {role: set(generated) for role in OFFICIAL_FACES}
    first_seen: dict[tuple[str, str], Source | None] = {}
    for role, text, source in texts:
        used[role].update(map(ord, text))  # spaces too: their advance comes from the font
        for ch in text:
            if (role, ch) not in first_seen and not _ignored(ch):
                first_seen[role, ch] = source

    # Installed official faces are looked for only here, so a DOCX-only run never scans font folders.
    ranked = sorted([*faces, *installed_faces()], key=lambda face: -face.priority)  # stable: ties keep order
    chosen = {role: next((f for f in ranked if f.role == role), None) for role in OFFICIAL_FACES}
    fallbacks = [f for f in ranked if f.fallback]
    loaded = {f: _load(*_key(f)) for f in [*chosen.values(), *fallbacks] if f is not None}
    cmaps = {f: font.cmap for f, font in loaded.items()}

    # What each file must hold: its roles' characters, and as a fallback whatever the role faces lack.
    needed: dict[tuple[str, int], set[int]] = {}
    for role, face in chosen.items():
        if face is not None:
            needed.setdefault(_key(face), set()).update(used[role] & cmaps[face])
    lacking = set().union(*(used[r] - (cmaps[f] if f else frozenset()) for r, f in chosen.items())) | generated
    for face in fallbacks:
        needed.setdefault(_key(face), set()).update(lacking & cmaps[face])

    fonts: list[EmbeddedFont] = []
    families: dict[tuple[str, int], str] = {}

    def family_of(face: FontFace, family: str, role: str) -> str:
        key = _key(face)
        if key not in families:
            data = _subset(loaded[face], frozenset(needed[key]))
            fonts.append(EmbeddedFont(family, role, data, "opentype" if data[:4] == b"OTTO" else "truetype"))
            families[key] = family
        return families[key]

    own = {role: family_of(face, f"rk-{role}", role) for role, face in chosen.items() if face is not None}
    fallback_families = [family_of(f, f"rk-{f.role}-fallback", "fallback") for f in fallbacks]
    stacks = {role: _dedupe([own[role]] if role in own else [], fallback_families) for role in OFFICIAL_FACES}
    stacks["fallback"] = fallback_families

    diagnostics = [_missing_role(role, fallbacks) for role, face in chosen.items() if face is None and used[role] - generated]
    reported = set()
    for (role, ch), source in first_seen.items():
        cp = ord(ch)
        face = chosen[role]
        if face is not None and cp in cmaps[face] or (ch, face) in reported:
            continue
        reported.add((ch, face))
        rescuer = next((f for f in fallbacks if cp in cmaps[f]), None)
        if rescuer is None:
            if (ch, None) in reported and face is not None:
                continue
            reported.add((ch, None))
            diagnostics.append(Diagnostic.at(WARNING, f"字符“{ch}”(U+{cp:04X}) 没有可用字体，PDF 中将无法显示", source))
        elif face is not None:
            diagnostics.append(Diagnostic.at(NOTE, f"字符“{ch}”(U+{cp:04X}) 不在 {face.name}（{ROLE_NAMES[role]}）中，改用 {rescuer.name} 显示", source))
    return FontPlan(fonts, stacks), diagnostics


def _missing_role(role: str, fallbacks: list[FontFace]) -> Diagnostic:
    name = ROLE_NAMES[role]
    if not fallbacks:
        return Diagnostic(WARNING, f"没有可用的{name}字体，{name}文字在 PDF 中将无法正常显示")
    hint = "（在源码根目录运行 pip install ./plugins/reportkit-gbt9704-fonts-fandol 或安装本机的仿宋_GB2312 字体即可改用仿宋）" if role == "fangsong" else ""
    return Diagnostic(NOTE, f"没有可用的{name}字体，{name}文字改用 {fallbacks[0].name} 显示{hint}")


def _dedupe(first: list[str], rest: list[str]) -> list[str]:
    return first + [family for family in rest if family not in first]


def _ignored(ch: str) -> bool:
    """Whitespace, controls, format characters and variation selectors: never worth a diagnostic."""
    cp = ord(ch)
    return (ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf")
            or 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF)


def _key(face: FontFace) -> tuple[str, int]:
    return str(Path(face.path).resolve()), face.index


@dataclass(frozen=True, eq=False)
class _Loaded:
    path: str
    blob: hb.Blob  # the face reads from this memory map; keep it alive as long as the face
    face: hb.Face
    cmap: frozenset[int]


def _load(path: str, index: int) -> _Loaded:
    stat = os.stat(path)
    return _load_cached(path, index, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=32)
def _load_cached(path: str, index: int, mtime_ns: int, size: int) -> _Loaded:
    """The HarfBuzz face of a file; the file's mtime and size in the key notice a rebuilt font."""
    blob = hb.Blob.from_file_path(path)
    face = hb.Face(blob, index)
    return _Loaded(path, blob, face, frozenset(face.unicodes))


@functools.lru_cache(maxsize=16)
def _subset(loaded: _Loaded, codepoints: frozenset[int]) -> bytes:
    """The face cut down to ``codepoints``; cached, as the same document is often rendered again."""
    inp = hb.SubsetInput()
    inp.unicode_set.update(codepoints)
    # Flattening the CFF subroutines is about twice as fast as re-subroutinising, and no larger.
    inp.flags = hb.SubsetFlags.NO_HINTING | hb.SubsetFlags.DESUBROUTINIZE
    inp.drop_table_tag_set.update(int.from_bytes(tag.encode("ascii"), "big") for tag in _DROP_TABLES)
    result = hb.subset(loaded.face, inp)
    if result is None:
        raise RenderError(f"无法裁剪字体文件 {loaded.path}")
    return result.blob.data


def font_dirs() -> list[Path]:
    """Where :func:`installed_faces` looks: ``REPORTKIT_FONT_DIRS`` first, then the system's usual font folders."""
    extra = [Path(p) for p in os.environ.get("REPORTKIT_FONT_DIRS", "").split(os.pathsep) if p]
    home = Path.home()
    if sys.platform == "win32":
        system = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts",
                  Path(os.environ.get("LOCALAPPDATA", home)) / "Microsoft" / "Windows" / "Fonts"]
    elif sys.platform == "darwin":
        system = [Path("/Library/Fonts"), home / "Library" / "Fonts", Path("/System/Library/Fonts")]
    else:
        system = [home / ".fonts", home / ".local" / "share" / "fonts", Path("/usr/share/fonts"),
                  Path("/usr/local/share/fonts")]
    return extra + system


def installed_faces() -> list[FontFace]:
    """Official faces installed on this machine, matched by the family names inside the files."""
    return list(_scan(tuple(str(d) for d in font_dirs())))


@functools.lru_cache(maxsize=8)
def _scan(dirs: tuple[str, ...]) -> tuple[FontFace, ...]:
    wanted = {name.casefold(): (role, rank)
              for role, names in OFFICIAL_FAMILIES.items() for rank, name in enumerate(names)}
    found: dict[str, FontFace] = {}
    for path in _font_files(dirs):
        try:
            blob = hb.Blob.from_file_path(str(path))
            count = hb.Face(blob).count
        except Exception:  # unreadable files are simply not fonts we can use
            continue
        for index in range(max(count, 1)):
            face = hb.Face(blob, index)
            match = min((wanted[n.casefold()] + (n,) for n in _family_names(face) if n.casefold() in wanted),
                        default=None, key=lambda m: m[1])
            if match is None or not _usable(face):
                continue
            role, rank, name = match
            priority = INSTALLED_PRIORITY - rank
            if role not in found or found[role].priority < priority:
                found[role] = FontFace(name=name, role=role, path=path, licence="installed on this machine",
                                       priority=priority, index=index)
    return tuple(found.values())


def _font_files(dirs: tuple[str, ...]):
    seen = set()
    for folder in dirs:
        for root, _, files in os.walk(folder):
            for file in sorted(files):
                path = Path(root) / file
                if path.suffix.lower() in _FONT_SUFFIXES and path.resolve() not in seen:
                    seen.add(path.resolve())
                    yield path


def _family_names(face: hb.Face) -> set[str]:
    """Family, full and typographic family names in every language the file carries."""
    names = set()
    for entry in face.list_names():
        if int(entry.name_id) in (1, 4, 16):
            value = face.get_name(entry.name_id, entry.language)
            if value:
                names.add(value.strip())
    return names


def _usable(face: hb.Face) -> bool:
    """Has Chinese glyphs, may be embedded (OS/2 fsType is not "restricted") and HarfBuzz can subset it.

    A broken font that merely carries an official name must not win over the bundled one.
    """
    os2 = face.reference_table("OS/2").data
    if len(os2) >= 10 and int.from_bytes(os2[8:10], "big") & 0x000F == 0x0002:
        return False
    cmap = face.unicodes
    if not all(ord(ch) in cmap for ch in _PROBE):
        return False
    inp = hb.SubsetInput()
    inp.unicode_set.update(ord(ch) for ch in _PROBE)
    return hb.subset(face, inp) is not None
