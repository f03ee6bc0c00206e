"""The terminal view: a header panel, then entities, quotes, claims and summary at a glance."""

from __future__ import annotations

from collections import defaultdict
from typing import IO

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsparse.models import Claim, Entity, Quote, Report
from newsparse.render.common import header_fields

LABEL_TITLES = {
    "PERSON": "People",
    "ORG": "Organisations",
    "GPE": "Places",
    "LOC": "Places",
    "FAC": "Places",
    "NORP": "Groups and nationalities",
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


def _console(out: IO[str]) -> Console:
    # Rich itself honours NO_COLOR and drops styling when `out` is not a terminal.
    return Console(file=out, highlight=False, soft_wrap=False)


def _header(report: Report) -> Panel:
    art = report.article
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    for key, value in header_fields(art):
        grid.add_row(key, value)
    title = Text(art.headline or art.id, style="bold")
    return Panel(grid, title=title, title_align="left", box=box.ROUNDED)


def _entities(entities: list[Entity], top: int) -> Table | None:
    if not entities:
        return None
    grouped: dict[str, list[Entity]] = defaultdict(list)
    for ent in entities:
        grouped[LABEL_TITLES.get(ent.label, "Other")].append(ent)
    table = Table(title="Who and what", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Type", style="bold", no_wrap=True)
    table.add_column("Name")
    table.add_column("×", justify="right", no_wrap=True)
    table.add_column("Roles")
    order = list(dict.fromkeys([*LABEL_TITLES.values(), "Other"]))
    for group in order:
        items = grouped.get(group, [])[:top]
        for i, ent in enumerate(items):
            table.add_row(group if i == 0 else "", ent.name, str(ent.count), "; ".join(ent.roles))
    return table


def _quotes(quotes: list[Quote], top: int) -> Table | None:
    if not quotes:
        return None
    table = Table(title="Who said what", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Speaker", style="bold", ratio=1)
    table.add_column("Cue", no_wrap=True)
    table.add_column("Quote", ratio=3)
    for quote in quotes[:top]:
        speaker = "—"
        if quote.speaker:
            speaker = quote.speaker.name or quote.speaker.text
            if quote.speaker.name and quote.speaker.text != quote.speaker.name:
                speaker += f" ({quote.speaker.text})"
        cue = quote.cue.text if quote.cue else ""
        if quote.venue:
            cue += f"\n{quote.venue}"
        body = Text(quote.text)
        if quote.kind != "direct":
            body.append(f"  [{quote.kind}]", style="dim")
        table.add_row(speaker, cue, body)
    return table


def _claims(claims: list[Claim], top: int) -> Table | None:
    if not claims:
        return None
    table = Table(title="Claims", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Source", style="bold", ratio=1)
    table.add_column("Check", justify="right", no_wrap=True)
    table.add_column("Claim", ratio=3)
    order = list(CLAIMER_TITLES)
    ranked = sorted(
        claims, key=lambda c: (order.index(c.claimer.type), -c.checkworthiness, c.spans[0].start)
    )
    shown: dict[str, int] = defaultdict(int)
    for claim in ranked:
        kind = claim.claimer.type
        if shown[kind] >= top:
            continue
        shown[kind] += 1
        who = claim.claimer.name or claim.claimer.text or CLAIMER_TITLES[kind]
        if kind != "article" and shown[kind] == 1:
            who = f"{CLAIMER_TITLES[kind]}\n{who}"
        elif kind == "article":
            who = CLAIMER_TITLES[kind] if shown[kind] == 1 else ""
        body = Text(claim.text)
        tags: list[str] = list(claim.types)
        negations = [h for h in claim.hedges if h.endswith("(negation)")]
        hedges = [h for h in claim.hedges if h not in negations]
        if claim.hedged and hedges:
            tags.append("hedged: " + ", ".join(hedges))
        if negations:
            tags.append("negated")
        if tags:
            body.append("  [" + "; ".join(tags) + "]", style="dim")
        table.add_row(who, f"{claim.checkworthiness:.2f}", body)
    return table


def _summary(report: Report) -> Panel | None:
    if not report.summary:
        return None
    text = Text("\n").join(Text(f"• {s.text}") for s in report.summary)
    return Panel(text, title="Summary", title_align="left", box=box.ROUNDED)


def render(report: Report, out: IO[str], *, top: int = 10) -> None:
    """Print the report for a person reading a terminal."""
    parts: list[RenderableType | None] = [
        _header(report),
        _entities(report.entities, top),
        _quotes(report.quotes, top * 3),
        _claims(report.claims, top),
        _summary(report),
    ]
    if report.warnings:
        parts.append(Text("\n".join(f"warning: {w}" for w in report.warnings), style="yellow"))
    _console(out).print(Group(*[p for p in parts if p is not None]))
