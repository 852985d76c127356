"""Writing the commented YAML that ``reportkit init`` produces (each kind's ``starter``)."""
from __future__ import annotations

import json
import re

#: What YAML cannot keep as written in a value: C0 and C1 controls, DEL, the line and paragraph separators it
#: breaks lines at, and lone surrogates (bytes of a command line that were not UTF-8).
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
# A value YAML reads back as the same string without quotes: no indicator, digit, "+", "." or "~" first (numbers,
# dates, null, .inf), no "#" or ":", no control character, no blank at the end …
_PLAIN = re.compile(rf"[^\s\-?:,\[\]{{}}#&*!|>'\"%@`=~.+0-9][^#:{CONTROL.pattern[1:-1]}]*(?<!\s)")
# … and not a word YAML 1.1 or 1.2 reads as a boolean, null or merge key.
_WORD = re.compile(r"(?i:y|yes|n|no|true|false|on|off|null)|<<")


def scalar(value: str) -> str:
    """``value`` as a YAML scalar: plain when that reads back the same, else double-quoted."""
    if _PLAIN.fullmatch(value) and not _WORD.fullmatch(value):
        return value
    return CONTROL.sub(lambda m: f"\\u{ord(m[0]):04x}", json.dumps(value, ensure_ascii=False))


def line(indent: int, key: str, value: str, comment: str = "") -> str:
    """``key: value   # comment`` indented by ``indent`` levels; ``value`` is written as given."""
    head = f"{'  ' * indent}{key}:" + (f" {value}" if value else "")
    return f"{head}   # {comment}" if comment else head
