"""KB coverage of non-state armed groups, opposition figures, rebel commanders and junta leaders of
2019-2025 news, with German names, spellings and inflections, on our own sentences through
`lagebild.analyze`: each mention must resolve to the group's or person's country and code at the
article's date (an opposition leader who takes office changes code)."""

import pytest

from tests.entity_mentions import mention_actors

MENTIONS = [
    # armed groups and militias: the country's REB code
    ("Die ELN bekannte sich zu dem Anschlag.", "2025-01-20", "ELN", "COL", "COLREB"),
    ("Die ELN-Guerilla ließ zwei Geiseln frei.", "2024-03-02", "ELN-Guerilla", "COL", "COLREB"),
    ("Bogotá verhandelt mit der Nationalen Befreiungsarmee.", "2023-06-09", "Nationalen Befreiungsarmee", "COL", "COLREB"),
    ("FARC-Dissidenten griffen eine Polizeiwache an.", "2024-05-21", "FARC-Dissidenten", "COL", "COLREB"),
    ("Die TPLF lehnte den Vorschlag ab.", "2021-06-30", "TPLF", "ETH", "ETHREB"),
    ("Die Volksbefreiungsfront von Tigray rief zu Gesprächen auf.", "2022-09-11", "Volksbefreiungsfront von Tigray", "ETH", "ETHREB"),
    ("Tigray-Rebellen rückten auf Dessie vor.", "2021-10-31", "Tigray-Rebellen", "ETH", "ETHREB"),
    ("Die Fano-Miliz besetzte mehrere Städte in Amhara.", "2023-08-04", "Fano-Miliz", "ETH", "ETHREB"),
    ("ISWAP überfiel einen Militärposten im Norden.", "2022-01-14", "ISWAP", "NGA", "NGAREB"),
    ("Boko Haram entführte Dutzende Schüler.", "2020-12-12", "Boko Haram", "NGA", "NGAREB"),
    ("Der IS-K reklamierte den Anschlag am Flughafen für sich.", "2021-08-27", "IS-K", "AFG", "AFGREB"),
    ("JNIM belagert die Stadt seit Wochen.", "2023-10-02", "JNIM", "MLI", "MLIREB"),
    ("Die Arakan Army eroberte einen Grenzposten.", "2024-02-05", "Arakan Army", "MMR", "MMRREB"),
    ("Die Arakan-Armee meldete Gefechte mit dem Militär.", "2023-11-14", "Arakan-Armee", "MMR", "MMRREB"),
    ("Die Volksverteidigungskräfte sprengten eine Brücke.", "2022-04-18", "Volksverteidigungskräfte", "MMR", "MMRREB"),
    ("Die Regierung der Nationalen Einheit bat um Anerkennung.", "2021-09-07", "Regierung der Nationalen Einheit", "MMR", "MMROPP"),
    ("Die Nationale Liga für Demokratie wurde aufgelöst.", "2023-03-28", "Nationale Liga für Demokratie", "MMR", "MMROPP"),
    ("Die Kassam-Brigaden feuerten Raketen ab.", "2023-10-08", "Kassam-Brigaden", "PSE", "PSEREB"),
    ("Die Hamas wies den Plan zurück.", "2024-05-06", "Hamas", "PSE", "PSEREB"),
    ("Der Islamische Dschihad drohte mit Vergeltung.", "2023-05-10", "Islamische Dschihad", "PSE", "PSEREB"),
    ("Die Hisbollah beschoss Stellungen im Norden.", "2023-11-02", "Hisbollah", "LBN", "LBNREB"),
    ("Die Huthis griffen erneut einen Tanker an.", "2024-02-19", "Huthis", "YEM", "YEMREB"),
    ("Die ADF-Miliz tötete Dutzende Dorfbewohner.", "2023-06-17", "ADF-Miliz", "COD", "CODREB"),
    ("Die M23 nahm die Stadt Goma ein.", "2025-01-27", "M23", "COD", "CODREB"),
    ("Al-Shabaab bekannte sich zu dem Angriff.", "2022-10-30", "Al-Shabaab", "SOM", "SOMREB"),
    ("Die RSF kontrollieren weite Teile von Darfur.", "2024-06-01", "RSF", "SDN", "SDNREB"),
    ("Die Rapid Support Forces wiesen die Vorwürfe zurück.", "2023-05-01", "Rapid Support Forces", "SDN", "SDNREB"),
    ("Die PKK kündigte ihre Auflösung an.", "2025-05-12", "PKK", "TUR", "TURREB"),
    ("Die YPG zogen sich aus der Stadt zurück.", "2019-10-22", "YPG", "SYR", "SYRREB"),
    ("HTS übernahm die Kontrolle über Aleppo.", "2024-11-30", "HTS", "SYR", "SYRREB"),
    ("Die Taliban schlossen die Universitäten für Frauen.", "2022-12-20", "Taliban", "AFG", None),
    # rebel and militia leaders
    ("Getachew Reda warf der Regierung Verzögerungen vor.", "2022-11-10", "Getachew Reda", "ETH", "ETHREB"),
    ("Getachew Reda übernahm die Übergangsverwaltung.", "2023-04-05", "Getachew Reda", "ETH", "ETHGOV"),
    ("Debretsion Gebremichael forderte den Abzug eritreischer Truppen.", "2021-07-01", "Debretsion Gebremichael", "ETH", "ETHREB"),
    ("Mohammed Deif galt als Planer des Überfalls.", "2023-10-12", "Mohammed Deif", "PSE", "PSEREB"),
    ("Chaled Maschal rief zu Protesten auf.", "2023-10-13", "Chaled Maschal", "PSE", "PSEREB"),
    ("Jahja Sinwar lehnte das Angebot ab.", "2024-08-20", "Jahja Sinwar", "PSE", "PSEREB"),
    ("Ismail Hanija reiste nach Teheran.", "2024-07-30", "Ismail Hanija", "PSE", "PSEREB"),
    ("Hassan Nasrallah drohte Israel.", "2023-11-03", "Hassan Nasrallah", "LBN", "LBNREB"),
    ("Abdul-Malik al-Huthi kündigte weitere Angriffe an.", "2024-01-11", "Abdul-Malik al-Huthi", "YEM", "YEMREB"),
    ("Mohamed Hamdan Daglo sagte ein Treffen ab.", "2023-12-28", "Mohamed Hamdan Daglo", "SDN", "SDNREB"),
    ("Hibatullah Achundsada erließ ein neues Dekret.", "2022-03-23", "Hibatullah Achundsada", "AFG", "AFGGOV"),
    ("Sabiullah Mudschahid wies den Bericht zurück.", "2020-03-05", "Sabiullah Mudschahid", "AFG", "AFGREB"),
    ("Sabiullah Mudschahid wies den Bericht zurück.", "2023-03-05", "Sabiullah Mudschahid", "AFG", "AFGGOV"),
    ("Amir Khan Muttaki traf den chinesischen Gesandten.", "2023-05-06", "Amir Khan Muttaki", "AFG", "AFGGOV"),
    ("Siradschuddin Hakkani empfing die Delegation.", "2022-10-01", "Siradschuddin Hakkani", "AFG", "AFGGOV"),
    # opposition leaders and dissidents: the country's OPP code while in opposition
    ("Aung San Suu Kyi wurde zu weiteren Jahren Haft verurteilt.", "2022-12-30", "Aung San Suu Kyi", "MMR", "MMROPP"),
    ("Pierre Poilievre verlangte Neuwahlen.", "2024-09-20", "Pierre Poilievre", "CAN", "CANOPP"),
    ("Poilievre kritisierte die Regierung scharf.", "2024-09-20", "Poilievre", "CAN", "CANOPP"),
    ("Imran Khan rief seine Anhänger auf die Straße.", "2023-05-10", "Imran Khan", "PAK", "PAKOPP"),
    ("Imran Khan empfing den chinesischen Botschafter.", "2020-06-01", "Imran Khan", "PAK", "PAKGOV"),
    ("Kemal Kılıçdaroğlu warf Erdoğan Wahlbetrug vor.", "2023-05-29", "Kemal Kılıçdaroğlu", "TUR", "TUROPP"),
    ("Ekrem İmamoğlu wurde festgenommen.", "2025-03-19", "Ekrem İmamoğlu", "TUR", "TUROPP"),
    ("Imamoglu rief zu friedlichen Protesten auf.", "2025-03-20", "Imamoglu", "TUR", "TUROPP"),
    ("Özgür Özel forderte vorgezogene Wahlen.", "2025-03-23", "Özgür Özel", "TUR", "TUROPP"),
    ("Juan Guaidó erklärte sich zum Übergangspräsidenten.", "2019-01-23", "Juan Guaidó", "VEN", "VENOPP"),
    ("Edmundo González Urrutia reklamierte den Wahlsieg.", "2024-07-30", "Edmundo González Urrutia", "VEN", "VENOPP"),
    ("María Corina Machado rief zu Protesten auf.", "2024-08-03", "María Corina Machado", "VEN", "VENOPP"),
    ("Swetlana Tichanowskaja traf den Bundeskanzler.", "2023-02-17", "Swetlana Tichanowskaja", "BLR", "BLROPP"),
    ("Maria Kolesnikowa wurde begnadigt.", "2025-09-13", "Maria Kolesnikowa", "BLR", "BLROPP"),
    ("Julija Nawalnaja sprach vor dem Europaparlament.", "2024-02-28", "Julija Nawalnaja", "RUS", "RUSOPP"),
    ("Alexej Nawalny wurde zu neunzehn Jahren Lagerhaft verurteilt.", "2023-08-04", "Alexej Nawalny", "RUS", "RUSOPP"),
    ("Wladimir Kara-Mursa kam bei einem Gefangenenaustausch frei.", "2024-08-01", "Wladimir Kara-Mursa", "RUS", "RUSOPP"),
    ("Ilja Jaschin kritisierte den Krieg.", "2022-06-01", "Ilja Jaschin", "RUS", "RUSOPP"),
    ("Raila Odinga rief zu Massenprotesten auf.", "2023-03-20", "Raila Odinga", "KEN", "KENOPP"),
    ("Bobi Wine focht das Wahlergebnis an.", "2021-02-01", "Bobi Wine", "UGA", "UGAOPP"),
    ("Lee Jae-myung nannte das Abkommen eine Schande.", "2023-03-17", "Lee Jae-myung", "KOR", "KOROPP"),
    ("Lee Jae-myung empfing den japanischen Regierungschef.", "2025-08-23", "Lee Jae-myung", "KOR", "KORGOV"),
    ("Kataib Hisbollah bekannte sich zu dem Drohnenangriff.", "2024-01-29", "Kataib Hisbollah", "IRQ", "IRQREB"),
    ("Die Syrische Nationale Armee rückte auf Manbidsch vor.", "2024-12-09", "Syrische Nationale Armee", "SYR", "SYRREB"),
    ("Die Al-Aksa-Märtyrerbrigaden riefen zum Streik auf.", "2023-07-04", "Al-Aksa-Märtyrerbrigaden", "PSE", "PSEREB"),
    ("Die Libysche Nationale Armee schloss die Ölhäfen.", "2020-01-18", "Libysche Nationale Armee", "LBY", "LBYMIL"),
    ("Das Sinaloa-Kartell bestritt die Entführung.", "2024-09-10", "Sinaloa-Kartell", "MEX", "MEXCRM"),
    ("Die Asow-Brigade verteidigte das Stahlwerk.", "2022-05-10", "Asow-Brigade", "UKR", "UKRMIL"),
    ("Das Afrikakorps verlegte Ausbilder nach Niamey.", "2024-04-12", "Afrikakorps", "RUS", "RUSMIL"),
    ("Die CHP gewann die Kommunalwahlen in Istanbul.", "2024-04-01", "CHP", "TUR", "TUROPP"),
    ("Die PTI rief zu landesweiten Protesten auf.", "2023-05-10", "PTI", "PAK", "PAKOPP"),
    ("Abdullah Öcalan rief die PKK zur Entwaffnung auf.", "2025-02-27", "Abdullah Öcalan", "TUR", "TURREB"),
    ("Maslum Abdi traf den Übergangspräsidenten in Damaskus.", "2025-03-10", "Maslum Abdi", "SYR", "SYRREB"),
    ("Chalil al-Hajja leitete die Delegation in Kairo.", "2024-10-27", "Chalil al-Hajja", "PSE", "PSEREB"),
    ("Jahja Sari meldete einen Raketenangriff auf Eilat.", "2024-07-19", "Jahja Sari", "YEM", "YEMREB"),
    ("Péter Magyar warf Orbán Korruption vor.", "2024-10-15", "Péter Magyar", "HUN", "HUNOPP"),
    ("Jair Lapid forderte Neuwahlen.", "2024-04-02", "Jair Lapid", "ISR", "ISROPP"),
    ("Keir Starmer kritisierte den Premierminister.", "2023-02-01", "Keir Starmer", "GBR", "GBROPP"),
    ("Brice Oligui Nguema ließ den Präsidenten unter Hausarrest stellen.", "2023-08-31", "Brice Oligui Nguema", "GAB", "GABGOV"),
    # junta leaders: the government of the state they seized
    ("Min Aung Hlaing verhängte den Ausnahmezustand.", "2021-02-01", "Min Aung Hlaing", "MMR", "MMRGOV"),
    ("Min Aung Hlaing reiste nach Moskau.", "2022-07-11", "Min Aung Hlaing", "MMR", "MMRGOV"),
    ("Mamady Doumbouya ließ sich als Präsident vereidigen.", "2021-10-01", "Mamady Doumbouya", "GIN", "GINGOV"),
    ("Assimi Goïta kündigte das Abkommen auf.", "2024-01-26", "Assimi Goïta", "MLI", "MLIGOV"),
    ("Ibrahim Traoré empfing eine russische Delegation.", "2023-09-01", "Ibrahim Traoré", "BFA", "BFAGOV"),
    ("Abdourahamane Tiani verwies den Botschafter des Landes.", "2023-08-26", "Abdourahamane Tiani", "NER", "NERGOV"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "mention", "country", "code"), MENTIONS)
def test_group_and_opposition_mentions_resolve(text, date, mention, country, code):
    found = mention_actors(text, date)
    assert mention in found, f"{mention!r} not resolved; entities: {found}"
    found_country, found_code = found[mention]
    assert found_country == country
    assert code is None or found_code == code


def test_enough_mentions_are_covered():
    assert len(MENTIONS) >= 60
