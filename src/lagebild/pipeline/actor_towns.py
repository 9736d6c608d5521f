"""Towns and cities as the place a passage is about: "In Toronto demonstrierten Hunderte. Die
Polizei nahm niemanden fest." is Canada's police although Canada is not named, and so is that of a
report datelined "Toronto –" or "Toronto (dpa) –".

The actor stage runs before the geocoder, so it reads the gazetteer itself, and only for a name
right after "in"/"bei"/"nahe" (or listed after one: "in Kabul und Herat") or as a sentence's
dateline, whose places all lie in one state. A name that also stands for towns in several states
tells nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from lagebild.geo import load_gazetteer
from lagebild.pipeline.actor_lexicon import SAME_OFFICE_NAMES_DE as GERMAN_SPEAKING_STATES
from lagebild.pipeline.datelines import DATELINE_DASHES
from lagebild.pipeline.headings import heading_of

# "in Toronto", "bei Novi Sad": where something happens. Not "nach"/"aus": a destination or an
# origin is not where the clause's actors are.
WHERE_PREPOSITIONS = {"in", "In", "im", "Im", "bei", "Bei", "nahe", "Nahe"}
LIST_JOINERS = {"und", ","}
# Gazetteer tiers of real places; tier "N" holds names that are mostly not places ("Norden").
PLACE_TIERS = {"A", "B"}
LONGEST_NAME = 3


def town_places(doc: Doc, taken: set[int]) -> list[tuple[int, int, str]]:
    """(start, end, state) of the towns named as where a clause happens, outside actor mentions."""
    gazetteer = load_gazetteer()
    datelines = list(_dateline_towns(doc, taken, gazetteer))
    taken = taken | {i for start, end, _ in datelines for i in range(start, end)}
    found: list[tuple[int, int, str]] = []
    i = 1
    while i < len(doc):
        before = doc[i - 1].text
        listed = found and found[-1][1] == i - 1 and before in LIST_JOINERS
        if (before in WHERE_PREPOSITIONS or listed) and doc[i].text[:1].isupper() and i not in taken:
            town = _town_at(doc, i, taken, gazetteer)
            if town:
                found.append(town)
                i = town[1]
                continue
        i += 1
    return sorted(found + datelines)


def _dateline_towns(doc: Doc, taken: set[int], gazetteer) -> Iterator[tuple[int, int, str]]:
    """The towns a sentence opens with as its dateline: "Istanbul –", "Nouméa (AFP) –". Not those of
    the German-speaking states, where the papers sit: "Frankfurt –" or "Bonn –" datelines their
    reports and interviews on any state."""
    for sent in doc.sents:
        heading = heading_of(sent)
        if not len(heading) or doc[heading.end].text not in DATELINE_DASHES:
            continue
        start = next(t.i for t in heading if not t.is_space)
        town = _town_at(doc, start, taken, gazetteer)
        if town and town[1] <= heading.end and town[2] not in GERMAN_SPEAKING_STATES:
            yield town


def _town_at(doc: Doc, start: int, taken: set[int], gazetteer) -> tuple[int, int, str] | None:
    """The longest name from `start` the gazetteer knows, with its state if that is unambiguous."""
    for end in range(min(start + LONGEST_NAME, len(doc)), start, -1):
        if any(t in taken for t in range(start, end)):
            continue
        states = {
            c.place.country for c in gazetteer.candidates(doc[start:end].text, "de") if c.tier in PLACE_TIERS
        }
        if len(states) == 1 and None not in states:
            return start, end, states.pop()
        if states:
            return None
    return None


def town_state_at(doc: Doc, start: int) -> str | None:
    """The state of the town or region the gazetteer knows at `start`, if it names one state only."""
    town = _town_at(doc, start, set(), load_gazetteer())
    return town[2] if town else None
