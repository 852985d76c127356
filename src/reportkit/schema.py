"""The JSON Schema of a data file, for editors (``reportkit init`` writes it beside the file, ``reportkit schema``
prints it): what ``reportkit validate`` accepts, so that an editor marks neither a valid file red nor a value
validate refuses for its form alone. What a schema cannot say (a period's order, numbered headings, the totals,
layout and plugin names) only validate checks."""
from __future__ import annotations

from pydantic.json_schema import GenerateJsonSchema

#: A whole number in quotes ("38", " 38 ", "1_000", "38.0"), which pydantic reads as the number.
WHOLE_TEXT = r"^\s*[-+]?[0-9]+(_[0-9]+)*(\.0+)?\s*$"
#: The same, not below 0.
NON_NEGATIVE_TEXT = r"^\s*\+?[0-9]+(_[0-9]+)*(\.0+)?\s*$"


class DataSchema(GenerateJsonSchema):
    """pydantic's schema of a data model, with an integer also accepted in quotes, and a text that must not be
    empty needing a character other than white space (the models strip it: :data:`reportkit.narrative.FORBID`)."""

    def int_schema(self, schema):
        number = super().int_schema(schema)
        text = NON_NEGATIVE_TEXT if number.get("minimum", -1) >= 0 else WHOLE_TEXT
        return {"anyOf": [number, {"type": "string", "pattern": text}]}

    def str_schema(self, schema):
        text = super().str_schema(schema)
        if text.get("minLength", 0) >= 1:
            text.setdefault("pattern", r"\S")
        return text
