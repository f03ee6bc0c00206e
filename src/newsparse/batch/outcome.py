"""One article's result as the batch layer passes it around: the record, or its JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from pydantic_core import PydanticSerializationError

from newsparse.models import Failure, Report, safe_data


@dataclass(frozen=True)
class Outcome:
    """One article's result: the record or its JSON, the other made on demand.

    Workers send back JSON strings (cheap to pickle, already what gets written); the in-process
    path keeps the objects. Either way ``json()`` and ``record()`` give the same thing.
    """

    id: str
    path: str | None
    ok: bool
    words: int = 0
    _record: Report | Failure | None = field(default=None, repr=False)
    _json: str | None = field(default=None, repr=False)

    def record(self) -> Report | Failure:
        if self._record is not None:
            return self._record
        assert self._json is not None
        cls = Report if self.ok else Failure
        return cls.model_validate_json(self._json)

    def json(self) -> str:
        if self._json is not None:
            return self._json
        assert self._record is not None
        try:
            return self._record.model_dump_json()
        except PydanticSerializationError:
            # a string that skipped validation (model_copy) holds a lone surrogate: escape it
            data = safe_data(self._record.model_dump(mode="json"))
            return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def of(cls, record: Report | Failure, *, words: int = 0) -> Outcome:
        path = record.article.path if isinstance(record, Report) else record.path
        return cls(record.id, path, isinstance(record, Report), words, _record=record)

    def packed(self) -> Outcome:
        """The same outcome carrying only JSON: what a worker returns to the parent."""
        return Outcome(self.id, self.path, self.ok, self.words, _json=self.json())
