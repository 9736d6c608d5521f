"""Speculation, plans, fears, conditions, scenarios and bygone states report no fact: such sentences
must yield no asserted event, while the same verbs stated as facts still do (issue 7). Probe sentences
written for this test, each a short article-like statement with named states."""

import pytest

from tests.event_tuples import coded_events

DATE = "2024-04-15"

NO_FACT = [
    "Russland könnte die Meerenge blockieren. Das würde den Handel schwer treffen.",
    "Nach Einschätzung von Militärexperten dürfte China Taiwan in den kommenden Jahren angreifen.",
    "Die EU müsste Sanktionen gegen Iran verhängen, um glaubwürdig zu bleiben.",
    "Deutschland sollte die Ukraine stärker mit Waffen unterstützen, meint der Kommentator.",
    "Polen würde im Ernstfall Truppen an die Grenze zu Belarus verlegen.",
    "Frankreich hätte den Botschafter früher ausweisen können.",
    "Die Türkei hätte Schweden viel früher unterstützen müssen.",
    "Israel könnte schon bald Ziele im Libanon bombardieren, schreibt die Zeitung.",
    "Die USA dürften ihre Zölle auf chinesische Waren bald weiter erhöhen.",
    "Moskau könnte Gaslieferungen an Moldau jederzeit einstellen.",
    "Falls Russland die Ukraine erneut angreift, will die EU neue Sanktionen prüfen.",
    "Wenn China Taiwan blockiert, würden die USA Kriegsschiffe entsenden.",
    "Sollte Iran die Urananreicherung fortsetzen, drohen weitere Strafmaßnahmen.",
    "Im Fall eines Angriffs auf Polen müsste die NATO reagieren.",
    "Sollte Serbien den Kosovo angreifen, wäre die Lage völlig neu.",
    "Beobachter erwarten, dass Russland neue Angriffe auf die Ukraine startet.",
    "Die Regierung in Kiew befürchtet, dass Russland die Offensive im Osten ausweitet.",
    "Analysten rechnen damit, dass China die Militärübungen vor Taiwan ausweitet.",
    "Es sei zu erwarten, dass die EU weitere Sanktionen gegen Belarus verhängt.",
    "Beobachter gehen davon aus, dass Israel den Iran angreifen wird.",
    "In Warschau wächst die Sorge, Russland könne Truppen nach Belarus verlegen.",
    "Warschau fürchtet, der Krieg könnte auf Polen übergreifen.",
    "Die Bundesregierung sorgt sich, dass der Konflikt auf Moldau übergreifen könnte.",
    "Viele Diplomaten hoffen, dass Armenien und Aserbaidschan ein Friedensabkommen unterzeichnen.",
    "Die Bundesregierung plant, der Ukraine weitere Luftabwehrsysteme zu liefern.",
    "Frankreich erwägt, seinen Botschafter aus Mali abzuziehen.",
    "Polen will die Grenze zu Belarus schließen.",
    "Die Türkei beabsichtigt, Truppen nach Syrien zu schicken.",
    "Ein Embargo gegen Iran steht in Brüssel zur Debatte.",
    "Washington will China mit neuen Zöllen belegen.",
    "Ob Russland die Waffenruhe einhält, ist offen.",
    "Fraglich ist, ob China Russland mit Waffen beliefert.",
    "Unklar bleibt, ob die USA Truppen nach Polen verlegen.",
    "Wird Iran Israel angreifen? Die Antwort ist ungewiss.",
    "Noch ist nicht entschieden, ob Deutschland Taurus-Raketen an die Ukraine liefert.",
    "Es gibt Forderungen nach einem Embargo gegen Israel.",
    "Die Opposition ruft die Regierung auf, den iranischen Botschafter auszuweisen.",
    "In einem Szenario blockiert China die Straße von Taiwan.",
    "Das Gedankenspiel sieht vor, dass Russland das Baltikum angreift.",
    "Analysten halten einen Angriff Russlands auf Litauen für möglich.",
    "Experten warnen vor einem Angriff Chinas auf Taiwan.",
    "Es droht eine Blockade der Straße von Hormus durch den Iran.",
    "Denkbar wäre eine Seeblockade Kubas durch die USA.",
    "Ein Militärschlag Israels gegen den Iran gilt als wahrscheinlich.",
    "Seit Jahrzehnten drohen Politiker in Nordkorea mit Atomwaffen.",
    "Früher hatte Russland Gas nach Deutschland geliefert, heute fließt kaum noch etwas.",
    "Immer wieder haben Staaten in der Vergangenheit Sanktionen verhängt, ohne Erfolg.",
    "Traditionell unterstützt Frankreich seine früheren Kolonien.",
    "Droht jetzt ein Krieg zwischen China und Taiwan?",
    "Angriff auf Taiwan: Was Peking plant",
    "Warum Russland die Ostsee blockieren könnte",
    "Der FC Bayern attackierte früh und griff über die Flügel an. Deutschland schlug Frankreich im Finale mit 2:1.",
    "Der Sturm bedroht die Küste Frankreichs. Orkanböen greifen die Deiche an.",
    "Der Autobauer kündigte an, Tausende Stellen zu streichen. Die Aktie brach ein.",
    "Im Theaterstück erklärt Russland Deutschland den Krieg.",
    "Die Börse in Frankfurt attackierte die Marke von 18.000 Punkten.",
    "Die EU dürfte schon im Frühjahr neue Sanktionen gegen Belarus beschließen.",
    "Israel hätte die Waffenruhe verlängern können, schreibt ein Kommentator.",
    "Falls die Verhandlungen scheitern, verhängt die EU Zölle gegen China.",
    "Wenn Ungarn weiter blockiert, stoppt Brüssel die Zahlungen an Budapest.",
    "Sollte Serbien Truppen an die Grenze verlegen, reagiert die NATO.",
    "Großbritannien überlegt, den iranischen Botschafter auszuweisen.",
    "Die EU diskutiert ein Waffenembargo gegen Israel.",
    "Experten halten eine Blockade Taiwans durch China für denkbar.",
    "Ein Angriff Russlands auf Polen wäre eine Katastrophe.",
    "Im Planspiel der Bundeswehr greift Russland Litauen an.",
    "Der Roman erzählt, wie China Japan angreift.",
    "Früher hatte Deutschland Waffen an die Türkei geliefert.",
    "Einst unterstützte Moskau die Regierung in Damaskus mit Waffen.",
    "Sollte China Taiwan angreifen, verhängen die USA Sanktionen gegen Peking.",
    "Möglicherweise greift Russland schon im Sommer Charkiw an.",
    "Vielleicht verhängt die EU bald Sanktionen gegen Georgien.",
    "Die Nationalmannschaft Polens belagerte das Tor der Ukraine in der zweiten Halbzeit.",
]

# the act of fearing, considering, demanding, appealing or denying is an event of its own (01x, 10x,
# 02x); what it names is not
FRAMED = [
    ("Die Regierung in Taipeh befürchtet eine Blockade durch China.", "01"),
    ("Litauen warnt vor einer Invasion Russlands.", "01"),
    ("Die USA erwägen Sanktionen gegen die Türkei.", "01"),
    ("Die EU prüft neue Sanktionen gegen Russland.", "01"),
    ("Die Regierung in Berlin denkt über eine Ausweisung russischer Diplomaten nach.", "01"),
    ("Die Ukraine fordert, dass die EU härtere Sanktionen gegen Russland verhängt.", "10"),
    ("Polen verlangt von Deutschland, mehr Panzer an die Ukraine zu liefern.", "10"),
    ("Selenskyj appellierte an den Westen, Kampfjets zu liefern.", "02"),
    ("Russland bestritt, ukrainische Städte bombardiert zu haben.", "01"),
    ("China dementierte, Waffen an Russland geliefert zu haben.", "01"),
    ("Iran wies Berichte zurück, wonach es Drohnen an Russland verkauft habe.", "01"),
]

# (text, (CAMEO root, source, target or None)) reported as done
FACTS = [
    ("Russland hat am Montag die Meerenge blockiert.", ("19", "RUS", None)),
    ("Die EU hat am Dienstag Sanktionen gegen Iran verhängt.", ("16", "IGOEUREEC", "IRN")),
    ("Frankreich wies am Mittwoch den russischen Botschafter aus.", ("16", "FRA", "RUS")),
    ("Russland griff die Ukraine in der Nacht mit Drohnen an.", ("19", "RUS", "UKR")),
    ("Die Ukraine forderte von Deutschland mehr Waffen.", ("10", "UKR", "DEU")),
    ("Russland bestritt die Vorwürfe der Ukraine.", ("01", "RUS", None)),
    ("China drohte Taiwan mit militärischen Konsequenzen.", ("13", "CHN", "TWN")),
    ("Israel bombardierte Ziele im Libanon.", ("19", "ISR", "LBN")),
    ("Deutschland lieferte der Ukraine weitere Luftabwehrsysteme.", ("07", "DEU", "UKR")),
    ("Scholz traf Macron am Freitag in Paris.", ("04", "DEU", "FRA")),
    ("Die Türkei schickte Truppen nach Syrien.", ("15", "TUR", None)),
    ("Putin lobte China für die Zusammenarbeit.", ("05", "RUS", "CHN")),
    ("Die NATO verurteilte den russischen Angriff auf die Ukraine.", ("11", "IGOWSTNAT", "RUS")),
    ("Armenien und Aserbaidschan unterzeichneten ein Friedensabkommen.", ("05", "ARM", "AZE")),
    ("Moskau stellte die Gaslieferungen an Moldau ein.", ("16", "RUS", "MDA")),
    ("Iran lehnte den Vorschlag der EU ab.", ("12", "IRN", "IGOEUREEC")),
    (
        "Die EU prüfte die Anträge und verhängte anschließend Sanktionen gegen Belarus.",
        ("16", "IGOEUREEC", "BLR"),
    ),
    (
        "Weißrussland drohte mit einem Stopp der Öllieferungen, falls die EU neue Sanktionen verhängt.",
        ("13", "BLR", None),
    ),
    (
        "Als Russland die Ukraine angriff, verhängte die EU Sanktionen gegen Moskau.",
        ("16", "IGOEUREEC", "RUS"),
    ),
    ("Frankreich warnte Russland vor weiteren Angriffen.", ("13", "FRA", "RUS")),
    # a warning is said: its hypothetical content leaves the warning a fact (a fear would not be one)
    ("Frankreich warnte, ein Angriff auf Polen würde die NATO in den Krieg ziehen.", ("01", "FRA", None)),
    # a fear of what is happening is a pessimistic comment; only a fear of what could happen is not
    ("Die Regierung in Budapest fürchtet, dass die Preise weiter steigen.", ("01", "HUN", None)),
    ("Polen hat am Montag die Grenze zu Belarus geschlossen.", ("19", "POL", "BLR")),
    ("Israel hat in der Nacht Ziele im Iran angegriffen.", ("19", "ISR", "IRN")),
    ("Die Türkei hat die Waffenruhe in Syrien gebrochen.", ("1", "TUR", None)),
    ("Die EU beschloss am Montag Sanktionen gegen Belarus.", ("16", "IGOEUREEC", "BLR")),
    ("Der Kreml verurteilte die Sanktionen der EU scharf.", ("11", "RUS", "IGOEUREEC")),
    ("Die EU verhängte früher als geplant Sanktionen gegen Belarus.", ("16", "IGOEUREEC", "BLR")),
    ("Roman Abramowitsch erzählt, wie Russland die Ukraine angriff.", ("19", "RUS", "UKR")),
]


@pytest.mark.parametrize("text", NO_FACT)
def test_no_asserted_event_where_nothing_happened(text):
    assert [e for e in coded_events(text, DATE) if e[3] == "asserted"] == []


@pytest.mark.parametrize(("text", "frame_root"), FRAMED)
def test_only_the_framing_act_is_asserted(text, frame_root):
    asserted = [e for e in coded_events(text, DATE) if e[3] == "asserted"]
    assert all(code.startswith(frame_root) for code, *_ in asserted), asserted


@pytest.mark.parametrize(("text", "expected"), FACTS)
def test_the_same_verbs_stated_as_facts_stay_asserted(text, expected):
    root, source, target = expected
    assert any(
        code.startswith(root)
        and src == source
        and (target is None or tgt == target)
        and modality == "asserted"
        for code, src, tgt, modality in coded_events(text, DATE)
    ), coded_events(text, DATE)
