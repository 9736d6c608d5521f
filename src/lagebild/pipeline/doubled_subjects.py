"""Relabel the object among two subjects the parser gave one verb.

The news-trained parser often labels a bare dative or accusative name a subject beside the real one
("Schweden schickte Tallinn neue Waffen", "Sisi hat Washington gewarnt").
A German clause has one subject, so this component, placed after the parser, keeps one and relabels
the other an object, and every later stage (sources, targets, derived events) sees one parse.
Which one is the subject follows German grammar: a phrase whose article or pronoun marks
accusative or dative ("den", "dem", "ihn", "ihm") never is one; a pronoun that is nominative only
("wir", "er") always is (the tagger's person and number on the finite verb are too unreliable to
check agreement); otherwise word order decides, since the subject comes first both in the main
clause (before the finite verb or right after it) and after a subordinating conjunction, ahead of
the objects in the middle field. Pairs where order says nothing (after a relative pronoun, in a
zu-infinitive or a passive, across a heading's colon) keep their parse. The reverse happens too: a
finite clause left without a subject, its subject name or state body labelled an object ("Mit
Peseschkian vereinbarte Putin, …"), gets it back as its subject; where the parser hung the real object
on that body as its apposition ("hat die UN-Vollversammlung Russland aufgefordert"), the name is the
object again. A subject the parser hung on the adjective of "sich zeigen/geben" is the verb's, and one
it gave a zu-infinitive is its object; an adposition labelled a subject ("Seitens der EU wurden …") gives
that place to its noun as an oblique, a genitive name labelled one to the noun after it that the parse
made part of the name ("Ankaras Forderung lehnte Athen ab"); an "es" labelled expletive beside an object
and no subject ("Es untersagt … den Kauf") is the subject, and so is a demonstrative standing alone before
the finite verb ("Dieser bot … an"), labelled an adverb.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from lagebild.events.event_clauses import zu_infinitive_clause
from lagebild.events.relative_subjects import verb_final
from lagebild.events.subject_repairs import clause_finite, disagrees_in_number
from lagebild.pipeline.actor_lexicon import STATE_INSTITUTIONS_DE, igo_prefixed, institution_sector_de
from lagebild.pipeline.word_classes import PERSON_LABELS, RELATIVE_CLAUSES, SUBJECT_DEPS

NOMINAL = ("NOUN", "PROPN", "PRON")
# "es gibt": the one verb whose "es" beside an object stands for nothing
EMPTY_ES_VERB = "geben"
# STTS: a demonstrative pronoun, standing alone or (as the tagger also reads it) as an article
DEMONSTRATIVE_TAGS = ("PDS", "PDAT")
FINITE_TAGS = ("VVFIN", "VAFIN", "VMFIN")
# articles and pronouns that mark a phrase as no subject (accusative, dative, genitive)
DATIVE_WORDS = {"dem", "einem", "diesem", "jenem", "ihm", "ihnen", "mir", "dir", "denen"}
OBJECT_WORDS = DATIVE_WORDS | {
    "den",
    "einen",
    "diesen",
    "jenen",
    "des",
    "eines",
    "ihn",
    "mich",
    "dich",
    "uns",
    "euch",
    "sich",
}
HEADING_BREAKS = {":", "–", "—"}
# a name's genitive before the noun it qualifies ("Moskaus Angebot", "Macrons Plan", "Paris' Antwort")
GENITIVE_ENDINGS = ("s", "'")
# the labels the parse gives a noun it takes for part of the name before it
NAME_PARTS = ("flat", "flat:name", "appos")
# finite forms of "werden" that make a future or conditional with an infinitive ("wurde", "worden" only
# make a passive)
FINITE_WERDEN = {"wird", "werden", "würde", "würden", "werde", "wirst", "werdet"}
# relative pronouns that may be subject or object, as may the article of the noun after them
RELATIVE_ARTICLES = ("die", "das")
# pronouns that are nominative only
SUBJECT_PRONOUNS = {"ich", "du", "wir", "er"}


@Language.component("lagebild_doubled_subjects")
def relabel_doubled_subjects(doc: Doc) -> Doc:
    for token in doc:
        _adposition_read_as_subject(token)
        _genitive_read_as_subject(token)
    for verb in doc:
        _future_read_as_passive(verb)
        _demonstrative_read_as_adverb(verb)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 2 or not all(s.pos_ in NOMINAL or s.tag_ in DEMONSTRATIVE_TAGS for s in subjects):
            continue
        first, second = sorted(subjects, key=lambda t: t.i)
        if _undecidable(verb, first, second):
            continue
        loser = _non_subject(first, second)
        loser.dep_ = "iobj" if _dative(loser) or _has_object(verb) else "obj"
    for verb in doc:
        _subject_hung_on_a_predicative(verb)
        _subject_of_a_zu_infinitive(verb)
        _relative_subject_of_a_finite_participle(verb)
        _relative_pronoun_read_as_object(verb)
        _subject_of_a_subjectless_clause(verb)
        _pronoun_read_as_expletive(verb)
    return doc


def _pronoun_read_as_expletive(verb: Token) -> None:
    """ "Es untersagt chinesischen Firmen den Kauf": an "es" beside an object and no other subject is the
    pronoun subject (the news treebank labels it so), unless the verb is "es gibt", whose "es" is empty."""
    children = list(verb.children)
    if verb.lemma_ == EMPTY_ES_VERB or any(c.dep_ in ("nsubj", "nsubj:pass", "csubj") for c in children):
        return
    if not any(c.dep_ == "obj" for c in children):
        return
    for pronoun in children:
        if pronoun.dep_ == "expl" and pronoun.lower_ == "es":
            pronoun.dep_ = "nsubj"


def _adposition_read_as_subject(adposition: Token) -> None:
    """ "Seitens der EU wurden die Wahlen … kritisiert": the parse may make an adposition the subject and
    its noun an attribute of it. No adposition is a subject: its noun is an oblique of the verb (an agent
    of a passive, where the stages look for "seitens"), the adposition that noun's case."""
    if adposition.pos_ != "ADP" or adposition.dep_ not in SUBJECT_DEPS:
        return
    # the noun as the adposition's attribute: a name it opens is flat ("Von der Leyen forderte …")
    noun = next((c for c in adposition.rights if c.pos_ in NOMINAL and c.dep_ == "nmod"), None)
    if noun is None:
        return
    noun.head, noun.dep_ = adposition.head, "obl"
    adposition.head, adposition.dep_ = noun, "case"


def _genitive_read_as_subject(name: Token) -> None:
    """ "Ankaras Forderung lehnte Athen ab", "Macrons Angebot hat Merz begrüßt": the parse may make a name
    in the genitive the subject and the noun after it part of the name. A genitive name before a noun is
    that noun's attribute, so the noun heads the phrase in the name's place, and the stages that find the
    subject after the verb of an object-first clause see the act named in front. Only where a name the
    parse made an argument of the verb stands right after the finite verb, where the subject of such a
    clause stands: elsewhere the noun's own events would take the genitive for their agent on a guess."""
    if name.pos_ != "PROPN" or name.dep_ not in SUBJECT_DEPS or "Gen" not in name.morph.get("Case"):
        return
    if not name.lower_.endswith(GENITIVE_ENDINGS) or name.i + 1 >= len(name.doc):
        return
    noun = name.doc[name.i + 1]
    if noun.head != name or noun.pos_ != "NOUN" or noun.dep_ not in NAME_PARTS:
        return
    if not _object_name_after_finite(name.head, noun):
        return
    for child in [c for c in name.children if c != noun]:
        child.head = noun
    noun.head, noun.dep_ = name.head, name.dep_
    name.head, name.dep_ = noun, "nmod"


def _object_name_after_finite(verb: Token, noun: Token) -> bool:
    """The verb's finite form after the noun is followed by a name the parse made the verb's subject (a
    second one) or object."""
    doc = verb.doc
    finite = next((t for t in (verb, *verb.children) if t.i > noun.i and t.tag_ in FINITE_TAGS), None)
    if finite is None or finite.i + 1 >= len(doc):
        return False
    following = doc[finite.i + 1]
    return following.pos_ == "PROPN" and following.head == verb and following.dep_ in ("nsubj", "obj", "iobj")


def _future_read_as_passive(verb: Token) -> None:
    """ "Israel wird 150 Häftlinge entlassen": an infinitive that looks like a participle ("entlassen",
    "erhalten", "verlassen") after a finite "werden" is a future, not a passive, when the clause has an
    active subject besides the "passive subject" the parser gave it; that one is the object."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux:pass"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in NOMINAL]
    patients = [c for c in verb.children if c.dep_ == "nsubj:pass" and c.pos_ in NOMINAL]
    if len(auxiliaries) != 1 or len(subjects) != 1 or len(patients) != 1 or not verb.lower_.endswith("en"):
        return
    auxiliary = auxiliaries[0]
    if auxiliary.lower_ not in FINITE_WERDEN or _object_marked(subjects[0]):
        return
    auxiliary.dep_ = "aux"
    patients[0].dep_ = "iobj" if _dative(patients[0]) else "obj"


def _undecidable(verb: Token, first: Token, second: Token) -> bool:
    """Pairs where the order says nothing about the subject, or the two are no arguments of one clause."""
    # a title the parse split from a person's name is one phrase ("Präsident Macron")
    if second.i == first.i + 1 and second.ent_type_ in PERSON_LABELS:
        return True
    # a relative pronoun always opens its clause, subject or object ("eine Waffenruhe, die Washington
    # vermittelt hat"); "die" and "das" do not show which
    if "Rel" in first.morph.get("PronType") or first.tag_ == "PRELS":
        return True
    # a zu-infinitive has no subject, a passive its own: the pair are objects or a mislabelled agent
    if verb.tag_ == "VVIZU" or any(c.lower_ == "zu" and c.dep_ == "mark" for c in verb.children):
        return True
    if _passive(verb):
        return True
    # a heading before a colon or dash is no part of the clause ("Washington: …", "14:30 Uhr: …")
    return any(t.text in HEADING_BREAKS for t in verb.doc[first.i + 1 : second.i])


def _non_subject(first: Token, second: Token) -> Token:
    """The one of two labelled subjects that is an object: by case marking, then by order."""
    first_marked, second_marked = _object_marked(first), _object_marked(second)
    if first_marked != second_marked:
        return first if first_marked else second
    # a pronoun that is nominative only is the subject ("Die Türkei haben wir nie bedroht")
    if second.lower_ in SUBJECT_PRONOUNS and first.lower_ not in SUBJECT_PRONOUNS:
        return first
    return second


def _marking_words(noun: Token) -> list[str]:
    if noun.pos_ == "PRON":
        return [noun.lower_]
    return [c.lower_ for c in noun.children if c.dep_ == "det"]


def _object_marked(noun: Token) -> bool:
    return any(word in OBJECT_WORDS for word in _marking_words(noun))


def _dative(noun: Token) -> bool:
    return any(word in DATIVE_WORDS for word in _marking_words(noun))


def _has_object(verb: Token) -> bool:
    return any(c.dep_ == "obj" for c in verb.children)


def _subject_hung_on_a_predicative(verb: Token) -> None:
    """ "In Madrid zeigte man sich enttäuscht", "Peking gab sich gelassen": the parser may hang the subject
    on the adjective or adverb that complements "sich zeigen/geben"; only a copula's predicate has a
    subject of its own, so with the verb left without one it is the verb's."""
    if verb.dep_ != "xcomp" or verb.pos_ not in ("ADJ", "ADV") or verb.head.pos_ not in ("VERB", "AUX"):
        return
    if any(c.dep_ in ("nsubj", "nsubj:pass", "csubj", "expl") for c in verb.head.children):
        return
    for argument in [c for c in verb.children if c.dep_ == "nsubj" or c.tag_ == "PRF"]:
        argument.head = verb.head


def _subject_of_a_zu_infinitive(verb: Token) -> None:
    """ "…, Libyen unter Druck zu setzen": a zu-infinitive has no subject of its own (its controller's is
    understood), so a phrase the parser labelled its subject is its object."""
    if not zu_infinitive_clause(verb) or verb.dep_ == "ROOT":
        return
    for subject in [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in NOMINAL]:
        subject.dep_ = "iobj" if _dative(subject) or _has_object(verb) else "obj"


def _relative_subject_of_a_finite_participle(verb: Token) -> None:
    """ "Oman, das zwischen Washington und Teheran vermittelt, …": a relative clause needs a finite verb,
    so a verb-final form the tagger took for a participle ("vermittelt", "unterstützt") with no auxiliary
    is the finite present; with no other subject in the clause, the relative pronoun the parser labelled
    an object or passive subject is its subject. A pronoun marked accusative or dative ("den", "dem") is
    left alone."""
    if verb.tag_ != "VVPP" or any(c.dep_ in ("aux", "aux:pass", "cop") for c in verb.children):
        return
    if any(c.dep_ == "nsubj" for c in verb.children):
        return
    pronoun = next((c for c in verb.children if c.tag_ == "PRELS" and c.i < verb.i), None)
    if pronoun is None or pronoun.dep_ not in ("obj", "nsubj:pass") or pronoun.lower_ in OBJECT_WORDS:
        return
    pronoun.dep_ = "nsubj"


def _relative_pronoun_read_as_object(verb: Token) -> None:
    """ "Russland, das die OSZE seit Jahren kritisiert, …", "die EU, die Aschgabat zu mehr Lieferungen
    drängt, …": where neither "das"/"die" nor the noun after it shows its case, the parser often makes
    the noun the subject and the pronoun the object, or takes the pronoun for the article of a bare name.
    Subject relatives far outnumber object relatives, and a named antecedent (a state, a body, a person)
    is the one that acts, so the pronoun is the subject and the noun the object, unless the finite verb
    disagrees with the antecedent in number. A thing named before the comma ("eine Waffenruhe, die
    Washington vermittelt hat") is what the clause's subject acts on, and keeps its parse. A pronoun
    read as the article of a name is parsed again before (`relative_articles`): the article reading
    left here is one of a common noun ("Polen, das Soldaten entsenden will") or a name the tagger did
    not mark so."""
    if verb.dep_ not in RELATIVE_CLAUSES or zu_infinitive_clause(verb) or verb.head.pos_ != "PROPN":
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")]
    pronoun = next((c for c in verb.children if c.tag_ == "PRELS" and c.dep_ == "obj"), None)
    if pronoun is not None and len(subjects) == 1 and subjects[0].pos_ in ("NOUN", "PROPN"):
        noun = subjects[0]
        ambiguous = all(word in RELATIVE_ARTICLES for word in _marking_words(noun))
    elif not subjects and len(objects) == 1 and not _passive(verb):
        # the pronoun read as the article of the one object: "die Aschgabat", "das Kenia"; an active
        # relative clause with no subject has it in the pronoun
        noun = objects[0]
        pronoun = next((c for c in noun.children if c.dep_ == "det" and c.i == noun.i - 1), None)
        ambiguous = pronoun is not None
    else:
        return
    if not ambiguous or pronoun.lower_ not in RELATIVE_ARTICLES or pronoun.i < 1:
        return
    if verb.doc[pronoun.i - 1].text != "," or not pronoun.i < noun.i < verb.i:
        return
    if not verb_final(verb):
        return
    # a verb-final form without an auxiliary is the finite one, though tagged a participle ("kritisiert")
    if disagrees_in_number(verb.head, clause_finite(verb) or verb):
        return
    pronoun.head, pronoun.dep_, noun.dep_ = verb, "nsubj", "obj"


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "aux:pass" or (c.lemma_ == "werden" and verb.tag_ == "VVPP") for c in verb.children)


def _demonstrative_read_as_adverb(verb: Token) -> None:
    """ "Dieser bot Ungarn Hilfe an": a demonstrative pronoun is never an adverb; alone before the finite
    verb, it is its subject where the verb has none or it is marked nominative. A second subject the
    parser gave the verb ("Ungarn") is then one of two, and word order decides as for any pair."""
    if verb.i == 0 or verb.tag_ not in FINITE_TAGS:
        return
    pronoun = verb.doc[verb.i - 1]
    if pronoun.head != verb or pronoun.dep_ != "advmod" or pronoun.tag_ not in DEMONSTRATIVE_TAGS:
        return
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "csubj", "expl")]
    if not subjects or "Nom" in pronoun.morph.get("Case"):
        pronoun.dep_ = "nsubj"


def _subject_of_a_subjectless_clause(verb: Token) -> None:
    """ "Mit Peseschkian vereinbarte Putin, …", "Am Montag nahm die Polizei … fest": an active finite
    clause always has a subject, but the parser sometimes labels it an object and leaves the verb none,
    or only a phrase marked accusative or dative ("ihn", "den Gast"). The first of its objects, if a
    name or a state body ("die Polizei", "die Armee") not marked so, is the subject then, the marked
    phrase an object. Clauses that may lack one are
    left alone: passives, zu-infinitives, a conjunct sharing the subject of the first verb, relative
    clauses (their pronoun may be the subject) and clauses with an expletive "es"."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "conj" or verb.tag_ == "VVIZU":
        return
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubj:pass", "csubj", "expl")]
    if len(subjects) > 1 or any(not _object_marked(s) for s in subjects):
        return
    if any(c.tag_ == "PRELS" or (c.lower_ == "zu" and c.dep_ == "mark") for c in children):
        return
    if _passive(verb):
        return
    # the morphologizer may give a finite form its mood alone ("ohne dass Athen protestierte")
    finite = [
        t
        for t in (verb, *(c for c in children if c.dep_ == "aux"))
        if "Fin" in t.morph.get("VerbForm") or t.morph.get("Mood")
    ]
    if not finite or "Imp" in finite[0].morph.get("Mood"):
        return
    first = min((c for c in children if c.dep_ in ("obj", "iobj")), key=lambda t: t.i, default=None)
    if first is None or _object_marked(first):
        return
    glued = _name_glued_to_a_body(first)
    # a name or a state body only (the entities come later): another object noun ("ein Fischerboot")
    # is as often an object whose subject the parse hung elsewhere; the tagger's case of "die", "das"
    # or "einer" was measured and proved too unreliable to mark one
    if glued is None and not (first.pos_ == "PROPN" or first.text in STATE_INSTITUTIONS_DE):
        return
    for marked in subjects:
        marked.dep_ = "iobj" if _dative(marked) else "obj"
    first.dep_ = "nsubj"
    if glued is not None:
        glued.head, glued.dep_ = verb, "obj"


def _name_glued_to_a_body(noun: Token) -> Token | None:
    """ "Mit großer Mehrheit hat die UN-Vollversammlung Russland aufgefordert", "forderte die neue Führung
    Frankreich auf": a body and the bare state name after it are subject and object, though the parser
    reads the name as the body's apposition. A body is never named by a bare state's or city's name in
    apposition (that is the genitive: "die Führung Frankreichs"), but a government may be by its leader's
    ("die Regierung Netanjahu"), so the name must be neuter, as the names of states and cities are."""
    name = next((c for c in noun.children if c.dep_ == "appos" and c.i == noun.i + 1), None)
    if name is None or name.pos_ != "PROPN" or any(name.children) or "Neut" not in name.morph.get("Gender"):
        return None
    return name if igo_prefixed(noun.text) or institution_sector_de(noun.text) is not None else None
