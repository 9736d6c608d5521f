"""Words that introduce or attribute speech, in German and English.

German speech verbs are listed with their inflected forms because the rules must work on bare
tokens (before the trained model provides lemmas). A separable verb ("teilte … mit") counts as a
cue only when its particle follows in the same clause, so "schlugen … ein" is not "vorschlagen".
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SpeechVerb:
    lemma: str
    forms: frozenset[str]  # finite forms and the participle, lower case
    particle: str | None = None  # the separated particle of a separable verb
    clause: bool = True  # takes a reported clause; False: only attributes direct quotes ("lobte")


def _weak(stem: str) -> set[str]:
    """Present, preterite and Konjunktiv I (3rd person) and the participle of a regular verb."""
    t = "et" if stem.endswith(("t", "d")) or stem.endswith("chn") else "t"
    forms = {stem + t, stem + "en", stem + "e", stem + t + "e", stem + t + "en"}
    forms.add("ge" + stem + t)
    return forms


def _verb(lemma: str, forms: set[str], particle: str | None = None, clause: bool = True) -> SpeechVerb:
    if particle:
        # in a verb-final clause the particle is fused again: "wie das Ministerium mitteilte"
        forms = forms | {particle + f for f in forms if not f.startswith(particle)}
    return SpeechVerb(lemma, frozenset(forms), particle, clause)


def _prefixed(stem: str) -> set[str]:
    """A regular verb with an inseparable prefix: no ge- in the participle (erklärt, betont)."""
    forms = _weak(stem)
    forms.discard("ge" + stem + ("et" if stem.endswith(("t", "d")) else "t"))
    forms.add(stem + ("et" if stem.endswith(("t", "d")) else "t"))
    return forms


GERMAN_VERBS: tuple[SpeechVerb, ...] = (
    # regular verbs with a reported clause
    _verb("sagen", _weak("sag")),
    _verb("erklären", _prefixed("erklär")),
    _verb("betonen", _prefixed("beton")),
    _verb("warnen", _weak("warn")),
    _verb("fordern", _weak("forder") | {"fordert", "forderte", "forderten", "fordern", "gefordert"}),
    _verb("behaupten", _prefixed("behaupt")),
    _verb("berichten", _prefixed("bericht")),
    _verb("verlangen", _prefixed("verlang")),
    _verb("drohen", _weak("droh")),
    _verb("versichern", _prefixed("versicher") | {"versichert", "versicherte", "versichern"}),
    _verb("bekräftigen", _prefixed("bekräftig")),
    _verb("beklagen", _prefixed("beklag")),
    _verb("äußern", {"äußert", "äußerte", "äußerten", "geäußert"}),
    _verb("bestätigen", _prefixed("bestätig")),
    _verb("dementieren", _prefixed("dementier")),
    _verb("kritisieren", _prefixed("kritisier")),
    _verb("verkünden", _prefixed("verkünd")),
    _verb("beteuern", _prefixed("beteuer") | {"beteuert", "beteuerte"}),
    _verb("entgegnen", {"entgegnet", "entgegnete", "entgegneten", "entgegne"}),
    _verb("ergänzen", _prefixed("ergänz")),
    _verb("antworten", _weak("antwort")),
    _verb("mahnen", _weak("mahn")),
    _verb("begründen", _prefixed("begründ")),
    _verb("beschuldigen", _prefixed("beschuldig")),
    _verb("argumentieren", _prefixed("argumentier")),
    _verb("unterstreichen", {"unterstreicht", "unterstrich", "unterstrichen"}),
    _verb("bestreiten", {"bestreitet", "bestreiten", "bestritt", "bestritten"}),
    _verb("schreiben", {"schreibt", "schrieb", "schrieben", "geschrieben"}),
    _verb("versprechen", {"verspricht", "versprach", "versprachen", "versprochen"}),
    _verb("verweisen", {"verweist", "verweisen", "verwies", "verwiesen"}),
    _verb("heißen", {"heißt", "hieß"}),  # "hieß es aus Washington"
    # separable verbs
    _verb("mitteilen", _weak("teil") | {"mitgeteilt"}, "mit"),
    _verb("ankündigen", _weak("kündig") | {"angekündigt"}, "an"),
    _verb("hinzufügen", _weak("füg") | {"hinzugefügt"}, "hinzu"),
    _verb("einräumen", _weak("räum") | {"eingeräumt"}, "ein"),
    _verb("klarstellen", _weak("stell") | {"klargestellt"}, "klar"),
    _verb("auffordern", {"fordert", "forderte", "forderten", "fordern", "aufgefordert"}, "auf"),
    _verb("vorwerfen", {"wirft", "werfen", "warf", "warfen", "vorgeworfen"}, "vor"),
    _verb("vorschlagen", {"schlägt", "schlagen", "schlug", "schlugen", "vorgeschlagen"}, "vor"),
    _verb("zurückweisen", {"weist", "weisen", "wies", "wiesen", "zurückgewiesen"}, "zurück"),
    _verb("hinweisen", {"weist", "weisen", "wies", "wiesen", "hingewiesen"}, "hin"),
    _verb("bekanntgeben", {"gibt", "geben", "gab", "gaben", "bekanntgegeben"}, "bekannt"),
    _verb("aufrufen", {"ruft", "rufen", "rief", "riefen", "aufgerufen"}, "auf"),
    # "ließ wissen, …", "ließ über einen Sprecher ausrichten, …": the infinitive closes the clause like a particle
    *(
        _verb(f"{word} lassen", {"lässt", "lassen", "ließ", "ließen"}, word)
        for word in ("wissen", "ausrichten", "verlauten")
    ),
    _verb("zusichern", _weak("sicher") | {"sichert", "sicherte", "zugesichert"}, "zu"),
    _verb(
        "aussprechen", {"spricht", "sprach", "sprachen", "ausgesprochen"}, "aus"
    ),  # "sprach sich dafür aus, …"
    _verb("zusagen", _weak("sag") | {"zugesagt"}, "zu", clause=False),  # a promise of aid, not words
    # verbs that attribute a quoted fragment but take no reported clause of their own
    _verb("sprechen", {"spricht", "sprach", "sprachen", "gesprochen"}, clause=False),
    _verb("nennen", {"nennt", "nannte", "nannten", "genannt"}, clause=False),
    _verb("bezeichnen", _prefixed("bezeichn"), clause=False),
    _verb("loben", _weak("lob"), clause=False),
    _verb("kommentieren", _prefixed("kommentier"), clause=False),
    # speech and thought verbs that report no clause of their own in news quotation extraction, but
    # are cues in the SpkAtt sense (added after looking at SpkAtt's train split)
    _verb("reden", _weak("red"), clause=False),
    _verb("fragen", _weak("frag"), clause=False),
    _verb("zitieren", _prefixed("zitier"), clause=False),
    _verb("erwähnen", _prefixed("erwähn"), clause=False),
    _verb("ansprechen", {"spricht", "sprechen", "sprach", "sprachen", "angesprochen"}, "an", clause=False),
    _verb("glauben", _weak("glaub"), clause=False),
    _verb("denken", {"denkt", "denken", "denke", "dachte", "dachten", "gedacht"}, clause=False),
)

ENGLISH_VERBS: tuple[SpeechVerb, ...] = (
    _verb("say", {"say", "says", "said", "saying"}),
    _verb("tell", {"tell", "tells", "told"}),
    _verb("add", {"add", "adds", "added"}),
    _verb("state", {"states", "stated"}),
    _verb("announce", {"announces", "announced"}),
    _verb("warn", {"warns", "warned"}),
    _verb("claim", {"claims", "claimed", "claiming"}),
    _verb("deny", {"denies", "denied"}),
    _verb("insist", {"insists", "insisted"}),
    _verb("argue", {"argues", "argued"}),
    _verb("stress", {"stresses", "stressed"}),
    _verb("suggest", {"suggests", "suggested"}),
    _verb("write", {"writes", "wrote"}),
    _verb("repeat", {"repeats", "repeated"}),
    _verb("urge", {"urges", "urged"}),
)

# Separable particles end the clause they belong to; they may not be read as part of the speaker.
PARTICLES = frozenset(v.particle for v in GERMAN_VERBS if v.particle)

# Words that end a source phrase ("X zufolge"); "laut X" and "according to X" open one.
SOURCE_POSTPOSITIONS = {"de": ("zufolge",), "en": ()}
# "nach Angaben von X", "nach ukrainischen Angaben", "nach Einschätzung westlicher Geheimdienste"
SOURCE_NOUNS = frozenset(
    {"angaben", "einschätzung", "erkenntnissen", "informationen", "darstellung", "schätzungen"}
)

PRONOUNS = {
    "de": frozenset({"er", "sie", "es", "man", "ich", "wir", "ihr"}),
    "en": frozenset({"he", "she", "it", "they", "we", "i"}),
}
DETERMINERS = {
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "des",
            "dem",
            "den",
            "ein",
            "eine",
            "einer",
            "eines",
            "einem",
            "einen",
            "sein",
            "seine",
            "ihr",
            "ihre",
        ]
    ),
    "en": frozenset(["the", "a", "an", "his", "her", "its", "their"]),
}
# Determiners that continue a noun phrase as a genitive ("die Sprecherin einer Hilfsorganisation").
GENITIVE_DETERMINERS = frozenset({"des", "der", "einer", "eines"})
# Prepositions, shared by the speaker-phrase stopwords and the clause-opening checks below.
GERMAN_PREPOSITIONS = frozenset(
    {
        "in",
        "im",
        "vor",
        "nach",
        "bei",
        "am",
        "an",
        "auf",
        "aus",
        "gegenüber",
        "mit",
        "zu",
        "zum",
        "zur",
        "über",
        "für",
        "von",
        "vom",
        "ohne",
        "gegen",
        "um",
        "durch",
    }
)
ENGLISH_PREPOSITIONS = frozenset(
    {"in", "at", "on", "to", "from", "for", "with", "by", "about", "after", "before"}
)
# Words that cannot be part of a speaker phrase: prepositions, adverbs and conjunctions.
SPEAKER_STOPWORDS = {
    "de": GERMAN_PREPOSITIONS
    | frozenset(
        {
            "laut",
            "und",
            "oder",
            "aber",
            "denn",
            "doch",
            "jedoch",
            "allerdings",
            "außerdem",
            "zudem",
            "zugleich",
            "auch",
            "ebenfalls",
            "bereits",
            "schon",
            "noch",
            "dann",
            "anschließend",
            "später",
            "zuvor",
            "erneut",
            "gestern",
            "heute",
            "jetzt",
            "nun",
            "hier",
            "dort",
            "daher",
            "damit",
            "darauf",
            "dazu",
            "so",
            "wie",
            "dass",
            "ob",
            "nicht",
            "nie",
            "kein",
            "keine",
            "sich",
        }
    ),
    "en": ENGLISH_PREPOSITIONS
    | frozenset(
        {
            "afterwards",
            "again",
            "also",
            "and",
            "but",
            "earlier",
            "later",
            "never",
            "not",
            "of",
            "or",
            "that",
            "then",
            "whether",
        }
    ),
}
# Words that open a sentence without being its subject, so the subject follows the verb.
NON_SUBJECT_OPENERS = {
    "de": frozenset(
        [
            "dazu",
            "daher",
            "darauf",
            "darüber",
            "deshalb",
            "deswegen",
            "dennoch",
            "gleichzeitig",
            "natürlich",
            "schließlich",
            "vielmehr",
            "jedenfalls",
            "unabhängig",
            "hier",
            "jetzt",
            "einerseits",
            "andererseits",
            "und",
            "aber",
            "oder",
            "denn",
            "auch",
            "zudem",
            "zugleich",
            "außerdem",
            "bereits",
            "dann",
            "doch",
            "jedoch",
            "so",
            "zuvor",
            "anschließend",
            "später",
            "erneut",
            "ebenfalls",
            "darüber",
            "dabei",
            "damit",
            "seitdem",
            "stattdessen",
            "trotzdem",
            "dennoch",
            "dagegen",
            "daraufhin",
            "gestern",
            "heute",
            "morgen",
            "nun",
        ]
    ),
    "en": frozenset(),
}
PREPOSITIONS = {
    "de": GERMAN_PREPOSITIONS
    | frozenset({"anfang", "ende", "mitte", "seit"}),  # "seit", and "Mitte/Anfang/Ende Mai" open time phrases
    "en": ENGLISH_PREPOSITIONS | frozenset({"during"}),
}
RELATIVE_PRONOUNS = {
    "de": frozenset(["der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welcher", "welche"]),
    "en": frozenset(["who", "which", "that", "whose"]),
}
# Complementisers that open a reported clause; the quote's text starts after them.
COMPLEMENTISERS = {"de": frozenset({"dass", "ob"}), "en": frozenset({"that", "whether"})}
# Sentence openers of a clause that is not reported speech after ", sagte er,".
NON_REPORT_OPENERS = {
    "de": frozenset({"ohne", "um", "als", "bevor", "nachdem", "während"}),
    "en": frozenset(),
}

# Konjunktiv I (and the Konjunktiv II forms used in its place) of frequent verbs, 3rd person: the
# mood of reported speech. Used when the trained model's morphology is not available.
SUBJUNCTIVE_FORMS = frozenset(
    [
        "sei",
        "seien",
        "habe",
        "werde",
        "könne",
        "müsse",
        "solle",
        "wolle",
        "dürfe",
        "möge",
        "gebe",
        "bleibe",
        "stehe",
        "gehe",
        "liege",
        "komme",
        "diene",
        "fließe",
        "handle",
        "handele",
        "bedrohe",
        "sehe",
        "plane",
        "betreibe",
        "verenge",
        "wisse",
        "brauche",
        "trage",
        "halte",
        "ausdehne",
    ]
)
# Konjunktiv II forms alone are too often hypothetical; they count only right after reported speech.
SUBJUNCTIVE_II = frozenset(
    [
        "hätte",
        "hätten",
        "wäre",
        "wären",
        "würde",
        "würden",
        "könnte",
        "könnten",
        "müsste",
        "müssten",
        "sollte",
        "sollten",
    ]
)
