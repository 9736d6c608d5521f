"""The one who asks for a hostile act is not its target (`events.targets_askers`); concessions asked
for, and rejections of what was asked, still go to the one who asks."""

from lagebild import analyze
from tests.event_tuples import events_of, state_or_igo


def sides(text: str, code_prefix: str) -> set[tuple]:
    """(source side, target side) of the events of a code: an IGO code, else the country."""

    def side(actor):
        if actor is None:
            return None
        code = actor.actor_code or ""
        return code if code.startswith("IGO") else actor.country or code

    events = analyze(text, date="2025-03-04", lang="de").events
    return {(side(e.source), side(e.target)) for e in events if e.code.startswith(code_prefix)}


def test_a_condemnation_asked_for_is_not_of_the_asker():
    text = "Der iranische Außenminister appellierte an die Europäische Union, den Anschlag zu verurteilen."
    assert all(target != "IRN" for _, target in sides(text, "11"))


def test_an_arrest_asked_for_is_not_of_the_askers_people():
    text = "UN-Generalsekretär António Guterres rief die Regierung in Colombo auf, die Täter vor Gericht zu stellen."
    assert all(target != "IGOUNO" for _, target in sides(text, "17"))


def test_a_concession_asked_for_goes_to_the_asker():
    assert ("USA", "CHN") in sides("Peking forderte Washington auf, die Zölle zurückzunehmen.", "08")


def test_a_rejection_of_what_was_asked_answers_the_asker():
    text = "Das irakische Parlament verlangte den Abzug der US-Truppen, was Washington umgehend zurückwies."
    assert ("USA", "IRQ") in sides(text, "12")


def test_sanctions_asked_for_are_not_against_the_asker():
    """Sanctions are a cut in relations a state asks others to impose on a third party, never on itself."""
    text = "Litauens Außenminister forderte die Europäische Union auf, neue Sanktionen zu verhängen."
    events = events_of(text, "2025-03-04", keep_implausible=True)
    sanctions = [(state_or_igo(e.source), state_or_igo(e.target)) for e in events if e.code.startswith("163")]
    assert sanctions and all(source.startswith("IGOEUR") for source, _ in sanctions)
    assert all(target != "LTU" for _, target in sanctions)
