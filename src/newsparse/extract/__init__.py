"""Pure extractors: a parsed spaCy Doc in, Pydantic results out; no I/O, no global state."""
