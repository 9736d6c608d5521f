"""Acts beside the pledge or accusation that frames them (sentence_rules.without_framing): a promise is
the pledge of what it promises (events.pledged_acts: the promised act is no event of its own, as the gold codes
it), coded once; the charge of an accusation stays its content."""

from lagebild import analyze
from tests.event_tuples import state_or_igo


def events(text: str, date: str = "2024-05-02") -> set[tuple]:
    """(CAMEO root, source, target, modality) of every event in `text`: actors by state, else by code."""
    return {
        (e.code[:2], state_or_igo(e.source), state_or_igo(e.target), e.modality)
        for e in analyze(text, date=date, lang="de").events
    }


def roots_of(text: str) -> set[str]:
    return {root for root, *_ in events(text)}


def test_a_promise_is_the_pledge_not_also_the_act_it_promises():
    roots = roots_of("Ankara sagte Bagdad zu, im Sommer eine irakische Delegation zu empfangen.")
    assert "03" in roots and "04" not in roots


def test_a_commitment_is_coded_beside_the_act_it_binds_to():
    found = events("Der Kreml sicherte Peking zu, seine Truppen würden die gemeinsame Grenze schützen.")
    assert any(root == "03" and source == "RUS" for root, source, *_ in found)


def test_an_act_that_became_the_pledge_is_coded_once():
    """ "sagte zu, … zu unterstützen": the support promised is itself the pledge (03x), not a second one."""
    found = events("Berlin sagte zu, die Ukraine weiter militärisch zu unterstützen.")
    assert [e for e in found if e[0] == "03"] == [("03", "DEU", "UKR", "asserted")]


def test_the_charge_in_a_zu_infinitive_stays_the_content_of_the_accusation():
    found = events("Moskau hat Kiew vorgeworfen, Dörfer beschossen und Brücken zerstört zu haben.")
    assert ("11", "RUS", "UKR", "asserted") in found
    assert not any(root in ("18", "19") for root, *_ in found)
