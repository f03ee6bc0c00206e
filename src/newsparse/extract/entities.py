"""Entities merged per real-world referent, with mentions, roles and a salience order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse.models import Entity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

SKIP_LABELS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}


def extract_entities(doc: Doc, *, headline: str | None = None) -> list[Entity]:
    """Group named-entity mentions by surface form (first version: exact text)."""
    groups: dict[tuple[str, str], list[Mention]] = {}
    for ent in doc.ents:
        if ent.label_ in SKIP_LABELS:
            continue
        text = ent.text.strip()
        if not text:
            continue
        groups.setdefault((text, ent.label_), []).append(
            Mention(start=ent.start_char, end=ent.end_char, text=ent.text)
        )
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[1][0].start))
    return [
        Entity(
            id=f"e{i}",
            name=name,
            label=label,
            count=len(mentions),
            mentions=mentions,
            first_mention=mentions[0].start,
            salience=float(len(mentions)),
        )
        for i, ((name, label), mentions) in enumerate(ranked, 1)
    ]
