"""Step 2 of the pipeline: check loaded data against its kind's model and rules.

All problems are collected and reported together; pydantic errors become
``FILE:LINE:COL: error: 字段路径：说明`` lines in Chinese.
"""
from __future__ import annotations

import copy
import datetime as dt
import dataclasses
import difflib
import functools
import math
import re
import types
import typing
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import metadata
from typing import Callable, Iterable, Iterator, Optional

from pydantic import BaseModel, Field, ValidationError, create_model
from pydantic.fields import FieldInfo

from .attachments import parse_date, year_pattern, year_value
from .blocks import Source
from .errors import ERROR, NOTE, WARNING, Diagnostic, Diagnostics, data_label
from .fonts import exact_position
from .load import Loaded
from .narrative import DAY_FIRST, day_first_dates, day_first_fix
from .numerals import numeral_value
from .plugin_faults import failure, rule_failure
from .registry import Kind, Registry, Section, package_key


@dataclass
class Validated:
    """A typed report, ready to build, with the diagnostics found on the way."""

    loaded: Loaded
    kind: Kind
    edition: str | None
    report: BaseModel
    diagnostics: Diagnostics
    #: Each plugin's validated settings from ``plugins:``, by plugin name (see :class:`reportkit.registry.Settings`).
    settings: dict[str, BaseModel] = field(default_factory=dict)
    registry: Registry | None = None

    def settings_of(self, item) -> BaseModel | None:
        """The settings of the plugin that contributed ``item`` (a section or a layout), if any."""
        return self.settings.get(self.registry.plugin_of(item)) if self.registry else None


def validate(loaded: Loaded, registry: Registry, *, strict: bool = False,
             also: Callable[[Validated], Iterable[Diagnostic]] | None = None, rules: bool = True) -> Validated:
    """Validate ``loaded``; raise :class:`~reportkit.errors.InvalidData` if anything is an error.

    ``also`` gives more findings on the validated report (the cross-year rules), listed with the rules' own
    even when those are errors; not when a value has the wrong type, where the report is not what was meant.
    Without ``rules``, only the values are checked (their types and ranges): the consistency rules do not run."""
    diags = Diagnostics(strict=strict)
    diags.extend(loaded.diagnostics)
    data = loaded.data
    if not isinstance(data, dict):
        diags.add(loaded.diagnostic(ERROR, "文件的最外层应是“键: 值”的映射，例如以 kind: annual-report 开头"))
        diags.stop_if_errors()
    diags.extend(_required_plugins(loaded, registry))
    diags.stop_if_errors()  # without its plugins, the rest of the file (its kind too) would only give noise
    kind = _kind(loaded, registry, diags)
    diags.stop_if_errors()
    settings = _plugin_settings(loaded, registry, diags)
    edition, findings = kind.resolve_edition(data)
    diags.extend(dataclasses.replace(loaded.diagnostic(f.severity, f.message, f.path), published=f.published)
                 for f in findings)
    diags.stop_if_errors()
    model = model_for(kind, edition, registry)
    payload = {k: v for k, v in data.items() if k != "plugins"}
    refused: set[tuple] = set()
    try:
        reports = [model.model_validate(payload)]
    except ValidationError as exc:
        diags.extend(_translate(exc, loaded, model, registry.broken))
        refused = {_data_path(err["loc"], payload) for err in exc.errors(include_url=False)}
        reports = _with_bad_values_replaced(model, payload, exc)
        if not reports:
            diags.stop_if_errors()
    diags.extend(_read_as_integers(model, payload, loaded, refused))
    diags.extend(_empty_texts(model, payload, loaded, refused))
    # With bad cells replaced, a finding counts only if every replacement gives it: it does not
    # depend on a value the clerk has to correct anyway (issue 8: all problems in one run).
    findings = [list(_rule_findings(report, model, registry, kind, edition, loaded)) if rules else []
                for report in reports]
    diags.extend(d for d in findings[0] if all(d in other for other in findings[1:]))
    validated = Validated(loaded, kind, edition, reports[0], diags, settings, registry)
    if also is not None and rules and len(reports) == 1:
        diags.extend(also(validated))
    diags.raise_if_errors()
    return validated


def _as_text(value) -> str:
    """A value as the text it was written with (2025.10, not 2025.1); nothing for an empty one."""
    return "" if value is None else getattr(value, "text", str(value))


#: What the values that failed their type checks stand for while the rules run, each from the value as read: two
#: far-apart numbers, else (where the model refuses a number, as a work plan's deadline does) the value as text and
#: a text of no words; a finding that depends on a value differs between the two runs and is dropped.
_STAND_INS = ((lambda value: 0, lambda value: 1_000_003), (_as_text, lambda value: "〇"))


#: An integer written as a decimal or in quotes, which pydantic reads as the integer: 12.0 (a figure copied from Excel),
#: "12", ' 12 '.
_INTEGRAL = re.compile(r"\s*[-+]?[0-9]+(?:\.0*)?\s*")


def _read_as_integers(model, payload: dict, loaded: Loaded, refused: set[tuple]) -> list[Diagnostic]:
    """A note at each integer written 12.0 or "12" (pydantic's strict mode refuses exactly these), not ``refused``:
    read as 12, as the clerk meant, and said, so that the data file can be tidied."""
    if not _integral_written(payload):  # the usual data: no second validation
        return []
    try:
        model.model_validate(payload, strict=True)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
    else:
        return []
    out: dict[tuple, Diagnostic] = {}
    for err in errors:
        read = err["input"]
        written = getattr(read, "text", read)
        if err["type"] != "int_type" or not isinstance(written, str) or not _INTEGRAL.fullmatch(written):
            continue
        path = _data_path(err["loc"], loaded.data)
        if path in refused or _value_at(loaded.data, path) != read:  # too big (its error says so), or no value typed
            continue
        number = int(Decimal(written))
        how = "不写小数点" if isinstance(read, float) else "不加引号"
        what = "年份" if path[-1:] == ("year",) else "整数"
        out.setdefault(path, loaded.diagnostic(
            NOTE, f"{data_label(path)}：“{written}”已按整数 {number} 读取；这里是{what}，{how}，写作 {number} 即可", path))
    return list(out.values())


def _empty_texts(model, data, loaded: Loaded, refused: set[tuple], path: tuple = ()) -> Iterator[Diagnostic]:
    """An error at each text that may be left out written with nothing after its colon (``title:``), not ``refused``:
    it passed, and the default was printed as if the line were not there."""
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for key, value in items:
        if value is not None:
            yield from _empty_texts(model, value, loaded, refused, (*path, key))
            continue
        found = _field(model, (*path, key)) if isinstance(key, str) else None
        if found is None or found.is_required() or not _takes_text(found.annotation) or (*path, key) in refused:
            continue
        what = found.title or "这一项"
        hint = f"（{found.description}）" if found.description and found.description != found.title else ""
        fix = f"写上{what}，或删掉这一行{hint}" if hint.startswith(("（不填", "（默认")) else f"写上{what}{hint}，或删掉这一行"
        yield loaded.diagnostic(ERROR, f"{data_label((*path, key))}：{what}是空的（冒号后面什么也没写）：{fix}", (*path, key))


def _takes_text(annotation) -> bool:
    """Whether a field of ``annotation`` holds a text (``Optional[TitleText]``)."""
    bare = [typing.get_args(c)[0] if typing.get_origin(c) is typing.Annotated else c
            for c in _candidates(typing.get_args(annotation)[0] if typing.get_origin(annotation) is typing.Annotated
                                 else annotation)]
    return str in bare


def _integral_written(data) -> bool:
    """Whether ``data`` holds a float or a text :data:`_INTEGRAL` may read as an integer."""
    if isinstance(data, dict):
        return any(map(_integral_written, data.values()))
    if isinstance(data, list):
        return any(map(_integral_written, data))
    return isinstance(data, float) or isinstance(data, str) and bool(_INTEGRAL.fullmatch(data))


def _with_bad_values_replaced(model, payload: dict, exc: ValidationError) -> list[BaseModel]:
    """The report validated once per stand-in in place of every bad value, or [] when the errors are not all
    values that numbers, or else texts, can stand for (a missing section, a wrong structure)."""
    paths = {_data_path(err["loc"], payload) for err in exc.errors(include_url=False)}
    for pair in _STAND_INS:
        reports = []
        for stand_in in pair:
            patched = copy.deepcopy(payload)
            if not all(path and _replace(patched, path, stand_in) for path in paths):
                return []
            try:
                reports.append(model.model_validate(patched))
            except ValidationError:
                break
        else:
            return reports
    return []


def _replace(data, path: tuple, stand_in: Callable) -> bool:
    """Put ``stand_in`` of the value at ``path`` in ``data`` in its place, if a scalar is there now."""
    *parents, last = path
    node = _value_at(data, tuple(parents))
    try:
        if isinstance(node[last], (dict, list)):
            return False
    except (KeyError, IndexError, TypeError):
        return False
    node[last] = stand_in(node[last])
    return True


def _rule_findings(report, model, registry: Registry, kind: Kind, edition, loaded: Loaded) -> Iterator[Diagnostic]:
    """The diagnostics of the plugin sections' rules and of the kind's rules on ``report``."""
    for section in getattr(model, "plugin_sections", ()):
        section_data = getattr(report.sections, section.name)
        if section_data is None:
            continue
        path = ("sections", section.name)
        plugin = registry.plugin_of(section)
        try:
            for rule in section.rules:
                for f in rule(section_data):
                    where = path + tuple(f.path)
                    if f.severity in SEVERITIES:
                        yield dataclasses.replace(loaded.diagnostic(f.severity, f.message, where, plugin=plugin),
                                                  published=f.published)
                    else:
                        yield loaded.diagnostic(ERROR, _bad_severity(f"栏目 {section.name} 的规则", f), where, plugin=plugin)
        except Exception as exc:  # a broken rule is the plugin's fault, not the clerk's
            yield loaded.diagnostic(ERROR, failure(f"栏目 {section.name} 的规则", exc,
                                                   f"；在它修好之前，可先从数据中删去 sections.{section.name} 这一栏"),
                                    path, plugin=plugin)
    for rule in registry.rules_for(kind.name, edition):
        plugin = registry.plugin_of(rule)
        added = plugin if plugin != registry.plugin_of(kind) else None  # a kind's own rules speak for the kind
        try:
            for f in rule.check(report):
                yield finding_diagnostic(loaded, f, rule.id, added)
        except Exception as exc:  # a broken rule is the plugin's fault, not the clerk's
            if plugin.startswith("reportkit."):
                yield Diagnostic(ERROR, f"规则 {rule.id} 出错：{type(exc).__name__}: {exc}", loaded.file, plugin=plugin)
            else:  # an installed plugin's rules run whether or not plugins: names it; a kind's own plugin must stay
                fix = (f"；在它修好之前，可先卸载这个插件（pip uninstall {plugin}），数据的 plugins: 若写着它，也一并删去"
                       if added else "")
                message, published = rule_failure(rule.id, plugin, exc, fix)
                yield dataclasses.replace(loaded.diagnostic(ERROR, message, ("kind",), plugin=plugin), published=published)


#: The figure a finding's piece of text states: a number in digits or Chinese numerals with its unit (“7件”, “四十八件”,
#: “1,120元”), or an aside in brackets to pass over (“（含补发一份）”); not a year or a date (“2024年度”, “12月”), nor
#: a numeral of a word (“下一年度”, “一、”).
_FIGURE = re.compile(r"[（(][^（()）]*[）)]|(?:(?<![\d.,])\d[\d.,]*|(?<![〇零一二两三四五六七八九十百千万])"
                     r"[一二两三四五六七八九十百千][〇零一二两三四五六七八九十百千万]*)(?=\s*(?:件|起|份|项|条|个|次|人|家|篇|万?元|%|％))")
#: The severities a :class:`reportkit.registry.Finding` may have.
SEVERITIES = (ERROR, WARNING, NOTE)


def _bad_severity(rule: str, finding) -> str:
    """The error for a finding whose severity is none of :data:`SEVERITIES` (it would print, and not count);
    ``rule`` names the rule as it goes before “给出的” (“规则 ZJ1 ”, “栏目 zj 的规则”)."""
    return f"{rule}给出的级别“{finding.severity}”不是 {'、'.join(SEVERITIES)} 之一（它报告的是：{finding.message}）"


def finding_diagnostic(loaded: Loaded, finding, rule_id: str, plugin: str | None = None) -> Diagnostic:
    """A rule's finding located in ``loaded``: at its path, or at its ``at`` piece of text there, past ``skip`` others
    (at the piece's figure, if it has one: :data:`_FIGURE`; a piece wrapped over lines is looked for from that figure
    on, and one wrapped after its figure at the figure's line: :func:`_pieces`).

    ``plugin`` names the plugin the rule is from, when another plugin gave the kind; a severity that is none of
    :data:`SEVERITIES` is an error. The finding's ``published`` wording is kept, with the rule's id.
    """
    published = None
    if finding.severity in SEVERITIES:
        severity, message = finding.severity, f"{finding.message}（{rule_id}）"
        published = f"{finding.published}（{rule_id}）" if finding.published else None
    else:
        severity, message = ERROR, _bad_severity(f"规则 {rule_id} ", finding)
    d = dataclasses.replace(loaded.diagnostic(severity, message, finding.path, plugin=plugin), rule=rule_id,
                            published=published)
    if not finding.at or d.line is None:
        return d
    offset = next((m.start() for m in _FIGURE.finditer(finding.at) if m.group()[0] not in "（("), 0)
    start = Source(d.file, d.line, d.col)
    lines = loaded.text.splitlines()
    for piece, shift, skip in _pieces(_value_at(loaded.data, finding.path), finding.at, offset, finding.skip):
        line, col = exact_position(loaded.text, start, piece, skip)
        if 0 < line <= len(lines) and lines[line - 1].startswith(piece, col - 1):
            return dataclasses.replace(d, line=line, col=col + shift)
    return d


def _pieces(value, at: str, offset: int, skip: int) -> tuple[tuple[str, int, int], ...]:
    """What to look for in the file's lines to find ``at`` past ``skip`` others in the paragraph ``value`` (as typed,
    its line breaks in it): (piece, the figure's place in it, the others of the piece before it). Found in ``value``
    with or without blanks between its characters, ``at`` as ``value`` has it; else, wrapped over lines there, its
    rest from ``offset`` (its figure) on; else, that rest wrapped too (“申请5” on one line, “件” on the next), its
    first line. Without ``value`` (not text, or ``at`` not in it), ``at`` and its rest, each past ``skip``."""
    gap, chars = r"\s*", [r"\s*" if c.isspace() else re.escape(c) for c in at]
    wrapped = re.compile(gap.join(chars[:offset]) + gap * bool(offset) + f"(?P<rest>{gap.join(chars[offset:])})")
    found = list(wrapped.finditer(value)) if isinstance(value, str) else []
    if len(found) <= skip:
        return (at, offset, skip), (at[offset:], 0, skip)
    m = found[skip]
    rest = m.group("rest")
    pieces = ((m.group(), m.start("rest") - m.start(), m.start()), (rest, 0, m.start("rest")),
              (re.match(r"\S*", rest).group(), 0, m.start("rest")))
    return tuple((piece, shift, value.count(piece, 0, start)) for piece, shift, start in pieces if piece)


def _value_at(data, path: tuple):
    """The value at ``path`` in ``data``, or None where there is none."""
    node = data
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def model_for(kind: Kind, edition: str | None, registry: Registry) -> type[BaseModel]:
    """The kind's model, with the sections that plugins add to it under ``sections:``."""
    return _with_sections(kind.model(edition), tuple(registry.sections_for(kind.name, edition)))


@functools.lru_cache(maxsize=64)
def _with_sections(model: type[BaseModel], sections: tuple[Section, ...]) -> type[BaseModel]:
    if not sections:
        return model
    field = model.model_fields["sections"]
    base = field.annotation
    extended = create_model(f"{base.__name__}WithPlugins", __base__=base, **{
        s.name: (Optional[s.model], Field(None, title=s.title, description=s.description or s.title))
        for s in sections})
    default = {"default_factory": extended} if not field.is_required() else {}
    derived = create_model(model.__name__, __base__=model, sections=(
        extended, Field(title=field.title, description=field.description, **default)))
    derived.plugin_sections = sections
    return derived


def _required_plugins(loaded: Loaded, registry: Registry) -> list[Diagnostic]:
    """``plugins:`` names the plugin packages the data needs; a missing one is named with its package."""
    declared = loaded.data.get("plugins")
    if declared is None:
        return []
    if not isinstance(declared, (list, dict)):
        return [loaded.diagnostic(ERROR, "plugins 应为插件包名的列表，例如 plugins: [reportkit-gbt9704-sichuan-disaster]",
                                  ("plugins",))]
    installed = ({package_key(name) for name in registry.packages} | {package_key(name) for name in registry.packages.values()}
                 | {package_key(name) for name in registry.settings})
    broken = {package_key(name): why for name, why in registry.broken.items()}
    out = []
    for i, name in enumerate(declared):
        where = ("plugins", i) if isinstance(declared, list) else ("plugins", name)
        if not isinstance(name, str):
            out.append(loaded.diagnostic(ERROR, "plugins 的每一项应为插件包名", where))
        elif package_key(name) in broken:
            out.append(loaded.diagnostic(
                ERROR, f"数据需要插件“{name}”，但它未能加载：{broken[package_key(name)]}", where, key=isinstance(declared, dict)))
        elif package_key(name) not in installed:
            out.append(loaded.diagnostic(ERROR, _not_installed(name, registry), where, key=isinstance(declared, dict)))
    return out


#: The plugins in this project's plugins/ folder (their old names without "gbt9704-" are still accepted).
BUNDLED_PLUGINS = ("reportkit-gbt9704-fonts-fandol", "reportkit-gbt9704-sichuan-disaster", "reportkit-gbt9704-redhead")


def _not_installed(name: str, registry: Registry) -> str:
    """Why no loaded plugin is called ``name``, and what to do."""
    bundled = next((b for b in BUNDLED_PLUGINS if package_key(name) in (package_key(b), package_key(b.replace("gbt9704-", "")))), None)
    if bundled:
        return f"数据需要插件“{name}”，但它没有安装：在源码根目录运行 pip install ./plugins/{bundled}"
    try:
        dist = metadata.distribution(name)
    except (metadata.PackageNotFoundError, ValueError):  # ValueError: an empty name
        dist = None
    if dist is not None and not any(ep.group == "reportkit" for ep in dist.entry_points):
        modules = sorted({f.parts[0] for f in dist.files or () if len(f.parts) == 2 and f.name == "__init__.py"})
        line = (f'{modules[0].removeprefix("reportkit_")} = "{modules[0]}"' if len(modules) == 1
                else '名称 = "含 hookimpl 的模块"')
        return (f"数据需要插件“{name}”：它已安装（{dist.version} 版），但没有声明 reportkit 入口点，reportkit 找不到它："
                f"请在它的 pyproject.toml 中加上 [project.entry-points.reportkit] 一节，写上 {line}，再重新安装它")
    packages = "、".join(sorted(registry.packages)) or "（无）"
    return (f"数据需要插件“{name}”，但没有安装这个名字的插件：已安装的有 {packages}；本项目自带的有 {'、'.join(BUNDLED_PLUGINS)}"
            "（在源码根目录运行 pip install ./plugins/<名称>）；其他插件按其说明安装，再把这里改成它的包名")


def _plugin_settings(loaded: Loaded, registry: Registry, diags: Diagnostics) -> dict[str, BaseModel]:
    """Validate each plugin's settings (``plugins:`` as a mapping) with the model the plugin registered.

    A plugin with a settings model that the data gives no settings for gets ``model()``
    when every field has a default. Errors are located like the core's.
    """
    declared = loaded.data.get("plugins")
    given = declared if isinstance(declared, dict) else {}
    by_package = {package_key(package): item for package, item in registry.settings.items()}
    fields, values = {}, {}
    for package, value in given.items():
        item = by_package.get(package_key(str(package)))
        if item is None:
            if value not in (None, {}, []):
                diags.add(loaded.diagnostic(ERROR, f"插件“{package}”没有可设置的项：请删去它下面的内容", ("plugins", package)))
            continue
        fields[f"p{len(fields)}"] = (Optional[item.model], Field(None, alias=str(package)))
        values[str(package)] = value
    out: dict[str, BaseModel] = {}
    if fields:
        wrapper = create_model("Data", plugins=(create_model("Plugins", **fields), ...))
        try:
            checked = wrapper.model_validate({"plugins": values}).plugins
        except ValidationError as exc:
            diags.extend(_translate(exc, loaded, wrapper))
            return out
        for package, value in values.items():
            if value is not None:
                item = by_package[package_key(package)]
                out[registry.plugin_of(item)] = getattr(checked, next(k for k, f in type(checked).model_fields.items()
                                                                       if f.alias == package))
    for item in registry.settings.values():
        plugin = registry.plugin_of(item)
        if plugin not in out:
            try:
                out[plugin] = item.model()
            except ValidationError:
                pass  # required settings: the plugin's section or layout says what is missing when it needs them
    return out



def _kind(loaded: Loaded, registry: Registry, diags: Diagnostics) -> Kind:
    name = loaded.data.get("kind")
    available = "、".join(sorted(registry.kinds))
    if name is None:
        typed = next((k for k in loaded.data if isinstance(k, str) and difflib.get_close_matches(k.lower(), ["kind"])), None)
        if typed is not None:  # Kind: annual-report, kinds: …
            diags.add(loaded.diagnostic(ERROR, f"缺少“kind”：键“{typed}”请写作 kind（小写英文）", (typed,), key=True))
            return None
        diags.add(loaded.diagnostic(ERROR, f"缺少“kind”：请在文件开头写明文档类型，可选：{available}"))
        return None
    if not isinstance(name, str) or name not in registry.kinds:
        hint = difflib.get_close_matches(str(name), list(registry.kinds), n=1)
        if not hint and isinstance(name, str) and not name.isascii():  # 工作总结, 年度报告: the kind's Chinese title
            titles = {kind.title: key for key, kind in registry.kinds.items()}
            hint = [titles[title] for title in difflib.get_close_matches(name, list(titles), n=1, cutoff=0.4)]
        fix = f"是不是“{hint[0]}”？" if hint else ""
        failed = f"；这一类型可能由未能加载的插件提供：{'；'.join(registry.broken.values())}" if registry.broken else ""
        diags.add(loaded.diagnostic(ERROR, f"未知的文档类型“{name}”。{fix}可选：{available}（插件提供的类型需先安装插件"
                                           f"{failed}）", ("kind",)))
        return None
    return registry.kinds[name]


_MESSAGES = {
    "missing": "缺少必填字段",
    "int_type": "应为整数",
    "int_parsing": "应为整数（用阿拉伯数字，如 12；没有就填 0）",
    "int_from_float": "应为整数，不能有小数",
    "int_parsing_size": "数字太大",
    "finite_number": "应为有限的数字",
    "float_type": "应为数字",
    "float_parsing": "应为数字（用阿拉伯数字，如 12.5）",
    "decimal_type": "应为数字",
    "decimal_parsing": "应为数字（用阿拉伯数字，如 12.5）",
    "string_type": "应为文字",
    "bool_type": "应为 true 或 false",
    "bool_parsing": "应为 true 或 false",
    "date_type": "应为日期，写成 2021-02-05 的形式",
    "date_parsing": "应为日期，写成 2021-02-05 的形式",
    "date_from_datetime_parsing": "应为日期，写成 2021-02-05 的形式",
    "date_from_datetime_inexact": "应为日期，不带时间：写成 2021-02-05 的形式",
    "datetime_type": "应为日期，写成 2021-02-05 的形式",
    "enum": "不是可选的值之一",
    "union_tag_invalid": "写法不对：请对照 reportkit init 生成的起始文件",
    "union_tag_not_found": "写法不对：请对照 reportkit init 生成的起始文件",
    "decimal_max_places": "小数位数太多",
    "decimal_max_digits": "位数太多",
    "decimal_whole_digits": "整数位数太多",
    "string_pattern_mismatch": "格式不对",
    "multiple_of": "不是允许的倍数",
    "tuple_type": "应为列表（每项以“- ”开头）",
    "set_type": "应为列表（每项以“- ”开头）",
    "mapping_type": "应为“键: 值”的映射",
    "is_instance_of": "类型不对",
    "bytes_type": "应为文字",
    "none_required": "这里不能填写内容",
    "list_type": "应为列表（每项以“- ”开头）",
    "dict_type": "应为“键: 值”的映射",
    "model_type": "应为“键: 值”的映射",
    "model_attributes_type": "应为“键: 值”的映射",
    "string_too_short": "不能为空",
    "too_short": "不能为空",
}


def _translate(exc: ValidationError, loaded: Loaded, model: type[BaseModel], broken: dict | None = None) -> list[Diagnostic]:
    """One Chinese diagnostic per data path, located at the offending key or value.

    ``broken`` (plugin → why it failed) explains an unknown section a failed plugin may have meant to add.
    """
    out: dict[tuple, Diagnostic] = {}
    errors = exc.errors(include_url=False)
    misspelt = set()  # (parent path, key) of a missing key that an unknown key next to it is a misspelling of
    for err in errors:
        path = _data_path(err["loc"], loaded.data)
        if err["type"] in ("missing", "extra_forbidden") and path[-1:] != err["loc"][-1:]:
            path += err["loc"][-1:]  # a key named like a branch ("date") is still the key
        err["path"] = path
        err["field"] = _field(model, tuple(err["loc"]))  # its bounds, for the example a message gives
        if err["type"].startswith("decimal"):  # an amount typed with its unit: the number in the field's
            err["unit"] = _amount_unit(model, tuple(err["loc"]), loaded.data)
        if err["type"] == "greater_than_equal":  # a decrease typed as a count: its row's 本年增/减 takes it
            err["row"] = _allowed_keys(model, _data_path(_cell_loc(tuple(err["loc"]))[:-1], loaded.data))
        if err["type"] in ("string_too_short", "too_short"):  # a text left blank: may its line go?
            written = _field(model, path)
            err["optional"] = written is not None and not written.is_required()
        if err["type"] == "model_type":  # the keys to write below it, for a value typed on its key's line
            err["keys"] = _allowed_keys(model, path)
        if err["type"] == "extra_forbidden":
            hint = difflib.get_close_matches(str(path[-1]).lower(), _allowed_keys(model, path[:-1]), n=1)  # YEAR
            err["hint"] = hint[0] if hint else _titled(model, path[:-1], str(path[-1]))
            misspelt.add((path[:-1], err["hint"]))
    inside = {err["path"][:i] for err in errors for i in range(len(err["path"]))}
    for err in errors:
        path, kind = err["path"], err["type"]
        if path in out:  # union branches report the same place several times
            continue
        # A union's branch of another type (signature: text or a list): the value has the shape of the branch
        # that found a problem inside it.
        if kind.endswith("_type") and path in inside:
            continue
        label = data_label(path)
        if kind == "extra_forbidden":
            allowed = _allowed_keys(model, path[:-1])
            english = "" if str(path[-1]).isascii() else "键要写英文名，"  # 年度: 2023, typed from the comment
            fix = f"{english}是不是“{err['hint']}”？" if err["hint"] else f"允许的字段：{'、'.join(allowed)}" if allowed else ""
            if english and not err["hint"] and allowed:  # 责任单位: the keys, with what each holds
                titles = {key: f.title for key, f in _fields_at(model, path[:-1]).items() if f.title}
                fix = f"键要写英文名，允许的字段：{'、'.join(f'{k}（{titles[k]}）' if k in titles else k for k in allowed)}"
            homes = [] if err["hint"] else _homes(model).get(str(path[-1]), [])
            moved = len(homes) == 1 and homes[0] is not None
            if moved:  # notices: typed at the top, or contact: indented under sections
                home = homes[0][:-1]
                fix = (f"它是 {data_label(home)} 下的一项：请把这一项移到“{home[-1]}:”下面，比它多缩进两格" if home else
                       "它是最外层的一项：请把这一项移出来，顶格写（与 kind、year 对齐）")
            elsewhere = getattr(_model_at(model, path[:-1]), "misplaced", {}).get(str(path[-1]))
            if elsewhere:  # a key the model names as another edition's (2019's change in a 2021 table 二)
                fix, moved = elsewhere, True
            if len(path) == 1 and str(path[-1]).startswith("reportkit-"):  # a plugin's settings, out of plugins:
                fix = "它是插件的设置：请把这一项移到“plugins:”下面，比它多缩进两格（它下面的各行随之多缩进两格）"
            elif re.fullmatch(r"\d{3}(?:\.\d+)?", str(path[-1])):  # {decisions: 1,156}: the comma parted the number
                fix = "数字里不要写千位分隔的逗号（1,156 写成 1156，1,412.35 写成 1412.35）"
            elif "\u3000" in str(path[-1]):  # agency　: 某县: a full-width space is no blank to YAML
                fix = f"键“{str(path[-1]).replace(chr(0x3000), '')}”里夹着全角空格“　”：请删去它（空格都用英文输入法下的）"
            elif re.fullmatch(r"[A-Za-z_][\w-]*:\S.*", str(path[-1])) and str(path[-1]).split(":")[0] in allowed:
                key, _, value = str(path[-1]).partition(":")  # {issued:0}: in braces YAML read it as one key
                fix = f"键“{key}”的冒号后面缺少空格：请写成“{key}: {value}”"
            elif "：" in str(path[-1]):  # penalty：{decisions: 37}: YAML read the full-width colon into the key
                fix = f"键“{str(path[-1]).split('：')[0]}”后面用了全角冒号“：”：请改为英文冒号加一个空格“: ”"
            msg = f"{label}：未知字段“{path[-1]}”。{fix}"
            if broken and len(path) == 2 and path[0] == "sections":
                msg += f"（这一栏目可能由未能加载的插件提供：{'；'.join(broken.values())}）"
            elif len(path) == 2 and path[0] == "sections" and not err["hint"] and not moved:
                msg += "（若这是插件增加的栏目，请安装这个插件，并在数据文件开头写上 plugins: [插件的包名]）"
            out[path] = loaded.diagnostic(ERROR, msg, path, key=True)
            continue
        if kind == "missing":
            if (path[:-1], path[-1]) in misspelt:
                continue  # the unknown key's message already says which key was meant
            msg = f"{label}：缺少必填字段“{path[-1]}”{_what_to_write(model, path)}"
            if path[-1] == "content":  # a narrative heading (reportkit.narrative) with nothing below it
                msg = f"{data_label(path[:-1])}：小标题下面没有内容：在 content 下写上段落，或删掉这个小标题"
            out[path] = loaded.diagnostic(ERROR, msg, path, key=True)
            continue
        text = _message(err)
        read = err.get("input")
        value = getattr(read, "text", read)  # a float as written (412.30), not as read
        shown = (f"，实际为“{value}”" if isinstance(value, (str, int, float)) and not isinstance(value, bool) and kind not in {"value_error", "assertion_error", "content_item"}
                 and f"“{value}”" not in text and f"“{read}”" not in text and str(value).strip() else "")
        out[path] = loaded.diagnostic(ERROR, f"{label}：{text}{shown}", path)
        if kind == "greater_than_equal" and path[:1] == ("tables",) and isinstance(read, (int, Decimal)):
            out[path] = dataclasses.replace(out[path], published=_negative_published(model, path, value))
    return list(out.values())


def _negative_published(model: type[BaseModel], path: tuple, value) -> str:
    """A published table's negative figure, as ``check`` says it: the cell by its table's labels, not the data's keys,
    and not a minus typed by mistake (the advice to whom fills the data file in): a clerk's balance that went below 0."""
    from .tables import field_titles

    where = field_titles(model, path)
    if path[:3] == ("tables", "applications", "carried_forward"):  # 一 + 二 − （七）总计, worked out by the clerk
        return (f"{where}为 {value}，是负数：结转下年度的件数不能是负数，应为“一、本年新收”加“二、上年结转”"
                "减“（七）总计”；为负说明表三这几行的数字有误，请核对原件")
    return f"{where}为 {value}，是负数：这一格的数不能是负数，请核对原件"


def _field(model: type[BaseModel], loc: tuple) -> FieldInfo | None:
    """The field a data path or a pydantic ``loc`` (its union branches passed over) ends at, if it is a model's."""
    parent: object = model
    for part in loc[:-1]:
        if not (isinstance(part, str) and _is_branch(part)):
            parent = _inner_model(parent, part)
    return next((f for candidate in _candidates(parent) if isinstance(candidate, type) and issubclass(candidate, BaseModel)
                 for name, f in candidate.model_fields.items() if loc[-1:] in ((name,), (f.alias,))), None)


def _what_to_write(model: type[BaseModel], path: tuple) -> str:
    """The Chinese title of the field at ``path`` and its description, as the fix for leaving it out."""
    found = _field(model, path)
    if found is None or not found.title:
        return ""
    fix = f"，请补上：{found.description}" if found.description and found.description != found.title else ""
    return f"（{found.title}）{fix}"


_FULL_WIDTH_DIGITS = re.compile("[\uff10-\uff19\uff0e\uff0d]")


#: A list item YAML read as something other than text, by what it became: what happened and the fix.
_READ_AS = {
    "NoneType": "这一项是空的（只有“-”，或写的是 null、~，或文字以 # 开头、被当成了注释）：删掉这一项，或写上文字"
                "（以 # 开头的文字要加引号）",
    "bool": "这一项被读成了真假值（true、false 等）：若是正文，请给整段加引号",
    "int": "这一项被读成了数字：若是正文，请给整段加引号",
    "float": "这一项被读成了数字（1.50 会变成 1.5）：若是正文，请给整段加引号",
    "Decimal": "这一项被读成了数字：若是正文，请给整段加引号",
    "date": "这一项被读成了日期：若是正文，请给整段加引号",
    "datetime": "这一项被读成了日期时间：若是正文，请给整段加引号",
}


#: What YAML read a text field's value as, and the way to keep it as typed.
_AS_TEXT = {
    "bool": "被读成了真假值（yes、no、true、false 等）：请给整段加引号",
    "int": "被读成了数字“{value}”：请照原样加引号，如 '{value}'",
    "float": "被读成了小数“{value}”（2023.10 会读成 2023.1）：请照原样加引号，如 '2023.10'",
    "date": "被读成了日期：请照原样加引号，如 '2024-01-25'",
}


#: What a value of a fixed choice means, where a clerk may type the meaning instead.
_CHOICE_WORDS = {"department": "部门", "government": "人民政府", "arabic": "阿拉伯数字", "chinese": "汉字",
                 "attachment": "附件", "inline": "正文中", "text": "文字", "table": "表格"}


def _message(err: dict) -> str:
    """The Chinese text of one pydantic error: ours for every type a clerk can cause, never pydantic's English."""
    kind, ctx, value = err["type"], err.get("ctx") or {}, err.get("input")
    if value is None and kind.endswith("_type") and kind != "none_type":
        return "这里是空的（冒号后面什么也没写）：不用就删掉这一行，否则在这里写上内容"
    if kind == "content_item" and not isinstance(value, (dict, list)):
        return _READ_AS.get(_type_name(value)) or err["msg"]
    if kind == "content_item" and isinstance(value, list):
        return "这一项本身又是一个列表（一行里写了两个“- ”）：每项只写一段文字，去掉多余的“- ”"
    if err.get("path", ())[-1:] == ("year",) and kind in {"int_parsing", "int_from_float", "int_type"}:
        return year_message(value)
    if kind == "bool_parsing" and isinstance(value, str) and value.strip() in _YES_NO:  # partial: 是
        return f"应为 true 或 false：“{value}”请写作 {_YES_NO[value.strip()]}"
    if kind == "string_type" and _type_name(value) in _AS_TEXT:  # a postcode, a note typed as a number
        return "应为文字，却" + _AS_TEXT[_type_name(value)].format(value=value)
    if kind == "list_type" and isinstance(value, str) and value.lstrip().startswith("－"):
        return "这里应是列表，而“－”是全角的：列表每项以英文减号加空格“- ”开头"
    if kind == "list_type" and isinstance(value, str) and value.lstrip()[:1] in _BULLETS:  # "-内容", "• 内容"
        mark = value.lstrip()[0]
        if value.lstrip()[:2] == "-\u3000":
            return "这里应是列表，而“-”后面是全角空格：请改为半角空格（英文输入法下的空格），写成“- ”"
        what = "后面缺少空格" if mark == "-" else "不是列表的记号"
        return f"这里应是列表，而“{mark}”{what}：列表每项以英文减号加空格“- ”开头"
    if kind == "list_type" and isinstance(value, str):
        items = [item.strip() for item in value.split("、")]
        if len(items) > 1 and all(items) and not _SENTENCE_END.search(value):  # 污防科、水中心: a list typed as text
            return f"应为列表，而“{value}”是用“、”连起来的一段文字：写成 [{', '.join(items)}]（英文逗号加空格），或每项另起一行写“- ”"
        if len(value) <= 30 and not re.search(r"[\s，。；：！？,:]", value):  # channels: news_media, copy_to: 某办公室
            return f"应为列表，只有一项也要写成列表：写成 [{value}]，或另起一行写“- {value}”，比上一行多缩进两格"
        return "应为列表：把这段文字另起一行，比上一行多缩进两格，前面加英文减号和空格“- ”"
    if kind == "list_type" and isinstance(value, dict) and value:  # attachments: with title: below it, no "- "
        return (f"应为列表，只有一项也要写成列表：在“{next(iter(value))}:”前面加英文减号和空格“- ”，"
                "这一项的其余各行随之多缩进两格")
    if kind == "string_type" and isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return f"应为一段文字，不是列表：写在一行，各项之间用顿号，如“{'、'.join(value)}”"
    if kind in {"int_type", "float_type", "decimal_type"} and _type_name(value) in ("date", "datetime"):
        return f"{_MESSAGES[kind]}，而这里写的“{value}”被读成了日期：请填数字"
    month = _month_only(value) if kind in _DATE_PARSING or kind == "value_error" and "应为日期" in err["msg"] else None
    if month:  # 2024.01 (read as a decimal), 2024年1月
        named = (err.get("field") and err["field"].title) or ""
        title = named if named.endswith("日期") else "日期"
        year, number = month
        return (f"{title}要写到日：“{getattr(value, 'text', value)}”只写了年和月，请补上是哪一天，写成 {year}-{number:02d}-日 "
                f"的形式（如 {year} 年 {number} 月 5 日写作 {year}-{number:02d}-05）")
    day_first = DAY_FIRST.fullmatch(value.strip()) if kind in _DATE_PARSING and isinstance(value, str) else None
    if day_first and day_first_dates(day_first):  # 30/06/2025, as Word or Excel in another locale shows it
        return f"应为日期，按年-月-日的次序写：“{value.strip()}”是日/月/年的次序，请{day_first_fix(day_first)}"
    if kind in _DATE_PARSING and isinstance(value, str):
        written = _written_date(value)
        if written:
            shown = "去掉引号，" if _QUOTED.fullmatch(value.strip()) else f"“{value}”请"
            return f"应为日期，写成 2021-02-05 的形式：{shown}写作 {written.isoformat()}"
    dated = kind in _DATE_PARSING or kind == "date_from_datetime_inexact" or kind == "value_error" and "应为日期" in err["msg"]
    serial = _excel_day(value) if dated else None
    if serial:  # 45352: a date cell copied from a sheet where it was set to General
        return (f"应为日期，写成 2021-02-05 的形式：“{value}”是 Excel 的日期序号（日期的格设成了“常规”格式时显示的数），"
                f"请写作 {serial.isoformat()}")
    if kind == "model_type" and isinstance(value, (str, int, float)) and not isinstance(value, bool) and err.get("keys"):
        keys = err["keys"]  # administrative_penalty: 37
        return (f"应为“键: 值”的映射：写作 {{{keys[0]}: {getattr(value, 'text', value)}}}" if len(keys) == 1 else
                f"应为“键: 值”的映射：在它下面分行写 {'、'.join(keys)}，各比它多缩进两格")
    if kind in _NUMBER_PARSING and isinstance(value, str):
        noted = _NOTED.fullmatch(value)
        if noted and err["loc"][-1:] == ("value",) != err.get("path", ())[-1:]:  # a table's cell, which takes a note
            return f"数后面的说明请写在 note 里：写作 {{value: {noted[1]}, note: {noted[2]}}}"
        if noted:
            return f"只填数字：写作 {noted[1]}；括号里的说明“{noted[2]}”请写进正文"
        if value.strip() in _NONE_WORDS and int_bounds(err.get("field"))[0] <= 0:  # 无, /: as a printed table marks none
            return f"没有就填 0：“{value.strip()}”请写作 0"
        fix = _figure_fix(value.strip(), err.get("field"), kind, err.get("unit"))
        general = _integer_message(err.get("field")) if kind == "int_parsing" else _MESSAGES[kind]
        if fix:
            return f"{general}：{fix}"
        meant = _number_in(value, err.get("field")) if kind != "float_parsing" else None
        if meant is not None:  # 附件2, 第3, 约12: the words around the figure
            return f"应为{'整数' if kind == 'int_parsing' else '金额'}，只写数字：“{value}”请写作 {meant}"
        if kind == "int_parsing" and not _FULL_WIDTH_DIGITS.search(value):
            return general
    if isinstance(value, str) and _FULL_WIDTH_DIGITS.search(value) and kind.endswith(("_parsing", "_type")):
        half = value.translate({c: c - 0xFEE0 for c in range(0xFF0D, 0xFF1A)})
        what = "全角的数字或减号" if "－" in value else "全角数字"
        return f"“{value}”用了{what}：请改为半角（英文输入法下的）{'' if '－' in value else '数字 '}{half}"
    if kind == "greater_than_equal" and ctx.get("ge") == 0 and isinstance(value, (int, Decimal)) and value < 0:
        what = "金额" if isinstance(value, Decimal) else "数量"
        fix = f"这里填{what}，不能是负数：若减号是多打的，“{getattr(value, 'text', value)}”请写作 {-value}"
        if "change" in err.get("row", ()):  # 2019's 表二: 上一年项目数量, 本年增/减, 处理决定数量
            return f"{fix}；比上年的增减（减少写 -11）请填在同一行的“本年增/减”（数据文件中的 change）里，这一格不填增减"
        if err["path"][:1] == ("tables",):
            return f"{fix}；这一格只填{what}，不填比上年的增减"
        return fix
    if kind in {"greater_than_equal", "greater_than"}:
        return f"不能小于 {ctx.get('ge', ctx.get('gt'))}"
    if kind in {"less_than_equal", "less_than"}:
        return f"不能大于 {ctx.get('le', ctx.get('lt'))}"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", ""))) or [str(ctx.get("expected"))]
        shown = "、".join(f"{c}（{_CHOICE_WORDS[c]}）" if c in _CHOICE_WORDS else c for c in choices)
        meant = next((c for c in choices if _CHOICE_WORDS.get(c) == value), None)
        return f"应为以下之一：{shown}" + (f"；“{value}”请写作 {meant}" if meant else "")
    if kind in {"string_too_short", "too_short"} and isinstance(value, str):  # "" or "   ": blanks are stripped
        if err.get("path", ())[-1:] and isinstance(err["path"][-1], int):
            return f"这一项是空的{_BLANK}：删掉这一项，或写上文字"
        return f"这里是空的{_BLANK}：请写上内容{'，或删掉这一行' if err.get('optional') else ''}"
    if kind == "too_short" and isinstance(value, list) and err.get("field") is not None:  # problems: []
        found = err["field"]
        what = f"（{found.description.split('；')[0]}）" if found.description else ""
        return f"不能为空：至少写一项{what}：删去“[]”，在下一行写“- ”和内容，比它多缩进两格"
    if kind in {"string_too_long", "too_long"}:
        return f"太长了：最多 {ctx.get('max_length')} 个{'字' if kind == 'string_too_long' else '项'}"
    if kind in {"value_error", "assertion_error"}:  # our validators' (and plugins') own words
        return err["msg"].removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if kind in _MESSAGES:
        return _MESSAGES[kind]
    return f"取值不符合要求（{kind}）：请对照 reportkit schema 给出的说明修改"


#: What a text left blank holds: a Chinese input method's space is no character either.
_BLANK = "（只写了引号或空格，全角空格“　”也算空）"
#: What a clerk types for a list's "- ": a dash without its blank, a dash of Chinese text, a bullet from Word.
_BULLETS = ("-", "—", "–", "•", "·", "●", "▪")
_SENTENCE_END = re.compile("[。；！？]")
_DATE_PARSING = {"date_parsing", "date_from_datetime_parsing", "date_type"}
_NUMBER_PARSING = {"int_parsing", "float_parsing", "decimal_parsing"}
#: A figure typed with its unit (12件, 3.5万元, 50%).
_WITH_UNIT = re.compile(r"([-+]?[0-9][0-9,，.]*)\s*(件|个|条|项|次|人次|人|份|家|篇|期|场|万元|元|%|％)")
#: A yes or a no in Chinese, where YAML wants true or false.
_YES_NO = {**dict.fromkeys(("是", "对", "有", "√", "✓"), "true"), **dict.fromkeys(("否", "不", "不是", "无", "没有", "×"), "false")}
#: What a printed table or a clerk writes for none, where a number wants 0.
_NONE_WORDS = {"无", "没有", "暂无", "/", "／", "—", "——", "–", "\\"}
#: A figure in 万 (1.2万, 3万件), which a count or an amount takes in its digits.
_TEN_THOUSANDS = re.compile(r"([-+]?[0-9]+(?:\.[0-9]+)?)\s*万\s*(?:件|个|条|项|次|人次|人|份|家|篇)?")
#: A figure with a note in brackets after it (37件（含撤销2件）), which a table's cell takes as {value: 37, note: …}.
_NOTED = re.compile(r"\s*([-+]?[0-9]+(?:\.[0-9]+)?)\s*(?:件|个|条|项|次|人次|人|份|家|篇|万元|元)?\s*[（(]([^（()）]+)[）)]\s*")
_QUOTED = re.compile(r"[“”‘’\"'「」]+\s*(.*?)\s*[“”‘’\"'「」]+")
_GROUPS = re.compile(r"[-+]?[0-9]{1,3}(?:[,，\s][0-9]{3})+(?:\.[0-9]+)?")
_SEPARATORS = re.compile(r"[,，\s]")
#: An amount typed with the yuan sign before it (¥412.36, ￥4,123.00).
_CURRENCY = re.compile(r"\s*([¥￥])\s*([0-9][0-9,，]*(?:\.[0-9]+)?)\s*")


def _figure_fix(value: str, field: FieldInfo | None, kind: str, unit: str | None = None) -> str:
    """What to write in ``field`` (an error of pydantic's ``kind``; an amount's in ``unit``, if known) for a figure
    typed as more than its digits, or "" when there is nothing to say."""
    found = _QUOTED.fullmatch(value)
    if found:  # “12”: Word's quotes, which YAML keeps
        fix = "" if re.fullmatch(r"[-+]?[0-9.]+", found[1]) else _figure_fix(found[1], field, kind, unit)
        return f"去掉引号；{fix}" if fix else f"去掉引号，写作 {found[1]}" if found[1][-1:].isdigit() else ""
    found = _WITH_UNIT.fullmatch(value)
    holds = _holds(kind, field)
    if found and found[2] in "%％":
        return f"这里填{holds}，不能填百分比“{value}”"
    ten_thousands = _TEN_THOUSANDS.fullmatch(value)
    if ten_thousands and holds == "金额" and unit:
        return amount_fix(ten_thousands[1], "万", unit)
    if ten_thousands and holds != "金额":  # 1.2万, as a report's text writes a count: rounded, often
        number = Decimal(ten_thousands[1]) * 10000
        if number != number.to_integral_value():
            return f"“{value}”即 {number.normalize():f}，不是整数：请填准确的{holds}"
        return f"只写数字，不写“万”：“{value}”即 {int(number)}，请写作 {int(number)}；若“{value}”是约数，请填准确的{holds}"
    if found and found[2].endswith("元"):
        if holds != "金额":
            return f"这里填{holds}，“{value}”是金额：请核对是否填错了地方"
        if unit is None:  # 2019's 采购总金额 before its unit: is written
            return (f"只填数字，不要写“{found[2]}”：金额的单位以 reportkit init 生成的起始文件中这一项的注释为准（元还是万元），"
                    "填数前请核对是否要换算")
        return amount_fix(found[1], found[2], unit)
    if found:
        return f"只填数字，不要写“{found[2]}”：写作 {_SEPARATORS.sub('', found[1])}"
    if _GROUPS.fullmatch(value):
        return f"数字里不要写千位分隔符或空格：“{value}”请写作 {_SEPARATORS.sub('', value)}"
    if re.fullmatch(r"[0-9]+(?:[ \u3000]+[0-9]+)+", value):  # 3 7: a blank typed into the digits, or two figures
        return f"数字中间有空格：若是一个数，请写作 {_SEPARATORS.sub('', value)}；若是两个数，这一格只填它自己的"
    if holds == "金额" and re.fullmatch(r"[0-9]+。[0-9]+", value):  # 412。36: typed with the Chinese input method on
        return f"小数点不能写成句号“。”：“{value}”请写作 {value.replace('。', '.')}"
    found = _CURRENCY.fullmatch(value)
    if found and holds == "金额":
        return amount_fix(found[2], found[1], unit) if unit else \
            f"只填数字，不要写“{found[1]}”：写作 {_SEPARATORS.sub('', found[2])}"
    return ""  # 三, 十二: the message says to write digits


def unit_of(label: str) -> str | None:
    """The unit of money a field's title or a column's head names: 元 for 收费通知金额（元）, 万元 for 本年收费金额（单位：万元）."""
    found = re.search(r"[（(](?:单位[：:])?(万?元)[）)]", label)
    return found[1] if found else None


def _amount_unit(model: type[BaseModel], loc: tuple, data) -> str | None:
    """The unit of money of the amount at pydantic's ``loc``: the one its field's title names (收费通知金额（元）), or its
    table cell's (本年收费金额（单位：万元））, or its row's ``unit`` (2019's 采购总金额); None where none does."""
    cell = _cell_loc(loc)
    for at in (loc, cell):
        found = _field(model, at)
        if found is not None and unit_of(found.title or ""):
            return unit_of(found.title)
    row = _value_at(data, _data_path(cell[:-1], data))
    unit = row.get("unit") if isinstance(row, dict) else None
    return unit if unit in ("元", "万元") else None


def _cell_loc(loc: tuple) -> tuple:
    """A pydantic ``loc`` without the ``value`` of a table's cell ({value, note}), which a number alone stands for."""
    return loc[:-1] if loc[-1:] == ("value",) else loc


def amount_fix(written: str, typed: str, unit: str) -> str:
    """The fix for an amount ``written`` with the unit ``typed`` (元, 万元, 万, ¥) in a field of ``unit``: its digits,
    in that unit."""
    digits = _SEPARATORS.sub("", written)
    if {"¥": "元", "￥": "元", "万": "万元"}.get(typed, typed) != unit:
        digits = format((Decimal(digits) * 10000 if unit == "元" else Decimal(digits) / 10000).normalize(), "f")
    return f"只填数字，不要写“{typed}”：这一项以{unit}计，写作 {digits}"


def _holds(kind: str, field: FieldInfo | None) -> str:
    """What a number field holds, as its messages name it: 金额 (the data's decimals are sums of money), 数量 (an
    integer from 0), 增减的数量 (a table's signed cell), else its title (附件序号, 跨列数)."""
    if kind.startswith("decimal"):
        return "金额"
    if field is None or kind.startswith("float"):
        return "数值"
    if int_bounds(field)[0] == 0:
        return "数量"
    return field.title if field.title and field.title != "数值" else "增减的数量"


def int_bounds(field: FieldInfo | None) -> tuple[float, float]:
    """The smallest and the largest integer ``field`` accepts (its ge, gt, le, lt)."""
    low, high = -math.inf, math.inf
    for bound in field.metadata if field else ():
        ge, gt, le, lt = (getattr(bound, name, None) for name in ("ge", "gt", "le", "lt"))
        low = max(low, ge if ge is not None else low, gt + 1 if gt is not None else low)
        high = min(high, le if le is not None else high, lt - 1 if lt is not None else high)
    return low, high


def _integer_message(field: FieldInfo | None) -> str:
    """What to write for an integer: an example ``field`` accepts, and for none, a 0 it accepts or leaving it out
    (a task table's ``attachment`` is 1 or more: “没有就填 0” was refused next)."""
    low, high = int_bounds(field)
    example = int(min(max(12, low), high))
    if low <= 0 <= high:
        empty = "；没有就填 0"
    elif field is not None and not field.is_required():
        empty = "；不用就删掉这一行"
    else:
        empty = ""
    return f"应为整数（用阿拉伯数字，如 {example}{empty}）"


def _number_in(value: str, field: FieldInfo | None) -> int | None:
    """The integer in ``value`` written in digits with words around it (附件2, 约37), or in Chinese numerals with a
    measure word or none (十二, 两次), when there is one and ``field`` accepts it."""
    found = [] if _FULL_WIDTH_DIGITS.search(value) else re.findall(r"[0-9]+", value)  # 3８: not 3
    written = re.sub(r"\s*(?:件|项|个|条|次|人次)$", "", value.strip())
    number = int(found[0]) if len(found) == 1 else \
        numeral_value(written) if re.fullmatch("[〇零一二两三四五六七八九十百千万]+", written) else None  # not １２
    low, high = int_bounds(field)
    return number if number is not None and low <= number <= high else None


def _written_date(value: str):
    """The date ``value`` writes in another form (2024年1月25日, 2024.1.25, 二〇二四年一月二十五日, in quotes, with its
    weekday after it as Word's date field writes it; 1月25号, 1月25), or None."""
    written = re.sub(r"(?<=年)\s*元月", "1月", _WEEKDAY.sub("", value.strip().strip("“”\"'")))  # 元月: the first month
    found = parse_date(re.sub(r"(月\s*[\d一二三四五六七八九十]+)\s*号?$", r"\1日", written))
    return found[0] if found else None


def _excel_day(value) -> dt.date | None:
    """The date of Excel's serial number ``value`` (45352 is 2024-03-01), for the years 2000 to 2099, or None."""
    text = str(value).strip() if isinstance(value, (int, str)) and not isinstance(value, bool) else ""
    return dt.date(1899, 12, 30) + dt.timedelta(days=int(text)) if text.isdigit() and 36526 <= int(text) <= 73050 else None


#: A weekday after a date, in brackets or not: 2024年1月25日（星期四）, 2024年1月25日 周四.
_WEEKDAY = re.compile(r"\s*[（(]?\s*(?:星期|礼拜|周)[一二三四五六日天]\s*[)）]?\s*$")
#: A date written to its month only: 2024.01 (read as a decimal), 2024年1月, 2024-01, 二〇二四年元月.
_MONTH_ONLY = re.compile(rf"[“”\"']?\s*({year_pattern()})\s*(?:年|[-./])\s*([0-9]{{1,2}}|[一二三四五六七八九十元]{{1,2}})"
                         r"\s*(?:月份?)?\s*[“”\"']?")


def _month_only(value) -> tuple[int, int] | None:
    """The year and the month of a date ``value`` written without its day (:data:`_MONTH_ONLY`), or None."""
    written = getattr(value, "text", value) if isinstance(value, float) else value
    found = _MONTH_ONLY.fullmatch(written.strip()) if isinstance(written, str) else None
    month = (1 if found[2] == "元" else numeral_value(found[2]) or 0) if found else 0  # 一元: no numeral
    return (year_value(found[1]), month) if 1 <= month <= 12 else None


def year_message(value) -> str:
    """A year's fix (not a count's “没有就填 0”, which then fails the year's minimum): the digits it was meant as (of
    a year written 2025年, ２０２５ or 二〇二五)."""
    if isinstance(value, float) and math.isfinite(value):  # 2023.0, copied from a spreadsheet; 2023.5
        whole = "" if value.is_integer() else "，不能有小数"
        return f"应写成四位数字的年份{whole}：“{getattr(value, 'text', value)}”请写作 {int(value)}"
    meant = re.fullmatch(rf"\s*({year_pattern()})\s*年?度?\s*", value) if isinstance(value, str) else None
    return f"应写成四位数字的年份：“{value}”请写作 {year_value(meant[1])}" if meant else "应写成四位数字的年份，如 2025"


def _type_name(value) -> str:
    """What YAML read ``value`` as: a float that keeps its text (:class:`~reportkit.load.WrittenFloat`) is a float."""
    return "float" if isinstance(value, float) else type(value).__name__


def _data_path(loc: tuple, data: object) -> tuple:
    """Drop the parts of a pydantic ``loc`` that name union branches, not data keys."""
    path: list = []
    node = data
    for part in loc:
        if isinstance(node, dict) and part in node:
            path.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            path.append(part)
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str) and not _is_branch(part):
            path.append(part)  # a missing or unknown key: keep it, nothing below it
            node = None
    return tuple(path)


def _is_branch(part: str) -> bool:
    return "[" in part or part in {"int", "str", "float", "bool", "list", "dict", "date"} or part[:1].isupper()


def _allowed_keys(model: type[BaseModel], path: tuple) -> list[str]:
    """The field names (aliases) accepted at ``path`` below ``model``."""
    names = list(_fields_at(model, path))
    return names + ["plugins"] if not path and names else names  # plugins: read before the model (_plugin_settings)


def _fields_at(model: type[BaseModel], path: tuple) -> dict[str, FieldInfo]:
    """The fields of the model at ``path`` below ``model``, by their names (aliases)."""
    current: object = model
    for part in path:
        current = _inner_model(current, part)
        if current is None:
            return {}
    if isinstance(current, type) and issubclass(current, BaseModel):
        return {f.alias or name: f for name, f in current.model_fields.items()}
    return {}


@functools.lru_cache(maxsize=64)
def _homes(model: type[BaseModel], depth: int = 4) -> dict[str, list[tuple | None]]:
    """Each field name of ``model`` and of the models below it, down to ``depth`` keys, with the paths of its fields:
    where a key typed in the wrong place belongs (None for one in a list's item or a dict's value, which has no one
    path)."""
    found: dict[str, list[tuple | None]] = {}
    level = [(model, ())]
    for _ in range(depth):
        below = []
        for tp, path in level:
            for candidate in _models_in(tp):
                for name, f in candidate.model_fields.items():
                    name = f.alias or name
                    found.setdefault(name, []).append(None if path is None else path + (name,))
                    plain = path is not None and _models_in(f.annotation, containers=False)
                    below.append((f.annotation, path + (name,) if plain else None))
        level = below
    return found


def _models_in(tp: object, containers: bool = True) -> list[type[BaseModel]]:
    """The models a field's annotation holds: itself, a union's, and (with ``containers``) a list's or a dict's."""
    if typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return [tp]
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (list, tuple, dict):
        args = args[1:] if typing.get_origin(tp) is dict else args
        if not containers:
            return []
    return [model for arg in args for model in _models_in(arg, containers)]


def _model_at(model: type[BaseModel], path: tuple) -> object:
    """The type at ``path`` below ``model`` (None where the path leaves the models)."""
    current: object = model
    for part in path:
        current = _inner_model(current, part)
    return current


def _titled(model: type[BaseModel], path: tuple, key: str) -> str | None:
    """The field at ``path`` whose Chinese title ``key`` is, or is part of, or holds (年度 → year, 报告年度), if one."""
    current = _model_at(model, path)
    if not key.strip() or key.isascii() or not (isinstance(current, type) and issubclass(current, BaseModel)):
        return None
    found = [f.alias or name for name, f in current.model_fields.items() if f.title and (key in f.title or f.title in key)]
    return found[0] if len(found) == 1 else None


def _inner_model(tp: object, part) -> object:
    for candidate in _candidates(tp):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            if isinstance(part, str):
                for name, f in candidate.model_fields.items():
                    if part in (name, f.alias):
                        return _first_model(f.annotation)
        elif isinstance(part, int) and typing.get_origin(candidate) in (list, tuple):
            return _first_model(typing.get_args(candidate)[0])
        elif isinstance(part, str) and typing.get_origin(candidate) is dict:
            return _first_model(typing.get_args(candidate)[1])
    return None


def _candidates(tp: object) -> list:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return list(typing.get_args(tp))
    return [tp]


def _first_model(tp: object) -> object:
    if typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    for candidate in _candidates(tp):
        if typing.get_origin(candidate) is typing.Annotated:  # a tagged union branch
            candidate = typing.get_args(candidate)[0]
        if isinstance(candidate, type) and issubclass(candidate, BaseModel) or typing.get_origin(candidate) in (list, dict):
            return candidate
    return tp
