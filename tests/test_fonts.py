"""Bundled fonts, the font planner and the Fandol plugin, on a machine with no Chinese font installed."""
from __future__ import annotations

import importlib.util
import io
import json
import os
import shutil
import sys
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from reportkit import fonts, resources
from reportkit.blocks import Source
from reportkit.default_plugins import bundled_fonts
from reportkit.errors import NOTE, WARNING
from reportkit.fonts import GENERATED_TEXT, installed_faces, plan_fonts
from reportkit.layout import ELEMENT_ROLES
from reportkit.registry import FontFace, Registry

ROOT = Path(__file__).resolve().parents[1]
FONT_DIR = ROOT / "templates" / "gbt9704" / "fonts"
BUNDLED = {
    "songti": "rk-songti.otf",
    "xiaobiaosong": "rk-xiaobiaosong.otf",
    "heiti": "rk-heiti.otf",
    "kaiti": "rk-kaiti.ttf",
}
FANDOL_SRC = ROOT / "plugins" / "reportkit-gbt9704-fonts-fandol" / "src"
RESERVED = ("Noto", "Source", "LXGW", "霞鹜")
NAME_CHARS = "堃镕喆昇玥珺"  # common in names, outside GB2312


def _load_build_script():
    spec = importlib.util.spec_from_file_location("build_fonts", ROOT / "tools" / "build_fonts.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


build_fonts = _load_build_script()


@pytest.fixture
def bundled(monkeypatch) -> list[FontFace]:
    """The faces bundled_fonts registers on a fresh machine (no installed official face)."""
    monkeypatch.setattr(fonts, "installed_faces", list)
    registry = Registry()
    bundled_fonts.register_fonts(lambda face: registry.register("fonts", "bundled_fonts", face))
    return registry.fonts


@pytest.fixture
def fandol(monkeypatch) -> FontFace:
    """The face the Fandol plugin registers (from the checkout when the plugin is not installed)."""
    try:
        import reportkit_fonts_fandol
    except ImportError:
        monkeypatch.syspath_prepend(str(FANDOL_SRC))
        import reportkit_fonts_fandol
    faces = []
    reportkit_fonts_fandol.register_fonts(faces.append)
    (face,) = faces
    return face


def cmap(data: bytes) -> set[int]:
    return set(TTFont(io.BytesIO(data)).getBestCmap())


def file_cmap(path: Path) -> set[int]:
    return set(TTFont(path, lazy=True).getBestCmap())


def by_severity(diagnostics, severity):
    return [d for d in diagnostics if d.severity == severity]


# --- the bundled files -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("role,file", sorted(BUNDLED.items()))
def test_bundled_font_is_small_and_covers_its_charset(role, file):
    path = FONT_DIR / file
    assert path.is_file()
    assert path.stat().st_size < (13_000_000 if role == "kaiti" else 8_000_000)
    have = file_cmap(path)
    assert build_fonts.gb2312() <= have
    assert set(range(0x20, 0x7F)) <= have
    if role == "songti":
        assert build_fonts.gbk() - have == {ord("≒")}  # the only GBK character Noto Serif CJK SC lacks
    if role == "kaiti":  # GBK too: it sets the name characters 仿宋 faces lack (issue 8)
        assert build_fonts.gbk() - have == set(map(ord, "︴﹉﹊﹋﹌﹍﹎﹏"))  # vertical forms LXGW WenKai lacks
    if role in ("songti", "kaiti"):
        assert {ord(c) for c in NAME_CHARS} <= have


@pytest.mark.parametrize("file", sorted(BUNDLED.values()))
def test_bundled_font_is_renamed_and_keeps_its_notices(file):
    font = TTFont(FONT_DIR / file, lazy=True)
    names = {(r.nameID, r.toUnicode()) for r in font["name"].names}
    for name_id, value in names:
        if name_id in (1, 3, 4, 6, 16, 17):
            assert not any(word in value for word in RESERVED), (name_id, value)
    assert {value for name_id, value in names if name_id == 1} == {font["name"].getDebugName(1)}
    assert font["name"].getDebugName(1).startswith("RK ")
    assert "Copyright" in font["name"].getDebugName(0) or "©" in font["name"].getDebugName(0)
    assert "Open Font License" in font["name"].getDebugName(13)
    if "CFF " in font:
        cff = font["CFF "].cff
        top = cff.topDictIndex[0]
        for value in [*cff.fontNames, top.FullName, top.FamilyName, *(fd.FontName for fd in top.FDArray)]:
            assert not any(word in value for word in RESERVED), value


def test_licences_and_readme_ship_beside_the_fonts():
    noto = (FONT_DIR / "OFL-NotoCJK.txt").read_text(encoding="utf-8")
    wenkai = (FONT_DIR / "OFL-LXGWWenKai.txt").read_text(encoding="utf-8")
    assert "Reserved Font Name 'Source'" in noto and "SIL OPEN FONT LICENSE Version 1.1" in noto
    assert "霞鹜" in wenkai and "LXGW" in wenkai and "SIL OPEN FONT LICENSE Version 1.1" in wenkai
    readme = (FONT_DIR / "README.md").read_text(encoding="utf-8")
    assert "tools/build_fonts.py" in readme and "apt-get download" in readme


def test_templates_dir_is_the_checkout_or_the_packaged_copy(tmp_path, monkeypatch):
    packaged = Path(resources.__file__).parent / "templates"
    # installed from a wheel: the packaged copy; an editable checkout: the top-level templates/
    assert resources.templates_dir() == (packaged if packaged.is_dir() else ROOT / "templates")
    (tmp_path / "templates").mkdir()
    monkeypatch.setattr(resources, "_PACKAGE", tmp_path)
    assert resources.templates_dir() == tmp_path / "templates"


def test_bundled_plugin_registers_the_four_faces(bundled):
    assert {(f.name, f.role, f.fallback) for f in bundled} == {
        ("RK Songti", "songti", True),
        ("RK Xiaobiaosong", "xiaobiaosong", False),
        ("RK Heiti", "heiti", False),
        ("RK Kaiti", "kaiti", False),
    }
    shipped = resources.templates_dir() / "gbt9704" / "fonts"
    assert all(f.licence == "OFL-1.1" and f.path.parent == shipped for f in bundled)
    # the shipped files are the checkout's sources, byte for byte
    assert all(f.path.read_bytes() == (FONT_DIR / f.path.name).read_bytes() for f in bundled)


# --- plan_fonts ----------------------------------------------------------------------------------------------------

def test_each_face_is_subset_to_exactly_the_characters_of_its_roles(bundled, sample_document):
    texts = [(ELEMENT_ROLES[element], text, source) for element, text, source in sample_document.texts()]
    plan, _ = plan_fonts(texts, bundled)
    generated = {ord(ch) for ch in GENERATED_TEXT}
    used = {role: set(generated) for role in BUNDLED} | {"fangsong": set(generated)}
    for role, text, _ in texts:
        used[role].update(map(ord, text))
    assert {f.role for f in plan.fonts} == set(BUNDLED)
    songti = file_cmap(FONT_DIR / BUNDLED["songti"])
    # No 仿宋 face among the bundled ones: RK Songti, the fallback, takes the 仿宋 text and what others lack.
    expected_songti = used["songti"] | used["fangsong"]
    for font in plan.fonts:
        path = FONT_DIR / BUNDLED[font.role]
        if font.role != "songti":
            assert cmap(font.data) == used[font.role] & file_cmap(path), font.family
            expected_songti |= used[font.role] - file_cmap(path)
        assert len(font.data) < path.stat().st_size / 10
        assert font.format == ("truetype" if path.suffix == ".ttf" else "opentype")
        assert font.data[:4] == (b"\0\1\0\0" if font.format == "truetype" else b"OTTO")
        assert {0x20, 0x3000} <= cmap(font.data)  # spaces take their width from the font
    title = next(f for f in plan.fonts if f.role == "xiaobiaosong")
    assert ord("收") not in cmap(title.data)  # a body-only character is not embedded in the title face
    assert cmap(next(f for f in plan.fonts if f.role == "songti").data) == expected_songti & songti


def test_stacks_put_the_role_face_first_and_the_fallback_last(bundled):
    plan, _ = plan_fonts([("fangsong", "正文", None)], bundled)
    assert plan.stacks["heiti"] == ["rk-heiti", "rk-songti"]
    assert plan.stacks["kaiti"] == ["rk-kaiti", "rk-songti"]
    assert plan.stacks["songti"] == ["rk-songti"]
    assert len({f.family for f in plan.fonts}) == len(plan.fonts)


def test_fangsong_falls_back_to_songti_with_one_note(bundled):
    texts = [("fangsong", "第一段", Source("a.yaml", 1, 1)), ("fangsong", "第二段", Source("a.yaml", 2, 1))]
    plan, diagnostics = plan_fonts(texts, bundled)
    assert plan.stacks["fangsong"] == ["rk-songti"]
    notes = [d for d in diagnostics if "仿宋字体" in d.message]
    assert len(notes) == 1 and notes[0].severity == NOTE
    assert "RK Songti" in notes[0].message and "pip install ./plugins/reportkit-gbt9704-fonts-fandol" in notes[0].message
    assert not [d for d in diagnostics if "字符" in d.message]  # the fallback face sets 仿宋 text whole


def test_character_outside_every_face_warns_once_at_its_first_place(bundled):
    texts = [
        ("fangsong", "甲𪚥乙", Source("w.yaml", 3, 7)),
        ("heiti", "丙𪚥\ue000", Source("w.yaml", 9, 1)),
        ("fangsong", "\U0010FFFD", None),
    ]
    _, diagnostics = plan_fonts(texts, bundled)
    assert [d.format() for d in by_severity(diagnostics, WARNING)] == [
        "w.yaml:3:7: warning: 字符“𪚥”(U+2A6A5) 没有可用字体，PDF 中以“〓”代替（DOCX 照常保留）",
        "w.yaml:9:1: warning: 字符“\ue000”(U+E000) 没有可用字体，PDF 中以“〓”代替（DOCX 照常保留）",
        "warning: 字符“\U0010FFFD”(U+10FFFD) 没有可用字体，PDF 中以“〓”代替（DOCX 照常保留）",
    ]


def test_whitespace_and_controls_need_no_glyph(bundled):
    _, diagnostics = plan_fonts([("fangsong", "\t\n \u3000\u00a0\u200b\ufeff\x07字\ufe0f", Source("s.yaml", 1, 1))], bundled)
    assert not by_severity(diagnostics, WARNING)
    assert not [d for d in diagnostics if "字符" in d.message]


def test_rare_name_character_is_caught_by_the_fallback_with_a_note(bundled):
    _, diagnostics = plan_fonts([("heiti", "朱镕基", Source("r.yaml", 4, 9)), ("heiti", "镕", Source("r.yaml", 8, 1))], bundled)
    assert not by_severity(diagnostics, WARNING)
    (note,) = [d for d in diagnostics if "镕" in d.message]
    assert (note.severity, note.file, note.line, note.col) == (NOTE, "r.yaml", 4, 9)
    assert "U+9555" in note.message and "RK Heiti（黑体）" in note.message and "改用 RK Songti（宋体）显示" in note.message


def test_warm_plan_reuses_the_loaded_faces(bundled):
    text = "".join(map(chr, range(0x4E00, 0x4E00 + 3000)))
    plan_fonts([("fangsong", text, None)], bundled)
    before = fonts._load_cached.cache_info()
    plan, _ = plan_fonts([("fangsong", text + "。", None)], bundled)  # another document: surveyed and subset anew
    after = fonts._load_cached.cache_info()
    assert after.misses == before.misses and after.hits > before.hits
    assert len(cmap(plan.fonts[-1].data)) > 2500


# --- faces installed on the machine --------------------------------------------------------------------------------

def _renamed_copy(source: Path, target: Path, family: str, fs_type: int | None = None) -> Path:
    font = TTFont(source)
    for record in font["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = family
    if fs_type is not None:
        font["OS/2"].fsType = fs_type
    font.save(target)
    return target


@pytest.fixture
def font_dir(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("REPORTKIT_FONT_DIRS", str(tmp_path))
    fonts._scan.cache_clear()
    yield tmp_path
    fonts._scan.cache_clear()


def test_installed_official_face_is_found_by_its_family_name(font_dir, bundled):
    sub = font_dir / "sub"
    sub.mkdir()
    _renamed_copy(FONT_DIR / "rk-kaiti.ttf", sub / "wenkai-copy.ttf", "KaiTi")
    _renamed_copy(FONT_DIR / "rk-heiti.otf", font_dir / "simhei.ttf", "Not Hei")  # a file name is not a family
    _renamed_copy(FONT_DIR / "rk-heiti.otf", font_dir / "locked.otf", "SimHei", fs_type=0x0002)  # may not embed
    shutil.copy(FONT_DIR / "README.md", font_dir / "broken.ttf")
    found = [f for f in installed_faces() if font_dir in f.path.parents]
    assert [(f.name, f.role, f.path.name) for f in found] == [("KaiTi", "kaiti", "wenkai-copy.ttf")]
    assert found[0].priority > 10
    plan, _ = plan_fonts([("kaiti", "楷体", None)], bundled + found)
    kaiti = next(f for f in plan.fonts if f.role == "kaiti")
    assert TTFont(io.BytesIO(kaiti.data))["name"].getDebugName(1) == "KaiTi"


# --- the Fandol plugin ---------------------------------------------------------------------------------------------

def test_fandol_plugin_registers_fangsong(fandol):
    assert (fandol.name, fandol.role, fandol.priority) == ("FandolFang", "fangsong", 10)
    assert fandol.licence == "GPL-3.0 with font exception"
    assert fandol.path.is_file() and (fandol.path.parent / "COPYING").is_file()


def test_plan_prefers_fandol_for_fangsong_and_sets_what_it_lacks_in_kaiti(bundled, fandol):
    # Issue 8: a name character FandolFang lacks is set in the thin RK Kaiti, not the heavier RK Songti.
    plan, diagnostics = plan_fonts([("fangsong", f"主送机关：朱镕基{NAME_CHARS}", Source("f.yaml", 2, 3))],
                                   bundled + [fandol])
    assert plan.stacks["fangsong"] == ["rk-fangsong", "rk-kaiti", "rk-songti"]
    assert plan.stacks["kaiti"] == ["rk-kaiti", "rk-songti"]
    subset = {f.family: cmap(f.data) for f in plan.fonts}
    assert ord("主") in subset["rk-fangsong"] and ord("镕") not in subset["rk-fangsong"]
    assert {ord(c) for c in NAME_CHARS} <= subset["rk-kaiti"]
    assert not {ord(c) for c in NAME_CHARS} & subset["rk-songti"]
    assert not [d for d in diagnostics if "仿宋字体" in d.message]
    notes = {d.message[3] for d in diagnostics}
    assert notes == set(NAME_CHARS) and {d.severity for d in diagnostics} == {NOTE}
    (note,) = [d for d in diagnostics if "镕" in d.message]
    assert note.message == "字符“镕”(U+9555) 不在 FandolFang（仿宋）中，改用 RK Kaiti（楷体）显示"
    assert (note.file, note.line, note.col) == ("f.yaml", 2, 3)


def test_an_installed_kaiti_face_still_leaves_rk_kaiti_before_the_songti_fallback(font_dir, bundled, fandol):
    _renamed_copy(fandol.path, font_dir / "kaiti_gb2312.otf", "KaiTi_GB2312")  # a GB2312 face, like the real one
    faces = bundled + [fandol, *(f for f in installed_faces() if font_dir in f.path.parents)]
    plan, diagnostics = plan_fonts([("fangsong", "朱镕基", None), ("kaiti", "（一）堃", None)], faces)
    assert plan.stacks["fangsong"] == ["rk-fangsong", "rk-kaiti", plan.stacks["fangsong"][2], "rk-songti"]
    assert plan.stacks["kaiti"][1:] == plan.stacks["fangsong"][2:3] + ["rk-songti"]
    rk_kaiti = next(f for f in plan.fonts if f.family == plan.stacks["fangsong"][2])
    assert {ord("镕"), ord("堃")} <= cmap(rk_kaiti.data)
    assert sorted(d.message for d in diagnostics) == [
        "字符“堃”(U+5803) 不在 KaiTi_GB2312（楷体）中，改用 RK Kaiti（楷体）显示",
        "字符“镕”(U+9555) 不在 FandolFang（仿宋）中，改用 RK Kaiti（楷体）显示",
    ]


def test_fandol_plugin_is_an_entry_point_when_installed():
    try:
        dist = distribution("reportkit-gbt9704-fonts-fandol")
    except PackageNotFoundError:
        pytest.skip("reportkit-gbt9704-fonts-fandol is not installed")
    (ep,) = [ep for ep in dist.entry_points if ep.group == "reportkit"]
    assert (ep.name, ep.value) == ("fandol", "reportkit_fonts_fandol")
    assert callable(ep.load().register_fonts)


# --- coverage and exact places -------------------------------------------------------------------------------------

MIXED = [
    ("fangsong", "朱镕基𪚥", Source("m.yaml", 3, 7)),
    ("heiti", "一、堃\ue000", Source("m.yaml", 5, 1)),
    ("kaiti", "（一）喆", None),
    ("xiaobiaosong", "标题玥", Source("m.yaml", 1, 8)),
]


def test_coverage_reports_what_plan_fonts_reports_without_subsetting(bundled, fandol, monkeypatch):
    faces = bundled + [fandol]
    _, planned = plan_fonts(MIXED, faces)

    def refuse(*args):
        raise AssertionError("coverage must not subset")

    monkeypatch.setattr(fonts, "_subset", refuse)
    assert fonts.coverage(MIXED, faces) == planned
    assert [d.format() for d in planned] == [
        "m.yaml:3:7: note: 字符“镕”(U+9555) 不在 FandolFang（仿宋）中，改用 RK Kaiti（楷体）显示",
        "m.yaml:3:7: warning: 字符“𪚥”(U+2A6A5) 没有可用字体，PDF 中以“〓”代替（DOCX 照常保留）",
        "m.yaml:5:1: note: 字符“堃”(U+5803) 不在 RK Heiti（黑体）中，改用 RK Songti（宋体）显示",
        "m.yaml:5:1: warning: 字符“\ue000”(U+E000) 没有可用字体，PDF 中以“〓”代替（DOCX 照常保留）",
        "m.yaml:1:8: note: 字符“玥”(U+73A5) 不在 RK Xiaobiaosong（小标宋）中，改用 RK Songti（宋体）显示",
    ]


def test_coverage_places_each_character_in_the_file_it_was_read_from(bundled, fandol):
    text = "title: 标题玥\nother:\n  - 第一段没有生僻字，\n    第二行才有朱镕基𪚥。\n"
    texts = [("xiaobiaosong", "标题玥", Source("m.yaml", 1, 8)),
             ("fangsong", "第一段没有生僻字，第二行才有朱镕基𪚥。", Source("m.yaml", 3, 5)),
             ("heiti", "喆", Source("other.yaml", 9, 9))]
    found = [d.format() for d in fonts.coverage(texts, bundled + [fandol], {"m.yaml": text})]
    assert found == [
        "m.yaml:1:10: note: 字符“玥”(U+73A5) 不在 RK Xiaobiaosong（小标宋）中，改用 RK Songti（宋体）显示",
        "m.yaml:4:11: note: 字符“镕”(U+9555) 不在 FandolFang（仿宋）中，改用 RK Kaiti（楷体）显示",
        "m.yaml:4:13: warning: 字符“𪚥”(U+2A6A5) 没有可用字体，PDF 中以“〓”代替（DOCX 照常保留）",
        "other.yaml:9:9: note: 字符“喆”(U+5586) 不在 RK Heiti（黑体）中，改用 RK Songti（宋体）显示",  # no text: as it was
    ]


@pytest.mark.parametrize("text,source,where", [
    ("a: 甲乙堃丙\n", (1, 4), (1, 6)),  # the middle of the value's line
    ("k堃: 甲堃\n", (1, 5), (1, 6)),  # not the key before the value
    ("a: |\n  甲乙\n  丙堃\nb: 堃\n", (1, 4), (3, 4)),  # the second line of a block scalar
    ("a: >\n  # 堃\n", (1, 4), (2, 5)),  # in a block scalar "#" is text
    ("- 甲乙\n  丙丁堃\n- 堃\n", (1, 3), (2, 5)),  # a plain value wrapped over two lines
    ("a: 甲\r\n  乙堃\r\n", (1, 4), (2, 4)),
    ("a: 甲乙\nb: 堃\n", (1, 4), (1, 4)),  # the next value's character is not this one's
    ("a: 甲\n    # 堃 备注\nb: 乙\n", (1, 4), (1, 4)),  # nor a comment's
    ("a: \"\\u5803\"\n", (1, 4), (1, 4)),  # an escape: the value's start
    ("a: 甲\n", (7, 1), (7, 1)),  # a source past the end of the text
])
def test_exact_position_finds_the_character_inside_its_value(text, source, where):
    assert fonts.exact_position(text, Source("x.yaml", *source), "堃") == where


@pytest.mark.parametrize("paragraph", [
    "本年度收到申请人王堃等人的申请，均已按期答复。",  # 堃 in the middle of the line
    "|\n      本年度收到的申请均已按期答复。\n      其中申请人王堃的申请已转交。",  # on the second line of a block
])
def test_name_character_is_set_in_kaiti_and_noted_at_its_own_column(tmp_path, monkeypatch, fandol, paragraph):
    """Issue 8 point 10: 堃 in a 仿宋 paragraph comes from RK Kaiti, and the note points at 堃 itself."""
    import pdfplumber
    import reportkit_fonts_fandol
    from _reliability import data_file
    from reportkit.pipeline import build, check_file, choose_layout
    from reportkit.plugins import load_plugins
    from reportkit.renderers.pdf import render_pdf

    monkeypatch.setattr(fonts, "installed_faces", list)
    path = data_file(tmp_path, [paragraph], raw=True)
    number, line = next((n, text) for n, text in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if "堃" in text)
    plugins = load_plugins(reportkit_fonts_fandol, entry_point_group=None)
    validated = check_file(path, plugins)
    layout = choose_layout(validated, plugins.registry)
    document = build(validated, layout)
    texts = list(fonts.role_texts(document, layout))
    found = fonts.coverage(texts, plugins.registry.fonts, {validated.loaded.file: validated.loaded.text})
    (note,) = [d for d in found if "堃" in d.message]
    assert note.format() == (f"{path}:{number}:{line.index('堃') + 1}: note: "
                             "字符“堃”(U+5803) 不在 FandolFang（仿宋）中，改用 RK Kaiti（楷体）显示")

    out = render_pdf(document, layout, plugins.registry.fonts)
    assert not [d for d in out.diagnostics if "字符" in d.message]  # coverage is the pipeline's, not the renderer's
    with pdfplumber.open(io.BytesIO(out.data)) as pdf:
        chars = [c for page in pdf.pages for c in page.chars]
    (kun,) = [c for c in chars if c["text"] == "堃"]
    family = lambda c: c["fontname"].split("+")[-1].rsplit("-", 1)[0]  # noqa: E731 - without the subset's hash
    beside = {family(c) for c in chars if c is not kun and abs(c["top"] - kun["top"]) < 5}
    assert family(kun) == "rk-kaiti" and beside == {"rk-fangsong"}


# --- the survey is made once, and what font files hold is kept between runs (issue 14, cold start) ---------------

def test_a_render_surveys_the_fonts_once_for_its_check_and_both_pdf_engines(monkeypatch):
    """The glyph check of ``prepare`` and the PDF renderers used to survey the same texts and faces again."""
    from reportkit.pipeline import render_outputs
    from reportkit.plugins import load_plugins

    real, calls = fonts._survey, []
    monkeypatch.setattr(fonts, "_survey", lambda *args: calls.append(args) or real(*args))
    fonts._survey_cached.cache_clear()
    rendered = render_outputs(ROOT / "examples" / "sample-2021.yaml", load_plugins(), formats=("pdf", "pdf-typst"))
    assert rendered.files and len(calls) == 1


def test_a_changed_document_is_surveyed_anew(bundled):
    first, _ = plan_fonts([("heiti", "标题", None)], bundled)
    second, _ = plan_fonts([("heiti", "标题甲", None)], bundled)
    heiti = lambda plan: cmap(next(f.data for f in plan.fonts if f.family == "rk-heiti"))  # noqa: E731
    assert ord("甲") not in heiti(first) and ord("甲") in heiti(second)


def _forget_the_process_caches():
    for cached in (fonts._scan, fonts._facts_cached, fonts._survey_cached):
        cached.cache_clear()
    fonts._caches.clear()


def test_what_font_files_hold_is_read_once_and_kept_in_the_user_cache(font_dir, bundled, fandol, monkeypatch):
    _forget_the_process_caches()  # a first run with this test's empty cache folder
    _renamed_copy(FONT_DIR / "rk-kaiti.ttf", font_dir / "kaiti.ttf", "KaiTi")
    faces = bundled + [fandol]
    before = fonts.coverage(MIXED, faces + installed_faces())
    assert fonts.cache_file().is_file()

    def refuse(*args):
        raise AssertionError("a font file was read again")

    _forget_the_process_caches()  # a new run
    monkeypatch.setattr(fonts, "_official_faces", refuse)
    monkeypatch.setattr(fonts, "_examine", refuse)
    found = [f for f in installed_faces() if font_dir in f.path.parents]
    assert [(f.name, f.path.name) for f in found] == [("KaiTi", "kaiti.ttf")]
    assert fonts.coverage(MIXED, faces + found) == before


def test_a_font_file_changed_or_added_since_the_last_run_is_read_again(font_dir, bundled):
    _renamed_copy(FONT_DIR / "rk-kaiti.ttf", font_dir / "kaiti.ttf", "KaiTi")
    assert [f.name for f in installed_faces() if font_dir in f.path.parents] == ["KaiTi"]
    _forget_the_process_caches()
    _renamed_copy(FONT_DIR / "rk-kaiti.ttf", font_dir / "kaiti.ttf", "KaiTi_GB2312")  # replaced: another size or time
    _renamed_copy(FONT_DIR / "rk-heiti.otf", font_dir / "simhei.otf", "SimHei")
    found = {f.role: f.name for f in installed_faces() if font_dir in f.path.parents}
    assert found == {"kaiti": "KaiTi_GB2312", "heiti": "SimHei"}


def test_the_cache_forgets_font_files_changed_or_removed_since(font_dir, bundled):
    """Every run reads the whole cache file: facts of files that are gone must not pile up in it."""
    _renamed_copy(FONT_DIR / "rk-kaiti.ttf", font_dir / "kaiti.ttf", "KaiTi")
    _renamed_copy(FONT_DIR / "rk-heiti.otf", font_dir / "simhei.otf", "SimHei")
    fonts.coverage(MIXED, bundled + installed_faces())
    _forget_the_process_caches()
    cached = lambda: fonts.cache_file().read_text(encoding="utf-8")  # noqa: E731
    assert str(font_dir / "kaiti.ttf") in cached() and str(font_dir / "simhei.otf") in cached()
    (font_dir / "simhei.otf").unlink()
    _renamed_copy(FONT_DIR / "rk-kaiti.ttf", font_dir / "kaiti.ttf", "KaiTi_GB2312")  # replaced
    fonts.coverage(MIXED, bundled + installed_faces())
    tables = json.loads(cached())
    assert not any(str(font_dir / "simhei.otf") in key for table in tables.values() for key in table)
    stamp = font_dir / "kaiti.ttf"
    kaiti = [key for key in tables["scan"] if key.startswith(str(stamp) + "\0")]
    assert kaiti == [f"{stamp}\0{stamp.stat().st_mtime_ns}\0{stamp.stat().st_size}"]  # the new file's only


@pytest.mark.parametrize("spoil", ["unwritable", "damaged"])
def test_a_cache_that_cannot_be_written_or_read_only_costs_time(spoil, tmp_path, monkeypatch, bundled, fandol):
    blocker = tmp_path / "cache"
    if spoil == "unwritable":
        blocker.write_text("a file where the cache folder should be")
        monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
        fonts.cache_file().parent.mkdir(parents=True)
        fonts.cache_file().write_text('{"faces": {"x": 1}, "scan": [', encoding="utf-8")
    _forget_the_process_caches()
    expected = [
        "m.yaml:3:7: note: 字符“镕”(U+9555) 不在 FandolFang（仿宋）中，改用 RK Kaiti（楷体）显示",
        "m.yaml:3:7: warning: 字符“𪚥”(U+2A6A5) 没有可用字体，PDF 中以“〓”代替（DOCX 照常保留）",
    ]
    assert [d.format() for d in fonts.coverage(MIXED, bundled + [fandol])][:2] == expected
    _forget_the_process_caches()
    assert [d.format() for d in fonts.coverage(MIXED, bundled + [fandol])][:2] == expected


def test_a_character_map_the_cache_spoilt_is_read_again_and_older_cache_files_go(font_dir, bundled, fandol, monkeypatch):
    """The cache keeps each face's characters packed (CACHE_FORMAT 2); an entry that does not unpack is not
    trusted, and the file of the earlier format (ranges as JSON pairs, ~1 MB to parse on every run) is removed."""
    _forget_the_process_caches()
    older = fonts.cache_file().with_name("fonts-1.json")
    older.parent.mkdir(parents=True, exist_ok=True)
    older.write_text('{"faces": {}, "scan": {}}', encoding="utf-8")
    faces = bundled + [fandol]
    before = [d.format() for d in fonts.coverage(MIXED, faces)]
    assert not older.exists()
    tables = json.loads(fonts.cache_file().read_text(encoding="utf-8"))
    assert all(isinstance(entry["cmap"], str) for entry in tables["faces"].values())
    # Facts are kept under a file's real path: a virtual environment reached through a link names it otherwise.
    fandol_file = str(fandol.path.resolve())
    fandol_key = next(key for key in tables["faces"] if key.startswith(fandol_file + "\0"))
    tables["faces"][fandol_key]["cmap"] = "not base64!"
    fonts.cache_file().write_text(json.dumps(tables), encoding="utf-8")
    _forget_the_process_caches()
    examined = []
    real = fonts._examine
    monkeypatch.setattr(fonts, "_examine", lambda path, index: examined.append(path) or real(path, index))
    assert [d.format() for d in fonts.coverage(MIXED, faces)] == before
    assert examined == [fandol_file]


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names are always Unicode there")
def test_a_font_file_whose_name_is_not_utf8_is_used_and_kept_in_the_cache(font_dir, monkeypatch):
    """Sweep F1: 仿宋_GB2312.ttf copied from a Chinese Windows PC keeps its GBK name, which Python holds as
    surrogates; writing it into the cache crashed every validate, render and check, leaving a temporary file."""
    from click.testing import CliRunner

    from reportkit.cli import cli
    from reportkit.pipeline import render_outputs
    from reportkit.plugins import load_plugins

    _forget_the_process_caches()
    gbk = _renamed_copy(FONT_DIR / "rk-kaiti.ttf", font_dir / os.fsdecode("仿宋_GB2312".encode("gbk") + b".ttf"),
                        "仿宋_GB2312")
    sample = ROOT / "examples" / "sample-2021.yaml"
    validated = CliRunner().invoke(cli, ["validate", str(sample)], catch_exceptions=False)
    assert validated.exit_code == 0, validated.output
    for engine in ("pdf", "pdf-typst"):  # Typst named the file otherwise: KeyError
        assert len(render_outputs(sample, load_plugins(), formats=(engine,)).files) == 1
    assert [f.path for f in installed_faces() if f.role == "fangsong"] == [gbk]

    _forget_the_process_caches()  # a new run finds the file's facts in the cache under its own name
    monkeypatch.setattr(fonts, "_official_faces", lambda path: pytest.fail(f"{path} was read again"))
    assert [f.path for f in installed_faces() if f.role == "fangsong"] == [gbk]
    assert [p.name for p in fonts.cache_file().parent.glob("*.tmp")] == []


def test_a_cache_that_cannot_be_put_in_place_leaves_no_temporary_file(bundled, fandol):
    _forget_the_process_caches()
    fonts.cache_file().mkdir(parents=True)  # a folder holds the cache's name: the temporary file cannot replace it
    fonts.coverage(MIXED, bundled + [fandol])
    assert [p.name for p in fonts.cache_file().parent.iterdir()] == [fonts.cache_file().name]
