"""The corpus roll-up (``newsparse aggregate``, ``summarize --aggregate``) as terminal tables."""

from __future__ import annotations

from typing import IO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsparse.corpus import CorpusSummary, Share, Tally, VoiceGroup, VoicesSummary


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def _gender_row(label: str, g: VoiceGroup) -> list[str]:
    f, m, u = (g.gender[k].quotes for k in ("female", "male", "unknown"))
    known = f"{_pct(g.female_share_of_known_quotes)} / {_pct(g.female_share_of_known_words)}"
    return [
        label,
        str(g.articles),
        str(g.total.quotes),
        f"{f} / {m} / {u}",
        known,
        _pct(g.unknown_gender_share_of_quotes),
    ]


def voice_tables(voices: VoicesSummary, *, top: int = 10) -> list[Table]:
    """Gender shares (all, per outlet, per month), naming and source types, the top voices."""
    gender = Table(
        title="Voices by gender",
        caption="Quotes of female / male / unknown voices; female share of the quotes and "
        "quoted words of known gender; share of quotes whose speaker's gender is unknown.",
        box=box.SIMPLE_HEAD,
    )
    gender.add_column("Group", overflow="fold", ratio=1)
    for col in ("Art.", "Quotes", "F / M / ?", "Female of known (q / w)", "Unknown"):
        gender.add_column(col, justify="right", no_wrap=True)
    gender.add_row(*_gender_row("all", voices.all), end_section=True)
    for title, groups, cut in (("outlet", voices.by_outlet, top), ("month", voices.by_month, 0)):
        shown = groups[:cut] if cut else groups
        gender.add_row(Text(f"by {title}", style="bold"), *[""] * 5)
        for g in shown:
            gender.add_row(*_gender_row(g.key, g))
        if len(groups) > len(shown):
            gender.add_row(f"+{len(groups) - len(shown)} more", *[""] * 5)
        gender.rows[-1].end_section = True

    kinds = Table(title="Who is quoted: naming and source types", box=box.SIMPLE_HEAD)
    for col, just in (("Kind", "left"), ("Voices", "right"), ("Quotes", "right")):
        kinds.add_column(col, justify=just)  # type: ignore[arg-type]
    kinds.add_column("Share of quotes", justify="right")
    kinds.add_column("Words", justify="right")
    total = voices.all.total.quotes
    facets: list[tuple[str, dict[str, Tally]]] = [
        ("", voices.all.naming),
        ("type: ", voices.all.source_types),
    ]
    for n, (prefix, tallies) in enumerate(facets):
        for key, t in tallies.items():
            share = _pct(t.quotes / total) if total else "-"
            last = key == list(tallies)[-1] and n == 0
            kinds.add_row(
                f"{prefix}{key}",
                str(t.voices),
                str(t.quotes),
                share,
                str(t.words),
                end_section=last,
            )

    tops = Table(title="Most quoted voices", box=box.SIMPLE_HEAD)
    for col in ("Voice", "Type", "Source type", "Gender"):
        tops.add_column(col)
    for col in ("Articles", "Quotes", "Words"):
        tops.add_column(col, justify="right")
    for v in voices.top[:top]:
        tops.add_row(
            v.name, v.type, v.source_type, v.gender, str(v.articles), str(v.quotes), str(v.words)
        )
    return [gender, kinds, tops]


def render(summary: CorpusSummary, out: IO[str], *, top: int = 10) -> None:
    """Tables for a terminal: entities, speakers, sourcing, voices."""
    console = Console(file=out, highlight=False)
    head = (
        f"[bold]{summary.articles}[/] articles ({summary.words:,} words), "
        f"{summary.quotes} quotes, {summary.claims} claims"
    )
    if summary.failed:
        head += f"; [red]{summary.failed} error record(s) skipped[/]"
    if summary.invalid_lines:
        head += f"; [red]{summary.invalid_lines} invalid line(s)[/]"
    console.print(head)

    ents = Table(title="Most mentioned entities", box=box.SIMPLE_HEAD)
    for col, just in (("Entity", "left"), ("Label", "left"), ("Articles", "right")):
        ents.add_column(col, justify=just)  # type: ignore[arg-type]
    ents.add_column("Mentions", justify="right")
    for e in summary.entities[:top]:
        ents.add_row(e.name, e.label, str(e.articles), str(e.mentions))
    console.print(ents)

    spk = Table(title="Most quoted speakers", box=box.SIMPLE_HEAD)
    spk.add_column("Speaker")
    spk.add_column("Quotes", justify="right")
    spk.add_column("Articles", justify="right")
    for s in summary.speakers[:top]:
        spk.add_row(s.name, str(s.quotes), str(s.articles))
    console.print(spk)

    src = Table(title="Sourcing", box=box.SIMPLE_HEAD)
    src.add_column("Measure")
    src.add_column("Count", justify="right")
    src.add_column("Share", justify="right")

    def pct(share: Share) -> str:
        return "-" if share.share is None else f"{share.share:.1%}"

    aq, asrc = summary.anonymous_quotes, summary.anonymous_sourcing
    src.add_row("Quotes from anonymous speakers", f"{aq.count}/{aq.total}", pct(aq))
    src.add_row("Quotes with no resolved speaker", str(summary.unattributed_quotes), "")
    for key, value in summary.sourcing.items():
        src.add_row(f"Claims sourced: {key}", str(value), "")
    src.add_row("Anonymous among sourced claims", f"{asrc.count}/{asrc.total}", pct(asrc))
    console.print(src)
    if summary.voices.all.total.voices:
        for table in voice_tables(summary.voices, top=top):
            console.print(table)
