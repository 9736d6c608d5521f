"""Word classes and dependency labels that the actor stage and the event coder both read, defined once
here so that the two never disagree on what counts as a subject, a demonstrative, a state body's sector,
a seat, a court, a passive or a phrase's preposition. A leaf module: it imports nothing of the project,
so either side may import it, and so may two event modules that cannot import each other (the
impersonal subject)."""

from __future__ import annotations

from spacy.tokens import Token

# the subject of a clause: Universal Dependencies labels (our parser) and TIGER's "sb" (a stock
# `de_core_news_*` model given as `model`)
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "sb")
# a verb particle split off its verb ("rief … auf", "schlug … vor"): UD's label and TIGER's "svp"
PARTICLE_DEPS = ("compound:prt", "svp")
# how a name hangs under the noun or title it names: "Präsident Donald Trump", "die Staatsagentur
# KCNA", "das Verwaltungsgericht Köln". Rules that also take a name the parser hangs as a modifier
# ("der Hafen Odessas"), a compound or a list add that label to these.
NAME_DEPS = ("appos", "flat", "flat:name")
# a relative clause: the news treebank labels it "acl", older trees "acl:relcl"
RELATIVE_CLAUSES = ("acl", "acl:relcl")
# focus particles open the subject's phrase itself: "Auch Ankara verurteilte …", "Selbst Peking mahnte …"
FOCUS_PARTICLES_DE = frozenset({"auch", "selbst", "sogar", "nur", "ausgerechnet"})
# the named-entity labels of a person: our model's "PER", and "PERSON" of an English or OntoNotes model
PERSON_LABELS = frozenset({"PER", "PERSON"})

# STTS part-of-speech tags the rules test and repair: a full verb's finite form and its past participle
FINITE_TAG = "VVFIN"
PARTICIPLE_TAG = "VVPP"
# the relative pronouns, substituting ("der", "die", "welche") and attributive ("dessen", "deren")
RELATIVE_TAGS = frozenset({"PRELS", "PRELAT"})
# the prepositions that place a noun in a city or state: "die Regierung in Rom", "Kritiker im Iran"
LOCATIVE_PREPOSITIONS_DE = frozenset({"in", "im"})

# "dieser" and "derselbe" before a noun point back to what the passage named ("diese Regierung",
# "dieselbe Armee"). The full paradigm with "jener" and the plural "dieselben" was measured (A/B
# s16-rev2): it only added a body read back into a sentence whose target we misread, so it stays out.
DEMONSTRATIVES_DE = frozenset({
    "diese", "dieser", "dieses", "diesem", "diesen", "dieselbe", "derselben", "dasselbe", "denselben", "demselben",
})  # fmt: skip
# the demonstrative pronouns that stand alone as a clause's subject ("Dieser hatte Iran gerügt")
NOMINATIVE_DEMONSTRATIVES_DE = frozenset({"dieser", "diese", "dieses", "jener", "jene", "jenes"})
# the neuter pronouns that point back at what was said, not at a body ("wies das zurück")
STATEMENT_DEMONSTRATIVES_DE = frozenset({"das", "dies", "dieses"})
# the impersonal subject, which names no one: "In Ottawa zeigte man sich enttäuscht", "man habe über die
# Gefangenen gesprochen"
IMPERSONAL_DE = frozenset({"man"})

# the sectors of a state's own bodies (KB actor codes): government, army, police, courts, parliament,
# intelligence
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})

# prepositions by which a place after a body or an office says where it sits: "das Gericht in
# Bukarest", "ein Regierungssprecher in Neu-Delhi", "im Kreml", "Demonstranten aus Eriwan"
SEAT_PREPOSITIONS_DE = frozenset({"in", "im", "aus"})

# the words that end a court's name, with their genitives ("des Verfassungsgerichts"); a court of
# appeal or a criminal chamber is named by its chamber, France's constitutional court is a council
COURT_NOUNS_DE = (
    "gericht", "gerichts", "gerichtshof", "gerichtshofs", "tribunal", "tribunals", "berufungskammer",
    "strafkammer", "verfassungsrat", "verfassungsrats",
)  # fmt: skip
# the judges, who speak for their court
JUDGE_NOUNS_DE = ("richter", "richterin", "richterinnen", "richtern")


def preposition_of(token: Token) -> str | None:
    """The preposition of the phrase the token heads (its first "case" word), None for a bare phrase."""
    case = next((c for c in token.children if c.dep_ == "case"), None)
    return case.lower_ if case is not None else None


def has_passive_auxiliary(verb: Token) -> bool:
    """The parse hangs a passive's "werden" on its participle as "aux:pass" ("wurde … empfangen")."""
    return any(c.dep_ == "aux:pass" for c in verb.children)
