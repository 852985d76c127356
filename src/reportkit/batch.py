"""Many data files at once: in this process (``-j 1``), on all cores, or on a Dask cluster.

Every way runs the same :func:`reportkit.jobs.render_job`: picklable, warm from its second call in a process
(plugins, templates and fonts are loaded once per process), and writing no output file. It
returns the rendered bytes, or, for the process pool on this machine, stages them as checked
temporary files beside their targets (:class:`Place`), so that the workers, not this process,
write and fsync the PDFs. This process alone claims each output name (two inputs never write
one file, whichever worker rendered them) and commits each input's files as one transaction
(:func:`reportkit.write.commit_all`), so an interrupted or crashed run never leaves a
half-written file or a temporary one. A file that fails, or whose worker dies, never stops the
others; results stream as they finish, a summary ends the run, and ``--report`` keeps one row
per file.
"""
from __future__ import annotations

import contextlib
import errno
import functools
import os
import signal
import sys
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

import click

from .errors import ERROR, Diagnostic, ReportkitError, shown
from .jobs import (CRASHED, FAILED, OK, OTHER_FOLDER, Job, JobResult, Place, bug_message, crashed, failure_message,
                   interruptions, render_job, run_job, settle, worker_plugins)
from .pipeline import Rendered, claim, output_path, write_rendered
from .plugins import Plugins
from .write import (
    commit_all, discard_all, folder_problem, output_link_problem, reason, recover, resolved, rows_bytes, stage, sweep, write_atomic,
)

#: Renders per worker process before the pool is renewed: a second line of defence against memory
#: growth (the first is the PDF renderer's shared font configuration).
RECYCLE = 500


def _start_worker() -> None:
    # Ctrl-C reaches the whole process group: the parent alone handles it and ends the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker has the parent's handler
    worker_plugins()


def pool_results(jobs: Iterable, workers: int, function: Callable = render_job, failure: Callable = None) -> Iterator:
    """Run ``function`` (:func:`render_job`) on ``jobs`` in ``workers`` processes, yielding results as they finish.

    At most two jobs per worker are in flight. If a worker dies (killed, out of memory, a crash in an
    engine), the jobs then in flight are run again one at a time in a worker of their own (a new one after
    each that dies), so that only the one that kills its worker is reported as crashed:
    ``failure(job, why, seconds)`` is its result (default :func:`crashed`), as for a bug of reportkit's with
    one job (its seconds counted from when it was handed to the pool).
    """
    pending = deque(jobs)
    with interruptions() as interrupted:
        yield from _pool_loop(pending, workers, function, failure or crashed, interrupted)


def _pool_loop(pending: deque, workers: int, function, failure, interrupted: threading.Event) -> Iterator:
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool

    while pending:
        suspects: list[Job] = []
        pool = _pool(workers)
        budget = RECYCLE * workers  # jobs for this pool; then a new one
        try:
            running: dict = {}
            started: dict = {}
            while (pending and budget) or running:
                while pending and budget and len(running) < 2 * workers:
                    job = pending.popleft()
                    budget -= 1
                    future = pool.submit(function, job)
                    running[future], started[future] = job, time.perf_counter()
                done, _ = wait(running, timeout=0.2, return_when=FIRST_COMPLETED)
                if interrupted.is_set():
                    raise KeyboardInterrupt
                for future in done:
                    try:
                        result = future.result()
                    except BrokenProcessPool:
                        suspects = list(running.values())
                        break
                    except Exception as exc:  # a bug in reportkit: this file only
                        result = failure(running[future], bug_message(exc), time.perf_counter() - started[future])
                    del running[future], started[future]
                    yield result
                    if interrupted.is_set():  # it came while that result was being written
                        raise KeyboardInterrupt
                if suspects:
                    break
        finally:
            _stop(pool)
        yield from _one_by_one(suspects, function, failure, interrupted)


def _one_by_one(jobs: list[Job], function: Callable, failure: Callable, interrupted: threading.Event) -> Iterator:
    """Run ``jobs`` one at a time in a pool of one worker, started again only after a job killed it: that job is
    reported as crashed. (A new pool for each job cost a worker's start-up, a second or more, per job.)"""
    from concurrent.futures.process import BrokenProcessPool

    pool = None
    try:
        for job in jobs:
            pool = pool or _pool(1)
            start = time.perf_counter()
            try:
                result = pool.submit(function, job).result()
            except BrokenProcessPool:
                _stop(pool)
                pool = None
                result = failure(job, "处理这个文件时工作进程意外退出（内存不足或排版引擎崩溃），未生成文件；"
                                      "其余文件不受影响。请用 -j 1 单独处理它以查看原因", time.perf_counter() - start)
            except Exception as exc:
                result = failure(job, bug_message(exc), time.perf_counter() - start)
            yield result
            if interrupted.is_set():
                raise KeyboardInterrupt
    finally:
        if pool is not None:
            _stop(pool)


#: The typesetting engines whose state a forked worker must not share with this process.
_ENGINES = ("weasyprint", "typst", "docxtpl")


def _pool(workers: int):
    """A process pool of ``workers`` (``concurrent.futures``, imported only for a batch run on this machine)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # On Linux, workers are forked: they start with this process's modules and plugins (~0.3 s sooner
    # each). They start afresh (spawn) elsewhere, while another thread runs (a fork copies no thread, and a
    # lock that thread held would stay locked in the worker), and once this process has used an engine:
    # its state (a font configuration and its folder of fonts, Typst's fonts) would be shared, on disk too.
    fork = (sys.platform.startswith("linux") and threading.active_count() == 1
            and not any(engine in sys.modules for engine in _ENGINES))
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork" if fork else "spawn"),
                               initializer=_start_worker)


def _stop(pool) -> None:
    """Cancel what has not started and end the workers now, not after their current job."""
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
    if terminate is not None:
        terminate()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


def serial_results(jobs: Iterable[Job], plugins: Plugins) -> Iterator[JobResult]:
    """Render ``jobs`` one after another in this process (``-j 1``): a bug keeps its traceback."""
    for i, job in enumerate(jobs):
        if i == 1:  # not for a single file, which would not win back the collection's time
            settle()
        yield run_job(job, plugins)


@dataclass
class Batch:
    """The parent's side of a run: writes each result, says what happened, and sums up."""

    outdir: Path
    target: Path | None = None
    say: Callable[[str], None] = print
    show: Callable[[list[Diagnostic]], None] | None = None
    results: list[JobResult] = field(default_factory=list)
    taken: set[Path] = field(default_factory=set)

    def write(self, result: JobResult) -> JobResult:
        """Claim and write ``result``'s files, or commit its staged ones (all or none); a refused
        write makes it a failure."""
        try:
            if result.files:
                outcome = write_rendered(Rendered(Path(result.source), result.files), self.outdir,
                                         target=self.target, taken=self.taken)
                result.outputs = [str(p) for p in outcome.outputs]
            elif result.staged:
                for item in result.staged:
                    claim(item.target, Path(result.source), self.taken)
                result.outputs = [str(p) for p in commit_all(result.staged)]
        except ReportkitError as exc:
            discard_all(result.staged)
            result.diagnostics.append(Diagnostic(ERROR, failure_message(exc), result.source))
            result.status = FAILED
        result.files, result.staged = {}, []
        self.results.append(result)
        return result

    def failed(self) -> list[JobResult]:
        return [r for r in self.results if r.status != OK]


def in_order(results: Iterable[JobResult], arrived: Callable[[], None] = lambda: None) -> Iterator[JobResult]:
    """``results`` in their jobs' order, whatever order they finish in (``arrived`` is called as each comes): the
    files are written in the order given, so that which of two inputs claims an output name first never depends
    on ``-j`` (a later one's staged files wait on disk, not in memory)."""
    waiting: dict[int, JobResult] = {}
    following = 0
    for result in results:
        arrived()
        waiting[result.number] = result
        while following in waiting:
            yield waiting.pop(following)
            following += 1


def run(jobs: list[Job], results: Iterator[JobResult], batch: Batch, *, progress: bool) -> None:
    """Write and show each of ``results`` in the order of ``jobs``; a progress bar on a terminal, plain lines
    otherwise."""
    show = functools.partial(_show_result, show=batch.show)
    if not progress:
        for done, result in enumerate(in_order(results), 1):
            show(batch.write(result), batch.say)
            if len(jobs) > 1:
                click.echo(f"[{done}/{len(jobs)}] {result.source}：{_STATUS[result.status]}（{result.seconds:.1f} 秒）",
                           err=True)
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    columns = (TextColumn("渲染"), BarColumn(), MofNCompleteColumn(), TextColumn("剩余"), TimeRemainingColumn())
    # Lines go through the bar's console, which keeps the bar below them; standard output only when it is
    # the terminal too (redirected, it gets the lines as without a bar).
    # Redrawn at each result, not by a thread of its own: a worker pool started from this process may
    # then fork it (_pool).
    with Progress(*columns, console=console, transient=True, auto_refresh=False) as bar:
        task = bar.add_task("render", total=len(jobs))
        # soft_wrap: a long diagnostic stays one line (the terminal wraps it), copied or logged whole
        line = lambda text: bar.console.print(text, markup=False, highlight=False, crop=False, soft_wrap=True)  # noqa: E731

        def arrived() -> None:  # the bar counts the files done, those waiting for an earlier one's turn too
            bar.advance(task)
            bar.refresh()

        for result in in_order(results, arrived):
            show(batch.write(result), line if sys.stdout.isatty() else batch.say, line)
            bar.refresh()


_STATUS = {OK: "成功", FAILED: "失败", CRASHED: "崩溃"}


def _show_result(result: JobResult, say: Callable[[str], None], warn: Callable[[str], None] | None = None, *,
                 show: Callable[[list[Diagnostic]], None] | None = None) -> None:
    if show is not None:
        show(result.diagnostics)
    else:
        for line in shown(result.diagnostics):
            (warn or (lambda text: click.echo(text, err=True)))(line)
    for written in result.outputs:
        say(f"已生成 {written}")


def write_report(path: Path, results: list[JobResult]) -> None:
    """``--report``: one row per input, in the order given; JSON, CSV when ``path`` ends in .csv, or a workbook of one
    sheet 各文件 with Chinese headers and statuses when it ends in .xlsx."""
    rows = [r.row() for r in sorted(results, key=lambda r: r.number)]
    suffix = path.suffix.lower()
    if suffix in (".csv", ".xlsx"):  # one cell holds a file's list of outputs or diagnostics, a line each
        rows = [{**row, "outputs": "\n".join(row["outputs"]), "diagnostics": "\n".join(row["diagnostics"])}
                for row in rows]
    if suffix == ".xlsx":
        from .report_xlsx import RED, Column, Sheet, workbook_bytes

        columns = (Column("file", "文件", 60), Column("status", "状态", 8, fills={"失败": RED, "崩溃": RED}),
                   Column("outputs", "输出文件", 60), Column("diagnostics", "诊断", 80, wrap=True),
                   Column("seconds", "用时（秒）", 10))
        data = workbook_bytes([Sheet("各文件", columns, [{**row, "status": _STATUS[row["status"]]} for row in rows])])
    else:
        data = rows_bytes(path.suffix, rows, list(JobResult("", OK).row()))
    write_atomic(path, data)


def render_batch(files: list[Path], plugins: Plugins, *, outdir: Path, target: Path | None, options: dict,
                 jobs: int | None = None, scheduler: str | None = None, dask_local: int | None = None,
                 report: Path | None = None, say: Callable[[str], None] = print,
                 show: Callable[[list[Diagnostic]], None] | None = None) -> list[JobResult]:
    """``reportkit render``: render ``files`` as asked, show each result and a summary; return every file's result,
    in the order given.

    One file, or ``jobs`` 1, runs in this process as it always did; more files run on ``jobs``
    processes (default: :func:`usable_cores`), or on Dask with ``scheduler`` or ``dask_local``.
    ``say`` prints a line on standard output; ``show``, when given, takes each file's diagnostics
    instead of their :func:`reportkit.errors.shown` lines on standard error (``--diagnostics json``).
    """
    given = [Job(str(path), str(path), tuple(options.items()), number=n) for n, path in enumerate(once(files, "只渲染一次"))]
    folder = Path(target).parent if target else Path(outdir)
    if report is not None:  # before the batch, not after hours of it
        _check_report(report, [Path(job.path) for job in given], outdir, target, options, plugins)
    if len(given) > 1:  # one file finds it out as it is written, in a line of its own
        check_folder(folder, f"未渲染任何文件：{OTHER_FOLDER}")
    workers = min(jobs or usable_cores(), len(given))
    started = time.perf_counter()
    if scheduler or dask_local:
        from .cluster import dask_results

        results = dask_results([replace(job, path=str(Path(job.path).absolute())) for job in given],
                               scheduler=scheduler, local=dask_local)
    elif workers > 1:
        place = Place(str(outdir), str(target) if target else None, os.getpid())
        recover(folder)  # once, for the workers that stage there
        results = pool_results([replace(job, place=place) for job in given], workers)
    else:
        results = serial_results(given, plugins)
    batch = Batch(outdir, target, say, show)
    try:
        run(given, results, batch, progress=len(given) > 1 and sys.stderr.isatty())
    except KeyboardInterrupt:  # the files done so far are on record, and so is that the run was stopped
        if report is not None:
            write_report(report, batch.results)
            click.echo(f"结果文件 {report} 只记录了中断前完成的 {len(batch.results)} 个文件" if batch.results else
                       f"结果文件 {report} 没有记录任何文件：中断前还没有文件完成", err=True)
        raise
    finally:  # what workers stopped by Ctrl-C had staged
        sweep(folder)
    failed = sorted(batch.failed(), key=lambda r: r.number)
    if len(given) > 1 or failed:
        ok = len(given) - len(failed)
        click.echo(f"共 {len(given)} 个文件：{ok} 个成功，{len(failed)} 个失败", err=True)
        for result in failed:
            click.echo(f"  {_STATUS[result.status]}：{result.source}", err=True)
        if len(given) > 1:
            elapsed = time.perf_counter() - started
            how = (f"Dask 集群 {scheduler}" if scheduler else f"本机 Dask {dask_local} 个工作进程" if dask_local
                   else f"{workers} 个进程")
            click.echo(f"用时 {elapsed:.1f} 秒（{how}，每个文件平均 {elapsed / len(given):.2f} 秒）", err=True)
    if report is not None:
        write_report(report, batch.results)
    return sorted(batch.results, key=lambda r: r.number)


def usable_cores() -> int:
    """The cores this process may run on, the default of ``-j``: not all the machine's when it is limited to some
    (``taskset``, a container's cpuset on a large host, where a worker each would have used memory for nothing)."""
    count = getattr(os, "process_cpu_count", None)  # Python 3.13
    if count is not None:
        return count() or 1
    if hasattr(os, "sched_getaffinity"):  # Linux
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def once(files: Iterable[Path], effect: str) -> list[Path]:
    """``files`` with each file once (by its resolved path), a warning at every repeat saying the ``effect``
    (只渲染一次: ``render``; ``aggregate`` counts it once)."""
    seen: dict[Path, Path] = {}
    for path in files:
        key = resolved(path)  # a link in a loop: told when the file is read
        if key in seen:
            click.echo(f"{path}: warning: 与 {seen[key]} 是同一个文件，{effect}", err=True)
        else:
            seen[key] = path
    return list(seen.values())


def _check_report(report: Path, inputs: list[Path], outdir: Path, target: Path | None, options: dict,
                  plugins: Plugins) -> None:
    """:func:`check_report` for ``render``: the ``--report`` file may be none of the ``inputs`` or of the run's outputs."""
    where = resolved(report)
    clash = ("是要渲染的数据文件" if where in {resolved(path) for path in inputs}
             else _output_clash(where, inputs, outdir, target, options, plugins))
    check_report(report, "未渲染任何文件", clash)


def check_report(report: Path, undone: str, clash: str = "") -> None:
    """Refuse a ``--report`` file before any work (``render``, ``check``): one not named .json, .csv or .xlsx, or one the
    run reads or writes (``clash`` says how), both usage errors; or one that cannot be written (a temporary file is
    staged beside it and removed, as for an output), which ``undone`` ends the message about."""
    if report.suffix.lower() not in (".json", ".csv", ".xlsx"):
        raise click.BadParameter(f"“{report}”：结果文件的扩展名应为 .json、.csv 或 .xlsx，如 结果.xlsx",
                                 param_hint="--report")
    if clash:
        raise click.BadParameter(f"“{report}”{clash}，结果会替换掉它：请另取一个文件名，如 结果.csv", param_hint="--report")
    if loop := output_link_problem(report, "--report"):
        raise ReportkitError(f"{loop}，{undone}")
    existing = next(folder for folder in report.absolute().parents if os.path.exists(folder))  # those below are made
    why = "是一个文件夹" if os.path.isdir(report) else "" if os.path.isdir(existing) else f"路径中的“{existing}”是文件而不是文件夹"
    try:  # a name the file system refuses: the staged file beside it has a short name of its own
        os.lstat(report)
    except OSError as exc:
        why = why or (reason(exc) if exc.errno == errno.ENAMETOOLONG else "")
    if why:
        raise ReportkitError(f"{report}: 无法写入结果文件（{why}），{undone}")
    try:
        stage(report, b"", check=False).discard()
    except ReportkitError as exc:
        raise ReportkitError(f"{exc.format_message()}，{undone}") from None


def check_folder(folder: Path, undone: str) -> None:
    """Refuse an output ``folder`` in which no file can be written before any work (``render`` of several files,
    ``check -o``): it is made if missing and a temporary file created in it; both are removed again, so that a run
    whose files all fail leaves no empty folder. ``undone`` ends the message."""
    # the innermost first; os.path asks, as a name too long for the file system is no folder either (Path raised)
    made = [path for path in (folder, *folder.parents) if not os.path.exists(path)]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".reportkit.rk{os.getpid()}-", suffix=".tmp", dir=folder)
        os.close(handle)
        os.unlink(name)
    except OSError as exc:
        raise ReportkitError(f"{folder_problem(folder, exc)}，{undone}") from None
    finally:
        for path in made:
            with contextlib.suppress(OSError):
                path.rmdir()


def _output_clash(report: Path, inputs: list[Path], outdir: Path, target: Path | None, options: dict,
                  plugins: Plugins) -> str:
    """How the run may write the file ``report`` (resolved) as an output, or "": it is one of the outputs' names,
    or, with ``--name`` (names that come from the data), a file in the output folder with an output's extension."""
    formats = options.get("formats", ("docx", "pdf"))
    if report.suffix.lower() not in {plugins.registry.renderers[fmt].extension for fmt in formats}:
        return ""
    if target is None and options.get("name") is not None:
        return "在输出文件夹中，可能与 --name 生成的输出文件同名" if report.parent == resolved(outdir) else ""
    outputs = [target] if target is not None else [output_path(path, outdir, fmt, plugins.registry)
                                                   for path in inputs for fmt in formats]
    return "是本次要生成的输出文件" if report in {resolved(path) for path in outputs} else ""
