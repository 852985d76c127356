"""Cold start: a command imports what it runs and nothing else (issue 14, benchmarks/README.md "Cold start").

Each check runs in a fresh interpreter and reads its ``sys.modules``: the test process has imported everything.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"
#: The typesetting engines and the font library: only a render of their format needs them.
ENGINES = ("weasyprint", "docxtpl", "typst", "uharfbuzz")
#: Each kind's pydantic models, rule checks and builds, and the steps of the pipeline.
REPORTKIT_WORK = (
    "reportkit.pipeline", "reportkit.validate", "reportkit.previous", "reportkit.fonts",
    "reportkit.default_plugins.annual_report.model", "reportkit.default_plugins.annual_report.rules",
    "reportkit.default_plugins.annual_report.build", "reportkit.default_plugins.annual_report.edition2008.model",
    "reportkit.default_plugins.work_plan.model", "reportkit.default_plugins.work_summary.model",
)


def modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter has imported after running ``code`` (which may print)."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)), file=sys.stderr)"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, encoding="utf-8", cwd=ROOT, timeout=120)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def run_cli(*args: str) -> str:
    """The command line run inside ``modules_after``, as ``reportkit ARGS``; exits are caught."""
    return f"""
from reportkit.cli import cli
try:
    cli({list(args)!r})
except SystemExit as exc:
    assert not exc.code, exc.code
"""


def imported(modules: set[str], names) -> list[str]:
    return sorted(m for m in modules for name in names if m == name or m.startswith(name + "."))


def test_importing_the_command_line_imports_no_pipeline_no_models_and_no_engines():
    modules = modules_after("import reportkit.cli")
    assert imported(modules, (*ENGINES, "pydantic", *REPORTKIT_WORK)) == []


def test_the_help_imports_no_models_of_reportkit_and_no_engines():
    # Installed plugins are loaded to list their commands (and may import pydantic for their own models).
    modules = modules_after(run_cli("-h"))
    assert imported(modules, (*ENGINES, *REPORTKIT_WORK)) == []


def test_validate_imports_the_edition_it_checks_and_no_engine():
    """Also what was test_a_second_validate_finds_the_fonts_in_the_cache_and_reads_no_font_file (the same first
    run, in this test's own empty cache, started one interpreter more)."""
    validate = run_cli("validate", str(SAMPLE))
    modules = modules_after(validate)
    assert "reportkit.default_plugins.annual_report.model" in modules  # it did validate the 2021 report
    assert "reportkit.default_plugins.annual_report.rules" in modules
    unused = ("weasyprint", "docxtpl", "typst", "lxml", "reportkit.renderers", "reportkit.previous",
              "reportkit.importers", "reportkit.batch", "reportkit.tables",
              "reportkit.default_plugins.annual_report.edition2008.model",
              "reportkit.default_plugins.annual_report.crossyear",
              "reportkit.default_plugins.work_plan.model", "reportkit.default_plugins.work_summary.model")
    assert imported(modules, unused) == []
    # The first run reads the faces' character maps and the installed fonts into the user cache (fonts.cache_file):
    # a second finds them there.
    assert "uharfbuzz" in modules
    assert imported(modules_after(validate), ("uharfbuzz",)) == []


def test_rendering_one_file_starts_no_process_pool_and_finds_its_template_compiled(tmp_path):
    """One file renders in this process: the pool's modules stay unimported. The HTML template is compiled
    once into the user cache (conftest gives each test its own) and read from there by the next run."""
    render = run_cli("render", str(SAMPLE), "-f", "pdf", "-o", str(tmp_path))
    modules = modules_after(render)
    assert "reportkit.renderers.pdf" in modules  # it did render the PDF
    assert imported(modules, ("concurrent.futures", "multiprocessing")) == []
    compiled = list(resources_cache().glob("jinja/*.cache"))
    assert len(compiled) == 1
    stamp = compiled[0].stat().st_mtime_ns
    modules_after(render)
    assert compiled[0].stat().st_mtime_ns == stamp  # read, not compiled and written again
    assert (tmp_path / "sample-2021.pdf").read_bytes().startswith(b"%PDF-")


def resources_cache() -> Path:
    from reportkit.resources import cache_dir

    return cache_dir()


def test_a_cache_folder_that_cannot_be_written_only_costs_the_compiling(tmp_path, monkeypatch):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    modules_after(run_cli("render", str(SAMPLE), "-f", "pdf", "-o", str(tmp_path / "out")))
    assert (tmp_path / "out" / "sample-2021.pdf").read_bytes().startswith(b"%PDF-")
    assert blocker.read_text(encoding="utf-8") == "a file where the cache folder should be"


def test_a_batch_s_own_process_uses_no_engine_so_that_its_workers_start_forked(tmp_path):
    """With -j, the workers render; the process that starts them imports no engine, so that on Linux they
    are forked from it, warm, sharing no engine state (reportkit.batch._pool)."""
    other = tmp_path / "other.yaml"
    other.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    code = run_cli("render", str(SAMPLE), str(other), "-f", "pdf", "-o", str(out), "-j", "2") + (
        "\nimport sys\nfrom reportkit import batch\n"
        "assert not sys.platform.startswith('linux') or batch._pool(1)._mp_context.get_start_method() == 'fork'\n")
    modules = modules_after(code)
    assert imported(modules, ENGINES) == []
    assert sorted(p.name for p in out.iterdir()) == ["other.pdf", "sample-2021.pdf"]


def _command(*args: str, tmp: Path, extra: str = "") -> subprocess.CompletedProcess:
    """``python -m reportkit ARGS`` (the console script's code) with its temporary folder in ``tmp``;
    ``extra`` runs first in the same process (sitecustomize-like, through ``-c``)."""
    script = f"{extra}\nimport sys\nsys.argv = ['reportkit', *{list(args)!r}]\nfrom reportkit.__main__ import main\nmain()"
    return subprocess.run([sys.executable, "-c", script], capture_output=True, encoding="utf-8", cwd=ROOT, timeout=300,
                          env={**__import__("os").environ, "TMPDIR": str(tmp)})


def test_a_finished_command_runs_its_exit_handlers_and_keeps_its_exit_code(tmp_path):
    """``__main__._end`` skips the interpreter's teardown (0.2-0.3 s of a cold render), not what exit handlers do:
    the Typst engine's temporary folder is removed, a handler registered by any code runs, the code is kept."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    handler = (f"import atexit\natexit.register(lambda: open({str(tmp_path / 'ran')!r}, 'w').write('yes'))")
    done = _command("render", str(SAMPLE), "-f", "pdf", "--engine", "typst", "-o", str(tmp_path / "out"),
                    tmp=tmp, extra=handler)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "sample-2021.pdf").read_bytes().startswith(b"%PDF-")
    assert (tmp_path / "ran").read_text() == "yes"
    assert list(tmp.iterdir()) == []  # reportkit-typst-<pid>-…, removed by its TemporaryDirectory at exit

    bad = tmp_path / "bad.yaml"
    bad.write_text(SAMPLE.read_text(encoding="utf-8").replace("year: 2023", "year: 两千"), encoding="utf-8")
    done = _command("validate", str(bad), tmp=tmp)
    assert done.returncode == 1 and "bad.yaml:" in done.stderr + done.stdout


def test_a_command_that_leaves_a_thread_running_ends_as_python_does(tmp_path):
    """With another thread alive Python's own exit waits for it; ``_end`` must not cut it short."""
    started = ("import threading, time\n"
               f"threading.Thread(target=lambda: (time.sleep(1), open({str(tmp_path / 'done')!r}, 'w').write('x'))).start()")
    done = _command("validate", str(SAMPLE), tmp=tmp_path, extra=started)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "done").exists()
