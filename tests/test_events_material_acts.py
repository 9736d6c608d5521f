"""Material cooperation and conflict as newspapers report it (issue 7, roots 06-09 and 14-20): joint
exercises, prisoners handed back, access received, rioters hurling stones, stabbings, missiles and
drones intercepted, ground operations, villages taken, and the place an attack hits standing for its
state. Sentences of our own; actors the actor stage resolves (states, capitals, nationality adjectives)."""

from functools import partial

import pytest

from lagebild.events.arguments import ActorIndex
from lagebild.events.lexicon import german_lexicon
from lagebild.events.sources import sources_and_patient
from lagebild.events.struck_places import struck_place
from lagebild.events.triggers import noun_trigger, verb_trigger
from lagebild.pipeline import get_pipeline
from tests.event_tuples import coded_events

events = partial(coded_events, date="2024-09-12")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a joint exercise is military cooperation between those holding it, in both directions
        ("Polen hielt mit Litauen eine gemeinsame Übung ab.", ("062", "POL", "LTU", "asserted")),
        ("Seoul und Washington hielten eine gemeinsame Übung ab.", ("062", "USA", "KOR", "asserted")),
        # captured soldiers handed back: the side they belong to is the target
        ("Im Austausch übergab Baku drei armenische Soldaten.", ("0841", "AZE", "ARM", "asserted")),
        # access received: the giver is the source, the receiving side the target
        ("Die Ukraine erhielt von Russland Zugang zu den Gefangenen.", ("086", "RUS", "UKR", "asserted")),
        # rioters hurling things at the police, in the state where they riot
        ("Die Demonstranten schleuderten in Belgrad Steine auf die Polizei.", ("145", "SRB", "SRB", "asserted")),
        ("Tausende Demonstranten schleuderten in Tiflis Flaschen auf die Polizei.", ("145", "GEO", "GEO", "asserted")),
        # a stabbing is a killing (1823)
        ("Russische Soldaten erstachen einen ukrainischen Bürgermeister.", ("1823", "RUS", "UKR", "asserted")),
        # intercepting the other side's drones is fighting it; the drones' adjective names that side
        ("Die ukrainische Flugabwehr fing über Nacht elf russische Drohnen ab.", ("190", "UKR", "RUS", "asserted")),
        # a ground operation held possible
        ("Ein israelischer Bodeneinsatz im Libanon gilt als wahrscheinlich.", ("190", "ISR", "LBN", "hypothetical")),
        # villages and towns taken, named as a group in the object
        ("Die russische Armee nahm mehrere Ortschaften in der Ukraine ein.", ("192", "RUS", "UKR", "asserted")),
    ],
)  # fmt: skip
def test_material_acts_are_coded_as_reported(text, expected):
    assert expected in events(text)


def test_an_exercise_without_a_partner_stays_a_show_of_force_not_cooperation():
    codes = {code for code, *_ in events("Die russische Marine hielt eine Übung in der Ostsee ab.")}
    assert not any(code.startswith("06") for code in codes)


def test_a_stone_throwing_metaphor_without_protesters_codes_no_riot():
    assert not events("Die Opposition schleuderte der Regierung Vorwürfe entgegen.")


def _struck(text: str):
    """The target struck_place reads for the first verb of violence in `text`, on the real parse."""
    doc = get_pipeline("de")(text)
    actors, lexicon = ActorIndex(doc), german_lexicon()
    sentence = next(iter(doc.sents))
    trigger = next(t for t in map(lambda tok: verb_trigger(tok, sentence, lexicon), sentence) if t)
    sources, _ = sources_and_patient(trigger, actors)
    target = struck_place(trigger, actors, sources[0])
    return target._.actor.country if target is not None else None


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Russische Truppen griffen die Stadt Charkiw an.", "UKR"),
        ("Russische Truppen beschossen den Hafen von Odessa.", "UKR"),
        ("Russland bombardierte Wohngebiete in Charkiw.", "UKR"),
    ],
)
def test_the_place_an_attack_hits_stands_for_its_state(text, state):
    assert _struck(text) == state


def test_the_victims_of_an_attack_named_as_a_circumstance_are_its_target():
    doc = get_pipeline("de")(
        "Zwei israelische Zivilisten wurden durch den Raketenbeschuss der Hisbollah verletzt."
    )
    actors, lexicon = ActorIndex(doc), german_lexicon()
    trigger = next(t for t in map(lambda tok: noun_trigger(tok, lexicon), doc) if t)
    sources, _ = sources_and_patient(trigger, actors)
    assert struck_place(trigger, actors, sources[0])._.actor.country == "ISR"


def test_a_place_in_the_attackers_own_camp_is_no_target():
    # "von Belgorod" is found (the test above) but lies in Russia: a report of where, not whom
    assert _struck("Russische Truppen beschossen den Hafen von Belgorod.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weapon as the subject stands for the army that fired it, named by its adjective
        ("Eine russische Rakete traf ein Wohnhaus in Kiew.", ("195", "RUS", "UKR", "asserted")),
        # "frei" closing the clause is the particle of "freilassen", whatever its tag
        ("Im Gegenzug ließ Moskau zwölf ukrainische Soldaten frei.", ("0841", "RUS", "UKR", "asserted")),
        # a genitive agent whose case only its adjective shows
        ("Die Angriffe russischer Truppen auf Charkiw dauern an.", ("190", "RUS", "UKR", "asserted")),
        # the city named beside the object of an attack is the target's state
        ("Russische Truppen griffen die Stadt Charkiw an.", ("190", "RUS", "UKR", "asserted")),
        # those killed in an attack named as the circumstance are its target
        ("Ukrainische Soldaten wurden bei einem russischen Luftangriff getötet.", ("195", "RUS", "UKR", "asserted")),
    ],
)  # fmt: skip
def test_weapons_genitive_agents_closing_particles_and_struck_places(text, expected):
    assert expected in events(text)
