"""Find the place mentions in a spaCy Doc: gazetteer names that NER or the context marks as places,
city adjectives ("Genfer") and border phrases ("an der litauischen und polnischen Grenze")."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from lagebild.geo import context
from lagebild.geo.adjectives import CITY_ADJECTIVES, country_of_adjective
from lagebild.geo.gazetteer import Candidate, Gazetteer

MAX_NAME_TOKENS = 5
PLACE_LABELS = frozenset({"LOC", "GPE", "FAC", "LOCATION"})
PERSON_LABELS = frozenset({"PER", "PERSON"})
# A context-only name that only NER marks must name a place at least this big (or a curated feature).
NER_ONLY_MIN_POPULATION = 15_000
WATER_FEATURES = frozenset({"river", "sea", "strait", "ocean", "canal"})
BORDER_NOUNS = frozenset({"Grenze", "Grenzen", "Grenzgebiet", "Grenzregion", "Grenzgebiete"})
# Cities that are also common words ("Essen", "Halle") are places after a bare preposition only if
# they are this big.
COMMON_WORD_CITY_POPULATION = 100_000


@dataclass
class Mention:
    start: int  # token offsets in the Doc
    end: int
    key: str  # the name the candidates were found under (genitive -s removed, adjective resolved)
    candidates: list[Candidate] = field(default_factory=list)
    span: Span | None = None  # the existing entity span, if NER or the actor stage made one
    border: tuple[str, str | None] | None = None  # (country, partner country or None)


def genitive_base(surface: str) -> str | None:
    """ "Moskaus" -> "Moskau", "Schwarzen Meeres" is listed as such; None if no -s to remove."""
    if len(surface) > 4 and surface.endswith("s") and surface[-2] not in "sßxz":
        return surface[:-1]
    return None


def lookup(gazetteer: Gazetteer, surface: str, lang: str) -> tuple[str, list[Candidate]]:
    candidates = gazetteer.candidates(surface, lang)
    if candidates:
        return surface, candidates
    base = genitive_base(surface) if lang == "de" else None
    if base:
        # Only prominent names take the genitive in news ("Moskaus", "Chinas"); for context-only
        # names an -s is more often part of another word ("Jonas", "Times", "Basis").
        base_candidates = gazetteer.candidates(base, lang)
        if any(c.tier == "A" for c in base_candidates):
            return base, base_candidates
    return surface, []


def find_mentions(doc: Doc, gazetteer: Gazetteer, lang: str) -> tuple[list[Mention], list[Span]]:
    """The place mentions, and the entities they replace.

    NER is imperfect ("Cherson" as PER, "Frankfurt" without "(Oder)"), so the rules run over every
    token not held by an annotated entity (one an earlier stage gave an actor). A rule mention that
    covers unannotated entities replaces them ("Frankfurt (Oder)", a town NER took for a person);
    an unannotated entity that is longer than the rule mention wins ("Frankfurter Abwehr" as MISC
    keeps its span and gets the place). Annotated entities are never replaced or relabelled.
    """
    annotated = [ent for ent in doc.ents if _is_annotated(ent)]
    # A document actor the actor stage could not link (no kb_id) may be a place NER took for a
    # person ("aus Cherson"): the rules may look at it, and put a place on that very span.
    guessed = {
        (ent.start, ent.end): ent
        for ent in annotated
        if ent._.actor is not None and ent._.actor.kb_id is None
    }
    held = {i for ent in annotated if (ent.start, ent.end) not in guessed for i in range(ent.start, ent.end)}
    place_ends = {ent.end - 1 for ent in doc.ents if ent.label_ in PLACE_LABELS}
    found = _name_mentions(doc, gazetteer, lang, held, place_ends)
    if lang == "de":
        taken = held | {i for m in found for i in range(m.start, m.end)}
        found += _city_adjective_mentions(doc, gazetteer, taken)
        found += _border_mentions(doc, gazetteer, taken)
    replaced: list[Span] = []
    same_span: dict[tuple[int, int], Span] = {}
    kept_entities = list(annotated)
    for ent in doc.ents:
        if ent in annotated:
            continue
        covering = [m for m in found if m.start <= ent.start and ent.end <= m.end]
        same_place_span = (
            covering
            and (covering[0].start, covering[0].end) == (ent.start, ent.end)
            and ent.label_ in PLACE_LABELS
        )
        # An entity we cannot geocode ("Ostsee von Wyborg" as one LOC) gives way to the places in it.
        within = [m for m in found if ent.start <= m.start and m.end <= ent.end]
        ungeocodable = within and entity_place(ent, doc, gazetteer, lang) is None
        if same_place_span:
            same_span[(ent.start, ent.end)] = ent  # NER agrees: its span, the rules' reading
        elif covering or ungeocodable:
            replaced.append(ent)
        else:
            kept_entities.append(ent)
    for m in found:
        m.span = guessed.get((m.start, m.end)) or same_span.get((m.start, m.end))
    kept_tokens = {i for ent in kept_entities if ent._.place is None for i in range(ent.start, ent.end)}
    kept_tokens -= {i for m in found if m.span is not None for i in range(m.start, m.end)}
    found = [m for m in found if not any(i in kept_tokens for i in range(m.start, m.end))]
    from_rules = {(m.start, m.end) for m in found}
    mentions = _entity_mentions(
        [e for e in kept_entities if (e.start, e.end) not in from_rules], doc, gazetteer, lang
    )
    mentions += found
    return sorted(mentions, key=lambda m: m.start), replaced


def _is_annotated(ent: Span) -> bool:
    return ent._.actor is not None or ent._.place is not None


def _entity_mentions(entities: list[Span], doc: Doc, gazetteer: Gazetteer, lang: str) -> list[Mention]:
    """Entities from NER or earlier stages that name a place (see `entity_place`)."""
    mentions = []
    for ent in sorted(entities, key=lambda e: e.start):
        found = entity_place(ent, doc, gazetteer, lang)
        if found:
            mentions.append(Mention(ent.start, ent.end, found[0], found[1], span=ent))
    return mentions


def entity_place(ent: Span, doc: Doc, gazetteer: Gazetteer, lang: str) -> tuple[str, list[Candidate]] | None:
    """The name and candidates of an entity that names a place. LOC-like entities are looked up
    with every name we have; others (ORG, MISC: "Moskau" the government) only if they are exactly
    a self-evident place name or start with a city adjective ("Genfer Gipfeltreffen"); persons
    only where the actor stage resolved them to a state ("Polens" tagged PER by NER)."""
    first = next((t for t in ent if t.lower_ not in context.ARTICLES), ent[0])  # "die Moskauer Botschaft"
    adjective_city = CITY_ADJECTIVES.get(first.text) if lang == "de" else None
    state_actor = ent._.actor is not None and (ent._.actor.kb_id or "").startswith(
        ("country:", "government:")
    )
    # NER's "Frankfurter Gericht" as PER (an actor the actor stage could not link) is no person.
    guessed_adjective = adjective_city and (ent._.actor is None or ent._.actor.kb_id is None)
    if (
        (ent.label_ in PERSON_LABELS and not (state_actor or guessed_adjective))
        or context.is_people_reading(doc, ent.start)
        or context.is_person_name(doc, ent.start, ent.end)
        or context.is_organisation_name(doc, ent.start, ent.end)  # "Eintracht Frankfurt"
    ):
        return None
    text = ent.text
    key, candidates = lookup(gazetteer, text, lang)
    if not candidates and ent.label_ in PLACE_LABELS and ent[0].lower_ in context.ARTICLES and len(ent) > 1:
        key, candidates = lookup(gazetteer, ent[1:].text, lang)  # "der Ukraine" (but "Den Haag" first)
    if ent.label_ not in PLACE_LABELS and not state_actor:
        candidates = [c for c in candidates if c.tier == "A"]
        base = genitive_base(text) if lang == "de" else None
        if not candidates and base:  # "Londons" (the city's government, say)
            key, candidates = base, [c for c in gazetteer.candidates(base, lang) if c.tier == "A"]
    if not candidates and adjective_city:
        key, candidates = adjective_city, gazetteer.candidates(adjective_city, lang)
    if candidates and all(c.tier != "A" and c.place.population < NER_ONLY_MIN_POPULATION for c in candidates):
        return None  # NER alone is too weak a sign for a village's name ("ins lange Eck", "Besitz")
    return (key, candidates) if candidates else None


def _name_mentions(
    doc: Doc, gazetteer: Gazetteer, lang: str, covered: set[int], entity_place_ends: set[int]
) -> list[Mention]:
    mentions: list[Mention] = []
    ends = set(entity_place_ends)  # last token of each place mention, for coordination
    pending: list[Mention] = []  # context-only names not (yet) marked: accepted if marked elsewhere
    surfaces = _Surfaces(doc)
    i = 0
    while i < len(doc):
        match = (
            None
            if i in covered or not surfaces.words[i][:1].isupper()
            else _longest_name(surfaces, i, gazetteer, lang, covered)
        )
        if match is None:
            i += 1
            continue
        mention = match
        marking = (
            "any"
            if context.coordinated_with(doc, i, ends)
            else context.place_marking(doc, i, lang, gazetteer.surnames)
        )
        if marking == "water":
            waters = [c for c in mention.candidates if c.place.feature in WATER_FEATURES]
            mention.candidates = waters or mention.candidates
        if marking == "feature":  # "im Donbass", "an der Oder", but not "im Igel" (a village's name)
            mention.candidates = [c for c in mention.candidates if c.place.feature != "city" or c.tier == "A"]
            if not mention.candidates:
                i = mention.end
                continue
        tiers = {c.tier for c in mention.candidates}
        marked = marking is not None
        if (
            context.is_people_reading(doc, i)
            or context.is_organisation_name(doc, i, mention.end)
            or context.is_person_name(doc, i, mention.end, person_surnames(mention, gazetteer))
        ):
            accepted = False
        elif "A" in tiers:
            accepted = True
        elif "B" in tiers:
            accepted = marked
        else:
            accepted = context.marked_by_bare_preposition(doc, i) and any(
                c.place.population >= COMMON_WORD_CITY_POPULATION for c in mention.candidates
            )
        if accepted:
            mentions.append(mention)
            ends.add(mention.end - 1)
        elif "B" in tiers and not context.is_people_reading(doc, i):
            pending.append(mention)
        i = mention.end
    # One sense per discourse: a name marked as a place once is a place wherever it recurs; and a
    # name right before ", <place>" is one too ("Donetsk, Luhansk, Zaporizhzhia").
    known = {m.key for m in mentions}
    starts = {m.start for m in mentions}
    mentions += [
        m
        for m in pending
        if (m.key in known or context.coordinated_before(doc, m.end, starts))
        and not context.is_organisation_name(doc, m.start, m.end)
        and not context.is_person_name(doc, m.start, m.end, person_surnames(m, gazetteer))
    ]
    for m in mentions:
        m.candidates = [c for c in m.candidates if c.tier != "N"] or m.candidates
    return mentions


def person_surnames(mention: Mention, gazetteer: Gazetteer) -> frozenset[str]:
    """Surnames that make a context-only name a first name ("von Karl Schnell"); self-evident
    names ("Paris", "Berlin") are places even before a capitalised word."""
    return frozenset() if any(c.tier == "A" for c in mention.candidates) else gazetteer.person_names


class _Surfaces:
    """The texts of token ranges, sliced from the Doc's text: the same string as `doc[i:j].text`
    without making a Span and its tokens for each of the many lookups (the place stage's main cost)."""

    def __init__(self, doc: Doc):
        self.text = doc.text
        self.words = [token.text for token in doc]
        self.starts = [token.idx for token in doc]
        self.ends = [start + len(word) for start, word in zip(self.starts, self.words, strict=True)]

    def __call__(self, start: int, end: int) -> str:
        return self.text[self.starts[start] : self.ends[end - 1]]


def _longest_name(
    surfaces: _Surfaces, i: int, gazetteer: Gazetteer, lang: str, covered: set[int]
) -> Mention | None:
    for n in range(min(MAX_NAME_TOKENS, len(surfaces.words) - i), 0, -1):
        if any(j in covered for j in range(i, i + n)):
            continue
        surface = surfaces(i, i + n)
        if not gazetteer.may_name(surface):
            continue
        key, candidates = lookup(gazetteer, surface, lang)
        if candidates:
            return Mention(i, i + n, key, candidates)
    return None


def _city_adjective_mentions(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[Mention]:
    """ "Genfer Gipfeltreffen" -> Genf: a city adjective in front of a noun."""
    mentions = []
    for token in doc[:-1]:
        city = CITY_ADJECTIVES.get(token.text)
        following = doc[token.i + 1]
        if (
            city
            and token.i not in taken
            and following.text[:1].isupper()
            and not gazetteer.candidates(doc[token.i : token.i + 2].text, "de")  # "Wiener Neustadt"
            and not context.is_organisation_name(doc, token.i, token.i + 1)  # "Berliner Zeitung"
        ):
            mentions.append(Mention(token.i, token.i + 1, city, gazetteer.candidates(city, "de")))
    return mentions


def _border_mentions(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[Mention]:
    """ "an der litauischen und polnischen Grenze (zu Belarus)", "an der litauisch-polnischen Grenze",
    "nahe der ukrainischen Grenze": one border mention per country adjective."""
    mentions = []
    for noun in doc:
        if noun.text not in BORDER_NOUNS:
            continue
        partner = _named_partner(doc, noun.i + 1, gazetteer) or _sentence_neighbour(noun, gazetteer)
        j = noun.i - 1
        while j >= 0 and j not in taken:
            token = doc[j]
            parts = token.text.split("-")
            if len(parts) == 2 and country_of_adjective(parts[0] + "e") and country_of_adjective(parts[1]):
                a, b = country_of_adjective(parts[0] + "e"), country_of_adjective(parts[1])
                mentions.append(Mention(j, j + 1, f"border:{a}-{b}", border=(a, b)))
            elif country_of_adjective(token.text):
                iso3 = country_of_adjective(token.text)
                mentions.append(Mention(j, j + 1, f"border:{iso3}-{partner}", border=(iso3, partner)))
            elif token.lower_ not in context.COORDINATORS:
                break
            j -= 1
    return mentions


def _sentence_neighbour(noun, gazetteer: Gazetteer) -> str | None:
    """A country the sentence names by adjective or country name, away from the border phrase
    ("mit Unterstützung des weißrussischen Diktators … an der litauischen Grenze")."""
    countries, cities = [], []
    for token in noun.sent:
        if abs(token.i - noun.i) <= 4:
            continue  # the border phrase itself
        iso3 = country_of_adjective(token.text) if token.text.islower() else None
        if iso3:
            countries.append(iso3)
        for candidate in gazetteer.candidates(token.text, "de"):
            if candidate.tier == "A" or context.place_marking(noun.doc, token.i, "de", gazetteer.surnames):
                (countries if candidate.place.feature == "country" else cities).append(
                    candidate.place.country
                )
                break
    found = countries + cities  # a country named in the sentence first, else a city's country
    return found[0] if found else None


def _named_partner(doc: Doc, i: int, gazetteer: Gazetteer) -> str | None:
    """The country after "Grenze zu/mit …", if any."""
    if i + 1 < len(doc) and doc[i].lower_ in ("zu", "zur", "zum", "mit"):
        start = i + 2 if doc[i + 1].lower_ in context.ARTICLES and i + 2 < len(doc) else i + 1
        for candidate in gazetteer.candidates(doc[start].text, "de"):
            if candidate.place.feature == "country":
                return candidate.place.country
    return None
