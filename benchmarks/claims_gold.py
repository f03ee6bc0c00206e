"""Claims gold for development: every annotated article parsed once (cached), analysed, scored by
half, and the matched (gold, system) pairs kept for error study and for training the
check-worthiness weights (``scripts/train_claims.py``).

Gold sets: ``tests/fixtures/claims-wikinews.jsonl`` (texts inside, split ``wikinews``) and
``tests/fixtures/claims-outlets.jsonl`` (texts from ``../shared``, split by each record's ``half``).

    PYTHONPATH=src .venv/bin/python benchmarks/claims_gold.py [--errors types|claimer|hedged|spans]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
sys.path.insert(0, str(ROOT))
CACHE = Path("/tmp/np-claims-docs")


@dataclass
class GoldDoc:
    id: str
    split: str  # wikinews | dev | check
    text: str
    claims: list  # eval.claims.GoldClaim


def gold_docs(paths: list[Path] | None = None) -> list[GoldDoc]:
    """Every gold article with its text and split."""
    from tests.fixtures.gold_texts_claims import gold_text  # reads ../shared

    from newsparse.eval.claims import GoldClaim

    paths = paths or [FIXTURES / "claims-wikinews.jsonl", FIXTURES / "claims-outlets.jsonl"]
    out: list[GoldDoc] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            text = rec["text"] if "text" in rec else gold_text(rec)
            claims = [
                GoldClaim(
                    start=c["start"],
                    end=c["end"],
                    text=c.get("text", c.get("excerpt", "")),
                    claimer=c.get("claimer", c.get("claimer_type")),
                    types=c["types"],
                    hedged=bool(c["hedged"]),
                    checkworthy=bool(c["checkworthy"]),
                )
                for c in rec["claims"]
            ]
            out.append(GoldDoc(rec["id"], rec.get("half", "wikinews"), text, claims))
    return out


def parsed(nlp, text: str):  # type: ignore[no-untyped-def]
    """The Doc of ``text``, from the cache when parsed before with this model."""
    from spacy.tokens import Doc

    from newsparse.nlp import model_label, parse

    key = hashlib.sha256((model_label(nlp) + "\0" + text).encode()).hexdigest()[:24]
    path = CACHE / f"{key}.doc"
    if path.exists():
        return Doc(nlp.vocab).from_bytes(path.read_bytes())
    doc = parse(nlp, text)
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(doc.to_bytes())
    return doc


def reports(docs: list[GoldDoc], model: str = "md"):  # type: ignore[no-untyped-def]
    """(gold doc, Report) for each gold article, parsed through the cache."""
    from newsparse.analysis import report_from_doc
    from newsparse.loader import article_from_record
    from newsparse.nlp import load_pipeline, model_label

    nlp = load_pipeline(model)
    label = model_label(nlp)
    for g in docs:
        article = article_from_record({"id": g.id, "text": g.text})
        yield g, report_from_doc(article, parsed(nlp, g.text), model=label)


def main() -> None:
    from newsparse.eval.claims import match, pred_from_claim, score

    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", choices=["types", "claimer", "hedged", "spans", "cw"])
    ap.add_argument("--split", default=None, help="only this split for --errors")
    ap.add_argument("-m", "--model", default="md")
    ap.add_argument("--types", action="store_true", help="per-type tp/fp/fn")
    ap.add_argument("--dump", help="write each matched claim's features and gold labels (JSONL)")
    args = ap.parse_args()
    by_split: dict[str, list] = {}
    recorded = _record_features()
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None  # noqa: SIM115
    for g, report in reports(gold_docs(), args.model):
        seen = list(recorded)
        recorded.clear()
        preds = [pred_from_claim(c) for c in report.claims]
        if dump is not None:
            assert len(seen) == len(preds), (g.id, len(seen), len(preds))
            for gi, pi in match(g.claims, preds):
                gc = g.claims[gi]
                cue_types, fired = seen[pi]
                row = {"split": g.split, "id": g.id, "fired": fired, "types": gc.types}
                row["checkworthy"] = gc.checkworthy
                row["cue_types"] = cue_types
                row["system_types"] = preds[pi].types
                row["text"] = g.text[gc.start : gc.end]
                dump.write(json.dumps(row) + "\n")
        by_split.setdefault(g.split, []).append((g.claims, preds))
        if args.errors and (args.split is None or args.split == g.split):
            _errors(args.errors, g, report, preds, match(g.claims, preds))
    keys = ["f1", "claimer_accuracy", "types_micro_f1", "hedged_accuracy", "checkworthiness_auc"]
    print(f"{'split':9}" + "".join(f"{k[:14]:>16}" for k in keys) + "   gold/pred/match")
    for split in ("dev", "check", "wikinews"):
        if split not in by_split:
            continue
        s = score(by_split[split])
        row = "".join(f"{getattr(s, k) or 0:16.3f}" for k in keys)
        print(f"{split:9}{row}   {s.gold}/{s.predicted}/{s.matched}")
        if args.types:
            print(
                "   "
                + "  ".join(
                    f"{t[:8]}={a}/{b}/{c}" for t, (a, b, c) in per_type(by_split[split]).items()
                )
            )


def _record_features() -> list:
    """Patch the type weighing to record, per claim in order, the cue types and features it
    was given."""
    from newsparse.extract.claims import kinds

    recorded: list = []
    weigh = getattr(kinds, "weigh", lambda found, fired, lex=None: found)

    def recording(found, fired, lex=None):  # type: ignore[no-untyped-def]
        recorded.append((list(found), list(fired)))
        return weigh(found, fired, lex)

    kinds.weigh = recording  # type: ignore[assignment]
    return recorded


def _errors(kind, g, report, preds, pairs) -> None:  # type: ignore[no-untyped-def]
    text = g.text
    matched_pred = {pi for _, pi in pairs}
    matched_gold = {gi for gi, _ in pairs}
    if kind == "spans":
        for gi, gc in enumerate(g.claims):
            if gi not in matched_gold:
                print(f"[{g.split}] MISSED  {text[gc.start : gc.end][:160]!r}")
        for pi, p in enumerate(preds):
            if pi not in matched_pred:
                print(f"[{g.split}] EXTRA   {text[p.start : p.end][:160]!r}")
        return
    for gi, pi in pairs:
        gc, p, c = g.claims[gi], preds[pi], report.claims[pi]
        span = text[gc.start : gc.end][:200]
        if kind == "types" and set(gc.types) != set(p.types):
            print(f"[{g.split}] gold={gc.types} sys={p.types}  {span!r}")
        elif kind == "claimer" and gc.claimer != p.claimer:
            print(f"[{g.split}] gold={gc.claimer} sys={p.claimer} ({c.claimer.text})  {span!r}")
        elif kind == "hedged" and gc.hedged != p.hedged:
            print(f"[{g.split}] gold={gc.hedged} sys={p.hedged} {c.hedges}  {span!r}")
        elif kind == "cw" and (gc.checkworthy != (p.checkworthiness >= 0.5)):
            print(
                f"[{g.split}] gold={int(gc.checkworthy)} sys={p.checkworthiness} {c.reasons}"
                f"  {span!r}"
            )


def per_type(split_pairs) -> dict[str, tuple[int, int, int]]:  # type: ignore[no-untyped-def]
    """type -> (true positives, false positives, false negatives) over matched claims."""
    from newsparse.eval.claims import match

    out: dict[str, list[int]] = {}
    for gold, preds in split_pairs:
        for gi, pi in match(gold, preds):
            gt, pt = set(gold[gi].types), set(preds[pi].types)
            for t in gt | pt:
                row = out.setdefault(t, [0, 0, 0])
                row[0 if t in gt and t in pt else 1 if t in pt else 2] += 1
    return {t: (a, b, c) for t, (a, b, c) in sorted(out.items())}


if __name__ == "__main__":
    main()
