"""The batch on Dask: ``render --scheduler tcp://HOST:8786`` (a cluster) or ``--dask-local N``.

Dask (``pip install -c constraints.txt '.[dask]'`` in the source folder) schedules the same
:func:`reportkit.jobs.render_job` the process pool runs. Workers read the data files by the
absolute path this machine gives them (a shared folder mounted at the same path everywhere)
and send the rendered bytes back; this machine writes every output. A task whose worker dies
is retried by Dask on another worker, and reported as crashed when it kills workers again.
"""
from __future__ import annotations

import concurrent.futures
import errno
import logging
import queue
import signal
import socket
import threading
import time
from typing import Iterable, Iterator

from .jobs import Job, JobResult, bug_message, crashed, interruptions, render_job
from .errors import RenderError

#: How long a connection to a scheduler is waited for.
CONNECT_SECONDS = 10

INSTALL = "使用 Dask 需先安装：在 reportkit 源码根目录运行 .venv/bin/pip install -c constraints.txt '.[dask]'"


def dask_results(jobs: Iterable[Job], *, scheduler: str | None = None, local: int | None = None) -> Iterator[JobResult]:
    """Render ``jobs`` on the Dask scheduler at ``scheduler``, or on a local cluster of ``local`` worker processes.

    Ctrl-C and SIGTERM are taken as by the process pool (:func:`reportkit.jobs.interruptions`), also when this
    process was started with Ctrl-C ignored (a shell's background job, ``nohup``): the run stops between results."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise RenderError(INSTALL) from None
    with interruptions() as interrupted:
        try:
            if local:  # its processes print nothing of their own: Ctrl-C is this process's, which ends them
                # No dashboard; the scheduler's HTTP server (health checks) on a free port: on Dask's 8787, with
                # another cluster running, it warned that the port was in use
                cluster = LocalCluster(n_workers=local, threads_per_worker=1, dashboard_address=None,
                                       scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                                       silence_logs=logging.CRITICAL, preload=["reportkit.cluster"])
                client = Client(cluster)
            else:
                code = _connect_error(scheduler)  # said at once: Dask tries again for the whole 10 s, then says
                if code:  # only that it timed out
                    raise OSError(code, scheduler)
                client = _connected(Client, scheduler, interrupted)
        except (OSError, TimeoutError, ValueError) as exc:
            raise RenderError(f"无法连接 Dask 调度器 {scheduler}：{_not_connected(scheduler, exc)}") from None
        try:
            jobs = list(jobs)
            futures = dict(zip(client.map(render_job, jobs, pure=False), jobs))
            finished = queue.SimpleQueue()  # filled by Dask's threads, taken here between looks at Ctrl-C
            for future in futures:
                future.add_done_callback(finished.put)
            while futures:
                if interrupted.is_set():
                    raise KeyboardInterrupt
                try:
                    future = finished.get(timeout=0.2)
                except queue.Empty:
                    continue
                job = futures.pop(future)
                try:
                    yield future.result()
                except Exception as exc:  # KilledWorker, or a bug in reportkit on that worker
                    yield crashed(job, _why(exc))
                future.release()
        finally:
            client.close()
            if local:
                cluster.close()


def _connected(client: type, scheduler: str, interrupted: threading.Event):
    """Dask's ``client`` of ``scheduler``, made in a thread of its own and waited for here: Dask's handshake waits
    with no end for an answer from a port that took the connection (a web server's, the dashboard's 8787), where
    Ctrl-C could not stop it. TimeoutError after :data:`CONNECT_SECONDS` and a little more."""
    made = concurrent.futures.Future()

    def connect() -> None:
        try:
            made.set_result(client(scheduler, timeout=f"{CONNECT_SECONDS}s"))
        except BaseException as exc:  # handed to the waiting thread, which raises it
            made.set_exception(exc)

    threading.Thread(target=connect, name="reportkit-dask-connect", daemon=True).start()
    deadline = time.monotonic() + CONNECT_SECONDS + 2
    while time.monotonic() < deadline:
        if interrupted.is_set():
            raise KeyboardInterrupt
        if concurrent.futures.wait([made], timeout=0.2).done:
            return made.result()
    raise TimeoutError(scheduler)


def dask_setup(worker) -> None:
    """Run by each worker of ``--dask-local`` as it starts (Dask's preload): Ctrl-C reaches the terminal's whole
    process group, and a worker stopped by it printed its traceback; the run's own process ends the cluster."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the process's main thread: the signal goes to the main thread's handler anyway
        pass


def _not_connected(scheduler: str, exc: Exception) -> str:
    """Why the ``scheduler`` could not be reached, and the fix, in Chinese: Dask's own words are English, and its
    “Timed out trying to connect” hides the reason (a refused connection, a host name not known) in its causes."""
    if isinstance(exc, ValueError):
        return "地址的写法不对：请写成 tcp://主机:端口，如 tcp://10.0.0.5:8786（dask scheduler 默认用端口 8786）"
    try:  # Dask's causes name an unknown host only when its last try got that far
        socket.getaddrinfo(scheduler.rpartition("://")[2].rpartition(":")[0].strip("[]"), None)
    except (OSError, UnicodeError):
        return "找不到这个主机（主机名无法解析）：请检查主机名是否写对，或改用那台机器的 IP 地址"
    causes = []
    while exc is not None and len(causes) < 10:
        causes.append(exc)
        exc = exc.__cause__ or exc.__context__
    code = next((cause.errno for cause in causes if isinstance(cause, OSError) and cause.errno), None)
    if code == errno.ECONNREFUSED:
        return ("连接被拒绝，这个地址的这个端口上没有调度器在运行：请确认已在那台机器上运行 dask scheduler，"
                "并核对主机和端口（默认 8786）")
    if code is None:  # the port took the connection: something listens there, and did not answer as a scheduler
        return (f"这个端口上有程序在监听，但 {CONNECT_SECONDS} 秒内没有像 Dask 调度器那样应答：请确认那里运行的是 dask scheduler"
                "（不是别的服务），主机和端口（默认 8786）无误，且两台机器上 distributed 的版本相同")
    said = (f"{CONNECT_SECONDS} 秒内没有连上" if code == errno.ETIMEDOUT
            else f"连不上（{errno.errorcode[code]}）" if code in errno.errorcode else "连不上")
    return f"{said}：请确认已在那台机器上运行 dask scheduler，主机和端口（默认 8786）无误，且防火墙放行这个端口"


def _connect_error(scheduler: str) -> int | None:
    """The error number of one connection to ``scheduler``'s port tried here (``ETIMEDOUT`` when no answer came in
    :data:`CONNECT_SECONDS`), or None: connected, or no port to try (Dask's client says that)."""
    host, _, port = scheduler.rpartition("://")[2].rpartition(":")
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=CONNECT_SECONDS).close()
    except TimeoutError:
        return errno.ETIMEDOUT
    except OSError as exc:
        return exc.errno
    except (ValueError, OverflowError):  # no port, or none a port can be: Dask's client refuses the address
        pass
    return None


def _why(exc: Exception) -> str:
    if type(exc).__name__ == "KilledWorker":
        return ("处理这个文件的 Dask 工作进程多次意外退出（内存不足或排版引擎崩溃），未生成文件；其余文件不受影响。"
                "请用 -j 1 单独渲染它以查看原因")
    return bug_message(exc)
