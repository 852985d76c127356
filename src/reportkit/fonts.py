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

One survey per document serves the glyph check and the PDF engines (:func:`survey`). Loaded
faces are cached per process, and what each font file holds (its characters, whether it can
serve, which official face it is) in the user's cache folder (:func:`cache_file`), so
``reportkit validate`` reads no font file and a warm render only pays for the subsetting.
"""
from __future__ import annotations

import array
import base64
import bisect
import contextlib
import functools
import json
import os
import re
import stat
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Mapping

from .blocks import Document, Source
from .errors import NOTE, WARNING, Diagnostic, RenderError
from .layout import OFFICIAL_FACES, Layout
from .registry import FontFace
from .resources import cache_dir, home_dir

if TYPE_CHECKING:  # imported where a face is read: ``reportkit validate`` finds what it needs in the cache
    import uharfbuzz as hb

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


def dash_metrics(plan: FontPlan, role: str) -> tuple[float, float, float] | None:
    """Ascender, descender and the top of the 一字线 (U+2014)'s ink, in ems, of ``role``'s first
    planned face (the page number's, whose dash GB/T 9704 §7.5 measures from); None without one."""
    family = (plan.stacks.get(role) or [None])[0]
    font = next((f for f in plan.fonts if f.family == family), None)
    if font is None:
        return None
    import uharfbuzz as hb

    return _dash_metrics(hb.Face(font.data))


def _dash_metrics(face: hb.Face) -> tuple[float, float, float]:
    import uharfbuzz as hb

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
    return survey(texts, faces).diagnostics(files or {})


def plan_fonts(texts: Iterable[tuple[str, str, Source | None]], faces: list[FontFace]) -> tuple[FontPlan, list[Diagnostic]]:
    """Choose the faces of each role, subset each to the characters it sets, and report gaps as :func:`coverage` does.

    ``texts`` holds ``(role, text, source)`` triples (:func:`role_texts`). Each character of a role
    goes to the first face of the role's stack that has it, as the PDF engine picks glyphs.
    """
    chosen = survey(texts, faces)
    return chosen.plan(), chosen.diagnostics({})


def survey(texts: Iterable[tuple[str, str, Source | None]], faces: list[FontFace]) -> FontSurvey:
    """The faces that set ``texts`` and what they lack, computed once per document and process.

    ``reportkit render`` checks glyph coverage before typesetting (:func:`coverage`) and then
    plans the PDF's fonts (:func:`plan_fonts`) on the same texts: the second call finds the
    first one's survey here. The key holds the texts, the faces and their files' sizes and
    times, so a changed document or a rebuilt font file is surveyed anew.
    """
    texts, faces = tuple(texts), tuple(faces)
    installed = tuple(installed_faces())
    return _survey_cached(texts, faces, installed, tuple(_stamp(face.path) for face in (*faces, *installed)))


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


@functools.lru_cache(maxsize=4)
def _survey_cached(texts, faces, installed, stamps) -> FontSurvey:
    return _survey(texts, list(faces), list(installed))


@dataclass(eq=False)
class FontSurvey:
    """What a document's texts need and which faces set them: what :func:`coverage` reports and
    what the PDF engines embed (WeasyPrint: :meth:`plan`, subsets; Typst: :meth:`faces`, whole files)."""

    used: dict[str, set[int]]
    generated: set[int]
    chosen: dict[str, FontFace | None]
    fallbacks: list[FontFace]
    #: Per role, the faces that set its characters, first choice first (the fallback faces last).
    stacks: dict[str, list[FontFace]]
    keys: dict[FontFace, tuple[str, int]]  # resolved once: resolving a path per character cost ~30 ms a document
    cmaps: dict[FontFace, _Cmap]
    problems: list[Diagnostic]  # broken files, roles without a face
    findings: list[tuple[str, str, Source | None, str]]  # severity, message, where, the character
    #: Characters no face has.
    missing: frozenset[str]

    def diagnostics(self, files: Mapping[str, str]) -> list[Diagnostic]:
        """The problems, then each character's finding, placed on the character itself where ``files`` has its text."""
        return self.problems + [Diagnostic.at(severity, message, exact_source(source, ch, files))
                                for severity, message, source, ch in self.findings]

    def faces(self) -> list[FontFace]:
        """Every face of the stacks, role faces first, each file once."""
        faces: dict[tuple[str, int], FontFace] = {}
        for face in [f for f in self.chosen.values() if f is not None] + [f for s in self.stacks.values() for f in s]:
            faces.setdefault(self.keys[face], face)
        return list(faces.values())

    def dash_metrics(self, role: str) -> tuple[float, float, float] | None:
        """:func:`dash_metrics` of the whole first face of ``role``'s stack."""
        stack = self.stacks.get(role)
        return _dash_metrics(_load(*self.keys[stack[0]]).face) if stack else None

    def ink(self, role: str, text: str) -> tuple[float, float] | None:
        """The highest and the lowest ink of ``text``'s glyphs, in ems above the baseline, each character in the first
        face of ``role``'s stack that has it (where a ruler on the printed page finds them); None without such a glyph."""
        import uharfbuzz as hb

        extents = []
        for ch in set(text):
            face = next((f for f in self.stacks.get(role, []) if ord(ch) in self.cmaps[f]), None)
            if face is not None:
                loaded = _load(*self.keys[face]).face
                font = hb.Font(loaded)
                box = font.get_glyph_extents(font.get_nominal_glyph(ord(ch)))
                if box.height:  # a space inks nothing
                    extents.append((box.y_bearing / loaded.upem, (box.y_bearing + box.height) / loaded.upem))
        return (max(top for top, _ in extents), min(bottom for _, bottom in extents)) if extents else None

    @functools.cached_property
    def _plan(self) -> FontPlan:
        needed: dict[tuple[str, int], set[int]] = {}
        for role, stack in self.stacks.items():
            for cp in self.used[role]:
                face = next((f for f in stack if cp in self.cmaps[f]), None)
                if face is not None:
                    needed.setdefault(self.keys[face], set()).add(cp)
        for face in self.fallbacks:  # the "fallback" stack sets the generated text on its own
            needed.setdefault(self.keys[face], set()).update(cp for cp in self.generated if cp in self.cmaps[face])

        fonts: list[EmbeddedFont] = []
        families: dict[tuple[str, int], str] = {}
        # Role faces first, so that they keep the plain names ("rk-fangsong"); one embedded font per file.
        ordered = [f for f in self.chosen.values() if f is not None]
        ordered += [f for stack in self.stacks.values() for f in stack]
        for rank, face in enumerate(ordered):
            key = self.keys[face]
            if key in families:
                continue
            if self.chosen.get(face.role) is face:
                family, role = f"rk-{face.role}", face.role
            elif face.fallback:
                family, role = f"rk-{face.role}-fallback", "fallback"
            else:
                family, role = f"rk-{face.role}-{rank}", face.role
            data = _subset(_load(*key), frozenset(needed.get(key, ())))
            fonts.append(EmbeddedFont(family, role, data, "opentype" if data[:4] == b"OTTO" else "truetype"))
            families[key] = family

        stacks = {role: _dedupe([families[self.keys[f]] for f in stack]) for role, stack in self.stacks.items()}
        stacks["fallback"] = _dedupe([families[self.keys[f]] for f in self.fallbacks])
        return FontPlan(fonts, stacks, self.missing)

    def plan(self) -> FontPlan:
        """Each face subset to the characters it sets (made once per survey)."""
        return self._plan


def _survey(texts: tuple[tuple[str, str, Source | None], ...], faces: list[FontFace],
            installed: list[FontFace]) -> FontSurvey:
    generated = {ord(ch) for ch in GENERATED_TEXT}
    chars: dict[str, set[str]] = {role: set() for role in OFFICIAL_FACES}
    for role, text, _ in texts:
        chars[role].update(text)
    # Spaces too: their advance comes from the font. Not line breaks and controls: a face maps "\n" to its space's
    # glyph, and a PDF that embeds the subset whole then reads every space of that face as a line break.
    used = {role: {ord(ch) for ch in chars[role] if unicodedata.category(ch) not in _UNDRAWN} | generated
            for role in OFFICIAL_FACES}

    # Installed official faces are looked for only here, so a DOCX-only run never scans font folders.
    faces, broken = _working(faces)
    ranked = sorted([*faces, *installed], key=lambda face: -face.priority)  # stable: ties keep order
    chosen = {role: next((f for f in ranked if f.role == role), None) for role in OFFICIAL_FACES}
    fallbacks = [f for f in ranked if f.fallback]
    # A role without a face of its own is set in the fallback face whole: 仿宋 body text all in
    # 楷体 would look like the （一） headings.
    stacks = {role: _dedupe(([f for kin in LOOKALIKES.get(role, (role,)) for f in ranked if f.role == kin]
                             if face is not None else []) + fallbacks)
              for role, face in chosen.items()}
    keys = {f: _key(f) for stack in stacks.values() for f in stack}
    cmaps = {f: _facts(*key)[1] for f, key in keys.items()}

    problems = broken + [_missing_role(role, fallbacks) for role, face in chosen.items()
                         if face is None and used[role] - generated]
    findings = []
    missing: set[str] = set()
    reported = set()
    lacking = {role: {ch for ch in chars[role] - (cmaps[face].having(chars[role]) if face else set()) if not _ignored(ch)}
               for role, face in chosen.items()}
    for (role, ch), source in _first_seen(texts, lacking).items():
        cp = ord(ch)
        face = chosen[role]
        if (ch, face) in reported:
            continue
        reported.add((ch, face))
        rescuer = next((f for f in stacks[role] if cp in cmaps[f]), None)
        if rescuer is None:
            if (ch, None) in reported and face is not None:
                continue
            reported.add((ch, None))
            missing.add(ch)
            findings.append((WARNING, f"字符“{ch}”(U+{cp:04X}) 没有可用字体，PDF 中以“{MISSING_MARK}”代替（DOCX 照常保留）",
                             source, ch))
        elif face is not None:
            findings.append((NOTE, f"字符“{ch}”(U+{cp:04X}) 不在 {face.name}（{ROLE_NAMES[role]}）中，"
                                   f"改用 {rescuer.name}（{ROLE_NAMES[rescuer.role]}）显示", source, ch))
    _disk_cache().save()
    return FontSurvey(used, generated, chosen, fallbacks, stacks, keys, cmaps, problems, findings, frozenset(missing))


def _first_seen(texts: tuple[tuple[str, str, Source | None], ...],
                lacking: dict[str, set[str]]) -> dict[tuple[str, str], Source | None]:
    """Where each character of ``lacking`` first occurs in its role, in reading order (most documents have none)."""
    first: dict[tuple[str, str], Source | None] = {}
    wanted = {role: set(chars) for role, chars in lacking.items()}
    for role, text, source in texts:
        if wanted[role] and not wanted[role].isdisjoint(text):
            for ch in dict.fromkeys(text):  # in reading order
                if ch in wanted[role]:
                    wanted[role].discard(ch)
                    first[role, ch] = source
    return first


def exact_position(text: str, source: Source, ch: str, skip: int = 0) -> tuple[int, int]:
    """Line and column (1-based) of the first ``ch`` at or after ``source`` in the data file's ``text``, or of the one
    after ``skip`` others (the same words twice in a paragraph).

    The search stays inside the value that starts at ``source``: its first line from the value's
    column on, then the lines indented deeper than that first line (a ``|`` block, or a plain
    value wrapped over lines). Where ``ch`` is not found there (it was written as an escape, or
    the text was made by reportkit), the answer is ``source``'s own position.
    """
    lines = _lines(text)
    if not 1 <= source.line <= len(lines):
        return source.line, source.col
    first = lines[source.line - 1]
    indent = _indent(first)
    block = first[source.col - 1:source.col] in ("|", ">")
    for number in range(source.line - 1, len(lines)):
        line = lines[number]
        if number >= source.line and line.strip() and _indent(line) <= indent:
            break
        if number >= source.line and not block and line.lstrip().startswith("#"):
            continue  # a comment line, not part of a plain value
        col = line.find(ch, source.col - 1 if number == source.line - 1 else 0)
        while col >= 0 and skip:
            col, skip = line.find(ch, col + len(ch)), skip - 1
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


#: Categories of the characters no engine draws: controls ("\n", "\t"), the line and paragraph separators.
_UNDRAWN = ("Cc", "Zl", "Zp")


def _ignored(ch: str) -> bool:
    """Whitespace, controls, format characters and variation selectors: never worth a diagnostic."""
    cp = ord(ch)
    return (ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf")
            or 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF)


def _key(face: FontFace) -> tuple[str, int]:
    return _resolved(str(face.path)), face.index


@functools.lru_cache(maxsize=256)
def _resolved(path: str) -> str:
    return str(Path(path).resolve())


@dataclass(frozen=True, eq=False)
class _Loaded:
    path: str
    blob: hb.Blob  # the face reads from this memory map; keep it alive as long as the face
    face: hb.Face


def _load(path: str, index: int) -> _Loaded:
    info = os.stat(path)
    return _load_cached(path, index, info.st_mtime_ns, info.st_size)


@functools.lru_cache(maxsize=32)
def _load_cached(path: str, index: int, mtime_ns: int, size: int) -> _Loaded:
    """The HarfBuzz face of a file; the file's mtime and size in the key notice a rebuilt font."""
    import uharfbuzz as hb

    blob = hb.Blob.from_file_path(path)
    return _Loaded(path, blob, hb.Face(blob, index))


@functools.lru_cache(maxsize=16)
def _subset(loaded: _Loaded, codepoints: frozenset[int]) -> bytes:
    """The face cut down to ``codepoints``; cached, as the same document is often rendered again."""
    import uharfbuzz as hb

    inp = hb.SubsetInput()
    inp.unicode_set.update(codepoints)
    # Flattening the CFF subroutines is about twice as fast as re-subroutinising, and no larger.
    inp.flags = hb.SubsetFlags.NO_HINTING | hb.SubsetFlags.DESUBROUTINIZE
    inp.drop_table_tag_set.update(int.from_bytes(tag.encode("ascii"), "big") for tag in _DROP_TABLES)
    result = hb.subset(loaded.face, inp)
    if result is None:
        raise RenderError(f"无法裁剪字体文件 {loaded.path}")
    return result.blob.data


class _Cmap:
    """A face's characters as sorted ranges, tested by bisection. The cache keeps them packed
    (:func:`_packed`): one string parses in no time, where a face's ~5,000 ``[first, last]`` pairs
    cost every run ~1 ms of JSON each."""

    __slots__ = ("firsts", "lasts", "_has")

    def __init__(self, packed: str = ""):
        flat = _unpacked(packed)
        self.firsts, self.lasts = flat[0::2], flat[1::2]
        self._has: set[str] = set()

    def __contains__(self, cp: int) -> bool:
        i = bisect.bisect_right(self.firsts, cp) - 1
        return i >= 0 and cp <= self.lasts[i]

    def having(self, chars: set[str]) -> set[str]:
        """The characters of ``chars`` the face has. Those found are remembered: the reports a
        process renders share most of their characters, so each is looked up about once."""
        self._has |= {ch for ch in chars - self._has if ord(ch) in self}
        return chars & self._has


def _packed(codepoints: list[int]) -> str:
    """Sorted ``codepoints`` as ranges ``first, last, first, last …``: 32-bit little-endian numbers in base64."""
    flat = array.array("I")
    for cp in sorted(codepoints):
        if flat and flat[-1] + 1 == cp:
            flat[-1] = cp
        else:
            flat.extend((cp, cp))
    if sys.byteorder == "big":
        flat.byteswap()
    return base64.b64encode(flat.tobytes()).decode("ascii")


def _unpacked(packed: str) -> array.array:
    """What :func:`_packed` made; ValueError if ``packed`` is not that (binascii.Error is one)."""
    data = base64.b64decode(packed, validate=True)
    if len(data) % 8:
        raise ValueError("not pairs of 32-bit numbers")
    flat = array.array("I", data)
    if sys.byteorder == "big":
        flat.byteswap()
    return flat


def _facts(path: str, index: int) -> tuple[str | None, _Cmap]:
    """Why the font at ``path`` cannot serve (not a regular file, not a font, cannot be subset) or None,
    and its characters."""
    try:
        info = os.stat(path)
    except OSError as exc:
        return f"无法读取（{exc}）", _Cmap()
    if not stat.S_ISREG(info.st_mode):
        return "不是普通文件", _Cmap()
    return _facts_cached(path, index, info.st_mtime_ns, info.st_size)


@functools.lru_cache(maxsize=64)
def _facts_cached(path: str, index: int, mtime_ns: int, size: int) -> tuple[str | None, _Cmap]:
    cache = _disk_cache()
    key = f"{path}\0{index}\0{mtime_ns}\0{size}"
    entry = cache.get("faces", key)
    if entry is None:
        try:
            entry = _examine(path, index)
        except OSError as exc:  # may pass (permissions, a share): not kept
            return f"无法读取（{exc}）", _Cmap()
        cache.put("faces", key, entry)
    return entry["broken"], _Cmap(entry["cmap"])


def _examine(path: str, index: int) -> dict:
    import uharfbuzz as hb

    try:
        loaded = _load(path, index)
    except (RuntimeError, ValueError) as exc:
        return {"broken": f"无法读取（{exc}）", "cmap": ""}
    codepoints = sorted(loaded.face.unicodes)
    if not codepoints:
        return {"broken": "不是字体文件（可能是 Git LFS 指针或下载不完整）", "cmap": ""}
    try:
        inp = hb.SubsetInput()
        inp.unicode_set.update(codepoints[:8])
        if hb.subset(loaded.face, inp) is None:
            return {"broken": "字体文件已损坏，无法裁剪", "cmap": ""}
    except Exception as exc:  # uharfbuzz raises on some damaged files
        return {"broken": f"字体文件已损坏（{type(exc).__name__}）", "cmap": ""}
    return {"broken": None, "cmap": _packed(codepoints)}


def font_dirs() -> list[Path]:
    """Where :func:`installed_faces` looks: ``REPORTKIT_FONT_DIRS`` first, then the system's usual font folders
    (the user's own only where there is a home folder, :func:`reportkit.resources.home_dir`)."""
    extra = [Path(p) for p in os.environ.get("REPORTKIT_FONT_DIRS", "").split(os.pathsep) if p]
    home = home_dir()
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA") or home
        system = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
        own = [Path(local) / "Microsoft" / "Windows" / "Fonts"] if local else []
    elif sys.platform == "darwin":
        system = [Path("/Library/Fonts"), Path("/System/Library/Fonts")]
        own = [home / "Library" / "Fonts"] if home else []
    else:
        system = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts")]
        own = [home / ".fonts", home / ".local" / "share" / "fonts"] if home else []
    return extra + own + system


def installed_faces() -> list[FontFace]:
    """Official faces installed on this machine, matched by the family names inside the files."""
    return list(_scan(tuple(str(d) for d in font_dirs())))


#: A font folder holding many files (or a slow network share) is scanned for at most this long.
SCAN_SECONDS = 5.0


@functools.lru_cache(maxsize=8)
def _scan(dirs: tuple[str, ...]) -> tuple[FontFace, ...]:
    """The official faces below ``dirs``; each file is read once and what it holds kept in the cache
    under its path, size and time, so a later run only lists the folders."""
    cache = _disk_cache()
    deadline = time.monotonic() + SCAN_SECONDS
    found: dict[str, FontFace] = {}
    for path, info in _font_files(dirs, deadline):
        key = f"{path}\0{info.st_mtime_ns}\0{info.st_size}"
        matches = cache.get("scan", key)
        if matches is None:
            if time.monotonic() > deadline:
                break
            matches = _official_faces(path)
            if matches is None:
                continue
            cache.put("scan", key, matches)
        for index, role, rank, name in matches:
            priority = INSTALLED_PRIORITY - rank
            if role not in found or found[role].priority < priority:
                found[role] = FontFace(name=name, role=role, path=path, licence="installed on this machine",
                                       priority=priority, index=index)
    cache.save()
    return tuple(found.values())


def _official_faces(path: Path) -> list[list] | None:
    """``[index, role, rank, name]`` of each usable official face in the file; None if it cannot be read now."""
    import uharfbuzz as hb

    wanted = {name.casefold(): (role, rank)
              for role, names in OFFICIAL_FAMILIES.items() for rank, name in enumerate(names)}
    try:
        blob = hb.Blob.from_file_path(str(path))
        count = hb.Face(blob).count
    except OSError:
        return None
    except Exception:  # a damaged file is simply not a font we can use
        return []
    matches = []
    for index in range(max(count, 1)):
        face = hb.Face(blob, index)
        match = min((wanted[n.casefold()] + (n,) for n in _family_names(face) if n.casefold() in wanted),
                    default=None, key=lambda m: m[1])
        try:
            if match is None or not _usable(face):
                continue
        except Exception:  # uharfbuzz raises on some damaged files: such a file is not a font we can use
            continue
        matches.append([index, *match])
    return matches


def _working(faces: list[FontFace]) -> tuple[list[FontFace], list[Diagnostic]]:
    """The registered faces whose files load and subset; each other one is skipped with one warning."""
    working, problems = [], []
    for face in faces:
        why = _facts(*_key(face))[0]
        if why:
            problems.append(Diagnostic(WARNING, f"字体文件 {face.path}（{face.name}）无法使用，已跳过：{why}"))
        else:
            working.append(face)
    return working, problems


def _font_files(dirs: tuple[str, ...], deadline: float):
    """``(path, stat)`` of the regular font files below ``dirs`` (a FIFO or device named *.ttf would block reading it)."""
    seen = set()
    for folder in dirs:
        for root, _, files in os.walk(folder):
            for file in sorted(files):
                if time.monotonic() > deadline:
                    return
                path = Path(root) / file
                if path.suffix.lower() not in _FONT_SUFFIXES:
                    continue
                try:
                    info = path.stat()
                except OSError:
                    continue
                if stat.S_ISREG(info.st_mode) and (info.st_dev, info.st_ino) not in seen:  # links: the file once
                    seen.add((info.st_dev, info.st_ino))
                    yield path, info


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
    import uharfbuzz as hb

    os2 = face.reference_table("OS/2").data
    if len(os2) >= 10 and int.from_bytes(os2[8:10], "big") & 0x000F == 0x0002:
        return False
    cmap = face.unicodes
    if not all(ord(ch) in cmap for ch in _PROBE):
        return False
    inp = hb.SubsetInput()
    inp.unicode_set.update(ord(ch) for ch in _PROBE)
    return hb.subset(face, inp) is not None


# --- what font files hold, kept between runs ------------------------------------------------------------------------

#: Bumped when what the cache holds changes meaning (2: character maps packed); older files are removed.
CACHE_FORMAT = 2
#: Entries kept at most; past it, those this process did not use are dropped.
CACHE_ENTRIES = 4000


def cache_file() -> Path:
    """The font cache in the user's cache folder: what each font file holds, keyed by its path, size and time."""
    return cache_dir() / f"fonts-{CACHE_FORMAT}.json"


class _DiskCache:
    """A JSON file of facts about font files. Unreadable or damaged, it is empty; unwritable, it is not kept.

    Reading every installed font and each face's character map costs ~25 ms a run here, and seconds
    on an office PC with a thousand fonts; ``reportkit validate`` needs only the facts.
    """

    def __init__(self, path: Path):
        self.path, self.tables, self.used, self.dirty = path, None, set(), False

    def _tables(self) -> dict:
        if self.tables is None:
            try:
                tables = json.loads(self.path.read_text(encoding="utf-8"))
                assert all(isinstance(tables[name], dict) for name in ("faces", "scan"))
            except Exception:  # missing, unreadable or not ours: start afresh
                tables = {"faces": {}, "scan": {}}
            self.tables = tables
        return self.tables

    def get(self, table: str, key: str):
        entry = self._tables()[table].get(key)
        if entry is not None and _well_formed(table, entry):
            self.used.add((table, key))
            return entry
        return None

    def put(self, table: str, key: str, entry) -> None:
        self._tables()[table][key] = entry
        self.used.add((table, key))
        self.dirty = True

    def save(self) -> None:
        if not self.dirty:
            return
        # Facts of a file since changed or removed are dropped: a character map weighs up to 70 KB, and every
        # run reads the whole file.
        tables = {name: {k: v for k, v in entries.items() if (name, k) in self.used or _current(k)}
                  for name, entries in self._tables().items()}
        if sum(map(len, tables.values())) > CACHE_ENTRIES:
            tables = {name: {k: v for k, v in entries.items() if (name, k) in self.used} for name, entries in tables.items()}
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # ASCII with \u escapes: a file name that is not UTF-8 (GBK bytes, held as surrogates) comes back intact.
            temporary.write_text(json.dumps(tables), encoding="ascii")
            os.replace(temporary, self.path)  # readers see the old file or the new one, never half of one
            for older in range(1, CACHE_FORMAT):
                self.path.with_name(f"fonts-{older}.json").unlink(missing_ok=True)
        except OSError:
            pass  # a read-only home: each run reads the fonts again
        finally:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)  # left by a failed or interrupted write
        self.dirty = False


def _current(key: str) -> bool:
    """Whether the file a cache key names (``path\0[index\0]mtime\0size``) is still there, unchanged."""
    path, *_, mtime_ns, size = key.split("\0")
    return _stamp(Path(path)) == (int(mtime_ns), int(size)) if mtime_ns.isdigit() and size.isdigit() else False


def _well_formed(table: str, entry) -> bool:
    try:
        if table == "faces":
            _unpacked(entry["cmap"])  # raises unless it is a packed character map
            return entry["broken"] is None or isinstance(entry["broken"], str)
        return all(isinstance(i, int) and role in OFFICIAL_FAMILIES and isinstance(rank, int) and isinstance(name, str)
                   for i, role, rank, name in entry)
    except (TypeError, ValueError, KeyError):
        return False


_caches: dict[Path, _DiskCache] = {}


def _disk_cache() -> _DiskCache:
    path = cache_file()
    if path not in _caches:
        _caches[path] = _DiskCache(path)
    return _caches[path]
