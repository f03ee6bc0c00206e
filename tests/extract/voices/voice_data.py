"""Hand-built entities and quotes for the voices tests (offsets found in the text, no model)."""

from __future__ import annotations

from newsparse.models import Entity, Mention, Quote, Span, Speaker


def at(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``piece`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def entity(
    text: str, eid: str, name: str, label: str, forms: list[str], roles=(), titles=None
) -> Entity:
    mentions = []
    for k, form in enumerate(forms):
        s, e = at(text, form, sum(1 for f in forms[:k] if f == form))
        title = (titles or {}).get(k)
        mentions.append(Mention(start=s, end=e, text=form, title=title))
    return Entity(
        id=eid,
        name=name,
        label=label,
        count=len(mentions),
        roles=list(roles),
        mentions=mentions,
        first_mention=mentions[0].start,
    )


def quote(
    text: str,
    said: str,
    who: str | None,
    *,
    kind: str = "direct",
    nth: int = 0,
    name: str | None = None,
    eid: str | None = None,
    speaker_kind: str = "person",
    anonymous: bool = False,
    paragraph: int = 0,
) -> Quote:
    s, e = at(text, said)
    speaker = None
    if who is not None:
        ws, we = at(text, who, nth)
        speaker = Speaker(
            text=who,
            name=name,
            start=ws,
            end=we,
            entity=eid,
            kind=speaker_kind,  # type: ignore[arg-type]
            anonymous=anonymous,
        )
    return Quote(
        text=said,
        kind=kind,  # type: ignore[arg-type]
        spans=[Span(start=s, end=e)],
        speaker=speaker,
        paragraph=paragraph,
    )
