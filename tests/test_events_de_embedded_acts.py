"""A second act inside another event's construction, coded as its own event, through the whole
pipeline: a meeting called off is a negated meeting; the mediation, talks or pledge someone is thanked
for are that actor's own act."""

from lagebild import analyze


def events_of(sentence: str) -> set[tuple]:
    """(code, source state, target state, modality) of the events read from `sentence`."""
    return {
        (e.code, e.source and e.source.country, e.target and e.target.country, e.modality)
        for e in analyze(sentence, date="2024-05-10", lang="de").events
    }


def test_a_meeting_called_off_is_a_negated_meeting_with_its_partner():
    found = events_of(
        "Der chinesische Außenminister sagte ein geplantes Treffen mit seinem japanischen Kollegen ab."
    )
    assert ("125", "CHN", "JPN", "asserted") in found
    assert ("040", "CHN", "JPN", "negated") in found
    assert not any(code == "040" and modality != "negated" for code, _, _, modality in found)


def test_turning_down_talks_is_no_cancelled_meeting():
    found = events_of("Die iranische Regierung lehnte Verhandlungen mit den Vereinigten Staaten ab.")
    assert not any(code.startswith("04") for code, *_ in found)


def test_those_thanked_for_their_mediation_mediated():
    found = events_of("Der amerikanische Präsident dankte Katar und Ägypten für ihre Vermittlung.")
    assert {("051", "USA", "QAT", "asserted"), ("051", "USA", "EGY", "asserted")} <= found
    assert {("045", "QAT", None, "asserted"), ("045", "EGY", None, "asserted")} <= found


def test_talks_thanked_for_were_held_by_both_sides():
    found = events_of("Die Bundeskanzlerin dankte Frankreich für die vertraulichen Gespräche.")
    assert {("040", "FRA", "DEU", "asserted"), ("040", "DEU", "FRA", "asserted")} <= found


def test_a_pledge_thanked_for_was_made_to_the_thanker():
    found = events_of("Die kenianische Präsidentin dankte Uganda am Telefon für die schnelle Zusage.")
    assert ("051", "KEN", "UGA", "asserted") in found
    assert ("030", "UGA", "KEN", "asserted") in found


def test_an_offer_praised_was_made_to_the_one_who_praises_it():
    found = events_of(
        "Der chilenische Außenminister lobte Peru für das Angebot, die Grenze gemeinsam zu sichern."
    )
    assert any(
        code.startswith("03") and (source, target) == ("PER", "CHL") for code, source, target, _ in found
    )


def test_support_thanked_for_is_no_second_event():
    found = events_of("Der ukrainische Präsident dankte Polen für die Unterstützung.")
    assert [code for code, *_ in found] == ["051"]


def test_a_call_that_is_the_setting_of_a_protest_is_the_protesters_call():
    found = events_of(
        "Am Dienstag legte der japanische Außenminister in einem Telefonat mit seinem chinesischen Amtskollegen Protest ein."
    )
    assert ("041", "JPN", "CHN", "asserted") in found
    assert ("041", "CHN", "JPN", "asserted") not in found  # one direction, as "X traf Y"


def test_a_call_hung_inside_the_protest_is_its_setting_not_its_charge():
    # the parse hangs "in einem Telefonat" under "scharfen", inside the protest's object
    found = events_of(
        "Am Mittwoch legte der indische Außenminister in einem Telefonat mit seinem Amtskollegen Wang Yi scharfen Protest ein."
    )
    assert {("114", "IND", "CHN", "asserted"), ("041", "IND", "CHN", "asserted")} <= set(found)


def test_a_visit_before_the_act_is_the_actors_visit():
    found = events_of(
        "Kurz nach seinem Besuch bei Erdoğan kritisierte der griechische Regierungschef die Türkei."
    )
    assert ("042", "GRC", "TUR", "asserted") in found


def test_a_talk_with_the_press_is_no_meeting():
    found = events_of(
        "Der französische Präsident kritisierte Russland in einem Gespräch mit der Zeitung Le Monde."
    )
    assert not any(code.startswith("04") for code, *_ in found)


def test_a_cancelled_visit_takes_the_partner_of_the_coordinated_verb():
    found = events_of(
        "Pakistan rief seinen Botschafter aus Teheran zurück und sagte alle geplanten Besuche ab."
    )
    assert ("042", "PAK", "IRN", "negated") in found


def test_a_cancelled_visit_of_a_named_guest_is_the_guests_visit():
    # the genitive of the visit names who would have come: the host calls it off
    found = events_of("Die Türkei sagte den geplanten Besuch des schwedischen Außenministers in Ankara ab.")
    assert ("125", "TUR", "SWE", "asserted") in found
    assert ("042", "SWE", "TUR", "negated") in found
    assert ("042", "TUR", "SWE", "negated") not in found
