"""Claims: segments, claimers, hedges, types, quantities and check-worthiness with reasons."""

from newsparse.extract.claims.build import extract_claims, sourcing_profile

__all__ = ["extract_claims", "sourcing_profile"]
