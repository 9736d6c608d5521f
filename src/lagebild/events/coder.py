"""The German event coder: lexicon triggers + parse arguments + factuality → `EventInfo`s."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from lagebild.events.acts_asked_of_others import without_acts_asked_of_others
from lagebild.events.acts_filed_as_war import acts_filed_as_war
from lagebild.events.addressee_acts import with_acts_of_addressees
from lagebild.events.agreed_swaps import agreed_swaps
from lagebild.events.agreements_between import agreements_between
from lagebild.events.aimed_at_no_one import denials_of_hostile_aim
from lagebild.events.announced_answers import announced_answer_triggers
from lagebild.events.announced_threats import announced_threats
from lagebild.events.arguments import (
    ActorIndex,
    abbreviated_agent,
    actor_or_place,
    adjective_actor,
    children,
    destination,
    genitive_attributes,
    is_act_noun,
    is_passive,
    is_zu_infinitive,
    misparsed_as_attribute,
    objects_beside_a_misread_adverb,
    objects_of,
    own_state,
    preposition_of,
    remembered,
    same_actor,
    same_side,
    side_named,
    side_of,
    stand_in,
    state_of_adjective,
    state_ref,
    subject_after_the_verb,
    subject_of,
    subjects_remembered,
    with_preposition,
)
from lagebild.events.article_four import with_article_four_requests
from lagebild.events.asked_concessions import ASKED_WITH, with_asked_concessions
from lagebild.events.asked_contents import without_asked_contents
from lagebild.events.assigned_blame import (
    blame_for_own_steps,
    blame_in_reported_speech,
    charges_in_reported_speech,
)
from lagebild.events.assured_conduct import assurances_of_own_conduct
from lagebild.events.attributed_force import aimed_at_the_side_talked_about
from lagebild.events.border_neighbours import border_neighbour
from lagebild.events.business_speakers import without_business_speakers
from lagebild.events.casualty_reports import casualties_of_attacks
from lagebild.events.charge_clauses import accused_in_charge_clause
from lagebild.events.charged_detainees import charged_detainees
from lagebild.events.circumstances import clause_date
from lagebild.events.civic_speakers import without_civic_statements
from lagebild.events.co_agent_sources import with_co_agent_sources
from lagebild.events.codebook import (
    APPEAL_ROOT,
    ASKING_ROOTS,
    DEMAND_ROOT,
    DENIAL_CODES,
    FORCE_ROOTS,
    INTENT_ROOT,
    REDUCING_ROOT,
    YIELD_ROOT,
)
from lagebild.events.conditional_answers import conditional_answers
from lagebild.events.considered_measures import considered_measures
from lagebild.events.context_targets import (
    ACT_SENTENCES,
    SENTENCES_BEFORE,
    act_doer,
    answers_accusation,
    context_start,
    fallback_target,
    judged_act_in_front,
    judged_act_performer,
    judges_acts_in_general,
)
from lagebild.events.countersigned import countersigned
from lagebild.events.credited_acts import credited_acts
from lagebild.events.crowd_sources import crowd_sources, home_target
from lagebild.events.demanded_acts import demanded_acts
from lagebild.events.demanded_sanctions import demanded_sanctions
from lagebild.events.denied_approvals import called_unacceptable
from lagebild.events.denied_claims import as_charge_called_baseless
from lagebild.events.denied_involvement import denials_of_taking_part
from lagebild.events.eased_measures import eased_by_imposer
from lagebild.events.embedded_acts import acts_in_constructions, is_second_act
from lagebild.events.event_clauses import NOMINAL_POS, SURFACE_CLAUSES, clause_verb
from lagebild.events.expected_visits import expected_visits
from lagebild.events.fighting_sides import fighting_sides
from lagebild.events.figurative_subjects import staying_unanswered
from lagebild.events.force_aims import phrases_hung_on_the_head
from lagebild.events.freed_subjects import freed_predicates, released_abroad
from lagebild.events.future_acts import reported_stance
from lagebild.events.gapped_clauses import gapped_subjects
from lagebild.events.generic_agents import without_generic_agents
from lagebild.events.group_actors import (
    acts_among_itself,
    among_themselves,
    group_subject_states,
    group_targets,
    mediated_group_sides,
    meeting_group_sides,
    toward_each_other,
)
from lagebild.events.guessed_counterparts import without_guessed_counterparts
from lagebild.events.guest_stays import guest_stays
from lagebild.events.held_out_defences import held_out_defences
from lagebild.events.held_out_relations import relations_held_out
from lagebild.events.hosts import hosts_of_meetings
from lagebild.events.hosts_abroad import host_abroad
from lagebild.events.implicit_sources import CIVILIANS
from lagebild.events.intentions import as_intents
from lagebild.events.interview_framing import without_interviewer_framing
from lagebild.events.intolerable_acts import intolerable_acts
from lagebild.events.invited_guests import (
    receptions_of_invited_guests,
    visits_by_invited_guests,
    without_invited_meetings,
)
from lagebild.events.joint_action_intents import joint_action_intents
from lagebild.events.joint_exercises import joint_exercises
from lagebild.events.journeys_led import journeys_led
from lagebild.events.lexicon import Lexicon, german_lexicon, target_prepositions
from lagebild.events.listed_forces import one_event_per_listed_forces
from lagebild.events.listed_sides import done_to_each_other, listed_pairs
from lagebild.events.measures_in_force import measures_in_force
from lagebild.events.measures_not_ruled_out import threats_not_ruled_out
from lagebild.events.mediated_acts import mediated_acts
from lagebild.events.meetings import (
    arrival_destination,
    calls_of_addressed_acts,
    is_interview,
    is_visit,
    mediated_sides,
    meets_among_themselves,
    met_in_return,
    mutual_sides,
    named_as_mediator,
    pair_acted_upon,
    parties_asked_to_meet,
    visited,
)
from lagebild.events.military_cooperation import as_military_cooperation
from lagebild.events.modality import modality_of
from lagebild.events.negation_scope import NEGATIVE_PRONOUN
from lagebild.events.offered_meetings import offered_meetings
from lagebild.events.one_act import one_event_per_act, one_event_per_side_pair
from lagebild.events.onlookers import without_onlookers
from lagebild.events.open_partners import without_open_partners
from lagebild.events.ordered_departures import as_expulsions
from lagebild.events.partnerless_meetings import without_partnerless_meetings
from lagebild.events.pledge_verbs import PROMISING
from lagebild.events.press_speakers import without_press_speakers
from lagebild.events.prior_negotiations import prior_negotiations
from lagebild.events.private_crime import without_private_crime
from lagebild.events.pronoun_sources import object_antecedent
from lagebild.events.ready_acts import readiness_statements
from lagebild.events.receptions import host_and_guest, visits_of_received_guests
from lagebild.events.recipients import (
    giver_destination_pairs,
    giver_recipient_pairs,
    is_destination_row,
    is_recipient_row,
)
from lagebild.events.recoded_acts import recoded
from lagebild.events.refusals import (
    REFUSAL_TO_YIELD,
    as_dismissal,
    as_refusal,
    denials_of_preceding_charges,
    dismissal_pairs,
    is_dismissal,
    unyielding_triggers,
)
from lagebild.events.refused_acts_uncoded import is_refused_act, refused_act_triggers, told_refusals
from lagebild.events.reported_acts import accusations_in_reported_speech
from lagebild.events.reported_attacks import reported_attack
from lagebild.events.reported_demands import demands_in_reported_speech
from lagebild.events.reported_verdicts import verdicts_in_reported_speech
from lagebild.events.requested_acts import requested_acts
from lagebild.events.reserved_measures import reserved_measures
from lagebild.events.sanction_lists import sanction_listings
from lagebild.events.seat_sources import doer_reacted_to, seat_sources
from lagebild.events.senses import in_another_sense
from lagebild.events.sentence_rules import (
    conditional_threats,
    shared_counterparts,
    without_feared_developments,
    without_framing,
)
from lagebild.events.setting_meetings import meetings_as_settings
from lagebild.events.signed_on_visits import signed_on_visit
from lagebild.events.sources import sources_and_patient
from lagebild.events.sport import without_sport
from lagebild.events.struck_places import struck_place
from lagebild.events.subordinate_subjects import INFINITIVE_TAGS
from lagebild.events.summoned_envoys import summoner_first
from lagebild.events.swaps_told_of_before import swaps_told_of_before
from lagebild.events.talks_of_sides_before import (
    sides_of_talks_before,
    talk_told_of_before,
    visit_told_of_before,
)
from lagebild.events.targets_act_phrases import act_patients_in_oblique
from lagebild.events.targets_answerers import answerer
from lagebild.events.targets_arrests import arrested_at_home
from lagebild.events.targets_askers import asker_of_hostile_act
from lagebild.events.targets_both_sides import addresses_everyone, both_sides
from lagebild.events.targets_by_nationality import PEOPLE_STEMS
from lagebild.events.targets_camps import AT_HOME, camp_of, on_own_people, same_camp
from lagebild.events.targets_captors import addressed_to_captors
from lagebild.events.targets_co_agents import co_agent_as_target, co_agents_last
from lagebild.events.targets_coercers import answers_no_side, coercer
from lagebild.events.targets_coordinated import counterparts_of_next_clauses
from lagebild.events.targets_coordinated_sources import shared_by_coordinated_sources
from lagebild.events.targets_country_nouns import country_referred_to
from lagebild.events.targets_datives import dative_in_middle_field
from lagebild.events.targets_described import thing_called
from lagebild.events.targets_directed import RECIPROCAL_TARGETS, reciprocal_verb
from lagebild.events.targets_domestic import inquires_into_an_incident, sentence_names_a_foreigner
from lagebild.events.targets_filled import filled_target
from lagebild.events.targets_forums import not_a_forum
from lagebild.events.targets_home_disputes import home_dispute_target
from lagebild.events.targets_judged_patients import victim_of_judged_act
from lagebild.events.targets_left_bodies import leaves_an_unnamed_body
from lagebild.events.targets_listed import with_listed_targets
from lagebild.events.targets_parallel_clauses import opens_a_parallel_clause, spliced_main_clause
from lagebild.events.targets_plural_objects import with_plural_object_targets
from lagebild.events.targets_public_calls import calls_on_a_group, calls_on_no_one
from lagebild.events.targets_reciprocal import each_other
from lagebild.events.targets_refused_kinds import refuses_any
from lagebild.events.targets_rejected_offers import rejected_clause_subject
from lagebild.events.targets_remembered import condoles, remembered_counterpart
from lagebild.events.targets_renounced_force import renounced_show_of_force
from lagebild.events.targets_unflagged_ships import attacks_unflagged_ships
from lagebild.events.targets_unnamed_doers import judges_a_deed_of_no_named_doer
from lagebild.events.targets_unnamed_foreigners import aimed_at_unnamed_foreigners
from lagebild.events.targets_unowned_norms import about_an_unowned_norm
from lagebild.events.trailing_speakers import trailing_cues, with_trailing_speakers
from lagebild.events.triggers import Trigger, noun_or_light_verb_phrases, noun_trigger, verb_trigger
from lagebild.events.unanswered_acts import without_unanswered_acts
from lagebild.events.uninvited_guests import uninvited_guests
from lagebild.events.vetoes_in_unions import vetoes_in_the_union
from lagebild.events.warned_consequences import as_threat, is_attribution, one_threat_per_warning
from lagebild.events.warrant_issuers import warrant_issuers
from lagebild.pipeline.annotations import (
    TARGET_CONTEXT,
    TARGET_COUNTERPART,
    TARGET_DERIVED,
    TARGET_FILLED,
    TARGET_HOME,
    TARGET_NEARBY,
    TARGET_NONE,
    TARGET_PARSED,
    TARGET_PERSON,
    EventInfo,
    span_offsets,
)
from lagebild.pipeline.word_classes import PERSON_LABELS

NOBODY = {"niemanden", "niemandem", "niemand", "keinen", "keinem", "nichts"}
OBJECTING_ROOTS = ("11", "12", "14")  # disapprove, reject, protest: what they are against is their topic
# appeals, demands, criticism, rejections, threats and protests: an act they name as their object is
# someone else's, whom they address ("rief zu einem Ende der israelischen Angriffe auf")
ON_OTHERS_ACTS_ROOTS = ("02", "10", "11", "12", "13", "14")
PLACE_PREPOSITIONS = {"in", "im", "bei", "beim", "an", "am", "auf", "vor", "nahe", "nach"}
# the attributes of an object that may name its side: "die Souveränität Georgiens", "die russische …"
ATTRIBUTE_DEPS = ("amod", "nmod", "nmod:poss")
# a sovereignty or claim and the land it is held over ("über die Westsahara", "auf die Inseln")
HELD_NOUNS = {"Souveränität", "Hoheit", "Oberhoheit", "Anspruch"}
HELD_OVER = ("über", "auf")


def code_events(doc: Doc, lexicon: Lexicon | None = None) -> list[EventInfo]:
    if doc.lang_ != "de" or not doc.has_annotation("DEP"):
        return []
    with subjects_remembered(doc), remembered(doc, SENTENCES_BEFORE), remembered(doc, SURFACE_CLAUSES):
        # a question's event is context for the answer's sides ("beide Seiten"), but no event of its own
        return without_asked_contents(_coded_events(doc, lexicon or german_lexicon()))


def _coded_events(doc: Doc, lexicon: Lexicon) -> list[EventInfo]:
    actors = ActorIndex(doc)
    cues = trailing_cues(doc, actors)
    events: list[EventInfo] = []
    seen = set()
    for sentence in doc.sents:
        context_begins, recent_begins = context_start(sentence), context_start(sentence, ACT_SENTENCES)
        context = [e for e in events if e.trigger.start >= context_begins]
        recent = [e for e in events if e.trigger.start >= recent_begins]
        # the nouns that are part of a verb construction already coded, with the verb whose object
        # they are (None: suspended, not happening)
        verb_objects: dict[int, Trigger | None] = {}
        triggers = []
        for token in sentence:
            trigger = verb_trigger(token, sentence, lexicon)
            if trigger:
                triggers.append(trigger)
                verb_objects |= dict.fromkeys(_suspended(trigger))
                if trigger.object_noun is not None:
                    verb_objects[trigger.object_noun.i] = trigger
        # a predicate a verb row matched ("zeigte sich empört", "empört" xcomp in the news parse) is part
        # of that row's act, not a verb of its own; an infinitive it names is ("kündigt an, … zu antworten")
        predicates = {
            t.object_noun.i
            for t in triggers
            if t.object_noun is not None and t.object_noun != t.token and not _infinitive(t.object_noun)
        }
        triggers = [t for t in triggers if t.token.i not in predicates]
        embedded = []
        for token in sentence:
            if token.i in verb_objects:
                # no event of its own, unless the noun names another act than the verb's
                noun, verb = noun_trigger(token, lexicon), verb_objects[token.i]
                if noun is not None and verb is not None and is_second_act(noun, verb):
                    embedded.append((noun, verb))
                continue
            trigger = None if _inside_a_name(token, actors) else noun_trigger(token, lexicon)
            if trigger:
                # a noun read as a verb form too ("Reise" / "reisen"): the noun row knows its arguments
                triggers = [t for t in triggers if t.token != token] + [trigger]
        triggers += refused_act_triggers(sentence, triggers)
        triggers += unyielding_triggers(sentence, triggers)
        triggers += freed_predicates(sentence, triggers, lexicon)
        triggers = announced_answer_triggers(sentence, triggers, actors)
        triggers = [as_charge_called_baseless(as_dismissal(as_refusal(t), actors)) for t in triggers]
        triggers = [
            as_threat(t, lexicon)
            for t in triggers
            if not is_attribution(t) and not _reflexive_use(t, lexicon) and not in_another_sense(t)
        ]
        triggers = _without_objected_acts(_without_acts_as_agents(triggers, actors))
        found = []
        for trigger in triggers:
            made = _events_for(trigger, sentence, actors, doc, context, recent, events)
            # a demand that claimed the act it demands but finds no actor ("Der Erzbischof fordert den
            # Rücktritt des Regierungschefs", a speaker the KB lacks) leaves the act its own event
            noun = _unclaimed_object(trigger, verb_objects, lexicon) if not made else None
            if noun is not None:
                made = _events_for(noun, sentence, actors, doc, context, recent, events)
            found += made
        found = with_trailing_speakers(found, cues)
        found = without_generic_agents(told_refusals(found, triggers))
        found += acts_in_constructions(
            found,
            [
                (noun, verb, _events_for(noun, sentence, actors, doc, context, recent, events))
                for noun, verb in embedded
            ],
        )
        found += calls_of_addressed_acts(triggers, found)
        found += credited_acts(found, triggers)
        found = summoner_first(visits_of_received_guests(found, actors))
        found = readiness_statements(assurances_of_own_conduct(found, actors), actors)
        found = denials_of_taking_part(found, actors)
        found = as_military_cooperation(as_intents(found, sentence))
        found = demands_in_reported_speech(found, sentence, actors)
        found += accusations_in_reported_speech(found, actors)
        found += verdicts_in_reported_speech(sentence, found, actors, context)
        found += blame_in_reported_speech(sentence, found, actors)
        found += blame_for_own_steps(sentence, found, actors)
        found += charges_in_reported_speech(sentence, found, actors)
        found += denials_of_hostile_aim(sentence, found, actors)
        found += called_unacceptable(sentence, found, actors)
        found = denials_of_preceding_charges(found, context)
        found = without_acts_asked_of_others(with_acts_of_addressees(found, triggers), actors)
        found = as_expulsions(offered_meetings(found, triggers), actors)
        # a release asked for one named before is asked of who arrested them (`targets_captors`)
        found = addressed_to_captors(found, recent + found)
        found += demanded_acts(found, triggers, lexicon, recent)
        found += demanded_sanctions(found, triggers, lexicon)
        found += considered_measures(found, triggers, lexicon)
        found = with_asked_concessions(found, lexicon, events)
        found = acts_filed_as_war(held_out_defences(without_unanswered_acts(found)))
        found = reserved_measures(intolerable_acts(found))
        found = one_threat_per_warning(announced_threats(found) + conditional_threats(found))
        found = relations_held_out(threats_not_ruled_out(found))
        found = without_press_speakers(
            without_business_speakers(without_private_crime([recoded(e) for e in found]))
        )
        found = without_civic_statements(found)
        found = without_open_partners(without_feared_developments(without_sport(found, doc)))
        found = countersigned(shared_counterparts(counterparts_of_next_clauses(found)))
        found = with_co_agent_sources(shared_by_coordinated_sources(found), actors)
        found = with_listed_targets(found, actors)
        found = vetoes_in_the_union(found, actors)
        found = mediated_acts(found, sentence, actors)
        found = without_guessed_counterparts(found, triggers, events)
        found = with_plural_object_targets(found, events, actors)
        # a meeting that is the setting of an act took place whatever becomes of the act: no framing
        settings = meetings_as_settings(triggers, found, actors)
        acts = one_event_per_act(without_framing(without_onlookers(found)) + settings)
        acts = one_event_per_side_pair(one_event_per_listed_forces(without_partnerless_meetings(acts)))
        # a joint exercise is a fact the sentence presupposes, also where an accusation frames it
        acts += joint_exercises(sentence, acts, actors)
        acts += joint_action_intents(sentence, acts, actors)
        acts += prior_negotiations(sentence, acts, actors)
        acts += agreements_between(sentence, acts, actors)
        acts += agreed_swaps(acts)
        acts += swaps_told_of_before(sentence, acts, events)
        acts += expected_visits(sentence, acts, actors)
        acts += guest_stays(sentence, acts, actors)
        acts += journeys_led(sentence, acts, actors)
        acts += hosts_of_meetings(sentence, acts, context, actors)
        acts += uninvited_guests(sentence, acts, events, actors)
        acts += requested_acts(sentence, acts, actors)
        acts = with_article_four_requests(sentence, acts, actors)
        acts += conditional_answers(sentence, acts, actors)
        acts += casualties_of_attacks(sentence, acts, events, actors, lexicon)
        acts += measures_in_force(sentence, acts, context, actors, lexicon)
        acts += sanction_listings(sentence, acts, recent, actors)
        # the reporters' own talk that opens an interview reports no act of the states it names
        acts = without_invited_meetings(visits_by_invited_guests(acts))
        for event in receptions_of_invited_guests(without_interviewer_framing(acts), actors):
            key = (event.code, event.trigger.start, span_offsets(event.source), span_offsets(event.target))
            if key not in seen:
                seen.add(key)
                events.append(event)
    return events


def _unclaimed_object(
    trigger: Trigger, verb_objects: dict[int, Trigger | None], lexicon: Lexicon
) -> Trigger | None:
    """The event noun a demand verb took as its object (and so kept from coding its own act), for a
    verb that coded nothing; None where the noun names no act. Only demands: the act they ask for is
    coded as such (hypothetical) by the banks, while what other verbs name or judge is no event."""
    noun = trigger.object_noun
    if trigger.entry.kind != "V" or noun is None or not trigger.entry.code.startswith(DEMAND_ROOT):
        return None
    claimed_by = verb_objects.get(noun.i)
    if claimed_by is None or claimed_by.token.i != trigger.token.i:
        return None
    return noun_trigger(noun, lexicon)


def _without_acts_as_agents(triggers: list[Trigger], actors: ActorIndex) -> list[Trigger]:
    """A verb whose subject is itself an act, named by an event noun, tells what the act did, not what
    an actor did: "Der Lieferstopp trifft Moldau am härtesten", "der Angriff forderte zwanzig Tote". The
    act noun keeps its own event. An act that "werde nicht unbeantwortet bleiben" is the one answered."""
    acts = {t.token.i for t in triggers if t.entry.kind == "N" and t.token.i not in actors.by_token}
    if not acts:  # most sentences name no act by a noun: no verb's subject can be one
        return list(triggers)
    return [
        t
        for t in triggers
        if t.entry.kind != "V"
        or is_passive(t.token)
        or staying_unanswered(t)
        or not _act_as_agent(t, acts, actors)
    ]


def _act_as_agent(trigger: Trigger, acts: set[int], actors: ActorIndex) -> bool:
    """A passive subject of an active verb is its object misparsed ("eine Waffenruhe, die Washington
    vermittelt hatte": "Waffenruhe" nsubj:pass), the act done, not the doer. Nor is an act fronted before
    a verb of judging with an actor after the verb the agent: it is the object of that actor ("Die
    russische Invasion verurteilte die UNO scharf"), the article's case being the same."""
    subject = subject_of(trigger.token)
    if subject is None or subject.i not in acts or subject.dep_ == "nsubj:pass":
        return False
    return not (judged_act_in_front(trigger, subject) and _actor_after_verb(trigger.token, actors))


def _actor_after_verb(verb: Token, actors: ActorIndex) -> bool:
    after = subject_after_the_verb(verb)
    return after is not None and bool(actors.of_phrases(after))


def _reflexive_use(trigger: Trigger, lexicon: Lexicon) -> bool:
    """A verb with "sich" whose lexicon lists a reflexive sense, matched by a noun in a prepositional
    phrase, is used in that sense: "sprach sich gegen Sanktionen aus" is no imposing of sanctions,
    "setzte sich für Waffenlieferungen ein" no use of weapons. The pronoun fills the object slot, so
    the noun the row wants as its object is only what the actor speaks for or against."""
    entry, verb, noun = trigger.entry, trigger.token, trigger.object_noun
    if entry.kind != "V" or entry.reflexive or noun is None or preposition_of(noun) is None:
        return False
    if not any(c.lower_ == "sich" for c in verb.children):
        return False
    return any(e.reflexive and e.lemma == entry.lemma for e in lexicon.verbs_by_form.get(verb.lower_, ()))


def _without_objected_acts(triggers: list[Trigger]) -> list[Trigger]:
    """An act named as what a complaint, rejection or protest is against is its topic, reported where
    it happened: "reichte Klage gegen die amerikanischen Sanktionen ein" codes the complaint only."""
    objecting = {t.token.i for t in triggers if t.entry.code[:2] in OBJECTING_ROOTS}
    # also where the phrase hangs on the complaint noun the verb row matched ("Klage gegen … eingereicht")
    objecting |= {
        t.object_noun.i for t in triggers if t.entry.code[:2] in OBJECTING_ROOTS and t.object_noun is not None
    }
    return [
        t
        for t in triggers
        if not (t.entry.kind == "N" and preposition_of(t.token) == "gegen" and t.token.head.i in objecting)
    ]


def _suspended(trigger: Trigger) -> set[int]:
    """What a verb of reducing relations suspends or freezes is not happening: "legte die Gespräche auf
    Eis" codes no meeting, "fror die Zusammenarbeit ein" no cooperation."""
    if not trigger.entry.code.startswith(REDUCING_ROOT) or trigger.entry.kind != "V":
        return set()
    objects = objects_of(trigger.token)
    # the parse may hang the object on the predicate a row matched ("hat die Gespräche für gescheitert
    # erklärt": "Gespräche" obj of "gescheitert")
    predicate = trigger.object_noun
    if predicate is not None and predicate.pos_ in ("ADJ", "VERB") and predicate.i != trigger.token.i:
        objects += objects_of(predicate)
    return {t.i for o in objects for t in (o, *children(o, "conj"))}


def _dative_case(noun: Token) -> bool:
    """Read as a dative, or as a feminine genitive, whose article and ending are the dative's ("der
    Regierung", "einer Partei")."""
    cases = noun.morph.get("Case")
    return "Dat" in cases or "Gen" in cases and "Fem" in noun.morph.get("Gender")


def _target(trigger: Trigger, actors: ActorIndex, patient: Span | None, source: Span) -> Span | None:
    token, spec = trigger.token, trigger.entry.target
    if spec == "none":
        return None
    # "der Vorwurf, Bern verstecke sich hinter Paragrafen": the content clause's subject is the accused
    if (accused := accused_in_charge_clause(trigger, actors)) is not None:
        return accused
    if is_visit(trigger):
        if trigger.entry.kind == "N":
            return destination(token, actors) or arrival_destination(token, actors)
        return visited(token, actors, trigger.object_noun)
    # a show of force at a border faces the neighbour its "Grenze zu …" names (border_neighbours)
    if (neighbour := border_neighbour(trigger, actors)) is not None:
        return neighbour
    if spec in ("obj", "dat") and patient is not None:
        return patient
    candidates: list[Token] = []
    if spec == "obj":
        # in the passive the object is the subject: "der iranische Angriff wurde verurteilt"
        candidates = objects_of(token) or children(token, "iobj") or children(token, "nsubj:pass")
        # the news parser labels a bare dative "obl:arg" ("droht Befürwortern der Unabhängigkeit")
        candidates += [c for c in children(token, "obl:arg") if preposition_of(c) is None]
        # a bare name the parse hung on the subject ("hat Bangladeschs Regierung Indien ersucht") comes
        # before the objects of a clause below the verb
        addressee = None if candidates else dative_in_middle_field(trigger, actors, source)
        if addressee is not None:
            return addressee
        candidates = candidates or objects_beside_a_misread_adverb(token, ("ccomp", "xcomp"))
    elif spec == "dat":
        # the weak parse labels a dative before the object its subject ("entzog dem Sender die Lizenz");
        # a feminine noun's dative reads like its genitive ("warf der Regierung vor"), and the tagger
        # often takes it for one, but a genitive hangs on a noun, not on the verb
        candidates = children(token, "iobj") + [
            c
            for c in children(token, "obj", "obl", "obl:arg", "nsubj")
            if _dative_case(c)
            and preposition_of(c) is None
            and (c.dep_ != "nsubj" or "Nom" not in c.morph.get("Case"))
        ]
    elif spec.startswith("pp:"):
        prepositions = target_prepositions(spec)
        # a noun's phrase right after it that the parse gave the verb over it ("warf der Regierung wegen
        # ihrer Waffenlieferungen an die Ukraine … vor", "an" ← "warf")
        hung = phrases_hung_on_the_head(token, prepositions) if trigger.entry.kind == "N" else []
        candidates = co_agents_last(
            [p for prep in prepositions for p in noun_or_light_verb_phrases(trigger, prep)] + hung
        ) + _phrases_of_the_object(trigger, spec)
    elif spec == "gen":
        # an act noun takes its patient in the genitive or with "von" ("die Ausweisung von 35 Diplomaten")
        patients = [c for c in token.children if preposition_of(c) == "von"] if is_act_noun(token) else []
        candidates = genitive_attributes(token) + patients
    elif spec == "zwischen":
        # the parse often hangs "zwischen" on the light verb ("Zwischen X und Y gilt eine Waffenruhe")
        between = [c for c in token.children if preposition_of(c) == "zwischen"]
        between = between or noun_or_light_verb_phrases(trigger, "zwischen")
        if between:
            sides = actors.of_phrases(between[0])
            return sides[1] if len(sides) > 1 else None
        # "das Treffen mit Biden": without "zwischen" the partner is named with "mit"
        candidates = noun_or_light_verb_phrases(trigger, "mit")
    # the source's own phrase, which the parse may have labelled an object too ("Unterdessen nahm die
    # Polizei … fest", the adverb taken for the subject) or a dative ("werfen Verbände der Regierung
    # vor", the plural subject read as a dative), is no target: the slot's next phrase may be
    candidates = [c for c in candidates if not source.start <= c.i < source.end]
    # nor the object of a verb coordinated after it that the parse made the object's attribute ("rief
    # beide Seiten zur Zurückhaltung auf und mahnte Islamabad, …": "mahnte" ← "Islamabad")
    candidates = [c for c in candidates if not _object_of_a_verb_after(c, token)]
    noun = None
    if spec == "objattr" or not candidates:
        noun = trigger.object_noun or _counted_object(token)
        # what a thing is called may name a side too ("eine Verletzung der Souveränität Georgiens"):
        # the owner of the thing called so comes first ("nannte die russische Entscheidung …")
        thing = thing_called(trigger)
        owner = side_named(thing, actors) if thing is not None else None
        if owner is not None and not same_camp(owner, source):
            return owner
        if noun is not None:
            candidates += _owners_before_lands(noun, [c for c in noun.children if c.dep_ in ATTRIBUTE_DEPS])
        else:
            candidates += act_patients_in_oblique(token)
    for candidate in candidates:
        actor = (
            _owner_named_in_compound(candidate, actors)
            or actors.of_phrase(candidate)
            or object_antecedent(candidate, actors, source)
        )
        if actor is not None and not opens_a_parallel_clause(actor, token):
            return actor
    # with no attribute that names one, the object's own compound says whose people they are ("ließ zehn
    # US-Bürger frei", "ließ die EU-Beobachter zu")
    owner = _owner_named_in_compound(noun, actors) if spec == "objattr" and noun is not None else None
    if owner is not None and not same_camp(owner, source):
        return owner
    # a dative the parse gave another label, found by word order ("wirft Canberra Wortbruch vor")
    addressee = dative_in_middle_field(trigger, actors, source)
    if addressee is not None:
        return addressee
    # an act the object or phrase names is done by its doer, whom an act on it addresses; an appeal
    # names the act it asks for with "zu" or "auf" ("rief zu einem Ende der israelischen Angriffe auf")
    if trigger.entry.code[:2] in ON_OTHERS_ACTS_ROOTS:
        asking = trigger.entry.code.startswith(ASKING_ROOTS)
        asked = [c for c in token.children if preposition_of(c) in ASKED_WITH] if asking else []
        doer = next(filter(None, (act_doer(c, actors) for c in candidates + asked)), None)
        if doer is not None and not same_camp(doer, source):
            return doer
    # a place or territory named instead of an actor: "rief seinen Botschafter aus Moskau zurück",
    # "stieß in die Region Kursk vor", "drang auf russisches Gebiet vor"
    # "die Halbinsel Krim kontrolliert": the object itself may name the place
    named_object = [trigger.object_noun] if spec == "objattr" and trigger.object_noun is not None else []
    for candidate in candidates + named_object:
        stand_in = (
            actor_or_place(candidate, actors)
            # "griff die Hauptstadt Kiew an": the place struck is the name beside the noun that says
            # what it is; an inspected or visited place is no target
            or (_named_place(candidate, actors) if trigger.entry.code[:2] in FORCE_ROOTS else None)
            or state_of_adjective(candidate)
            or adjective_actor(candidate)
            # "verhängten Sanktionen gegen das Land": the state named just before
            or country_referred_to(candidate, source, token, actors)
        )
        if stand_in is not None and not same_camp(stand_in, source):
            return stand_in
    # an appeal, demand or accusation addressed through its clause ("forderte die EU auf, sich … zu
    # beteiligen"); an actor of the source's own camp there is the topic ("beklagte, dass der Sender
    # RT DE keine Lizenz erhalte"), not the addressee
    # a denial's clause holds the charge, whose actors are not the accuser
    clauses = [] if trigger.entry.code in DENIAL_CODES else children(token, "ccomp", "xcomp")
    # a main clause beside it that the parse hung on the verb ("begrüßte die Einigung, Paris lehnt
    # den Vertrag ab") is another actor's act
    clauses = [c for c in clauses if not spliced_main_clause(c)]
    for clause in clauses:
        for candidate in children(clause, "nsubj", "obj"):
            actor = actors.of_phrase(candidate)
            if actor is not None and camp_of(actor) != camp_of(source):
                return actor
    return struck_place(trigger, actors, source)


def _counted_object(verb: Token) -> Token | None:
    """The verb's object; where the parse split a number off its noun ("haben zwei in Afghanistan
    festgehaltene US-Bürger freigelassen": "zwei" and "US-Bürger" both obj), the noun it counts."""
    objects = children(verb, "obj")
    nouns = [o for o in objects if o.pos_ in NOMINAL_POS]
    if objects and objects[0].pos_ == "NUM" and nouns:
        return nouns[0]
    return next(iter(objects), None)


def _owners_before_lands(noun: Token, attributes: list[Token]) -> list[Token]:
    """The attributes of the object, without the land a sovereignty or claim is held over where its
    holder is named: "erkannte die marokkanische Souveränität über die Westsahara an" recognises Morocco's
    (the banks' 054 MAR), "Marokkos Anspruch auf die Westsahara" too."""
    if noun.lemma_ not in HELD_NOUNS:
        return attributes
    holders = [a for a in attributes if preposition_of(a) not in HELD_OVER]
    return holders or attributes


def _named_place(noun: Token, actors: ActorIndex) -> Span | None:
    """The state of the place a noun of its kind names by its side ("die Hauptstadt Kiew", "den Hafen
    Odessa", "die Provinz Idlib")."""
    names = (actor_or_place(c, actors) for c in children(noun, "appos", "flat", "flat:name") if c.i > noun.i)
    return next(filter(None, names), None)


# what a state's compound names as its own: its people, forces and firms, its bases, its measures
OWNED_STEMS = (*PEOPLE_STEMS, "stützpunkt", "militärbasis", "hersteller", "blockade", "embargo", "sanktion")


def _owner_named_in_compound(noun: Token, actors: ActorIndex) -> Span | None:
    """ "Raketen auf den US-Stützpunkt in Katar": a state or union abbreviated in the compound of the
    phrase's own noun owns the people, bases, firms or measures the noun names; a place named in an
    attribute of it ("in Katar") is only where they are. Not a noun that is part of an actor's name
    ("US-Präsident Trump"), nor an act or a thing a compound only concerns ("die Schließung der
    NATO-Radarstation", "die AU-Mission in Somalia")."""
    rest = noun.text.partition("-")[2].lower()
    # the stem may close the compound: "den US-Chiphersteller"
    if noun.i in actors.by_token or not any(stem in rest for stem in OWNED_STEMS):
        return None
    return abbreviated_agent(noun)


def _inside_a_name(token: Token, actors: ActorIndex) -> bool:
    """The noun is a word of an actor's name of several words ("Organisation für das Verbot chemischer
    Waffen", "Organisation für Sicherheit und Zusammenarbeit in Europa"): the name, no act."""
    span = actors.by_token.get(token.i)
    return span is not None and len(span) > 1 and span._.actor is not None and token.ent_iob_ in ("B", "I")


def _infinitive(word: Token) -> bool:
    """An infinitive, by its tag or its "zu": a verb of its own where a row matched it as an object."""
    return word.tag_ in INFINITIVE_TAGS or is_zu_infinitive(word)


def _object_of_a_verb_after(noun: Token, verb: Token) -> bool:
    """The noun is the object of a verb after "und"/"oder"/"sowie" later in the sentence that the parse
    made the noun's attribute (`misparsed_as_attribute`): that verb's object, not this one's."""
    return any(
        misparsed_as_attribute(a) and a.i > verb.i + 1 and a.doc[a.i - 1].lower_ in ("und", "oder", "sowie")
        for a in children(noun, "amod")
    )


def _phrases_of_the_object(trigger: Trigger, spec: str) -> list[Token]:
    """Target phrases the parse hung on the matched object rather than on the verb: on a predicative
    adjective it made a clause ("zeigte sich empört über Moskau", the phrase on "empört"), on a
    coordinated object ("feuerte Drohnen und Raketen auf Israel ab", the phrase on "Raketen") or on an
    attribute of the object ("verhängte Zölle von 40 Prozent auf brasilianische Waren", on "Prozent")."""
    noun = trigger.object_noun
    if noun is None or noun.i == trigger.token.i:
        return []
    heads = [noun, *children(noun, "conj", "nmod")]
    return [p for head in heads for prep in target_prepositions(spec) for p in with_preposition(head, prep)]


def _date(trigger: Token, sentence: Span, doc: Doc) -> str | None:
    return clause_date(clause_verb(trigger), sentence, doc) or doc._.article_date


def _place(trigger: Token, actors_used: set, doc: Doc) -> Span | None:
    clause = clause_verb(trigger)
    for token in clause.subtree:
        if token.ent_iob_ != "B":
            continue
        span = next((e for e in doc.ents if e.start == token.i), None)
        if span is None or span._.place is None or (span.start, span.end) in actors_used:
            continue
        if (
            preposition_of(doc[span.end - 1]) in PLACE_PREPOSITIONS
            or preposition_of(token) in PLACE_PREPOSITIONS
        ):
            return span
    return None


def _events_for(
    trigger: Trigger,
    sentence: Span,
    actors: ActorIndex,
    doc: Doc,
    context: list[EventInfo],
    recent: list[EventInfo],
    before: list[EventInfo],
) -> list[EventInfo]:
    target_rules: dict[tuple, str] = {}
    pairs = _source_target_pairs(trigger, sentence, actors, context, recent, before, target_rules)
    if not pairs:
        return []
    date = _date(trigger.token, sentence, doc)
    # a pledge announced is a pledge made, a request filed is an appeal made
    made_by_saying = trigger.entry.code.startswith((INTENT_ROOT, APPEAL_ROOT))
    modality = modality_of(
        trigger.token,
        sentence,
        date if date != doc._.article_date else None,
        doc._.article_date,
        made_by_saying,
    )
    refusal = trigger.entry.code == REFUSAL_TO_YIELD or is_refused_act(trigger)
    if refusal and modality in ("negated", "future"):
        modality = "asserted"  # the negation is the refusal; announcing it is taking the stand
    if modality == "negated" and _denies_by_its_object(trigger):
        modality = "asserted"
    undated_intent = trigger.entry.code.startswith(INTENT_ROOT) and date == doc._.article_date
    if modality == "future" and undated_intent and reported_stance(clause_verb(trigger.token)):
        modality = "asserted"  # an intent reported under "werde"/"wolle" is stated now
    events = []
    for source, target in pairs:
        if side_of(source) is None:
            continue  # a coach or a village is no political actor ("Glasner lobte die Mannschaft")
        if target is not None and same_actor(source, target) and not on_own_people(source, target):
            continue
        used = {(source.start, source.end)} | ({(target.start, target.end)} if target is not None else set())
        parts = [p for p in (trigger.token, trigger.particle, source, target) if _inside(p, sentence)]
        start = min(p.start if isinstance(p, Span) else p.i for p in parts)
        end = max(p.end if isinstance(p, Span) else p.i + 1 for p in parts)
        trigger_span = doc[trigger.token.i : trigger.token.i + 1]
        confidence = 0.6 + (0.2 if target is not None or trigger.entry.target == "none" else 0.0)
        confidence += 0.1 if trigger.object_noun is not None else 0.0
        event = EventInfo(
            code=trigger.entry.code,
            modality=modality,
            trigger=trigger_span,
            evidence=doc[start:end],
            confidence=round(min(confidence, 0.95), 2),
            source=source,
            target=target,
            date=date,
            place=_place(trigger.token, used, doc),
            target_rule=TARGET_NONE
            if target is None
            else target_rules.get((span_offsets(source), span_offsets(target)), TARGET_DERIVED),
        )
        # a show of force denied or renounced is shown to no one (`targets_renounced_force`)
        renounced = renounced_show_of_force(event)
        events.append(replace(event, target=None, target_rule=TARGET_NONE) if renounced else event)
    return events


def _source_target_pairs(
    trigger: Trigger,
    sentence: Span,
    actors: ActorIndex,
    context: list[EventInfo],
    recent: list[EventInfo],
    before: list[EventInfo],
    target_rules: dict[tuple, str],
) -> list[tuple[Span, Span | None]]:
    """Who did it to whom: both directions for a symmetric event, else each source with its target(s).
    `recent` are the events of the last ACT_SENTENCES sentences, where an act judged here may be.
    `target_rules` gets the rule that chose each (source, target) of the general cascade; the pairs of
    the special constructions above it are left out (their rule is TARGET_DERIVED)."""
    if is_interview(trigger):
        return []
    if is_dismissal(trigger):
        return dismissal_pairs(trigger, actors, context)
    if received := host_and_guest(trigger, actors):  # "wurde von Xi empfangen": the host receives
        return received
    # "…, denen Spionage vorgeworfen wird": the state holding the charged accuses (`charged_detainees`)
    if charged := charged_detainees(trigger, actors):
        return charged
    # a group noun for states named before ("Beide Staatschefs kündigten an"): each of them
    grouped = group_subject_states(trigger, actors, before)
    if grouped and (among := among_themselves(trigger, grouped, actors)):
        return among
    if asked := parties_asked_to_meet(trigger, actors) or pair_acted_upon(trigger, actors):
        sources = sources_and_patient(trigger, actors)[0]
        return [(source, side) for source in sources for side in asked if not same_actor(source, side)]
    sides = (
        []
        if grouped
        else mutual_sides(trigger, actors, context)
        or meeting_group_sides(trigger, actors, before)
        or sides_of_talks_before(trigger, actors, before)
        or signed_on_visit(trigger, actors)
    )
    if len(sides) >= 2:
        # every side with every other: "A, B und C unterzeichneten den Vertrag" binds each to each
        return [(side, other) for side in sides for other in sides if other is not side]
    # a visit scheduled or made up for that names no one, or a talk that took place: the one told of
    # before, one way
    if visited := visit_told_of_before(trigger, actors, before) or talk_told_of_before(
        trigger, actors, before
    ):
        return visited
    # a fight of two sides ("Gefechte zwischen Armee und Miliz"): both directions
    if fought := fighting_sides(trigger, actors):
        return fought
    mediated = mediated_group_sides(trigger, actors, before) or mediated_sides(trigger, actors, before)
    if mediated:
        sources = sources_and_patient(trigger, actors)[0]
        return [(source, side) for source in sources for side in mediated if not same_actor(source, side)]
    if is_recipient_row(trigger):
        return giver_recipient_pairs(trigger, actors, context, recent)
    if is_destination_row(trigger):
        return giver_destination_pairs(trigger, actors, context, recent)
    sources, patient = (grouped, None) if grouped else sources_and_patient(trigger, actors)
    # a crowd the parse lost ("protestierten in Sofia Tausende"): the people of the place (crowd_sources)
    sources = sources or crowd_sources(trigger, actors)
    # "Es folgen Haftbefehle gegen …": the court of the warrants told of before (`warrant_issuers`)
    sources = sources or warrant_issuers(trigger, before)
    # "Der Franzose kam aus iranischer Haft frei": the holder frees the subject (`freed_subjects`)
    if freed := released_abroad(trigger, sources, actors, before):
        return freed
    # a reaction with "man" or an agentless passive, voiced in a capital: its government (seat_sources);
    # what it reacts to is found as for any source; one guessed from the sentences before is the doer of
    # the act reported before it ("In Moskau reagierte man mit Drohungen"), not any state named there
    voiced_in_a_capital = not sources  # the source, if any, comes from seat_sources
    sources = sources or seat_sources(trigger, actors)
    sources = [s for s in sources if not named_as_mediator(s, trigger, actors)]
    # sanctions eased in a passive that names no one: by who imposed them before (`eased_measures`)
    if eased := eased_by_imposer(trigger, sources, actors, before):
        return eased
    # an attack a state reports with no doer named: its own, or that of the side that attacked it before
    reported = reported_attack(trigger, actors, before) if not sources else None
    if reported is not None:
        return [reported]
    if (
        _names_nobody(trigger.token)
        or addresses_everyone(trigger, actors, before)
        or calls_on_a_group(trigger, actors)
    ):
        return [(source, None) for source in sources]
    reciprocal = each_other(trigger, sources) or _yielded_to_each_other(trigger, sources, actors, patient)
    if reciprocal:
        return reciprocal
    # an act addressed to a group of states named before ("drohte beiden Regierungen"): to each; the
    # two sides of a conflict may have been named well before the appeal to both of them
    both = group_targets(trigger, sources, actors, before) or both_sides(trigger, actors, before)
    if both:
        return [(source, side) for source in sources for side in both if not same_side(side, source)]
    pairs, guessed = [], []
    mutual = done_to_each_other(trigger, actors)
    for source in sources:
        # a judged act's performer comes before what the parse attaches to the act noun ("verurteilte
        # den Angriff Irans auf Israel" targets Iran, not Israel)
        parsed = (
            judged_act_performer(trigger, source, actors, recent, before)
            or _own_target(
                _not_a_named_co_agent(
                    not_a_forum(_target(trigger, actors, patient, source), trigger), trigger
                ),
                source,
                [] if mutual else actors.adjectives_listed_with(source),
            )
            # a rejection set against the clause before answers its subject, also where what it
            # rejects is named in general ("bot sich als Vermittlerin an, doch Minsk lehnte jede
            # Einmischung ab"), which leaves nothing to guess
            or rejected_clause_subject(trigger, source, actors)
            # an act answered ("hat auf Trumps Drohung nicht reagiert") is aimed at the one answering
            or answerer(trigger, source, actors)
        )
        # a parsed name that stands for no state ("Leuchtfeuer der Hoffnung", a ship) yields to a state
        # actor found nearby or just before; a person keeps it where none is found
        stateless, parsed = (parsed, None) if _stateless(parsed) else (None, parsed)
        guessable = (
            not judges_acts_in_general(trigger)
            and not judges_a_deed_of_no_named_doer(trigger, recent)
            and not meets_among_themselves(trigger, source)
            and not aimed_at_unnamed_foreigners(trigger)
            and not refuses_any(trigger)
            and not answers_no_side(trigger)
            and not about_an_unowned_norm(trigger, actors)
            and not attacks_unflagged_ships(trigger, source)
            and not leaves_an_unnamed_body(trigger, actors)
            and victim_of_judged_act(trigger, source, actors) is None
            and not inquires_into_an_incident(trigger, source)
        )
        guess = (
            # a refusal to yield answers the side that coerced the refuser just before
            coercer(trigger, source, actors, recent)
            # an agreement signed or talks held abroad with no partner named: the host (`hosts_abroad`)
            or host_abroad(trigger, source, actors)
            # a crowd protesting at home against no one named: its own government, not a state from before
            or home_target(
                trigger, source, fallback_target(trigger, source, sentence, actors, context), actors
            )
            if guessable and not parsed
            else None
        )
        # a condolence goes to the state that mourns, not to an actor of the sentences just before (the
        # attackers, the helpers): that state is the one the article is about (`targets_remembered`)
        guess = None if condoles(trigger) and not _inside(guess, sentence) else guess
        # an act that needs a target and found none: the state the text was just talking about
        # (a force noun with no target stays too little to code: "bestritt jegliche Angriffsabsichten")
        fillable = (
            guessable
            and not stateless
            # a force noun that names its doer names an attack made, aimed at the side just talked
            # about (`attributed_force`)
            and (not _force_named_in_passing(trigger) or aimed_at_the_side_talked_about(trigger, source))
            and not calls_on_no_one(trigger)
        )
        # provenance for the confidence model: the fallback's guess in the sentence ("nearby") or before it
        guessed_by = TARGET_NEARBY if _inside(guess, sentence) else TARGET_CONTEXT
        if voiced_in_a_capital and guess and not _inside(guess, sentence):
            guess = doer_reacted_to(source, context)
        if not guess:
            guess, guessed_by = (
                (filled_target(trigger, source, sentence, actors) if fillable else None),
                TARGET_FILLED,
            )
        if not guess:
            guess, guessed_by = (
                (remembered_counterpart(trigger, source, before, actors) if fillable else None),
                TARGET_COUNTERPART,
            )
        if not guess and not answers_accusation(trigger):
            # an act within a dispute at home that names no one answers it (`targets_home_disputes`)
            guess, guessed_by = (
                (home_dispute_target(trigger, source, context) if fillable else None),
                TARGET_CONTEXT,
            )
        # the fills above guess from the sentences before as well: for a reaction voiced in a capital
        # only the doer of an act reported before is whom it answers; with none, the reaction has no
        # target ("Die Lage in Polen ist angespannt. In Lissabon zeigte man sich enttäuscht."). A
        # pledge or agreement voiced there ("In Washington wurde vereinbart") answers no act: it is
        # made with a partner, whom the sentences before may name
        answering = trigger.entry.code[:2] != INTENT_ROOT
        if voiced_in_a_capital and answering and guess is not None and not _inside(guess, sentence):
            # the act answered may have been reported further back than the context the guesses read
            # ("Indien erhob Zölle … [sentences without an act of another side] … In Canberra zeigte
            # man sich enttäuscht")
            doer = doer_reacted_to(source, context) or doer_reacted_to(source, before)
            guess, guessed_by = doer, TARGET_CONTEXT
        guess = None if parsed else _not_a_co_agent(guess, source, sources, trigger, actors)
        # a group's cooperative act is done among its states (`toward_each_other`): a state guessed from
        # the sentences before is a third party, most often their mediator or host ("Malaysia vermittelte
        # … Beide Seiten sagten zu, …")
        guess = None if grouped and acts_among_itself(trigger) and not _inside(guess, sentence) else guess
        # a guess from the sentence itself may be the one who asks for the act (`targets_askers`)
        guess = None if guess is not None and asker_of_hostile_act(guess, trigger) else guess
        target = parsed or guess or _person(stateless, trigger, source)
        rule = TARGET_PARSED if parsed else guessed_by if guess else TARGET_PERSON
        # an arrest no one was found for: the state's own people (`targets_arrests`)
        if not target:
            target, rule = (arrested_at_home(trigger, source) if guessable else None), TARGET_HOME
        target = None if target is not None and named_as_mediator(target, trigger, actors) else target
        if target is None and (_force_named_in_passing(trigger) or is_visit(trigger)):
            continue  # a visit is to someone: one whose destination names no actor is too little to code
        coordinated = _coordinated(target, actors, parsed is not None)
        pairs += listed_pairs(source, coordinated, mutual, trigger, actors)
        target_rules |= {
            (span_offsets(source), span_offsets(each)): rule for each in coordinated if each is not None
        }
        guessed += [target] if parsed is None and not _inside(target, sentence) else []
    pairs = toward_each_other(trigger, pairs, grouped) if grouped else pairs
    return pairs + met_in_return(trigger, pairs, guessed, actors)


def _yielded_to_each_other(
    trigger: Trigger, sources: list[Span], actors: ActorIndex, patient: Span | None
) -> list[tuple[Span, Span]]:
    """Two sides that yield together with no one else named yield to each other: "Israel und Iran
    stimmten einer Waffenruhe zu", "forderte Moskau und Kiew auf, die Kämpfe einzustellen". Both
    directions, as for a reciprocal verb. Not where the clause names a third party ("stimmten dem Plan
    Ägyptens zu"), nor for two sources listed apart from each other. A pledge the two make to
    themselves binds each to the other alike ("Eriwan und Baku verpflichteten sich, die Grenze
    anzuerkennen"); one made without "sich" may be to anyone ("sagten Hilfe zu")."""
    if len(sources) != 2 or not (
        trigger.entry.code.startswith(YIELD_ROOT) or _pledged_to_themselves(trigger)
    ):
        return []
    first, second = sources
    if side_of(first) is None or side_of(second) is None or same_camp(first, second):
        return []
    # two named apart in the sentence are no pair; a group's members named before are ("Beide Seiten")
    listed_here = first.sent == trigger.token.sent
    if listed_here and first.root.conjuncts and second.root not in first.root.conjuncts:
        return []
    if any(_target(trigger, actors, patient, source) is not None for source in sources):
        return []
    return [(first, second), (second, first)]


def _pledged_to_themselves(trigger: Trigger) -> bool:
    """A pledge by a promising verb with a reflexive "sich" ("verpflichteten sich"), or the act such a
    verb promises ("verpflichteten sich, die Grenze anzuerkennen")."""
    verb = trigger.token
    pledging = verb.head if verb.dep_ == "xcomp" else verb
    if pledging == verb and not trigger.entry.code.startswith(INTENT_ROOT):
        return False
    return pledging in PROMISING and any(c.lower_ == "sich" for c in pledging.children)


def _not_a_co_agent(
    guess: Span | None, source: Span, sources: list[Span], trigger: Trigger, actors: ActorIndex
) -> Span | None:
    """A guess that is another subject of the same verb, or listed with the source ("Nigeria, Senegal
    und die Elfenbeinküste verhängten Sanktionen"), acts alongside it, unless the act is done to each
    other (a reciprocal verb, a noun that takes its partner with "mit" or "zwischen": "das Treffen")."""
    mutual = (
        reciprocal_verb(trigger) if trigger.entry.kind == "V" else trigger.entry.target in RECIPROCAL_TARGETS
    )
    # the names of gapped clauses ("wies drei Diplomaten aus, Litauen zwei") each act on their own
    if guess is None or mutual and not gapped_subjects(trigger, actors):
        return guess
    others = [s for s in sources if s is not source] + actors.listed_with(source)
    return None if any(same_actor(guess, other) for other in others) else guess


def _force_named_in_passing(trigger: Trigger) -> bool:
    """Force named by a noun with its actor but no one it is aimed at, here or in a hostile act just
    before ("bestritt jegliche Angriffsabsichten", "ein israelischer Gegenschlag"): too little to code."""
    return trigger.entry.kind == "N" and trigger.entry.code[:2] in FORCE_ROOTS


def _denies_by_its_object(trigger: Trigger) -> bool:
    """The row's object is the negative pronoun that makes the act a denial ("habe mit dem Anschlag nichts
    zu tun"): the parse rightly makes it the verb's object, which reads as a negation of the act."""
    return trigger.object_noun is not None and NEGATIVE_PRONOUN.match(trigger.object_noun.text) is not None


def _names_nobody(verb: Token) -> bool:
    """The object is a negative pronoun ("Russland bedrohe niemanden"): there is no target to look for."""
    return any(c.dep_ in ("obj", "iobj") and c.lower_ in NOBODY for c in verb.children)


def _coordinated(target: Span | None, actors: ActorIndex, parsed: bool) -> list[Span | None]:
    """A target and the actors coordinated with it: "Gaslieferungen nach Polen und Bulgarien"; places
    stand for their states there ("reiste nach Kiew und Warschau"). The country adjectives listed with a
    parsed target's name each state ("gegen chinesische und nordkoreanische Akteure"); a guessed one
    is a single counterpart, not the list it was taken from."""
    if target is None:
        return [None]
    coordinated = [target]
    # every later list item, also of a chained list ("nach Bamako, Ouagadougou und Niamey")
    later_items = [c for c in target.root.conjuncts if c.i > target.root.i]
    listed = actors.adjectives_listed_with(target) if parsed else []
    for conjunct in listed + [actor_or_place(c, actors) for c in later_items]:
        # two cities of one state ("griff Charkiw und Odessa an") are one target
        if conjunct is not None and not any(same_side(conjunct, t) or conjunct == t for t in coordinated):
            coordinated.append(conjunct)
    return coordinated


def _stateless(target: Span | None) -> bool:
    return target is not None and side_of(target) is None


def _person(target: Span | None, trigger: Trigger, source: Span) -> Span | None:
    """A person the parse found but the KB places in no state ("machte den Blogger … verantwortlich",
    "die Ermordung eines Journalisten durch ein saudisches Kommando"). Acted on by a state whose
    sentence names no other state, the person is one of its own people, as the gold codes them
    (LKA → LKA); an organisation has no people, and a foreign state named keeps the person."""
    if target is None or target.label_ not in PERSON_LABELS:
        return None
    state = own_state(source)
    if state is None or sentence_names_a_foreigner(trigger.token, source, nationalities=True):
        return target
    people = state_ref(target.text, state, CIVILIANS, role=AT_HOME)
    return stand_in(trigger.token.doc, trigger.token.i, trigger.token.i + 1, people) or target


def _not_a_named_co_agent(target: Span | None, trigger: Trigger) -> Span | None:
    """A visit keeps its destination: a host who comes along ("besuchte gemeinsam mit Mitsotakis die
    Grenzregion") is whom the visit is to."""
    return None if not is_visit(trigger) and co_agent_as_target(target, trigger) else target


def _own_target(target: Span | None, source: Span, co_agents: list[Span]) -> Span | None:
    """A parsed target that is the source itself or its own state is a misparse, not a reason to drop
    the event ("Sacharowa drohte mit Vergeltung; Russland werde antworten"); so is one of its
    `co_agents`, the states whose adjectives are listed with the source's on their shared noun ("haben
    amerikanische und britische Kampfflugzeuge … Ziele angegriffen", the noun parsed as the object's
    attribute), unless they act on each other ("haben sich armenische und aserbaidschanische Truppen
    beschossen")."""
    return None if target is None or same_actor(source, target) or target in co_agents else target


def _inside(part: Span | Token | None, sentence: Span) -> bool:
    """Evidence stays in the sentence even where a target comes from the context before it."""
    if part is None:
        return False
    start = part.start if isinstance(part, Span) else part.i
    return sentence.start <= start < sentence.end
