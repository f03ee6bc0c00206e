"""``newsparse evaluate``: score newsparse against annotated gold data, as plain numbers.

``quotes`` scores direct quotes, speakers and reported speech; ``claims`` scores claims, their
claimers, types, hedging and check-worthiness; both match spans the same way (``matching``).
"""
