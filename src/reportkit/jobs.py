"""One data file rendered by a worker: the :class:`Job`, its :class:`JobResult`, and :func:`render_job`, the
picklable function the process pool (:mod:`reportkit.batch`) and Dask (:mod:`reportkit.cluster`) run alike."""
from __future__ import annotations

import contextlib
import gc
import signal
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import ERROR, Diagnostic, InvalidData, ReportkitError
from .file_kinds import out_of_memory
from .pipeline import Rendered, placed, render_outputs
from .plugins import Plugins, load_plugins
from .write import FolderUnwritable, Staged, stage_all, write_atomic

OK, FAILED, CRASHED = "ok", "failed", "crashed"
#: What to do about an output folder no file can be written in: the same words before a batch and for one file.
OTHER_FOLDER = "请用 -o 换一个可以写入的文件夹"


@dataclass(frozen=True)
class Place:
    """Where a worker stages a job's files: beside their targets in ``outdir`` (or at ``target``),
    owned by process ``owner``, which commits them (:mod:`reportkit.write`)."""

    outdir: str
    target: str | None
    owner: int


@dataclass(frozen=True)
class Job:
    """One data file to render: ``source`` as the user named it, ``path`` as the worker opens it,
    the keyword options of :func:`reportkit.pipeline.render_outputs`, the :class:`Place` its
    files are staged at (none: the bytes are returned), and its ``number`` in the run."""

    source: str
    path: str
    options: tuple[tuple[str, object], ...] = ()
    place: Place | None = None
    number: int = 0


@dataclass
class JobResult:
    """What one data file gave: ``files`` (output name → bytes) or ``staged`` files until written, then ``outputs``."""

    source: str
    status: str
    files: dict[str, bytes] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    seconds: float = 0.0
    outputs: list[str] = field(default_factory=list)
    staged: list[Staged] = field(default_factory=list)
    number: int = 0  # the job's

    def row(self) -> dict:
        """This result as a row of ``--report``."""
        return {"file": self.source, "status": self.status, "outputs": self.outputs,
                "diagnostics": [d.format() for d in self.diagnostics], "seconds": round(self.seconds, 3)}


def render_job(job: Job) -> JobResult:
    """Render ``job`` with this process's plugins (loaded on the first call): the function every worker runs."""
    result = run_job(job, worker_plugins())
    settle()
    return result


_settled = False


def settle() -> None:
    """After a process's first job, keep what it loaded (engines, templates, fonts) out of the cyclic
    garbage collector: each full collection walked those ~40,000 objects again (~0.7 ms a Typst report)."""
    global _settled
    if not _settled:
        _settled = True
        gc.collect()
        gc.freeze()


def run_job(job: Job, plugins: Plugins) -> JobResult:
    """Render ``job`` with ``plugins``; a user's mistake is a failed result, a bug in reportkit propagates."""
    start = time.perf_counter()
    staged: list[Staged] = []
    try:
        rendered = render_outputs(job.path, plugins, **dict(job.options))
        if job.place and rendered.files:
            staged = stage_all(placed(rendered.files, job.place.outdir, job.place.target), job.place.owner)
            rendered.files = {}
    except InvalidData as exc:
        rendered = Rendered(Path(job.path), diagnostics=exc.diagnostics)
    except ReportkitError as exc:
        rendered = Rendered(Path(job.path), diagnostics=[Diagnostic(ERROR, failure_message(exc), job.path)])
    except MemoryError:  # no bug: a small machine, or a limit on the process's memory
        rendered = Rendered(Path(job.path), diagnostics=[Diagnostic(ERROR, out_of_memory(job.path, "未生成文件"), job.path)])
    # Messages name the file as the user did, not as a worker on another machine opened it.
    diagnostics = [replace(d, file=job.source) if d.file == job.path else d for d in rendered.diagnostics]
    failed = not (rendered.files or staged) or any(d.severity == ERROR for d in diagnostics)
    return JobResult(job.source, FAILED if failed else OK, rendered.files, diagnostics, time.perf_counter() - start,
                     staged=staged, number=job.number)


def failure_message(exc: ReportkitError) -> str:
    """Why a file failed; an output folder it could not be written in with the fix a batch names before it starts
    (:func:`reportkit.batch.check_folder`)."""
    return f"{exc.format_message()}：{OTHER_FOLDER}" if isinstance(exc, FolderUnwritable) else exc.format_message()


def write_output(target: Path, data: bytes) -> None:
    """:func:`reportkit.write.write_atomic` of the file a command's ``-o`` names: a folder it cannot be written in is
    told with the fix (:func:`failure_message`)."""
    try:
        write_atomic(target, data)
    except FolderUnwritable as exc:
        raise FolderUnwritable(failure_message(exc)) from None


_plugins: Plugins | None = None
_plugins_lock = threading.Lock()


def worker_plugins() -> Plugins:
    """The plugins of this process, loaded once (a Dask worker may run jobs in several threads)."""
    global _plugins
    with _plugins_lock:
        if _plugins is None:
            _plugins = load_plugins()
        return _plugins


def crashed(job: Job, why: str, seconds: float = 0.0) -> JobResult:
    """The result of a job whose worker died or hit a bug in reportkit after ``seconds`` on it."""
    return JobResult(job.source, CRASHED, diagnostics=[Diagnostic(ERROR, why, job.source)], seconds=seconds,
                     number=job.number)


def bug_message(exc: BaseException) -> str:
    """What a file's result says of a bug in reportkit that stopped it (its traceback is in the worker)."""
    return (f"reportkit 内部错误（{type(exc).__name__}: {' '.join(str(exc).split())[:200]}），未生成文件；"
            "请用 -j 1 单独渲染这个文件查看详情，并报告给开发者")


@contextlib.contextmanager
def interruptions():
    """Ctrl-C and SIGTERM only set the event while the pool (or Dask, :mod:`reportkit.cluster`) runs, even in a
    process started with Ctrl-C ignored: a KeyboardInterrupt raised at any point could leave one of the pool's
    locks held and its shutdown waiting for ever. The loop raises it itself, between results, so that a result
    being written is written whole."""
    interrupted = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield interrupted  # signals reach the main thread only, where its own handlers stay
        return
    previous = {number: signal.signal(number, lambda *_: interrupted.set()) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield interrupted
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    if interrupted.is_set():  # after the last result: the loop had no turn left to raise it
        raise KeyboardInterrupt
