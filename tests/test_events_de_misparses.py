"""German event triggers where the parse (LAS ≈ 0.69) hangs the trigger's words wrongly: the coder
reads them by word order, lemma and light verb instead (issue 7, U3). Sentences written for this file."""

import pytest

from lagebild import analyze


def coded(text: str) -> set[tuple]:
    def side(actor):
        return actor and (actor.country or actor.actor_code)

    return {
        (e.code, side(e.source), side(e.target)) for e in analyze(text, date="2024-03-05", lang="de").events
    }


def test_full_verb_parsed_as_auxiliary_of_its_adjective():
    # "zeigten" becomes the auxiliary of "besorgt"; the adjective still completes "sich zeigen" (aimed,
    # like the criticism they shun in the coordinated clause, at Morocco)
    found = coded("Spanien und Portugal zeigten sich besorgt, vermieden aber offene Kritik an Marokko.")
    assert {("012", "ESP"), ("012", "PRT")} <= {(code, source) for code, source, _ in found}


def test_full_verb_parsed_as_complement_of_its_participle():
    # "empört" is taken for the finite verb and heads the clause, "reagiert" its xcomp: the participle
    # still completes "reagieren", and the subject it took is the one who reacts
    found = coded("Ungarn hat den ukrainischen Botschafter ausgewiesen. Kiew reagiert empört.")
    assert ("111", "UKR", "HUN") in found


def test_ceasefire_noun_hung_on_the_relative_clause_after_it():
    # "Feuerpause" is parsed as the passive subject of "vermittelt": its light verb is "gilt" before it,
    # the mediation is still the mediators' act, with the two parties of the ceasefire as targets
    found = coded(
        "Zwischen Sudan und Südsudan gilt seit Dienstagabend eine Feuerpause, die Kairo und Riad vermittelt hatten."
    )
    assert {("0871", "SDN", "SSD"), ("0871", "SSD", "SDN")} <= found
    assert {
        ("045", "EGY", "SDN"),
        ("045", "EGY", "SSD"),
        ("045", "SAU", "SDN"),
        ("045", "SAU", "SSD"),
    } <= found


def test_between_phrase_on_the_light_verb():
    found = coded(
        "Zwischen Indien und Pakistan gilt seit Samstagmorgen eine Waffenruhe, die Washington vermittelt hatte."
    )
    assert {("0871", "IND", "PAK"), ("0871", "PAK", "IND")} <= found
    assert {("045", "USA", "IND"), ("045", "USA", "PAK")} <= found


def test_accusation_noun_the_parse_gave_to_the_clause_after_the_comma():
    found = coded("Teheran sprach von einer Lüge, getroffen worden seien lediglich Lagerhallen.")
    assert {e[:2] for e in found} == {("112", "IRN")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the alert noun as the light verb's oblique: a verb row reads it from the clause
        ("Die Luftwaffe Taiwans bleibt in erhöhter Gefechtsbereitschaft.", ("152", "TWN", None)),
        ("Der Innenminister Serbiens wies jede Beteiligung seiner Regierung von sich.", ("016", "SRB", None)),
        ("Für Dienstag rief der Präsident Kenias einen Tag der Staatstrauer aus.", ("017", "KEN", None)),
        # "Manöver" hung on the date by the parse: the verb row finds it anywhere in its clause
        ("Am Freitag hat Chinas Marine Manöver rund um Taiwan begonnen.", ("150", "CHN", "TWN")),
    ],
)
def test_verb_rows_for_nouns_the_parse_hangs_elsewhere(text, expected):
    assert expected in coded(text)


def test_calling_for_help_is_an_appeal_to_the_called():
    found = coded("Der Präsident Armeniens rief die Nachbarstaaten zu Hilfe.")
    assert {e[:2] for e in found} == {("0234", "ARM")}


def test_plain_speech_of_concern_without_the_pronoun_stays_uncoded():
    # the full verb without "sich" is no attitude: no row of "sich zeigen" may fire
    assert not any(e[0] == "012" for e in coded("Die Ausstellung in Wien zeigte besorgte Gesichter."))


@pytest.mark.parametrize(
    ("text", "code", "wrong"),
    [
        # an act named in a time phrase before the verb does not decide the verb's row
        ("Nach der Verhängung neuer Sanktionen forderte Peking Verhandlungen mit Washington.", "108", "102"),
        ("Nach dem Abzug der Truppen forderte Kiew von Berlin weitere Waffenlieferungen.", "1032", "1012"),
    ],
)
def test_fronted_time_phrase_does_not_choose_the_row(text, code, wrong):
    codes = {e[0] for e in coded(text)}
    assert code in codes and wrong not in codes


def test_putting_cooperation_under_review_reduces_relations():
    assert ("160", "ITA", "TUN") in coded("Rom stellte die Zusammenarbeit mit Tunesien auf den Prüfstand.")


@pytest.mark.parametrize(
    ("text", "call"),
    [
        (
            "Kanzler Scholz sicherte Präsident Selenskyj in einem Telefonat weitere Hilfe zu.",
            ("041", "DEU", "UKR"),
        ),
        # "Telefonat" hung on the adjective of the promised "Beistand", before its noun: still the setting
        (
            "Kremlchef Wladimir Putin sagte Lukaschenko in einem Telefonat militärischen Beistand zu.",
            ("041", "RUS", "BLR"),
        ),
        # "dankte" misparsed as an attribute of "Staatschef", "Telefonat" hung on the noun
        (
            "Der Präsident Brasiliens dankte Chinas Staatschef Xi in einem Telefonat für die Unterstützung.",
            ("041", "BRA", "CHN"),
        ),
    ],
)
def test_phone_call_as_the_setting_of_an_addressed_act(text, call):
    assert call in coded(text)


def test_phone_call_inside_what_is_promised_keeps_the_promise():
    # the parse hangs "Telefonat" under the promised "Beistand": the promise must survive
    found = coded("Präsident Xi sagte Kasachstan in einem Telefonat wirtschaftlichen Beistand zu.")
    assert any(code.startswith("03") and src == "CHN" for code, src, _ in found)


def test_verb_the_parse_coordinated_with_the_adverb_before_it():
    # "ging" is parsed as a conjunct of "scharf", "ins Gericht" hangs on "scharf": word order keeps it
    found = coded(
        "Ungewöhnlich scharf ging UN-Botschafterin Barbara Woodward mit Russland ins Gericht, das den Angriff unterstützt habe."
    )
    assert ("111", "IGOUNO", "RUS") in found


@pytest.mark.parametrize(
    "text",
    [
        "Armenien und Aserbaidschan tauschten am Freitag Gefangene aus.",
        "Aserbaidschan griff in der Nacht Armenien mit Drohnen an. Am Sonntag tauschten beide Länder Gefangene aus.",
    ],
)
def test_an_exchange_of_prisoners_goes_both_ways(text):
    assert {("0841", "ARM", "AZE"), ("0841", "AZE", "ARM")} <= coded(text)
