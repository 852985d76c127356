"""``reportkit render --scheduler``: the same render_job on a Dask cluster (here a LocalCluster of two workers)."""
from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner
from distributed import LocalCluster

from reportkit.cli import cli

from _gate import LIMIT, Gate, held_back, interruptible, running
from test_batch import copies


def test_a_dask_cluster_renders_the_batch_and_the_parent_writes(tmp_path, monkeypatch):
    files = copies(tmp_path, 3, r2=("agency_type: department", "agency_typ: department"))
    out, report = tmp_path / "out", tmp_path / "results.json"
    monkeypatch.chdir(tmp_path)  # relative names in, the same relative names in every message out
    names = [p.name for p in files]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        result = CliRunner().invoke(cli, ["render", *names, "-f", "docx", "-o", str(out), "--report", str(report),
                                          "--scheduler", cluster.scheduler_address], catch_exceptions=False)
    assert result.exit_code == 1
    assert "r2.yaml:6:1: error: agency_typ：未知字段“agency_typ”。是不是“agency_type”？" in result.output
    assert "共 3 个文件：2 个成功，1 个失败" in result.output and "Dask" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["r0.docx", "r1.docx"]
    rows = json.loads(report.read_text(encoding="utf-8"))
    assert [(row["file"], row["status"]) for row in rows] == [("r0.yaml", "ok"), ("r1.yaml", "ok"), ("r2.yaml", "failed")]


def test_an_unreachable_scheduler_is_one_line(tmp_path, monkeypatch):
    """A port nothing listens on is said at once: Dask's client, which tried again for its 10 s, is not started."""
    import distributed

    tried = []
    monkeypatch.setattr(distributed, "Client", lambda *args, **kwargs: tried.append(args))
    result = CliRunner().invoke(cli, ["render", "a.yaml", "b.yaml", "-o", str(tmp_path), "--scheduler", "tcp://127.0.0.1:9"],
                                catch_exceptions=False)
    assert result.exit_code == 1
    assert result.output.startswith("error: 无法连接 Dask 调度器 tcp://127.0.0.1:9：连接被拒绝") and "Traceback" not in result.output
    assert tried == []


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no SIGINT to send to one child process")
def test_ctrl_c_stops_a_local_dask_cluster_with_one_line(tmp_path):
    """Ctrl-C reaches the terminal's whole process group: each worker of --dask-local printed its traceback, and the
    cluster's processes logged warnings, before the run's one line. The files after the first are held at a gate (the
    test plugin of tests/_gate.py, which the cluster's workers load too) until the test opens it: Ctrl-C comes while
    both workers are provably at them (long files were once all done before it, on a busy machine: exit 0), and the run
    ends with the gate still closed and the workers gone."""
    import os
    import signal
    import subprocess

    from reportkit.__main__ import INTERRUPTED

    files = copies(tmp_path, 12)
    for path in files[1:]:
        held_back(path)
    gate = Gate(tmp_path / "gate")
    with interruptible():
        process = subprocess.Popen([sys.executable, "-m", "reportkit", "render", *map(str, files), "-o",
                                    str(tmp_path / "out"), "-f", "docx", "--dask-local", "2"], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, encoding="utf-8", start_new_session=True, env=gate.env())
    try:
        assert process.stdout.readline().startswith("已生成")  # the first file is written
        workers = gate.wait_for(2, process)  # and both workers hold a later one
        os.killpg(process.pid, signal.SIGINT)
        _, err = process.communicate(timeout=LIMIT / 2)
        assert gate.closed and gate.passed() == 0  # the workers are ended, not waited for
    finally:
        gate.open()
        process.kill()
    assert process.returncode == 130
    assert not any(running(pid) for pid in workers)
    assert err.strip().splitlines()[-1] == INTERRUPTED
    assert "Traceback" not in err and "distributed." not in err, err
