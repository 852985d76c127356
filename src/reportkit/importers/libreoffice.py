"""Convert an old Word (.doc), WPS (.wps) or RTF report to DOCX with LibreOffice, for the DOCX importer.

The report is copied into a private temporary folder and converted there by ``soffice --headless`` with a user
profile of its own (a LibreOffice the user has open, or another ``check -j`` worker converting at the same time,
does not block it), links and macros off and its proxy pointed nowhere, under a time limit; the folder, the DOCX
with it, is deleted afterwards. Nothing is written next to the report. Only files whose contents are a Word or WPS
document or RTF are converted (:func:`reportkit.importers.content_kind`), whatever their suffix (a ``.doc`` named
``.docx`` too): a web page or a DOCX named ``.doc`` is read by its own importer.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import ReportkitError
from ..write import reason, temporary_problem

#: The suffixes LibreOffice converts, with what to do without it (also ``importers.CONVERTIBLE``).
SUFFIXES = (".doc", ".wps", ".rtf")
#: Seconds one conversion may take (a report converts in two or three).
TIMEOUT = 120

#: Where LibreOffice installs itself when it is not on PATH (Windows, macOS).
_INSTALLED = [Path(os.environ.get(v, d)) / "LibreOffice" / "program" / exe
              for v, d in (("PROGRAMFILES", r"C:\Program Files"), ("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
              for exe in ("soffice.com", "soffice.exe")] + [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")]

#: The private profile's settings: no link or field updated from elsewhere on loading, no macro run, and any
#: web address LibreOffice would fetch sent to a proxy that is not there.
_SETTINGS = {
    "/org.openoffice.Office.Writer/Content/Update": {"Link": ("int", "0"), "Field": ("boolean", "false")},
    "/org.openoffice.Office.Common/Security/Scripting": {
        "MacroSecurityLevel": ("int", "3"), "DisableMacrosExecution": ("boolean", "true"),
        "BlockUntrustedRefererLinks": ("boolean", "true")},
    "/org.openoffice.Inet/Settings": {
        "ooInetProxyType": ("int", "2"), "ooInetNoProxy": ("string", ""),
        **{f"ooInet{kind}Proxy{part}": value for kind in ("HTTP", "HTTPS", "FTP")
           for part, value in (("Name", ("string", "127.0.0.1")), ("Port", ("int", "9")))}},
}


def soffice() -> str | None:
    """LibreOffice's ``soffice`` (on PATH as ``soffice`` or ``libreoffice``, or where it installs itself), or None."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    return found or next((str(p) for p in _INSTALLED if p.is_file()), None)


@contextmanager
def converted(path: Path, office: str, advice: str) -> Iterator[Path]:
    """The DOCX LibreOffice (``office``) makes of ``path`` (a Word, WPS or RTF file:
    :func:`reportkit.importers.content_kind`), in a temporary folder deleted on leaving; a file it cannot convert (or
    not in the time allowed) is a :class:`ReportkitError` naming ``path`` and ``advice``."""
    try:
        folder = tempfile.TemporaryDirectory(prefix="reportkit-convert-", ignore_cleanup_errors=True)
    except OSError as exc:
        raise ReportkitError(f"{path}: {temporary_problem(exc)}") from None
    with folder as scratch:
        work = Path(scratch)
        source = work / f"report{path.suffix.lower()}"  # LibreOffice's lock file goes here, not beside the report
        try:
            shutil.copyfile(path, source)
            profile = _profile(work / "profile")
        except OSError as exc:
            why = f"无法读取（{reason(exc)}）" if exc.filename == str(path) else temporary_problem(exc)
            raise ReportkitError(f"{path}: {why}") from None
        command = [office, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--invisible", "--norestore",
                   "--nolockcheck", "--nodefault", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                   str(work / "out"), str(source)]
        _run(command, path, advice)
        docx = work / "out" / "report.docx"
        if not docx.is_file() or docx.stat().st_size == 0:
            raise ReportkitError(f"{path}: LibreOffice 没能把这个文件转换为 DOCX，未导入：请确认文件完整、能用 Word 或 WPS 打开；{advice}")
        yield docx


def _profile(folder: Path) -> Path:
    """A fresh LibreOffice user profile in ``folder`` with :data:`_SETTINGS`."""
    items = "".join(
        f'<item oor:path="{group}"><prop oor:name="{name}" oor:op="fuse"><value>{value}</value></prop></item>'
        for group, props in _SETTINGS.items() for name, (_, value) in props.items())
    user = folder / "user"
    user.mkdir(parents=True)
    (user / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"{items}</oor:items>\n", encoding="utf-8")
    return folder


def _run(command: list[str], path: Path, advice: str) -> None:
    """Run LibreOffice; past :data:`TIMEOUT` it is stopped with the processes it started."""
    windows = sys.platform == "win32"
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=not windows,
                                   creationflags=subprocess.CREATE_NEW_PROCESS_GROUP if windows else 0)
    except OSError as exc:
        from ..write import reason

        why = "找不到这个程序" if isinstance(exc, FileNotFoundError) else "没有运行权限" if isinstance(exc, PermissionError) \
            else reason(exc)
        raise ReportkitError(f"{path}: 无法运行 LibreOffice（{command[0]}：{why}），未导入：请检查 "
                             f"LibreOffice 的安装；{advice}") from None
    try:
        process.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        _stop(process, windows)
        raise ReportkitError(f"{path}: LibreOffice 转换这个文件超过 {TIMEOUT} 秒仍未完成，已停止，未导入：文件可能过大或已损坏；"
                             f"{advice}") from None


def _stop(process: subprocess.Popen, windows: bool) -> None:
    """Stop ``process`` and what it started (soffice runs soffice.bin)."""
    if windows:
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True)
    else:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    process.kill()
    process.wait()
