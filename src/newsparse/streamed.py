"""A Report's JSON a piece at a time, byte for byte what ``model_dump_json`` gives.

A chunked article's report can hold a hundred thousand claims: as models they took ~50 MB
per MB of article, and the JSON as one string as much again. Here the report is a skeleton (its
long lists left empty) and an iterable per list; the top-level fields come out in the model's
order, the skeleton's serialised by Pydantic one field at a time and each list item serialised
by Pydantic as it comes, so only one item need be a model at once and the bytes are Pydantic's.
Pretty JSON (``indent``) is the same pieces indented to their depth (JSON strings never hold a
raw line break, so lines can be indented safely).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import IO

from pydantic import BaseModel


def json_pieces(
    skeleton: BaseModel,
    lists: Mapping[str, Iterable[BaseModel]],
    *,
    indent: int | None = None,
) -> Iterator[str]:
    """The JSON of ``skeleton`` with each field named in ``lists`` holding those items instead.

    ``"".join(json_pieces(r, {"claims": claims}))`` equals
    ``r.model_copy(update={"claims": list(claims)}).model_dump_json()``; with ``indent``, the
    same with ``model_dump_json(indent=indent)``.
    """
    names = list(type(skeleton).model_fields)
    if indent is None:
        yield "{"
        for i, name in enumerate(names):
            sep = "," if i else ""
            if name in lists:
                yield f'{sep}"{name}":['
                for k, item in enumerate(lists[name]):
                    yield ("," if k else "") + item.model_dump_json()
                yield "]"
            else:
                yield sep + skeleton.model_dump_json(include={name})[1:-1]  # '"name":value'
        yield "}"
        return
    pad = " " * indent
    inner = pad * 2
    yield "{\n"
    for i, name in enumerate(names):
        if i:
            yield ",\n"
        if name in lists:
            yield f'{pad}"{name}": ['
            empty = True
            for item in lists[name]:
                text = item.model_dump_json(indent=indent)
                yield ("\n" if empty else ",\n") + inner + text.replace("\n", "\n" + inner)
                empty = False
            yield "]" if empty else f"\n{pad}]"
        else:
            # '{\n  "name": value\n}': the field's lines are already at depth one
            yield skeleton.model_dump_json(include={name}, indent=indent)[2:-2]
    yield "\n}"


def write_pieces(pieces: Iterable[str], out: IO[str]) -> None:
    """Write the pieces as they come (never joined)."""
    for piece in pieces:
        out.write(piece)
