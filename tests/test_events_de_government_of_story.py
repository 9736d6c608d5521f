"""A bare "die Regierung" after a sentence in which a state acted, with no state named in its own
sentence, is the government of the state the passage names most, not of the state most bodies were
placed in (`actor_institutions._earlier_body_state`)."""

from tests.event_tuples import coded_events

DATE = "2025-03-04"
BRUSSELS_BODIES = (
    "Ruanda hat die diplomatischen Beziehungen zu Belgien abgebrochen, teilte Präsident Paul Kagame in "
    "Kigali mit. In Brüssel hatte die Polizei zuvor einen ruandischen Diplomaten festgenommen, die "
    "Staatsanwaltschaft ermittelt gegen ihn. Ruanda sprach von einer Provokation, Kigali verlangte seine "
    "Freilassung. "
)


def test_government_is_the_state_the_story_is_about_not_the_one_whose_bodies_acted():
    text = BRUSSELS_BODIES + "Die Regierung wies zudem die Kritik der Europäischen Union zurück."
    refusals = [(source, modality) for code, source, _, modality in coded_events(text, DATE) if code == "120"]
    assert refusals == [("RWA", "asserted")]


def test_the_police_still_goes_by_the_bodies_placed_before():
    text = BRUSSELS_BODIES + "Die Polizei nahm am Abend zwei weitere ruandische Diplomaten fest."
    assert ("173", "BEL", "RWA", "asserted") in coded_events(text, DATE)[-1:]
