"""Entities: mentions, one entry per real-world referent, and the roles the article gives them."""

from newsparse.extract.entities.mentions import extract_entities

__all__ = ["extract_entities"]
