"""reportkit-test-gate: holds each annual report whose agency carries ``_gate.HELD`` at the gate named by the
environment variable ``_gate.ENV``, while it is closed (tests only; :meth:`_gate.Gate.env` installs it)."""
from __future__ import annotations

import os
from pathlib import Path

import _gate

from reportkit import hookimpl
from reportkit.registry import Rule


def _held(report) -> list:
    folder = os.environ.get(_gate.ENV)
    if folder and _gate.HELD in report.agency:
        _gate.hold(Path(folder))
    return []


@hookimpl
def register_rules(register):
    register(Rule("GATE", "annual-report", "测试用：关卡关闭时等待测试放行", _held))
