"""Step 5 of the pipeline: write output files atomically.

The bytes go to a temporary file beside the target, are flushed to disk and
read back (a PDF or DOCX must open), then replace the target in one rename: a
failed, interrupted or killed run leaves whatever was there before, and two
runs writing the same target leave one complete file. :func:`write_all`
prepares every file before replacing any, so a run writes all its formats or
none.
"""
from __future__ import annotations

import errno
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .errors import RenderError

_REASONS = {
    errno.ENOSPC: "磁盘空间不足",
    errno.EDQUOT: "超出磁盘配额",
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.EROFS: "文件系统是只读的",
    errno.ENOTDIR: "路径中有一段是文件而不是文件夹",
    errno.EEXIST: "路径中有一段是文件而不是文件夹",
    errno.EISDIR: "目标是一个文件夹",
    errno.ENAMETOOLONG: "文件名过长",
}


@dataclass
class Staged:
    """A complete, checked temporary file waiting to replace ``target``."""

    target: Path
    tmp: Path

    def commit(self) -> None:
        try:
            os.replace(self.tmp, self.target)
        except OSError as exc:
            self.discard()
            raise RenderError(f"{self.target}: 写入失败（{_reason(exc)}），原有文件未改动") from None

    def discard(self) -> None:
        self.tmp.unlink(missing_ok=True)


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` so that readers see the old file or the new one, never a mix."""
    stage(target, data).commit()


def write_all(files: dict[Path, bytes]) -> list[Path]:
    """Write every file or none: all are staged and checked before the first replace."""
    staged: list[Staged] = []
    try:
        for target, data in files.items():
            staged.append(stage(target, data))
    except BaseException:
        for item in staged:
            item.discard()
        raise
    for item in staged:
        item.commit()
    return [item.target for item in staged]


def stage(target: Path, data: bytes) -> Staged:
    """Write ``data`` to a temporary file beside ``target``, fsync it and check that it opens."""
    target = Path(target)
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise RenderError(f"{target}: 无法写入输出文件夹“{folder}”（{_reason(exc)}）") from None
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(target))
        check_output(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise RenderError(f"{target}: 写入失败（{_reason(exc)}），原有文件未改动") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return Staged(target, tmp)


def check_output(path: Path, target: Path) -> None:
    """Read back what is on disk at ``path``: a PDF must look complete, a DOCX must be a package
    whose document parses (``target``'s suffix says which; other files are not checked)."""
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


def _reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno) or exc.strerror or str(exc)


def _mode_for(target: Path) -> int:
    """Keep the mode of the file being replaced; a new file gets the usual 0666 less the umask."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
