"""The article's home state: whose "die Regierung", "der Kanzler" and "die Grünen" a German-language
article means when it names no country.

German, Austrian and Swiss papers all write "der Kanzler", "die Koalition", "die Polizei" for their
own state's bodies. The home state follows the article: the state its places, people, parties and
institutions point to ("ÖVP", "Hofburg", "Landeshauptmann", "Kanton"), Germany only when nothing
points elsewhere. It is decided once per document, after the named actors and places are read, and
kept on the doc for the later stages (role phrases, bare institutions).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc

from lagebild.pipeline.actor_lexicon import SAME_OFFICE_NAMES_DE
from lagebild.pipeline.actor_passage import sector_of
from lagebild.pipeline.annotations import ActorRef

DEFAULT_HOME = "DEU"
# Clues a state needs before it outweighs the German default (one Austrian place in a German story
# about refugees at the border is not enough).
MIN_CLUES = 2
# Austria's and Switzerland's parties, which the KB lacks: named entities of their state.
HOME_PARTIES_DE = {
    "ÖVP": "AUT", "SPÖ": "AUT", "FPÖ": "AUT", "NEOS": "AUT", "Neos": "AUT", "BZÖ": "AUT",
    "SVP": "CHE", "CVP": "CHE", "BDP": "CHE",
}  # fmt: skip
# Words only one German-speaking state's news uses for its own parties, offices and regions.
HOME_WORDS_DE = {
    **HOME_PARTIES_DE,
    # Austria: the president's and chancellor's seats, the governors, the federal states
    "Hofburg": "AUT", "Ballhausplatz": "AUT", "Landeshauptmann": "AUT", "Landeshauptfrau": "AUT",
    "Landeshauptleute": "AUT", "Nationalratsabgeordnete": "AUT", "Bundesheer": "AUT",
    "Steiermark": "AUT", "Kärnten": "AUT", "Tirol": "AUT", "Vorarlberg": "AUT", "Burgenland": "AUT",
    "Niederösterreich": "AUT", "Oberösterreich": "AUT",
    # Switzerland: the cantons, the confederation
    "Kanton": "CHE", "Kantone": "CHE", "Kantons": "CHE", "Kantonen": "CHE", "Bundeshaus": "CHE",
    "Eidgenossenschaft": "CHE", "Bundesrätin": "CHE",
}  # fmt: skip
# Names the KB gives Germany's bodies and parties that every German-speaking state has its own of:
# "die Bundesregierung", "die Grünen", "die Sozialdemokraten" of an Austrian article are Austria's.
# They are no clue themselves and take the home state.
HOME_NAMES_DE = {
    "Bundesregierung", "Bundeskanzleramt", "Kanzleramt", "Grüne", "Grünen", "Sozialdemokraten",
    "Christdemokraten", "Liberalen",
}  # fmt: skip
# Compounds of such a party: "Grünen-Abgeordnete", "Grünen-Chefin".
HOME_PARTY_PREFIXES_DE = ("Grünen-", "Grüne-")
# Chambers and councils named alike in Austria and Switzerland, with their sector there: the Swiss
# "Bundesrat" is the government, the Austrian one a chamber. A German article's "Bundesrat" and
# "Nationalrat" are left alone (Germany has no Nationalrat; its Bundesrat is no KB actor).
HOME_COUNCILS_DE = {"Nationalrat": {"AUT": "LEG", "CHE": "LEG"}, "Bundesrat": {"AUT": "LEG", "CHE": "GOV"}}
DOC_KEY = "lagebild_home_state"
# the home state told by the article's places, people, parties and words alone, not by state names
DOC_KEY_TEXTURE = "lagebild_home_state_texture"


def home_state(word_clues: Counter[str], mentions: Iterable, state_names: bool = True) -> str:
    """The state the article is written from: the German-speaking state its words (`word_clues`) and
    its actors' and places' states name most, when that is at least MIN_CLUES times and more often than
    Germany; else Germany. Without `state_names`, the state's own name ("Österreich") is no clue."""
    counts = Counter(word_clues)
    counts.update(
        m.actor.country
        for m in mentions
        if m.actor.country in SAME_OFFICE_NAMES_DE
        and not _named_like_at_home(m)
        and (state_names or not _state_name(m))
    )
    others = [(n, state) for state, n in counts.items() if state != DEFAULT_HOME]
    if not others:
        return DEFAULT_HOME
    n, state = max(others)
    return state if n >= MIN_CLUES and n > counts[DEFAULT_HOME] else DEFAULT_HOME


def _word_clues(doc: Doc) -> Iterable[str]:
    for token in doc:
        # "ÖVP-Chef", "SVP-Politiker": the party before the hyphen
        word = token.text.split("-", 1)[0] if "-" in token.text[1:] else token.text
        if word in HOME_WORDS_DE:
            yield HOME_WORDS_DE[word]


def remember_home_state(doc: Doc, mentions: list, adjectives: dict[str, str]) -> str:
    """Decide the home state, keep it on the doc, and give the home state's name to the parties
    every state has ("die Grünen"), or the name of the state a country adjective before them says
    (`adjectives` maps the adjectives to states): "die australischen Grünen" are Australia's."""
    word_clues = Counter(_word_clues(doc))  # read once: every token of the article is looked at
    state = home_state(word_clues, mentions)
    doc.user_data[DOC_KEY] = state
    doc.user_data[DOC_KEY_TEXTURE] = home_state(word_clues, mentions, state_names=False)
    for mention in mentions:
        if not _named_like_at_home(mention):
            continue
        start = mention.span.start
        owner = adjectives.get(doc[start - 1].text) if start else None
        owner = owner or (state if state != DEFAULT_HOME else None)
        if owner and owner != mention.actor.country:
            sector = sector_of(mention)
            mention.actor = ActorRef(name=mention.span.text, country=owner, actor_code=f"{owner}{sector}")
            mention.span._.actor = mention.actor  # the entity span was annotated already
    _name_home_bodies(doc, state)
    return state


def _name_home_bodies(doc: Doc, state: str) -> None:
    """Give entities no actor was found for their home-state reading: "die FPÖ", "die SVP", "der
    Nationalrat" of an Austrian article."""
    for ent in doc.ents:
        if ent._.actor is not None or _in_parentheses(ent):
            continue
        name = ent[-1].text
        country, sector = HOME_PARTIES_DE.get(name), "PTY"
        if country is None and name in HOME_COUNCILS_DE:
            country = state if state != DEFAULT_HOME else None
            sector = HOME_COUNCILS_DE[name].get(state, "")
        if country:
            ent._.actor = ActorRef(name=ent.text, country=country, actor_code=f"{country}{sector}")


def _in_parentheses(ent) -> bool:
    """'Volksanwältin Brinek (ÖVP)': a party in parentheses after a name is the person's, no actor."""
    doc = ent.doc
    return (
        ent.start > 0 and ent.end < len(doc) and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")"
    )


def home_state_of(doc: Doc) -> str:
    """The home state decided for the doc (Germany before the actor stage has run)."""
    return doc.user_data.get(DOC_KEY, DEFAULT_HOME)


def foreign_home_state(doc: Doc) -> str | None:
    """The home state when the article's places, people and parties point away from Germany, else
    None: a German article's bare bodies stay unplaced where no clue names their state (the German
    default is too weak there), and a report on France that compares with Austria ("wie in
    Österreich") has no Austrian government."""
    state = doc.user_data.get(DOC_KEY_TEXTURE, DEFAULT_HOME)
    return None if state == DEFAULT_HOME else state


def _state_name(mention) -> bool:
    """'Österreich', 'die Schweiz': a state's name is as often a comparison ("wie in Österreich") as
    the paper's home; its places, people and parties tell better where it writes from."""
    return (mention.actor.kb_id or "").startswith("country:")


def _named_like_at_home(mention) -> bool:
    """A German body or party named as every German-speaking state names its own: "die
    Bundesregierung", "die Grünen", "Grünen-Abgeordnete"; not "die deutsche Bundesregierung"."""
    span = mention.span
    if mention.actor.country != DEFAULT_HOME or getattr(mention, "place_name", False):
        return False
    before = span.doc[span.start - 1].text.lower() if span.start else ""
    if before.startswith("deutsch"):
        return False
    return span[-1].text in HOME_NAMES_DE or span.text.startswith(HOME_PARTY_PREFIXES_DE)
