"""Targets at home: a state's police, army or government acting on its own people ("Die Polizei nahm
mehrere Dutzend Demonstranten fest", "verhängte eine Ausgangssperre", "bombardierte Stellungen der
Guerilla"). The people are named by a common noun the actor stage resolves to no actor, so the parse
yields no target; the state they belong to is where the act happens, else the source's own state.
The CAMEO gold codes these as the state's civilians, opposition or rebels (BLRGOV → BLRCVL). The other
way round, a party or the opposition demanding, criticising or threatening with no one named aims at
its own government ("Die Union drohte mit einem Untersuchungsausschuss": DEU → DEU)."""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Span, Token

from lagebild.events.arguments import (
    ACTOR_REF_SPANS,
    AGENT_PREPOSITIONS,
    actor_in_compound,
    actor_of,
    adjective_actor,
    children,
    clause_tokens,
    entity_at,
    lassen_of,
    own_state,
    preposition_of,
    side_of,
    stand_in,
    state_of_adjective,
    state_ref,
    with_preposition,
)
from lagebild.events.codebook import VIOLENCE_ON_PEOPLE_ROOTS
from lagebild.events.event_clauses import clause_verb
from lagebild.events.held_people import DETAINEES, OPPONENTS, PRISONERS, word_forms
from lagebild.events.targets_camps import AT_HOME, ROLE
from lagebild.events.triggers import Trigger
from lagebild.pipeline.actor_lexicon import PEOPLE_GROUPS_DE, lowered
from lagebild.pipeline.word_classes import PERSON_LABELS, SUBJECT_DEPS

# armed groups fighting their own state, when force or coercion is used against them or relations
# with them are cut ("setzte die Gespräche mit den Rebellen aus"); a foreign government judging
# rebels ("warf den Rebellen vor") does not act at home. Armed gangs, too, are fought, threatened and
# policed by their own state ("kündigte an, mit aller Härte gegen die Bandenchefs vorzugehen"); not
# cartels, as often named by the state they are smuggled into ("stuft sechs Kartelle als ausländische
# Terrororganisationen ein")
INSURGENTS = frozenset({"rebellen", "aufständische", "aufständischen", "guerilla", "guerillas", "separatisten",
              "milizen", "milizionäre", "banden", "bandenchefs", "bandenführer", "bandenmitglieder",
              "drogenbanden"})  # fmt: skip
# coercion (17), assault (18) and mass violence (20) act on the people; threats (13), fighting (19) and
# reducing relations (16) on insurgents
DOMESTIC_ROOTS = ("17", "18", "20")
INSURGENCY_ROOTS = ("13", "16", "17", "18", "19", "20")
# released at home: political prisoners and government opponents; hostages or "Frauen und Kinder"
# freed by an armed group are mostly another state's people
RELEASE_CODE = "0841"
OPPONENT_FORMS = word_forms(OPPONENTS)
# people a state holds in custody ("Häftlinge", "die Festgenommenen"); "Gefangene" may be prisoners of
# war, another state's people: only political ones are the own
DETAINEE_FORMS, PRISONER_FORMS = word_forms(DETAINEES), word_forms(PRISONERS)
# verbs whose subject is the one set free, not who frees: "Dutzende Häftlinge kamen frei"
FREED_SUBJECT_VERBS = frozenset({"freikommen"})
# a gathering the parse makes the object ("löste die Kundgebung auf") stands for the people in it
GATHERINGS = frozenset(("demonstration", "demonstrationen", "kundgebung", "kundgebungen", "proteste"))
# people of a state as a group, never a state's representatives abroad (the actor stage's groups of
# people, the opponents and prisoners above). Migrants, refugees and hostages are excluded on purpose:
# they are usually another state's people ("wies Migranten zurück")
PEOPLE = lowered(PEOPLE_GROUPS_DE) | OPPONENT_FORMS | PRISONER_FORMS | GATHERINGS
POLITICAL = ("politisch",)
# a curfew or a state of emergency is imposed on the own population, with or without an object
ON_THE_POPULATION = ("1723", "1724")
# a resignation answers the own people ("ist zurückgetreten", "die Macht abgeben"), and administrative
# sanctions are a state's on its own people ("entließ ihn", "entzog ihm den Vorsitz", "untersagte jede
# politische Tätigkeit"), unless the clause names another state's actor or people ("dem ukrainischen
# Kommandeur die Einreise verweigert", "die PKK zur Terrororganisation erklären"). So is easing political
# restrictions, a curfew or martial law ("hob das Kriegsrecht wieder auf"): it yields to the own people
AT_HOME_UNLESS_FOREIGN = ("0831", "172", "0811", "0812", "0813", "0814")
# a change of policy yields to the own people where what is given up is a law ("zog das umstrittene
# Finanzgesetz zurück"); a decision revised may be one on another state ("revidierte ihre Entscheidung")
POLICY_CHANGE = "0832"
LAW = "gesetz"
FOREIGN = ("ausländisch", "fremd")  # "als ausländische Terrororganisationen eingestuft"
POPULATION = "Bevölkerung"
# where an act happens, not where people are taken to ("nach Guatemala ausfliegen lassen")
PLACE_PREPOSITIONS = ("in", "im", "bei", "beim", "vor", "auf", "an", "am")
# a deportation's place is where the deported are sent ("schiebt sie in die USA ab"), not where the
# state acts: the own people it deports are the state's, not the destination's. Those it has just set
# free and deports ("lässt 222 Oppositionelle frei und schiebt sie in die USA ab") are its own
# prisoners, whom the deportation names by a pronoun only
DEPORTATION = "174"
RELEASED = "frei"
# the police acts on its own people: arrests, repression and force it uses with no one named ("Die
# Polizei setzte Tränengas ein", "ging mit Wasserwerfern vor") are aimed at the state's civilians; not
# expulsions, nor anything at a border ("Grenzschützer", "am Grenzübergang"): there it faces foreigners
POLICE_ROLE = "COP"
COERCION_ROOT = "17"
# the one an arrest is done to: its object, or the subject of the passive ("wurde festgenommen"); the
# weak parse labels an object after the verb a subject too ("nahm der Geheimdienst Erzbischof X fest")
PATIENT_DEPS = ("obj", "nsubj:pass", "nsubj")
POLICE_CODES = ("173", "175", "18", "19")
BORDER = "grenz"
COURT_ROLE = "JUD"
COURT_CODES = ("116", "173")  # sentencing, charging
# a prosecutor or court investigates its own state's people ("leitete Ermittlungen gegen mehrere Beamte
# ein") unless the clause names a foreigner
INVESTIGATION_ROOT = "09"
# incidents whose cause is what an inquiry asks: "Ermittlungen zu der Explosion", "untersuchen den
# Einschlag"; not a mere "Vorfall", which a government inquires into at home as often as not
INCIDENTS = ("einschlag", "explosion", "absturz", "sabotage", "todesursache")
# killings on a mass scale and ethnic cleansing are mostly of a state's own people ("Milizen töteten
# Hunderte Dorfbewohner", "ermordeten mehr als 8000 bosnische Muslime"); the gold codes the state where
# they happen, else the perpetrator's own, unless the clause names the victims' foreign nationality.
# Not mass expulsion (201): deported people are as often foreigners ("schob Tausende Afghanen ab")
MASS_KILLING_CODES = ("202", "203")
VICTIM_PREPOSITION = "an"  # "ein Massaker an Zivilisten"
# fighting at a place of the source's own state ("In Libyen griffen Truppen den Flughafen an", "lieferten
# sich in Culiacán Gefechte") is against that state's rebels or people, unless the clause names a
# foreigner. Not coercion or assault: their place is often a destination ("zur Landung in Minsk
# gezwungen") and those acted on as often foreigners as the own people (kept out by measurement)
FIGHTING_ROOT = "19"
# rebels fight their own state: an advance or attack of theirs on the ground that names no one
# ("Sollten die Aufständischen die Gasanlagen angreifen", "Die Miliz rückte weiter vor") is against
# its government. Not rockets, shelling or drones (194-196): fired by a militia across a border as
# often ("feuerte Raketen auf Nordisrael ab", with the place unresolved)
INSURGENT_ROLE = "REB"
GROUND_FIGHTING_CODES = ("190", "191", "192", "193")
# the opposition and the parties demand, criticise, reject and threaten at home: "Die Union drohte mit
# einem Untersuchungsausschuss", "Kritik aus der Opposition" are aimed at their own state's government
# where the clause names no one else (the gold codes DEU → DEU)
PARTY_ROLES = ("OPP", "PTY")
PARTY_ROOTS = ("10", "11", "12", "13")
GOVERNMENT = "GOV"
# political figures out of office (challengers, candidates, their supporters: "Herausforderer Diallo
# erhob Betrugsvorwürfe", "Anhänger Castillos verlangten seine Freilassung") demand and criticise at
# home like the opposition; but the actor stage also files office holders under it when its dates lag,
# and one the text names by a government office ("Finanzminister Ishaq Dar", "Senegals Präsident")
# acts for the state, often abroad
ELITE_ROLE = "ELI"
GOVERNMENT_OFFICES = ("präsident", "premier", "minister", "regierungschef", "kanzler", "staatschef")
FORMER = ("ex-", "früher", "ehemalig", "gestürzt", "abgesetzt")
# a title that puts its bearer in opposition ("Oppositionsführer Robert Fico", "Oppositionschef X"),
# whatever office the actor stage filed him under when its dates lag
OPPOSITION = "opposition"


def domestic_target(trigger: Trigger, source: Span) -> Span | None:
    """The state whose people (or insurgents) an act of the source's is done to, as a stand-in span
    on the noun that names them; None where the clause names no such group."""
    code = trigger.entry.code
    words = frozenset()
    words |= INSURGENTS if code[:2] in INSURGENCY_ROOTS else frozenset()
    words |= PEOPLE if code[:2] in DOMESTIC_ROOTS else frozenset()
    words |= OPPONENT_FORMS | PRISONER_FORMS if code.startswith(RELEASE_CODE) else frozenset()
    group = _group_noun(trigger, words) if words else None
    if group is not None and group.lower_ in PRISONER_FORMS and code.startswith(RELEASE_CODE):
        group = group if _political(group) or _own_prisoners(group, trigger, source) else None
    at_home = _police_at_home(trigger, source) or _court_at_home(trigger, source)
    at_home = at_home or _person_held_at_home(trigger, source)
    at_home = at_home or _investigated_at_home(trigger, source) or _fighting_at_home(trigger, source)
    at_home = at_home or _insurgents_fighting(trigger, source) or _deports_the_released(trigger, source)
    mass_killing = _mass_killing_at_home(trigger, source)
    at_home = at_home or mass_killing
    unless_foreign = (
        code.startswith(AT_HOME_UNLESS_FOREIGN) or code == POLICY_CHANGE and _gives_up_a_law(trigger)
    )
    at_home = at_home or unless_foreign and not names_a_foreigner(trigger.token, source)
    if group is None and not code.startswith(ON_THE_POPULATION) and not at_home:
        return _own_government(trigger, source)
    violence = (
        code[:2] in VIOLENCE_ON_PEOPLE_ROOTS
        and group is not None
        and group.lower_ in PEOPLE
        and not mass_killing
    )
    # people killed or assaulted by an army are as often foreign as its own ("töteten Zivilisten"):
    # only the place tells
    place = None if code.startswith(DEPORTATION) else state_where(trigger)
    state = place or (None if violence else own_state(source))
    if state is None:
        return None
    suffix = "REB" if group is not None and group.lower_ in INSURGENTS else "CVL"
    name = group.text if group is not None else POPULATION
    actor = state_ref(name, state, suffix)
    # an object the NER took for a name ("Pfefferspray") carries no stand-in: the verb does
    anchors = (a for a in (group, trigger.object_noun, trigger.token) if a is not None)
    doc = trigger.token.doc
    return next(filter(None, (stand_in(doc, a.i, a.i + 1, actor) for a in anchors)), None)


def _police_at_home(trigger: Trigger, source: Span) -> bool:
    actor = actor_of(source)
    police = actor is not None and (actor.actor_code or "").endswith(POLICE_ROLE)
    if not police or not trigger.entry.code.startswith(POLICE_CODES):
        return False
    return not any(BORDER in t.lower_ for t in (*source, *clause_tokens(trigger.token)))


def _deports_the_released(trigger: Trigger, source: Span) -> bool:
    """A deportation joined to a release ("lässt … frei und schiebt sie … ab", "wurden freigelassen und
    abgeschoben"): its people are the ones released, the state's own unless the release names them by
    a nationality ("ließ den amerikanischen Reporter frei"). The deportation's own clause names the
    destination, a foreign state, so it cannot tell."""
    verb = trigger.token
    if verb.dep_ != "conj" or not trigger.entry.code.startswith(DEPORTATION) or own_state(source) is None:
        return False
    # the parse hangs the deportation on the release's particle or participle, or on its verb ("lässt")
    head = verb.head
    release = head.head if head.lower_ == RELEASED else head
    if not head.lower_.startswith(RELEASED) and not any(
        c.lower_ == RELEASED for c in children(release, "compound:prt")
    ):
        return False
    return not any(adjective_actor(p) or actor_in_compound(p) for p in children(release, "obj"))


def _person_held_at_home(trigger: Trigger, source: Span) -> bool:
    """A state's coercion of a person the actor stage places in no state ("ließ den Milliardär Samwel
    Karapetjan festnehmen", "stellte den Blogger unter Hausarrest"): a foreigner it holds is named
    as one ("den US-Journalisten"), and the parse finds that state first; one it does not is its own."""
    if not trigger.entry.code.startswith(COERCION_ROOT) or own_state(source) is None:
        return False
    verb = trigger.token
    heads = [verb, *filter(None, [lassen_of(verb)])]
    patients = [
        p
        for head in heads
        for p in children(head, *PATIENT_DEPS)
        if p.i not in range(source.start, source.end)
    ]
    # "den amerikanischen Unternehmer X": the nationality names the state, wherever the parse hung it
    foreign = any(adjective_actor(p) or actor_in_compound(p) for p in patients)
    return any(_unplaced_person(p) for p in patients) and not foreign and not names_a_foreigner(verb, source)


def _unplaced_person(noun: Token) -> bool:
    """A person's name, or a noun naming one ("den Milliardär Samwel Karapetjan"), of no known state."""
    names = [noun, *(c for c in noun.children if c.dep_ in ("appos", "flat", "flat:name"))]
    for token in names:
        entity = entity_at(token)
        if entity is not None and entity.label_ in PERSON_LABELS:
            return side_of(entity) is None
    return False


def names_a_foreigner(trigger: Token, source: Span) -> bool:
    """The trigger's clause names an actor, or a nationality, of another side than the source's."""
    side, doc = side_of(source), trigger.doc
    clause = {t.i for t in clause_tokens(clause_verb(trigger))}
    if any(doc[i].lower_.startswith(FOREIGN) for i in clause):
        return True
    spans = [*doc.ents, *doc.spans.get(ACTOR_REF_SPANS, [])]
    named = [s for s in spans if s.root.i in clause and actor_of(s) is not None]
    named += filter(None, (state_of_adjective(doc[i]) for i in clause))
    return any(side_of(span) not in (None, side) for span in named)


def _court_at_home(trigger: Trigger, source: Span) -> bool:
    """A state's court charges and sentences its own people ("Der Oppositionsführer wurde zu zwölf
    Jahren Haft verurteilt"); a foreigner it tries is named, and the parse finds him first."""
    actor = actor_of(source)
    court = actor is not None and (actor.actor_code or "").endswith(COURT_ROLE)
    if not court or not trigger.entry.code.startswith(COURT_CODES):
        return False
    # "den US-Journalisten", "einen britischen Staatsbürger": a nationality the parse may not resolve
    patients = children(trigger.token, "obj", "nsubj:pass")
    return not any("-" in p.text or any(state_of_adjective(a) for a in children(p, "amod")) for p in patients)


def _investigated_at_home(trigger: Trigger, source: Span) -> bool:
    """A state's prosecutor, court or government investigates what the clause does not place abroad
    ("Die Staatsanwaltschaft leitete Ermittlungen gegen mehrere Beamte ein", "kündigte eine
    Untersuchung an", "will den Fall untersuchen lassen"): an inquiry into another state's doings names
    that state or its people, so one that names none is the state's own affair (the gold codes the
    own state). Not an international body's: it has no home of its own (`own_state`)."""
    return (
        trigger.entry.code.startswith(INVESTIGATION_ROOT)
        and own_state(source) is not None
        and not names_a_foreigner(trigger.token, source)
        and not sentence_names_a_foreigner(trigger.token, source)
    )


def inquires_into_an_incident(trigger: Trigger, source: Span) -> bool:
    """A state's inquiry into an incident of unknown cause ("ermittelt wegen möglicher
    Brandstiftung", "untersuchen den Einschlag", "die Todesursache werde untersucht") asks what happened,
    not about its own people nor about a state named nearby or before: its doer is unknown, so the
    inquiry has no target unless the parse finds one ("ermittelt gegen die Besatzung des Tankers")."""
    if not trigger.entry.code.startswith(INVESTIGATION_ROOT) or own_state(source) is None:
        return False
    clause = clause_tokens(clause_verb(trigger.token))
    # the incident may head a compound or close it ("Sabotageakt", "Drohnenabsturz", "Gasexplosion")
    words = [t.lower_ for t in clause if not source.start <= t.i < source.end]
    return any(incident in word for word in words for incident in INCIDENTS)


def sentence_names_a_foreigner(trigger: Token, source: Span, nationalities: bool = False) -> bool:
    """Another state than the source's named anywhere in the sentence, also in a compound ("den
    US-Chiphersteller"), with `nationalities` also by an adjective ("ein vietnamesisches Fischerboot"):
    an inquiry's object or an arrest's prisoner is often in a clause of its own ("warf den Botschaftern
    der EU-Staaten vor … und kündigte an, ihre Kontakte zu durchleuchten"), so the sentence, not the
    clause, must be free of foreigners for the act to be a domestic one."""
    side, sentence = side_of(source), trigger.sent
    spans = [*trigger.doc.ents, *trigger.doc.spans.get(ACTOR_REF_SPANS, [])]
    named = [s for s in spans if sentence.start <= s.start < sentence.end and actor_of(s) is not None]
    named += filter(
        None, (actor_in_compound(t) or (state_of_adjective(t) if nationalities else None) for t in sentence)
    )
    return any(side_of(span) not in (None, side) for span in named)


def _mass_killing_at_home(trigger: Trigger, source: Span) -> bool:
    """Mass killing by a state's forces or armed groups whose victims the clause gives no foreign
    nationality."""
    return (
        trigger.entry.code.startswith(MASS_KILLING_CODES)
        and own_state(source) is not None
        and not names_a_foreigner(trigger.token, source)
        and not _victims_named_as_a_group(trigger)
    )


def _victims_named_as_a_group(trigger: Trigger) -> bool:
    """ "ein Massaker an Bosniaken", "Völkermord an den Tutsi": victims named as a people of their own,
    which may be another state's; only people named as such ("an Zivilisten") are the state's own."""
    heads = [trigger.token, *filter(None, [trigger.object_noun])]
    victims = [v for head in heads for v in with_preposition(head, VICTIM_PREPOSITION)]
    return any(v.lower_ not in PEOPLE for v in victims)


def _fighting_at_home(trigger: Trigger, source: Span) -> bool:
    """Fighting whose clause places it in the source's own state and names no foreigner."""
    if not trigger.entry.code.startswith(FIGHTING_ROOT):
        return False
    own = own_state(source)
    return own is not None and state_where(trigger) == own and not names_a_foreigner(trigger.token, source)


def _gives_up_a_law(trigger: Trigger) -> bool:
    """The object given up is a law ("das Finanzgesetz", "das Gesetz über ausländische Agenten")."""
    noun = trigger.object_noun or next(iter(children(trigger.token, "obj")), None)
    return noun is not None and LAW in noun.lower_


def _insurgents_fighting(trigger: Trigger, source: Span) -> bool:
    """Fighting on the ground by rebels whose clause names no foreigner, nor a place abroad."""
    actor = actor_of(source)
    role = (actor.actor_code or "")[ROLE] if actor is not None else ""
    own = own_state(source)
    return (
        trigger.entry.code.startswith(GROUND_FIGHTING_CODES)
        and role == INSURGENT_ROLE
        and own is not None
        and state_where(trigger) in (None, own)
        and not names_a_foreigner(trigger.token, source)
    )


def _own_government(trigger: Trigger, source: Span) -> Span | None:
    """A party, the opposition or a political figure out of office demanding, criticising, rejecting
    or threatening with no one named in the clause: its own state's government, as a stand-in on the
    trigger."""
    actor = actor_of(source)
    role = (actor.actor_code or "")[ROLE] if actor is not None else ""
    state = own_state(source)
    at_home = role in PARTY_ROLES or role == ELITE_ROLE and not _named_by_office(source)
    at_home = at_home or _named_out_of_office(source)
    if not at_home or not trigger.entry.code.startswith(PARTY_ROOTS) or state is None:
        return None
    if names_a_foreigner(trigger.token, source):
        return None
    government = state_ref(trigger.token.text, state, GOVERNMENT, role=AT_HOME)
    return stand_in(trigger.token.doc, trigger.token.i, trigger.token.i + 1, government)


def _named_by_office(source: Span) -> bool:
    """The source named by a government office it holds ("Premier Manasseh Sogavare"), in its span or
    the two words before it, not a former one ("Ex-Präsident Evo Morales")."""
    words = _title_words(source)
    office = any(w.startswith(GOVERNMENT_OFFICES) or w.endswith(GOVERNMENT_OFFICES) for w in words)
    return office and not any(w.startswith(FORMER) for w in words)


def _named_out_of_office(source: Span) -> bool:
    """The source named as the opposition's ("Oppositionsführer X") or by an office it no longer holds
    ("Ex-Präsident Evo Morales"): it challenges its government at home like a party."""
    words = _title_words(source)
    former = any(w.startswith(FORMER) for w in words) and any(w.endswith(GOVERNMENT_OFFICES) for w in words)
    return former or any(w.startswith(OPPOSITION) for w in words)


def _title_words(source: Span) -> list[str]:
    """The source's words and the two before it, where a title stands."""
    return [t.lower_ for t in source.doc[max(source.sent.start, source.start - 2) : source.end]]


def _group_noun(trigger: Trigger, words: set[str]) -> Token | None:
    """A noun of the trigger's own clause naming the group acted on: not its subject or agent
    ("Demonstranten blockierten …" act themselves), also as the genitive of an object ("Stellungen
    der Guerilla"); the subject of a verb that says it is set free is acted on ("Häftlinge kamen frei")."""
    subject_freed = trigger.entry.lemma in FREED_SUBJECT_VERBS
    for token in clause_tokens(trigger.token):
        if token.lower_ not in words or token.pos_ not in ("NOUN", "ADJ", "PROPN"):
            continue
        if _acting_subject(token) and not subject_freed or preposition_of(token) in AGENT_PREPOSITIONS:
            continue
        return token
    return None


def _acting_subject(token: Token) -> bool:
    """A subject acts itself; a dative the weak parse labelled subject ("entzog den Freigelassenen die
    Staatsbürgerschaft") is acted on, and so are the people a "lassen" has arrested ("ließen 6000
    Menschen festnehmen": the parse makes them the infinitive's subject)."""
    case = token.morph.get("Case")
    caused = lassen_of(token.head) is not None and not children(token.head, "obj")
    return token.dep_ in ("nsubj", "csubj") and not (case and "Nom" not in case) and not caused


def _own_prisoners(group: Token, trigger: Trigger, source: Span) -> bool:
    """Detainees a state frees ("ließ die Häftlinge frei", "die Festgenommenen"), with no foreigner in
    the clause, are its own: hostages and soldiers of another state are named as theirs. Not a word
    describing others ("inhaftierte Fischer"): fishermen or sailors are as often foreign."""
    return (
        group.lower_ in DETAINEE_FORMS
        and group.dep_ != "amod"
        and not names_a_foreigner(trigger.token, source)
    )


def _political(noun: Token) -> bool:
    """ "politische Gefangene": held by their own state for opposing it."""
    return any(c.dep_ == "amod" and c.lower_.startswith(POLITICAL) for c in noun.children)


def places_named(doc: Doc, positions: Container[int]) -> list[tuple[int, str]]:
    """The start and state of each place that begins at one of `positions` in a phrase of place ("in
    Minsk", "am Flughafen in Paris"), in the order of the text."""
    return [
        (span.start, span._.place.country)
        for span in doc.ents
        if span.start in positions
        and span._.place is not None
        and span._.place.country
        and preposition_of(span.root) in PLACE_PREPOSITIONS
    ]


def state_where(trigger: Trigger) -> str | None:
    """The state of a place the clause names ("in Minsk", "in Afghanistan"). One the clause says the
    act happens at comes before one that only describes its subject: "Ein Offizier der Armee in Bamako
    wurde am Flughafen in Paris festgenommen" happened in France."""
    places = places_named(trigger.token.doc, {t.i for t in clause_tokens(trigger.token)})
    described = {t.i for c in trigger.token.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    at = [country for start, country in places if start not in described]
    return (at or [country for _, country in places] or [None])[0]
