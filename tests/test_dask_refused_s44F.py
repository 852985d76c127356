"""A scheduler's port that refuses connections is said so, however long Dask's own tries took: on a busy machine they
could all time out before one was refused, and the line said “10 秒内没有连上” of a port with no scheduler."""
from __future__ import annotations

import socket

import pytest
from click.testing import CliRunner

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


def test_a_port_that_answers_but_is_no_scheduler_is_still_said_as_a_timeout(tmp_path, dask_times_out):
    """Where a connection is made (another program listens there), nothing more is known (guard)."""
    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        address = f"tcp://127.0.0.1:{listening.getsockname()[1]}"
        said = render_on(address, tmp_path)
    assert said.startswith(f"error: 无法连接 Dask 调度器 {address}：10 秒内没有连上：请确认已在那台机器上运行 dask scheduler")
