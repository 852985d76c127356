"""Import a published report (DOCX, web page, PDF, or a plugin's format) back into reportkit data.

An importer reads one source format into :class:`.source.Published` (paragraphs and
grids); :func:`.annual.map_annual` maps that to data, the same for every format;
:func:`write_data` writes the YAML with what could not be mapped listed at its top.
Importers are contributed on the ``register_importers`` hook.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from ..errors import ERROR, NOTE, Diagnostic, InvalidData, PluginError, ReportkitError
from ..file_kinds import (CONVERTED_AS, MAX_IMPORT_BYTES, MAX_PAGE_BYTES, MAX_TEXT_BYTES, READ_AS, content_kind,
                          megabytes, office_kind, out_of_memory, pdf_encrypted, unknown_content, ZEROS)
from ..narrative import PLACEHOLDER
from ..plugins import Plugins
from ..write import clipped, readable, reason, special, write_all
from ..yaml_text import scalar
from . import libreoffice
from .annual import NotAnnualReport, map_annual
from .documents import KINDS, map_document
from .folder import windows_name
from .frame import Finding, Imported
from .source import Published


@dataclass
class ImportResult:
    """One imported file: where its data went, what could not be mapped, how the data validates."""

    source: Path
    target: Path | None = None
    imported: Imported | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return self.imported.findings if self.imported else []

    @property
    def ok(self) -> bool:
        return not any(d.severity == ERROR for d in self.diagnostics)


def importer_for(path: Path, plugins: Plugins):
    """The registered importer of ``path``'s suffix with the highest priority, or None."""
    suffix = path.suffix.lower()
    found = [i for i in plugins.registry.importers if suffix in i.suffixes]
    return max(found, key=lambda i: i.priority, default=None)


#: Formats reports are published in that no importer reads, and what to do with them (``check`` lists them too):
#: reports are also sent in archives (``check`` reads a zip's itself).
CONVERTIBLE = {".doc": "旧版 Word 文件请先用 Word 或 WPS 另存为 .docx", ".wps": "WPS 文件请先用 WPS 另存为 .docx",
               ".rtf": "RTF 文件请先用 Word 或 WPS 另存为 .docx", ".ofd": "OFD 文件请先用 OFD 阅读器导出为 PDF",
               ".zip": "压缩包请先解压，再导入解压出的文件（reportkit check 能直接检查 .zip 里的报告）",
               **dict.fromkeys((".rar", ".7z"), "RAR、7z 压缩包请先解压（解压到要检查的文件夹里），再检查或导入解压出的文件")}


def plugin_sections(plugins: Plugins) -> tuple:
    """The annual report's plugin sections, each with the package ``plugins:`` names it by: its distribution, or
    for a plugin not installed as one (registered in a test) the package of its settings, else None (not named)."""
    registry = plugins.registry

    def package(section) -> str | None:
        plugin = registry.plugin_of(section)
        settings = registry.settings_of(plugin)
        return registry.package_of.get(plugin) or (settings.package if settings else None)

    return tuple((s, package(s)) for s in registry.sections if s.kind == "annual-report")


#: What a file of each built-in suffix should hold (:func:`content_kind`'s names); one found to hold
#: another kind that :data:`READ_AS` names is read as that kind.
_HOLDS = {".docx": "docx", ".html": "html", ".htm": "html", ".shtml": "html", ".mht": "mhtml", ".mhtml": "mhtml",
          ".pdf": "pdf", **dict.fromkeys(libreoffice.SUFFIXES, "word")}


class NeedsLibreOffice(ReportkitError):
    """An old Word, WPS or RTF file, and no LibreOffice to convert it."""


@dataclass(frozen=True)
class Reading:
    """How a file was read: by ``importer`` (the DOCX one after LibreOffice ``converted`` it), or, ``holds`` set,
    as the kind of :data:`READ_AS` its content is rather than what its suffix says (a web page named ``.doc``)."""

    importer: object
    converted: bool = False
    holds: str = ""

    @property
    def kind(self) -> tuple[str, str]:
        """The suffix and the name in messages of what the file holds (:data:`READ_AS`, :data:`CONVERTED_AS`), the
        name after a space where it starts in Latin letters (“内容是 DOCX 文档”)."""
        suffix, name = {**READ_AS, **CONVERTED_AS}[self.holds]
        return suffix, f"{' ' * name[0].isascii()}{name}"

    def mislabelled(self, path: Path) -> str:
        """What ``path`` holds against its suffix, as a clause for messages; "" when they agree."""
        return f"文件内容是{self.kind[1]}，扩展名却是 {path.suffix}" if self.holds else ""


def read_published(path: Path, plugins: Plugins) -> tuple[Published, Reading]:
    """Read ``path`` with the importer of what it holds: of its suffix, of its content when that is another
    (:data:`READ_AS`), or (an old Word, WPS or RTF file, whatever its suffix) the DOCX one on what LibreOffice makes
    of it when it is installed (:mod:`.libreoffice`); an unreadable file is a :class:`ReportkitError` in one line."""
    importer = importer_for(path, plugins)
    suffix = path.suffix.lower()
    fix = CONVERTIBLE.get(suffix, "")
    advice = f"；{fix}" if fix else ""
    known = "、".join(sorted({s for i in plugins.registry.importers for s in i.suffixes}))
    if importer is None and suffix not in libreoffice.SUFFIXES:
        raise ReportkitError(f"{path}: 不能导入这种文件：可导入 {known}（扩展名须相符）{advice}")
    if not path.exists():  # a link to a file that is gone
        raise ReportkitError(f"{path}: 文件不存在（或是指向已不存在的文件的链接）")
    if kind := special(path):  # its size is 0, and reading it waits for ever
        raise ReportkitError(f"{path}: 这是一个{kind}，不是报告文件，无法导入：请给出报告文件（如 .docx、.pdf）")
    size = path.stat().st_size
    if size == 0:
        raise ReportkitError(f"{path}: 文件是空的（0 字节），无法导入：请重新下载或另存这份报告")
    if size > MAX_IMPORT_BYTES:  # reading it would take minutes, and more memory than most machines have
        raise ReportkitError(f"{path}: 文件有 {megabytes(size)}，超过 reportkit 导入的上限 {megabytes(MAX_IMPORT_BYTES)}"
                             "（发布的年度报告一般不到 50 MB），未导入：请确认选对了文件；是扫描件的，请向发布机关要 DOCX、"
                             "PDF 或网页版")
    try:
        kind = content_kind(path) if suffix in _HOLDS else ""
        seems = "" if kind else unknown_content(path)
    except OSError as exc:
        raise ReportkitError(f"{path}: 无法读取（{reason(exc)}）：请确认文件可以打开") from None
    content = _Content(suffix, size, kind, seems)
    for check in (*_CHECKS.get(suffix, (_unknown,)), _large_page):
        if refusal := check(content):
            raise ReportkitError(f"{path}: {refusal}")
    if kind == "locked":  # not an old Word file: LibreOffice would fail on it without saying why
        raise ReportkitError(f"{path}: {_LOCKED['office']}")
    if kind == "docx":
        _refuse_other_zip(path)
    if kind in READ_AS and kind != _HOLDS[suffix]:
        reading = Reading(importer_for(path.with_suffix(READ_AS[kind][0]), plugins), holds=kind)
        return _read(reading.importer, path, path, plugins, reading.mislabelled(path)), reading
    held = kind if kind in CONVERTED_AS and suffix not in libreoffice.SUFFIXES else ""  # e.g. a .doc named .docx
    if importer is not None and not held:
        return _read(importer, path, path, plugins), Reading(importer)
    if kind not in CONVERTED_AS:
        raise ReportkitError(f"{path}: 文件内容不是 Word、WPS、RTF 格式，也不是网页、DOCX 或 PDF（可能已损坏，或扩展名与格式"
                             f"不符），未导入：请确认文件完整{advice}")
    reading = Reading(importer_for(path.with_suffix(".docx"), plugins), converted=True, holds=held)
    if held:  # said in every message: LibreOffice's failure on a .docx would puzzle without it
        fix = f"{reading.mislabelled(path)}，可用 Word 或 WPS 打开它，另存为 .docx 后导入"
    office = libreoffice.soffice()
    if office is None and held:
        raise NeedsLibreOffice(f"{path}: {reading.mislabelled(path)}，未导入：这种文件要由 LibreOffice 转换后导入，没有找到 "
                               "LibreOffice：请安装 LibreOffice（reportkit 会自动转换），或用 Word 或 WPS 打开它，另存为 .docx")
    if office is None:
        raise NeedsLibreOffice(f"{path}: 不能导入这种文件：可导入 {known}（扩展名须相符）；没有找到 LibreOffice（安装 "
                               f"LibreOffice 后，reportkit 能自动把它转换为 .docx 再导入）{advice}")
    with libreoffice.converted(path, office, fix) as docx:
        return _read(reading.importer, docx, path, plugins, reading.mislabelled(path)), reading


class _Content(NamedTuple):
    """What :func:`read_published` found of a file before reading it: its suffix, size, :func:`.content_kind` and
    (of no kind it knows) :func:`.unknown_content`."""

    suffix: str
    size: int
    kind: str
    seems: str


def _unknown(content: _Content) -> str:
    """No reader can make anything of zero bytes or binary data, and some would take minutes."""
    return f"{content.seems}，不是报告，未导入：请重新下载这份报告，或确认选对了文件" if content.seems else ""


def _zeros(content: _Content) -> str:
    """:func:`_unknown` of zero bytes only: other content of a .docx is told by :func:`_no_docx`."""
    return _unknown(content) if content.seems == ZEROS else ""


def _no_docx(content: _Content) -> str:
    return "" if content.kind else (  # a DOCX is a zip file, which starts so
        "文件内容不是 DOCX（DOCX 文件是 zip 压缩包，这个文件不是），也不是网页、PDF 或旧版 Word、WPS、RTF 文件，未导入："
        "可能下载不完整或已损坏，请重新下载，或用 Word、WPS 打开后另存为 .docx")


def _no_pdf(content: _Content) -> str:
    return "" if content.kind else (  # a PDF says so in its first 1 KB
        "文件内容不是 PDF（PDF 文件开头有 %PDF- 标记，这个文件没有），也不是网页、DOCX 或旧版 Word、WPS、RTF 文件，未导入："
        "可能下载不完整或已损坏，请重新下载，或用 PDF 阅读器打开后另存一份")


def _long_text(content: _Content) -> str:
    return "" if content.size <= MAX_TEXT_BYTES else (
        f"纯文本文件有 {megabytes(content.size)}，超过 reportkit 导入纯文本的上限 {megabytes(MAX_TEXT_BYTES)}（年度报告的"
        "文字一般不到 1 MB，这样大的文本要读很久），未导入：请确认选对了文件")


def _large_page(content: _Content) -> str:
    """A web page, by its content or (of no kind known) its suffix, over :data:`.MAX_PAGE_BYTES`."""
    page = (content.kind or _HOLDS.get(content.suffix)) in ("html", "mhtml")
    return "" if not page or content.size <= MAX_PAGE_BYTES else (
        f"网页文件有 {megabytes(content.size)}，超过 reportkit 导入网页的上限 {megabytes(MAX_PAGE_BYTES)}（年度报告的网页一般不到 "
        "1 MB，连同存在网页里的图片一般不到 30 MB），未导入：请确认选对了文件；网页里存了大量图片的，请用浏览器另存为"
        "“网页，仅 HTML”后再导入")


#: The refusals of a file's content by its suffix, in order (any other suffix: :func:`_unknown`), before
#: :func:`_large_page` for all: a .docx that is no zip is told as a damaged DOCX, whatever else it holds.
_CHECKS = {".docx": (_zeros, _no_docx), ".pdf": (_unknown, _no_pdf), ".txt": (_unknown, _long_text)}


def _refuse_other_zip(path: Path) -> None:
    """Raise for a zip read as a DOCX that holds no Word document (a report's pictures zipped up, a workbook): it is
    not the damaged DOCX the reader would take it for. One cut short is left to the reader, which says so."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = [info.filename for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, OSError):
        return
    office = office_kind(names)
    if office and office[1] != ".docx":
        raise ReportkitError(f"{path}: 这是 {office[0]}，扩展名却是 {path.suffix}，不是报告，未导入：请把扩展名改回 {office[1]}"
                             "（统计表工作簿请用 reportkit tables import 写入数据文件）")
    if not any(name.startswith("word/") for name in names):
        held = f"只有 {'、'.join(name.rsplit('/', 1)[-1] for name in names[:3])}{' 等' if len(names) > 3 else ''}" if names else "是空的"
        raise ReportkitError(f"{path}: 文件是 zip 压缩包，里面没有 Word 文档（{held}），不是 DOCX，未导入：请把扩展名改为 .zip，"
                             "用解压软件打开看看；是报告的图片、扫描件的，请向发布机关要 DOCX、PDF 或网页版")


#: A file with an open password: reportkit has no password to open it with.
_LOCKED = {
    "office": "文件设了打开密码（已加密），reportkit 打不开，未导入：请向发布机关要一份没有密码的文件，或用 Word、WPS "
              "输入密码打开后取消密码，另存为 .docx 再导入",
    "pdf": "PDF 文件设了打开密码（已加密），reportkit 打不开，未导入：请向发布机关要一份没有密码的 PDF，或用 PDF 阅读器"
           "输入密码打开后另存一份没有密码的再导入",
}

#: What a built-in format's file is when the library reading it fails inside it: damaged, most often cut short.
_DAMAGED = {
    "docx": "DOCX 文件已损坏或不完整（里面的压缩内容读不出来，多半是没有下载完或复制时中断），未导入：请重新下载，"
            "或用 Word、WPS 打开后另存为 .docx 再导入",
    "pdf": "PDF 文件已损坏或不完整（多半是没有下载完或复制时中断），未导入：请重新下载，或用 PDF 阅读器打开后另存一份再导入",
    "mhtml": "网页存档已损坏或不完整，未导入：请在浏览器里重新打开这个网页，另存为网页（.html）再导入",
}


def _raised_in(exc: BaseException) -> str:
    """The top package of the code ``exc`` was raised in: ``reportkit``, an importer's own (a plugin's), or a library's
    reading the file (zip, XML, PDF parsers), where it is the file's fault."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return "" if tb is None else str(tb.tb_frame.f_globals.get("__name__", "")).split(".")[0]


def _whom(plugins: Plugins, importer) -> str:
    """Whom a fault met importing a file with ``importer`` is reported to, in Chinese."""
    plugin = plugins.registry.plugin_of(importer)
    return "开发者" if plugin.startswith("reportkit.") else f"插件 {plugin}（它读出了这个文件的内容）的作者或 reportkit 的开发者"


def _read(importer, file: Path, path: Path, plugins: Plugins, mislabelled: str = "") -> Published:
    """``file`` read by ``importer``, named ``path`` (the report it was converted from) in messages; ``mislabelled``:
    what ``path`` holds against its suffix (:meth:`Reading.mislabelled`), said when it cannot be read."""
    try:
        published = importer.read(file)
    except ReportkitError as exc:
        exc.message = exc.message.replace(str(file), str(path))
        raise
    except MemoryError:  # a large file where memory is short (a small machine, a limit on the process's memory)
        raise ReportkitError(f"{path}: {out_of_memory(path, '未导入')}") from None
    except Exception as exc:  # a damaged or mislabelled file: the readers raise many kinds of errors
        if isinstance(exc, OSError) and exc.errno is not None:  # the system's, not the content's (was “PermissionError: …”)
            raise ReportkitError(f"{path}: 无法读取（{reason(exc, reading=True)}）：请检查文件的权限，或确认文件仍在原处") from None
        how = f"{mislabelled}，按其内容读取：" if mislabelled else ""
        raised = _raised_in(exc)
        theirs = raised == str(getattr(importer.read, "__module__", "")).split(".")[0] != "reportkit"
        library = raised != "reportkit" and not theirs
        if importer.format in _DAMAGED and library:
            if importer.format == "pdf" and pdf_encrypted(file):  # opened without a password, it fails as damaged
                raise ReportkitError(f"{path}: {how}{_LOCKED['pdf']}") from None
            raise ReportkitError(f"{path}: {how}{_DAMAGED[importer.format]}") from None
        why = f"{type(exc).__name__}: {' '.join(str(exc).replace(str(file), path.name).split())[:120]}"
        if theirs:  # the plugin's own code failed on what it read: its fault, whatever the file
            plugin = plugins.registry.plugin_of(importer)
            raise ReportkitError(f"{path}: {how}插件 {plugin} 读取这个文件时出现内部错误（{why}），未写出数据文件：请把这个文件"
                                 f"报告给插件 {plugin} 的作者") from None
        if not library:  # reportkit's own code failed on what it read: its fault, whatever the file
            raise ReportkitError(f"{path}: {how}reportkit 读取这个文件时出现内部错误（{why}），未写出数据文件：请把这个文件"
                                 f"报告给{_whom(plugins, importer)}") from None
        raise ReportkitError(f"{path}: {how}无法读取（{why}）：请确认文件完整、能用办公软件打开，且扩展名与格式相符") from None
    if not isinstance(published, Published):  # else mapping fails, blaming reportkit
        raise PluginError(plugins.registry.plugin_of(importer), f"导入格式 {importer.format} 读 {path} 返回了 "
                          f"{type(published).__name__}，应为 reportkit.importers.source.Published：未写出数据文件")
    published.file = str(path)
    return published


def data_files(files: list[Path], outdir: str | Path | None = None) -> dict[Path, Path]:
    """The data file of each of ``files``, in ``outdir`` or beside it: ``<stem>.yaml``, or ``<name>.yaml`` (as
    ``check`` names them) for files that would share one, like a report's ``年报.html`` and ``年报.pdf``, and
    ``<name>-2.yaml`` … after the first of those that would still share one. Names are as Windows takes them
    (:func:`.folder.windows_name`: ``年报:终稿?.pdf`` writes ``年报_终稿_.yaml``, ``CON.html`` ``CON_.yaml``) and
    apart though case is not told (Windows and macOS do not); a stem too long for the file system with ``.yaml`` after it is cut
    (:func:`..write.clipped`)."""
    def key(target: Path) -> tuple[Path, str]:
        return target.parent.resolve(), target.name.casefold()

    plain = {path: Path(outdir if outdir is not None else path.parent) / (clipped(windows_name(path.stem)) + ".yaml")
             for path in files}
    sources: dict[tuple, set[Path]] = {}
    for path, target in plain.items():
        sources.setdefault(key(target), set()).add(path.resolve())  # a file given twice shares with no other
    named, taken = {}, {}
    for path, target in plain.items():
        if len(sources[key(target)]) > 1:
            target = target.with_name(f"{target.stem}{windows_name(path.suffix)}.yaml")
        found, n = target, 1
        while taken.setdefault(key(found), path.resolve()) != path.resolve():
            n += 1
            found = target.with_name(f"{target.stem}-{n}.yaml")
        named[path] = found
    return named


def import_file(path: str | Path, plugins: Plugins, *, outdir: str | Path | None = None,
                target: str | Path | None = None, draft: bool = False, previous=None,
                blank_as_zero: bool = False, overwrite: bool = True, documents: bool = False) -> ImportResult:
    """Read, map, write ``OUTDIR/<stem>.yaml`` (or ``target``) and validate it as ``reportkit validate``
    would (with ``previous``, a :class:`..previous.PreviousReports`, across years too); ``blank_as_zero``
    reads a statistics table's blank cells as 0 (:func:`.annual.map_annual`). Unless ``overwrite``, a data
    file already there with other contents (a clerk may have filled it in) is kept and the import refused. A work
    summary or plan (its title says so) is refused as no annual report, unless ``documents``: then it is imported as
    its kind (:mod:`.documents`)."""
    from ..pipeline import prepare

    path = Path(path)
    result = ImportResult(path)
    published, reading = read_published(path, plugins)
    result.target = Path(target) if target is not None else data_files([path], outdir)[path]
    if result.target.resolve() == path.resolve():
        raise ReportkitError(f"{path}: 导入结果会覆盖原文件：请用 -o 指定另一个文件夹")
    try:
        result.imported = map_annual(published, blank_as_zero=blank_as_zero, sections=plugin_sections(plugins))
        document = KINDS.get(result.imported.other_kind) if documents else None
        if document:
            result.imported = map_document(published, document)
        read_masthead(result.imported, plugins)
        data = write_data(result.imported, path, reading).encode("utf-8")
    except MemoryError:  # no bug: the file read, its mapping took the memory left
        raise ReportkitError(f"{path}: {out_of_memory(path, '未写出数据文件')}") from None
    except Exception as exc:  # a bug of reportkit's with this report: one line, and the other files go on
        raise ReportkitError(f"{path}: reportkit 导入这个文件时出现内部错误（{type(exc).__name__}: "
                             f"{' '.join(str(exc).split())[:120]}），未写出数据文件：请把这个文件报告给"
                             f"{_whom(plugins, reading.importer)}") from None
    if result.imported.other_kind in KINDS:
        raise NotAnnualReport(f"{path}: 标题说明这是{result.imported.other_kind}，不是政府信息公开工作年度报告，未写出数据文件："
                             "这里只读年度报告（工作方案、工作总结请用 reportkit import 导入）")
    if result.imported.other_kind:
        raise NotAnnualReport(f"{path}: 标题说明这是{result.imported.other_kind}，不是政府信息公开工作年度报告，未写出数据文件："
                             "只能导入年度报告、工作方案和工作总结")
    if not result.imported.recognized:
        held = f"{reading.mislabelled(path)}，按其内容读取后" if reading.holds else ""
        raise NotAnnualReport(f"{path}: {held}没有找到年度报告的任何一个部分（“一、总体情况”等）或统计表，未写出数据文件："
                             f"这份文件可能不是政府信息公开工作年度报告（只能导入年度报告，以及标题写明是工作方案、工作总结的文件），或者网页另存时没有存下正文")
    if not overwrite and _differs(result.target, data):
        raise ReportkitError(f"{path}: {result.target} 已经存在，内容与这次导入的不同（可能已经补填过），未覆盖："
                             "要重新导入，请先把它改名或删除，或者加 --overwrite，或用 -o 写到别处")
    write_all({result.target: data})
    try:
        prepared = prepare(result.target, plugins, draft=draft, formats=("docx",), previous=previous)
        result.diagnostics = prepared.diagnostics.items
    except InvalidData as exc:
        result.diagnostics = exc.diagnostics
    except MemoryError:  # the data file is written: only its check is left undone
        result.diagnostics = [Diagnostic(ERROR, out_of_memory(path, "导入的数据未校验"), str(path))]
    places = "“第几段”“第几个表格”按转换成的 DOCX 计，与 Word、WPS 中所见的一般相同"
    if reading.holds:  # one note, saying the places' count too when it was converted
        how = f"已经 LibreOffice 转换为 DOCX 后导入（{places}）" if reading.converted else f"已按{reading.kind[1]}导入"
        result.diagnostics.insert(0, Diagnostic(NOTE, f"{reading.mislabelled(path)}：{how}；把扩展名改为 {reading.kind[0]} "
                                                      "更妥当（别的软件也才能认出它）", str(path), rule="import-mislabelled"))
    elif reading.converted:  # said once: the places found are those of the converted DOCX
        result.diagnostics.insert(0, Diagnostic(NOTE, f"经 LibreOffice 转换为 DOCX 后导入：{places}", str(path),
                                                rule="import-converted"))
    return result


#: What the mapping's findings on a 版头 and 版记 add where no plugin reads them.
_UNREAD_MASTHEAD = "：装上 reportkit-gbt9704-redhead 插件再导入，版头和版记会读进它的设置（layout: redhead），重新排版时照样印出"


def read_masthead(imported: Imported, plugins: Plugins) -> None:
    """The 版头 and 版记 the mapping left out (:attr:`.frame.Imported.masthead`, ``imprint``) offered to the plugins
    (hook ``read_masthead``), in :meth:`..plugins.Plugins.implementations` order: the first that reads them gives the data
    its keys for them (a layout, its settings under ``plugins:``), and its findings (at the line whose value they quote,
    :meth:`.frame.Imported.line_place`) replace the mapping's. A plugin that fails is a
    finding naming it. Where no plugin reads them, the mapping's first finding of each part says which would."""
    parts = {"masthead": imported.masthead, "imprint": imported.imprint}
    if not any(parts.values()):
        return
    impls = plugins.implementations("read_masthead")
    left = [finding for lines in parts.values() for _, finding in lines[:1]]
    if not impls:
        for finding in left:
            finding.message += _UNREAD_MASTHEAD
    for impl in impls:
        found: list[Finding] = []

        def find(part: str, message: str) -> None:
            found.append(Finding(imported.line_place(part, message), message, "skipped"))
        arguments = {"masthead": [line for line, _ in imported.masthead], "imprint": [line for line, _ in imported.imprint],
                     "find": find}
        try:
            read = impl.function(**{arg: arguments[arg] for arg in impl.argnames})
            if not isinstance(read, (dict, type(None))):
                raise TypeError(f"返回了 {type(read).__name__}，应为 dict 或 None")
        except Exception as exc:  # a plugin's fault: the 版头 and 版记 stay left out, and the next plugin may read them
            imported.findings.append(Finding(left[0].place, f"插件 {impl.plugin_name} 读版头和版记时出错（{type(exc).__name__}: "
                                                            f"{' '.join(str(exc).split())[:120]}），版头和版记未导入：请报告给插件的作者",
                                             "skipped"))
            continue
        if read is None:  # another plugin's to read
            continue
        said = {id(finding) for lines in parts.values() for _, finding in lines}
        at = next(k for k, finding in enumerate(imported.findings) if id(finding) in said)
        imported.findings[at:] = found + [f for f in imported.findings[at:] if id(f) not in said]
        declared = imported.data.pop("plugins", {})
        settings = {**(dict.fromkeys(declared, {}) if isinstance(declared, list) else declared), **read.get("plugins", {})}
        keys = {key: value for key, value in read.items() if key != "plugins"}
        imported.data = {**keys, **({"plugins": settings} if settings else {}), **imported.data}
        return


def _differs(target: Path, data: bytes) -> bool:
    """Whether ``target`` holds something other than ``data`` (a folder or an unreadable file counts as other)."""
    try:
        return target.read_bytes() != data
    except OSError:  # a name too long, or under a file, holds nothing either: it said the file existed and differed
        return os.path.lexists(target)


def write_data(imported: Imported, source: Path, reading: Reading | None = None) -> str:
    """The data as YAML; a comment at the top lists every finding with its place in ``source`` (in the DOCX
    LibreOffice made of it when ``reading`` says it was converted)."""
    said = [f"内容是{reading.kind[1]}"] if reading and reading.holds else []
    said += ["经 LibreOffice 转换"] if reading and reading.converted else []
    how = f"（{'，'.join(said)}）" if said else " "
    head = [f"# 由 reportkit import 从 {_one_line(readable(source.name))}{how}导入。"]
    body = _lines(imported.data, 0)
    if imported.findings:
        kept = "，已留【请填写：…】占位" if any(PLACEHOLDER.search(line) for line in body) else ""
        head.append(f"# 以下 {len(imported.findings)} 处未能照原文映射{kept}，请对照原文核对、补填：")
        head += [f"#   {_one_line(f.place)}：{_one_line(f.message)}" for f in imported.findings]
    else:
        head.append("# 所有数据都已映射。")
    head += [f"# 请核对：{_one_line(note)}" for note in imported.notes]
    return "\n".join(head) + "\n" + "\n".join(body) + "\n"


def _one_line(text: str) -> str:
    """``text`` for a comment line of the data file: its line breaks (a title's two lines quoted, a file name's)
    as a space, or the rest of it would be read as data."""
    return " ".join(re.split(r"\r\n|[\r\n\x85\u2028\u2029]", text))


_FLOW_LIMIT = 160


def _lines(value, indent: int) -> list[str]:
    pad = "  " * indent
    out: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            flow = _row(item) if key == "columns" and isinstance(item, list) else _flow(item)  # a table's head: one line
            # a list or mapping on one line where it is short; a text or figure on its key's line however long
            if flow is not None and (len(pad) + len(key) + len(flow) < _FLOW_LIMIT
                                     or not isinstance(item, (list, dict))):
                out.append(f"{pad}{key}: {flow}")
            else:
                out.append(f"{pad}{key}:")
                out += _lines(item, indent + 1)
    else:
        for item in value:
            flow = _flow(item) if not isinstance(item, list) else _row(item)
            if flow is not None:
                out.append(f"{pad}- {flow}")
            else:
                inner = _lines(item, indent + 1)
                out.append(f"{pad}- {inner[0].lstrip()}")
                out += inner[1:]
    return out


def _flow(value, inside: bool = False) -> str | None:
    """``value`` on one line, or None for a non-empty list or a mapping holding one."""
    if isinstance(value, dict):
        parts = [(k, _flow(v, True)) for k, v in value.items()]
        if any(p is None for _, p in parts) or not parts:
            return None if parts else "{}"
        return "{" + ", ".join(f"{k}: {p}" for k, p in parts) + "}"
    if isinstance(value, list):
        return "[]" if not value else None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal) and "." in str(value) and str(value).endswith("0"):
        return f"'{value}'"  # 412.30 unquoted is the float 412.3: quoted, the amount keeps its places
    if isinstance(value, (int, Decimal, dt.date)):
        return str(value)
    text = str(value)
    if "\n" in text or _looks_typed(text) or (inside and any(c in text for c in ",[]{}")):
        return _quoted(text)
    return scalar(text)


def _row(value: list) -> str | None:
    """A table's row (or head) of plain cells on one line: ``[同意公开, 5]``, ``[]`` for a row the cells above cover
    whole; None if a cell is no plain value."""
    if any(isinstance(cell, (list, dict)) for cell in value):
        return None
    return "[" + ", ".join(_flow(cell, True) for cell in value) + "]"


def _looks_typed(text: str) -> bool:
    """Plain text YAML would read as something else (a number, a date, true …)."""
    import yaml

    try:
        return not isinstance(yaml.safe_load(text), str) if text else True
    except yaml.YAMLError:  # "|||", "- a: b" …: not a plain scalar at all
        return True


def _quoted(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)
