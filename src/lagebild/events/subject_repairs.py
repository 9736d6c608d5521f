"""Subjects a weak parse misplaces, and where the real one stands: a sentence adverb taken for the
subject ("Unterdessen nahm die Polizei … fest"), a finite verb hung on its subject as an attribute
("griffen Kämpfer der Miliz … an"), a subject labelled an object beside a reflexive, a headline
participle read as a passive, the row's object fronted before the verb ("Eine Neuwahl lehnte Tokajew
ab"), a subject the finite verb does not agree with in number, a fronted object before "er" ("Moskau
warf er vor"), a subject after the verb labelled a dative though its article is none.
`sources.sources_and_patient` decides when to ask."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    FINITE_TAGS,
    NON_DATIVE_ARTICLES,
    OBJECT_ARTICLES,
    ActorIndex,
    children,
    misparsed_as_attribute,
    names_an_event,
)
from lagebild.events.codebook import VERBAL_ROOTS
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.lexicon import german_lexicon
from lagebild.events.number_agreement import singular_participle_noun
from lagebild.events.triggers import Trigger

LIST_CONJUNCTIONS = {"und", "sowie", "oder"}  # a list of subjects joined by these is plural
# adverbs that open a sentence, capitalised there and so taken for nouns ("Unterdessen nahm die
# Polizei …", "Zugleich verhängten …")
SENTENCE_ADVERBS = {"unterdessen", "indessen", "indes", "derweil", "zugleich", "zudem", "außerdem",
                    "inzwischen", "daraufhin", "dennoch", "trotzdem", "gleichzeitig", "danach",
                    "anschließend", "zuvor", "bislang", "bisher", "seither", "später", "damals",
                    "immerhin", "allerdings", "jedoch", "dagegen", "hingegen", "wiederum", "stattdessen",
                    "mittlerweile", "schließlich", "zuletzt", "kürzlich", "jüngst", "bereits", "zunächst",
                    "erneut", "abermals", "nochmals", "ebenfalls", "ebenso", "gleichwohl", "offenbar",
                    "offiziell", "umgehend", "prompt", "sofort", "vorerst", "selten", "scharf", "deutlich",
                    "ausdrücklich", "öffentlich", "gestern", "heute", "nun", "jetzt"}  # fmt: skip

# endings that make a noun feminine ("Regierung", "Türkei", "Kommission", "Republik", "Führung")
FEMININE_ENDINGS = ("ung", "heit", "keit", "schaft", "ei", "ion", "tät", "republik")
# feminine names with no such ending, and the abbreviations of feminine bodies
FEMININE_NAMES = {"ukraine", "schweiz", "krim", "eu", "nato", "uno", "union", "opposition", "junta", "partei"}
# the feminine nominative article is "die": "der" and "einer" on a feminine noun mark a dative or genitive
FEMININE_OBJECT_ARTICLES = ("der", "einer")


def adverb_in_front(subject: Token, verb: Token) -> bool:
    """The "subject" is a sentence adverb before the finite verb: the subject follows the verb."""
    bare = subject.n_lefts + subject.n_rights == 0
    return subject.i < verb.i and bare and subject.lower_ in SENTENCE_ADVERBS


# words of comparison before a fronted phrase ("Wie Ungarn droht nun auch die Slowakei …", "Anders als
# Polen lehnt Ungarn …"): the phrase compared is not the subject, which follows the verb
COMPARISON_WORDS = {"wie", "als"}


def compared_in_front(subject: Token, verb: Token) -> bool:
    """The "subject" is the phrase a comparison puts before the finite verb of a main clause: "wie" or
    "als" right before it, the verb right after it."""
    start, end = subject.left_edge.i, subject.right_edge.i
    if verb.dep_ != "ROOT" or not subject.i < verb.i or start == subject.sent.start or end + 1 != verb.i:
        return False
    return subject.doc[start - 1].lower_ in COMPARISON_WORDS


def subject_taken_for_head(verb: Token) -> Token | None:
    """A finite verb the parse hung on a noun as its attribute or adverb, where that noun is the
    subject: after the verb in verb-second order ("In Jemen griffen Kämpfer der Miliz … an") or
    before it ("Angehörige der Geiseln demonstrierten …"). Not an act noun: that is the object."""
    noun = verb.head
    if verb.dep_ not in ("amod", "advmod") or noun.pos_ not in NOMINAL_POS or names_an_event(noun):
        return None
    finite = verb.tag_ == "VVFIN" or misparsed_as_attribute(verb)
    return noun if finite else None


PHRASE_PARTS = ("det", "amod", "nmod", "appos", "flat", "flat:name", "compound", "nummod", "det:poss")


def phrase_actor(noun: Token, actors: ActorIndex) -> Span | None:
    """The actor a subject noun phrase names, reading on from its head only as long as the words
    belong to it ("Kämpfer der Miliz des Generals"), not into an object the parse hung on it."""
    if noun.i in actors.by_token:
        return actors.by_token[noun.i]
    for token in noun.doc[noun.i + 1 : noun.sent.end]:
        if token.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") or token.dep_ not in PHRASE_PARTS:
            return None
        if token.lower_ in OBJECT_ARTICLES:  # "den Flughafen": an object the parse hung on the subject
            return None
        if token.i in actors.by_token:
            return actors.by_token[token.i]
    return None


def object_after(verb: Token, subject: Token, actors: ActorIndex) -> Span | None:
    """The actor of the verb's first object other than the subject the parse took for one."""
    taken = {t.i for t in subject.subtree}
    for candidate in children(verb, "obj", "iobj"):
        if candidate.i not in taken and candidate.i > subject.i:
            return actors.of_phrase(candidate)
    return None


def subject_beside_reflexive(verb: Token) -> Token | None:
    """The subject of a verb the parse gave none but a reflexive object: the other noun labelled an
    object is the subject ("weil sich beide Länder weigern")."""
    if children(verb, "nsubj", "nsubj:pass"):
        return None
    objects = children(verb, "obj")
    if any(o.lower_ == "sich" for o in objects):
        return next((o for o in objects if o.pos_ == "NOUN" and "Nom" in o.morph.get("Case")), None)
    return None


def subject_after_participle(verb: Token) -> bool:
    """A participle form the tagger took for a headline passive ("Gespräche mit Seoul verweigert
    Pjöngjang seit …") is active when the parse gives it a name as its subject after it and no passive
    marks; a noun after it is more likely the object the parse mislabelled."""
    after = any(c.i > verb.i and c.pos_ == "PROPN" for c in children(verb, "nsubj"))
    return after and not children(verb, "aux:pass", "nsubj:pass")


def act_object_in_front(trigger: Trigger, subject: Token) -> bool:
    """The labelled subject before the finite verb is the noun the row wants as the verb's object; one
    after it, in the middle field ("haben britische Kampfjets … angegriffen"), is the subject it was parsed as."""
    noun = trigger.object_noun
    finite = clause_finite(trigger.token) or trigger.token
    return subject.i < finite.i and (subject == noun or subject.lower_ in trigger.entry.objects)


# acts of saying: the verbal acts and the intentions and cooperation declared by word
SAYING_ROOTS = VERBAL_ROOTS | {"03", "05"}
# documents and statements do speak ("Die Abschlusserklärung forderte Russland auf", "Der Bericht wirft
# der Armee Folter vor"): a noun ending so is the subject it was parsed as
SPEAKING_NOUNS = ("erklärung", "resolution", "bericht", "beschluss", "brief", "note", "papier", "dokument",
                  "vereinbarung", "abkommen", "vertrag", "gesetz", "urteil", "entscheidung", "stellungnahme",
                  "mitteilung", "botschaft", "appell", "aufruf", "schreiben", "text", "antrag", "entwurf",
                  "plan", "kommuniqué", "studie", "umfrage", "analyse")  # fmt: skip


# nouns of acts by their ending ("Öffnung", "Festnahme"); not "-ion", which ends as many bodies as acts
# ("Union", "Opposition", "Organisation")
ACT_ENDINGS = ("ung", "ungen", "nahme", "nahmen")
# bodies and groups whose names end like acts
BODY_ENDINGS = ("regierung", "führung", "bewegung", "vertretung", "verwaltung", "vereinigung", "versammlung",
                "stiftung", "zeitung", "leitung", "gewerkschaft")  # fmt: skip


def act_noun_in_front(trigger: Trigger, subject: Token) -> bool:
    """An act named before a verb of saying, demanding, judging or threatening, parsed as its subject, is
    its fronted object: acts do not speak ("Einen Bruch mit Washington strebe N'Djamena nicht an", "Eine
    Öffnung schloss Onyeama aus", "Eine Klage erwägt Cotonou bislang nicht")."""
    verb, word = trigger.token, subject.lower_
    act = word in german_lexicon().nouns_by_form or word.endswith(ACT_ENDINGS)
    return (
        trigger.entry.kind == "V"
        and trigger.entry.code[:2] in SAYING_ROOTS
        and subject.i < verb.i
        and subject.pos_ == "NOUN"
        and act
        and not word.endswith(SPEAKING_NOUNS + BODY_ENDINGS)
    )


def name_after_finite(verb: Token, actors: ActorIndex) -> Span | None:
    """The name right after the finite verb, the subject in verb-second order; a bare name's case is
    the tagger's guess, an article marks an object ("lehnte den Vorschlag ab")."""
    finite = next((a for a in children(verb, "aux") if a.i < verb.i), verb)
    return _name_right_after(finite, actors)


def _word_after(finite: Token) -> Token | None:
    """The word right after the finite verb, in its sentence."""
    return finite.doc[finite.i + 1] if finite.i + 1 < finite.sent.end else None


def _name_right_after(finite: Token, actors: ActorIndex) -> Span | None:
    """The name that begins right after the finite verb, unless an article marks it an object: also
    "der" or "einer" on a feminine noun, a dative ("warf der Regierung vor")."""
    following = _word_after(finite)
    if following is None or following.i not in actors.by_token or following.lower_ in OBJECT_ARTICLES:
        return None
    span = actors.by_token[following.i]
    if following.lower_ in FEMININE_OBJECT_ARTICLES and is_feminine(span.root):
        return None
    return span if span.start == following.i else None


def is_feminine(noun: Token) -> bool:
    """A feminine noun by its ending or name. Not by the tagger's gender: it follows the article ("Der
    Türkei" tagged masculine) or guesses ("Der Oppositionelle Ilja Jaschin" with "Ilja" feminine)."""
    word = noun.lower_
    return word in FEMININE_NAMES or word.endswith(FEMININE_ENDINGS)


def clause_finite(verb: Token) -> Token | None:
    """The finite verb of the verb's clause: the verb itself, its finite auxiliary or modal, or, where
    the parse lost that link in a main clause ("Im Mai wollen Kenia und Uganda … unterzeichnen" with
    "wollen" hung on a noun), the finite auxiliary or modal before the verb within its clause."""
    if verb.tag_ in FINITE_TAGS:
        return verb
    own = [a for a in children(verb, "aux", "aux:pass") if a.tag_ in FINITE_TAGS]
    if own:
        return own[0]
    if verb.dep_ != "ROOT":
        return None
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        if token.text in (",", ";", ":"):
            return None
        if token.tag_ in ("VAFIN", "VMFIN"):
            return token
    return None


def _number(noun: Token) -> set[str]:
    """A noun phrase's number where its words mark it: a list joined by "und" is plural, else the
    number of an article or quantifier agreeing with the noun ("Wenige Stunden", "ein Abkommen") or
    a numeral above one. A bare noun's number is the tagger's guess ("Kämpfer", "Lehrer"): none."""
    conjuncts = [noun] if noun.dep_ == "conj" else children(noun, "conj")
    if any(c.lower_ in LIST_CONJUNCTIONS for conjunct in conjuncts for c in children(conjunct, "cc")):
        return {"Plur"}
    if singular_participle_noun(noun):
        return {"Sing"}
    number = set(noun.morph.get("Number"))
    for word in noun.children:
        # the parse labels a quantifier "dep" as often as "det" ("Wenige/dep Stunden")
        if word.dep_ in ("det", "dep") and set(word.morph.get("Number")) == number:
            return number
        if word.dep_ == "nummod" and word.like_num and word.lower_ not in ("1", "ein", "eine", "einer"):
            return {"Plur"}
    return set()


def nominative_taken_for_dative(subject: Token, finite: Token, verb: Token) -> Token | None:
    """The phrase right after the finite verb that the parse labelled a dative, though "das" and "die"
    mark no dative: in verb-second order it is the subject, and the lone word in front the parse took
    for the subject an adverbial ("Zeitgleich verhängte das Finanzministerium Sanktionen", "Enttäuscht
    zeigte sich auch das Pentagon", "Als Grund nannte das Auswärtige Amt …"). Not after a plural noun in
    front, which may be the subject ("Demonstranten forderten die Regierung auf")."""
    lone = all(c.dep_ == "case" for c in subject.children)
    if not lone or subject.i > finite.i or "Plur" in subject.morph.get("Number"):
        return None
    for dative in children(verb, "iobj") + children(finite, "iobj"):
        article = dative.left_edge
        between = verb.doc[finite.i + 1 : article.i]
        if article.lower_ in NON_DATIVE_ARTICLES and all(
            t.pos_ == "ADV" or t.lower_ == "sich" for t in between
        ):
            return dative
    return None


def disagrees_in_number(subject: Token, finite: Token) -> bool:
    """The labelled subject and the finite verb disagree in number, so the subject is another noun
    phrase: "Wenige Stunden vor dem Abflug hatte Nordkorea …", "Drei Geschosse feuerte Pjöngjang
    …", "Im Mai wollen Kenia und Uganda ein Abkommen … unterzeichnen" ("Abkommen" taken for it)."""
    verb_number, subject_number = set(finite.morph.get("Number")), _number(subject)
    return len(verb_number) == 1 and len(subject_number) == 1 and verb_number != subject_number


def agreeing_names_after(finite: Token, actors: ActorIndex) -> list[Span]:
    """The names right after the finite verb, where in German word order the subject stands when
    something else opens the clause, if they agree with the verb in number: one name for a verb in the
    singular ("Im Gegenzug übergab Kiew …"), a list of them or a plural name for one in the plural
    ("wollen Kenia und Uganda …"). A bare name's case is the tagger's guess; an article marking an
    object rules it out."""
    first = _name_right_after(finite, actors)
    if first is None:
        return []
    names = [first, *actors.listed_with(first)]
    number = set(finite.morph.get("Number"))
    plural = len(names) > 1 or "Plur" in first.root.morph.get("Number")
    agrees = number == {"Plur"} and plural or number == {"Sing"} and len(names) == 1
    return names if agrees else []


def pronoun_after_fronted(verb: Token, subject: Token, finite: Token) -> Token | None:
    """ "Moskau warf er vor, …", "Die Europäische Union forderte er auf, …": "er" right after the
    finite verb is the subject, nominative in its form; the noun phrase the parse labelled the
    subject before the verb is the fronted object."""
    following = _word_after(finite)
    if following is None or following.lower_ != "er" or subject == following:
        return None
    in_front = subject.i < finite.i and verb.i >= finite.i
    return following if in_front and subject.pos_ in NOMINAL_POS else None
