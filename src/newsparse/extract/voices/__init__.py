"""Voices: who is quoted in an article, how much, and the evidence for each label.

``build.extract_voices`` groups the quotes by source; ``gender`` and ``source_type`` label each
voice from the text, listing what decided.
"""

from __future__ import annotations

from newsparse.extract.voices.build import extract_voices, quoted_words

__all__ = ["extract_voices", "quoted_words"]
