"""The terminal view: a header panel, sourcing, then entities, quotes, voices, claims, summary.

Nothing is cut silently: a group that holds more than ``top`` items says how many more there
are (``--top 0`` shows all). Colour means something (direct or reported speech, named or
anonymous speakers, check-worthiness) and a one-line legend says what; Rich drops colour under
``NO_COLOR`` and when the output is not a terminal.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import IO, TypeVar

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsparse.models import Claim, Entity, Quote, Report, SourcingProfile, Voice
from newsparse.render.common import header_fields, voice_gender, voice_type

T = TypeVar("T")

LABEL_TITLES = {
    "PERSON": "People",
    "ORG": "Organisations",
    "GPE": "Places",
    "LOC": "Places",
    "FAC": "Places",
    "NORP": "Groups",
    "EVENT": "Events",
    "PRODUCT": "Products",
    "LAW": "Laws",
    "WORK_OF_ART": "Works",
    "LANGUAGE": "Languages",
}
CLAIMER_TITLES = {
    "person": "Named people",
    "organization": "Organisations",
    "media": "Other media",
    "anonymous": "Anonymous or vague sources",
    "article": "The article's own voice",
}
DIRECT = "green"
REPORTED = "cyan"
ANONYMOUS = "magenta"
SOURCING = (
    ("named", "named", "blue"),
    ("anonymous", "anonymous", ANONYMOUS),
    ("media", "other media", "yellow"),
    ("none", "unsourced", "bright_black"),
)
MAX_NAME_WIDTH = 24
"""The speaker column is at least as wide as the longest word of a name, up to this."""


def _console(out: IO[str]) -> Console:
    # Rich itself honours NO_COLOR and COLUMNS, and drops styling when `out` is not a terminal.
    return Console(file=out, highlight=False, soft_wrap=False)


def limit(items: Sequence[T], top: int) -> tuple[list[T], int]:
    """The first ``top`` items (all when ``top`` is 0) and how many were left out."""
    if top <= 0 or len(items) <= top:
        return list(items), 0
    return list(items[:top]), len(items) - top


def more(n: int, what: str) -> Text:
    return Text(f"+{n} more {what} (--top 0 shows all)", style="dim italic")


def cw_style(score: float) -> str:
    """Check-worthiness bands, as the HTML report colours them."""
    return "bold red" if score >= 0.6 else "yellow" if score >= 0.4 else "dim"


def legend() -> Text:
    """What the signs and colours mean, in one line that fits 80 columns."""
    text = Text()
    for chunk, style in (
        ("× mentions · ", ""),
        ("Check", "bold red"),
        (": 0–1 check-worthy · ", ""),
        ("direct", DIRECT),
        (" · ", ""),
        ("[reported]", REPORTED),
        (" · ", ""),
        ("anonymous", ANONYMOUS),
        (" · hedged", ""),
    ):
        text.append(chunk, style=style)
    return text


def _header(report: Report) -> Panel:
    art = report.article
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for key, value in header_fields(art):
        grid.add_row(key, value)
    title = Text(art.headline or art.id, style="bold")
    return Panel(grid, title=title, title_align="left", box=box.ROUNDED)


def sourcing_line(profile: SourcingProfile) -> Text:
    """On whose word the claims rest, as counts and a small bar."""
    counts = profile.model_dump()
    total = sum(counts.values())
    text = Text("Sourcing", style="bold")
    if not total:
        return text.append(": no claims")
    text.append(f" of {total} claims: ")
    for i, (key, label, style) in enumerate(SOURCING):
        if i:
            text.append(" · ", style="dim")
        text.append(f"{label} {counts[key]}", style=style)
    text.append("  ")
    width = 20
    for key, _, style in SOURCING:
        text.append("█" * round(width * counts[key] / total), style=style)
    return text


def _entities(entities: list[Entity], top: int) -> Table | None:
    if not entities:
        return None
    grouped: dict[str, list[Entity]] = defaultdict(list)
    for ent in entities:
        grouped[LABEL_TITLES.get(ent.label, "Other")].append(ent)
    table = Table(title="Who and what", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Type", style="bold", no_wrap=True)
    table.add_column("Name", overflow="fold")
    table.add_column("×", justify="right", no_wrap=True)
    table.add_column("Roles", overflow="fold")
    order = list(dict.fromkeys([*LABEL_TITLES.values(), "Other"]))
    for group in order:
        shown, hidden = limit(grouped.get(group, []), top)
        for i, ent in enumerate(shown):
            table.add_row(group if i == 0 else "", ent.name, str(ent.count), "; ".join(ent.roles))
        if hidden:
            table.add_row("", more(hidden, group.lower()), "", "")
    return table


def speaker_text(quote: Quote) -> Text:
    """The speaker as resolved, with the words written only when they add something ("he")."""
    sp = quote.speaker
    if sp is None:
        return Text("—", style="dim")
    if sp.anonymous:
        return Text(f"anonymous: {sp.text}", style=ANONYMOUS)
    name = sp.name or sp.text
    text = Text(name, style="bold")
    written, plain = _letters(sp.text), _letters(name)
    adds = sp.kind in ("pronoun", "description") or len(sp.text.split()) <= 3
    if sp.name and adds and written not in plain and plain not in written:
        text.append(f" ({sp.text.strip()})", style="dim")
    return text


def _letters(text: str) -> str:
    """Lower-case letters and digits only: "Reuters, Axios" and "Reuters and Axios" meet."""
    return "".join(c for c in text.lower() if c.isalnum())


def _cue(quote: Quote) -> Text:
    parts = [quote.cue.text] if quote.cue else []
    if quote.venue:
        parts.append(quote.venue)
    return Text(" · ".join(parts), style="dim")


def quote_text(quote: Quote) -> Text:
    if quote.kind == "direct":
        return Text(quote.text, style=DIRECT)
    body = Text(quote.text, style=REPORTED)
    body.append(f" [{'reported' if quote.kind == 'indirect' else quote.kind}]", style="dim")
    return body


def name_width(names: Sequence[str]) -> int:
    """A names column as wide as the longest word of any name (so no name is ever cut), and
    wide enough for most whole names, within ``MAX_NAME_WIDTH``."""
    longest_word = max((len(w) for n in names for w in n.split()), default=8)
    longest_name = max((len(n) for n in names), default=8)
    return max(min(longest_word, MAX_NAME_WIDTH), min(longest_name, 18), 12)


def _quote_table(title: str, quotes: Sequence[Quote]) -> Table:
    names = [(q.speaker.name or q.speaker.text) for q in quotes if q.speaker]
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Speaker · cue", width=name_width(names), overflow="fold")
    table.add_column("Quote", ratio=1, overflow="fold")
    return table


def _quotes(quotes: list[Quote], top: int) -> Table | None:
    if not quotes:
        return None
    table = _quote_table("Who said what", quotes)
    shown, hidden = limit(quotes, top * 3 if top > 0 else 0)
    for quote in shown:
        table.add_row(Text("\n").join([speaker_text(quote), _cue(quote)]), quote_text(quote))
    if hidden:
        table.add_row("", more(hidden, "quotes"))
    return table


def _by_speaker(quotes: list[Quote], top: int) -> Table | None:
    """Quotes grouped per person, the most quoted first."""
    if not quotes:
        return None
    groups: dict[str, list[Quote]] = defaultdict(list)
    for quote in quotes:
        sp = quote.speaker
        key = "" if sp is None else "?anon" if sp.anonymous else (sp.entity or sp.name or sp.text)
        groups[key].append(quote)
    order = sorted(groups, key=lambda k: (k in ("", "?anon"), -len(groups[k])))
    table = _quote_table("Quotes by speaker", quotes)
    for key in order:
        group = groups[key]
        who = group[0]
        label = (
            Text("No speaker found", style="dim")
            if key == ""
            else Text("Anonymous sources", style=ANONYMOUS)
            if key == "?anon"
            else Text((who.speaker.name or who.speaker.text) if who.speaker else "", style="bold")
        )
        label.append(f"\n{len(group)} quote{'s' if len(group) != 1 else ''}", style="dim")
        shown, hidden = limit(group, top)
        for i, quote in enumerate(shown):
            cue = _cue(quote)
            body = quote_text(quote)
            if cue.plain:
                body.append("  ").append_text(cue)
            last = i == len(shown) - 1 and not hidden
            table.add_row(label if i == 0 else "", body, end_section=last)
        if hidden:
            table.add_row("", more(hidden, "quotes of this speaker"), end_section=True)
    return table


def _voices(voices: list[Voice], top: int) -> Table | None:
    """Who gets quoted, how much, as what kind of source, and the gender the text gives."""
    if not voices:
        return None
    table = Table(title="Voices", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Who", ratio=3, min_width=name_width([v.name for v in voices]))
    table.add_column("Type", ratio=2, overflow="fold")
    table.add_column("Quotes", justify="right", no_wrap=True)
    table.add_column("Words", justify="right", no_wrap=True)
    table.add_column("Gender", ratio=2, overflow="fold")
    shown, hidden = limit(voices, top)
    for v in shown:
        who = Text(v.name, style=ANONYMOUS if v.type == "anonymous" else "bold")
        if v.roles:
            who.append(f"\n{'; '.join(v.roles)}", style="dim")
        quotes = f"{v.direct}+{v.reported}" if v.reported else str(v.direct)
        table.add_row(who, voice_type(v), quotes, f"{v.words} ({v.share:.0%})", voice_gender(v))
    if hidden:
        table.add_row(more(hidden, "voices"), "", "", "", "")
    table.caption = "Quotes: direct+reported · Words: quoted words (share of all quoted)"
    table.caption_justify = "left"
    return table


def rank_claims(claims: list[Claim], top: int) -> dict[str, tuple[list[Claim], int]]:
    """Per claimer type: the claims shown and how many are not.

    Each distinct claimer's best claim comes first, so nobody who is quoted vanishes behind a
    more prolific speaker; the rest follow by check-worthiness. A type shows ``top`` claims, or
    one per claimer when there are more claimers than that.
    """
    grouped: dict[str, list[Claim]] = defaultdict(list)
    for claim in sorted(claims, key=lambda c: (-c.checkworthiness, c.spans[0].start)):
        grouped[claim.claimer.type].append(claim)
    ranked: dict[str, tuple[list[Claim], int]] = {}
    for kind in CLAIMER_TITLES:
        items = grouped.get(kind, [])
        if not items:
            continue
        firsts: dict[str, Claim] = {}
        for claim in items:
            who = (claim.claimer.entity or claim.claimer.name or claim.claimer.text or "").lower()
            firsts.setdefault(who, claim)
        lead = list(firsts.values()) if kind != "article" else []
        rest = [c for c in items if all(c is not f for f in lead)]
        room = 0 if top <= 0 else max(top, len(lead))
        shown, hidden = limit(lead + rest, room)
        shown.sort(key=lambda c: (-c.checkworthiness, c.spans[0].start))
        ranked[kind] = (shown, hidden)
    return ranked


def _claim_tags(claim: Claim) -> str:
    tags: list[str] = [t for t in claim.types if t != "other"]
    negations = [h for h in claim.hedges if h.endswith("(negation)")]
    hedges = [h for h in claim.hedges if h not in negations]
    if claim.hedged and hedges:
        tags.append("hedged: " + ", ".join(hedges))
    if negations:
        tags.append("negated")
    return "; ".join(tags)


def _claims(claims: list[Claim], top: int) -> Table | None:
    if not claims:
        return None
    names = [c.claimer.name or c.claimer.text or "" for c in claims if c.claimer.type != "article"]
    table = Table(title="Claims", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Source", width=name_width(names), overflow="fold")
    table.add_column("Check", justify="right", no_wrap=True)
    table.add_column("Claim", ratio=1, overflow="fold")
    for kind, (shown, hidden) in rank_claims(claims, top).items():
        title = CLAIMER_TITLES[kind]
        for i, claim in enumerate(shown):
            who = Text(title + "\n" if i == 0 else "", style="bold")
            if kind != "article":
                name = claim.claimer.name or claim.claimer.text or ""
                who.append(name, style=ANONYMOUS if kind == "anonymous" else "")
            body = Text(claim.text)
            if tags := _claim_tags(claim):
                body.append(f"  [{tags}]", style="dim")
            score = Text(f"{claim.checkworthiness:.2f}", style=cw_style(claim.checkworthiness))
            last = i == len(shown) - 1 and not hidden
            table.add_row(who, score, body, end_section=last)
        if hidden:
            table.add_row("", "", more(hidden, f"claims: {title.lower()}"), end_section=True)
    return table


def _summary(report: Report) -> Panel | None:
    if not report.summary:
        return None
    text = Text("\n").join(Text(f"• {s.text}") for s in report.summary)
    return Panel(text, title="Summary", title_align="left", box=box.ROUNDED)


def render_view(report: Report, *, top: int = 10, by_speaker: bool = False) -> Group:
    """The whole view as one Rich renderable (for a console of the caller's choosing)."""
    quotes = _by_speaker(report.quotes, top) if by_speaker else _quotes(report.quotes, top)
    parts: list[RenderableType | None] = [
        _header(report),
        sourcing_line(report.sourcing),
        legend(),
        _entities(report.entities, top),
        quotes,
        _voices(report.voices, top),
        _claims(report.claims, top),
        _summary(report),
    ]
    if report.warnings:
        parts.append(Text("\n".join(f"warning: {w}" for w in report.warnings), style="yellow"))
    return Group(*[p for p in parts if p is not None])


def render(report: Report, out: IO[str], *, top: int = 10) -> None:
    """Print the report for a person reading a terminal."""
    _console(out).print(render_view(report, top=top))


def render_by_speaker(report: Report, out: IO[str], *, top: int = 10) -> None:
    """The same view with the quotes grouped per speaker (``--by-speaker``)."""
    _console(out).print(render_view(report, top=top, by_speaker=True))
