"""Bare bodies of round 7b: a body a foreign speaker appeals to, protesters after foreign capitals
react, states named as owners of embassies, and presidents the KB knew only by an earlier office."""

from __future__ import annotations

from lagebild import analyze


def _entities(result, text: str) -> list:
    """Every entity with a mention written `text`, in the order of those mentions."""
    found = [(m.start, e) for e in result.entities for m in e.mentions if m.text == text]
    return [e for _, e in sorted(found, key=lambda pair: pair[0])]


def test_army_a_foreign_minister_appeals_to_is_the_army_of_the_country_in_turmoil():
    # the demand comes first, the foreign speaker between the verb and the body addressed
    text = (
        "In Niger haben Soldaten den Präsidenten festgesetzt. Die Armee setzte die Verfassung außer Kraft "
        "und schloss die Grenzen. Den gewählten Präsidenten freizulassen, forderte US-Präsident Joe Biden "
        "die Armee auf."
    )
    result = analyze(text, date="2023-08-31", lang="de")
    addressed = _entities(result, "die Armee")[-1]
    assert addressed.country == "NER"
    assert addressed.actor_code == "NERMIL"


def test_speaker_appealing_in_his_own_country_keeps_his_state_where_the_sentence_names_a_place():
    text = (
        "In Gabun haben Offiziere die Macht übernommen. Die Armee erklärte die Wahl für ungültig. "
        "In Paris rief Regierungssprecher Olivier Véran die Polizei auf, die Botschaft zu schützen."
    )
    result = analyze(text, date="2023-08-31", lang="de")
    assert _entities(result, "die Polizei")[-1].country == "FRA"


def test_protesters_after_foreign_capitals_react_belong_to_the_country_of_the_protests():
    text = (
        "In Havanna gingen Tausende gegen die Regierung auf die Straße. Die Polizei nahm Dutzende "
        "Demonstranten fest. Mexiko bot Hilfe an, Moskau warnte vor Einmischung von außen. "
        "Brüssel verlangte die Freilassung friedlicher Demonstranten."
    )
    result = analyze(text, date="2021-07-15", lang="de")
    assert _entities(result, "Demonstranten")[-1].country == "CUB"


def test_states_owning_stormed_embassies_do_not_place_the_protesters():
    text = (
        "Im Osten Kongos rücken die Rebellen auf Goma vor. In Kinshasa wächst die Wut. "
        "Aufgebrachte Demonstranten stürmten die Botschaften Frankreichs, Belgiens und Ruandas."
    )
    result = analyze(text, date="2025-01-28", lang="de")
    protesters = _entities(result, "Aufgebrachte Demonstranten") or _entities(result, "Demonstranten")
    assert protesters[-1].country == "COD"


def test_president_known_to_the_source_only_as_minister_is_the_incumbent_president():
    text = "Der panamaische Präsident empfing am Sonntag den amerikanischen Außenminister."
    result = analyze(text, date="2025-02-02", lang="de")
    president = _entities(result, "Der panamaische Präsident")[0]
    assert "Mulino" in president.name
    assert president.actor_code == "PANGOV"


def test_former_president_is_no_longer_the_incumbent_after_his_term():
    text = "Der gabunische Präsident sprach vor dem Parlament."
    before = analyze(text, date="2023-05-01", lang="de")
    assert "Bongo" in _entities(before, "Der gabunische Präsident")[0].name
    after = analyze(text, date="2024-05-01", lang="de")
    assert not any("Bongo" in e.name for e in after.entities)
