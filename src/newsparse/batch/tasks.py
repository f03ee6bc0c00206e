"""A unit of batch work: a few articles in order, analysed in one go, in a worker or here.

Failures from loading ride along in their place so the output keeps input order; one bad
article costs only its own record, and a task whose worker died becomes crash records.
"""

from __future__ import annotations

import signal
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeAlias

from newsparse.analysis import report_from_doc
from newsparse.batch.outcome import Outcome
from newsparse.errors import WorkerCrash
from newsparse.models import Article, Failure, Report

if TYPE_CHECKING:
    from spacy.language import Language

Item: TypeAlias = Article | Failure
"""What the loader yields for each article of an input: the article, or why it has none."""

BATCH_SIZE = 16
"""Docs (paragraph-aligned chunks of <= nlp.CHUNK_CHARS) per ``nlp.pipe`` batch: spaCy's default
of 256 whole articles costs ~3 GB; a task (below) is at most one batch of ordinary articles, so a
worker holds at most ~16 articles' Docs at a time. Larger batches measured no faster here."""

TASK_ARTICLES = 16
TASK_CHARS = 40_000
"""A task sent to a worker holds at most this many articles / characters (~7,000 words, a few
seconds of work): small enough that memory stays flat and the last tasks spread evenly over
the workers, large enough that IPC (a pickled list out, JSON strings back) is noise."""


def tasks_of(
    items: Iterable[Item],
    *,
    max_articles: int = TASK_ARTICLES,
    max_chars: int = TASK_CHARS,
) -> Iterator[list[Item]]:
    """Group a stream into small ordered tasks (failures ride along to keep their place)."""
    task: list[Item] = []
    n = chars = 0
    for item in items:
        task.append(item)
        if isinstance(item, Article):
            n += 1
            chars += len(item.text)
        if n >= max_articles or chars >= max_chars:
            yield task
            task, n, chars = [], 0, 0
    if task:
        yield task


def analyze_chunk(
    items: list[Item], *, nlp: Language, label: str, batch_size: int = BATCH_SIZE
) -> list[Outcome]:
    """Analyse a small list in order; one bad article costs only its own record."""
    from newsparse.nlp import parse_many

    articles = [item for item in items if isinstance(item, Article)]
    try:
        docs = list(parse_many(nlp, (a.text for a in articles), batch_size=batch_size))
    except Exception:
        docs = None  # find the culprit: parse one by one below
    outcomes: list[Outcome] = []
    k = 0
    for item in items:
        if isinstance(item, Failure):
            outcomes.append(Outcome.of(item))
            continue
        try:
            doc = docs[k] if docs is not None else next(parse_many(nlp, [item.text]))
            record: Report | Failure = report_from_doc(item, doc, model=label)
        except Exception as err:
            record = Failure.from_error(err, id=item.id, path=item.path)
        k += 1
        outcomes.append(Outcome.of(record, words=item.word_count))
    return outcomes


def crashed(items: list[Item], err: BaseException) -> list[Outcome]:
    """Records for a task whose worker died: the rest of the run goes on."""
    crash = WorkerCrash("the worker process died while analysing this article (out of memory?)")
    return [
        Outcome.of(item)
        if isinstance(item, Failure)
        else Outcome.of(
            Failure.from_error(crash, id=item.id, path=item.path), words=item.word_count
        )
        for item in items
    ]


# Worker-process state: the pipeline is loaded once per worker by ``worker_init``.
_WORKER: dict[str, Any] = {}


def worker_init(model: str | None) -> None:
    """Runs once in each worker process: load the pipeline (the expensive part) there."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    from newsparse.nlp import load_pipeline, model_label

    try:
        nlp = load_pipeline(model)
        _WORKER.update(nlp=nlp, label=model_label(nlp))
    except Exception as err:  # reported by the first task: an initializer error breaks the pool
        _WORKER["error"] = err


def worker_task(items: list[Item]) -> list[Outcome]:
    """One task in a worker: outcomes packed as JSON, cheap to send back."""
    error = _WORKER.get("error")
    if isinstance(error, BaseException):
        raise error
    outcomes = analyze_chunk(items, nlp=_WORKER["nlp"], label=_WORKER["label"])
    return [o.packed() for o in outcomes]
