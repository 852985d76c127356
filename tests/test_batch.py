"""``reportkit render -j N``: worker processes, crashes, Ctrl-C, clashes, --report, the shared font configuration."""
from __future__ import annotations

import csv
import gc
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import docx
import pdfplumber
import pytest
from click.testing import CliRunner

from reportkit.__main__ import INTERRUPTED
from reportkit import batch
from reportkit.batch import CRASHED, FAILED, OK, Job, JobResult, Place, pool_results, render_job
from reportkit.cli import cli
from reportkit.fonts import plan_fonts, role_texts
from reportkit.pipeline import build, check_file, choose_layout
from reportkit.plugins import load_plugins
from reportkit.renderers import pdf as pdf_renderer

from _gate import ENV as GATE, LIMIT, Gate, held_back, hold, interruptible, running

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"
XINZHOU = ROOT / "examples" / "xinzhou-2020.yaml"
AGENCY = "某县自然资源局"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def copies(tmp_path, count, source=SAMPLE, **replace) -> list[Path]:
    """``count`` copies of ``source`` named r0.yaml …, each with its own agency (``replace`` edits copy i)."""
    text = source.read_text(encoding="utf-8")
    paths = []
    for i in range(count):
        path = tmp_path / f"r{i}.yaml"
        changed = text.replace(AGENCY, f"某县第{i}自然资源局")
        old, new = replace.get(f"r{i}", ("", ""))
        path.write_text(changed.replace(old, new) if old else changed, encoding="utf-8")
        paths.append(path)
    return paths


def body(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_two_workers_render_every_file_and_report_each(tmp_path):
    files = copies(tmp_path, 4)
    out, report = tmp_path / "out", tmp_path / "results.json"
    result = run("render", *files, "-f", "docx", "-o", out, "-j", "2", "--report", report)
    assert result.exit_code == 0, result.output
    for i, path in enumerate(files):
        assert f"已生成 {out / (path.stem + '.docx')}" in result.output
        assert f"某县第{i}自然资源局" in body(out / f"{path.stem}.docx")
    assert "共 4 个文件：4 个成功，0 个失败" in result.output and "2 个进程" in result.output
    rows = json.loads(report.read_text(encoding="utf-8"))
    assert [row["file"] for row in rows] == [str(p) for p in files]  # the order given, whatever finished first
    assert all(row["status"] == OK and row["seconds"] > 0 for row in rows)
    assert rows[0]["outputs"] == [str(out / "r0.docx")]


def test_a_failed_file_does_not_stop_the_others_and_is_in_the_csv_report(tmp_path):
    files = copies(tmp_path, 3, r1=("agency_type: department", "agency_typ: department"))
    out, report = tmp_path / "out", tmp_path / "results.csv"
    result = run("render", *files, "-f", "docx", "-o", out, "-j", "2", "--report", report)
    assert result.exit_code == 1
    assert f"{files[1]}:6:1: error: agency_typ：未知字段“agency_typ”。是不是“agency_type”？" in result.output
    assert "共 3 个文件：2 个成功，1 个失败" in result.output and f"失败：{files[1]}" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["r0.docx", "r2.docx"]
    assert "Traceback" not in result.output
    rows = list(csv.DictReader(io.StringIO(report.read_text(encoding="utf-8-sig"))))
    assert [(row["file"], row["status"]) for row in rows] == [(str(files[0]), "ok"), (str(files[1]), "failed"),
                                                                (str(files[2]), "ok")]
    assert "未知字段“agency_typ”" in rows[1]["diagnostics"] and rows[1]["outputs"] == ""


def test_a_csv_report_cell_excel_would_run_as_a_formula_is_shown_as_text(tmp_path, monkeypatch):
    """A file named like a formula (=HYPERLINK(…), among a site's downloads) went into the CSV as it was: Excel, which
    a reviewer opens the report in, would have run it."""
    from reportkit.write import rows_bytes

    (source,) = copies(tmp_path, 1)
    source.rename(tmp_path / "=HYPERLINK(1).yaml")
    monkeypatch.chdir(tmp_path)
    assert run("render", "=HYPERLINK(1).yaml", "-f", "docx", "-o", "out", "--report", "results.csv").exit_code == 0
    [row] = csv.DictReader(io.StringIO((tmp_path / "results.csv").read_text(encoding="utf-8-sig")))
    assert (row["file"], row["outputs"]) == ("'=HYPERLINK(1).yaml", str(Path("out") / "=HYPERLINK(1).docx"))

    cells = ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "某县", 3.5]
    written = rows_bytes(".csv", [{"a": value} for value in cells], ["a"]).decode("utf-8-sig").splitlines()[1:]
    assert written == ["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\t=1", "某县", "3.5"]


def test_two_inputs_named_alike_by_the_pattern_clash_across_workers(tmp_path):
    files = copies(tmp_path, 2)
    out = tmp_path / "out"
    result = run("render", *files, "-f", "docx", "-o", out, "--name", "年报", "-j", "2")
    assert result.exit_code == 1
    assert "已由本次运行的另一个数据文件写出" in result.output
    assert [p.name for p in out.iterdir()] == ["年报.docx"]


def die_on_kill(job: Job):
    """A worker function that kills its process for the job named kill.yaml, 0.3 s into it (tests only)."""
    if Path(job.source).name == "kill.yaml":
        time.sleep(0.3)
        os._exit(3)
    return render_job(job)


def first_only(job: Job):
    """A worker function that renders r0.yaml, and holds every other job at the gate the environment names until the
    test opens it (tests only: a pool still at work when Ctrl-C comes, however fast or busy the machine)."""
    if Path(job.source).name != "r0.yaml":
        hold(Path(os.environ[GATE]))
    return render_job(job)


def slow_bug(job: Job):
    """A worker function that hits a bug 0.3 s into its job (tests only)."""
    time.sleep(0.3)
    raise ValueError("a bug")


def test_which_of_two_inputs_named_alike_is_written_does_not_depend_on_the_workers(tmp_path):
    """With two inputs that --name gives one name, the one finished first was written: with -j 2 the shorter second
    input won, with -j 1 the first. Files are written in the order given: the first always wins."""
    long_report = SAMPLE.read_text(encoding="utf-8").replace(
        "  overview:\n", "  overview:\n" + "    - 本年度继续推进政务公开标准化规范化建设，各项工作按计划完成。\n" * 400, 1)
    first, second = tmp_path / "a1-long.yaml", tmp_path / "a2-short.yaml"
    first.write_text(long_report, encoding="utf-8")
    second.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    for jobs in ("1", "2"):
        out, report = tmp_path / f"out{jobs}", tmp_path / f"r{jobs}.json"
        result = run("render", first, second, "-f", "docx", "-o", out, "--name", "{agency}", "-j", jobs,
                     "--report", report)
        assert result.exit_code == 1
        assert [row["status"] for row in json.loads(report.read_text(encoding="utf-8"))] == ["ok", "failed"], jobs
        assert len(docx.Document(str(out / f"{AGENCY}.docx")).paragraphs) > 400


def test_a_file_given_twice_is_rendered_once(tmp_path):
    """A file listed twice was rendered twice, the second failing as a --name clash, its row out of order."""
    files = copies(tmp_path, 2)
    out, report = tmp_path / "out", tmp_path / "r.csv"
    result = run("render", files[0], files[1], tmp_path / "." / files[0].name, "-f", "docx", "-o", out, "-j", "2",
                 "--report", report)
    assert result.exit_code == 0, result.output
    assert f"{files[0]}: warning: 与 {files[0]} 是同一个文件，只渲染一次" in result.output
    assert "共 2 个文件：2 个成功，0 个失败" in result.output
    with report.open(encoding="utf-8-sig") as handle:
        assert [row["file"] for row in csv.DictReader(handle)] == [str(files[0]), str(files[1])]


def test_a_report_that_cannot_be_written_is_refused_before_anything_is_rendered(tmp_path):
    """A --report under a regular file was found unwritable after the whole batch, and the summary was lost."""
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    out = tmp_path / "out"
    result = run("render", *copies(tmp_path, 2), "-f", "docx", "-o", out, "--report", blocker / "r.csv")
    assert result.exit_code == 1 and not out.exists()
    assert (f"{blocker / 'r.csv'}: error: 无法写入结果文件（路径中的“{blocker}”是文件而不是文件夹），未渲染任何文件"
            in result.output)


@pytest.mark.parametrize("report, options, why", [
    ("r0.yaml", ("-f", "docx"), "结果文件的扩展名应为 .json、.csv 或 .xlsx"),
    ("out/r0.html", ("-f", "html"), "结果文件的扩展名应为 .json、.csv 或 .xlsx"),
    ("结果.xls", ("-f", "docx"), "结果文件的扩展名应为 .json、.csv 或 .xlsx"),
    ("data.json", ("-f", "docx"), "是要渲染的数据文件，结果会替换掉它"),
    ("out/r1.json", ("-f", "json"), "是本次要生成的输出文件，结果会替换掉它"),
    ("out/年报.json", ("-f", "json", "--name", "{agency}"), "在输出文件夹中，可能与 --name 生成的输出文件同名"),
], ids=["data-file-suffix", "html", "xls", "input", "output", "name-pattern"])
def test_a_report_that_would_replace_an_input_or_an_output_is_refused_before_anything_is_rendered(
        tmp_path, monkeypatch, report, options, why):
    """--report keep.yaml replaced the data file with the results, --report out/2023.html an output the run had
    just written, and --report 结果.xls wrote JSON into a workbook; all with exit 0."""
    monkeypatch.chdir(tmp_path)
    files = copies(tmp_path, 2)
    data = tmp_path / "data.json"
    data.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    before = {path: path.read_bytes() for path in [*files, data]}
    result = run("render", *files, data, *options, "-o", "out", "--report", report)
    assert result.exit_code == 2
    assert f"error: --report：“{report}”" in result.output and why in result.output
    assert not (tmp_path / "out").exists() and not (tmp_path / "结果.xls").exists()
    assert {path: path.read_bytes() for path in before} == before


def _refuse_writing_in(monkeypatch, folder: Path) -> None:
    """No file can be made in ``folder`` (as without write permission, which root would not feel)."""
    import tempfile

    mkstemp = tempfile.mkstemp

    def refuse(*args, dir=None, **kwargs):
        if Path(dir) == folder:
            raise PermissionError(13, "Permission denied")
        return mkstemp(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", refuse)


def test_a_report_folder_that_cannot_be_written_is_refused_before_anything_is_rendered(tmp_path, monkeypatch):
    """A --report in a folder without write permission was found unwritable only after the whole batch."""
    locked = tmp_path / "locked"
    _refuse_writing_in(monkeypatch, locked)
    out = tmp_path / "out"
    result = run("render", *copies(tmp_path, 2), "-f", "docx", "-o", out, "-j", "1", "--report", locked / "r.csv")
    assert result.exit_code == 1 and not out.exists()
    assert f"{locked / 'r.csv'}: error: 无法写入输出文件夹“{locked}”（没有写入权限" in result.output
    assert "未渲染任何文件" in result.output and not list(locked.iterdir())


def test_a_killed_worker_fails_its_own_file_only(tmp_path, monkeypatch):
    """The jobs in flight when it died run again one at a time in one worker, a new one only after the job that
    kills it (they took a new pool, a worker's start-up, each)."""
    files = copies(tmp_path, 3)
    killer = tmp_path / "kill.yaml"
    killer.write_text(files[0].read_text(encoding="utf-8"), encoding="utf-8")
    options = (("formats", ("docx",)),)
    jobs = [Job(str(p), str(p), options) for p in (files[0], killer, files[1], files[2])]
    pools = []
    monkeypatch.setattr(batch, "_pool", lambda workers, pool=batch._pool: pools.append(workers) or pool(workers))
    results = {Path(r.source).name: r for r in pool_results(jobs, 2, die_on_kill)}
    # the jobs run again come last, in the order given; those after the one that killed its worker need one more
    assert pools == [2, 1] + [1] * (list(results)[-1] != "kill.yaml")
    assert {name: r.status for name, r in results.items()} == {"r0.yaml": OK, "kill.yaml": CRASHED, "r1.yaml": OK,
                                                                "r2.yaml": OK}
    (why,) = results["kill.yaml"].diagnostics
    assert why.format().startswith(f"{killer}: error: 处理这个文件时工作进程意外退出")
    assert results["kill.yaml"].seconds >= 0.3  # the time until it died, not 0.0
    assert results["r1.yaml"].files["r1.docx"].startswith(b"PK")


def test_a_file_that_hits_a_bug_in_a_worker_records_the_time_until_then():
    """A crashed file's row in --report said 0.0 seconds, however long it had run."""
    [result] = pool_results([Job("bug.yaml", "bug.yaml")], 1, slow_bug)
    assert result.status == CRASHED and result.seconds >= 0.3
    assert result.diagnostics[0].message.startswith("reportkit 内部错误（ValueError: a bug）")


def test_workers_stage_their_files_beside_the_targets_and_the_parent_commits_them(tmp_path):
    """With -j, a worker writes, fsyncs and checks its PDF itself (the parent only renames it), in a
    temporary file named for the parent, which the parent renames or removes."""
    files = copies(tmp_path, 2)
    out = tmp_path / "out"
    place = Place(str(out), None, os.getpid())
    jobs = [Job(str(p), str(p), (("formats", ("docx", "pdf")),), place) for p in files]
    results = {Path(r.source).name: r for r in pool_results(jobs, 2)}
    staged = results["r0.yaml"].staged
    assert results["r0.yaml"].status == OK and results["r0.yaml"].files == {}
    assert [item.target for item in staged] == [out / "r0.docx", out / "r0.pdf"]
    assert all(item.tmp.parent == out and f".rk{os.getpid()}-" in item.tmp.name and item.tmp.exists()
               for item in staged)
    assert not (out / "r0.docx").exists()  # nothing is in place until the parent commits
    runs = batch.Batch(out, say=lambda line: None)
    runs.write(results["r0.yaml"])
    assert sorted(p.name for p in out.iterdir() if p.name.startswith("r0")) == ["r0.docx", "r0.pdf"]
    assert "某县第0自然资源局" in body(out / "r0.docx")
    batch.sweep(out)  # r1's were never committed: the parent removes what it owns
    assert sorted(p.name for p in out.iterdir()) == ["r0.docx", "r0.pdf"]


def test_a_batch_clears_what_a_killed_run_left_in_its_folder_before_its_workers_stage(tmp_path):
    """The batch's own process rolls the folder back once (write.recover); its workers do not list it again
    for every file (a folder of 10,000 outputs: ~10 ms a file)."""
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # a process that ran and ended: its leftovers are abandoned
    out = tmp_path / "out"
    out.mkdir()
    (out / f".r0.docx.rk{gone.pid}-0a1b2c3d.tmp").write_bytes(b"half a file")
    result = run("render", *copies(tmp_path, 2), "-f", "docx", "-o", out, "-j", "2")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["r0.docx", "r1.docx"]


def test_a_worker_that_cannot_stage_fails_its_file_with_a_chinese_line(tmp_path):
    files = copies(tmp_path, 2)
    blocked = tmp_path / "out"
    blocked.write_text("a file where the output folder should be", encoding="utf-8")
    jobs = [Job(str(p), str(p), (("formats", ("docx",)),), Place(str(blocked), None, os.getpid())) for p in files]
    results = {Path(r.source).name: r for r in pool_results(jobs, 2)}
    assert {name: r.status for name, r in results.items()} == {"r0.yaml": FAILED, "r1.yaml": FAILED}
    assert results["r0.yaml"].diagnostics[-1].format() == (
        f"{files[0]}: error: {blocked / 'r0.docx'}: 无法写入输出文件夹“{blocked}”"
        "（无法创建这个文件夹：路径中有一段是文件而不是文件夹）：请用 -o 换一个可以写入的文件夹")
    assert blocked.read_text(encoding="utf-8") == "a file where the output folder should be"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_output_folder_that_cannot_be_written_is_refused_before_anything_is_rendered(tmp_path, monkeypatch, jobs):
    """render -o into a folder without write permission typeset every file, then failed each of them."""
    out = tmp_path / "out"
    out.mkdir()
    _refuse_writing_in(monkeypatch, out)
    monkeypatch.setattr("reportkit.jobs.render_outputs", lambda *args, **kwargs: pytest.fail("a file was rendered"))
    result = run("render", *copies(tmp_path, 2), "-f", "docx", "-o", out, "-j", jobs)
    assert result.exit_code == 1
    assert result.output == f"error: 无法写入输出文件夹“{out}”（没有写入权限），未渲染任何文件：请用 -o 换一个可以写入的文件夹\n"
    assert not list(out.iterdir())


def test_an_output_folder_that_cannot_be_created_says_so_and_why(tmp_path, monkeypatch):
    """A folder that could not be made (EPERM) was blamed on a file open in Word, WPS or a PDF reader."""
    import pathlib

    out = tmp_path / "locked" / "out"
    mkdir = pathlib.Path.mkdir

    def refuse(self, *args, **kwargs):
        if self == out:
            raise PermissionError(1, "Operation not permitted")
        return mkdir(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "mkdir", refuse)
    why = f"无法写入输出文件夹“{out}”（无法创建这个文件夹：没有写入权限）"
    files = copies(tmp_path, 2)
    result = run("render", *files, "-f", "docx", "-o", out)
    assert result.exit_code == 1 and result.output == f"error: {why}，未渲染任何文件：请用 -o 换一个可以写入的文件夹\n"
    single = run("render", files[0], "-f", "docx", "-o", out)  # one file finds it out as it is written
    assert single.exit_code == 1 and f"{files[0]}: error: {out / 'r0.docx'}: {why}：请用 -o 换一个可以写入的文件夹\n" in single.output
    assert "Word" not in single.output and not (tmp_path / "locked").exists()


def pid_job(job: Job) -> JobResult:
    """A worker function that answers with its process id (tests only)."""
    return JobResult(job.source, OK, seconds=os.getpid())


def test_the_pool_is_renewed_after_recycle_jobs_per_worker(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "RECYCLE", 2)
    jobs = [Job(f"r{i}.yaml", f"r{i}.yaml") for i in range(5)]
    results = list(pool_results(jobs, 1, pid_job))
    assert sorted(r.source for r in results) == [job.source for job in jobs]
    assert len({r.seconds for r in results}) == 3  # jobs 1-2, 3-4 and 5 each in a new worker


def frozen_job(job: Job) -> JobResult:
    """:func:`render_job` three times, answering with how many objects the collector had set aside
    before and after each (tests only)."""
    counts = [gc.get_freeze_count()]
    for _ in range(3):
        status = render_job(job).status
        counts.append(gc.get_freeze_count())
    return JobResult(job.source, status, outputs=counts)


def test_a_worker_keeps_what_its_first_job_loaded_out_of_the_garbage_collector():
    """Each full collection walked every module, plugin and engine object again (~0.7 ms a Typst report)."""
    [result] = pool_results([Job(str(SAMPLE), str(SAMPLE), (("formats", ("docx",)),))], 1, frozen_job)
    before, first, second, third = result.outputs
    assert result.status == OK
    # the modules, plugins and docxtpl loaded by the first job (Python 3.12's worker starts with a few hundred frozen)
    assert first - before > 10_000
    # Set aside once (a frozen object freed by its last reference leaves the count): later jobs' are collected as usual.
    assert third <= second <= first


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_workers_are_forked_warm_unless_another_thread_runs_or_an_engine_was_used():
    """A fork copies the calling thread only: with another thread running (a lock it holds would stay
    held in the worker), or an engine's state in this process (the test process has rendered PDFs: its
    font configuration keeps a folder of fonts that a worker would write to), the workers start afresh;
    either way they render."""
    import threading

    assert "weasyprint" in sys.modules  # this module's imports: the engines' state is here
    assert batch._pool(1)._mp_context.get_start_method() == "spawn"

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        pool = batch._pool(1)
        assert pool._mp_context.get_start_method() == "spawn"
        result = pool.submit(render_job, Job(str(SAMPLE), str(SAMPLE), (("formats", ("docx",)),))).result()
        assert result.status == OK and result.files["sample-2021.docx"].startswith(b"PK")
        pool.shutdown()
    finally:
        stop.set()
        other.join()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no SIGINT to send to one child process")
def test_ctrl_c_stops_the_batch_with_one_line_and_no_partial_file(tmp_path):
    """The files after the first are held at a gate (the test plugin of tests/_gate.py) until the test opens it: Ctrl-C
    comes while both workers are provably at them, and the run ends with the gate still closed, which it could not if
    it waited for them; however fast or busy the machine (long files were once all done before Ctrl-C)."""
    files = copies(tmp_path, 6)
    for path in files[1:]:
        held_back(path)
    gate = Gate(tmp_path / "gate")
    out, report = tmp_path / "out", tmp_path / "results.json"
    with interruptible():
        process = subprocess.Popen([sys.executable, "-m", "reportkit", "render", *map(str, files), "-o", str(out), "-j",
                                    "2", "--report", str(report)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, encoding="utf-8",
                                   env={**gate.env(), "REPORTKIT_JOBS": "2"})
    try:
        assert process.stdout.readline().startswith("已生成")  # the first file is written
        workers = gate.wait_for(2, process)  # and both workers hold a later one
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=LIMIT / 2)
        assert gate.closed and gate.passed() == 0  # the workers are ended, not waited for
    finally:
        gate.open()
        process.kill()
    assert process.returncode == 130
    assert not any(running(pid) for pid in workers)
    assert err.strip().splitlines()[-1] == INTERRUPTED and "Traceback" not in err
    # the first file's outputs whole, and no temporary file, backup or journal left
    assert sorted(p.name for p in out.iterdir()) == ["r0.docx", "r0.pdf"]
    with pdfplumber.open(out / "r0.pdf") as pdf:
        assert pdf.pages
    assert "某县第0自然资源局" in body(out / "r0.docx")
    rows = json.loads(report.read_text(encoding="utf-8"))  # the file done before Ctrl-C is on record
    assert f"结果文件 {report} 只记录了中断前完成的 1 个文件" in err
    assert [(row["file"], row["outputs"]) for row in rows] == [(str(files[0]), [str(out / "r0.docx"), str(out / "r0.pdf")])]


def test_ctrl_c_before_the_first_result_still_writes_the_report_and_says_so(tmp_path, monkeypatch, capsys):
    """Interrupted before any file was done, the run left an older --report file as it was, without a word."""
    report = tmp_path / "results.csv"
    report.write_text("file,status\nold-run.yaml,ok\n", encoding="utf-8")

    def interrupted(job, plugins):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "run_job", interrupted)
    with pytest.raises(KeyboardInterrupt):
        batch.render_batch(copies(tmp_path, 2), load_plugins(), outdir=tmp_path / "out", target=None,
                           options={"formats": ("docx",)}, jobs=1, report=report, say=lambda line: None)
    assert report.read_text(encoding="utf-8-sig").splitlines() == ["file,status,outputs,diagnostics,seconds"]
    assert f"结果文件 {report} 没有记录任何文件：中断前还没有文件完成" in capsys.readouterr().err


def test_ctrl_c_while_a_result_is_handled_waits_for_it_then_stops_the_pool(tmp_path, monkeypatch):
    """A KeyboardInterrupt raised at any moment of the pool's loop could leave one of its locks held and
    its shutdown hanging (seen once in CI: no exit 60 s after Ctrl-C); while the pool runs, Ctrl-C only
    marks the batch stopped, the result in hand is handled whole, and the loop raises it itself. The jobs after the
    first are held at a gate (:func:`first_only`) until the test opens it: the pool stops with both workers at them,
    which it could not if it waited for them."""
    gate = Gate(tmp_path / "gate")
    monkeypatch.setenv(GATE, str(gate.folder))
    caller = signal.getsignal(signal.SIGINT)  # default_int_handler; SIG_IGN when pytest was started with it ignored
    jobs = [Job(str(path), str(path), (("formats", ("docx",)),)) for path in copies(tmp_path, 6)]
    results = pool_results(jobs, 2, first_only)
    try:
        first = next(results)
        try:
            signal.raise_signal(signal.SIGINT)  # Ctrl-C while the caller writes `first`
            workers = gate.wait_for(2)
        except KeyboardInterrupt:
            pytest.fail("the interruption broke into the handling of a result")
        assert first.status == OK
        with pytest.raises(KeyboardInterrupt):
            next(results)
        assert gate.closed and gate.passed() == 0  # the workers are ended, not waited for
    finally:
        gate.open()
        results.close()
    assert not any(running(pid) for pid in workers)
    assert signal.getsignal(signal.SIGINT) is caller  # the caller's handler is back


def test_pdfs_in_one_process_share_a_font_configuration_and_keep_their_own_subsets(monkeypatch):
    # this thread's configuration fresh: one the worker's earlier tests used 99 times is renewed on the next use
    monkeypatch.setattr(pdf_renderer, "_configurations", type(pdf_renderer._configurations)())
    plugins = load_plugins()
    texts = []
    for path in (SAMPLE, XINZHOU):  # different characters: each PDF needs its own subsets
        validated = check_file(path, plugins)
        layout = choose_layout(validated, plugins.registry)
        out = pdf_renderer.render_pdf(build(validated, layout), layout, plugins.registry.fonts)
        assert not out.diagnostics
        with pdfplumber.open(io.BytesIO(out.data)) as pdf:
            texts.append("".join(page.extract_text() for page in pdf.pages))
    assert "忻州" in texts[1] and "忻州" not in texts[0]
    assert pdf_renderer._font_configuration() is pdf_renderer._font_configuration()


def unique_plan(path: Path, plugins):
    validated = check_file(path, plugins)
    layout = choose_layout(validated, plugins.registry)
    plan, _ = plan_fonts(role_texts(build(validated, layout), layout), plugins.registry.fonts)
    return pdf_renderer._unique_families(plan)


def test_families_are_named_after_their_subsets():
    plugins = load_plugins()
    first, second, again = (unique_plan(path, plugins) for path in (SAMPLE, XINZHOU, SAMPLE))
    names = {font.family for font in first.fonts}
    assert all(name.startswith("rk-") for name in names)
    # different subsets, different names (both use the same few characters of the fallback face: one name)
    assert {f.family for f in first.fonts} - {f.family for f in second.fonts} == names - {first.stacks["fallback"][0]}
    assert {font.family for font in again.fonts} == names  # the same subset, the same name
    assert first.stacks["fangsong"][0] in names


def test_on_a_terminal_a_long_diagnostic_stays_one_line(tmp_path, monkeypatch):
    """With the progress bar, a diagnostic longer than the terminal was broken into lines (a copied or logged
    message was cut in pieces); the terminal wraps it, the text has one line."""
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    err, out = Terminal(), Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setenv("COLUMNS", "40")
    files = copies(tmp_path, 2, r1=("total: 48}", "total: 47}"))
    batch.render_batch(files, load_plugins(), outdir=tmp_path / "out", target=None, options={"formats": ("docx",)},
                       jobs=1)
    lines = [line.split("\x1b[2K")[-1] for line in err.getvalue().splitlines() if "error:" in line]
    assert len(lines) == 2 and all(line.startswith(f"{files[1]}:") and len(line) > 80 for line in lines)
    assert [line[-4:] for line in lines] == ["（R3）", "（R2）"]


@pytest.mark.parametrize("value", ["abc", "0"])
def test_a_bad_reportkit_jobs_names_the_variable_and_the_values_allowed(tmp_path, value):
    """REPORTKIT_JOBS=abc was reported as “-j/--jobs”取值无效, naming neither the variable nor what it takes."""
    result = CliRunner(env={"REPORTKIT_JOBS": value}).invoke(cli, ["render", *map(str, copies(tmp_path, 2)), "-o",
                                                                   str(tmp_path / "out")])
    assert result.exit_code == 2 and not (tmp_path / "out").exists()
    assert result.output.splitlines()[0] == (f"error: 环境变量 REPORTKIT_JOBS：值“{value}”无效：进程数应为不小于 1 的整数，"
                                             "如 REPORTKIT_JOBS=4；或删去这个环境变量（默认用本进程可用的全部 CPU 核）")
    given = run("render", SAMPLE, "-j", value, "-o", tmp_path / "out")
    assert given.output.splitlines()[0] == f"error: -j/--jobs：“{value}”无效：进程数应为不小于 1 的整数，如 -j 4"


def test_the_default_jobs_are_the_cores_this_process_may_use(tmp_path, monkeypatch):
    """``taskset -c 0``, or a container's cpuset on a 64-core host: render and check started a worker for every core
    of the machine."""
    from reportkit.importers import commands

    monkeypatch.delenv("REPORTKIT_JOBS")  # the default, not the tests' -j 1
    monkeypatch.delattr(os, "process_cpu_count", raising=False)  # Python 3.13's, which reads the affinity in C
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    result = run("render", *copies(tmp_path, 2), "-f", "docx", "-o", tmp_path / "out")
    assert result.exit_code == 0 and "用时" in result.output and "（1 个进程，" in result.output
    workers = []
    monkeypatch.setattr(commands, "checked", lambda tasks, plugins, count: workers.append(count) or iter(()))
    run("check", tmp_path / "out", "--report", tmp_path / "r.csv")
    assert workers == [1]


def test_results_are_written_in_the_order_given_and_counted_as_they_come():
    """The files are written in the order given (a later one waits for an earlier one's turn), and the bar counts
    each file as it finishes: it held still while a slow first file kept the others waiting."""
    events = []

    def finished():
        for number in (2, 0, 3, 1):
            events.append(f"done {number}")
            yield JobResult(f"r{number}.yaml", OK, number=number)

    for result in batch.in_order(finished(), lambda: events.append("counted")):
        events.append(f"write {result.number}")
    assert events == ["done 2", "counted", "done 0", "counted", "write 0", "done 3", "counted",
                      "done 1", "counted", "write 1", "write 2", "write 3"]
