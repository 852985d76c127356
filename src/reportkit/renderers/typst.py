"""PDF output through Typst (the ``typst`` wheel: no system library, pip-only on every OS).

The engine reads the same block tree, layout geometry and font plan as the WeasyPrint
renderer. ``templates/gbt9704/document.typ`` draws every kind of block; the document's texts
reach it only as JSON data in ``sys.inputs`` and are shown as strings, never parsed as markup.
Typst's root is a temporary folder holding only that source and the planned font subsets, and
it sees no system font and none of its own: nothing else on the machine can be read or used.
"""
from __future__ import annotations

import dataclasses
import json
import tempfile
from functools import lru_cache
from pathlib import Path

import typst

from ..blocks import Document
from ..errors import WARNING, Diagnostic, RenderError
from ..fonts import FontPlan, dash_metrics, plan_fonts, role_texts
from ..layout import AUTOSPACED, Layout
from ..registry import FontFace, RenderOutput
from ..resources import templates_dir

TEMPLATE = templates_dir() / "gbt9704" / "document.typ"
#: The texts the WeasyPrint template sets with its ``autospace`` filter, by block kind (and every cell's):
#: they reach Typst as :func:`_runs`.
SPACED = {"Title": ("text",), "Addressee": ("line",), "Heading": ("text",), "Paragraph": ("text",),
          "Table": ("caption",), "AttachmentNote": ("items",), "Signature": ("organs", "date"), "Attachment": ("title",)}
#: Values of ``--pdf-standard`` (Typst's names); PDF/A needs the title and language, which every document has.
PDF_STANDARDS = ("a-2b",)


def render_typst(document: Document, layout: Layout, fonts: list[FontFace], pdf_standard: str | None = None) -> RenderOutput:
    """Typeset ``document`` with ``layout`` through Typst; its warnings come back as diagnostics."""
    plan, _ = plan_fonts(role_texts(document, layout), fonts)
    with tempfile.TemporaryDirectory(prefix="reportkit-typst-") as tmp:
        root = Path(tmp)
        (root / "fonts").mkdir()
        for i, font in enumerate(plan.fonts):
            (root / "fonts" / f"{i}.{'otf' if font.format == 'opentype' else 'ttf'}").write_bytes(font.data)
        main = root / "main.typ"
        main.write_text(_source(), encoding="utf-8")
        faces = typst.Fonts(include_system_fonts=False, include_embedded_fonts=False, font_paths=[str(root / "fonts")])
        families = {Path(info.path).name: info.family for info in faces.fonts()}
        names = {font.family: families.get(f"{i}.{'otf' if font.format == 'opentype' else 'ttf'}")
                 for i, font in enumerate(plan.fonts)}
        data = _data(document, layout, plan, names)
        try:
            compiler = typst.Compiler(str(main), root=str(root), font_paths=faces, ignore_system_fonts=True)
            pdf, warnings = compiler.compile_with_warnings(
                format="pdf", sys_inputs={"data": json.dumps(data, ensure_ascii=False)},
                pdf_standards=[pdf_standard] if pdf_standard else [], timestamp=0)
        except typst.TypstError as exc:
            raise RenderError(f"PDF 引擎 Typst 未能排版：{exc.message}") from None
    diagnostics = [Diagnostic(WARNING, f"PDF 引擎 Typst: {w.message}") for w in warnings]
    return RenderOutput(data=pdf, diagnostics=diagnostics)


@lru_cache(maxsize=None)
def _source() -> str:
    return TEMPLATE.read_text(encoding="utf-8")


def _data(document: Document, layout: Layout, plan: FontPlan, names: dict[str, str | None]) -> dict:
    """The document, geometry and font stacks as plain JSON values for the template."""
    g = layout.geometry
    # Floored to 1/100 pt as in the WeasyPrint template: rounded up, a line holds one character less.
    tracking = int((g.char_pitch_pt - g.body_size_pt) * 100) / 100
    geometry = dataclasses.asdict(g) | {"line_pitch_pt": g.line_pitch_pt, "tracking_pt": tracking}
    stacks = {role: [names[f] for f in [*plan.stacks.get(role, []), *plan.stacks.get("fallback", [])] if names.get(f)]
              for role in {*layout.roles.values()}}
    fonts = {element: _dedupe(stacks[role]) or ["serif"] for element, role in layout.roles.items()}
    return {
        "title": document.title.replace("\n", ""),
        "author": [document.author] if document.author else [],
        "subject": document.subject or None,
        "keywords": list(document.keywords),
        "lang": document.lang,
        "draft": document.draft,
        "geometry": geometry,
        "fonts": fonts,
        "dash_ink_pt": _dash_ink(plan, layout.roles["page_number"], g.page_number_size_pt),
        "unnumbered": [],
        "pushed": [],
        "blocks": _blocks(document.blocks),
    }


def _dedupe(items: list) -> list:
    return list(dict.fromkeys(items))


def _blocks(blocks) -> list[dict]:
    """The blocks as JSON; a signature and the 附件说明 just before it become the ``tail`` of the
    paragraph before them, which carries them (templates/gbt9704/document.typ, ``carrying-par``)."""
    out = [_block(b) for b in blocks]
    for i, block in enumerate(out):
        if block["kind"] != "Signature":
            continue
        start = i
        while start > 0 and out[start - 1]["kind"] == "AttachmentNote":
            start -= 1
        if start > 0 and out[start - 1]["kind"] == "Paragraph":
            out[start - 1]["tail"] = out[start:i + 1]
            out[start:i + 1] = [None] * (i + 1 - start)
    return [b for b in out if b is not None]


def _block(block) -> dict:
    """A block as JSON: its fields plus ``kind``; derived lines (addressee, imprint) included."""
    out = {"kind": type(block).__name__}
    for f in dataclasses.fields(block):
        if f.name == "source":
            continue
        value = getattr(block, f.name)
        if f.name == "blocks":
            value = _blocks(value)
        elif f.name == "rows":
            value = [[{k: v for k, v in dataclasses.asdict(c).items() if k != "source"} | {"text": _runs(c.text)}
                      for c in row] for row in value]
        out[f.name] = value
    for name in ("line", "copy_line", "date_line"):
        if hasattr(block, name):
            out[name] = getattr(block, name)
    for name in SPACED.get(out["kind"], ()):
        if isinstance(out[name], list):
            out[name] = [_runs(v) for v in out[name]]
        elif out[name] is not None:
            out[name] = _runs(out[name])
    return out


def _runs(text: str) -> list[str]:
    """``text`` cut at each boundary between Chinese and digits or Latin letters (layout.AUTOSPACED): the
    template puts ``Geometry.autospace_em`` of weak spacing between the pieces, which Typst drops at a
    line's start and end, as cjk_justify does for the WeasyPrint PDF; no character is added (issue 9)."""
    cuts = [0, *(m.start() for m in AUTOSPACED.finditer(text)), len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:])]


def _dash_ink(plan: FontPlan, role: str, size_pt: float) -> float:
    """How far above the baseline the 一字线 (U+2014) of the page number begins to ink, in points."""
    metrics = dash_metrics(plan, role)
    return metrics[2] * size_pt if metrics else 0.0
