"""Actor mentions of unseen news resolve to their state or IGO: capitals and seats used for their
governments, ministries, role nouns with a state adjective or genitive, armed groups and domestic
institutions next to the state they belong to, office holders of 2019-2025 by surname (also in the
genitive), and "<institution> in <capital>". Our own sentences, through `lagebild.analyze`'s
pipeline; the events are coded at the state level, so the state (or the IGO's code) is what counts."""

import pytest

from lagebild import analyze
from lagebild.pipeline import get_pipeline
from lagebild.pipeline.annotations import ACTOR_REF_SPANS

EU, NATO, UN = "IGOEUREEC", "IGOWSTNAT", "IGOUNO"
DATE = "2024-06-12"

# (text, mention, state or IGO code, article date or None for DATE)
METONYMS = [
    ("Washington kündigte neue Zölle auf Stahl an.", "Washington", "USA", None),
    ("Das Weiße Haus wies den Bericht als erfunden zurück.", "Weiße Haus", "USA", None),
    ("Eine Sprecherin des Weißen Hauses bestätigte das Telefonat.", "Weißen Hauses", "USA", None),
    ("Der Kreml dementierte jede Beteiligung an dem Anschlag.", "Kreml", "RUS", None),
    ("Ein Sprecher des Kremls nannte die Vorwürfe absurd.", "Kremls", "RUS", None),
    ("Downing Street kündigte eine Untersuchung der Vorfälle an.", "Downing Street", "GBR", None),
    ("Der Élysée-Palast bestätigte das Treffen der beiden Präsidenten.", "Élysée-Palast", "FRA", None),
    ("Der Élysée äußerte sich zurückhaltend zu den Plänen.", "Élysée", "FRA", None),
    ("Das Kanzleramt lehnte eine Stellungnahme zu dem Brief ab.", "Kanzleramt", "DEU", None),
    ("Peking protestierte scharf gegen die Waffenverkäufe.", "Peking", "CHN", None),
    ("Ankara drohte mit einer Blockade des Beitritts.", "Ankara", "TUR", None),
    ("Teheran bestreitet jede Lieferung von Drohnen.", "Teheran", "IRN", None),
    ("Astana bot sich als Ort für neue Gespräche an.", "Astana", "KAZ", None),
    ("Nur-Sultan lud beide Seiten zu Gesprächen ein.", "Nur-Sultan", "KAZ", "2020-05-04"),
    ("Der Vatikan rief zu einer sofortigen Waffenruhe auf.", "Vatikan", "VAT", None),
    ("Brüssel verhängte weitere Sanktionen gegen Banken.", "Brüssel", EU, None),
    ("Das Pentagon kündigte die Verlegung weiterer Kampfjets an.", "Pentagon", "USA", None),
    ("Das State Department warnte vor Reisen in die Region.", "State Department", "USA", None),
    ("Das Auswärtige Amt bestellte den Botschafter ein.", "Auswärtige Amt", "DEU", None),
    ("Der Quai d'Orsay verurteilte den Angriff auf die Schule.", "Quai d'Orsay", "FRA", None),
    ("Das Foreign Office rief die Bürger zur Ausreise auf.", "Foreign Office", "GBR", None),
    ("Tokio protestierte gegen die Manöver vor seiner Küste.", "Tokio", "JPN", None),
    ("Seoul sagte dem Nachbarn humanitäre Hilfe zu.", "Seoul", "KOR", None),
    ("Warschau verlangt Reparationen in Milliardenhöhe.", "Warschau", "POL", None),
    ("Budapest blockierte die Freigabe der Mittel.", "Budapest", "HUN", None),
    ("Riad bemüht sich um bessere Beziehungen zu den Nachbarn.", "Riad", "SAU", None),
    ("Kairo vermittelte zwischen den Konfliktparteien.", "Kairo", "EGY", None),
    ("Doha bestätigte den Eingang der Antwort.", "Doha", "QAT", None),
    ("Islamabad beschuldigte die Nachbarn, Kämpfer zu beherbergen.", "Islamabad", "PAK", None),
    ("Neu-Delhi wies die Vorwürfe als absurd zurück.", "Neu-Delhi", "IND", None),
    ("Pjöngjang feuerte erneut eine ballistische Rakete ab.", "Pjöngjang", "PRK", None),
    ("Baku sagte die Teilnahme an dem Treffen ab.", "Baku", "AZE", None),
    ("Eriwan warf dem Nachbarn Provokationen vor.", "Eriwan", "ARM", None),
    ("Manila warf der Küstenwache des Nachbarn Übergriffe vor.", "Manila", "PHL", None),
    ("Caracas wies die Sanktionen als illegal zurück.", "Caracas", "VEN", None),
    ("Taipeh verurteilte die Manöver als Provokation.", "Taipeh", "TWN", None),
    ("Chisinau warf Moskau Einmischung in die Wahl vor.", "Chisinau", "MDA", None),
    ("Wellington schloss sich den Sanktionen an.", "Wellington", "NZL", None),
    ("Ouagadougou kündigte das Militärabkommen mit Paris.", "Ouagadougou", "BFA", None),
    ("Pristina warf Belgrad vor, die Lage anzuheizen.", "Pristina", "XKX", None),
    ("Belgrad wies die Vorwürfe zurück.", "Belgrad", "SRB", None),
    ("Hanoi protestierte gegen den Bau der Inselanlagen.", "Hanoi", "VNM", None),
    ("Kyjiw meldete neue Angriffe auf Energieanlagen.", "Kyjiw", "UKR", None),
    ("Damaskus bestreitet den Einsatz von Chemiewaffen.", "Damaskus", "SYR", None),
    ("Bagdad verurteilte die Luftangriffe als Verletzung seiner Souveränität.", "Bagdad", "IRQ", None),
    ("Niamey kündigte die Zusammenarbeit mit den Europäern auf.", "Niamey", "NER", None),
    # seats of government that are not the capital
    ("Cotonou schloss die Grenze zum Nachbarland.", "Cotonou", "BEN", None),
    ("Abidjan wies die Vorwürfe aus Bamako zurück.", "Abidjan", "CIV", None),
]

# (text, mention, state) for role nouns, institutions and armed groups
ROLES = [
    ("Der iranische Außenminister reiste nach Oman.", "Der iranische Außenminister", "IRN", None),
    ("Pekings Chefdiplomat warnte vor einer Eskalation.", "Pekings Chefdiplomat", "CHN", None),
    ("Chinas Chefdiplomat traf seinen Amtskollegen.", "Chinas Chefdiplomat", "CHN", None),
    ("Der Kremlchef drohte dem Westen mit Konsequenzen.", "Kremlchef", "RUS", None),
    ("Kreml-Chef Putin empfing den Gast aus Pjöngjang.", "Putin", "RUS", None),
    ("Kremlsprecher Peskow nannte das Treffen nützlich.", "Peskow", "RUS", None),
    (
        "Der chinesische Staatschef empfing den Gast mit allen Ehren.",
        "Der chinesische Staatschef",
        "CHN",
        None,
    ),
    ("Die dänische Regierungschefin reiste nach Grönland.", "Die dänische Regierungschefin", "DNK", None),
    ("Der türkische Staatschef kündigte eine Offensive an.", "Der türkische Staatschef", "TUR", None),
    ("Moskaus Außenminister warf Berlin Heuchelei vor.", "Moskaus Außenminister", "RUS", None),
    ("Der britische Premier sicherte weitere Hilfe zu.", "Der britische Premier", "GBR", None),
    ("Der indische Regierungschef lehnte eine Vermittlung ab.", "Der indische Regierungschef", "IND", None),
    ("Der belarussische Machthaber ließ Gefangene frei.", "Der belarussische Machthaber", "BLR", None),
    ("Der saudische Kronprinz empfing die Delegation.", "Der saudische Kronprinz", "SAU", None),
    ("Der iranische Revolutionsführer drohte Israel.", "Der iranische Revolutionsführer", "IRN", None),
    (
        "Die italienische Ministerpräsidentin sprach von einem Erfolg.",
        "Die italienische Ministerpräsidentin",
        "ITA",
        None,
    ),
    (
        "Der polnische Staatspräsident unterzeichnete das Gesetz.",
        "Der polnische Staatspräsident",
        "POL",
        None,
    ),
    ("Die EU-Chefdiplomatin kritisierte die Festnahmen.", "EU-Chefdiplomatin", EU, None),
    ("Der Nato-Generalsekretär forderte mehr Munition.", "Nato-Generalsekretär", NATO, None),
    ("Der UN-Generalsekretär rief zur Zurückhaltung auf.", "UN-Generalsekretär", UN, None),
    ("Die israelische Armee griff Ziele im Süden an.", "Die israelische Armee", "ISR", None),
    ("Israels Armee meldete die Tötung eines Kommandeurs.", "Israels Armee", "ISR", None),
    ("Die chinesische Küstenwache setzte Wasserwerfer ein.", "Die chinesische Küstenwache", "CHN", None),
    (
        "Die türkische Staatsanwaltschaft erhob Anklage gegen den Bürgermeister.",
        "Die türkische Staatsanwaltschaft",
        "TUR",
        None,
    ),
    ("Die russische Opposition rief zum Boykott auf.", "Die russische Opposition", "RUS", None),
    ("Kiews Truppen rückten in der Region vor.", "Kiews Truppen", "UKR", None),
    ("Die Taliban verboten Frauen den Besuch von Universitäten.", "Taliban", "AFG", None),
    ("Die Huthis griffen erneut ein Frachtschiff an.", "Huthis", "YEM", None),
    ("Die Hamas ließ drei Geiseln frei.", "Hamas", "PSE", None),
    ("Die Hisbollah feuerte Raketen auf den Norden.", "Hisbollah", "LBN", None),
    ("Die Muslimbrüder riefen zu Protesten auf.", "Muslimbrüder", "EGY", None),
    ("Die Huthi-Miliz drohte der Schifffahrt.", "Huthi-Miliz", "YEM", None),
    ("Nach dem Putsch in Niger wies die Junta den französischen Botschafter aus.", "Junta", "NER", None),
    ("Malis Junta verschob die Wahlen.", "Malis Junta", "MLI", None),
    ("Die Militärjunta in Myanmar ließ Gefangene frei.", "Militärjunta", "MMR", None),
    (
        "In Georgien gehen die Proteste weiter. Die Opposition fordert Neuwahlen.",
        "Die Opposition",
        "GEO",
        None,
    ),
    (
        "Serbien erlebt Proteste. Die Staatsanwaltschaft ermittelt gegen Minister.",
        "Die Staatsanwaltschaft",
        "SRB",
        None,
    ),
    ("Taiwan meldete chinesische Schiffe. Die Küstenwache beobachtete sie.", "Die Küstenwache", "TWN", None),
    ("Der Sudan versinkt im Krieg. Die Armee bombardierte einen Markt.", "Die Armee", "SDN", None),
    ("Der Sprecher des Pentagons bestätigte den Einsatz.", "Pentagons", "USA", None),
    ("Die Revolutionsgarden beschlagnahmten einen Tanker.", "Revolutionsgarden", "IRN", None),
    ("Die Bundeswehr schickt weitere Soldaten nach Litauen.", "Bundeswehr", "DEU", None),
    ("Die Knesset billigte das umstrittene Gesetz.", "Knesset", "ISR", None),
    ("Die Werchowna Rada stimmte dem Gesetz zu.", "Werchowna Rada", "UKR", None),
    ("Der Mossad soll den Anschlag geplant haben.", "Mossad", "ISR", None),
    ("Der Bundesnachrichtendienst warnte vor Sabotage.", "Bundesnachrichtendienst", "DEU", None),
    ("Die CIA unterstützte die Operation.", "CIA", "USA", None),
    ("Der FSB nahm einen Journalisten fest.", "FSB", "RUS", None),
    ("Die ukrainische Luftwaffe schoss zwölf Drohnen ab.", "Die ukrainische Luftwaffe", "UKR", None),
    ("Die nordkoreanische Führung lehnte Gespräche ab.", "Die nordkoreanische Führung", "PRK", None),
    (
        "Das chinesische Handelsministerium kündigte Gegenmaßnahmen an.",
        "Das chinesische Handelsministerium",
        "CHN",
        None,
    ),
    (
        "Der israelische Ministerpräsident lehnte den Vorschlag ab.",
        "Der israelische Ministerpräsident",
        "ISR",
        None,
    ),
]

# office holders of 2019-2025 by surname, with the genitive -s
LEADERS = [
    ("Erdoğan warnte den Westen.", "Erdoğan", "TUR", None),
    ("Erdoğans Sprecher wies das zurück.", "Erdoğans", "TUR", None),
    ("Macrons Vorschlag stieß auf Kritik.", "Macrons", "FRA", None),
    ("Selenskyjs Berater warnte vor Zugeständnissen.", "Selenskyjs", "UKR", None),
    ("Putins Sprecher nannte das unannehmbar.", "Putins", "RUS", None),
    ("Trumps Gesandter reiste nach Moskau.", "Trumps", "USA", "2025-04-10"),
    ("Netanjahus Regierung billigte den Plan.", "Netanjahus", "ISR", None),
    ("Orbáns Regierung legte ein Veto ein.", "Orbáns", "HUN", None),
    ("Melonis Regierung beschloss neue Regeln.", "Melonis", "ITA", None),
    ("Lukaschenkos Regime ließ Häftlinge frei.", "Lukaschenkos", "BLR", None),
    ("Starmer sicherte Kiew weitere Hilfe zu.", "Starmer", "GBR", "2024-09-12"),
    ("Tusk forderte mehr Geld für die Verteidigung.", "Tusk", "POL", None),
    ("Fico kritisierte die Sanktionen.", "Fico", "SVK", None),
    ("Modi empfing den Kanzler in Neu-Delhi.", "Modi", "IND", None),
    ("Xi empfing den Gast in der Großen Halle.", "Xi", "CHN", None),
    ("Paschinjan warf Baku Aggression vor.", "Paschinjan", "ARM", None),
    ("Alijew lehnte eine Vermittlung ab.", "Alijew", "AZE", None),
    ("Tokajew empfing den Kanzler in Astana.", "Tokajew", "KAZ", None),
    ("Sisi warnte vor einer Vertreibung.", "Sisi", "EGY", None),
    ("Peseschkian kündigte Vergeltung an.", "Peseschkian", "IRN", "2024-09-12"),
    ("Araghtschi traf seinen omanischen Kollegen.", "Araghtschi", "IRN", "2025-04-10"),
    ("Chamenei drohte mit einer harten Antwort.", "Chamenei", "IRN", None),
    ("Lawrow warf dem Westen Doppelmoral vor.", "Lawrow", "RUS", None),
    ("Blinken reiste erneut in die Region.", "Blinken", "USA", None),
    ("Rubio telefonierte mit seinem Kollegen.", "Rubio", "USA", "2025-04-10"),
    ("Wang Yi warnte vor Einmischung.", "Wang Yi", "CHN", None),
    ("Lai Ching-te dankte den Partnern.", "Lai Ching-te", "TWN", None),
    ("Ishiba kündigte Gegenzölle an.", "Ishiba", "JPN", "2025-04-10"),
    ("Kim Jong Un überwachte einen Raketentest.", "Kim Jong Un", "PRK", None),
    ("Lula forderte Friedensgespräche.", "Lula", "BRA", None),
    ("Milei kündigte harte Reformen an.", "Milei", "ARG", None),
    ("Sheinbaum wies die Drohungen zurück.", "Sheinbaum", "MEX", "2025-02-03"),
    ("Maduro ließ Oppositionelle festnehmen.", "Maduro", "VEN", None),
    ("Ramaphosa bot sich als Vermittler an.", "Ramaphosa", "ZAF", None),
    ("Tinubu drohte der Junta mit Gewalt.", "Tinubu", "NGA", "2023-08-05"),
    ("Ruto schickte Polizisten nach Haiti.", "Ruto", "KEN", None),
    ("Sandu warf Moskau Wahlbetrug vor.", "Sandu", "MDA", None),
    ("Vučić lehnte Sanktionen ab.", "Vučić", "SRB", None),
    ("Mitsotakis forderte die Rückgabe der Skulpturen.", "Mitsotakis", "GRC", None),
    ("Frederiksen wies die Ansprüche zurück.", "Frederiksen", "DNK", "2025-01-10"),
    ("Kristersson begrüßte den Beitritt.", "Kristersson", "SWE", None),
    ("Stubb sprach von einer neuen Ära.", "Stubb", "FIN", None),
    ("Sánchez erkannte den Staat Palästina an.", "Sánchez", "ESP", None),
    ("Albanese forderte eine Untersuchung.", "Albanese", "AUS", None),
    ("Carney kündigte Gegenzölle an.", "Carney", "CAN", "2025-04-10"),
    ("Prabowo empfing den Gast in Jakarta.", "Prabowo", "IDN", "2025-04-10"),
    ("Marcos warf Peking Aggression vor.", "Marcos", "PHL", None),
    ("Kurti warf Serbien Provokationen vor.", "Kurti", "XKX", None),
    ("Tschiani kündigte das Abkommen mit Paris.", "Tschiani", "NER", None),
    ("Goïta ernannte einen neuen Regierungschef.", "Goïta", "MLI", None),
    ("Burhan lehnte Verhandlungen ab.", "Burhan", "SDN", None),
    ("Abiy forderte einen Zugang zum Meer.", "Abiy", "ETH", None),
    ("Kagame wies die Vorwürfe zurück.", "Kagame", "RWA", None),
    ("Tshisekedi warf Ruanda eine Invasion vor.", "Tshisekedi", "COD", None),
    ("Tebboune rief den Botschafter zurück.", "Tebboune", "DZA", None),
    ("Haftar kündigte eine Offensive an.", "Haftar", "LBY", None),
    ("Dschaulani versprach Schutz für Minderheiten.", "Dschaulani", "SYR", "2024-12-10"),
    ("Scharaa reiste nach Riad.", "Scharaa", "SYR", "2025-02-03"),
    ("Mikati warnte vor einem Krieg.", "Mikati", "LBN", None),
    ("Aoun forderte den Abzug der Truppen.", "Aoun", "LBN", "2025-02-03"),
    ("Sudani reiste nach Washington.", "Sudani", "IRQ", None),
    ("Schmyhal bat um Hilfe beim Wiederaufbau.", "Schmyhal", "UKR", None),
    ("Sybiha forderte mehr Luftabwehr.", "Sybiha", "UKR", "2025-01-10"),
    ("Pistorius kündigte neue Lieferungen an.", "Pistorius", "DEU", None),
    ("Wadephul reiste nach Israel.", "Wadephul", "DEU", "2025-06-10"),
    ("Baerbocks Reise wurde abgesagt.", "Baerbocks", "DEU", None),
    ("Lammy traf seinen Amtskollegen.", "Lammy", "GBR", "2024-09-12"),
    ("Sikorski warf Moskau Sabotage vor.", "Sikorski", "POL", None),
    ("Szijjártó reiste nach Minsk.", "Szijjártó", "HUN", None),
    ("Fidan warnte vor einem Flächenbrand.", "Fidan", "TUR", None),
    ("Jaishankar wies die Kritik zurück.", "Jaishankar", "IND", None),
    ("Schoigu besuchte die Truppen.", "Schoigu", "RUS", "2023-06-10"),
    ("Beloussow kündigte eine Reform an.", "Beloussow", "RUS", "2024-09-12"),
    ("Kallas forderte neue Sanktionen.", "Kallas", EU, "2025-01-10"),
    ("Rutte forderte höhere Ausgaben.", "Rutte", NATO, "2025-01-10"),
    ("Guterres verurteilte den Angriff.", "Guterres", UN, None),
    ("Ebrahim Raisi kündigte Vergeltung an.", "Ebrahim Raisi", "IRN", "2024-04-14"),
    ("Mohammed bin Salman empfing den Präsidenten.", "Mohammed bin Salman", "SAU", None),
    ("Hakan Fidan reiste nach Damaskus.", "Hakan Fidan", "TUR", None),
    ("Die Regierung von Ministerpräsident Viktor Orbán legte ein Veto ein.", "Viktor Orbán", "HUN", None),
    # foreign and defence ministers, and a surname kept out of the aliases because it is a word
    ("Tsahkna forderte neue Sanktionen.", "Tsahkna", "EST", None),
    ("Crosetto kündigte weitere Lieferungen an.", "Crosetto", "ITA", None),
    ("Mirsojan traf seinen aserbaidschanischen Kollegen.", "Mirsojan", "ARM", None),
    ("Joly bestellte den Botschafter ein.", "Joly", "CAN", None),
    ("Gideon Saar warf Madrid Antisemitismus vor.", "Gideon Saar", "ISR", "2025-01-10"),
    ("Baerbock traf sich mit dem iranischen Außenminister.", "dem iranischen Außenminister", "IRN", None),
    ("Scholz telefonierte mit dem britischen Premier.", "dem britischen Premier", "GBR", None),
]

# "<institution> in <capital>": the government seated there
SEATS = [
    ("Die Regierung in Vilnius forderte eine Erklärung.", "Vilnius", "LTU", None),
    ("Die Führung in Teheran drohte mit Vergeltung.", "Teheran", "IRN", None),
    ("Die Regierung in Budapest blockierte den Beschluss.", "Budapest", "HUN", None),
    ("Das Außenministerium in Peking wies die Kritik zurück.", "Peking", "CHN", None),
    ("Die Machthaber in Kabul verboten die Musik.", "Kabul", "AFG", None),
    ("Das Regime in Pjöngjang testete eine Rakete.", "Pjöngjang", "PRK", None),
    ("Die Junta in Niamey verwies den Botschafter des Landes.", "Niamey", "NER", None),
    ("Die Regierenden in Moskau reagierten gelassen.", "Moskau", "RUS", None),
    ("Die Staatsführung in Minsk ließ Gefangene frei.", "Minsk", "BLR", None),
    ("Die Militärregierung in Bamako wies die Vorwürfe zurück.", "Bamako", "MLI", None),
    ("Das Verteidigungsministerium in Kiew meldete Erfolge.", "Kiew", "UKR", None),
    ("Die neue Regierung in Damaskus bat um Hilfe.", "Damaskus", "SYR", "2025-02-03"),
    ("Die Regierung in Tiflis setzte die Verhandlungen aus.", "Tiflis", "GEO", None),
    ("Die Verantwortlichen in Ankara drohten mit einem Veto.", "Ankara", "TUR", None),
    ("Die Regierung in Belgrad bestreitet das.", "Belgrad", "SRB", None),
    ("Die Führung in Peking reagierte verärgert.", "Peking", "CHN", None),
]

# a second set, written before the rules for it: genitive owners, capital adjectives ("die Moskauer
# Führung"), group and leader compounds ("Hamas-Führung", "Trump-Regierung"), former office holders
PHRASINGS = [
    ("Die Behörden in Kairo schlossen den Grenzübergang.", "Die Behörden", "EGY", None),
    ("Das Parlament in Kiew verlängerte das Kriegsrecht.", "Das Parlament", "UKR", None),
    ("Die Justiz in Ankara ließ den Journalisten frei.", "Die Justiz", "TUR", None),
    ("Ein Gericht in Teheran verhängte die Todesstrafe.", "Gericht", "IRN", None),
    ("Die Führung in Pjöngjang reagierte mit einem Raketentest.", "Die Führung", "PRK", None),
    ("Die Staatsanwaltschaft in Moskau forderte zwölf Jahre Haft.", "Die Staatsanwaltschaft", "RUS", None),
    ("Die Armee im Sudan meldete Geländegewinne.", "Die Armee", "SDN", None),
    ("Die Regierung in Kabul verbot die Proteste.", "Die Regierung", "AFG", None),
    ("Russlands Armee rückte weiter vor.", "Russlands Armee", "RUS", None),
    ("Chinas Führung kündigte Gegenmaßnahmen an.", "Chinas Führung", "CHN", None),
    ("Israels Regierung billigte die Waffenruhe.", "Israels Regierung", "ISR", None),
    ("Ägyptens Präsident empfing den Gast.", "Ägyptens Präsident", "EGY", None),
    ("Frankreichs Staatschef reiste nach Kiew.", "Frankreichs Staatschef", "FRA", None),
    ("Polens Regierungschef forderte mehr Geld.", "Polens Regierungschef", "POL", None),
    ("Brasiliens Präsident schlug Friedensgespräche vor.", "Brasiliens Präsident", "BRA", None),
    ("Der Präsident Brasiliens schlug Friedensgespräche vor.", "Der Präsident Brasiliens", "BRA", None),
    ("Die Regierung Ungarns blockierte die Hilfe.", "Die Regierung Ungarns", "HUN", None),
    ("Der Außenminister Chinas warnte die USA.", "Der Außenminister Chinas", "CHN", None),
    ("Der Emir von Katar empfing die Unterhändler.", "Der Emir von Katar", "QAT", None),
    ("Der jordanische König warnte vor einer Eskalation.", "Der jordanische König", "JOR", None),
    ("Saudi-Arabiens Kronprinz empfing den Präsidenten.", "Saudi-Arabiens Kronprinz", "SAU", None),
    ("Der US-Verteidigungsminister kündigte neue Hilfe an.", "US-Verteidigungsminister", "USA", None),
    ("Der britische Außenminister reiste nach Kiew.", "Der britische Außenminister", "GBR", None),
    ("Die deutsche Außenministerin reiste nach Israel.", "Die deutsche Außenministerin", "DEU", None),
    ("Japans Regierungschef besuchte Washington.", "Japans Regierungschef", "JPN", None),
    ("Der südkoreanische Präsident verhängte das Kriegsrecht.", "Der südkoreanische Präsident", "KOR", None),
    ("Nordkoreas Machthaber besuchte eine Waffenfabrik.", "Nordkoreas Machthaber", "PRK", None),
    ("Der Machthaber in Pjöngjang drohte mit Atomwaffen.", "Pjöngjang", "PRK", None),
    (
        "Der libanesische Regierungschef forderte eine Waffenruhe.",
        "Der libanesische Regierungschef",
        "LBN",
        None,
    ),
    ("Aus dem Kreml hieß es, man prüfe den Vorschlag.", "Kreml", "RUS", None),
    ("Washingtons Verbündete reagierten zurückhaltend.", "Washingtons", "USA", None),
    ("Moskaus Truppen rückten auf die Stadt vor.", "Moskaus", "RUS", None),
    ("Die Hamas-Führung lehnte den Vorschlag ab.", "Hamas-Führung", "PSE", None),
    ("Hamas-Kämpfer griffen einen Kontrollposten an.", "Hamas-Kämpfer", "PSE", None),
    ("Die Hisbollah-Miliz feuerte Raketen ab.", "Hisbollah-Miliz", "LBN", None),
    ("Die Huthi-Rebellen griffen ein Schiff an.", "Huthi-Rebellen", "YEM", None),
    ("Die Taliban-Regierung verbot Schönheitssalons.", "Taliban-Regierung", "AFG", None),
    ("Wagner-Söldner zogen aus Mali ab.", "Wagner-Söldner", "RUS", None),
    ("Die Söldnertruppe Wagner verkündete ihren Abzug.", "Söldnertruppe Wagner", "RUS", None),
    ("Die Moskauer Führung wies die Vorwürfe zurück.", "Die Moskauer Führung", "RUS", None),
    ("Die Pekinger Führung reagierte gereizt.", "Die Pekinger Führung", "CHN", None),
    ("Die Kiewer Regierung bat um Luftabwehr.", "Die Kiewer Regierung", "UKR", None),
    ("Die Teheraner Führung drohte Israel.", "Die Teheraner Führung", "IRN", None),
    ("Die Warschauer Regierung protestierte.", "Die Warschauer Regierung", "POL", None),
    ("Selenskyjs Büro bestätigte das Treffen.", "Selenskyjs", "UKR", None),
    ("Bidens Sprecher wies das zurück.", "Bidens", "USA", None),
    ("Lawrows Sprecherin nannte das absurd.", "Lawrows", "RUS", None),
    ("Erdogans Partei verlor die Wahl.", "Erdogans", "TUR", None),
    ("Orbans Veto verzögerte die Hilfe.", "Orbans", "HUN", None),
    ("Modis Regierung kündigte Vergeltung an.", "Modis", "IND", None),
    ("Chameneis Berater warnte Washington.", "Chameneis", "IRN", None),
    ("Assads Truppen beschossen die Stadt.", "Assads", "SYR", "2023-06-10"),
    ("Merkels Regierung lehnte das ab.", "Merkels", "DEU", "2020-06-10"),
    ("Zelensky bat um mehr Hilfe.", "Zelensky", "UKR", None),
    ("Selenski traf den Kanzler.", "Selenski", "UKR", None),
    ("Morawiecki forderte Reparationen.", "Morawiecki", "POL", "2022-06-10"),
    ("Lapid warnte den Iran.", "Lapid", "ISR", "2022-08-10"),
    ("Rohani verteidigte das Atomabkommen.", "Rohani", "IRN", "2020-06-10"),
    ("Moon Jae In traf Kim Jong Un.", "Moon Jae In", "KOR", "2019-06-10"),
    ("Bolsonaro bestritt die Vorwürfe.", "Bolsonaro", "BRA", "2021-06-10"),
    ("Ghani verließ das Land.", "Ghani", "AFG", "2021-08-15"),
    ("Kenyatta vermittelte zwischen den Parteien.", "Kenyatta", "KEN", "2021-06-10"),
    ("Buhari warnte die Separatisten.", "Buhari", "NGA", "2021-06-10"),
    ("Die Palästinensische Autonomiebehörde verurteilte den Angriff.", "Autonomiebehörde", "PSE", None),
    ("Die israelische Regierung billigte den Einsatz.", "Die israelische Regierung", "ISR", None),
    ("Die Bundesregierung verurteilte den Angriff.", "Bundesregierung", "DEU", None),
    ("Die US-Regierung verhängte neue Sanktionen.", "US-Regierung", "USA", None),
    ("Die britische Regierung bestellte den Botschafter ein.", "Die britische Regierung", "GBR", None),
    ("Das iranische Regime ließ Demonstranten hinrichten.", "Das iranische Regime", "IRN", None),
    ("Die ukrainischen Streitkräfte meldeten Erfolge.", "Die ukrainischen Streitkräfte", "UKR", None),
    ("Die russischen Besatzer verschleppten Kinder.", "Die russischen Besatzer", "RUS", None),
    (
        "Die Regierung von Premierminister Keir Starmer kündigte Hilfe an.",
        "Keir Starmer",
        "GBR",
        "2024-09-12",
    ),
    (
        "Nach Angaben des ukrainischen Generalstabs wurden zwölf Drohnen abgeschossen.",
        "des ukrainischen Generalstabs",
        "UKR",
        None,
    ),
    (
        "Der russische Inlandsgeheimdienst nahm einen Mann fest.",
        "Der russische Inlandsgeheimdienst",
        "RUS",
        None,
    ),
    ("Der iranische Atomchef kündigte neue Zentrifugen an.", "Der iranische Atomchef", "IRN", None),
    ("Die EU-Kommission leitete ein Verfahren ein.", "EU-Kommission", EU, None),
    ("Die Nato-Staaten einigten sich auf ein Ziel.", "Nato-Staaten", NATO, None),
    # the plural's dative and genitive: "den Nato-Verbündeten", "der Nato-Verbündeten"
    ("Der Kanzler dankte den Nato-Verbündeten für ihre Hilfe.", "Nato-Verbündeten", NATO, None),
    ("Der UN-Sicherheitsrat verabschiedete eine Resolution.", "UN-Sicherheitsrat", UN, None),
    ("Die Vereinten Nationen warnten vor einer Hungersnot.", "Vereinten Nationen", UN, None),
    ("Der Heilige Stuhl bot seine Vermittlung an.", "Heilige Stuhl", "VAT", None),
    ("Papst Franziskus rief zum Frieden auf.", "Franziskus", "VAT", None),
    ("Papst Leo rief zum Frieden auf.", "Leo", "VAT", "2025-06-10"),
    ("Ramallah verurteilte die Siedlungspläne.", "Ramallah", "PSE", None),
]

# states and IGOs by their German names, subject of the same sentence, then in oblique cases
STATES_AND_IGOS = [
    ("Die USA", "USA"),
    ("Großbritannien", "GBR"),
    ("Die Türkei", "TUR"),
    ("Saudi-Arabien", "SAU"),
    ("Die Vereinigten Arabischen Emirate", "ARE"),
    ("Die Emirate", "ARE"),
    ("Weißrussland", "BLR"),
    ("Tschechien", "CZE"),
    ("Ruanda", "RWA"),
    ("Die Demokratische Republik Kongo", "COD"),
    ("Die Elfenbeinküste", "CIV"),
    ("Myanmar", "MMR"),
    ("Nordmazedonien", "MKD"),
    ("Bosnien-Herzegowina", "BIH"),
    ("Der Iran", "IRN"),
    ("Der Libanon", "LBN"),
    ("Aserbaidschan", "AZE"),
    ("Usbekistan", "UZB"),
    ("Die Schweiz", "CHE"),
    ("Die Republik Moldau", "MDA"),
    ("Moldawien", "MDA"),
    ("Kirgistan", "KGZ"),
    ("Die Mongolei", "MNG"),
    ("Bangladesch", "BGD"),
    ("Sri Lanka", "LKA"),
    ("Die Philippinen", "PHL"),
    ("Singapur", "SGP"),
    ("Neuseeland", "NZL"),
    ("Burkina Faso", "BFA"),
    ("Der Tschad", "TCD"),
    ("Der Südsudan", "SSD"),
    ("Eritrea", "ERI"),
    ("Tansania", "TZA"),
    ("Simbabwe", "ZWE"),
    ("Mosambik", "MOZ"),
    ("Nordkorea", "PRK"),
    ("Südkorea", "KOR"),
    ("Katar", "QAT"),
    ("Der Jemen", "YEM"),
    ("Kuba", "CUB"),
    ("Die Afrikanische Union", "IGOAFRAFU"),
    ("Die Arabische Liga", "IGOMEAARL"),
    ("Die Nato", NATO),
    ("Die Uno", UN),
    ("Die Ecowas", "IGOWAFWAS"),
    ("Die Opec", "IGOOPC"),
    ("Frontex", EU),
    ("Das UN-Flüchtlingshilfswerk", "IGOUNOREFHCR"),
    ("Der IWF", "IGOBUSIMF"),
    ("Die Weltbank", "IGOUNODEVWBK"),
    ("Der Europarat", "IGOEURCOE"),
    ("Die OSZE", "IGOEUROSC"),
    ("Die G7", "IGOGOS"),
]
NAMES = [
    (
        f"{name} warnte vor einer weiteren Eskalation.",
        name.removeprefix("Die ").removeprefix("Der ").removeprefix("Das "),
        code,
        None,
    )
    for name, code in STATES_AND_IGOS
] + [
    ("Berlin warf der Türkei Erpressung vor.", "Türkei", "TUR", None),
    ("Washington drohte dem Iran mit Sanktionen.", "Iran", "IRN", None),
    ("Die EU sagte dem Libanon Hilfe zu.", "Libanon", "LBN", None),
    ("Paris verurteilte die Angriffe auf den Jemen.", "Jemen", "YEM", None),
    ("Die Ukraine dankte den USA für die Hilfe.", "USA", "USA", None),
    ("Russland warf den Vereinigten Staaten Einmischung vor.", "Vereinigten Staaten", "USA", None),
    ("Die Regierung Großbritanniens kündigte Sanktionen an.", "Großbritanniens", "GBR", None),
    ("Die Führung Nordkoreas drohte erneut.", "Nordkoreas", "PRK", None),
    ("Ein Sprecher der Bundesregierung sagte, man prüfe das.", "Bundesregierung", "DEU", None),
    ("Die Außenminister der Nato-Staaten trafen sich in Brüssel.", "Nato-Staaten", NATO, None),
]

# parties, movements, state media and armies by their own names; more compounds and capital adjectives
ORGANISATIONS = [
    ("Die Kritik richtet sich gegen das Mullah-Regime.", "Mullah-Regime", "IRN", None),
    ("Die Ampel-Koalition beschloss neue Hilfen.", "Ampel-Koalition", "DEU", "2023-06-10"),
    ("Die Bundesaußenministerin reiste nach Kiew.", "Bundesaußenministerin", "DEU", None),
    ("Die Volksbefreiungsarmee hielt ein Manöver ab.", "Volksbefreiungsarmee", "CHN", None),
    ("Die Kurdenmiliz YPG wies die Vorwürfe zurück.", "YPG", "SYR", None),
    (
        "Die Syrischen Demokratischen Kräfte nahmen Kämpfer fest.",
        "Syrischen Demokratischen Kräfte",
        "SYR",
        None,
    ),
    ("Boko Haram entführte erneut Schülerinnen.", "Boko Haram", "NGA", None),
    ("Die Fatah warf der Hamas Verrat vor.", "Fatah", "PSE", None),
    ("Der Likud gewann die Wahl.", "Likud", "ISR", None),
    ("Die PiS blockierte die Reform.", "PiS", "POL", None),
    ("Die Fidesz-Regierung lehnte die Quoten ab.", "Fidesz-Regierung", "HUN", None),
    ("Die AKP verlor in Istanbul.", "AKP", "TUR", None),
    ("Der ANC verlor seine Mehrheit.", "ANC", "ZAF", None),
    ("Die Kommunistische Partei Chinas feierte ihr Jubiläum.", "Kommunistische Partei Chinas", "CHN", None),
    (
        "Ein Sprecher des russischen Außenministeriums sagte, man sei bereit.",
        "des russischen Außenministeriums",
        "RUS",
        None,
    ),
    ("Der israelische Geheimdienst warnte vor Anschlägen.", "Der israelische Geheimdienst", "ISR", None),
    ("Der ukrainische Geheimdienst SBU nahm zwei Agenten fest.", "SBU", "UKR", None),
    ("Nach Angaben der russischen Staatsagentur Tass wurde der Mann verhaftet.", "Tass", "RUS", None),
    ("Das chinesische Staatsfernsehen zeigte die Parade.", "Das chinesische Staatsfernsehen", "CHN", None),
    ("Die iranische Nachrichtenagentur Irna meldete den Tod.", "Irna", "IRN", None),
    ("Die ukrainische Armeeführung meldete Erfolge.", "Die ukrainische Armeeführung", "UKR", None),
    ("Die Grenzpolizei in Warschau nahm Migranten fest.", "Die Grenzpolizei", "POL", None),
    ("Das Verfassungsgericht in Kiew kippte das Gesetz.", "Das Verfassungsgericht", "UKR", None),
    ("Das Oberste Gericht in Moskau stufte die Organisation als extremistisch ein.", "Moskau", "RUS", None),
    ("Georgiens Regierungspartei setzte das Gesetz durch.", "Georgiens", "GEO", None),
    ("Chinas Staats- und Parteichef empfing den Kanzler.", "Chinas", "CHN", None),
    ("Frankreichs Präsident Emmanuel Macron warnte.", "Emmanuel Macron", "FRA", None),
    ("Die Taliban-Führung verbot das.", "Taliban-Führung", "AFG", None),
    ("Die Hamas-Terroristen töteten Hunderte.", "Hamas-Terroristen", "PSE", None),
    ("Der Kreml-Kritiker wurde verurteilt.", "Kreml-Kritiker", "RUS", None),
    ("Die Moskauer Staatsanwaltschaft erhob Anklage.", "Die Moskauer Staatsanwaltschaft", "RUS", None),
    ("Die Minsker Führung ließ Gefangene frei.", "Die Minsker Führung", "BLR", None),
    ("Der Wiener Kanzler reiste nach Brüssel.", "Kanzler", "AUT", None),
]

# a last set, measured before any rule for it (13/30 before this work, 26/30 after), then fixed
LAST_SET = [
    ("Die Regierung in Riad kündigte Investitionen an.", "Die Regierung", "SAU", None),
    ("Das Außenministerium in Ankara bestellte den Gesandten ein.", "Das Außenministerium", "TUR", None),
    ("Die Sicherheitskräfte in Teheran gingen gegen Frauen vor.", "Die Sicherheitskräfte", "IRN", None),
    ("Ägyptens Außenminister reiste nach Doha.", "Ägyptens Außenminister", "EGY", None),
    ("Indiens Premier traf Putin in Moskau.", "Indiens Premier", "IND", None),
    ("Der ungarische Außenminister kritisierte Brüssel.", "Der ungarische Außenminister", "HUN", None),
    (
        "Die schwedische Regierungschefin sprach von einem historischen Tag.",
        "Die schwedische Regierungschefin",
        "SWE",
        "2024-06-12",
    ),
    ("Pjöngjangs Machthaber ließ Raketen testen.", "Pjöngjangs Machthaber", "PRK", None),
    ("Ankaras Armee griff kurdische Stellungen an.", "Ankaras", "TUR", None),
    ("Der katarische Emir empfing die Delegation.", "Der katarische Emir", "QAT", None),
    ("Die Hisbollah-Führung kündigte Rache an.", "Hisbollah-Führung", "LBN", None),
    ("Die Huthi-Führung drohte den USA.", "Huthi-Führung", "YEM", None),
    ("Das Netanjahu-Kabinett billigte den Plan.", "Netanjahu-Kabinett", "ISR", None),
    ("Die Erdoğan-Regierung ließ den Bürgermeister festnehmen.", "Erdoğan-Regierung", "TUR", None),
    ("Der Pentagon-Chef reiste nach Kiew.", "Pentagon-Chef", "USA", None),
    ("Die Kremlführung reagierte gelassen.", "Kremlführung", "RUS", None),
    ("Das russische Militär meldete die Einnahme eines Dorfes.", "Das russische Militär", "RUS", None),
    ("Das US-Militär schoss Drohnen ab.", "US-Militär", "USA", None),
    ("Die Bundespolizei nahm drei Männer fest.", "Bundespolizei", "DEU", None),
    # the body named after the "Bundes-" compound says whose federal police it is
    ("Die Bundespolizei FBI durchsuchte das Haus des Senators.", "Bundespolizei", "USA", None),
    ("Die Bundespolizei RCMP ermittelt gegen zwei Diplomaten.", "Bundespolizei", "CAN", None),
    # only South Korea has a unification ministry, however often the passage names the North
    (
        "Nordkorea sprengte Straßen. Das Vereinigungsministerium sprach von Provokation.",
        "Vereinigungsministerium",
        "KOR",
        None,
    ),
    # an ambassador to the UN is the envoy of the state named before the office
    ("Kenias UN-Botschafter kritisierte die Resolution.", "Kenias UN-Botschafter", "KEN", None),
    ("Der peruanische UN-Botschafter lobte den Kompromiss.", "Der peruanische UN-Botschafter", "PER", None),
    ("Der Verfassungsschutz warnte vor Spionage.", "Verfassungsschutz", "DEU", None),
    ("Serbiens Präsident Aleksandar Vučić lehnte ab.", "Aleksandar Vučić", "SRB", None),
    ("Vucic lehnte Sanktionen gegen Moskau ab.", "Vucic", "SRB", None),
    ("Mitsotakis' Regierung kündigte Reformen an.", "Mitsotakis", "GRC", None),
    ("Die Regierung von Giorgia Meloni beschloss das Gesetz.", "Giorgia Meloni", "ITA", None),
    ("Die Militärregierung in Niger kündigte das Abkommen.", "Die Militärregierung", "NER", None),
    ("Sudans Armeechef lehnte Gespräche ab.", "Sudans Armeechef", "SDN", None),
    ("Libyens Einheitsregierung bat um Hilfe.", "Libyens", "LBY", None),
    (
        "Der syrische Übergangspräsident reiste nach Paris.",
        "Der syrische Übergangspräsident",
        "SYR",
        "2025-05-06",
    ),
    ("Die afghanischen Machthaber verboten das.", "Die afghanischen Machthaber", "AFG", None),
    (
        "Die palästinensische Autonomiebehörde protestierte.",
        "Die palästinensische Autonomiebehörde",
        "PSE",
        None,
    ),
]

PROBES = METONYMS + ROLES + LEADERS + SEATS + PHRASINGS + NAMES + ORGANISATIONS + LAST_SET


def _state_of(actor) -> str | None:
    """What an event is coded at: an IGO's code (over an office holder's nationality), else the
    actor's state."""
    if actor is None:
        return None
    if actor.actor_code and actor.actor_code.startswith("IGO"):
        return actor.actor_code
    return actor.country or actor.actor_code


def resolved_state(text: str, mention: str, date: str) -> str | None:
    """The state of the actor span (entity or reference) overlapping the mention's first occurrence."""
    nlp = get_pipeline("de")
    doc = nlp.make_doc(text)
    doc._.article_date, doc._.language = date, "de"
    doc = nlp(doc)
    start = text.index(mention)
    end = start + len(mention)
    spans = [*doc.ents, *doc.spans.get(ACTOR_REF_SPANS, [])]
    states = [
        _state_of(s._.actor)
        for s in spans
        if s.start_char < end and start < s.end_char and _state_of(s._.actor)
    ]
    return states[0] if states else None


@pytest.mark.parametrize(("text", "mention", "state", "date"), PROBES)
def test_a_news_mention_resolves_to_its_state(text, mention, state, date):
    assert resolved_state(text, mention, date or DATE) == state


@pytest.mark.parametrize(
    "text",
    [
        "Der russische Konzernchef kritisierte die Sanktionen.",
        "Der türkische Fußballchef lobte die Mannschaft.",
        "Ein Polizeisprecher in Kiew bestätigte die Festnahme.",
    ],
)
def test_a_compound_head_outside_the_state_is_no_office(text):
    """ "-chef" and "-sprecher" make an office only after a part of the state ("Armeesprecher")."""
    entities = analyze(text, date=DATE, lang="de").entities
    assert not [e for e in entities if (e.actor_code or "").endswith("GOV")]


def test_a_counted_group_before_a_seat_is_no_institution_of_the_host():
    # the two governments meet in Kuala Lumpur: "Regierungen" is none of Malaysia's
    text = "Am Montag sollen Delegationen beider Regierungen in Kuala Lumpur zusammenkommen."
    assert resolved_state(text, "Regierungen", DATE) is None
