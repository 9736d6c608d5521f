"""Families of German news words for CAMEO roots 01-09 (session 8) and the verb forms the lexicon builds:
each sentence is new, written for these tests, and runs through the whole pipeline."""

from __future__ import annotations

from functools import partial

import pytest

from lagebild.events.lexicon import verb_forms
from tests.event_tuples import coded_events

DATE = "2024-03-01"


_events = partial(coded_events, date=DATE)


FAMILIES = [
    # 011 leaving a question open, keeping quiet
    ("Die Bundesregierung ließ offen, ob sie weitere Panzer liefert.", "011", "DEU", None),
    ("Das Weiße Haus hielt sich zu den Berichten bedeckt.", "011", "USA", None),
    # 012 watching with worry; 016 dismissing a report as a fake
    ("Tokio verfolgt die Lage auf der koreanischen Halbinsel mit großer Sorge.", "012", "JPN", None),
    ("Asmara tat die Berichte als Propaganda ab.", "016", "ERI", None),
    ("Peking bezeichnete den Bericht als Falschmeldung.", "016", "CHN", None),
    # 020 urging: "mahnte … an", reminding of obligations, persuading to give way, "legte … nahe"
    ("Die EU mahnte faire Wahlen in Georgien an.", "020", "IGOEUREEC", "GEO"),
    ("Die UN erinnerten Israel an seine Verpflichtungen.", "020", "IGOUNO", "ISR"),
    ("Ankara versuchte, Moskau zum Einlenken zu bewegen.", "020", "TUR", "RUS"),
    ("Washington legte Kiew nahe, Verhandlungen mit Moskau aufzunehmen.", "020", "USA", "UKR"),
    # 030 agreeing on a course ("kamen überein"); 040 sounding out, sitting down together
    ("Neu-Delhi und Peking kamen überein, die Lage zu beruhigen.", "030", "IND", "CHN"),
    ("Griechenland und die Türkei sondieren eine Lösung im Streit um die Ägäis.", "040", "GRC", "TUR"),
    ("Kinshasa will sich nicht mit Ruanda an einen Tisch setzen.", "040", "COD", "RWA"),
    # 052 siding with
    ("Riad schlug sich auf die Seite Moskaus.", "052", "SAU", "RUS"),
    # 061 transport links resumed; 071 a state's arrears paid; 072 a patrol boat handed over
    ("Die Ukraine und Polen wollen den Flugverkehr wieder aufnehmen.", "061", "UKR", None),
    ("Teheran will Syriens Schulden bei der Weltbank begleichen.", "071", "IRN", "SYR"),
    ("Peking übergab Pakistan ein Patrouillenboot.", "072", "CHN", "PAK"),
    # 074 soldiers stationed in a host country
    ("Washington will dauerhaft Soldaten in Polen stationieren.", "074", "USA", "POL"),
    # 080 meeting someone halfway, dropping claims; 085 exemptions and tariffs lifted
    ("Brüssel kam der Slowakei in der Frage entgegen.", "080", "IGOEUREEC", "SVK"),
    ("Die Slowakei verzichtete auf ihre Gebietsansprüche gegenüber Ungarn.", "080", "SVK", "HUN"),
    ("Ottawa gewährte Mexiko eine Ausnahme von den Zöllen.", "085", "CAN", "MEX"),
    ("Kanada hob die Abgaben auf amerikanische Waren auf.", "085", "CAN", None),
    ("Die Vereinigten Staaten beenden ihr Sanktionsprogramm gegen Myanmar.", "085", "USA", "MMR"),
    # 0831 abdication; 0841 a pardon frees prisoners; 0862 inspectors let in
    ("Der Präsident von Mali dankte ab.", "0831", "MLI", None),
    ("Die Emirate begnadigten zwei Briten.", "0841", "ARE", "GBR"),
    ("Teheran ließ die Inspektoren der IAEA ins Land.", "0862", "IRN", None),
    # 090 a review announced
    ("Brüssel kündigte eine Prüfung der deutschen Grenzkontrollen an.", "090", "IGOEUREEC", None),
]


@pytest.mark.parametrize(("text", "code", "source", "target"), FAMILIES)
def test_family_is_coded(text: str, code: str, source: str, target: str | None) -> None:
    events = _events(text)
    assert any(c == code and s == source and (target is None or t == target) for c, s, t, _ in events), events


def test_konjunktiv_i_of_a_verb_in_eln_is_a_negotiation() -> None:
    """ "verhandle" (reported speech) drops the stem's e; the lexicon built only "verhandele"."""
    events = _events("Kiew verhandle mit Moskau über einen Gefangenenaustausch, sagte Selenskyj.")
    assert ("046", "UKR", "RUS") in [e[:3] for e in events]


def test_konjunktiv_ii_of_a_strong_verb_lifts_sanctions() -> None:
    events = _events("Ein Sprecher sagte, die USA höben die Sanktionen gegen Belarus auf.")
    assert ("085", "USA", "BLR") in [e[:3] for e in events]


def test_pardon_is_a_release_not_forgiveness() -> None:
    codes = [c for c, *_ in _events("Die Emirate begnadigten zwei Briten.")]
    assert "056" not in codes


def test_what_a_source_will_not_sit_down_for_is_no_asserted_meeting() -> None:
    meetings = [
        e for e in _events("Kinshasa will sich nicht mit Ruanda an einen Tisch setzen.") if e[0][:2] == "04"
    ]
    assert meetings
    assert all(modality != "asserted" for *_, modality in meetings), meetings


@pytest.mark.parametrize(
    ("lemma", "forms", "expected"),
    [
        ("verhandeln", "verhandelt;verhandelte;verhandelt", {"verhandle", "verhandele", "verhandelt"}),
        ("fordern", "fordert;forderte;gefordert", {"fordere", "fordre", "fordert"}),
        ("aufheben", "hebt;hob;aufgehoben", {"höbe", "höben"}),
        ("treffen", "trifft;traf;getroffen", {"träfe", "träfen"}),
    ],
)
def test_verb_forms_cover_reported_speech(lemma: str, forms: str, expected: set[str]) -> None:
    _, finite, _ = verb_forms(lemma, forms)
    assert expected <= finite


def test_weak_verbs_get_no_umlauted_subjunctive() -> None:
    """A weak verb's Konjunktiv II is its preterite: "sagte" must not turn into "sägte"."""
    _, finite, _ = verb_forms("sagen", "sagt;sagte;gesagt")
    assert not any("ä" in form for form in finite)


@pytest.mark.parametrize(
    ("lemma", "forms", "particle"),
    [
        ("nahelegen", "legt;legte;nahegelegt", "nahe"),
        ("gutheißen", "heißt;hieß;gutgeheißen", "gut"),
        ("offenlassen", "lässt;ließ;offengelassen", "offen"),
        ("übereinkommen", "kommt;kam;übereingekommen", "überein"),
        ("hervorheben", "hebt;hob;hervorgehoben", "hervor"),
    ],
)
def test_adjective_and_adverb_particles_are_separable(lemma: str, forms: str, particle: str) -> None:
    """Without its particle the bare finite verb would match: "hieß es" is no endorsement (gutheißen)."""
    found, finite, _ = verb_forms(lemma, forms)
    assert found == particle
    assert lemma not in finite
