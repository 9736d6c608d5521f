"""The visitor and the host named again as "der Gast" and "der Gastgeber" (`pipeline/actor_guests.py`),
through the whole pipeline."""

from tests.event_tuples import events_of, state_of

ARRIVAL = (
    "Der chilenische Präsident Gabriel Boric ist am Dienstag zu einem Staatsbesuch in Madrid eingetroffen."
)


def events_in(text: str, sentence: str) -> list[tuple]:
    """(source state, root, target state, modality) of the events read from `sentence`."""
    return [
        (state_of(e.source), e.root, state_of(e.target), e.modality)
        for e in events_of(text, "2024-03-12")
        if e.evidence.text == sentence
    ]


def test_the_guest_as_subject_is_the_visitor_told_of_before():
    praise = "Der Gast lobte die enge Zusammenarbeit mit Spanien."
    assert events_in(f"{ARRIVAL} {praise}", praise) == [("CHL", "05", "ESP", "asserted")]


def test_the_guest_as_object_is_the_visitor_not_the_host_who_owns_him():
    reception = "Ministerpräsident Pedro Sánchez empfing seinen Gast im Moncloa-Palast."
    assert events_in(f"{ARRIVAL} {reception}", reception) == [("ESP", "04", "CHL", "asserted")]


def test_a_guest_received_before_by_an_unnamed_office_holder_is_the_one_who_criticises():
    story = "Der ghanaische Präsident wurde am Montag in Paris von Emmanuel Macron empfangen."
    criticism = "Der Gast kritisierte Frankreich scharf."
    assert events_in(f"{story} {criticism}", criticism) == [("GHA", "11", "FRA", "asserted")]


def test_a_guest_who_names_his_own_state_is_not_the_visitor_before():
    praise = "Der Gast aus Portugal lobte die Zusammenarbeit mit Spanien."
    assert ("CHL", "05", "ESP", "asserted") not in events_in(f"{ARRIVAL} {praise}", praise)


def test_the_host_thanked_is_the_state_the_visitor_travelled_to():
    story = "Die thailändische Regierungschefin Paetongtarn Shinawatra reiste am Sonntag nach Jakarta."
    thanks = "Paetongtarn Shinawatra dankte dem Gastgeber für die Einladung."
    assert ("THA", "05", "IDN", "asserted") in events_in(f"{story} {thanks}", thanks)


def test_the_host_praised_by_the_guest_is_the_one_who_received_him():
    story = "Der chilenische Präsident Gabriel Boric wurde in Madrid von Pedro Sánchez empfangen."
    praise = "Der Gast lobte den Gastgeber ausdrücklich."
    assert events_in(f"{story} {praise}", praise) == [("CHL", "05", "ESP", "asserted")]


def test_the_hosts_criticised_are_the_one_called_host_by_title():
    story = "Gastgeber Abdelmadjid Tebboune eröffnete den Gipfel der Arabischen Liga in Algier."
    criticism = "Der marokkanische Außenminister Nasser Bourita kritisierte die Gastgeber scharf."
    assert events_in(f"{story} {criticism}", criticism) == [("MAR", "11", "DZA", "asserted")]
