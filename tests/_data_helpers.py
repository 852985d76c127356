"""Helpers of the tests of the clerk's data errors: run a command on data bytes, change a line of an example."""
from __future__ import annotations

from click.testing import CliRunner

from reportkit.cli import cli


def run(tmp_path, *args: str, data: bytes, name: str = "data.yaml") -> tuple[int, list[str]]:
    """``reportkit ARGS`` on ``data`` written to ``name`` (validate's file, or the data an import goes ``--into``): the
    exit code and the output's lines, the folder left out of them."""
    path = tmp_path / name
    path.write_bytes(data)
    result = CliRunner().invoke(cli, [*args, str(path)] if args[0] == "validate" else [*args, "--into", str(path)],
                                prog_name="reportkit")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, [line.replace(str(tmp_path) + "/", "") for line in result.output.splitlines()]


def changed(text: str, old: str, new: str) -> tuple[str, int]:
    """``text`` with its first line ``old`` replaced by ``new``, and that line's number."""
    lines = text.splitlines()
    number = next(n for n, line in enumerate(lines) if line == old)
    lines[number] = new
    return "\n".join(lines) + "\n", number + 1
