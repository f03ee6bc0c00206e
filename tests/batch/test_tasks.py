"""Tasks: small, ordered units of work, growing from one article; a time budget per article."""

from __future__ import annotations

import time

import pytest

from newsparse.batch.tasks import (
    _OutOfTime,
    article_budget,
    budget,
    split_task,
    task_deadline,
    tasks_of,
    timed_out,
)
from newsparse.models import Article, ErrorInfo, Failure
from newsparse.nlp import CHUNK_CHARS


def test_tasks_are_small_and_keep_order() -> None:
    arts = [Article(id=str(i), text="x" * 1000) for i in range(20)]
    tasks = list(tasks_of(arts, max_articles=8, max_chars=3000, first=8))
    assert [len(t) for t in tasks] == [3] * 6 + [2]
    assert [a.id for t in tasks for a in t] == [str(i) for i in range(20)]


def test_tasks_grow_from_one_article_so_the_first_record_comes_early() -> None:
    arts = [Article(id=str(i), text="x") for i in range(40)]
    assert [len(t) for t in tasks_of(arts, max_articles=16)] == [1, 2, 4, 8, 16, 9]


def test_a_long_article_is_a_task_of_its_own_and_failures_keep_their_place() -> None:
    fail = Failure(id="f", error=ErrorInfo(type="InputError", message="f: bad"))
    small, big = Article(id="s", text="x" * 10), Article(id="b", text="x" * 5000)
    tasks = list(tasks_of([small, fail, big, small], max_articles=8, max_chars=3000, first=8))
    assert [[i.id for i in t] for t in tasks] == [["s", "f"], ["b"], ["s"]]
    assert split_task(tasks[0]) == [[small], [fail]]


def test_budgets_grow_with_the_text_and_the_deadline_covers_them() -> None:
    short, long = Article(id="s", text="x"), Article(id="l", text="x" * (3 * CHUNK_CHARS))
    assert article_budget(short, 60) == 60
    assert article_budget(long, 60) == 180
    assert article_budget(long, None) is None
    deadline = task_deadline([short, long], 60)
    assert deadline is not None and deadline > 60 + 60 + 180
    assert task_deadline([short], None) is None


def test_the_alarm_stops_a_stalled_block_and_is_gone_afterwards() -> None:
    start = time.monotonic()
    with pytest.raises(_OutOfTime), budget(0.2):
        while True:  # a stalled article
            pass
    assert time.monotonic() - start < 5
    with budget(0.2):
        pass
    time.sleep(0.4)  # no alarm is left behind to fire later


def test_a_timeout_record_has_type_timeout() -> None:
    record = timed_out(Article(id="a", path="a.txt", text="x"), 60.0)
    assert record.error.type == "timeout"
    assert record.error.message.startswith("a.txt: ") and "--timeout" in record.error.message
