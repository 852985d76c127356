"""Writing the commented YAML that ``reportkit init`` produces (each kind's ``starter``)."""
from __future__ import annotations

import json
import re

# A value YAML reads back as the same string without quotes.
_PLAIN = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^#:]*$")


def scalar(value: str) -> str:
    """``value`` as a YAML scalar: plain when that reads back the same, else double-quoted."""
    return value if _PLAIN.match(value) else json.dumps(value, ensure_ascii=False)


def line(indent: int, key: str, value: str, comment: str = "") -> str:
    """``key: value   # comment`` indented by ``indent`` levels; ``value`` is written as given."""
    head = f"{'  ' * indent}{key}:" + (f" {value}" if value else "")
    return f"{head}   # {comment}" if comment else head
