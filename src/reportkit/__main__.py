"""The ``reportkit`` command: ``python -m reportkit`` and the console script.

Kept tiny, so that Ctrl-C or SIGTERM at any moment (even while the rest of reportkit is
still being imported) ends in one line and exit code 130, never a traceback; files being
written are rolled back by the write step as the interruption unwinds it.

A finished command ends its process without the interpreter's teardown (:func:`_end`).
"""
from __future__ import annotations

import atexit
import errno
import os
import signal
import sys
import threading

INTERRUPTED = "已中断：已经写好的文件完整保留，正在写的文件没有写入"


def _terminate(signum, frame):
    raise KeyboardInterrupt


def main() -> None:
    """Run the command line; an interruption or a broken standard output is one line, not a traceback."""
    signal.signal(signal.SIGTERM, _terminate)
    # Standard output redirected on Windows (or a GBK locale) takes the local code page: a character outside it (a
    # file named with a rare character) is written as \U00020000, not a traceback after the work is done.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        from .cli import cli

        cli(prog_name="reportkit")
    except KeyboardInterrupt:
        _say(INTERRUPTED)
        sys.exit(130)
    except SystemExit as exit_:
        _flush_stdout()
        _end(exit_.code)
        raise exit_
    _flush_stdout()
    _end(0)


def _end(code: object) -> None:
    """Exit with ``code`` at once, after the exit handlers (temporary folders, logging, pools) have run.

    Freeing what the engines built, module by module, is most of a cold render's last 0.2-0.3 s and
    does nothing for the user: every file is written, synced and closed by then. Python's own exit is
    kept when another thread still runs (it would be joined) or the code is a message to print.
    """
    run = getattr(atexit, "_run_exitfuncs", None)
    if run is None or threading.active_count() > 1 or not (code is None or isinstance(code, int)):
        return
    run()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code or 0)


def _flush_stdout() -> None:
    """Flush now, so that a full standard output is one line here rather than Python's noise at exit; a pipe whose
    reader closed it (``| head -1``) ends without a word, as in ``cli._out`` and click; exit 1 either way."""
    try:
        sys.stdout.flush()
    except OSError as exc:
        sys.stdout = open(os.devnull, "w")  # nothing more can reach it; keep the exit quiet
        if exc.errno != errno.EPIPE:
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
