"""Step 5 of the pipeline: write output files atomically.

The bytes go to a temporary file beside the target, are flushed to disk and
read back (a PDF or DOCX must open), then replace the target in one rename: a
failed, interrupted or killed run leaves whatever was there before, and two
runs writing the same target leave one complete file. :func:`write_all`
prepares every file before replacing any, so a run writes all its formats or
none.
"""
from __future__ import annotations

import csv
import errno
import io
import itertools
import json
import os
import re
import secrets
import shutil
import stat
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .errors import RenderError

_REASONS = {
    errno.ENOSPC: "磁盘空间不足",
    errno.EDQUOT: "超出磁盘配额",
    errno.EACCES: "没有写入权限，或文件正在 Word、WPS 或 PDF 阅读器中打开：请关闭它后重试",
    errno.EPERM: "没有写入权限，或文件正在 Word、WPS 或 PDF 阅读器中打开：请关闭它后重试",
    errno.EROFS: "文件系统是只读的",
    errno.ENOTDIR: "路径中有一段是文件而不是文件夹",
    errno.EEXIST: "路径中有一段是文件而不是文件夹",
    errno.EISDIR: "目标是一个文件夹",
    errno.ENAMETOOLONG: "文件名过长",
    errno.ENOENT: "文件或文件夹不存在，可能在运行中被移走或删除了",
    errno.EPIPE: "读取的一方已经关闭了管道",
    errno.EIO: "读写磁盘时出错（磁盘、U 盘或网络盘可能有故障或已断开）",
    errno.ELOOP: "路径中的符号链接（快捷方式）互相指向，形成了循环",
    errno.EBUSY: "文件或设备正被别的程序占用",
    errno.ETXTBSY: "文件正被别的程序占用",
    errno.EXDEV: "不能在两个磁盘之间直接移动文件",
    errno.EFBIG: "文件超出了这个磁盘允许的大小",
    errno.EMFILE: "同时打开的文件过多",
    errno.ENFILE: "系统同时打开的文件过多",
    errno.ENOMEM: "内存不足",
    errno.EINVAL: "文件名或路径无效（可能含有这个磁盘不允许的字符）",
    errno.ENOEXEC: "不是可以运行的程序",
    errno.ENODEV: "设备不存在或已断开",
    errno.ENXIO: "设备不存在或已断开",
    errno.ESTALE: "网络盘上的文件已失效（可能在别处被移走或删除了）",
    errno.ETIMEDOUT: "连接超时（网络盘可能已断开）",
    errno.EBADF: "输出的目标已经关闭",
}
#: Bytes of a file name reportkit makes from another (UTF-8: three a Chinese character); file systems allow 255, and
#: an extension, a data file's ``.docx.yaml`` and the temporary name's additions need room.
MAX_NAME_BYTES = 200


def resolved(path: str | Path) -> Path:
    """``path`` made absolute with its links followed, or, where they loop (Python raises RuntimeError) or cannot be
    read, made absolute as written: the file is then told unreadable where it is read, not with a traceback here."""
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def unreachable(path: str | Path, fix: str = "请检查路径") -> str:
    """Why nothing can be read at ``path``, with the fix, or "" where something is there: a name not there (``fix``
    follows it), a symbolic link in a loop, a folder on the way without permission … (``exists()`` is False for all)."""
    try:
        os.stat(path)
    except OSError as exc:
        return f"{reason(exc, reading=True)}：{_UNREACHABLE_FIXES.get(exc.errno, fix)}"
    return ""


#: The fix :func:`unreachable` gives where it is not to check the name.
_UNREACHABLE_FIXES = {
    errno.ELOOP: "请删去这个链接，或让它指向真实的文件或文件夹",
    errno.EACCES: "请检查它所在文件夹的权限，或换一个有权限的账号运行",
}


def in_a_loop(path: str | Path) -> bool:
    """Whether ``path`` is, or runs through, a symbolic link in a loop (``exists()`` says False, writing to it fails)."""
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def special(path: str | Path) -> str:
    """What ``path`` is where it is there but neither a file nor a folder (管道, 设备, 套接字: reading one may wait for
    ever), or ""."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return ""
    return ("管道（FIFO）" if stat.S_ISFIFO(mode) else "套接字" if stat.S_ISSOCK(mode)
            else "" if stat.S_ISREG(mode) or stat.S_ISDIR(mode) else "设备")


def output_link_problem(path: str | Path, option: str = "-o") -> str:
    """The refusal of an output ``path`` that is, or runs through, a symbolic link in a loop, or is a link to nothing
    (what it pointed to is gone), or "": a write would fail, or replace the link, after the work. A link to a file is
    written through (:func:`stage`)."""
    if in_a_loop(path):
        return f"{path}: 无法写入（{_REASONS[errno.ELOOP]}）：请删去这个链接，或给 {option} 另取一个名字"
    if pointed := _dangling(path):
        return (f"{path}: 这是一个符号链接（快捷方式），它指向的“{pointed}”已不存在，未写入：请删去这个链接，"
                f"或让它指向要写入的文件，或给 {option} 另取一个名字")
    return ""


def _dangling(path: str | Path) -> str:
    """What the symbolic link ``path`` points to where that is not there, else "" (a file, a link to one, nothing)."""
    try:
        return os.readlink(path) if os.path.islink(path) and not os.path.exists(path) else ""
    except OSError:
        return ""


def _through(target: Path) -> Path:
    """Where a write of ``target`` goes: the file a symbolic link points to, which is replaced, the link kept (as
    Word, WPS and editors save); a link in a loop or to nothing is refused (:func:`output_link_problem`)."""
    if not os.path.islink(target):
        return target
    if problem := output_link_problem(target):
        raise WriteFailed(problem)
    place = os.path.realpath(target)
    try:  # named in messages as the link was, relative or absolute
        return Path(place if target.is_absolute() else os.path.relpath(place))
    except ValueError:  # Windows: on another drive
        return Path(place)


def clipped(name: str, limit: int = MAX_NAME_BYTES) -> str:
    """``name`` cut between characters to at most ``limit`` bytes of UTF-8; a name's bytes that are not UTF-8
    (surrogate escapes, as GBK names unzipped on Linux) are kept, each counted as three."""
    sizes = itertools.accumulate(len(c.encode("utf-8", "surrogatepass")) for c in name)
    return name[:sum(size <= limit for size in sizes)]


@dataclass
class Staged:
    """A complete, checked temporary file waiting to replace ``target``."""

    target: Path
    tmp: Path
    backup: Path | None = None

    def commit(self) -> None:
        try:
            os.replace(self.tmp, self.target)
        except OSError as exc:
            self.discard()
            raise WriteFailed(f"{self.target}: 写入失败（{reason(exc)}），原有文件未改动", exc.errno) from None

    def discard(self) -> None:
        self.tmp.unlink(missing_ok=True)


class WriteFailed(RenderError):
    """A file could not be written: ``errno`` is the system's reason (:func:`reason`), for a command to name the fix."""

    def __init__(self, message: str, code: int | None = None):
        super().__init__(message)
        self.errno = code


class FolderUnwritable(WriteFailed):
    """No file can be made in the folder of an output (:func:`folder_problem` says why): the command that chose the
    folder names the fix."""


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` so that readers see the old file or the new one, never a mix."""
    stage(target, data).commit()


def write_all(files: dict[Path, bytes]) -> list[Path]:
    """Write every file or none: a transaction over the targets of one input.

    All files are staged and checked first (:func:`stage_all`), then replace their targets
    together (:func:`commit_all`).
    """
    return commit_all(stage_all(files))


def stage_all(files: dict[Path, bytes], owner: int | None = None) -> list[Staged]:
    """Stage every file of one input, or none; ``owner`` is the process that will commit them
    (a batch's workers stage, its main process commits), by default this one.

    A folder is first rid of what killed runs left (:func:`recover`), unless ``owner`` is given: the
    owner does that once before its workers stage (listing a folder of 10,000 outputs for every file
    made a batch's writing grow with the square of its size).
    """
    if owner is None:
        for folder in dict.fromkeys(Path(t).parent for t in files):
            recover(folder)
    staged: list[Staged] = []
    try:
        for target, data in files.items():
            staged.append(stage(target, data, owner))
    except BaseException:
        discard_all(staged)
        raise
    return staged


def discard_all(staged: list[Staged]) -> None:
    """Remove the temporary files of ``staged`` (a run that will not commit them)."""
    for item in staged:
        item.discard()


def commit_all(staged: list[Staged]) -> list[Path]:
    """Replace the targets of ``staged`` all together, or leave them all as they were.

    A journal beside the first target lists each target with a hard link (or copy) of the
    file it replaces; if a replace fails, the ones already made are rolled back. A run killed
    half-way leaves its journal, and the next run into that folder rolls it back
    (:func:`recover`), so the targets are all new or all as they were, and no temporary file
    outlives its run.
    """
    if len(staged) == 1:
        staged[0].commit()
        return [staged[0].target]
    journal = staged[0].target.parent / f".reportkit-{os.getpid()}-{secrets.token_hex(4)}.journal"
    done: list[Staged] = []
    try:
        for item in staged:
            item.backup = _keep(item.target)
        _write_journal(journal, staged)
        for item in staged:
            os.replace(item.tmp, item.target)
            done.append(item)
    except BaseException as exc:
        _roll_back(staged, done)
        journal.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise WriteFailed(f"{(staged[len(done)] if len(done) < len(staged) else staged[-1]).target}: "
                              f"写入失败（{reason(exc)}），本次的输出文件全部保持原样", exc.errno) from None
        raise
    for item in staged:
        if item.backup:
            item.backup.unlink(missing_ok=True)
    journal.unlink(missing_ok=True)
    return [item.target for item in staged]


def _keep(target: Path) -> Path | None:
    """A hard link (or, where links are not possible, a copy) of the file ``target`` now holds."""
    if not target.exists():
        return None
    backup = target.with_name(f"{_prefix(target)}{secrets.token_hex(4)}.bak")
    try:
        os.link(target, backup)
    except OSError:
        shutil.copy2(target, backup)
    return backup


def _write_journal(journal: Path, staged: list[Staged]) -> None:
    entries = [{"target": str(i.target.resolve()), "tmp": str(i.tmp.resolve()),
                "backup": str(i.backup.resolve()) if i.backup else None} for i in staged]
    with open(journal, "w", encoding="utf-8") as handle:
        # \u escapes keep a name's undecodable bytes (surrogate escapes: GBK names from a zip made on Windows),
        # which UTF-8 cannot hold, for recover() to read back
        json.dump(entries, handle)
        handle.flush()
        os.fsync(handle.fileno())


def _roll_back(staged: list[Staged], done: list[Staged]) -> None:
    """Put back what ``done`` replaced; discard the rest."""
    for item in reversed(done):
        if item.backup:
            os.replace(item.backup, item.target)
        else:
            item.target.unlink(missing_ok=True)
    for item in staged:
        item.discard()
        if item.backup:
            item.backup.unlink(missing_ok=True)


def recover(folder: Path) -> None:
    """Roll back what a killed run left half-done in ``folder``, and remove its temporary files."""
    for path, match in _leftovers(folder):
        if not abandoned(int(match.group("pid") or match.group("jpid")), path):
            continue
        try:
            if path.suffix == ".journal":
                entries = json.loads(path.read_text(encoding="utf-8"))
                for entry in entries:
                    target, backup = Path(entry["target"]), entry["backup"] and Path(entry["backup"])
                    if backup and backup.exists():
                        os.replace(backup, target)
                    elif not backup and not Path(entry["tmp"]).exists():
                        target.unlink(missing_ok=True)  # new in the killed run, which had replaced it already
                    Path(entry["tmp"]).unlink(missing_ok=True)
            path.unlink(missing_ok=True)
        except (OSError, ValueError, KeyError, TypeError):
            continue  # never fail a run over another run's leftovers


def abandoned(pid: int, path: Path) -> bool:
    """True when the run that left ``path`` is gone (on Windows: when the file is over an hour old)."""
    if pid == os.getpid():
        return False
    if os.name == "nt":  # os.kill would terminate the process there
        try:
            return time.time() - path.stat().st_mtime > 3600
        except OSError:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def _prefix(target: Path, owner: int | None = None) -> str:
    """The start of a temporary name beside ``target``: short (a long name must still fit), with the
    pid of the process that owns it (by default this one)."""
    return f".{target.name[:32]}.rk{owner or os.getpid()}-"


def sweep(folder: Path) -> None:
    """Remove the temporary files this process owns in ``folder``: after a batch whose workers
    were stopped while staging (Ctrl-C), nothing of theirs is left behind."""
    for path, match in _leftovers(folder):
        if match.group("pid") == str(os.getpid()) and path.suffix == ".tmp":
            path.unlink(missing_ok=True)


def _leftovers(folder: Path) -> list[tuple[Path, re.Match]]:
    """The temporary files, backups and journals in ``folder`` (:data:`_LEFTOVER`), each with its match."""
    try:
        names = [e.name for e in os.scandir(folder) if e.name.startswith(".")]
    except OSError:
        return []
    return [(folder / name, match) for name in names if (match := _LEFTOVER.match(name))]


#: Temporary files, backups and journals that :func:`write_all` and :func:`stage` leave while they run.
_LEFTOVER = re.compile(r"^\.(?:.*\.rk(?P<pid>\d+)-\w+\.(?:tmp|bak)|reportkit-(?P<jpid>\d+)-\w+\.journal)$")


def rows_bytes(suffix: str, rows: list[dict], fields: list[str], document=None) -> bytes:
    """A results file (``--report``): CSV for ``.csv``, with a BOM (Excel opens a CSV as UTF-8 only with
    it); otherwise JSON of ``document``, by default the rows themselves. A CSV cell Excel would take for a formula
    (a file named “=HYPERLINK(…).pdf” among a site's downloads) starts with an apostrophe, which Excel does not show.
    A file name that is not UTF-8 is shown as :func:`readable` makes it."""
    if suffix.lower() == ".csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=fields)
        writer.writeheader()
        writer.writerows({key: _inert(value) for key, value in row.items()} for row in rows)
        return readable(buffer.getvalue()).encode("utf-8-sig")
    text = json.dumps(rows if document is None else document, ensure_ascii=False, indent=2) + "\n"
    return readable(text).encode("utf-8")


def readable(text: str) -> str:
    """``text`` that UTF-8 can hold. A file name that is not UTF-8 (GBK, from a zip made on Chinese Windows and
    unzipped on Linux) has surrogate escapes for the bytes Python could not decode, and characters for those that
    happened to be UTF-8 (年报: “\\udcc4걨”); under a locale that is not UTF-8 (``LC_ALL=C``) every byte of a UTF-8 name
    is an escape. Each run of non-ASCII characters holding an escape, up to the ASCII or punctuation a message puts
    around a name, is read as UTF-8, else as GBK (年报), or, where it is neither, has � for the escapes."""
    return _NAME_PART.sub(_decoded, text) if _SURROGATE.search(text) else text


#: A run of non-ASCII characters that may be one name's: a name's own punctuation, in GBK, is surrogate escapes.
_NAME_PART = re.compile(r"[^\x00-\x7f“”‘’（）《》【】〔〕：；，。、！？\u3000]+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _decoded(match: re.Match) -> str:
    run = match.group()
    if not _SURROGATE.search(run):
        return run
    for encoding in ("utf-8", "gbk"):
        try:
            return run.encode("utf-8", "surrogateescape").decode(encoding)
        except UnicodeError:
            continue
    return _SURROGATE.sub("\ufffd", run)


def _inert(value):
    """``value`` as a CSV cell Excel shows as text: a text starting with = + - @ (or a tab or carriage return that
    hides one) gets an apostrophe before it; numbers and other texts are kept."""
    return "'" + value if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def stage(target: Path, data: bytes, owner: int | None = None, *, check: bool = True) -> Staged:
    """Write ``data`` to a temporary file beside ``target``, fsync it and check that it opens (:func:`check_output`,
    unless ``check`` is false: a probe of whether ``target`` can be written); ``owner`` as in :func:`stage_all`."""
    target = _through(Path(target))
    folder = target.parent
    if _read_only(target):
        raise RenderError(f"{target}: 是只读文件，未覆盖（原有文件未改动）：要重新生成，请先在文件属性中取消“只读”，"
                          "或输出到别的文件夹")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=_prefix(target, owner), suffix=".tmp", dir=folder)
    except OSError as exc:
        raise FolderUnwritable(f"{target}: {folder_problem(folder, exc)}", exc.errno) from None
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(target))
        if check:
            check_output(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise WriteFailed(f"{target}: 写入失败（{reason(exc)}），原有文件未改动", exc.errno) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return Staged(target, tmp)


def folder_problem(folder: Path, exc: OSError) -> str:
    """Why no file can be made in ``folder``: it cannot be created, or written. No file of the folder is in the way
    here, so a permission error is just that (:func:`reason`'s hint at a file open in Word does not apply)."""
    why = ("没有写入权限" if exc.errno in (errno.EACCES, errno.EPERM)
           else _REASONS[errno.ELOOP] if in_a_loop(folder) else reason(exc))  # mkdir of a link in a loop: EEXIST
    made = "" if os.path.isdir(folder) else "无法创建这个文件夹："  # os.path: a name too long is none
    return f"无法写入输出文件夹“{folder}”（{made}{why}）"


def check_output(path: Path, target: Path) -> None:
    """Read back what is on disk at ``path``: a PDF must look complete, a DOCX must be a package
    whose document parses, an .xlsx workbook must open in openpyxl (``target``'s suffix says which; other files are
    not checked)."""
    suffix = Path(target).suffix.lower()
    if suffix == ".pdf":
        with open(path, "rb") as handle:
            head = handle.read(8)
            handle.seek(max(0, os.fstat(handle.fileno()).st_size - 1024))
            tail = handle.read()
        if not head.startswith(b"%PDF-") or b"%%EOF" not in tail or b"startxref" not in tail:
            raise RenderError(f"{target}: 生成的 PDF 不完整，未写入（原有文件未改动）")
    elif suffix == ".docx":
        try:
            with zipfile.ZipFile(path) as package:
                if package.testzip() is not None:
                    raise zipfile.BadZipFile("CRC")
                etree.fromstring(package.read("[Content_Types].xml"))
                etree.fromstring(package.read("word/document.xml"))
        except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError):
            raise RenderError(f"{target}: 生成的 DOCX 无法打开，未写入（原有文件未改动）") from None
    elif suffix == ".xlsx":
        from xml.etree.ElementTree import ParseError

        from openpyxl import load_workbook
        from openpyxl.utils.exceptions import InvalidFileException

        try:  # not read_only: that mode parses a sheet's cells only when they are read; a handle: the name ends in .tmp
            with open(path, "rb") as handle:
                load_workbook(handle).close()
        except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError, ParseError, InvalidFileException):
            raise RenderError(f"{target}: 生成的 Excel 工作簿无法打开，未写入（原有文件未改动）") from None


def temporary_problem(exc: OSError) -> str:
    """Why a temporary file could not be made in the temporary folder (``exc``), and the fix: another folder in
    the environment variable TMPDIR."""
    try:
        folder = tempfile.gettempdir()
    except OSError:  # no folder it tries (TMPDIR, /tmp, /var/tmp …) is writable: it raises as the engine's call did
        return "找不到可以写入的临时文件夹：请用环境变量 TMPDIR 指定一个可以写入的文件夹"
    return f"无法写临时文件（{reason(exc)}）：请检查临时文件夹 {folder} 所在的磁盘（也可用环境变量 TMPDIR 换一个）"


def reason(exc: OSError, *, reading: bool = False) -> str:
    """What went wrong, in Chinese: the usual errors in words (磁盘空间不足, 没有写入权限 …), the rest by the system's
    name of the error (系统错误 EREMOTEIO), never its English text; ``reading``: ``exc`` is of reading a file, whose
    permission and absence are said as such, not as a write's."""
    if reading and exc.errno in _READ_REASONS:
        return _READ_REASONS[exc.errno]
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    name = errno.errorcode.get(exc.errno) if exc.errno is not None else None
    return f"系统错误 {name}（错误号 {exc.errno}）" if name else f"系统错误（{exc}）"


#: What :func:`reason` says of reading a file where a write's words do not fit.
_READ_REASONS = {errno.EACCES: "没有读取权限", errno.EPERM: "没有读取权限", errno.ENOENT: "文件不存在"}


def _read_only(target: Path) -> bool:
    """Whether ``target`` is a file marked read-only (Windows' attribute; no owner's write bit elsewhere): a file
    someone protected is not replaced, as Word and WPS do not save over it."""
    try:
        return target.is_file() and not target.stat().st_mode & stat.S_IWUSR
    except OSError:
        return False


def _mode_for(target: Path) -> int:
    """Keep the mode of the file being replaced; a new file gets the usual 0666 less the umask."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
