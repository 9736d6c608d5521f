"""Refusals by verbs that code no act of their own: "Paris werde das Abkommen nicht verlängern",
"kündigte an, die Annexion nicht anzuerkennen", "will die Grenzkontrollen nicht hinnehmen". Affirmed, these
verbs report no political event; negated under "will"/"werde" or in a declared "nicht zu" clause they
are the source's refusal (CAMEO 120), aimed at the target the normal target rules find. The negated
acts that have a code of their own become refusals in `refusals.refusals_of_unwilling`."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from lagebild.events.arguments import children
from lagebild.events.lexicon import LexiconEntry, VerbSet, bare_verb_entry
from lagebild.events.negation_scope import is_negating_determiner
from lagebild.events.refusals import NEGATION_WORDS, told_to, under_will
from lagebild.events.triggers import Trigger
from lagebild.pipeline.annotations import EventInfo, aimed_at

REFUSAL = "120"
# accepting, continuing, carrying out or giving up something another side wants. Verbs with an
# object-free lexicon row ("unterzeichnen" 057, "mittragen"/"billigen" 019) always have a trigger: their
# negation is recoded by `refusals.refusals_of_unwilling` where the code has a refusal
REFUSABLE = VerbSet({
    "verlängern": "verlängert;verlängerte;verlängert", "akzeptieren": "akzeptiert;akzeptierte;akzeptiert",
    "hinnehmen": "nimmt;nahm;hingenommen", "dulden": "duldet;duldete;geduldet",
    "tolerieren": "toleriert;tolerierte;toleriert", "anerkennen": "erkennt;erkannte;anerkannt",
    "übernehmen": "übernimmt;übernahm;übernommen", "zurücknehmen": "nimmt;nahm;zurückgenommen",
    "aufgeben": "gibt;gab;aufgegeben", "abgeben": "gibt;gab;abgegeben",
    "umsetzen": "setzt;setzte;umgesetzt", "erfüllen": "erfüllt;erfüllte;erfüllt",
})  # fmt: skip
# the object noun names the act or text refused and any actor attached to it is the side turned down
ENTRY_TARGET = "objattr"


def refused_act_triggers(sentence: Span, triggers: list[Trigger]) -> list[Trigger]:
    """A 120 trigger on each refusable verb negated and willed or declared that no trigger covers.
    A participle is a passive, also in reported speech ("das Abkommen werde nicht verlängert"): no one
    named takes a stand."""
    taken = {t.token.i for t in triggers}
    return [
        Trigger(token=verb, entry=_entry(verb.lemma_), particle=None, object_noun=None)
        for verb in sentence
        if verb.pos_ == "VERB"
        and verb.i not in taken
        and "Part" not in verb.morph.get("VerbForm")
        and verb in REFUSABLE
        and _negated(verb)
        and under_will(verb)
    ]


def _negated(verb: Token) -> bool:
    """ "werde das nicht hinnehmen", and "werde keine Parallelarmee dulden": "kein" on the object."""
    return any(c.dep_ == "advmod" and c.lower_ in NEGATION_WORDS for c in verb.children) or any(
        is_negating_determiner(d) for o in children(verb, "obj") for d in children(o, "det")
    )


def is_refused_act(trigger: Trigger) -> bool:
    """A trigger `refused_act_triggers` made: its negation is the refusal, which is asserted."""
    # one entry per verb, made here only: no lexicon row is the same object
    return trigger.entry is _entry(trigger.entry.lemma)


def told_refusals(found: list[EventInfo], triggers: list[Trigger]) -> list[EventInfo]:
    """The side a refusal is told to is the one it turns down ("Wien ließ Berlin wissen, man werde die
    Menschen nicht übernehmen"), before any actor the object names."""
    refused = {t.token.i for t in triggers if is_refused_act(t)}
    return [aimed_at(e, told_to(e) or e.target) if e.trigger.start in refused else e for e in found]


@cache
def _entry(lemma: str) -> LexiconEntry:
    return bare_verb_entry(REFUSAL, lemma, ENTRY_TARGET, "Paris werde das Abkommen nicht verlängern.")
