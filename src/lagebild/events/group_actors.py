"""Group nouns that stand for two or more states named before: "Beide Staatschefs kündigten an",
"Die drei Regierungen verurteilten …", "die Grenzkommissionen beider Länder", "telefonierte mit beiden
Staatschefs". The annotation guidelines code each state of the group; an act of the group with no one
else named is done to each other ("Beide Seiten sagten zu, erneut zusammenzukommen").

`implicit_sources.group_sources` reads "beide Länder" and "die drei Staaten" as a subject when the list
they count is named just before; here the group may also be named by its leaders, envoys, armies or
agencies, hang in the genitive on another noun ("die Delegationen beider Regierungen"), or count the
article's main pair: the two states the events so far have set against or beside each other most often
("Kirgisistan und Tadschikistan unterzeichneten …" three sentences before "Beide Staatschefs …")."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Span, Token

from lagebild.events.arguments import (
    ActorIndex,
    children,
    is_passive,
    is_state_side,
    is_time,
    passive_agents,
    preposition_of,
    side_of,
    start_of_sentences_before,
    subject_of,
)
from lagebild.events.codebook import FORCE_POSTURE_ROOT, FORCE_ROOTS, REDUCING_ROOT
from lagebild.events.count_words import ALL, BOTH, COUNTS, NUMERALS
from lagebild.events.event_clauses import NOMINAL_POS, VERBAL_POS
from lagebild.events.implicit_sources import DEFINITE, pair_named_before
from lagebild.events.meeting_words import MEDIATION
from lagebild.events.meetings import (
    EXCHANGES,
    MUTUAL_ROOTS,
    OFFER_TO_MEDIATE,
    ONE_SIDED_CODES,
    is_meeting_noun,
    partner_noun_subject,
)
from lagebild.events.prefield_subjects import prefield_sources
from lagebild.events.relative_subjects import subject_after_relative_object
from lagebild.events.story_pairs import civil_pair, main_pair
from lagebild.events.subject_repairs import clause_finite
from lagebild.events.targets_both_sides import CONFLICT_ROOTS, conflict_sides, mediators, speaker_sides
from lagebild.events.targets_camps import camp_of
from lagebild.events.targets_directed import acts_on_a_third_party
from lagebild.events.triggers import Trigger, noun_or_light_verb_phrases
from lagebild.kb.german import adjective_forms
from lagebild.pipeline.actor_lexicon import OFFICES_OF_ROLE, parse_role_de
from lagebild.pipeline.annotations import EventInfo
from lagebild.pipeline.segmentation import paragraph_opening
from lagebild.pipeline.word_classes import RELATIVE_TAGS

# words that make the subject's members act on each other ("sprachen miteinander"): "die Außenminister"
# doing so are two sides' (news does not report one cabinet's ministers meeting each other)
EACH_OTHER = {"miteinander", "einander", "gegenseitig"}
# verbs of meeting that are reciprocal with "sich" ("treffen sich") or by their particle
# ("kommen zusammen")
MEETING_VERBS = {"treffen", "zusammenkommen", "zusammentreffen", "zusammensitzen", "zusammensetzen"}


def _with_datives(*endings: str) -> tuple[str, ...]:
    """The endings and their dative plurals: a plural in -e or -er takes -n in the dative ("wirft beiden
    Ländern vor", "drohte den beiden Außenministern")."""
    return endings + tuple(e + "n" for e in endings if e.endswith(("e", "er")))


# plurals that stand for states, their governments, leaders, envoys, forces or agencies (word endings,
# so that compounds count: "Außenminister", "Nachbarstaaten", "Grenztruppen", "Geheimdienste")
GROUP_ENDINGS = _with_datives(
    "staaten", "länder", "seiten", "regierungen", "nachbarn", "mächte", "hauptstädte", "parteien",
    "chefs", "präsidenten", "minister", "ministerinnen", "kanzler", "premiers", "staatsoberhäupter",
    "delegationen", "unterhändler", "diplomaten", "botschafter", "gesandten", "vertreter",
    "armeen", "streitkräfte", "militärs", "truppen", "kommandeure", "generalstäbe",
    "dienste", "behörden", "kommissionen", "parlamente", "ministerien",
)  # fmt: skip
# plurals that stand for states only where a count word counts them ("die drei Europäer", "beide
# Verbündeten", "die drei Juntas", "seine beiden Gäste"): "die Europäer" alone are the EU, "die
# Verbündeten" anyone's allies, so a pair that meets each other is not read into them
COUNTED_ENDINGS = _with_datives("europäer", "verbündete", "juntas", "gäste", "kabinette")
GROUP_ENDINGS += COUNTED_ENDINGS
# the count of a group that is itself the owner in the genitive ("die Delegationen beider Regierungen")
OWNER_ENDINGS = _with_datives(
    "staaten", "länder", "seiten", "regierungen", "nachbarn", "mächte", "hauptstädte", "armeen"
)
# those who hold talks for their sides: with the definite article, counted or not ("empfing die
# Delegationen", "Die Unterhändler wollen sich erneut treffen", "die Gespräche der beiden Delegationen"),
# they are the two sides' own, those of the talks told of before
TALKS_DELEGATES = _with_datives("delegationen", "unterhändler", "verhandlungsführer", "verhandlungsteams")
# talks held by the two sides themselves: no visit or reception, which one side pays the other, and
# no mediation, whose source is a third
TALKS_CODES = ("040", "041", "044", "046")
# "beide Seiten", "die Konfliktparteien": the sides of what the story is about, whoever was named last
RELATIONAL_ENDINGS = ("seiten", "parteien")
# a list of the counted length is looked for in the group's sentence and the two before it
LIST_WINDOW = 2
# a group of three or more with no list naming them is counted over its sentence and this many before
GROUP_WINDOW = 5
# a bare office that counts holders of any office of its kind ("beide Minister" of two foreign ministers)
GENERIC_OFFICES = ("minister",)
# bare plurals of which a state often sends several ("die vier Minister" of a two-plus-two format are
# two states'): they count states only where a list names them
SEVERAL_PER_STATE = _with_datives("minister", "ministerinnen", "vertreter", "diplomaten")
# prepositions under which a group is addressed by the act ("appellierte an beide Regierungen",
# "telefonierte mit beiden Präsidenten", "Sanktionen gegen beide Länder")
ADDRESSING_PREPOSITIONS = {"an", "mit", "gegen", "zu", "für"}
# a group's pledges, consultations, agreements, cooperation, aid and concessions with no one else named
# are among its states ("Beide Seiten sagten zu, erneut zusammenzukommen"); its refusals or threats
# without a target are aimed at someone the sentence leaves out
AMONG_ITSELF_ROOTS = ("03", "04", "05", "06", "07", "08")
# a group's cuts in relations, troop moves and violence with no target found are aimed at each other
# ("Beide Armeen haben Truppen in die Grenzregion verlegt", "beide Länder zogen ihre Botschafter ab")
AT_EACH_OTHER_ROOTS = tuple(sorted(FORCE_ROOTS | {FORCE_POSTURE_ROOT, REDUCING_ROOT}))
# adjectives of a region whose states are fixed: "die baltischen Staaten", "den baltischen Regierungen"
# stand for each of them, as the guidelines code a list
REGION_MEMBERS = {"baltisch": ("EST", "LVA", "LTU")}
# their inflected forms, which the parse leaves as they stand ("den baltischen Regierungen")
REGION_ADJECTIVES = {
    form: states for stem, states in REGION_MEMBERS.items() for form in adjective_forms(stem)
}


def group_subject_states(trigger: Trigger, actors: ActorIndex, before: Sequence[EventInfo]) -> list[Span]:
    """The states a verb's group subject stands for ("Beide Staatschefs kündigten an"), or a passive's
    group agent ("wurde von den Außenministern beider Länder unterzeichnet")."""
    if trigger.entry.kind != "V":
        return []
    agent = _passive_agent(trigger.token)
    if agent is not None:
        # "Das Abkommen wurde von den Außenministern beider Länder unterzeichnet": the agent acts
        return group_members(agent, actors, before)
    subject = subject_of(trigger.token)
    if subject is None or subject.pos_ not in (*NOMINAL_POS, "PRON"):
        subject = _group_taken_for_object(trigger.token) or subject
    subject = _group_after_relative_pronoun(trigger.token, subject, actors) or subject
    if subject is None or not _plural_subject(subject):
        return []
    # "Lajčák und Borrell hatten beide Seiten gedrängt": the actors before the finite verb are the subject,
    # the group after it is addressed
    finite = clause_finite(trigger.token)
    if finite is not None and prefield_sources(trigger, trigger.token, subject, finite, actors):
        return []
    return group_members(subject, actors, before, fighting=_at_each_other(trigger))


def _group_after_relative_pronoun(verb: Token, subject: Token | None, actors: ActorIndex) -> Token | None:
    """ "die Erklärung, die beide Regierungen unterzeichnet hatten": the parse makes the relative
    pronoun the subject, but a thing that names no side signs nothing; the group after the pronoun
    does (`subject_after_relative_object`)."""
    if subject is None or subject.tag_ not in RELATIVE_TAGS or actors.of_phrase(verb.head) is not None:
        return None
    return subject_after_relative_object(verb, subject)


def _at_each_other(trigger: Trigger) -> bool:
    """A group's violence, or a hostile act it does to each other ("beide Seiten warfen einander
    Verstöße vor"): its sides are those of the conflict."""
    root = trigger.entry.code[:2]
    marks = {c.lower_ for c in trigger.token.children}
    return root in FORCE_ROOTS or root in CONFLICT_ROOTS and bool(marks & EACH_OTHER)


def _passive_agent(verb: Token) -> Token | None:
    """The "von"/"durch" phrase of a passive verb, the one who did the act ("wurde von beiden Seiten
    unterzeichnet"); the passive's subject is what it was done to."""
    if not is_passive(verb):
        return None
    agents = passive_agents(verb)
    return agents[0] if agents else None


def _group_taken_for_object(verb: Token) -> Token | None:
    """A pair the parse made the object of a verb it found no nominal subject for ("Außerdem haben beide
    Seiten vereinbart, …", "Immerhin vereinbarten beide, …" with "Immerhin" as the subject), or a group
    the pair owns ("sollen die Delegationen beider Regierungen zusammenkommen"): the group is the
    subject, as nothing else in the clause can be."""
    objects = children(verb, "obj")
    if len(objects) != 1 or objects[0].pos_ not in NOMINAL_POS:
        return None
    group = objects[0]
    if _count(group) == 2:
        return group if group.lower_ in BOTH or group.lower_.endswith(GROUP_ENDINGS) else None
    # "Morgen sollen die Zollbehörden beider Länder beraten": the pair owns the group
    owners = [*children(group, "nmod"), *_genitive_after(group)]
    owned = any(_count(o) == 2 and o.lower_.endswith(OWNER_ENDINGS) for o in owners)
    return group if owned and group.lower_.endswith(GROUP_ENDINGS) else None


def meeting_group_sides(trigger: Trigger, actors: ActorIndex, before: Sequence[EventInfo]) -> list[Span]:
    """The two states of a group that holds the talks a meeting noun names: its owner ("das Treffen der
    Außenminister beider Länder", "Gespräche beider Seiten") or its "zwischen" phrase ("eine Runde
    zwischen beiden Ländern"), or the group subject of its verb ("Die beiden Präsidenten haben ein
    Gespräch begonnen"). A meeting noun has no direction: the two meet each other. Any other act
    noun's "zwischen" group does the act between its states too, as a pair named there does
    (`mutual_sides`: "ein offener Krieg zwischen beiden Staaten", "Verhandlungen zwischen beiden
    Regierungen scheitern"); a mediator's goes between them (`mediated_group_sides`)."""
    if trigger.entry.kind != "N" or trigger.entry.code in (MEDIATION, OFFER_TO_MEDIATE):
        return []
    token = trigger.token
    between = [c for c in token.children if preposition_of(c) == "zwischen"]
    between = between or noun_or_light_verb_phrases(trigger, "zwischen")
    if not (between or is_meeting_noun(trigger)):
        return []
    owners = [*children(token, "nmod"), *_genitive_after(token)] if is_meeting_noun(trigger) else []
    for group in [*between, *owners]:
        members = group_members(group, actors, before)
        if len(members) == 2:
            return members
    return _group_partners(trigger, actors, before) if is_meeting_noun(trigger) else []


def _group_partners(trigger: Trigger, actors: ActorIndex, before: Sequence[EventInfo]) -> list[Span]:
    """The states of a group that is the subject of the verb over a meeting noun, where the verb
    agrees with a group and the meeting is held with no third party."""
    subject = partner_noun_subject(trigger)
    if subject is None or not _plural_subject(subject):
        return []
    members = group_members(subject, actors, before)
    return [] if len(members) < 2 or acts_on_a_third_party(trigger, actors, members) else members


def mediated_group_sides(trigger: Trigger, actors: ActorIndex, before: Sequence[EventInfo]) -> list[Span]:
    """The states a mediator goes between when its "zwischen" phrase is a group ("vermittelt zwischen
    den drei Ländern"): each state the group counts."""
    if trigger.entry.code != MEDIATION:
        return []
    for group in (c for c in trigger.token.children if preposition_of(c) == "zwischen"):
        members = group_members(group, actors, before)
        if len(members) >= 2:
            return members
    return []


def _plural_subject(group: Token) -> bool:
    """A group the parse took for the subject is one only if its verb agrees: a singular verb has
    another subject ("Moskau … rief beide Seiten zur Mäßigung auf": the group is the object). The
    tagger's case of the plural noun is too often wrong to tell; the article that opens the group is not."""
    if _dative(group):
        return False
    verbs = [group.head, *children(group.head, "aux", "aux:pass", "cop")]
    return not any(v.pos_ in VERBAL_POS and "Sing" in v.morph.get("Number") for v in verbs)


# a group opening with these is in the dative ("beiden Seiten", "den beiden Ländern"): the nominative
# is "beide Seiten" or "die beiden Seiten"
DATIVE_OPENINGS = ("beiden", "den")


def _dative(group: Token) -> bool:
    """A group in the dative is addressed, no subject: "Doha hatte … ausgesetzt und beiden Seiten mangelnden
    Willen vorgeworfen", where the verb that would disagree with the group is the first conjunct's."""
    return group.left_edge.lower_ in DATIVE_OPENINGS and group.left_edge.i < group.i


def group_targets(
    trigger: Trigger, sources: Sequence[Span], actors: ActorIndex, before: Sequence[EventInfo]
) -> list[Span]:
    """The states a group the act is addressed to stands for: its object or dative ("drohte beiden
    Ländern"), or a phrase with "an", "mit", "gegen" ("telefonierte mit beiden Präsidenten"). A group
    that holds a source is the subject misparsed ("weil sich beide Länder weigern"), no addressee."""
    token, doers = trigger.token, {side_of(s) for s in sources}
    # a passive's subject is what the act is done to ("Beide Länder wurden von der EU kritisiert")
    patients = (
        ("obj", "iobj", "obl:arg", "nsubj:pass")
        if _passive_agent(token) is not None
        else ("obj", "iobj", "obl:arg")
    )
    for child in token.children:
        # the parse labels many a bare dative obl:arg ("wirft beiden Ländern vor")
        bare_object = child.dep_ in patients and preposition_of(child) is None
        addressed = preposition_of(child) in ADDRESSING_PREPOSITIONS
        if bare_object or addressed and child.dep_ in ("obl", "nmod", "obl:arg", "obj", "iobj"):
            elsewhere = _sides_named_elsewhere(child, actors)
            # a single doer is no group subject misparsed: the group it addresses counts states other
            # than it ("China warf den drei Staaten vor" after China and the three were named)
            others_of = doers if len(doers) == 1 else frozenset()
            members = (
                _sides_of_conflict(child, token, actors, before)
                if elsewhere
                else group_members(child, actors, before, others_of)
            )
            if (
                not elsewhere
                and members
                and doers & {side_of(m) for m in members}
                and _relational_pair(child, actors)
            ):
                # the pair the sentence names is the speakers' ("Gemeinsam mit Macron rief sie beide
                # Seiten auf"): the sides addressed are the conflict's
                members = _sides_of_conflict(child, token, actors, before)
            if members:
                return [] if doers & {side_of(m) for m in members} else members
    return []


def _relational_pair(group: Token, actors: ActorIndex) -> bool:
    """ "beide Seiten", "die beiden Konfliktparteien": the two sides of what the story is about."""
    return group.i not in actors.by_token and _count(group) == 2 and group.lower_.endswith(RELATIONAL_ENDINGS)


def _sides_named_elsewhere(group: Token, actors: ActorIndex) -> bool:
    """ "beide Seiten", "die beiden Konfliktparteien" with the pair not named in the group's sentence."""
    if not _relational_pair(group, actors):
        return False
    return not (_last_list(group, 2, actors, group.sent.start) or pair_named_before(group, actors))


def _sides_of_conflict(
    group: Token, verb: Token, actors: ActorIndex, before: Sequence[EventInfo]
) -> list[Span]:
    """The sides addressed ("rief beide Seiten zur Zurückhaltung auf"): the article's main pair, unless a
    mediator or the speaker is one of the two (a state that talked to both sides of a conflict and
    criticised one of them is named with that one most often); then the sides of the article's
    conflict, else a pair listed just before ("Armenien und Aserbaidschan unterzeichneten …"); a pair
    of the group's paragraph with neither of these states wins (`pair_of_another_story`)."""
    speaker = speaker_sides(verb, actors)
    civil = civil_pair(before)
    if civil and not {side_of(c) for c in civil} & speaker:
        # a civil war's two camps ("Washington drohte beiden Seiten mit Strafen")
        return pair_of_another_story(group, civil, before, actors, exclude=speaker)
    main = main_pair(before)
    if main and not {side_of(m) for m in main} & (mediators(before) | speaker):
        return pair_of_another_story(group, main, before, actors, exclude=speaker)
    sides = conflict_sides(before, exclude=speaker)
    sides = sides or _last_list(group, 2, actors, start_of_sentences_before(group, LIST_WINDOW))
    # no pair coded or listed: the two states the article has named most ("Armenien … Baku … Eriwan …
    # Moskau wies das zurück und rief beide Seiten zur Zurückhaltung auf"), the speaker left out
    sides = sides or _most_named_pair(group, actors, exclude=mediators(before) | speaker)
    return pair_of_another_story(group, sides, before, actors, exclude=mediators(before) | speaker)


def group_members(
    noun: Token,
    actors: ActorIndex,
    before: Sequence[EventInfo],
    others_of: Collection[str] = frozenset(),
    fighting: bool = False,
) -> list[Span]:
    """The states a group noun phrase stands for, one actor span each; none where the phrase names an
    actor itself, is no group, or the states it counts cannot be told. A group of three or more counted
    from the states named just before leaves out those of `others_of` (the doer of an act addressed to
    the group); "beide Seiten" `fighting` each other are the sides of the conflict (`_members`)."""
    if noun.i in actors.by_token:
        return []
    region = _region_members(noun)
    if region:
        return _members_named(noun, region, actors)
    count = _count(noun)
    if count and (noun.lower_.endswith(GROUP_ENDINGS) or noun.lower_ in COUNTS):
        return _members(noun, count, actors, before, others_of, fighting)
    # "keine der beiden Regierungen" counts no one: only a noun owned by the group stands for it
    owners = [*children(noun, "nmod"), *_genitive_after(noun)] if noun.pos_ in NOMINAL_POS else []
    for owner in owners:
        owner_count = _count(owner)
        if owner_count and owner.lower_.endswith(OWNER_ENDINGS) and owner.i not in actors.by_token:
            return _members(owner, owner_count, actors, before, others_of, fighting)
    return []


def _region_members(noun: Token) -> tuple[str, ...]:
    """The states of a group noun with a region's adjective ("die baltischen Regierungen")."""
    if not noun.lower_.endswith(GROUP_ENDINGS):
        return ()
    adjectives = (c.lower_ for c in children(noun, "amod"))
    return next((REGION_ADJECTIVES[a] for a in adjectives if a in REGION_ADJECTIVES), ())


def _members_named(group: Token, states: Sequence[str], actors: ActorIndex) -> list[Span]:
    """The mention of each of `states` the article names, the latest before the group, else the first
    after it; states it does not name are left out, as no span could stand for them."""
    named: dict[str, Span] = {}
    for span, side in actors.named_sides:
        if side in states and (span.start < group.i or side not in named):
            named[side] = span
    return [named[s] for s in states if s in named]


def _genitive_after(noun: Token) -> list[Token]:
    """The noun of "beider Länder" or "der beiden Regierungen" right after `noun`, which the parse
    often hangs on the verb ("die Grenzkommissionen beider Länder sollen zusammentreten")."""
    doc, sentence_end = noun.doc, noun.sent.end
    words = [t.lower_ for t in doc[noun.i + 1 : min(noun.i + 4, sentence_end)]]
    if words[:1] == ["beider"] and len(words) > 1:
        return [doc[noun.i + 2]]
    if len(words) > 2 and words[0] == "der" and (words[1] in BOTH or words[1] in NUMERALS):
        return [doc[noun.i + 3]]
    return []


def _count(noun: Token) -> int:
    """How many the phrase counts: "beide(n)", "beider", or a numeral after the definite article;
    "beide" standing alone ("in Telefonaten mit beiden", whatever the tagger makes of it) or a numeral
    with its article ("Die drei vereinbarten …") counts itself."""
    if noun.lower_ in BOTH:
        return 2
    words = {c.lower_ for c in noun.children if c.dep_ in ("det", "nummod", "amod")}
    if noun.lower_ in NUMERALS and words & (DEFINITE | ALL):
        return NUMERALS[noun.lower_]
    if words & BOTH:
        return 2
    numeral = next((NUMERALS[w] for w in words if w in NUMERALS), 0)
    if not numeral and (_talks_delegates(noun, words) or _meeting_each_other(noun, words)):
        return 2
    return numeral if numeral and words & (DEFINITE | ALL) else 0


def _talks_delegates(noun: Token, words: set[str]) -> bool:
    """ "die Delegationen", "den Unterhändlern": plural by the article where the noun's form is also a
    singular's ("der Unterhändler" is one man, "die Unterhändler" are several)."""
    word = noun.lower_
    if not word.endswith(TALKS_DELEGATES):
        return False
    return "die" in words or bool(words & DEFINITE) and word.endswith(("en", "ern", "s"))


def _meeting_each_other(noun: Token, words: set[str]) -> bool:
    """ "Die Außenminister sollen sich treffen", "die Präsidenten sprachen miteinander": a plural with the
    definite article, subject of a verb done to each other, counts the pair the story is about. Without
    a count ("die vier Minister") a group of one state's officials would be read as two; one with an
    owner ("die Außenminister der Nato", "die Kommandeure beider Seiten") is counted by that owner."""
    verb = noun.head
    if "die" not in words or not noun.dep_.startswith("nsubj") or "Sing" in noun.morph.get("Number"):
        return False
    if noun.lower_.endswith(COUNTED_ENDINGS):
        return False
    # a time the parse hung on the noun ("die Regierungen jedes Jahr") owns nothing
    if any(not is_time(o) for o in children(noun, "nmod")) or _owner_after(noun):
        return False
    marks = {c.lower_ for c in verb.children}
    lemma = "".join(c.lower_ for c in verb.children if c.dep_ == "compound:prt") + verb.lemma_.lower()
    return bool(marks & EACH_OTHER) or lemma in MEETING_VERBS and ("sich" in marks or lemma != "treffen")


def _owner_after(noun: Token) -> bool:
    """A genitive or "aus"/"von" phrase right after the noun, however the parse hung it ("die Minister
    der Nato", "die Vertreter aus Kiew")."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < noun.sent.end else None
    return following is not None and following.lower_ in ("der", "des", "aus", "von", "beider")


def _members(
    group: Token,
    count: int,
    actors: ActorIndex,
    before: Sequence[EventInfo],
    others_of: Collection[str] = frozenset(),
    fighting: bool = False,
) -> list[Span]:
    """The states named in the group's sentence before it; for three or more, else the last list of as
    many states in the article. For a pair, else for "beide Seiten" the article's main pair (the sides
    of what the story is about, not a pair named in passing, as mediators), else the last pair listed
    in the two sentences before, else the main pair; a pair of the group's paragraph with neither of
    these states wins (`pair_of_another_story`); where none of these is found, the two states named just
    before (`_named_just_before`)."""
    in_sentence = _last_list(group, count, actors, group.sent.start)
    # "Beide Präsidenten", "die drei Außenminister": the holders of that office named just before
    holders = _office_holders(group, count, actors)
    if count != 2:
        # a list of three or more states is rare enough to be the one counted wherever it was named
        listed = in_sentence or holders or _last_list(group, count, actors, 0)
        if listed or group.lower_ in SEVERAL_PER_STATE:
            return listed
        return _named_just_before(group, count, actors, exclude=others_of)
    named = in_sentence or pair_named_before(group, actors) or holders
    if named:
        return named
    if group.lower_.endswith(TALKS_DELEGATES):
        # "die Delegationen", "die beiden Unterhändler" are those of the talks told of before, if any
        talks = _latest_talks(before)
        if talks is not None:
            return talks
    relational = group.lower_.endswith(RELATIONAL_ENDINGS)
    # the two camps of a civil war or a split state, where the story sets them against each other more
    # than any two states ("Die Regierung und die ELN unterzeichneten … Beide Seiten sagten zu")
    civil = civil_pair(before) if relational else []
    main = main_pair(before)
    # no act coded between them yet: the two camps the sentence before names, and no other state
    # ("Die Regierung und die M23 unterzeichneten eine Erklärung. Beide Seiten verpflichten sich …")
    civil = civil or (_camps_named_just_before(group, actors) if relational and not main else [])
    if civil:
        return pair_of_another_story(group, civil, before, actors)
    if relational and (fighting or not main):
        # pairs that tie: a mediator's talks with each side weigh as much as the sides' own conflict
        # ("Trump drängte Kiew … Moskau …; beide Seiten warfen einander Verstöße vor"), which is what
        # "beide Seiten" means; sides that fight or accuse each other are the conflict's, however often
        # a mediator's talks with one of them were coded
        sides = conflict_sides(before, exclude=mediators(before))
        main = sides if len(sides) == 2 or not main else main
    if relational and main:
        return pair_of_another_story(group, main, before, actors)
    window = start_of_sentences_before(group, LIST_WINDOW)
    # no list and no pair the events so far set apart: the two states the sentences just before name
    # ("Das bulgarische Parlament hob sein Veto auf. Auch das Parlament in Skopje stimmte zu. … die
    # Außenminister beider Länder"), as for a group of three
    chosen = _last_list(group, count, actors, window) or main
    chosen = chosen or _named_just_before(group, count, actors, exclude=_go_betweens(before))
    return pair_of_another_story(group, chosen, before, actors)


def _office_holders(group: Token, count: int, actors: ActorIndex) -> list[Span]:
    """The people of `count` states who hold the office a group noun names, named in its sentence
    before it or the two sentences before ("Putin wurde von Staatspräsident Tô Lâm empfangen. Zuvor
    hatte Putin mit Machthaber Kim unterzeichnet. Beide Präsidenten vereinbarten …": Putin and Tô Lâm,
    not Kim, whose state the story named last). The latest mention of each state; none where the noun
    names no office or the window names holders of more or fewer states: the count must fix them."""
    office = parse_role_de(group.text[:1].upper() + group.text[1:])
    if office is None:
        return []
    offices = {office.role, *OFFICES_OF_ROLE.get(office.role, ())}
    start = start_of_sentences_before(group, LIST_WINDOW)
    holders: dict[str, Span] = {}
    for span, side in actors.named_sides:
        held = span._.actor.role or ""
        of_kind = held in offices or office.role in GENERIC_OFFICES and held.endswith(office.role)
        if start <= span.start < group.i and is_state_side(side) and of_kind:
            holders[side] = span
    return list(holders.values()) if len(holders) == count else []


def _go_betweens(before: Sequence[EventInfo]) -> set[str]:
    """Sides that mediated before ("Die Emirate hatten vermittelt", "Gastgeber Kenia vermittelt die
    Gespräche"), or whom `mediators` finds between two sides in conflict: a pair they were named beside
    is the one they went between, not one of its sides."""
    mediated = {side_of(e.source) for e in before if e.code.startswith(MEDIATION) and e.source is not None}
    return mediated | mediators(before)


def _latest_talks(before: Sequence[EventInfo]) -> list[Span] | None:
    """The two states of the latest talks coded before (`TALKS_CODES`); [] where
    they were held within one state (its government and rebels, whose delegations the group cannot
    tell apart), None where no talks were coded."""
    for event in reversed(before):
        if not event.code.startswith(TALKS_CODES) or event.source is None or event.target is None:
            continue
        sides = side_of(event.source), side_of(event.target)
        if all(map(is_state_side, sides)):
            return [event.source, event.target] if sides[0] != sides[1] else []
    return None


def _named_just_before(
    group: Token, count: int, actors: ActorIndex, exclude: Collection[str] = frozenset()
) -> list[Span]:
    """The `count` states named in the sentences just before a group, where no list names them together
    (for a pair: where no pair was coded or listed either): a host and his two guests ("Tokajew empfing
    Mirzijojew und Dschaparow. Die drei Staatschefs vereinbarten …"), a state and the two it is at odds
    with ("Laos staut … Kambodscha und Vietnam warnen … Nun beraten die drei Regierungen"). The sentences
    are read back from the group's until they name `count` states (leaving out those of `exclude`); one
    that names more is no ground to count them."""
    latest: dict[str, Span] = {}
    sentence_end = group.i
    for _ in range(GROUP_WINDOW + 1):
        start = start_of_sentences_before(group.doc[sentence_end - 1], 0) if sentence_end else 0
        named = {
            side: span
            for span, side in actors.named_sides
            if start <= span.start < sentence_end
            and is_state_side(side)
            and side not in latest
            and side not in exclude
        }
        latest.update(named)
        if len(latest) >= count or start == 0:
            break
        sentence_end = start
    return list(latest.values()) if len(latest) == count else []


def _camps_named_just_before(group: Token, actors: ActorIndex) -> list[Span]:
    """The two camps of one state (`targets_camps`), its government or army and those who challenge it,
    that the sentence before the group's names, the latest span of each; none where that sentence
    names another state or camp, or only one."""
    start, end = start_of_sentences_before(group, 1), group.sent.start
    latest: dict[str, Span] = {}
    for span, side in actors.named_sides:
        if start <= span.start < end and is_state_side(side):
            latest[camp_of(span)] = span
    states = {side_of(span) for span in latest.values()}
    return list(latest.values()) if len(latest) == 2 and len(states) == 1 else []


def _last_list(group: Token, count: int, actors: ActorIndex, start: int) -> list[Span]:
    """ "Estland, Lettland und Litauen … die drei Staatschefs": a list of `count` different states
    named from token `start` up to the group, the latest first. A list of another length is no ground
    to count the group's states."""
    for i in range(group.i - 1, start - 1, -1):
        span = actors.by_token.get(i)
        if span is None or span.start != i:
            continue
        listed = [a for a in actors.of_phrases(span.root) if is_state_side(side_of(a))]
        if len(listed) == count and len({side_of(a) for a in listed}) == count:
            return listed
    return []


def pair_of_another_story(
    group: Token,
    chosen: list[Span],
    before: Sequence[EventInfo],
    actors: ActorIndex,
    exclude: Collection[str] = frozenset(),
) -> list[Span]:
    """The main pair of the events so far in the group's paragraph (leaving out those of `exclude`: the
    speaker, mediators) where it shares no state with the pair `chosen` from the article so far: the
    paragraph tells another story ("beide Seiten" in a round-up's paragraph on Kosovo are Serbia and
    Kosovo, however often an earlier paragraph set Russia against Norway). A paragraph pair with one of
    the chosen states is that state's talk with a third (a mediator, an ally), and `chosen` stands.
    Where no act in the paragraph set two states against or beside each other, the two states it
    names before the group's sentence are its pair ("Kosovarische Polizisten schlossen Postämter, die
    Serbien betrieb. Belgrad sprach von einer Provokation.")."""
    if not chosen:
        return chosen
    opening = paragraph_opening(group.doc, group.idx)
    in_paragraph = main_pair(
        [
            event
            for event in before
            if event.trigger.start_char > opening
            and not exclude & {side_of(a) for a in (event.source, event.target) if a is not None}
        ]
    )
    coded = bool(in_paragraph)
    in_paragraph = in_paragraph or _states_named_in(group, opening, actors, exclude)
    if not in_paragraph:
        return chosen
    chosen_sides, paragraph_sides = {side_of(c) for c in chosen}, {side_of(p) for p in in_paragraph}
    if not chosen_sides & paragraph_sides:
        return in_paragraph
    newcomer = paragraph_sides - chosen_sides
    # only a group that acts itself ("Beide Seiten wollen beraten"): one addressed by an appeal is the
    # conflict's, whoever else the paragraph names
    if (
        coded
        and group.dep_.startswith("nsubj")
        and len(newcomer) == 1
        and not newcomer & (mediators(before) | _sides_named_in_sentence(group, actors))
        and _paragraph_leaves_out(group, opening, actors, chosen_sides - paragraph_sides)
    ):
        return in_paragraph
    return chosen


def _sides_named_in_sentence(group: Token, actors: ActorIndex) -> set[str]:
    """The sides named in the group's sentence: a speaker there ("hieß es aus Moskau") is no side of it."""
    sentence = group.sent
    return {side for span, side in actors.named_sides if sentence.start <= span.start < sentence.end}


def _paragraph_leaves_out(group: Token, opening: int, actors: ActorIndex, sides: set[str]) -> bool:
    """None of `sides` is named from character `opening` to the end of the group's sentence (a side the
    sentence names after the group counts too: it is no side left out): a paragraph pair that
    shares one state with the article's pair, its other state never named there, is the pair the
    paragraph tells of ("Russland und Belarus … Beide Seiten wollen …" after a story of Russia and
    Ukraine)."""
    return bool(sides) and not any(
        opening < span.start_char < group.sent.end_char and side in sides for span, side in actors.named_sides
    )


def _most_named_pair(group: Token, actors: ActorIndex, exclude: set[str]) -> list[Span]:
    """The two states named most often before the group's sentence, the latest span of each; none where
    a third is named as often as the second (no pair stands out)."""
    counts: dict[str, int] = {}
    latest: dict[str, Span] = {}
    for span, side in actors.named_sides:
        if span.start_char < group.sent.start_char and is_state_side(side) and side not in exclude:
            counts[side] = counts.get(side, 0) + 1
            latest[side] = span
    ranked = sorted(counts, key=counts.__getitem__, reverse=True)
    if len(ranked) < 2 or len(ranked) > 2 and counts[ranked[1]] == counts[ranked[2]]:
        return []
    return [latest[ranked[0]], latest[ranked[1]]]


def _states_named_in(group: Token, opening: int, actors: ActorIndex, exclude: set[str]) -> list[Span]:
    """The two states named from character `opening` up to the group's sentence, the latest span of
    each; none where more or fewer are named."""
    latest: dict[str, Span] = {}
    for span, side in actors.named_sides:
        if opening < span.start_char < group.sent.start_char and is_state_side(side) and side not in exclude:
            latest[side] = span
    return list(latest.values()) if len(latest) == 2 else []


def among_themselves(trigger: Trigger, group: Sequence[Span], actors: ActorIndex) -> list[tuple[Span, Span]]:
    """A group that meets, agrees or consults ("Beide Seiten vereinbarten, die Gespräche mit Paris
    fortzusetzen") does so with each other, both ways, as a pair named by their names would
    (`meetings.mutual_sides`); not where it acts on a third party named as the object."""
    entry = trigger.entry
    mutual = entry.code[:2] in MUTUAL_ROOTS or entry.lemma in EXCHANGES
    if not mutual or entry.kind != "V" or entry.code.startswith(ONE_SIDED_CODES):
        return []
    sides = {side_of(m) for m in group}
    objects = [actors.of_phrase(c) for c in children(trigger.token, "obj", "iobj")]
    if any(o is not None and side_of(o) not in sides for o in objects):
        return []
    if acts_on_a_third_party(trigger, actors, list(group)):
        return []
    # camps, not states: the two camps of a civil war agree with each other too
    return [(one, other) for one in group for other in group if camp_of(one) != camp_of(other)]


def acts_among_itself(trigger: Trigger, roots: tuple[str, ...] = AMONG_ITSELF_ROOTS) -> bool:
    """A cooperative act of the verb's own subject ("Beide Seiten sagten zu, …"), which a group does
    among its states unless it names someone else; with `roots`, an act of those roots."""
    # a group only controlling the act ("rief die drei Hauptstädte auf, zurückzukehren") does it alone
    subject = subject_of(trigger.token)
    return trigger.entry.code.startswith(roots) and subject is not None and subject.dep_ == "nsubj"


def toward_each_other(
    trigger: Trigger, pairs: list[tuple[Span, Span | None]], group: Sequence[Span]
) -> list[tuple[Span, Span | None]]:
    """A group's cooperative act with no one else named is done among its states: "Beide Seiten sagten
    zu, erneut zusammenzukommen" is each side's pledge to the other; so is its hostile act, at each
    other ("Beide Seiten haben Truppen an die Grenze verlegt")."""
    if not acts_among_itself(trigger, AMONG_ITSELF_ROOTS + AT_EACH_OTHER_ROOTS):
        return pairs
    if trigger.entry.code.startswith(AT_EACH_OTHER_ROOTS) and _aimed_at_a_pronoun(trigger.token):
        return pairs
    mutual: list[tuple[Span, Span | None]] = []
    for source, target in pairs:
        others = [m for m in group if camp_of(m) != camp_of(source)] if target is None else []
        mutual += [(source, other) for other in others] or [(source, target)]
    return mutual


def _aimed_at_a_pronoun(verb: Token) -> bool:
    """A hostile act whose object is a pronoun, resolved or not ("hätten ihr den Rücken gekehrt"), is
    aimed at that one; "sich" is no one else ("lieferten sich Gefechte" is at each other)."""
    objects = children(verb, "obj", "iobj", "obl:arg")
    return any(o.pos_ == "PRON" and "Yes" not in o.morph.get("Reflex") for o in objects)
