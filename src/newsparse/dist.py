"""newsparse inside other people's engines (Dask, Ray, Spark): partition-level functions.

Each takes a whole partition (an iterable of JSON Lines input records, or a pandas DataFrame) and
gives one JSON-safe record per input, in order: the report, or an error record for an input that
failed. Nothing raises per document, and the pipeline is loaded once per worker process
(``nlp.load_pipeline`` is cached), never pickled and shipped from the driver.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from newsparse.models import Article, Failure

if TYPE_CHECKING:
    import pandas as pd

PARTITION_TASK = 16
"""Records analysed per ``nlp.pipe`` batch inside a partition (what the local engine uses)."""
DEFAULT_TIMEOUT = 60.0
"""``--timeout``'s default (``batch.tasks.DEFAULT_TIMEOUT``; kept here so that importing this
module on a driver loads no spaCy)."""
FRAME_COLUMNS = ("id", "report_json", "error", "n_entities", "n_quotes", "n_claims")


def analyze_records(
    records: Iterable[dict[str, Any]],
    *,
    model: str | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Iterator[dict[str, Any]]:
    """The JSONL input record shape in (``text`` required; ``id``, ``headline``, … optional),
    the report as a dict (``Report.model_dump(mode="json")``) or an error record out. An
    article past ``timeout`` seconds (per 100,000 characters; None: no limit) becomes an error
    record of type ``timeout``, as with ``--timeout``: one stuck document never stalls a job."""
    from newsparse.batch.tasks import analyze_chunk
    from newsparse.nlp import load_pipeline, model_label

    nlp = load_pipeline(model)
    label = model_label(nlp)
    items = (_item(record, k) for k, record in enumerate(records))
    while chunk := list(islice(items, PARTITION_TASK)):
        for outcome in analyze_chunk(chunk, nlp=nlp, label=label, timeout=timeout):
            yield json.loads(outcome.json())


def _item(record: Any, k: int) -> Article | Failure:
    """One input record as an Article, or its error record (a bad record costs only itself)."""
    from newsparse.loader import article_from_record

    fallback = f"record-{k + 1}"
    rid = record.get("id") if isinstance(record, dict) else None
    try:
        article = article_from_record(record, path=None)
    except Exception as err:
        return Failure.from_error(err, id=str(rid or fallback), path=None, name=fallback)
    if not (isinstance(record, dict) and record.get("id")):
        article = article.model_copy(update={"id": fallback})
    return article


def analyze_frame(
    frame: pd.DataFrame,
    *,
    model: str | None = None,
    text: str = "text",
    timeout: float | None = DEFAULT_TIMEOUT,
) -> pd.DataFrame:
    """A pandas partition in (a ``text`` column, optional ``id``, ``headline``, ``source``,
    ``published``, ``url``, ``authors``), one row per input out: ``id``, ``report_json`` (the
    report as JSON, or None), ``error`` (the error message, or None) and counts of entities,
    quotes and claims — for ``map_partitions``, ``map_batches`` and ``mapInPandas``."""
    import pandas as pd

    columns = [c for c in frame.columns if c != text]
    records = (
        {"text": row[text], **{c: row[c] for c in columns if _present(row[c])}}
        for row in frame.to_dict("records")
    )
    rows = []
    for out in analyze_records(records, model=model, timeout=timeout):
        failed = "error" in out and "article" not in out
        rows.append(
            {
                "id": out["id"],
                "report_json": None if failed else json.dumps(out, ensure_ascii=False),
                "error": out["error"]["message"] if failed else None,
                "n_entities": 0 if failed else len(out["entities"]),
                "n_quotes": 0 if failed else len(out["quotes"]),
                "n_claims": 0 if failed else len(out["claims"]),
            }
        )
    frame = pd.DataFrame(rows, columns=list(FRAME_COLUMNS))
    for column in ("report_json", "error"):  # missing stays None, not NaN
        frame[column] = pd.Series([r[column] for r in rows], dtype=object, index=frame.index)
    return frame


def _present(value: Any) -> bool:
    """Not a missing cell (None or NaN, which pandas uses for both)."""
    return value is not None and value == value
