"""Step 5 of the pipeline: write output files atomically.

The bytes go to a temporary file beside the target, are flushed to disk, then
replace the target in one rename: a failed or interrupted run leaves whatever
was there before.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import RenderError


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` so that readers see the old file or the new one, never a mix."""
    target = Path(target)
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise RenderError(f"{target}: 无法写入输出文件夹“{folder}”：{exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise RenderError(f"{target}: 写入失败（{exc.strerror or exc}），原有文件未改动") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    """Keep the mode of the file being replaced; a new file gets the usual 0666 less the umask."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
