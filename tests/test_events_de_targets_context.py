"""Targets found in the context of the sentence: a dative addressee named by a definite common noun
("dem Gremium", "seinem Gastgeber") or a country noun ("gegen das Land", "dem Nachbarland", "dem
Königreich") points back to an actor named before (with nothing before, no target; "sein Land" is the
source's own); the subject of the next clause after a comma is no target; a judged ruling targets its
court's state; a guest received in the passive also visits the host; an offer to mediate that names no
parties goes to both sides of the conflict."""

from __future__ import annotations

from functools import partial

import pytest

from tests.event_tuples import coded_dyads, events_of, state_of

DATE = "2025-03-14"


_events = partial(events_of, date="2024-03-01")


def _keys(text: str, code_prefix: str) -> set[tuple[str | None, str | None]]:
    return {(state_of(e.source), state_of(e.target)) for e in _events(text) if e.code.startswith(code_prefix)}


def _pairs(text: str, code: str) -> set[tuple[str | None, str | None]]:
    return {(state_of(e.source), state_of(e.target)) for e in _events(text) if e.code == code}


def _targets(text: str, root: str, source: str) -> set[str | None]:
    return {target for code, actor, target in coded_dyads(text, DATE) if code[:2] == root and actor == source}


def test_pledge_to_a_body_named_before_goes_to_its_state():
    text = (
        "Der Krieg im Jemen dauert an. Saudi-Arabien und die Emirate sagten dem Präsidialrat des Jemen "
        "Hilfe zu. Riad und Abu Dhabi sagten dem Gremium zwei Milliarden Dollar zu."
    )
    pledges = [e for e in _events(text) if e.code.startswith("03") and e.evidence.sentence == 2]
    assert {(e.source.country, e.target.country if e.target else None) for e in pledges} == {
        ("SAU", "YEM"),
        ("ARE", "YEM"),
    }


def test_promise_to_the_host_goes_to_the_host_state():
    text = (
        "Der pakistanische Premier Shehbaz Sharif traf in Peking Staatschef Xi Jinping. "
        "Sharif versprach seinem Gastgeber, die Sicherheit der Ingenieure zu garantieren."
    )
    assert ("PAK", "CHN") in _keys(text, "03")


def test_definite_addressee_without_anyone_before_has_no_target():
    assert _keys("Indonesien wirft den Fischern Wilderei vor.", "11") == {("IDN", None)}


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        # sanctions "gegen das Land": the state the sentence before is about, not the co-sanctioners
        (
            "Frankreich kritisierte Ghana scharf. In Niger hat das Militär die Macht übernommen. Zugleich "
            "verhängten Ghana und Togo Handelssanktionen gegen das Land.",
            "16",
            "GHA",
            "NER",
        ),
        # "das Nachbarland" borders the source: Finland, not Russia named later
        (
            "Finnlands Präsident warf Russland Provokationen an der Grenze vor. "
            "Schweden sagte dem Nachbarland weitere Unterstützung zu.",
            "03",
            "SWE",
            "FIN",
        ),
        # "das Königreich" is the monarchy of the two states named before
        (
            "Der Streit um die Fischereirechte betrifft Marokko und Algerien. "
            "Madrid drohte dem Königreich mit wirtschaftlichen Folgen.",
            "13",
            "ESP",
            "MAR",
        ),
    ],
)
def test_country_noun_stands_for_the_state_named_before(text, root, source, target):
    assert _targets(text, root, source) == {target}


def test_own_country_noun_is_no_target():
    """ "sein Land" is the source's own state: no target is taken from the sentence before."""
    text = "Russland drohte Polen mit Vergeltung. Der polnische Präsident sagte, sein Land lasse sich nicht erpressen."
    assert "POL" not in {target for _, source, target in coded_dyads(text, DATE) if source == "POL"}


@pytest.mark.parametrize("judge", ["Die EU-Kommission", "Polen"])
def test_subject_of_the_next_clause_after_a_comma_is_no_target(judge):
    """ "bedauerte die Entscheidung, Berlin und Paris bestellten …": Berlin and Paris open a clause of
    their own; the parse makes them an apposition of the object."""
    text = (
        f"Das Parlament in Tiflis verabschiedete das Gesetz. {judge} bedauerte die Entscheidung, Berlin und "
        "Paris bestellten die georgischen Botschafter ein."
    )
    judgements = {target for code, _, target in coded_dyads(text, DATE) if code[:2] == "11"}
    assert judgements == {"GEO"}


def test_welcomed_ruling_targets_the_courts_state_named_by_its_adjective():
    text = (
        "Das moldauische Verfassungsgericht erklärte die Wahl für ungültig. "
        "Der Kreml hatte Chișinău zuvor Wahlbetrug vorgeworfen. Rumänien begrüßte das Urteil."
    )
    assert _pairs(text, "051") == {("ROU", "MDA")}


def test_ruling_of_a_court_at_home_keeps_the_own_state():
    text = (
        "Das Verfassungsgericht in Bukarest hat die Präsidentenwahl annulliert. "
        "Berlin und Paris äußerten sich besorgt. Präsident Klaus Iohannis begrüßte das Urteil."
    )
    assert _pairs(text, "051") == {("ROU", "ROU")}


def test_decision_judged_just_after_a_court_was_named_is_the_courts():
    text = (
        "Das Kosovo-Sondertribunal verurteilte einen früheren Kommandeur zu zehn Jahren Haft. "
        "Der Angeklagte schwieg. Die US-Regierung lobte die Entscheidung ausdrücklich."
    )
    assert _pairs(text, "051") == {("USA", "XKX")}


def test_decision_of_a_government_is_no_ruling():
    text = (
        "Die Regierung in Riga beschloss neue Zölle auf Getreide. Moskau kritisierte die Entscheidung scharf."
    )
    assert _pairs(text, "111") == {("RUS", "LVA")}


def test_guest_received_in_the_passive_visits_the_host():
    text = "Der kenianische Präsident William Ruto wurde am Montag von Xi Jinping in Peking empfangen."
    assert _pairs(text, "043") == {("CHN", "KEN")}
    assert _pairs(text, "042") == {("KEN", "CHN")}


def test_active_reception_is_no_visit():
    text = "Xi Jinping empfing am Montag den kenianischen Präsidenten William Ruto."
    assert _pairs(text, "043") == {("CHN", "KEN")}
    assert _pairs(text, "042") == set()


def test_offer_to_mediate_without_parties_goes_to_both_sides_of_the_conflict():
    text = (
        "Armenische und aserbaidschanische Truppen beschossen sich erneut an der Grenze. "
        "Aserbaidschan warf Armenien Provokationen vor. Kasachstan bot seine Vermittlung an."
    )
    assert _pairs(text, "039") == {("KAZ", "AZE"), ("KAZ", "ARM")}


def test_offer_to_mediate_between_named_parties_keeps_them():
    text = (
        "Armenische und aserbaidschanische Truppen beschossen sich erneut an der Grenze. "
        "Aserbaidschan warf Armenien Provokationen vor. "
        "Kasachstan bot an, zwischen Georgien und Russland zu vermitteln."
    )
    assert _pairs(text, "039") == {("KAZ", "GEO"), ("KAZ", "RUS")}
