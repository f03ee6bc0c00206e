"""``newsparse evaluate``'s scores as a table: Rich for quotes, aligned plain text for claims."""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, TYPE_CHECKING

from rich.console import Console
from rich.table import Table

from newsparse.render.common import isatty

if TYPE_CHECKING:
    from newsparse.eval.claims import ClaimEvaluation
    from newsparse.eval.measures import Accuracy
    from newsparse.eval.quotes import EvalResult

_Row = tuple[str, "Callable[[EvalResult], Accuracy]"]
_RESOLVED_ROWS: tuple[_Row, ...] = (
    ("resolved speaker, direct (speaker_name)", lambda r: r.resolved_speaker_direct),
    ("resolved speaker, reported (speaker_name)", lambda r: r.resolved_speaker_reported),
)
_ACCURACY_ROWS: tuple[_Row, ...] = (
    ("speaker accuracy, all gold speakers", lambda r: r.speaker),
    ("speaker accuracy, named gold", lambda r: r.speaker_named),
    ("speaker accuracy, pronoun gold", lambda r: r.speaker_pronoun),
    *_RESOLVED_ROWS,
    ("reported speech recall (speech cues)", lambda r: r.reported_recall_speech),
    ("  of which content clauses", lambda r: r.reported_recall_clause),
    ("reported speech recall (all)", lambda r: r.reported_recall_all),
    ("reported speech precision", lambda r: r.reported_precision),
)
_RESOLVED = frozenset(label for label, _ in _RESOLVED_ROWS)


def _entity_rows(result: EvalResult) -> list[tuple[str, Accuracy]]:
    e = result.entities
    if e is None:
        return []
    return [
        ("entity precision (right referent and label)", e.precision),
        ("entity precision, any label", e.precision_any_label),
        ("entity recall (referents found)", e.recall),
        ("entity split rate (referents found twice+)", e.split_rate),
    ]


def _shown(result: EvalResult, label: str, acc: Accuracy) -> bool:
    """Resolved-speaker rows only when the gold has speaker_name (PolNeAR has none)."""
    return label not in _RESOLVED or acc.total > 0


def quotes_table(result: EvalResult, out: IO[str], *, by_half: bool = False) -> None:
    """The quote scores as one Rich table (fixed width when piped, one line per measure);
    ``by_half``: one column per gold half beside the total instead."""
    if by_half and result.halves:
        _halves_table(result, out)
        return
    table = Table(title=f"newsparse evaluate: {result.articles} articles")
    for col in ("measure", "P", "R", "F1 / acc", "counts"):
        table.add_column(col, justify="left" if col == "measure" else "right")
    for name, prf in (
        ("direct quotes (overlap ≥ 0.5)", result.direct),
        ("direct quotes, exact boundaries", result.direct_exact),
        ("attributed (span + speaker)", result.attributed),
    ):
        table.add_row(
            name,
            f"{prf.precision:.3f}",
            f"{prf.recall:.3f}",
            f"{prf.f1:.3f}",
            f"tp {prf.tp} / pred {prf.n_pred} / gold {prf.n_gold}",
        )
    rows = [(name, get(result)) for name, get in _ACCURACY_ROWS]
    for name, acc in rows + _entity_rows(result):
        if _shown(result, name, acc):
            table.add_row(name, "", "", f"{acc.accuracy:.3f}", f"{acc.correct} / {acc.total}")
    table.add_row("matched quotes with no gold speaker", "", "", "", str(result.speaker_null_gold))
    if result.voices is not None:  # issue 15
        v = result.voices
        for name, r in (
            ("voices: gold speakers found", v.found),
            ("voices: gender precision (answered)", v.gender_precision),
            ("voices: gender coverage (text genders)", v.gender_coverage),
            ("voices: source-type accuracy", v.source_type_accuracy),
        ):
            table.add_row(name, "", "", f"{r.rate:.3f}", f"{r.correct} / {r.total}")
    if result.entities is not None:
        e = result.entities
        table.add_row("entity merge errors (one for 2+ referents)", "", "", "", str(e.merge_errors))
        table.add_row(
            "NORP entities matching no referent (unjudged)", "", "", "", str(e.norp_unjudged)
        )
    _print(table, out)


def _print(table: Table, out: IO[str]) -> None:
    # Piped output gets a fixed width wide enough for one line per measure.
    Console(file=out, width=None if isatty(out) else 110).print(table)


def _cell(acc: Accuracy) -> str:
    return f"{acc.accuracy:.3f} ({acc.correct}/{acc.total})"


def _halves_table(result: EvalResult, out: IO[str]) -> None:
    """Headline measures for all records and for each half, side by side."""
    parts = [result, *result.halves.values()]  # halves in their order: dev, check, others
    names = ["all", *result.halves]
    title = ", ".join(f"{n} {r.articles}" for n, r in zip(names, parts, strict=True))
    table = Table(title=f"newsparse evaluate: {title} articles")
    table.add_column("measure", justify="left")
    for name in names:
        table.add_column(name, justify="right")
    table.add_row("direct quotes F1", *(f"{r.direct.f1:.3f}" for r in parts))
    table.add_row(
        "direct quotes P / R",
        *(f"{r.direct.precision:.3f} / {r.direct.recall:.3f}" for r in parts),
    )
    table.add_row("attributed F1", *(f"{r.attributed.f1:.3f}" for r in parts))
    for label, get in _ACCURACY_ROWS:
        if _shown(result, label, get(result)):
            table.add_row(label, *(_cell(get(r)) for r in parts))
    for k, (label, _) in enumerate(_entity_rows(result)):
        table.add_row(
            label, *(_cell(rows[k][1]) if (rows := _entity_rows(r)) else "—" for r in parts)
        )
    if result.entities is not None:
        table.add_row(
            "entity merge errors",
            *(str(r.entities.merge_errors) if r.entities else "—" for r in parts),
        )
    _print(table, out)


def _fmt(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def claims_table(result: ClaimEvaluation, out: IO[str]) -> None:
    """The claim scores beside the baseline, as plain aligned text."""
    rows = [
        ("claims precision", "precision"),
        ("claims recall", "recall"),
        ("claims F1", "f1"),
        ("claimer-type accuracy", "claimer_accuracy"),
        ("claim types micro-F1", "types_micro_f1"),
        ("hedged accuracy", "hedged_accuracy"),
        ("check-worthiness AUC", "checkworthiness_auc"),
    ]
    s, b = result.system, result.baseline
    out.write(
        f"{result.gold_path}: {s.articles} articles, {s.gold} gold claims, model {result.model}\n"
    )
    out.write(f"{'measure':<24}{'newsparse':>11}{'baseline':>11}\n")
    for label, key in rows:
        base = _fmt(getattr(b, key)) if b else "—"
        out.write(f"{label:<24}{_fmt(getattr(s, key)):>11}{base:>11}\n")
    out.write(f"matched {s.matched} of {s.gold} gold / {s.predicted} predicted\n")
