"""A bank of probe sentences for the factuality of German events (issue 7): whether the act a sentence
names is asserted, negated, future or hypothetical, on phrasings the tuning articles never showed.
Every sentence is written for this test in news register, with real states. The rules followed are the
gold guidelines (benchmarks/gold/README.md): reported speech in Konjunktiv I, attributed claims
("laut", "zufolge", "nach Angaben") and hearsay ("soll … angegriffen haben") are asserted; a demanded,
feared, weighed, conditional or scenario act is hypothetical; an announced, planned or scheduled act is
future; a denied, refused or not happening act is negated.

Each probe names the CAMEO root of its act (a tuple where the lexicon may code it either way). The
act may go uncoded, which is a coverage matter of the lexicon and the actor stage; when it is coded it
must carry the expected modality, so a sentence whose act did not happen never asserts it. The
asserted controls must yield the act, asserted."""

import re

import pytest

from tests.event_tuples import code_modalities, coded_events

DATE = "2024-04-15"  # a Monday: "am Dienstag" lies ahead, "am Freitag" behind

# conditions, Konjunktiv II, possibility, questions, scenarios; what is weighed, feared, hoped for,
# demanded or open
HYPOTHETICAL = [
    ("Russland könnte in den kommenden Wochen Odessa angreifen.", "19"),
    ("Nach Ansicht von Diplomaten dürfte China Sanktionen gegen Litauen verhängen.", "16"),
    ("Wäre Serbien in den Kosovo einmarschiert, hätte die NATO eingegriffen.", "19"),
    ("Hätte Israel den Iran angegriffen, wäre die Region in Flammen aufgegangen.", "19"),
    ("Falls Nordkorea erneut eine Rakete testet, will Japan Sanktionen gegen Pjöngjang verhängen.", "16"),
    ("Sollte Venezuela Guyana angreifen, würden die USA Guyana militärisch unterstützen.", "19"),
    ("Sollten die Gespräche scheitern, will Washington neue Sanktionen gegen Teheran verhängen.", "16"),
    ("Es droht ein Angriff Irans auf Israel.", "19"),
    ("Es ist denkbar, dass China Taiwan blockiert.", "19"),
    ("Es ist nicht ausgeschlossen, dass Russland Truppen an die finnische Grenze verlegt.", "15"),
    ("Eine Ausweisung des russischen Botschafters durch Polen steht im Raum.", "16"),
    ("Im Gespräch ist auch, dass die EU Sanktionen gegen russisches Flüssiggas verhängt.", "16"),
    ("Deutschland erwägt, Kampfflugzeuge an die Ukraine zu liefern.", "07"),
    ("Die US-Regierung prüft, ob sie Truppen nach Taiwan verlegt.", "15"),
    ("London denkt darüber nach, den iranischen Botschafter auszuweisen.", "16"),
    ("Paris spielt mit dem Gedanken, Soldaten in die Ukraine zu entsenden.", "15"),
    ("Ob Israel den Libanon angreift, ist noch offen.", "19"),
    ("Wird China Taiwan angreifen?", "19"),
    ("Greift Russland bald die baltischen Staaten an?", "19"),
    ("Im Szenario der Forscher greift Nordkorea Südkorea an.", "19"),
    ("Die Simulation geht davon aus, dass Russland Litauen angreift.", "19"),
    ("Polen fordert, dass die EU Sanktionen gegen Belarus verhängen solle.", "16"),
    ("Kiew verlangt, Deutschland solle Taurus-Marschflugkörper an die Ukraine liefern.", "07"),
    ("Die Ukraine befürchtet, dass Russland das Atomkraftwerk Saporischschja angreift.", "19"),
    ("Japan warnt davor, dass China Taiwan blockieren könnte.", "19"),
    ("Die baltischen Staaten sorgen sich, dass Moskau Truppen an ihre Grenzen verlegt.", "15"),
    ("Wahrscheinlich verhängt die EU schon bald weitere Sanktionen gegen Iran.", "16"),
    ("Womöglich liefert China Drohnen an Russland.", "07"),
    ("Eine Blockade der Ostsee durch Russland wäre ein Bruch des Völkerrechts.", "19"),
    ("Ein Einmarsch Chinas in Taiwan hätte dramatische Folgen für die Weltwirtschaft.", "19"),
    ("Im Ernstfall könnte die NATO Truppen nach Litauen verlegen.", "15"),
    ("Experten halten es für wahrscheinlich, dass Iran Israel erneut angreift.", "19"),
    ("Denkbar ist, dass die USA Sanktionen gegen die Türkei verhängen.", "16"),
    ("Aserbaidschan könnte Armenien schon im Herbst angreifen, heißt es in Eriwan.", "19"),
    ("Bei einer Eskalation würden die USA Kriegsschiffe ins Mittelmeer schicken.", "15"),
    ("Gegebenenfalls verhängt die EU Strafzölle gegen China.", "16"),
    ("Die Regierung in Warschau fürchtet einen Angriff Russlands auf Polen.", "19"),
    ("Taiwan rechnet mit einer Blockade durch China.", "19"),
    ("Beobachter schließen nicht aus, dass Israel den Iran angreift.", "19"),
    ("Washington schließt eine Lieferung von Kampfjets an die Ukraine nicht aus.", "07"),
    ("Unklar ist, ob Ägypten Truppen an die Grenze zu Gaza schickt.", "15"),
    ("Die Lage könnte eskalieren, falls China Taiwan blockiert.", "19"),
    ("Was wäre, wenn Russland Finnland angreift?", "19"),
    ("Angenommen, Nordkorea greift Japan mit Raketen an.", "19"),
    ("Kiew setzt darauf, dass die USA weitere Waffen an die Ukraine liefern.", "07"),
    ("Selenskyj forderte den Westen auf, mehr Luftabwehr an die Ukraine zu liefern.", "07"),
    ("Es wäre ein schwerer Fehler, wenn Deutschland Waffen an Saudi-Arabien liefern würde.", "07"),
    ("Nordkorea droht, Südkorea anzugreifen, falls die Manöver weitergehen.", "19"),
    ("Russland droht die Kontrolle über die Stadt zu verlieren, sollte die Ukraine Charkiw angreifen.", "19"),
    ("Vielleicht weist auch Tschechien russische Diplomaten aus.", "16"),
    ("Die Frage ist, ob Ungarn Sanktionen gegen Russland verhängt.", "16"),
    ("Ob China Russland Waffen liefert, wollte der Sprecher nicht sagen.", "07"),
    ("Litauen fordert von der EU, Sanktionen gegen Belarus zu verhängen.", "16"),
    ("Die Opposition verlangt, dass die Regierung den russischen Botschafter ausweist.", "16"),
    ("Nur wenn Iran einlenkt, hebt die EU die Sanktionen gegen Teheran auf.", "08"),
    ("Im Falle eines Angriffs würde Großbritannien Truppen nach Estland verlegen.", "15"),
    ("Theoretisch könnte die Türkei Schweden noch lange blockieren.", "12"),
    ("Es steht im Raum, dass Frankreich Sanktionen gegen Mali verhängt.", "16"),
    ("Indien fürchtet, Pakistan könne Ziele in Kaschmir angreifen.", "19"),
    ("Israel dürfte den Iran bald erneut angreifen, vermuten Analysten.", "19"),
    ("Peking könnte die Lieferungen seltener Erden an Japan stoppen.", "16"),
    ("Ein Abzug der russischen Truppen aus Transnistrien wäre ein wichtiges Signal.", "08"),
    ("Würde Russland Moldau angreifen, stünde Rumänien vor einer schweren Entscheidung.", "19"),
    ("Die Bundeswehr müsste im Ernstfall Litauen verteidigen.", "19"),
    ("Sofern Teheran die Inspektionen zulässt, will Washington die Sanktionen lockern.", "08"),
    ("Sollte Nordkorea einen Atomtest durchführen, würden die USA und Südkorea reagieren.", "19"),
    ("Wenn die Türkei Schweden weiter blockiert, könnte die NATO-Erweiterung scheitern.", "12"),
    ("Es ist durchaus möglich, dass Russland Truppen nach Transnistrien verlegt.", "15"),
    ("Dass China Taiwan angreift, halten Militärexperten für unwahrscheinlich.", "19"),
    ("Nach Einschätzung der Geheimdienste könnte Iran Israel noch in dieser Woche angreifen.", "19"),
    ("Die Regierung in Tokio zieht Sanktionen gegen Russland in Erwägung.", "16"),
    ("Großbritannien überlegt, die Waffenlieferungen an Israel auszusetzen.", "07"),
    ("Die EU-Kommission prüft, ob sie Ungarn die Fördermittel streicht.", "16"),
    ("Kiew erwägt einen Angriff auf die Krim-Brücke.", "19"),
    ("Ob die USA Israel weiter mit Waffen beliefern, ist ungewiss.", "07"),
    ("Könnte Russland die baltischen Staaten angreifen?", "19"),
    ("Wird Deutschland Marschflugkörper an die Ukraine liefern?", "07"),
    ("Estland fürchtet, Russland könnte die Grenze verletzen.", "19"),
    ("Manche in Warschau befürchten, dass Belarus Truppen an die Grenze verlegt.", "15"),
    ("Die Nachbarn sorgen sich, Serbien könne Truppen an die Grenze zum Kosovo schicken.", "15"),
    ("Der Kreml rechnet damit, dass die EU neue Sanktionen verhängt.", "16"),
    ("Viele erwarten, dass Israel die Offensive im Libanon ausweitet.", "19"),
    ("Ungarn verlangt, dass die EU die Sanktionen gegen Russland aufhebt.", "08"),
    ("Die Ukraine drängt Deutschland, Taurus-Raketen zu liefern.", "07"),
    ("Präsident Selenskyj bat die USA, weitere Patriot-Systeme zu liefern.", "07"),
    ("Die Außenminister forderten Russland auf, seine Truppen abzuziehen.", "08"),
    ("Es droht eine Eskalation zwischen Israel und der Hisbollah, warnte die UNO.", "19"),
    ("Eine Invasion Taiwans durch China gilt in Washington als realistisches Szenario.", "19"),
    ("Im Szenario des Thinktanks blockiert China Taiwan für mehrere Wochen.", "19"),
    ("Angenommen, Russland greift ein NATO-Land an: Was dann?", "19"),
    ("Mögliche Sanktionen der EU gegen Israel sind umstritten.", "16"),
    ("Japan würde im Konfliktfall Truppen nach Taiwan schicken, sagen Experten.", "15"),
    ("Unklar bleibt, ob Saudi-Arabien Israel anerkennt.", "05"),
    ("Es ist nicht auszuschließen, dass der Iran die Straße von Hormus blockiert.", "19"),
    ("Litauen spielt mit dem Gedanken, die Grenze zu Belarus vollständig zu schließen.", "19"),
    ("Vermutlich greift Russland die Region Sumy als Nächstes an.", "19"),
    ("Aserbaidschan dürfte weitere Gebiete Armeniens angreifen, befürchten Beobachter.", "19"),
    ("Die Ukraine hofft, dass die EU weitere Sanktionen gegen Russland verhängt.", "16"),
    ("Bei einem Angriff auf Taiwan müssten die USA Truppen entsenden.", "15"),
    ("Falls Russland Odessa angreift, will Rumänien Truppen an die Grenze verlegen.", "15"),
    ("Medien spekulieren, dass Russland Truppen nach Belarus verlegt.", "15"),
    ("Eine Option wäre, dass die EU Sanktionen gegen Georgien verhängt.", "16"),
    ("Es wird erwartet, dass China neue Manöver vor Taiwan abhält.", "15"),
    ("Zur Debatte steht auch eine Ausweisung iranischer Diplomaten durch Deutschland.", "16"),
    ("Russland könnte bereits Truppen nach Transnistrien verlegt haben.", "15"),
    ("Die USA hätten Sanktionen gegen Russland viel früher verhängen sollen.", "16"),
    ("Ob Polen den Botschafter ausweist, entscheidet sich nächste Woche.", "16"),
    ("Israel würde einen Angriff auf den Iran nicht ohne die USA wagen.", "19"),
    ("Sollte sich die Lage verschärfen, könnte Frankreich Soldaten nach Estland schicken.", "15"),
    ("Im Falle einer Invasion würde Japan Sanktionen gegen China verhängen.", "16"),
    ("Für den Fall eines Angriffs hat Finnland Vergeltung angedroht.", "19"),
    ("Die Kommission denkt laut über Strafzölle gegen China nach.", "16"),
    ("Lettland erwägt die Schließung der Grenze zu Russland.", "19"),
    ("Ein möglicher Angriff Russlands auf Moldau beunruhigt Bukarest.", "19"),
    ("Die Sorge wächst, dass China Taiwan angreifen könnte.", "19"),
    ("Es gibt Befürchtungen, dass der Iran Israel erneut angreift.", "19"),
    ("Ist ein Angriff Chinas auf Taiwan noch zu verhindern?", "19"),
    ("Der Kreml hält es für denkbar, dass die NATO Truppen in die Ukraine schickt.", "15"),
    ("Die Ukraine wünscht sich, dass Deutschland Taurus-Raketen liefert.", "07"),
    ("Nordkorea warnt, es werde Südkorea angreifen, falls die USA Manöver abhalten.", "19"),
    ("Kanada fordert China auf, die Militärübungen vor Taiwan zu beenden.", "08"),
    ("Polen appelliert an die EU, die Grenze zu Belarus zu schließen.", "19"),
    ("Präsident Biden schlug vor, dass Israel und Saudi-Arabien diplomatische Beziehungen aufnehmen.", "05"),
    ("Schweden verlangt eine Entschuldigung der Türkei.", "05"),
    ("Dänemark rät Deutschland, mehr Soldaten nach Litauen zu schicken.", "15"),
    ("Ein Beitritt der Ukraine zur NATO steht derzeit nicht zur Debatte.", "05"),
    ("Diplomaten werten das als Hinweis, dass China Taiwan bald blockieren könnte.", "19"),
    ("Die Rede ließ offen, ob Russland die Gespräche mit der Ukraine fortsetzt.", "04"),
    ("Peking ist überzeugt, dass Washington neue Zölle gegen China verhängen wird.", "16"),
    ("Die Entsendung deutscher Soldaten nach Litauen wäre ein historischer Schritt.", "15"),
    ("Kiew wirft die Frage auf, ob Deutschland Marschflugkörper liefert.", "07"),
    ("Ein Waffenstillstand zwischen Israel und der Hamas scheint in greifbarer Nähe.", "08"),
    ("Kommt es zu einer Invasion, würde Japan die USA unterstützen.", "19"),
    ("Indiens Regierung schließt einen Militärschlag gegen Pakistan nicht aus.", "19"),
    ("Ein Treffen zwischen Putin und Trump ist denkbar, sagte ein Sprecher.", "04"),
    ("Die Regierung in Vilnius fordert die Ausweisung aller russischen Diplomaten.", "16"),
    ("Eventuell schickt Frankreich weitere Kampfflugzeuge nach Rumänien.", "15"),
    ("Die Befürchtung ist groß, dass Russland die Ukraine im Sommer erneut angreift.", "19"),
    ("Georgien könnte sich gezwungen sehen, die Beziehungen zu Russland abzubrechen.", "16"),
    ("Sollte der Iran Atomwaffen bauen, wären Luftangriffe Israels wahrscheinlich.", "19"),
    ("Würde China Taiwan blockieren, wären die Folgen für Europa enorm.", "19"),
    ("Es sei nicht auszuschließen, dass Russland Truppen nach Belarus verlege, sagte der General.", "15"),
    ("Beobachter halten einen Angriff Aserbaidschans auf Armenien für möglich.", "19"),
    ("Rumänien fürchtet, dass Russland Moldau angreifen könnte.", "19"),
    ("Die Ukraine pocht darauf, dass Deutschland Marschflugkörper liefert.", "07"),
    ("Die Niederlande prüfen die Ausweisung russischer Diplomaten.", "16"),
    ("Sollten die Angriffe weitergehen, will London Sanktionen gegen Teheran verhängen.", "16"),
    ("Ungarn könnte die Sanktionen gegen Russland blockieren.", "12"),
    ("Ob die Türkei Truppen nach Syrien schickt, hängt von Washington ab.", "15"),
    ("Im Planspiel greift Russland Estland an.", "19"),
    ("Eine Blockade der Straße von Hormus durch Iran hätte gravierende Folgen.", "19"),
    ("Die Opposition drängt die Regierung, Sanktionen gegen China zu verhängen.", "16"),
    ("Wahrscheinlich wird Israel den Iran angreifen, glauben Analysten.", "19"),
    ("Kanada erwägt, Truppen nach Lettland zu verlegen.", "15"),
    ("Der Kreml befürchtet, die NATO könne Truppen an die russische Grenze verlegen.", "15"),
    ("In Warschau wächst die Angst, Russland könnte als Nächstes Polen angreifen.", "19"),
]

# announced, planned, prepared or scheduled: "will", "plant", "kündigte an", "steht bevor", a present
# tense with a date ahead
FUTURE = [
    ("Russland kündigte an, seine Truppen an der Grenze zu Finnland zu verstärken.", "15"),
    ("Frankreich will im Sommer Kampfflugzeuge an die Ukraine liefern.", "07"),
    ("Die EU plant neue Sanktionen gegen Iran.", "16"),
    ("Bundeskanzler Scholz wird am Mittwoch den polnischen Präsidenten treffen.", "04"),
    ("Der US-Außenminister soll am Donnerstag nach China reisen.", "04"),
    ("Der Besuch von Präsident Macron in China steht unmittelbar bevor.", "04"),
    ("Am Freitag trifft Außenministerin Baerbock ihren chinesischen Amtskollegen in Berlin.", "04"),
    ("Kommende Woche besucht der indische Premier Modi Russland.", "04"),
    ("Polen bereitet die Ausweisung russischer Diplomaten vor.", "16"),
    ("Die Ukraine will bis Jahresende weitere Angriffe auf die Krim starten.", "19"),
    ("Großbritannien werde der Ukraine weitere Raketen liefern, kündigte London an.", "07"),
    ("Japan und Südkorea wollen im Juni ein Verteidigungsabkommen unterzeichnen.", "05"),
    ("Israel hat angekündigt, die Offensive im Libanon auszuweiten.", "19"),
    ("Litauen hat vor, seine Grenze zu Belarus zu schließen.", "19"),
    ("Washington will Peking mit neuen Sanktionen belegen.", "16"),
    ("Der iranische Außenminister reist morgen nach Moskau.", "04"),
    ("Ungarns Regierungschef Orbán wird nächste Woche China besuchen.", "04"),
    ("Berlin beabsichtigt, Kiew ein weiteres Patriot-System zu liefern.", "07"),
    ("Die EU-Kommission soll bis Ende Mai neue Sanktionen gegen Russland verhängen.", "16"),
    ("Südkorea will seine Sanktionen gegen Nordkorea verschärfen.", "16"),
    ("Macron kündigte für Donnerstag ein Telefonat mit Putin an.", "04"),
    ("Im Mai wird die Türkei Truppen nach Libyen entsenden.", "15"),
    ("Japan beabsichtigt, den Philippinen Patrouillenboote zu liefern.", "07"),
    ("Am Dienstag empfängt Bundespräsident Steinmeier den kenianischen Präsidenten in Berlin.", "04"),
    ("Die Außenminister Indiens und Chinas treffen sich am Mittwoch in Neu-Delhi.", "04"),
    ("Erdogan wird Putin Ende des Monats in Ankara empfangen.", "04"),
    ("Die USA planen, weitere Truppen nach Polen zu verlegen.", "15"),
    ("Der Kreml teilte mit, Putin werde im Mai nach China reisen.", "04"),
    ("Finnland will russische Diplomaten ausweisen.", "16"),
    ("Nächsten Monat verhängt die EU neue Sanktionen gegen Belarus.", "16"),
    ("Die Bundesregierung bereitet neue Sanktionen gegen Iran vor.", "16"),
    ("Frankreich und Deutschland werden der Ukraine weitere Panzer liefern.", "07"),
    ("Die Türkei kündigte an, Truppen in den Nordirak zu verlegen.", "15"),
    ("Macron wird am Dienstag in Peking mit Xi Jinping zusammentreffen.", "04"),
    ("Nächste Woche reist Außenministerin Baerbock nach Israel.", "04"),
    ("Im Juni will die EU Beitrittsgespräche mit Moldau beginnen.", "04"),
    ("Die NATO plant ein Großmanöver in Polen.", "15"),
    ("Polen will Kampfjets an die Ukraine liefern.", "07"),
    ("Die USA beabsichtigen, Sanktionen gegen chinesische Firmen zu verhängen.", "16"),
    ("Israel bereitet eine Offensive gegen die Hisbollah vor.", "19"),
    ("Kanzler Scholz soll im Mai nach China reisen.", "04"),
    ("Die Ukraine und Polen wollen ein Abkommen über Getreide unterzeichnen.", "05"),
    ("Morgen trifft Biden den chinesischen Präsidenten Xi in San Francisco.", "04"),
    ("Russland hat angekündigt, Truppen an die finnische Grenze zu verlegen.", "15"),
    ("Ein Treffen zwischen Blinken und Lawrow steht bevor.", "04"),
    ("Die EU wird nächste Woche neue Sanktionen gegen Iran verhängen.", "16"),
    ("Südkorea will Japan im Sommer besuchen.", "04"),
    ("Geplant ist, dass die Türkei Truppen nach Katar verlegt.", "15"),
    ("Vorgesehen ist ein Treffen von Scholz und Macron in Paris.", "04"),
    ("Das Treffen der Außenminister ist für Dienstag angesetzt.", "04"),
    ("Bis Freitag will Berlin über weitere Waffenlieferungen an die Ukraine entscheiden.", "07"),
    ("Ende Mai besucht Präsident Erdogan Deutschland.", "04"),
    ("Die EU beabsichtigt die Verhängung neuer Sanktionen gegen Belarus.", "16"),
    ("Australien will mit Indonesien über ein Sicherheitsabkommen verhandeln.", "04"),
    ("Im Herbst wird Japan Truppen nach Australien entsenden.", "15"),
    ("Die Regierung in Rom kündigte Sanktionen gegen Russland an.", "16"),
    ("Ungarn wird im Juli den Vorsitz übernehmen und will dann Serbien besuchen.", "04"),
    ("Am Mittwoch kommen die Verteidigungsminister der NATO in Brüssel zusammen.", "04"),
    ("In zwei Tagen berät der UN-Sicherheitsrat über die Lage in Gaza.", "04"),
    ("Die Gespräche zwischen Armenien und Aserbaidschan sollen im Mai in Berlin stattfinden.", "04"),
    ("Künftig sollen auch russische Reedereien mit Sanktionen belegt werden.", "16"),
    ("Bald soll die Grenze zwischen Polen und Belarus geschlossen werden.", "19"),
    ("Moskau werde auf die Ausweisung mit Gegenmaßnahmen antworten, sagte ein Sprecher.", "16"),
    ("Der Kreml kündigte Vergeltung für den Angriff auf die Krim an.", "19"),
    ("Ab Juli liefert Deutschland der Ukraine weitere Flugabwehrpanzer.", "07"),
    ("Der französische Präsident wird nächste Woche in Washington erwartet.", "04"),
    ("Die EU-Staaten wollen das Sanktionspaket gegen Iran in den kommenden Tagen beschließen.", "16"),
    ("Polen will im nächsten Jahr Truppen an die Grenze zu Belarus verlegen.", "15"),
    ("Scholz reist am Mittwoch nach Peking.", "04"),
    ("Die EU plant, Sanktionen gegen Iran zu verhängen.", "16"),
    ("Der Kreml kündigte an, Truppen nach Belarus zu verlegen.", "15"),
    ("Die USA werden Israel weitere Waffen liefern.", "07"),
    ("Im Juli treffen sich Putin und Xi in Astana.", "04"),
    ("Die Ukraine bereitet eine Offensive gegen Russland vor.", "19"),
    ("Die Türkei beabsichtigt, Sanktionen gegen Israel zu verhängen.", "16"),
    ("Spanien soll im Herbst Soldaten nach Lettland entsenden.", "15"),
    ("Italien will den russischen Botschafter ausweisen.", "16"),
    ("Das Abkommen sieht vor, dass Armenien seine Truppen aus der Region abzieht.", "08"),
]

# "nicht", "kein", "nie", "weder … noch"; refusals ("weigerte sich", "verzichtete auf", "lehnte es ab,
# … zu") and denials ("bestritt", "dementierte", "wies Berichte zurück, wonach"); "kam nicht zustande"
NEGATED = [
    ("Russland hat die Ukraine in der Nacht nicht angegriffen.", "19"),
    ("Deutschland liefert keine Taurus-Marschflugkörper an die Ukraine.", "07"),
    ("China hat nie Waffen an Russland geliefert.", "07"),
    ("Weder Frankreich noch Italien haben Sanktionen gegen Israel verhängt.", "16"),
    ("Die Türkei verzichtete auf einen Angriff auf Syrien.", "19"),
    ("Ungarn lehnte es ab, Waffen an die Ukraine zu liefern.", "07"),
    ("Das Treffen zwischen Putin und Selenskyj kam nicht zustande.", "04"),
    ("Moskau dementierte, dass russische Flugzeuge Ziele in Syrien bombardiert hätten.", "19"),
    ("Peking bestritt, Sanktionen gegen Litauen verhängt zu haben.", "16"),
    ("Israel hat den Libanon keineswegs angegriffen, erklärte das Militär.", "19"),
    ("Die USA haben keine Truppen nach Taiwan geschickt.", "15"),
    ("Japan weigerte sich, Sanktionen gegen Russland zu verhängen.", "16"),
    ("Polen hat den belarussischen Botschafter nicht ausgewiesen.", "16"),
    ("Der Iran hat Israel bislang nicht angegriffen.", "19"),
    ("Indien schloss aus, Truppen nach Russland zu schicken.", "15"),
    ("Frankreich wird keine Soldaten in die Ukraine entsenden.", "15"),
    ("Das geplante Treffen zwischen Blinken und Wang Yi fand nicht statt.", "04"),
    ("Die EU verhängte entgegen den Erwartungen keine neuen Sanktionen gegen China.", "16"),
    ("Serbien hat Kosovo zu keinem Zeitpunkt angegriffen, versicherte Belgrad.", "19"),
    ("Aserbaidschan wies Berichte zurück, wonach es Armenien beschossen habe.", "19"),
    ("Die Regierung in Kairo dementierte, Waffen an den Sudan geliefert zu haben.", "07"),
    ("Russland stellte klar, dass es Finnland nicht bedrohe.", "13"),
    ("Russland hat die Gaslieferungen an Ungarn nicht eingestellt.", "16"),
    ("Ein Treffen mit dem russischen Außenminister lehnte Baerbock ab.", "04"),
    ("Berlin hat Kiew weder Kampfjets noch Marschflugkörper geliefert.", "07"),
    ("Indien und Pakistan haben nicht miteinander verhandelt.", "04"),
    ("Washington denkt nicht daran, Sanktionen gegen Israel zu verhängen.", "16"),
    ("Die Ukraine hat das Kraftwerk nicht beschossen, betonte Kiew.", "19"),
    ("Georgien verzichtet auf Sanktionen gegen Russland.", "16"),
    ("Die Bundesregierung verweigerte der Ukraine die Lieferung von Marschflugkörpern.", "07"),
    ("Anders als angekündigt hat Polen die Grenze zu Belarus nicht geschlossen.", "19"),
    ("Kein EU-Staat hat bisher Kampfjets an die Ukraine geliefert.", "07"),
    ("Der Kreml bestreitet, dass Russland Kiew angegriffen hat.", "19"),
    ("Ägypten hat sich geweigert, Truppen nach Gaza zu schicken.", "15"),
    ("Nie hat Deutschland Waffen an Russland geliefert, sagte der Minister.", "07"),
    ("Die USA wollen keine Truppen in die Ukraine schicken.", "15"),
    ("China hat Taiwan nicht blockiert, sondern nur Manöver abgehalten.", "19"),
    ("Die Türkei hat darauf verzichtet, Sanktionen gegen Russland zu verhängen.", "16"),
    ("Niemals werde Israel Waffen an Russland liefern, sagte Netanjahu.", "07"),
    ("China wird Russland nach eigenen Angaben keine Waffen liefern.", "07"),
    ("Russland hat die Gaslieferungen nach Österreich nicht gestoppt.", "16"),
    ("Nordkorea hat keine Raketen auf Japan abgefeuert, teilte Tokio mit.", "19"),
    ("China hat keine Truppen an die Grenze zu Indien verlegt.", "15"),
    ("Italien hat niemals Waffen an Libyen geliefert.", "07"),
    ("Weder die USA noch Großbritannien haben Sanktionen gegen Israel verhängt.", "16"),
    ("Der Iran lehnte es ab, mit den USA zu verhandeln.", "04"),
    ("Moskau bestreitet, ukrainische Kinder verschleppt zu haben.", "18"),
    ("Israel dementierte, einen Konvoi im Gazastreifen angegriffen zu haben.", "19"),
    ("Die Gespräche zwischen Russland und der Ukraine kamen nicht zustande.", "04"),
    ("Frankreich verzichtete darauf, den russischen Botschafter auszuweisen.", "16"),
    ("Die Türkei weigert sich, Sanktionen gegen Russland zu verhängen.", "16"),
    ("Washington schloss aus, Truppen in die Ukraine zu schicken.", "15"),
    ("Deutschland hat die Ukraine bislang nicht mit Marschflugkörpern beliefert.", "06"),
    ("Indien hat Russland nicht verurteilt.", "11"),
    ("Die EU hat keine Sanktionen gegen China verhängt, obwohl Litauen das gefordert hatte.", "16"),
    ("Israel griff den Iran nicht an, sondern setzte auf Diplomatie.", "19"),
    ("Serbien verzichtet auf eine Teilnahme an den Sanktionen gegen Russland.", "16"),
    ("Die Regierung in Baku wies Berichte zurück, wonach Aserbaidschan Armenien angegriffen habe.", "19"),
    ("Ohne Russland direkt anzugreifen, hielt die Ukraine ihre Stellungen.", "19"),
    ("Statt Sanktionen gegen Georgien zu verhängen, setzte die EU auf Gespräche.", "16"),
    ("Anders als befürchtet hat Russland die Gaslieferungen an Moldau nicht eingestellt.", "16"),
    ("Eine Lieferung von Kampfjets an die Ukraine ist nicht geplant.", "07"),
    ("Noch hat China Russland keine Waffen geliefert.", "07"),
    ("Die Schweiz hat keinerlei Sanktionen gegen China verhängt.", "16"),
    ("Von einem Angriff Irans auf Israel kann keine Rede sein, erklärte Teheran.", "19"),
    ("Die Ukraine habe Russland nicht angegriffen, betonte Selenskyj.", "19"),
    ("„Wir werden niemals Truppen nach Russland schicken“, sagte der chinesische Außenminister.", "15"),
    ("Ein Abkommen zwischen Serbien und Kosovo wurde nicht unterzeichnet.", "05"),
    ("Österreich hat sich geweigert, russische Diplomaten auszuweisen.", "16"),
    ("Der Kreml wies zurück, dass Russland Finnland bedrohe.", "13"),
    ("Kiew dementierte Berichte, denen zufolge die Ukraine Belgorod beschossen habe.", "19"),
    ("Washington verzichtet vorerst auf Sanktionen gegen Saudi-Arabien.", "16"),
    ("Zu einem Treffen zwischen Erdogan und Assad kam es nicht.", "04"),
    ("Israel hat den Angriff auf den Iran abgesagt.", "19"),
    ("Russland habe keine Pläne, Finnland anzugreifen, sagte Peskow.", "19"),
    ("Israel hat nicht die Absicht, den Libanon zu besetzen.", "19"),
    ("Die Botschaft in Moskau soll nicht geschlossen werden.", "16"),
    ("Eine Einladung an die Ukraine sprach die NATO nicht aus.", "05"),
    ("Kiew hatte Washington vorab nicht über den Angriff informiert.", "06"),
    ("Der Abbruch der Beziehungen zu China steht für Litauen nicht zur Debatte.", "16"),
    ("Seit Monaten hat Russland keine Angriffe auf Odessa mehr geflogen.", "19"),
    ("Die Türkei hat den Kauf russischer Raketen bislang nicht rückgängig gemacht.", "08"),
    ("Armenien denkt nicht daran, Truppen an die Grenze zu schicken.", "15"),
    ("Italien lehnt die Lieferung von Panzern an die Ukraine ab.", "07"),
    ("Russland hat nie die Absicht gehabt, Finnland anzugreifen, sagte Lawrow.", "19"),
    ("Die Schweiz hat sich geweigert, Panzer an die Ukraine zu liefern.", "07"),
    ("Indien verzichtete darauf, Sanktionen gegen Russland zu verhängen.", "16"),
    ("Tschechien hat den russischen Botschafter nicht ausgewiesen.", "16"),
    ("Israel bestreitet, das Konsulat in Damaskus angegriffen zu haben.", "19"),
    ("Weder Russland noch die Ukraine haben die Waffenruhe unterzeichnet.", "05"),
    ("Peking hat Taiwan bislang nicht angegriffen.", "19"),
    ("Das Treffen von Putin und Erdogan fand nicht statt.", "04"),
    ("Die EU schloss aus, Sanktionen gegen Israel zu verhängen.", "16"),
]

# facts reported with a source, in Konjunktiv I or as hearsay, or next to a negation, a fear or a
# condition that is not about the act ("nicht nur … sondern auch", "keine zwei Tage nach", "wie
# befürchtet", "obwohl … nicht")
ASSERTED = [
    # "kein … mehr": what went on has stopped, the stop is asserted (gold: de-010, tune-a03/a04/d06)
    ("Russland liefert kein Gas mehr nach Polen.", "16"),
    ("Die Slowakei liefert keine Waffen mehr an die Ukraine.", "16"),
    ("Russland habe die Ukraine in der Nacht erneut angegriffen, teilte Kiew mit.", "19"),
    ("Laut dem ukrainischen Militär griff Russland Charkiw mit Raketen an.", "19"),
    ("Nach Angaben aus Jerusalem bombardierte Israel Ziele im Libanon.", "19"),
    ("Dem Pentagon zufolge lieferte Iran Drohnen an Russland.", ("06", "07")),
    ("Russland soll die Ukraine erneut mit Drohnen angegriffen haben.", "19"),
    ("China soll Russland mit Bauteilen für Raketen beliefert haben.", ("06", "07")),
    ("Die EU verhängte nicht nur Sanktionen gegen Russland, sondern auch gegen Belarus.", "16"),
    ("Keine zwei Tage nach dem Angriff verhängten die USA Sanktionen gegen Iran.", "16"),
    ("Nicht nur Frankreich, sondern auch Italien wies russische Diplomaten aus.", "16"),
    ("Die Ukraine beschoss in der Nacht die russische Stadt Belgorod.", "19"),
    ("Scholz telefonierte am Sonntag mit Xi Jinping.", "04"),
    ("Erdogan empfing den ungarischen Ministerpräsidenten in Ankara.", "04"),
    ("Die Türkei hat Truppen an die syrische Grenze verlegt.", "15"),
    ("Es ist kein Geheimnis, dass Iran Russland mit Drohnen beliefert.", ("06", "07")),
    ("Russland griff die Ukraine an, obwohl Kiew nicht provoziert hatte.", "19"),
    ("Die EU hat erst nach langem Zögern Sanktionen gegen Belarus verhängt.", "16"),
    ("Israel hat den Iran angegriffen, nicht umgekehrt.", "19"),
    ("Wie erwartet verhängte die EU neue Sanktionen gegen Iran.", "16"),
    ("Wie befürchtet hat Russland die Ukraine erneut angegriffen.", "19"),
    ("Dass Russland die Ukraine angegriffen hat, bestreitet niemand mehr.", "19"),
    ("Unbestritten ist, dass China Russland mit Technologie beliefert.", ("06", "07")),
    ("Die Regierung in Kiew meldete, Russland habe Odessa mit Drohnen angegriffen.", "19"),
    ("Wie das Auswärtige Amt mitteilte, hat Deutschland zwei russische Diplomaten ausgewiesen.", "16"),
    ("Moskau bestätigte, dass Russland Truppen nach Belarus verlegt habe.", "15"),
    ("Die USA haben gestern Sanktionen gegen Venezuela verhängt, wie das Finanzministerium erklärte.", "16"),
    ("Obwohl Peking gewarnt hatte, besuchte der US-Außenminister Taiwan.", "04"),
    ("Russland hat die Ukraine angegriffen und damit das Völkerrecht gebrochen.", "19"),
    ("Nachdem Iran Israel angegriffen hatte, verhängten die USA Sanktionen gegen Teheran.", "16"),
    ("Bereits im März hatte Frankreich Sanktionen gegen Mali verhängt.", "16"),
    ("Die Ukraine forderte, dass der Westen mehr Waffen liefert.", "10"),
    ("China drohte den Philippinen mit Konsequenzen.", "13"),
    ("Laut Medienberichten hat Israel eine iranische Militärbasis angegriffen.", "19"),
    ("Russland griff die Ukraine an. Das kam nicht überraschend.", "19"),
    ("Die Ukraine wurde in der Nacht von Russland angegriffen.", "19"),
    ("Auch Litauen hat den russischen Botschafter ausgewiesen.", "16"),
    ("Deutschland lieferte der Ukraine mehr Panzer, als viele erwartet hatten.", ("06", "07")),
    ("Schon kurz nach der Wahl hatte Erdogan Putin in Sotschi getroffen.", "04"),
    ("Die Türkei hat nach eigenen Angaben Stellungen im Irak angegriffen.", "19"),
    ("Peking verhängte Sanktionen gegen die USA, wie das Handelsministerium mitteilte.", "16"),
    (
        "Israel bombardierte erneut Ziele im Libanon, obwohl die USA zur Zurückhaltung aufgerufen hatten.",
        "19",
    ),
    ("Russland hat am Freitag Charkiw bombardiert.", "19"),
    ("Am Mittwoch hatte die EU Sanktionen gegen Iran verhängt.", "16"),
    ("Die Ukraine griff am Sonntag eine Raffinerie in Russland an.", "19"),
    ("Im Februar 2022 marschierte Russland in die Ukraine ein.", "19"),
    ("Kiew bestätigte, dass die Ukraine die Brücke auf der Krim angegriffen habe.", "19"),
    ("Berlin reagierte umgehend und wies vier russische Diplomaten aus.", "16"),
    ("Polen warf Russland vor, die Ukraine grundlos angegriffen zu haben.", "11"),
    ("Nach Darstellung Kiews hat Russland Cherson beschossen.", "19"),
    ("Frankreich hat Mali nicht nur kritisiert, sondern auch Sanktionen gegen das Land verhängt.", "16"),
    ("Ohne Vorwarnung griff Aserbaidschan armenische Stellungen an.", "19"),
    ("Die USA lieferten der Ukraine trotz aller Bedenken Raketen.", ("06", "07")),
    ("Nicht Frankreich, sondern Italien hat den russischen Botschafter ausgewiesen.", "16"),
    ("Russland habe in der Nacht Charkiw mit Raketen angegriffen, erklärte der Gouverneur.", "19"),
    ("Israel soll einen Stützpunkt der Hisbollah im Libanon bombardiert haben.", "19"),
    ("Nach Angaben des Pentagons hat China Russland mit Drohnenteilen beliefert.", ("06", "07")),
    ("Ukrainischen Angaben zufolge griff Russland Odessa mit Drohnen an.", "19"),
    ("Laut Reuters hat die Türkei Stellungen in Syrien bombardiert.", "19"),
    ("Die EU hat nicht zum ersten Mal Sanktionen gegen Belarus verhängt.", "16"),
    ("Nicht erst seit gestern liefert Iran Drohnen an Russland.", ("06", "07")),
    ("Nicht nur die USA, sondern auch Japan verhängten Sanktionen gegen Russland.", "16"),
    ("Kaum eine Woche nach dem Gipfel griff Russland Kiew erneut an.", "19"),
    ("Die Ukraine griff die Krim-Brücke an, wie Kiew bestätigte.", "19"),
    ("Dass Iran Drohnen an Russland liefert, ist inzwischen belegt.", ("06", "07")),
    ("Wie angekündigt hat die EU Sanktionen gegen Iran verhängt.", "16"),
    ("Obwohl die USA gewarnt hatten, griff Israel den Iran an.", "19"),
    ("Die Ukraine hat Russland angegriffen, wie Moskau behauptet.", "19"),
    ("Polen wies am Freitag einen russischen Diplomaten aus.", "16"),
    ("Baerbock traf am Wochenende ihren ukrainischen Amtskollegen in Kiew.", "04"),
    ("Israel hat den Libanon angegriffen, ohne die USA zu informieren.", "19"),
    ("Russland verlegte Truppen an die Grenze, obwohl Finnland nicht bedroht hatte.", "15"),
    ("Die Türkei hat den schwedischen Botschafter einbestellt, wie Ankara mitteilte.", "11"),
    ("Berichten zufolge hat Russland die Ukraine erneut mit Drohnen angegriffen.", "19"),
    ("Dem Vernehmen nach hat China Russland mit Munition beliefert.", ("06", "07")),
    ("Es heißt, Iran habe Russland Raketen geliefert.", ("06", "07")),
    ("Gerüchten zufolge soll Nordkorea Russland Artilleriegranaten geliefert haben.", ("06", "07")),
    ("Die EU hat neue Sanktionen gegen Iran verhängt, die ab Montag gelten.", "16"),
    ("Erst nach dem Angriff auf Israel verhängten die USA Sanktionen gegen Iran.", "16"),
    ("Bereits im Januar hatte Litauen den russischen Botschafter ausgewiesen.", "16"),
    ("Russland hat erneut Kiew angegriffen, das hat die Regierung bestätigt.", "19"),
    ("Polen hat nach eigenen Worten Truppen an die Grenze zu Belarus verlegt.", "15"),
    ("Wie erwartet hat China Manöver vor Taiwan abgehalten.", "15"),
    ("Trotz internationaler Kritik griff Israel erneut Ziele im Libanon an.", "19"),
    ("Mit der Ausweisung russischer Diplomaten hat Norwegen auf den Spionagefall reagiert.", "16"),
    ("Die Ukraine griff, wie schon in der Vorwoche, russische Raffinerien an.", "19"),
    ("Frankreich lieferte der Ukraine nicht weniger als zwanzig Panzer.", ("06", "07")),
    ("Niemand hatte damit gerechnet, doch Russland griff Charkiw erneut an.", "19"),
    ("Die Regierung in Kiew teilte mit, Russland habe Lwiw mit Raketen angegriffen.", "19"),
    ("Litauen hat den russischen Botschafter ausgewiesen, obwohl Moskau Vergeltung angedroht hatte.", "16"),
    ("Der Iran griff Israel an und drohte mit weiteren Schlägen.", "19"),
    ("Ungeachtet aller Warnungen bombardierte Russland erneut Charkiw.", "19"),
    ("Auch in der Nacht zum Montag griff Russland die Ukraine mit Drohnen an.", "19"),
    ("Die USA haben, anders als erwartet, Sanktionen gegen Indien verhängt.", "16"),
    ("China verhängte Sanktionen gegen Litauen, nachdem Vilnius Taiwan aufgewertet hatte.", "16"),
    ("Polen warf Belarus vor, Migranten gezielt an die Grenze zu schleusen.", "11"),
    ("Die Ukraine hat eigenen Angaben zufolge russische Stellungen beschossen.", "19"),
    ("Scholz empfing Selenskyj im Kanzleramt.", "04"),
    ("Russland hat die Ukraine angegriffen, wie das Pentagon mitteilte.", "19"),
    ("Die EU verhängte Sanktionen gegen Russland, nachdem Moskau die Ukraine angegriffen hatte.", "16"),
    ("Die USA erklärten, dass Israel den Iran angegriffen habe.", "19"),
    ("Der Kreml räumte ein, dass Russland Truppen an die Grenze verlegt habe.", "15"),
    ("Es ist bestätigt, dass Iran Russland Drohnen geliefert hat.", ("06", "07")),
    ("Nach Angaben Kiews, die sich nicht überprüfen ließen, griff Russland die Ukraine erneut an.", "19"),
    ("Die Türkei hat, trotz Warnungen aus Washington, Stellungen in Syrien angegriffen.", "19"),
    ("Erst nachdem Russland die Grenze verletzt hatte, verhängte Finnland Sanktionen gegen Moskau.", "16"),
    ("Wenn auch spät, hat die EU Sanktionen gegen Belarus verhängt.", "16"),
    ("Als Russland die Ukraine angriff, verhängte die EU Sanktionen gegen Moskau.", "16"),
    ("Ohne zu zögern verhängte die EU Sanktionen gegen Iran.", "16"),
    ("Moskau bestätigte, die Ukraine mit Raketen angegriffen zu haben.", "19"),
    ("Die Regierung in Warschau teilte mit, dass Polen den russischen Botschafter ausgewiesen habe.", "16"),
    ("Deutschland lieferte der Ukraine Panzer, obwohl Russland gedroht hatte.", ("06", "07")),
    ("Die Ukraine griff Russland an, nachdem Moskau Kiew bombardiert hatte.", "19"),
    ("Israel bombardierte den Libanon, und die Hisbollah feuerte Raketen ab.", "19"),
    ("Frankreich hat Mali verlassen, Russland hingegen hat Truppen nach Mali geschickt.", "15"),
    ("Seit Russland die Ukraine angegriffen hat, liefert Deutschland Waffen an Kiew.", ("06", "07")),
    ("Obwohl Moskau das bestreitet, hat Russland die Ukraine erneut angegriffen.", "19"),
    (
        "Das Verteidigungsministerium in Kiew teilte mit, Russland habe in der Nacht 30 Drohnen auf die Ukraine abgefeuert.",
        "19",
    ),
    ("Der Sprecher sagte, Israel habe Ziele im Libanon angegriffen, um die Hisbollah zu schwächen.", "19"),
    ("Russlands Angriff auf die Ukraine hat die EU veranlasst, Sanktionen zu verhängen.", "16"),
    ("China hat Taiwan nicht nur bedroht, sondern die Insel auch blockiert.", "19"),
    ("Nachdem Belarus Migranten an die Grenze geschleust hatte, schloss Polen die Grenze.", "19"),
    ("Der Iran hat Israel angegriffen, was die USA scharf verurteilten.", "19"),
    ("Es war das erste Mal, dass Iran Israel direkt angegriffen hat.", "19"),
    ("Die EU hat beschlossen, Sanktionen gegen Belarus zu verhängen.", "16"),
    ("Peking reagierte prompt und verhängte Sanktionen gegen US-Rüstungsfirmen.", "16"),
    ("Wie der Kreml bestätigte, hat Putin am Montag mit Erdogan telefoniert.", "04"),
    ("Überraschend hat die Türkei Schwedens Beitritt zur NATO zugestimmt.", "05"),
    ("Russland habe Kiew mit Raketen angegriffen, teilte die ukrainische Luftwaffe mit.", "19"),
    ("Laut Kiew hat Russland in der Nacht Odessa bombardiert.", "19"),
    ("Iran soll Russland Hunderte Drohnen geliefert haben.", ("06", "07")),
    ("Die EU verhängte am Freitag Sanktionen gegen Belarus.", "16"),
    ("Die Ukraine griff am Wochenende russische Ölanlagen an.", "19"),
    ("Nicht nur Polen, sondern auch Estland verhängte Sanktionen gegen Belarus.", "16"),
    ("Wie befürchtet hat China Manöver vor Taiwan abgehalten.", "15"),
    ("Der Sprecher sagte, Russland hätte die Ukraine erneut angegriffen.", "19"),
    ("Obwohl Peking protestierte, besuchte der japanische Premier Taiwan.", "04"),
    ("Schweden hat zwei russische Diplomaten ausgewiesen, wie Stockholm mitteilte.", "16"),
    ("Keine zwei Tage nach dem Angriff hat die EU Sanktionen gegen Iran verhängt.", "16"),
    ("Die Regierung in Kiew erklärte, russische Truppen hätten Cherson beschossen.", "19"),
    ("Moskau räumte ein, Russland habe ein ukrainisches Kriegsschiff angegriffen.", "19"),
    ("Ankara wies die Forderung Griechenlands zurück, Gespräche seien nicht nötig.", "12"),
]

# probes the pipeline still gets wrong, and why
KNOWN_WRONG = {
    "Die USA haben, anders als erwartet, Sanktionen gegen Indien verhängt.": (
        "news parser: 'haben' is the root and 'verhängt' a conj of the parenthetical 'erwartet', so no event is coded"
    ),
    "Russlands Angriff auf die Ukraine hat die EU veranlasst, Sanktionen zu verhängen.": (
        "no event coded: the performer of an infinitive under 'veranlassen' is its object (argument stage)"
    ),
    "China hat Taiwan nicht nur bedroht, sondern die Insel auch blockiert.": (
        "the blockade after 'sondern … auch' is not coded, only the threat (trigger/argument stage)"
    ),
    "Überraschend hat die Türkei Schwedens Beitritt zur NATO zugestimmt.": (
        "'stimmte … zu' with a genitive is coded 019 Sweden → Turkey, not 05 (lexicon/argument stage)"
    ),
}


def _probe(text: str, root: str | tuple[str, ...], expected: str):
    reason = KNOWN_WRONG.get(text)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(text, root, expected, marks=marks)


PROBES = [
    *(_probe(text, root, "hypothetical") for text, root in HYPOTHETICAL),
    *(_probe(text, root, "future") for text, root in FUTURE),
    *(_probe(text, root, "negated") for text, root in NEGATED),
    *(_probe(text, root, "asserted") for text, root in ASSERTED),
]


@pytest.mark.parametrize(("text", "root", "expected"), PROBES)
def test_factuality_of_the_probe_act(text, root, expected):
    # implausible events included: factuality is the coder's, and a lone probe sentence lacks the context
    # the confidence model judges plausibility by
    found = code_modalities(text, DATE, root, keep_implausible=True)
    if expected == "asserted":
        assert "asserted" in found, coded_events(text, DATE, keep_implausible=True)
    else:
        assert found <= {expected}, coded_events(text, DATE, keep_implausible=True)


# a verb or noun that is an act of its own (saying, demanding, refusing, denying, threatening, fearing,
# weighing, announcing): its sentence may assert that act
FRAMING_ACT = re.compile(
    r"(forder|verlang|ruf|rief|appell|bat |bitte|dräng|poch|schlug|rät|warn|droh|bestr|dement|wies|weist|"
    r"weiger|lehn|verzicht|schlo|schließ|kündig|erwäg|prüf|überleg|denk|hoff|fürcht|sorg|rechn|erwart|"
    r"setzt|spekul|wünsch|sagt|erklär|betont|teilt|vermut|glaub|überzeugt|halten|hält|warf|gedanken|"
    r"versicher|stellte klar)",
    re.IGNORECASE,
)
# sentences that still assert some act, and why
KNOWN_ASSERTING = {
    "Die EU beabsichtigt die Verhängung neuer Sanktionen gegen Belarus.": (
        "the intending verb is coded 030 (intent to cooperate) and asserted; the sanctions go uncoded"
    ),
    "Japan beabsichtigt, den Philippinen Patrouillenboote zu liefern.": (
        "news parser: 'den' after the comma tagged a relative pronoun, so the delivery goes uncoded and the "
        "intending verb's 030 stays asserted, as for the EU sentence"
    ),
}
# sentences whose act did not happen and that name no other act: like the gold's must-not-assert
# sentences, they must yield no asserted event of any kind
NOTHING_ASSERTED = [
    pytest.param(
        text,
        marks=[pytest.mark.xfail(strict=True, reason=KNOWN_ASSERTING[text])]
        if text in KNOWN_ASSERTING
        else [],
    )
    for bank in (HYPOTHETICAL, FUTURE, NEGATED)
    for text, _root in bank
    if not FRAMING_ACT.search(text)
]


@pytest.mark.parametrize("text", NOTHING_ASSERTED)
def test_a_sentence_whose_act_did_not_happen_asserts_nothing(text):
    assert [e for e in coded_events(text, DATE) if e[3] == "asserted"] == []


@pytest.mark.parametrize(
    ("text", "accuses"),
    [
        ("Kiew erklärte, Russland habe ein ukrainisches Kriegsschiff angegriffen.", True),
        ("Moskau räumte ein, Russland habe ein ukrainisches Kriegsschiff angegriffen.", False),
    ],
)
def test_force_reported_by_the_other_side_is_an_accusation_but_admitted_force_is_not(text, accuses):
    accusations = [e for e in coded_events(text, DATE) if e[0].startswith("112")]
    assert bool(accusations) == accuses, coded_events(text, DATE)


def test_the_bank_is_large_varied_and_balanced():
    texts = [text for bank in (HYPOTHETICAL, FUTURE, NEGATED, ASSERTED) for text, _root in bank]
    assert len(texts) >= 150
    assert len(set(texts)) == len(texts)
    assert all(len(bank) >= 30 for bank in (HYPOTHETICAL, FUTURE, NEGATED, ASSERTED))
    assert len(KNOWN_WRONG) <= len(texts) // 20  # what is known to fail stays the exception
    assert len(NOTHING_ASSERTED) >= 100
