"""The words that count the sides of a group: "beide Länder", "beider Regierungen", "die drei
Staatschefs". One table for the coders that tell a pair or a list of states from its count."""

from __future__ import annotations

# every case of "beide": nominative/accusative, dative, genitive ("der Außenminister beider Länder")
BOTH = frozenset({"beide", "beiden", "beider"})
NUMERALS = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5}
COUNTS = {**dict.fromkeys(BOTH, 2), **NUMERALS}
# "alle" before a numeral counts a group as the definite article does ("Beschwerde gegen alle drei",
# "aller drei Anrainer")
ALL = frozenset({"alle", "allen", "aller"})
