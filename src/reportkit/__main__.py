"""The ``reportkit`` command: ``python -m reportkit`` and the console script.

Kept tiny, so that Ctrl-C or SIGTERM at any moment (even while the rest of reportkit is
still being imported) ends in one line and exit code 130, never a traceback; files being
written are rolled back by the write step as the interruption unwinds it.
"""
from __future__ import annotations

import os
import signal
import sys

INTERRUPTED = "已中断：已经写好的文件完整保留，正在写的文件没有写入"


def _terminate(signum, frame):
    raise KeyboardInterrupt


def main() -> None:
    """Run the command line; an interruption or a broken standard output is one line, not a traceback."""
    signal.signal(signal.SIGTERM, _terminate)
    try:
        from .cli import cli

        cli(prog_name="reportkit")
    except KeyboardInterrupt:
        _say(INTERRUPTED)
        sys.exit(130)
    except SystemExit as exit_:
        _flush_stdout()
        raise exit_
    _flush_stdout()


def _flush_stdout() -> None:
    """Flush now, so that a full or closed standard output is one line here rather than Python's noise at exit."""
    try:
        sys.stdout.flush()
    except OSError as exc:
        sys.stdout = open(os.devnull, "w")  # nothing more can reach it; keep the exit quiet
        from .write import reason

        _say(f"无法写出标准输出（{reason(exc)}）：请检查重定向的目标，例如磁盘是否已满")
        sys.exit(1)


def _say(message: str) -> None:
    try:
        sys.stderr.write(message + "\n")
        sys.stderr.flush()
    except OSError:
        pass


if __name__ == "__main__":
    main()
