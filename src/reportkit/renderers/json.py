"""JSON output: the validated data and, for reports with the official tables, every number of the
tables with the computed 总计, keyed by the official row and column keys.

The output follows :func:`output_schema` (``docs/report.schema.json``, see docs/tables.md).
"""
from __future__ import annotations

import json
import re
import secrets
from decimal import Decimal

from ..blocks import Document
from ..layout import Layout
from ..registry import FontFace, RenderOutput
from ..tables import has_tables, keyed

SCHEMA_ID = "https://reportkit.invalid/report.schema.json"


def report_json(document: Document) -> dict:
    """What ``-f json`` writes for ``document``."""
    report = document.report
    out = {"kind": getattr(report, "kind", None), "edition": None, "title": document.title, "author": document.author,
           "data": report.model_dump(mode="json", exclude_none=True, warnings=False) if report is not None else None}
    if report is not None and has_tables(report):
        out["edition"] = report.spec.name
        out["tables"] = keyed(report)
    return out


def render_json(document: Document, layout: Layout, fonts: list[FontFace]) -> RenderOutput:
    return RenderOutput((_dumps(report_json(document)) + "\n").encode("utf-8"))


def _dumps(value) -> str:
    """``value`` as JSON, an amount a number with the places it was written with (412.30, where a float is 412.3):
    json writes it as a marked string, the mark then taken off."""
    mark = f"decimal-{secrets.token_hex(8)}:"

    def number(value):
        if isinstance(value, Decimal):
            return int(value) if value.as_tuple().exponent >= 0 else mark + format(value, "f")
        raise TypeError(type(value).__name__)

    return re.sub(f'"{mark}([-0-9.]+)"', r"\1", json.dumps(value, ensure_ascii=False, indent=2, default=number))


def output_schema() -> dict:
    """The JSON Schema of the output: ``tables`` in full for each edition with official tables."""
    from ..default_plugins.annual_report.tables import (
        APPLICANT_COLUMNS, EDITIONS, OUTCOMES, REVIEW_GROUPS, TOTAL, application_rows)

    count = {"type": "integer", "minimum": 0}
    kinds = {"count": count, "change": {"type": "integer"}, "amount": {"type": "number", "minimum": 0}}

    def obj(properties: dict, title: str = "") -> dict:
        out = {"type": "object", "properties": properties, "required": list(properties), "additionalProperties": False}
        return {"title": title, **out} if title else out

    def tree(rows) -> dict:
        root: dict = {}
        for keys, node in rows:
            here = root
            for key in keys[:-1]:
                here = here.setdefault(key, {})
            here[keys[-1]] = obj({c.key: count for c in APPLICANT_COLUMNS + (TOTAL,)}, node.label)
        return root

    def nest(node: dict) -> dict:
        return obj({k: v if "type" in v else nest(v) for k, v in node.items()})

    editions = {}
    for name, spec in EDITIONS.items():
        disclosure = {key: obj({c.key: kinds[c.cell] for c in block.columns}, f"{block.caption} {label}")
                      for block in spec.active_disclosure for key, label in block.rows}
        editions[name] = obj({
            "active_disclosure": obj(disclosure, "表二 主动公开政府信息情况"),
            "applications": {"title": "表三 收到和处理政府信息公开申请情况", **nest(tree(application_rows(spec)))},
            "review_litigation": obj({key: obj({c.key: count for c in OUTCOMES + (TOTAL,)}, label)
                                      for key, label in REVIEW_GROUPS}, "表四 政府信息公开行政复议、行政诉讼情况"),
        }, f"统计表（{spec.issued_by}）")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "reportkit render -f json 的输出",
        "description": "data：校验后的数据（与数据文件同样的键）；tables：统计表的每一格，含计算出的总计，"
                       "按官方表格的行、列键组织（2019、2021 版年度报告才有）",
        "type": "object",
        "required": ["kind", "edition", "title", "author", "data"],
        "properties": {
            "kind": {"type": ["string", "null"], "description": "文档类型，如 annual-report"},
            "edition": {"type": ["string", "null"], "enum": [*EDITIONS, None], "description": "统计表的版本"},
            "title": {"type": "string"}, "author": {"type": "string"},
            "data": {"type": ["object", "null"], "description": "校验后的数据；格写成 {value, note}"},
            "tables": {"oneOf": list(editions.values())},
        },
        "allOf": [{"if": {"properties": {"edition": {"const": name}}, "required": ["tables"]},
                   "then": {"properties": {"tables": schema}}} for name, schema in editions.items()],
        "additionalProperties": False,
    }


if __name__ == "__main__":  # python -m reportkit.renderers.json > docs/report.schema.json
    print(json.dumps(output_schema(), ensure_ascii=False, indent=2))
