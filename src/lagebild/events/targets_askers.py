"""Who asks for a hostile act is not its target. "Estlands Regierungschef rief die EU-Partner auf, die
Schattenflotte mit Sanktionen zu belegen", "Guterres rief die Regierung in Colombo auf, die Täter vor
Gericht zu stellen", "Kos verlangte, Belgrad müsse die Gewalt aufklären": the act asked for in the "zu"
infinitive or the "dass"/verb-second clause is done by the one asked, and a state asks others to punish,
criticise or investigate a third party, not itself. Aid, concessions and talks asked for do go to the
one who asks ("forderte Peking auf, die Zölle zurückzunehmen"), so only hostile acts are kept from the
asker; a charge ("warf Kiew vor, … angegriffen zu haben") reports an act, it asks for none. Nor are a
rejection, which answers whoever asked ("verlangte den Abzug, was Washington zurückwies"), and a cut in
relations, which may be with the asker itself ("verlangte, dass Warschau sein Botschaftspersonal
verkleinert"); sanctions and embargoes are the exception among cuts: a state asks others to impose them
on a third party ("Polens Präsident forderte die EU auf, neue Sanktionen zu verhängen"), never on
itself."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lagebild.events.arguments import STRONG_FORMS, children
from lagebild.events.asking_verbs import ASKING_VERBS
from lagebild.events.event_clauses import NOMINAL_POS
from lagebild.events.triggers import Trigger
from lagebild.pipeline.word_classes import PARTICLE_DEPS

# investigations (09), criticism (11), threats (13), protest (14), force posture (15), coercion (17) and
# violence (18-20), and sanctions or an embargo (163): aimed at others, never asked against oneself
ACTS_AGAINST_OTHERS = ("09", "11", "13", "14", "15", "163", "17", "18", "19", "20")
# the clause an asked-for act stands in under the asking verb, and the links within it
COMPLEMENTS = ("xcomp", "ccomp")
SUBJECT_PARTS = ("appos", "flat", "nmod", "nmod:poss", "amod")
MAX_SUBJECT_DEPTH = 4


def asker_of_hostile_act(span: Span, trigger: Trigger) -> bool:
    """`span` is the subject of the verb that asks for the trigger's act, and the act is hostile."""
    if not trigger.entry.code.startswith(ACTS_AGAINST_OTHERS):
        return False
    asking = _asking_verb(trigger.token)
    if asking is None:
        return False
    # the asker may be named by a part of the subject: an apposition, its state in the genitive or an
    # adjective ("Estlands Regierungschef Kristen Michal", "der iranische Außenminister")
    token, subjects = span.root, children(asking, "nsubj")
    for _ in range(MAX_SUBJECT_DEPTH):
        if token in subjects:
            return True
        if token.dep_ not in SUBJECT_PARTS:
            return False
        token = token.head
    return False


def _asking_verb(token: Token) -> Token | None:
    """The asking verb whose complement (or a verb coordinated in it) holds `token`."""
    clause = token.head if token.dep_ == "conj" else token
    if clause.dep_ not in COMPLEMENTS or clause.head == clause:
        return None
    # the parse may hang the infinitive on the one asked ("appellierte an die EU, … zu verurteilen")
    verb = clause.head.head if clause.head.pos_ in NOMINAL_POS else clause.head
    particles = [c.lower_ for c in verb.children if c.dep_ in PARTICLE_DEPS]
    lemma = STRONG_FORMS.get(verb.lower_, verb.lemma_.lower())
    return verb if lemma in ASKING_VERBS or any(p + lemma in ASKING_VERBS for p in particles) else None
