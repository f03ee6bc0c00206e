"""Markdown: the same report as a document to paste into notes or a pull request."""

from __future__ import annotations

from typing import IO

from newsparse.models import Report
from newsparse.render.common import header_fields, voice_gender, voice_type


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _more(total: int, limit: int | None, what: str) -> list[str]:
    """Never cut silently: say how many were left out."""
    if limit is None or total <= limit:
        return []
    return ["", f"*… and {total - limit} more {what} (`--top 0` shows all).*"]


def render(report: Report, out: IO[str], *, top: int = 10) -> None:
    art = report.article
    lines = [f"# {art.headline or art.id}", ""]
    lines += [f"- **{k}:** {v}" for k, v in header_fields(art)]
    src = report.sourcing
    if src.named + src.anonymous + src.media + src.none:
        lines.append(
            f"- **Sourcing:** named {src.named} · anonymous {src.anonymous} · "
            f"other media {src.media} · unsourced {src.none}"
        )
    limit = top * 3 if top > 0 else None
    if report.entities:
        lines += ["", "## Entities", "", "| Name | Type | Mentions | Roles |", "|---|---|---:|---|"]
        lines += [
            f"| {_cell(e.name)} | {e.label} | {e.count} | {_cell('; '.join(e.roles))} |"
            for e in report.entities[:limit]
        ]
        lines += _more(len(report.entities), limit, "entities")
    if report.quotes:
        lines += ["", "## Quotes", "", "| Speaker | Cue | Kind | Quote |", "|---|---|---|---|"]
        for q in report.quotes:
            who = (q.speaker.name or q.speaker.text) if q.speaker else ""
            cue = q.cue.text if q.cue else ""
            lines.append(f"| {_cell(who)} | {_cell(cue)} | {q.kind} | {_cell(q.text)} |")
    if report.voices:
        lines += [
            "",
            "## Voices",
            "",
            "| Who | Type | Quotes (direct + reported) | Words (share) | Gender |",
            "|---|---|---:|---:|---|",
        ]
        for v in report.voices[:limit]:
            who = v.name + (f" ({'; '.join(v.roles)})" if v.roles else "")
            lines.append(
                f"| {_cell(who)} | {_cell(voice_type(v))} | {v.direct} + {v.reported} | "
                f"{v.words} ({v.share:.0%}) | {_cell(voice_gender(v))} |"
            )
        lines += _more(len(report.voices), limit, "voices")
    if report.claims:
        lines += ["", "## Claims", "", "| Claimer | Check | Types | Claim |", "|---|---:|---|---|"]
        for c in sorted(report.claims, key=lambda c: -c.checkworthiness)[:limit]:
            who = c.claimer.name or c.claimer.text or c.claimer.type
            types = ", ".join(c.types)
            lines.append(f"| {_cell(who)} | {c.checkworthiness:.2f} | {types} | {_cell(c.text)} |")
        lines += _more(len(report.claims), limit, "claims")
    if report.summary:
        lines += ["", "## Summary", ""] + [f"- {s.text}" for s in report.summary]
    out.write("\n".join(lines) + "\n")
