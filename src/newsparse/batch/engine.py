"""The engine: articles (or paths) in, ordered Outcomes out, here or in worker processes.

A given pipeline and ``jobs=1`` run in this process; otherwise a pool of workers starts at
once (each loads the pipeline while this process reads the inputs). Either way the output is
in input order, the first record comes as soon as the first article is done, and memory stays
bounded however long the input: work goes in small tasks and only a few are in flight. Every
article has a time budget (``timeout`` seconds per ordinary article, None: no limit).
"""

from __future__ import annotations

import os
from collections.abc import Generator, Iterable, Iterator, Sized
from functools import partial
from typing import TYPE_CHECKING

from newsparse.batch.inputs import expand
from newsparse.batch.outcome import Outcome
from newsparse.batch.tasks import (
    DEFAULT_TIMEOUT,
    Item,
    analyze_chunk,
    crashed,
    overran,
    split_task,
    task_deadline,
    tasks_of,
    worker_init,
    worker_task,
)
from newsparse.models import Article, Failure, Report

if TYPE_CHECKING:
    from spacy.language import Language

IN_FLIGHT_PER_JOB = 8
"""Tasks read ahead per worker. Results are yielded in input order, so the results after a
slow one wait; article costs are heavy-tailed, and in a simulation of such costs (2 workers)
the loss over ideal was 21% at 2 per worker, 12% at 4, 6% at 8. Memory stays flat: 16 tasks
of <= 40k characters in flight is a few MB."""


def analyze_outcomes(
    items: Iterable[Item | str | os.PathLike[str]],
    *,
    jobs: int = 1,
    model: str | None = None,
    nlp: Language | None = None,
    max_bytes: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Generator[Outcome, None, None]:
    """The engine behind ``analyze_many``: ordered Outcomes, JSON straight from the workers.

    Close the generator to stop early: the workers are stopped with it.
    """
    tasks = tasks_of(expand(items, max_bytes=max_bytes))
    one = isinstance(items, Sized) and len(items) <= 1  # never worth starting workers
    if nlp is not None or jobs <= 1 or one:
        yield from _local(tasks, model=model, nlp=nlp, timeout=timeout)
    else:
        yield from _pooled(tasks, jobs=jobs, model=model, timeout=timeout)


def _local(
    tasks: Iterable[list[Item]],
    *,
    model: str | None,
    nlp: Language | None,
    timeout: float | None,
) -> Iterator[Outcome]:
    """In this process; the pipeline is loaded only once a task holds an article."""
    from newsparse.nlp import load_pipeline, model_label

    label = ""
    for task in tasks:
        if not any(isinstance(item, Article) for item in task):
            yield from (Outcome.of(item) for item in task if isinstance(item, Failure))
            continue
        if nlp is None or not label:
            nlp = nlp or load_pipeline(model)
            label = model_label(nlp)
        yield from analyze_chunk(task, nlp=nlp, label=label, timeout=timeout)


def _pooled(
    tasks: Iterable[list[Item]], *, jobs: int, model: str | None, timeout: float | None
) -> Iterator[Outcome]:
    """In ``jobs`` worker processes that each load the pipeline once."""
    from newsparse.batch.pool import ordered_map
    from newsparse.nlp import resolve_model

    resolve_model(model)  # a missing model is one clear error here, not one per worker
    results = ordered_map(
        worker_task,
        tasks,
        jobs=jobs,
        on_crash=crashed,
        initializer=worker_init,
        initargs=(model, timeout),
        in_flight=IN_FLIGHT_PER_JOB * jobs,
        deadline=partial(task_deadline, timeout=timeout),
        on_overrun=lambda task, err: overran(task, timeout),
        split=split_task,
    )
    try:
        for outcomes in results:
            yield from outcomes
    finally:
        results.close()


def analyze_many(
    items: Iterable[Item | str | os.PathLike[str]],
    *,
    jobs: int = 1,
    model: str | None = None,
    nlp: Language | None = None,
    max_bytes: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Iterator[Report | Failure]:
    """Analyse many articles (or files of articles), streaming Reports and Failures in order.

    Paths are read as the command line reads them (a JSON Lines file gives one result per
    record; an unreadable or empty file gives a Failure; ``"-"`` is stdin). ``jobs > 1`` runs
    worker processes that each load the pipeline once and do the whole analysis; call it under
    ``if __name__ == "__main__":`` in scripts, as workers are spawned. Memory stays bounded
    however long the input: work is sent in small tasks and only a few are in flight. An
    article that takes longer than ``timeout`` seconds (per 100,000 characters) becomes a
    Failure of type ``"timeout"`` (off the main thread, a timer thread enforces it).
    """
    outcomes = analyze_outcomes(
        items, jobs=jobs, model=model, nlp=nlp, max_bytes=max_bytes, timeout=timeout
    )
    for outcome in outcomes:
        yield outcome.record()
