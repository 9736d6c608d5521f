"""Targets, round 7b: a judged ruling targets its court's state; a guest received in the passive also
visits the host; an offer to mediate that names no parties goes to both sides of the conflict."""

import lagebild


def _events(text: str):
    return lagebild.analyze(text, date="2024-03-01", lang="de").events


def _pairs(text: str, code: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in _events(text)
        if e.code == code
    }


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
