"""Families of conflictual German constructions (CAMEO roots 10–20) through the whole pipeline, issue 7.

Each family comes from the lexicon tables lexicon_de/10_*.tsv … 20_*.tsv: holding an act for wrong,
calling an act a threat, opposing a plan, restating a demand, announcing a crackdown,
sending forces into an area, violent policing, executions, continuing or stepping up air strikes and
shelling, halting an advance, destroying or sinking the other side's forces, committing atrocities.
The negatives guard what the same words mean outside politics and war (football attacks, storms,
verbal attacks, campaigns called "Offensive") and keep speculation from being asserted.
"""

from functools import partial

import pytest

from tests.event_tuples import coded_events, coded_roots

DATE = "2024-06-03"
events = partial(coded_events, date=DATE)
roots = partial(coded_roots, date=DATE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 10: a restated demand is a demand, not a plain statement
        ("Polen erneuerte seine Forderung nach Reparationen von Deutschland.", ("100", "POL", "DEU", "asserted")),
        # 11: holding for wrong, calling a threat, stated outrage, opposing, denying legitimacy, pillorying
        ("Die Bundesregierung hält die Sanktionen Chinas für rechtswidrig.", ("111", "DEU", "CHN", "asserted")),
        ("Moskau nannte die Stationierung amerikanischer Raketen in Deutschland eine Bedrohung.",
         ("111", "RUS", "DEU", "asserted")),
        ("Paris zeigte sich verärgert über den Alleingang Roms.", ("111", "FRA", "ITA", "asserted")),
        ("Die Ukraine wandte sich gegen die Pläne Ungarns.", ("111", "UKR", "HUN", "asserted")),
        ("Russland sprach der Ukraine das Existenzrecht ab.", ("111", "RUS", "UKR", "asserted")),
        ("Die EU stellte Ungarn an den Pranger.", ("111", "IGOEUREEC", "HUN", "asserted")),
        ("Der belarussische Präsident beschimpfte die polnische Regierung.", ("111", "BLR", "POL", "asserted")),
        # 114 / 115: summoning an ambassador under another verb; taking a state to court
        ("Warschau zitierte den belarussischen Botschafter ins Außenministerium.", ("114", "POL", "BLR", "asserted")),
        ("Südafrika zog Israel vor den Internationalen Gerichtshof.", ("115", "ZAF", "ISR", "asserted")),
    ],
)  # fmt: skip
def test_demands_and_disapproval_named_by_new_constructions(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ungarn stellte sich gegen das Sanktionspaket der EU.", ("120", "HUN", "IGOEUREEC", "asserted")),
        ("Ungarn sperrt sich gegen neue Sanktionen gegen Russland.", ("120", "HUN", "RUS", "asserted")),
        ("Kiew erteilte dem Plan Moskaus eine klare Abfuhr.", ("120", "UKR", "RUS", "asserted")),
        ("Ungarn blockierte die Hilfen der EU für die Ukraine.", ("129", "HUN", "IGOEUREEC", "asserted")),
        ("Ungarn verhinderte eine gemeinsame Erklärung der EU.", ("129", "HUN", "IGOEUREEC", "asserted")),
        # idioms of refusal
        ("Die Slowakei stellte sich beim Sanktionspaket gegen Russland quer.", ("120", "SVK", "RUS", "asserted")),
        ("Die Schweiz sagte Nein zum Rahmenabkommen mit der EU.", ("120", "CHE", "IGOEUREEC", "asserted")),
    ],
)  # fmt: skip
def test_opposing_and_blocking_reject(text, expected):
    assert expected in events(text)


def test_standing_behind_an_ally_stays_support_not_rejection():
    coded = events("Polen stellte sich hinter die Ukraine.")
    assert ("052", "POL", "UKR", "asserted") in coded
    assert "12" not in {code[:2] for code, *_ in coded}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 137: an announced crackdown is a threat of repression, made by announcing it (gold guideline
        # "Announced retaliation": asserted)
        ("Die georgische Regierung kündigte an, gegen die Demonstranten mit aller Härte vorzugehen.",
         ("137", "GEO", None, "asserted")),
        # 154: sending forces into an area
        ("China schickte Kriegsschiffe in die Gewässer vor Taiwan.", ("154", "CHN", "TWN", "asserted")),
        ("Moskau verlegte weitere Truppen in die Grenzregion zu Finnland.", ("154", "RUS", "FIN", "asserted")),
        # 17: violent policing and detention
        ("Die georgische Polizei ging gewaltsam gegen Demonstranten in Tiflis vor.", ("175", "GEO", "GEO", "asserted")),
        ("Die georgische Polizei räumte das Protestlager vor dem Parlament.", ("175", "GEO", "GEO", "asserted")),
        ("Die belarussischen Behörden stellten den Oppositionellen unter Hausarrest.",
         ("173", "BLR", "BLR", "asserted")),
        ("Russland schrieb die estnische Regierungschefin Kaja Kallas zur Fahndung aus.",
         ("173", "RUS", "EST", "asserted")),
        # 1823: carrying out an execution
        ("Iran vollstreckte das Todesurteil an einem deutschen Staatsbürger.", ("1823", "IRN", "DEU", "asserted")),
    ],
)  # fmt: skip
def test_threats_force_posture_and_repression(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # continuing or stepping up strikes: aerial 195, shelling 194, ground 190
        ("Russland setzte seine Luftangriffe auf die Ukraine fort.", ("195", "RUS", "UKR", "asserted")),
        ("Russland intensivierte den Beschuss von Charkiw.", ("194", "RUS", "UKR", "asserted")),
        ("Die israelische Armee weitete ihre Bodenoffensive auf den Süden des Libanon aus.",
         ("190", "ISR", "LBN", "asserted")),
        ("Die russische Armee nahm Charkiw unter Artilleriefeuer.", ("194", "RUS", "UKR", "asserted")),
        ("Russland überzog die Ukraine mit einer neuen Angriffswelle.", ("190", "RUS", "UKR", "asserted")),
        ("Russland überzog die Ukraine mit Raketen und Drohnen.", ("195", "RUS", "UKR", "asserted")),
        ("Russland setzte Gleitbomben gegen ukrainische Städte ein.", ("195", "RUS", "UKR", "asserted")),
        ("Russland attackierte die Ukraine mit Drohnen.", ("195", "RUS", "UKR", "asserted")),
        # halting an advance, destroying or sinking the other side's forces, storming its positions
        ("Die Ukraine stoppte den russischen Vormarsch bei Charkiw.", ("190", "UKR", "RUS", "asserted")),
        ("Die ukrainische Armee versenkte ein russisches Landungsschiff.", ("190", "UKR", "RUS", "asserted")),
        ("Die ukrainische Armee zerstörte mehrere russische Panzer.", ("190", "UKR", "RUS", "asserted")),
        ("Russische Truppen stürmten ukrainische Stellungen bei Awdijiwka.", ("190", "RUS", "UKR", "asserted")),
        ("Die Türkei ging militärisch gegen kurdische Milizen in Syrien vor.", ("190", "TUR", "SYR", "asserted")),
        # 20: committing atrocities
        ("Russische Truppen begingen in Irpin Kriegsverbrechen.", ("200", "RUS", "UKR", "asserted")),
        ("Serbische Truppen verübten ein Massaker an Bosniaken.", ("202", "SRB", None, "asserted")),
    ],
)  # fmt: skip
def test_military_force_and_mass_violence_families(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der FC Bayern setzte seine Angriffe auf das Tor fort.",
        "Bayern stürmte die Tabellenspitze.",
        "Der Stürmer startete einen Angriff über die linke Seite.",
        "Der Sturm zerstörte zahlreiche Häuser in Bayern.",
        "Der Orkan zerstörte Stromleitungen und Dächer in Schleswig-Holstein.",
        "Die Feuerwehr brachte den Brand unter Kontrolle.",
        "Der Trainer zeigte sich verärgert über die Schiedsrichter.",
        "Die Polizei räumte die Unfallstelle auf der Autobahn.",
        "Die Bundesregierung will entschlossen gegen Gewalt an Frauen vorgehen.",
        "Die Polizei verhinderte eine Eskalation.",
    ],
)
def test_sport_weather_and_everyday_sentences_code_nothing(text):
    assert events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # verbal attacks and campaigns are no fighting: only military compounds count with these verbs
        "Trump verstärkte seine Angriffe auf Biden.",
        "Orbán wehrte die Angriffe aus Brüssel ab.",
        "Die Bundesregierung startete eine Bildungsoffensive.",
        "Russland startete einen Cyberangriff auf die Ukraine.",
    ],
)
def test_verbal_attacks_and_campaigns_are_no_military_force(text):
    assert "19" not in roots(text)


@pytest.mark.parametrize(
    "text",
    [
        "Experten halten einen russischen Angriff auf Litauen für möglich.",
        "Sollte Russland die Luftangriffe auf die Ukraine fortsetzen, drohen neue Sanktionen.",
    ],
)
def test_speculated_force_is_coded_but_not_asserted(text):
    force = [modality for code, _, _, modality in events(text) if code.startswith("19")]
    assert force
    assert "asserted" not in force
