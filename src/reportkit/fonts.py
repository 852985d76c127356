"""The font plan of a PDF: which face serves each role, subset to the characters the document uses.

For each role of :data:`reportkit.layout.OFFICIAL_FACES` the highest-priority
registered :class:`~reportkit.registry.FontFace` wins. A character it lacks is set
in the next face of the role's stack that has it: the role's other faces, for 仿宋
the 楷体 faces too (:data:`LOOKALIKES`; the bundled RK Kaiti covers GBK), then the
faces registered with ``fallback=True`` (the bundled RK Songti, GBK). Official faces
installed on the machine (仿宋_GB2312, 黑体 …) are found by :func:`installed_faces`
and outrank the bundled ones.

:func:`coverage` reports the characters a role's face lacks without subsetting
anything (cheap enough for ``reportkit validate``); :func:`plan_fonts` also subsets.

Loaded faces and their character maps are cached per process, so a warm render
only pays for the subsetting itself.
"""
from __future__ import annotations

import functools
import os
import re
import stat
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Mapping

import uharfbuzz as hb

from .blocks import Document, Source
from .errors import NOTE, WARNING, Diagnostic, RenderError
from .layout import OFFICIAL_FACES, Layout
from .registry import FontFace

ROLE_NAMES = {"xiaobiaosong": "小标宋", "fangsong": "仿宋", "kaiti": "楷体", "heiti": "黑体", "songti": "宋体"}

#: What the PDF prints for a character no face has: 〓 (U+3013), the mark Chinese typesetting uses for a missing glyph.
MISSING_MARK = "\u3013"

#: Text the templates and CSS add on their own (page numbers “— 1 —”, “附件：”, Latin, digits, spaces):
#: every subset keeps these characters whether or not the document's texts contain them.
GENERATED_TEXT = "".join(map(chr, range(0x20, 0x7F))) + "\u00a0\u3000—－．：附件草稿〓"

#: Family names of official faces, per role, most wanted first; matched against the names inside font files.
OFFICIAL_FAMILIES = {
    "xiaobiaosong": ("方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "FZXiaoBiaoSong-B05"),
    "fangsong": ("仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "华文仿宋", "STFangsong"),
    "kaiti": ("楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "华文楷体", "STKaiti"),
    "heiti": ("黑体", "SimHei", "华文黑体", "STHeiti"),
    "songti": ("宋体", "SimSun", "华文宋体", "STSong"),
}
#: The roles whose faces set what a role's face lacks, before the fallback faces (any other role: its
#: own faces). A thin 楷体 is much nearer to 仿宋 than the heavier 宋体 (issue 8: 堃 镕 喆 are not
#: in GB2312 仿宋 faces; the bundled RK Kaiti covers GBK).
LOOKALIKES = {"fangsong": ("fangsong", "kaiti")}
#: Installed official faces outrank bundled (0) and plugin (Fandol: 10) faces.
INSTALLED_PRIORITY = 100

# Vertical metrics, layout features, baselines, signatures and bitmaps: nothing a horizontal PDF draws with.
_DROP_TABLES = ("GSUB", "GPOS", "GDEF", "vhea", "vmtx", "VORG", "BASE", "DSIG", "EBDT", "EBLC", "EBSC")
_FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")
_PROBE = "中华人民共和国"
# What PyYAML counts as a line break when it numbers lines.
_LINE_BREAKS = re.compile("\r\n|[\n\r\x85\u2028\u2029]")


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
    #: Characters no face has: the PDF sets :data:`MISSING_MARK` in their place, since a glyph-less
    #: character makes WeasyPrint give its face a custom CMap that breaks the whole text layer.
    missing: frozenset[str] = frozenset()

    def css_family(self, role: str) -> str:
        """The stack of ``role`` as a CSS ``font-family`` value, e.g. ``"rk-fangsong", "rk-songti"``."""
        return ", ".join(f'"{family}"' for family in self.stacks[role]) or "serif"


def dash_metrics(plan: FontPlan, role: str) -> tuple[float, float, float] | None:
    """Ascender, descender and the top of the 一字线 (U+2014)'s ink, in ems, of ``role``'s first
    planned face (the page number's, whose dash GB/T 9704 §7.5 measures from); None without one."""
    family = (plan.stacks.get(role) or [None])[0]
    font = next((f for f in plan.fonts if f.family == family), None)
    if font is None:
        return None
    face = hb.Face(font.data)
    hb_font = hb.Font(face)
    extents = hb_font.get_font_extents("ltr")
    glyph = hb_font.get_nominal_glyph(ord("—"))
    ink_top = hb_font.get_glyph_extents(glyph).y_bearing if glyph is not None else extents.ascender
    return extents.ascender / face.upem, extents.descender / face.upem, ink_top / face.upem


def role_texts(document: Document, layout: Layout) -> Iterator[tuple[str, str, Source | None]]:
    """``(role, text, source)`` for every text of ``document``, as :func:`plan_fonts` and :func:`coverage` take them.

    The layout maps each element of :meth:`reportkit.blocks.Document.texts` to its font role.
    """
    return ((layout.roles[element], text, source) for element, text, source in document.texts())


def coverage(texts: Iterable[tuple[str, str, Source | None]], faces: list[FontFace],
             files: Mapping[str, str] | None = None) -> list[Diagnostic]:
    """The characters of ``texts`` that the faces chosen for their roles lack; nothing is subset.

    A character no face has gives a warning, one that another face sets a note naming that face,
    each once, where it first occurs. ``files`` maps a data file's name to its text
    (:attr:`reportkit.load.Loaded.text`): with it, a diagnostic points at the character itself
    (:func:`exact_position`), not at the start of the value that holds it.
    """
    return _survey(texts, faces, files or {}).diagnostics


def plan_fonts(texts: Iterable[tuple[str, str, Source | None]], faces: list[FontFace]) -> tuple[FontPlan, list[Diagnostic]]:
    """Choose the faces of each role, subset each to the characters it sets, and report gaps as :func:`coverage` does.

    ``texts`` holds ``(role, text, source)`` triples (:func:`role_texts`). Each character of a role
    goes to the first face of the role's stack that has it, as the PDF engine picks glyphs.
    """
    survey = _survey(texts, faces, {})
    needed: dict[tuple[str, int], set[int]] = {}
    for role, stack in survey.stacks.items():
        for cp in survey.used[role]:
            face = next((f for f in stack if cp in survey.cmaps[f]), None)
            if face is not None:
                needed.setdefault(survey.keys[face], set()).add(cp)
    for face in survey.fallbacks:  # the "fallback" stack sets the generated text on its own
        needed.setdefault(survey.keys[face], set()).update(survey.generated & survey.cmaps[face])

    fonts: list[EmbeddedFont] = []
    families: dict[tuple[str, int], str] = {}
    # Role faces first, so that they keep the plain names ("rk-fangsong"); one embedded font per file.
    ordered = [f for f in survey.chosen.values() if f is not None]
    ordered += [f for stack in survey.stacks.values() for f in stack]
    for rank, face in enumerate(ordered):
        key = survey.keys[face]
        if key in families:
            continue
        if survey.chosen.get(face.role) is face:
            family, role = f"rk-{face.role}", face.role
        elif face.fallback:
            family, role = f"rk-{face.role}-fallback", "fallback"
        else:
            family, role = f"rk-{face.role}-{rank}", face.role
        data = _subset(survey.loaded[face], frozenset(needed.get(key, ())))
        fonts.append(EmbeddedFont(family, role, data, "opentype" if data[:4] == b"OTTO" else "truetype"))
        families[key] = family

    stacks = {role: _dedupe([families[survey.keys[f]] for f in stack]) for role, stack in survey.stacks.items()}
    stacks["fallback"] = _dedupe([families[survey.keys[f]] for f in survey.fallbacks])
    return FontPlan(fonts, stacks, frozenset(survey.missing)), survey.diagnostics


@dataclass
class _Survey:
    """What the document's texts need and which faces set them (shared by coverage and plan_fonts)."""

    used: dict[str, set[int]]
    generated: set[int]
    chosen: dict[str, FontFace | None]
    fallbacks: list[FontFace]
    stacks: dict[str, list[FontFace]]
    keys: dict[FontFace, tuple[str, int]]  # resolved once: resolving a path per character cost ~30 ms a document
    loaded: dict[FontFace, _Loaded]
    cmaps: dict[FontFace, frozenset[int]]
    diagnostics: list[Diagnostic]
    missing: set[str]


def _survey(texts: Iterable[tuple[str, str, Source | None]], faces: list[FontFace], files: Mapping[str, str]) -> _Survey:
    generated = {ord(ch) for ch in GENERATED_TEXT}
    used: dict[str, set[int]] = {role: set(generated) for role in OFFICIAL_FACES}
    first_seen: dict[tuple[str, str], Source | None] = {}
    for role, text, source in texts:
        used[role].update(map(ord, text))  # spaces too: their advance comes from the font
        for ch in text:
            if (role, ch) not in first_seen and not _ignored(ch):
                first_seen[role, ch] = source

    # Installed official faces are looked for only here, so a DOCX-only run never scans font folders.
    faces, broken = _working(faces)
    ranked = sorted([*faces, *installed_faces()], key=lambda face: -face.priority)  # stable: ties keep order
    chosen = {role: next((f for f in ranked if f.role == role), None) for role in OFFICIAL_FACES}
    fallbacks = [f for f in ranked if f.fallback]
    # A role without a face of its own is set in the fallback face whole: 仿宋 body text all in
    # 楷体 would look like the （一） headings.
    stacks = {role: _dedupe(([f for kin in LOOKALIKES.get(role, (role,)) for f in ranked if f.role == kin]
                             if face is not None else []) + fallbacks)
              for role, face in chosen.items()}
    keys = {f: _key(f) for stack in stacks.values() for f in stack}
    loaded = {f: _load(*key) for f, key in keys.items()}
    cmaps = {f: font.cmap for f, font in loaded.items()}

    diagnostics = broken + [_missing_role(role, fallbacks) for role, face in chosen.items()
                            if face is None and used[role] - generated]
    missing: set[str] = set()
    reported = set()
    for (role, ch), source in first_seen.items():
        cp = ord(ch)
        face = chosen[role]
        if face is not None and cp in cmaps[face] or (ch, face) in reported:
            continue
        reported.add((ch, face))
        where = exact_source(source, ch, files)
        rescuer = next((f for f in stacks[role] if cp in cmaps[f]), None)
        if rescuer is None:
            if (ch, None) in reported and face is not None:
                continue
            reported.add((ch, None))
            missing.add(ch)
            diagnostics.append(Diagnostic.at(
                WARNING, f"字符“{ch}”(U+{cp:04X}) 没有可用字体，PDF 中以“{MISSING_MARK}”代替（DOCX 照常保留）", where))
        elif face is not None:
            diagnostics.append(Diagnostic.at(
                NOTE, f"字符“{ch}”(U+{cp:04X}) 不在 {face.name}（{ROLE_NAMES[role]}）中，"
                      f"改用 {rescuer.name}（{ROLE_NAMES[rescuer.role]}）显示", where))
    return _Survey(used, generated, chosen, fallbacks, stacks, keys, loaded, cmaps, diagnostics, missing)


def exact_position(text: str, source: Source, ch: str) -> tuple[int, int]:
    """Line and column (1-based) of the first ``ch`` at or after ``source`` in the data file's ``text``.

    The search stays inside the value that starts at ``source``: its first line from the value's
    column on, then the lines indented deeper than that first line (a ``|`` block, or a plain
    value wrapped over lines). Where ``ch`` is not found there (it was written as an escape, or
    the text was made by reportkit), the answer is ``source``'s own position.
    """
    lines = _lines(text)
    if not 1 <= source.line <= len(lines):
        return source.line, source.col
    first = lines[source.line - 1]
    col = first.find(ch, source.col - 1)
    if col >= 0:
        return source.line, col + 1
    indent = _indent(first)
    block = first[source.col - 1:source.col] in ("|", ">")
    for number in range(source.line, len(lines)):
        line = lines[number]
        if line.strip() and _indent(line) <= indent:
            break
        if not block and line.lstrip().startswith("#"):
            continue  # a comment line, not part of a plain value
        col = line.find(ch)
        if col >= 0:
            return number + 1, col + 1
    return source.line, source.col


@functools.lru_cache(maxsize=4)
def _lines(text: str) -> tuple[str, ...]:
    return tuple(_LINE_BREAKS.split(text))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def exact_source(source: Source | None, ch: str, files: Mapping[str, str]) -> Source | None:
    """``source`` moved to ``ch`` (a character or a piece of text) itself, when the text of its file is known."""
    if source is None or source.file not in files:
        return source
    return Source(source.file, *exact_position(files[source.file], source, ch))


def _missing_role(role: str, fallbacks: list[FontFace]) -> Diagnostic:
    name = ROLE_NAMES[role]
    if not fallbacks:
        return Diagnostic(WARNING, f"没有可用的{name}字体，{name}文字在 PDF 中将无法正常显示")
    hint = "（在源码根目录运行 pip install ./plugins/reportkit-gbt9704-fonts-fandol 或安装本机的仿宋_GB2312 字体即可改用仿宋）" if role == "fangsong" else ""
    return Diagnostic(NOTE, f"没有可用的{name}字体，{name}文字改用 {fallbacks[0].name} 显示{hint}")


def _dedupe(items: list) -> list:
    return list(dict.fromkeys(items))


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
    info = os.stat(path)
    return _load_cached(path, index, info.st_mtime_ns, info.st_size)


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
            try:
                if match is None or not _usable(face):
                    continue
            except Exception:  # uharfbuzz raises on some damaged files: such a file is not a font we can use
                continue
            role, rank, name = match
            priority = INSTALLED_PRIORITY - rank
            if role not in found or found[role].priority < priority:
                found[role] = FontFace(name=name, role=role, path=path, licence="installed on this machine",
                                       priority=priority, index=index)
    return tuple(found.values())


def _working(faces: list[FontFace]) -> tuple[list[FontFace], list[Diagnostic]]:
    """The registered faces whose files load and subset; each other one is skipped with one warning."""
    working, problems = [], []
    for face in faces:
        why = _broken(*_key(face))
        if why:
            problems.append(Diagnostic(WARNING, f"字体文件 {face.path}（{face.name}）无法使用，已跳过：{why}"))
        else:
            working.append(face)
    return working, problems


@functools.lru_cache(maxsize=64)
def _broken(path: str, index: int) -> str | None:
    """Why the font at ``path`` cannot serve (not a regular file, not a font, cannot be subset), or None."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return "不是普通文件"
        loaded = _load(path, index)
    except (OSError, RuntimeError, ValueError) as exc:
        return f"无法读取（{exc}）"
    if not loaded.cmap:
        return "不是字体文件（可能是 Git LFS 指针或下载不完整）"
    try:
        inp = hb.SubsetInput()
        inp.unicode_set.update(list(loaded.cmap)[:8])
        if hb.subset(loaded.face, inp) is None:
            return "字体文件已损坏，无法裁剪"
    except Exception as exc:  # uharfbuzz raises on some damaged files
        return f"字体文件已损坏（{type(exc).__name__}）"
    return None


#: A font folder holding many files (or a slow network share) is scanned for at most this long.
SCAN_SECONDS = 5.0


def _font_files(dirs: tuple[str, ...]):
    """Regular font files below ``dirs`` (a FIFO or device named *.ttf would block reading it)."""
    seen = set()
    deadline = time.monotonic() + SCAN_SECONDS
    for folder in dirs:
        for root, _, files in os.walk(folder):
            for file in sorted(files):
                if time.monotonic() > deadline:
                    return
                path = Path(root) / file
                if path.suffix.lower() not in _FONT_SUFFIXES:
                    continue
                try:
                    regular = stat.S_ISREG(path.stat().st_mode)
                    resolved = path.resolve()
                except OSError:
                    continue
                if regular and resolved not in seen:
                    seen.add(resolved)
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
