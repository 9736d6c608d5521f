"""Subjects the parse loses, found by German grammar checked against morphology: the names agreeing
with the finite verb right after it, a perfect with "haben" read as a passive, a labelled subject the
finite verb disagrees with in number, "er" after the finite verb with the object fronted, "beide" for
two states just named, and a list of subjects after a fronted time. Through the real pipeline."""

from tests.event_tuples import coded_events, country_roots

DATE = "2024-05-01"


def _events(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(source, code[:2], target) for code, source, target, _ in coded_events(text, DATE)}


def _sources(events: set, root: str) -> set[str | None]:
    return {source for source, r, _ in events if r == root}


def _keys(text: str) -> set[tuple[str, str | None, str | None, str]]:
    return country_roots(text, "2024-03-01")


def test_name_after_the_finite_verb_is_the_subject_when_the_parse_gives_none():
    # the parse labels "Peking" an object of "lenkt … ein" and gives the verb no subject
    events = _events("Im zweiten Szenario lenkt Peking ein, weil chinesische Exporteure Druck machen.")
    assert _sources(events, "08") == {"CHN"}


def test_perfect_with_haben_is_no_passive_and_the_time_in_front_no_subject():
    # "Zwei Tage" is labelled the passive subject; plural, it disagrees with "hatte"
    events = _events(
        "Zwei Tage vor dem Gipfel hatte Nordkorea drei Kurzstreckenraketen ins Japanische Meer abgefeuert."
    )
    assert _sources(events, "15") == {"PRK"}


def test_plural_modal_takes_the_list_of_names_after_it_not_the_singular_object():
    # "wollen" hangs on a noun and "Abkommen" is labelled the subject: singular, it cannot be
    events = _events(
        "Schon im Frühjahr wollen Peru und Bolivien in La Paz ein Abkommen zur Bekämpfung des "
        "Drogenhandels unterzeichnen."
    )
    assert _sources(events, "05") == {"PER", "BOL"}


def test_er_after_the_finite_verb_is_the_subject_of_a_fronted_object():
    events = _events(
        "Der kroatische Regierungschef Andrej Plenković besuchte am Montag Sarajevo. Belgrad warf er "
        "vor, die Region zu destabilisieren."
    )
    assert ("HRV", "11", "SRB") in events
    assert ("SRB", "11", "HRV") not in events


def test_a_name_before_the_verb_stays_the_subject_without_a_pronoun_after_it():
    events = _events("Belgrad warf Zagreb vor, die Region zu destabilisieren.")
    assert ("SRB", "11", "HRV") in events


def test_beide_after_a_clause_naming_two_states_stands_for_them():
    events = _events(
        "Kanzler Olaf Scholz telefonierte am Abend mit Präsident Emmanuel Macron; beide verurteilten "
        "den russischen Angriff scharf."
    )
    assert _sources(events, "11") == {"DEU", "FRA"}


def test_an_agreement_planned_by_two_states_after_a_fronted_time_is_coded_both_ways() -> None:
    # a guard: this parse keeps the subject list, so the coder before the round passed it too; the
    # lost list is tested above
    keys = _keys("Im Mai wollen Kenia und Uganda in Kampala ein Handelsabkommen unterzeichnen.")
    assert {("05", "KEN", "UGA", "future"), ("05", "UGA", "KEN", "future")} <= keys
