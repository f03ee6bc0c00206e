"""How well the HTML loader extracts articles from ../shared/corpus/html/ (prints a table).

Body text is compared with the Zyte benchmark ground truth (``<sha>.json``: human-made, trusted)
and, separately, with newspaper4k's regression fixtures (``<name>.txt``: not human-checked).
Headline, published time and authors are compared with ``<sha>.pagemeta.json`` / ``<name>.json``
(the page's own meta tags, read by the corpus builder; unverified); known-bogus values
(0001-01-01 dates, the site given as author, the wrong newspaper4k author lists) are skipped.
"time with zone" counts a page right when the expected value has a clock time and a zone and
newsparse gives the same instant with a zone; "authors exact" when the name sets are equal (an
outlet given as the author, "PTI" or "CNN Wire", means that no person is named).
Each metadata line also shows trafilatura alone (its date and author, as newsparse read them
before it looked at the page's own metadata).

Run:  PYTHONPATH=src python benchmarks/html_extraction.py [--corpus ../shared/corpus] [-v]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from datetime import date, datetime
from difflib import SequenceMatcher
from pathlib import Path

from newsparse.errors import NewsparseError
from newsparse.loader import load_article
from newsparse.loader.bylines import is_outlet, parse_byline, split_names
from newsparse.loader.dates import parse_date
from newsparse.loader.encoding import decode
from newsparse.loader.html import parse_html

UNTRUSTED_AUTHORS = {"cnn_article", "wired_001"}
"""newspaper4k fixtures whose author lists the corpus README says are wrong."""

_WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def token_f1(got: str, want: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall, F1 (the measure of the Zyte benchmark's report)."""
    g, w = Counter(tokens(got)), Counter(tokens(want))
    common = sum((g & w).values())
    if not common:
        return 0.0, 0.0, 0.0
    p, r = common / sum(g.values()), common / sum(w.values())
    return p, r, 2 * p * r / (p + r)


def seq_ratio(got: str, want: str) -> float:
    """difflib ratio on word sequences (order-aware)."""
    return SequenceMatcher(None, tokens(got), tokens(want), autojunk=False).ratio()


def norm_title(title: str) -> str:
    title = re.sub(r"\s+(?:\||-|–|—)\s+[^|–—]{2,40}$", "", title)
    title = title.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(title.lower().split())


def norm_name(name: str) -> str:
    """'Bruce Y. Lee' and 'Bruce Y Lee' are one person."""
    return " ".join(name.replace(".", " ").lower().split())


def same_instant(got: object, want: object) -> bool:
    """Both zoned datetimes naming the same moment."""
    return (
        isinstance(got, datetime)
        and isinstance(want, datetime)
        and got.tzinfo is not None
        and want.tzinfo is not None
        and got == want
    )


def day_of(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def trafilatura_alone(html: str) -> tuple[object, list[str]]:
    """trafilatura's own date and author for the page, as newsparse used to take them."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        deduplicate=False,
        date_extraction_params={
            "extensive_search": True,
            "original_date": True,
            "outputformat": "%Y-%m-%dT%H:%M:%S%z",
        },
    )
    when = parse_date(doc.date) if doc is not None and doc.date else None
    author = getattr(doc, "author", None) or ""
    return when, split_names(author.replace(";", ","), strict=True) if author else []


def expected(page: Path, corpus: Path) -> dict[str, object]:
    """The reference body (and whether it is trusted) plus the unverified metadata."""
    exp = corpus / "html-expected"
    stem = page.stem
    out: dict[str, object] = {}
    gt = exp / f"{stem}.json"
    if (exp / f"{stem}.pagemeta.json").exists():
        out["body"] = json.loads(gt.read_text())[stem]["articleBody"]
        out["trusted"] = True
        meta = json.loads((exp / f"{stem}.pagemeta.json").read_text())
        out["title"] = meta.get("title") or None
        author, site = meta.get("author") or "", meta.get("site") or ""
        if author and author.lower() != site.lower() and author.lower() not in {"sky", "bbc news"}:
            out["authors"] = (
                parse_byline(author)
                if author.lower().startswith(("by ", "analysis by"))
                else split_names(author)
            )
        out["date"] = meta.get("date") or None
    else:
        out["body"] = (exp / f"{stem}.txt").read_text()
        out["trusted"] = False
        meta = json.loads(gt.read_text())
        out["title"] = meta.get("title") or None
        if stem not in UNTRUSTED_AUTHORS and meta.get("authors"):
            out["authors"] = list(meta["authors"])
        out["date"] = meta.get("publish_date") or None
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus"
    )
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    pages = sorted((args.corpus / "html").glob("*.html"))
    if not pages:
        print(f"no pages under {args.corpus / 'html'}", file=sys.stderr)
        return 1

    rows = []
    t0 = time.perf_counter()
    for page in pages:
        exp = expected(page, args.corpus)
        try:
            article = load_article(page)
        except NewsparseError as err:
            rows.append({"page": page.stem, "error": str(err), "trusted": exp["trusted"]})
            continue
        _meta, raw_paras = parse_html(decode(page.read_bytes()), name=page.name)
        full = " ".join(filter(None, [article.dateline, article.text]))
        p, r, f1 = token_f1(full, str(exp["body"]))
        _, _, raw_f1 = token_f1("\n".join(raw_paras), str(exp["body"]))
        row: dict[str, object] = {
            "page": page.stem,
            "trusted": exp["trusted"],
            "p": p,
            "r": r,
            "f1": f1,
            "raw_f1": raw_f1,
            "seq": seq_ratio(full, str(exp["body"])),
        }
        if exp.get("title"):
            row["headline_ok"] = norm_title(article.headline or "") == norm_title(str(exp["title"]))
        base_when, base_authors = trafilatura_alone(decode(page.read_bytes()))
        want_date = parse_date(str(exp["date"])) if exp.get("date") else None
        if want_date is not None:
            got_day, want_day = day_of(article.published), day_of(want_date)
            row["date_ok"] = got_day == want_day
            row["base_date_ok"] = day_of(base_when) == want_day
            if isinstance(want_date, datetime) and want_date.tzinfo is not None:
                row["time_ok"] = same_instant(article.published, want_date)
                row["base_time_ok"] = same_instant(base_when, want_date)
        if exp.get("authors"):
            # An outlet given as the author ("PTI", "CNN Wire") means: no person is named.
            people = [a for a in exp["authors"] if not is_outlet(a)]  # type: ignore[union-attr]
            want = {norm_name(a) for a in people}
            got_names = {norm_name(a) for a in article.authors}
            row["author_ok"] = bool(want & got_names) or want == got_names
            row["authors_exact"] = want == got_names
            row["base_authors_exact"] = want == {norm_name(a) for a in base_authors}
            row["initials_kept"] = all(
                a in article.authors
                for a in exp["authors"]
                if re.search(r"\b[A-Z]\.", a)  # type: ignore[union-attr]
            )
        rows.append(row)
        if args.verbose:
            print(
                f"{page.stem[:16]:16} f1={f1:.3f} seq={row['seq']:.3f} "
                f"head={row.get('headline_ok', '-')!s:5} time={row.get('time_ok', '-')!s:5} "
                f"auth={row.get('authors_exact', '-')!s:5} {article.authors} {article.published}"
                f" | want {exp.get('authors')} {exp.get('date')}"
            )
    elapsed = time.perf_counter() - t0

    def mean(key: str, subset: list[dict[str, object]]) -> str:
        vals = [float(r[key]) for r in subset if key in r]  # type: ignore[arg-type]
        return f"{sum(vals) / len(vals):.3f} (n={len(vals)})" if vals else "-"

    def rate(key: str) -> str:
        vals = [bool(r[key]) for r in rows if key in r]
        return f"{sum(vals)}/{len(vals)} = {sum(vals) / len(vals):.1%}" if vals else "-"

    ok = [r for r in rows if "error" not in r]
    trusted = [r for r in ok if r["trusted"]]
    fixtures = [r for r in ok if not r["trusted"]]
    n_err = len(rows) - len(ok)
    print(f"pages: {len(pages)}  loaded: {len(ok)}  errors: {n_err}  time: {elapsed:.1f}s")
    for r in rows:
        if "error" in r:
            print(f"  error {r['page']}: {r['error']}")
    print("body vs Zyte ground truth (trusted):")
    print(f"  token F1 {mean('f1', trusted)}")
    print(f"  precision {mean('p', trusted)}  recall {mean('r', trusted)}")
    print(f"  difflib word-sequence ratio {mean('seq', trusted)}")
    print(f"  trafilatura alone (before the loader's clean-up) F1 {mean('raw_f1', trusted)}")
    print("body vs newspaper4k fixtures (not human-checked):")
    print(f"  token F1 {mean('f1', fixtures)}  difflib ratio {mean('seq', fixtures)}")
    print("metadata against the pages' own meta tags / fixtures (unverified):")
    print(f"  headline {rate('headline_ok')}")
    print(
        f"  published, time with zone {rate('time_ok')}  (trafilatura alone {rate('base_time_ok')})"
    )
    print(f"  published, same day {rate('date_ok')}  (trafilatura alone {rate('base_date_ok')})")
    print(
        f"  authors exact {rate('authors_exact')}  (trafilatura alone {rate('base_authors_exact')})"
        f"; any name right {rate('author_ok')}; initials kept {rate('initials_kept')}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
