"""``render --dask-local`` started with Ctrl-C ignored, while another Dask cluster holds port 8787: Ctrl-C stops it as
it stops the process pool (``-j``), and standard error has reportkit's lines only. One run serves both tests."""
from __future__ import annotations

import contextlib
import functools
import os
import signal
import socket
import subprocess
import sys
from types import SimpleNamespace

import pytest

from reportkit.__main__ import INTERRUPTED

from _gate import Gate, held_back, running
from test_batch import copies

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows has no SIGINT to send to one child process")


@pytest.fixture(scope="module")
def stopped(tmp_path_factory):
    """A run of six files on two workers, started with Ctrl-C ignored (a shell's background job, ``nohup``) and sent
    Ctrl-C once the first file is written and both workers hold a later one at the gate."""
    folder = tmp_path_factory.mktemp("dask")
    files = copies(folder, 6)
    for path in files[1:]:
        held_back(path)
    gate, out = Gate(folder / "gate"), folder / "out"
    with contextlib.closing(socket.socket()) as taken:  # as by another Dask cluster's dashboard
        with contextlib.suppress(OSError):  # or another test's cluster holds it already: taken all the same
            taken.bind(("127.0.0.1", 8787))
            taken.listen()
        process = subprocess.Popen([sys.executable, "-m", "reportkit", "render", *map(str, files), "-o", str(out),
                                    "-f", "docx", "--dask-local", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   encoding="utf-8", start_new_session=True, env=gate.env(),
                                   preexec_fn=functools.partial(signal.signal, signal.SIGINT, signal.SIG_IGN))
        try:
            assert process.stdout.readline().startswith("已生成")  # the first file is written
            workers = gate.wait_for(2, process)  # and both workers hold a later one
            os.killpg(process.pid, signal.SIGINT)
            with contextlib.suppress(subprocess.TimeoutExpired):  # it went on (and is killed below)
                process.wait(timeout=30)
            held = gate.closed and gate.passed() == 0  # the workers are ended, not waited for
        finally:
            gate.open()
            process.kill()
            _, err = process.communicate()
    return SimpleNamespace(code=process.returncode, err=err, held=held, workers=workers,
                           written=sorted(p.name for p in out.iterdir()))


def test_ctrl_c_stops_a_local_dask_cluster_started_with_ctrl_c_ignored(stopped):
    """The process pool stopped at Ctrl-C with one line whatever it was started with; --dask-local went on."""
    assert stopped.code == 130, stopped.err
    assert stopped.held and not any(running(pid) for pid in stopped.workers)
    assert stopped.err.strip().splitlines()[-1] == INTERRUPTED
    assert stopped.written == ["r0.docx"]  # whole, and nothing half-written beside it


def test_no_warning_when_another_cluster_holds_port_8787(stopped):
    """The run's scheduler warned (a UserWarning of Dask's) that it hosted its HTTP server on another port."""
    first, *rest = [line for line in stopped.err.splitlines() if line]
    assert first.startswith("[1/6] ") and "r0.yaml：成功（" in first and rest == [INTERRUPTED], stopped.err
