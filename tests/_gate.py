"""A gate that worker processes hold jobs at until the test opens it (tests only).

A test that interrupts a batch must do so while jobs are in flight. Jobs made long enough for that on one machine
finish first on a busier one; jobs held at a gate are in flight however fast or busy the machine, and a run that ends
while the gate is still closed has ended its workers rather than waited for them. The test plugin in ``plugins_s45F``
holds, in any process that loads it, each report whose agency carries :data:`HELD`; a worker function may call
:func:`hold` itself.
"""
from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
import uuid
from pathlib import Path

#: The environment variable naming the gate's folder, for the processes a test starts.
ENV = "REPORTKIT_TEST_GATE"
#: Put in a report's agency, it is held by the test plugin.
HELD = "（待放行）"
#: The folder whose entry point installs the test plugin, on the PYTHONPATH of the processes a test starts.
SITE = Path(__file__).resolve().parent / "plugins_s45F"
#: Seconds a held job waits at most, and a test for jobs to be held: only so that a test that fails or dies leaves
#: nothing waiting for ever; no passing run comes near it.
LIMIT = 600.0


class Gate:
    """A closed gate in ``folder`` (made here): held jobs mark their process in it, and wait until :meth:`open`."""

    def __init__(self, folder: Path):
        self.folder = folder
        folder.mkdir()
        (folder / "closed").touch()

    def env(self, plugin: bool = True) -> dict[str, str]:
        """The environment of a process that holds jobs at this gate: with ``plugin``, the test plugin is installed
        in it (and in the workers it starts) for reports marked :data:`HELD`."""
        env = {**os.environ, ENV: str(self.folder)}
        if plugin:
            env["PYTHONPATH"] = os.pathsep.join([str(SITE), *sys.path])
        return env

    @property
    def closed(self) -> bool:
        return (self.folder / "closed").exists()

    def holders(self) -> set[int]:
        """The ids of the processes that took a job to the gate."""
        return {int(marker.name.split("-")[1]) for marker in self.folder.glob("held-*")}

    def wait_for(self, count: int, process=None) -> set[int]:
        """The ids of the processes holding jobs, once there are ``count``; an error if ``process`` (a
        :class:`subprocess.Popen`) ends first."""
        deadline = time.monotonic() + LIMIT
        while len(holders := self.holders()) < count:
            if process is not None and process.poll() is not None:
                raise AssertionError(f"the run ended (exit {process.returncode}) with {len(holders)} jobs held, "
                                     f"not {count}: {process.communicate()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"{len(holders)} jobs held after {LIMIT} s, not {count}")
            time.sleep(0.02)
        return holders

    def passed(self) -> int:
        """How many held jobs went on past the gate (it was opened, or they waited :data:`LIMIT`)."""
        return len(list(self.folder.glob("passed-*")))

    def open(self) -> None:
        (self.folder / "closed").unlink(missing_ok=True)


def hold(folder: Path) -> None:
    """Mark this process as holding a job at the gate in ``folder``, wait while the gate is closed, and mark the job
passed."""
    name = f"{os.getpid()}-{uuid.uuid4().hex}"
    (folder / f"held-{name}").touch()
    deadline = time.monotonic() + LIMIT
    while (folder / "closed").exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    (folder / f"passed-{name}").touch()


@contextlib.contextmanager
def interruptible():
    """Processes started in the block take Ctrl-C as from a terminal, even when this one was started with it ignored
    (a shell's background job, ``nohup``), which its children would inherit: a test that sends them Ctrl-C hung."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # a handler: the default again after exec
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def held_back(path: Path) -> None:
    """Mark the report in ``path`` (agency on a line of its own) :data:`HELD`."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("agency: "))
    lines[at] = lines[at].rstrip("\n") + HELD + "\n"
    path.write_text("".join(lines), encoding="utf-8")


def running(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie, killed but not yet reaped by a container's init, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat")
    try:
        return status.read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError):  # gone between the two looks, or no /proc (macOS)
        return not sys.platform.startswith("linux")
