"""reportkit's own PDFs (both engines) read back figure by figure: every bundled example, and examples varied (figures of
1 to 7 digits, 0s, amounts with decimals, a long agency name, a table going over a page break). Each figure the report
prints, in its tables and sentences, its percentages and amounts, comes back in the same text or cell; each figure the
data file gives is in the file the import writes. A share (占61.7%) and a total reportkit adds up print the same whether
the data gives them or not: the import leaves shares out (reportkit computes them) and writes totals as printed
(收到申请23件 of zhejiang-2017, whose data leaves it to the sum of the channels)."""
from __future__ import annotations

import difflib
import re
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli

from _import_helpers import printed

EXAMPLES = sorted(Path("examples").glob("*.yaml"))
ENGINES = {"weasyprint": "pdf", "typst": "pdf-typst"}
#: A figure as printed: a count, an amount with decimals, a percentage.
FIGURE = re.compile(r"\d+(?:\.\d+)?%?")
#: Keys whose values are no figure the import must give back: the order of parts and the edition follow from the
#: report (documented), a share is computed, a default heading (2009年工作情况) is left out as printed the same.
NOT_READ = {"order", "edition", "share", "headings"}
#: A paragraph numbered apart from its neighbours, so that no two are alike.
FILLER = "第{}批申请由承办科室逐件登记办理，办公室每周跟踪督办一次。"


def _figures(path: Path) -> list[tuple[str, list[str]]]:
    """The figures of each text of the report ``path`` prints, with what the text is set as."""
    return [(element, FIGURE.findall(text.replace(" ", ""))) for element, text in printed(path)]


def _given(value) -> Counter:
    """Every figure a data file gives, counted."""
    if isinstance(value, dict):
        return sum((_given(v) for k, v in value.items() if k not in NOT_READ), Counter())
    if isinstance(value, list):
        return sum((_given(v) for v in value), Counter())
    if value is None or isinstance(value, bool):
        return Counter()
    return Counter(FIGURE.findall(str(value).replace(" ", "")))


def _rendered(data: dict | Path, engine: str, folder: Path) -> tuple[Path, Path]:
    """``data`` (a dict, or an example's file) rendered to PDF by ``engine`` as the command line does: the data file
    and the PDF."""
    source = data if isinstance(data, Path) else folder / "data.yaml"
    if not isinstance(data, Path):
        source.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    out = folder / "pdf"
    rendered = CliRunner().invoke(cli, ["render", str(source), "-f", "pdf", "--engine", engine, "-o", str(out)])
    assert rendered.exit_code == 0, rendered.output
    return source, out / f"{source.stem}.pdf"


def _read_back(data: dict | Path, engine: str, folder: Path) -> tuple[Path, Path, Path]:
    """``data`` rendered (:func:`_rendered`) and imported as the command line does: the data file, the PDF and the
    file the import wrote (it must validate)."""
    source, pdf = _rendered(data, engine, folder)
    back = folder / "back.yaml"
    result = CliRunner().invoke(cli, ["import", str(pdf), "-o", str(back)])
    assert result.exit_code == 0 and "校验通过" in result.output, result.output
    return source, pdf, back


def _assert_same_figures(source: Path, back: Path) -> None:
    want, got = _figures(source), _figures(back)
    flat = [f"{element}:{figure}" for element, figures in want for figure in figures]
    flat_back = [f"{element}:{figure}" for element, figures in got for figure in figures]
    assert flat_back == flat, [op for op in difflib.SequenceMatcher(None, flat, flat_back).get_opcodes()
                               if op[0] != "equal"]
    assert want == got
    lost = _given(yaml.safe_load(source.read_text(encoding="utf-8"))) - _given(
        yaml.safe_load(back.read_text(encoding="utf-8")))
    assert not lost, lost


@pytest.mark.slow
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_reads_back_figure_by_figure(tmp_path, example, engine):
    source, _, back = _read_back(example, engine, tmp_path)
    _assert_same_figures(source, back)


def _example(name: str) -> dict:
    return yaml.safe_load(Path(f"examples/{name}.yaml").read_text(encoding="utf-8"))


def _digits_2008(show: str) -> dict:
    """nanning-2008 with figures of 1 to 7 digits and 0s, fees with decimals, printed as sentences or tables."""
    data = _example("nanning-2008")
    counts = [int(str(n) * n) for n in range(1, 8)]  # 1, 22, 333 … 7777777
    figures = data["sections"]["active_disclosure"]["figures"]
    figures.update(show=show, total=sum(counts), cumulative=sum(counts) + 1000000, categories=[
        {"name": f"第{n}类信息", "count": count} for n, count in zip("一二三四五六七", counts)])
    data["sections"]["applications"]["figures"] = {"show": show, "received": 1234567, "channels": [
        {"name": "网上申请", "count": 1234560}, {"name": "当面申请", "count": 7}], "outcomes": [
        {"name": "同意公开", "count": 1234567}, {"name": "不予公开", "count": 0}]}
    data["sections"]["review_litigation"] = {"figures": {"show": show, "reviews": 0, "suits": 7, "complaints": 0}}
    data["sections"]["fees"] = {"figures": {"show": show, "charged": "1234567.5", "waived": "0.05", "waived_cases": 3}}
    return data


def _digits_2021() -> dict:
    """sample-2021 with a long agency name, table cells of 1 to 6 digits and 0s, an amount with four decimals."""
    data = _example("sample-2021")
    data["agency"] = "某某省某某市某某区人民政府办公室政务公开和政府信息公开工作领导小组办公室"
    active = data["tables"]["active_disclosure"]
    active["regulations"] = {"issued": 1, "repealed": 0, "in_force": 22}
    active["normative_documents"] = {"issued": 333, "repealed": 0, "in_force": 4444}
    active["administrative_licensing"] = {"decisions": 55555}
    active["administrative_coercion"] = {"decisions": 666666}
    active["administrative_fees"] = {"amount": "123456.0001"}
    data["information_processing_fee"] = {"notices": 1, "amount_notified": "0.5", "amount_collected": 0}
    return data


def _over_a_page_break(engine: str, folder: Path) -> dict:
    """zhejiang-2017 with twelve answers in its table of applications and as many paragraphs before it as carry
    the table's rows over a page break."""
    names = ["属于已主动公开的信息", "同意公开", "部分公开", "不予公开", "信息不存在", "非本机关掌握的信息", "申请内容不明确",
             "属于咨询类事项", "重复申请", "转为信访件办理", "申请人撤回申请", "其他处理方式"]
    for extra in range(12):
        data = _example("zhejiang-2017")
        figures = data["sections"]["applications"]["figures"]
        figures["outcomes"] = [{"name": name, "count": n * 101 % 97} for n, name in enumerate(names, 1)]
        figures["channels"] = [{"name": "在线申请", "count": sum(o["count"] for o in figures["outcomes"]) - 4},
                               {"name": "纸质申请", "count": 4}]
        data["sections"]["applications"]["content"] += [FILLER.format(n) for n in range(extra * 2)]
        pdf = _rendered(data, engine, folder)[1]
        with pdfplumber.open(pdf) as document:
            pages = [(page.extract_text() or "").replace(" ", "") for page in document.pages]
        first, last = (next(n for n, page in enumerate(pages) if name in page) for name in (names[0], names[-1]))
        if first < last:
            return data
    raise AssertionError("no number of paragraphs carried the table over a page break")


VARIANTS = {"2008-digits-text": lambda engine, folder: _digits_2008("text"),
            "2008-digits-table": lambda engine, folder: _digits_2008("table"),
            "2021-digits-long-agency": lambda engine, folder: _digits_2021(),
            "table-over-a-page-break": _over_a_page_break}


@pytest.mark.slow
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("variant", VARIANTS)
def test_varied_examples_read_back_figure_by_figure(tmp_path, variant, engine):
    data = VARIANTS[variant](engine, tmp_path)
    source, _, back = _read_back(data, engine, tmp_path)
    _assert_same_figures(source, back)
