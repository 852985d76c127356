"""A scheduler's port that refuses connections is said so, however long Dask's own tries took: on a busy machine they
could all time out before one was refused, and the line said “10 秒内没有连上” of a port with no scheduler."""
from __future__ import annotations

import errno
import socket
import time

import pytest
from click.testing import CliRunner

from reportkit import cluster
from reportkit.cli import cli

SAMPLE = "examples/sample-2021.yaml"


@pytest.fixture
def dask_times_out(monkeypatch) -> None:
    """Dask's client gives up as it does when none of its tries got an answer: a timeout without a cause."""
    distributed = pytest.importorskip("distributed")

    def timed_out(address, timeout):
        raise TimeoutError(f"Timed out trying to connect to {address} after {timeout}")

    monkeypatch.setattr(distributed, "Client", timed_out)


def render_on(address: str, folder) -> str:
    result = CliRunner().invoke(cli, ["render", SAMPLE, "-f", "json", "-o", str(folder), "--scheduler", address])
    assert result.exit_code == 1 and list(folder.iterdir()) == []
    return result.output


def test_a_refused_port_is_said_so_when_dask_s_tries_only_timed_out(tmp_path, dask_times_out):
    with socket.socket() as given_up:  # a port of this machine no program listens on
        given_up.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{given_up.getsockname()[1]}"
    assert render_on(address, tmp_path) == (f"error: 无法连接 Dask 调度器 {address}：连接被拒绝，这个地址的这个端口上没有调度器"
                                           "在运行：请确认已在那台机器上运行 dask scheduler，并核对主机和端口（默认 8786）\n")


def test_a_port_that_answers_but_is_no_scheduler_is_said_so(tmp_path, dask_times_out):
    """Where a connection is made (another program listens there) and Dask's handshake times out, the port is said to
    be taken by something else (it was said as a timeout of the connection)."""
    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        address = f"tcp://127.0.0.1:{listening.getsockname()[1]}"
        said = render_on(address, tmp_path)
    assert said.startswith(f"error: 无法连接 Dask 调度器 {address}：这个端口上有程序在监听，但 10 秒内没有像 Dask 调度器那样"
                           "应答：请确认那里运行的是 dask scheduler（不是别的服务）")


@pytest.mark.parametrize(("error", "said"), [
    (TimeoutError("timed out"), "10 秒内没有连上：请确认已在那台机器上运行 dask scheduler"),
    (OSError(errno.EHOSTUNREACH, "No route to host"), "连不上（EHOSTUNREACH）：请确认已在那台机器上运行 dask scheduler"),
], ids=["dropped", "unreachable"])
def test_a_port_that_cannot_be_reached_is_said_at_once(tmp_path, monkeypatch, error, said):
    """A host that drops the connection (a firewall) or cannot be routed to is said after reportkit's own one try,
    without Dask's 10 s more (they were both: the line then said “10 秒内” of 12 s)."""
    distributed = pytest.importorskip("distributed")

    def unanswered(address, timeout):
        assert timeout == 10
        raise error

    def not_tried(*args, **kwargs):
        raise AssertionError("Dask's client tried the port again")

    monkeypatch.setattr(socket, "create_connection", unanswered)
    monkeypatch.setattr(distributed, "Client", not_tried)
    address = "tcp://10.255.255.1:8786"
    assert render_on(address, tmp_path).startswith(f"error: 无法连接 Dask 调度器 {address}：{said}")


def test_a_port_that_takes_the_connection_and_never_answers_is_given_up(tmp_path, monkeypatch):
    """Dask's own client waited for ever for the handshake of a port that took the connection and said nothing (a web
    server's, the dashboard's 8787), and Ctrl-C did not stop it: given up after the connection's time (1 s here)."""
    pytest.importorskip("distributed")
    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 1)
    with socket.socket() as silent:  # takes connections (the system's backlog) and never reads or writes
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        address = f"tcp://127.0.0.1:{silent.getsockname()[1]}"
        started = time.monotonic()
        said = render_on(address, tmp_path)
        assert time.monotonic() - started < 30
    assert said.startswith(f"error: 无法连接 Dask 调度器 {address}：这个端口上有程序在监听，但 1 秒内没有像 Dask 调度器那样应答")
