"""``aggregate --format csv``: the voices roll-up as one table for spreadsheets.

One row per group (``scope`` all, outlet or month) with its gender, naming and source-type
counts and shares, then one row per top voice (``scope`` voice, with its gender and type).
"""

from __future__ import annotations

import csv
from typing import IO, get_args

from newsparse.corpus import GENDERS, NAMING, CorpusSummary, VoiceGroup
from newsparse.models import SourceType
from newsparse.render.csv import cell

SOURCE_TYPES: tuple[SourceType, ...] = get_args(SourceType)
COLUMNS = (
    ["scope", "key", "articles", "voices", "quotes", "words"]
    + [f"{g}_{m}" for g in GENDERS for m in ("quotes", "words")]
    + [
        "female_share_of_known_quotes",
        "female_share_of_known_words",
        "unknown_gender_share_of_quotes",
        "unknown_gender_share_of_words",
    ]
    + [f"{n}_quotes" for n in NAMING]
    + [f"type_{t}_quotes" for t in SOURCE_TYPES]
    + ["type", "gender", "source_type"]
)


def _group_row(scope: str, g: VoiceGroup) -> dict[str, object]:
    row: dict[str, object] = {
        "scope": scope,
        "key": g.key,
        "articles": g.articles,
        "voices": g.total.voices,
        "quotes": g.total.quotes,
        "words": g.total.words,
        "female_share_of_known_quotes": g.female_share_of_known_quotes,
        "female_share_of_known_words": g.female_share_of_known_words,
        "unknown_gender_share_of_quotes": g.unknown_gender_share_of_quotes,
        "unknown_gender_share_of_words": g.unknown_gender_share_of_words,
    }
    for gender, t in g.gender.items():
        row[f"{gender}_quotes"], row[f"{gender}_words"] = t.quotes, t.words
    for naming, t in g.naming.items():
        row[f"{naming}_quotes"] = t.quotes
    for kind in SOURCE_TYPES:
        found = g.source_types.get(kind)
        row[f"type_{kind}_quotes"] = found.quotes if found else 0
    return row


def render(summary: CorpusSummary, out: IO[str], *, top: int = 15) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    v = summary.voices
    rows = [_group_row("all", v.all)]
    rows += [_group_row("outlet", g) for g in v.by_outlet]
    rows += [_group_row("month", g) for g in v.by_month]
    rows += [
        {
            "scope": "voice",
            "key": t.name,
            "articles": t.articles,
            "quotes": t.quotes,
            "words": t.words,
            "type": t.type,
            "gender": t.gender,
            "source_type": t.source_type,
        }
        for t in v.top[:top]
    ]
    for row in rows:
        writer.writerow([cell(row.get(c)) for c in COLUMNS])  # type: ignore[arg-type]
