"""People held in custody, one vocabulary by sense for the rules that read them: captives a copula says
are free (`freed_subjects`), a state's own prisoners and opponents it sets free (`targets_domestic`),
those whose release asked for is their holder's own affair (`demanded_acts`), the people of an exchange
agreed on (`agreed_swaps`). Each is named by its lemma; a rule that reads the word as written takes the
forms derived here, one that reads the lemma takes the variants the lemmatiser gives."""

from __future__ import annotations

from collections.abc import Iterable

# those a state holds after arresting them; nominalised participles by their form in "-e" ("die
# Inhaftierten", "die Festgenommenen")
DETAINEES = frozenset({"häftling", "inhaftierte", "festgenommene", "verhaftete"})
# "Gefangene" may be prisoners of war, another state's people: only political ones are the holder's own
PRISONERS = DETAINEES | {"gefangene"}
# held by an armed group or in war: mostly another state's people
HOSTAGES = frozenset({"geisel", "kriegsgefangene"})
CAPTIVES = PRISONERS | HOSTAGES
# people a state holds for opposing it: released at home, whoever asks
OPPONENTS = frozenset({"oppositionelle", "regierungsgegner", "regimegegner", "regimekritiker", "regierungskritiker",
             "dissident", "demonstrant", "demonstrantin", "aktivist", "aktivistin", "journalist", "journalistin",
             "blogger", "bloggerin"})  # fmt: skip
HELD_AT_HOME = PRISONERS | OPPONENTS

# the plural endings of each kind of noun, by how its lemma ends: a nominalised participle ("die
# Inhaftierten"), a feminine in "-in", "Häftling", "Geisel", a masculine in "-er"; any other lemma is a weak
# masculine ("die Demonstranten"). A strong masculine's genitive singular besides ("die Festnahme des
# Bloggers"): the weak ones' is their plural already ("des Journalisten"). No other singular: a single
# person named is as often another state's ("die australische Journalistin")
DECLENSIONS = {"e": ("", "n"), "in": ("nen",), "ling": ("e", "en", "s"), "el": ("n",), "er": ("", "n", "s")}
WEAK_DECLENSION = ("en",)


def word_forms(lemmas: Iterable[str]) -> frozenset[str]:
    """The plurals of the lemmas as written, lower-cased, and a strong masculine's genitive singular:
    "häftlinge", "häftlingen", "bloggers"."""
    return frozenset(
        lemma + ending
        for lemma in lemmas
        for ending in next((e for end, e in DECLENSIONS.items() if lemma.endswith(end)), WEAK_DECLENSION)
    )


def lemma_variants(lemmas: Iterable[str]) -> frozenset[str]:
    """The lemmas as the lemmatiser may give them: a nominalised participle or adjective also in its
    masculine form ("ein Gefangener") or without its ending ("der Festgenommenen" → "festgenommen"), a
    feminine plural with its "-n" doubled ("Aktivistinnen" → "aktivistinn")."""
    variants = set()
    for lemma in lemmas:
        variants.add(lemma)
        if lemma.endswith("e"):
            variants |= {lemma + "r", lemma[:-1]}
        if lemma.endswith("in"):
            variants.add(lemma + "n")
    return frozenset(variants)
