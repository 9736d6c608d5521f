"""Parties, state bodies and people of 2019-2025 news the other curated tables lack, written by us:
the parties of the states German news covers most, and party leaders, legislators, dissidents, journalists, UN
envoys and agency heads, US, EU and NATO officials it names with their state or body left unsaid
("PiS-Chef", "der Oppositionelle", "die Sondergesandte", "Sprecher Peter Stano").
Without an entry the actor stage cannot tell whose they are, and the event coder loses the dyad.

`PARTIES`, `STATE_BODIES` and `INDEPENDENT_AGENCIES` have the format of `curated.ORGANISATIONS`, `PEOPLE` that of `curated_leaders.LEADERS`
(a role's `end` None = in office at the time of writing). A person's surname alone becomes an
alias; `KNOWN_AS` replaces it where the surname is a common word or another famous person's name.
"""

from __future__ import annotations

UN = "IGOUNO"

# id, type, German name, English name, country, actor code, German aliases, English aliases, wikidata.
# A party acts for its state: "die PiS warf Berlin vor" is Poland's side. Bare words that also name
# other parties ("Demokraten", "Republikaner", Korea's "Demokratische Partei") are generic ("~") or
# left out: the US parties are theirs only as "US-Demokraten" or after that name.
PARTIES = [
    # France
    ("rassemblement-national", "party", "Rassemblement National", "National Rally", "FRA", "FRAPTY", ["Front National"], ["Rassemblement National", "National Front"], None),
    ("la-france-insoumise", "party", "La France insoumise", "La France Insoumise", "FRA", "FRAPTY", ["Unbeugsames Frankreich", "LFI"], ["LFI"], None),
    # United Kingdom
    ("labour-gb", "party", "Labour", "Labour Party", "GBR", "GBRPTY", ["Labour-Partei", "Labourpartei", "Labour Party"], ["Labour"], None),
    ("conservatives-gb", "party", "Konservative Partei", "Conservative Party", "GBR", "GBRPTY", ["Tories", "Tory-Partei"], ["Tories", "Conservatives"], None),
    ("reform-uk", "party", "Reform UK", "Reform UK", "GBR", "GBRPTY", [], [], None),
    ("liberal-democrats-gb", "party", "Liberal Democrats", "Liberal Democrats", "GBR", "GBRPTY", [], [], None),
    ("snp", "party", "SNP", "Scottish National Party", "GBR", "GBRPTY", ["Schottische Nationalpartei"], ["SNP"], None),
    # United States
    ("democratic-party-us", "party", "US-Demokraten", "Democratic Party", "USA", "USAPTY", ["~Demokraten"], ["Democrats"], None),
    ("republican-party-us", "party", "US-Republikaner", "Republican Party", "USA", "USAPTY", ["~Republikaner"], ["Republicans", "GOP"], None),
    # Turkey
    ("mhp", "party", "MHP", "Nationalist Movement Party", "TUR", "TURPTY", ["Partei der Nationalistischen Bewegung"], ["MHP"], None),
    ("dem-party", "party", "DEM-Partei", "DEM Party", "TUR", "TURPTY", ["HDP", "Demokratische Partei der Völker", "prokurdische HDP"], ["HDP"], None),
    ("iyi-party", "party", "İYİ-Partei", "Good Party", "TUR", "TURPTY", ["Iyi-Partei", "Gute Partei"], [], None),
    ("new-welfare-party", "party", "Neue Wohlfahrtspartei", "New Welfare Party", "TUR", "TURPTY", ["Yeniden Refah"], ["Yeniden Refah"], None),
    # Israel
    ("yesh-atid", "party", "Jesch Atid", "Yesh Atid", "ISR", "ISRPTY", ["Yesh Atid"], [], None),
    ("otzma-yehudit", "party", "Otzma Jehudit", "Otzma Yehudit", "ISR", "ISRPTY", ["Otzma Yehudit", "Jüdische Stärke"], [], None),
    ("shas", "party", "Schas", "Shas", "ISR", "ISRPTY", ["Schas-Partei", "Shas"], [], None),
    # Poland, Czechia, Slovakia, Hungary's neighbours
    ("civic-platform", "party", "Bürgerplattform", "Civic Platform", "POL", "POLPTY", ["Bürgerkoalition"], ["Civic Coalition"], None),
    ("konfederacja", "party", "Konfederacja", "Confederation", "POL", "POLPTY", [], [], None),
    ("ano-cz", "party", "ANO", "ANO", "CZE", "CZEPTY", ["ANO-Bewegung"], [], None),
    ("smer", "party", "Smer", "Smer", "SVK", "SVKPTY", ["Smer-SD"], [], None),
    ("vmro-dpmne", "party", "VMRO-DPMNE", "VMRO-DPMNE", "MKD", "MKDPTY", [], [], None),
    ("sns-serbia", "party", "Serbische Fortschrittspartei", "Serbian Progressive Party", "SRB", "SRBPTY", ["SNS"], ["SNS"], None),
    # Germany (Austria's and Switzerland's parties are `actor_home_state.HOME_PARTIES_DE`'s)
    ("bsw", "party", "BSW", "Sahra Wagenknecht Alliance", "DEU", "DEUPTY", ["Bündnis Sahra Wagenknecht"], ["BSW"], None),
    # Italy, Spain, the Netherlands, Greece, Sweden, Romania
    ("fratelli-d-italia", "party", "Fratelli d'Italia", "Brothers of Italy", "ITA", "ITAPTY", ["Brüder Italiens"], [], None),
    ("lega", "party", "Lega", "Lega", "ITA", "ITAPTY", ["Lega Nord"], [], None),
    ("m5s", "party", "Fünf-Sterne-Bewegung", "Five Star Movement", "ITA", "ITAPTY", ["Movimento 5 Stelle", "M5S"], ["M5S"], None),
    ("psoe", "party", "PSOE", "Spanish Socialist Workers' Party", "ESP", "ESPPTY", ["Sozialisten des PSOE"], ["PSOE"], None),
    ("vox", "party", "Vox", "Vox", "ESP", "ESPPTY", [], [], None),
    ("pvv", "party", "PVV", "Party for Freedom", "NLD", "NLDPTY", ["Partei für die Freiheit"], ["PVV"], None),
    ("nea-dimokratia", "party", "Nea Dimokratia", "New Democracy", "GRC", "GRCPTY", [], [], None),
    ("syriza", "party", "Syriza", "Syriza", "GRC", "GRCPTY", [], [], None),
    ("sweden-democrats", "party", "Schwedendemokraten", "Sweden Democrats", "SWE", "SWEPTY", [], [], None),
    ("chega", "party", "Chega", "Chega", "PRT", "PRTPTY", [], [], None),
    ("aur", "party", "AUR", "Alliance for the Union of Romanians", "ROU", "ROUPTY", ["Allianz für die Vereinigung der Rumänen"], ["AUR"], None),
    # Asia
    ("bjp", "party", "BJP", "Bharatiya Janata Party", "IND", "INDPTY", ["Bharatiya Janata Party", "Indische Volkspartei", "hindunationalistische BJP"], ["BJP"], None),
    ("inc-india", "party", "Kongresspartei", "Indian National Congress", "IND", "INDPTY", ["Indischer Nationalkongress"], ["Congress Party"], None),
    ("ldp-japan", "party", "LDP", "Liberal Democratic Party", "JPN", "JPNPTY", ["Liberaldemokratische Partei"], ["LDP"], None),
    ("people-power-party", "party", "Partei der Macht des Volkes", "People Power Party", "KOR", "KORPTY", ["People Power Party"], [], None),
    ("democratic-party-korea", "party", "Demokratische Partei Koreas", "Democratic Party of Korea", "KOR", "KORPTY", [], [], None),
    ("dpp", "party", "DPP", "Democratic Progressive Party", "TWN", "TWNPTY", ["Demokratische Fortschrittspartei"], ["DPP"], None),
    ("kuomintang", "party", "Kuomintang", "Kuomintang", "TWN", "TWNPTY", ["KMT"], ["KMT"], None),
    ("awami-league", "party", "Awami-Liga", "Awami League", "BGD", "BGDPTY", ["Awami League"], [], None),
    ("bnp-bangladesh", "party", "BNP", "Bangladesh Nationalist Party", "BGD", "BGDPTY", ["Bangladesh Nationalist Party"], ["BNP"], None),
    ("pml-n", "party", "PML-N", "Pakistan Muslim League (N)", "PAK", "PAKPTY", ["Muslimliga"], ["PML-N"], None),
    ("nepali-congress", "party", "Nepali Congress", "Nepali Congress", "NPL", "NPLPTY", ["Nepalesischer Kongress"], ["Nepali Congress"], None),
    # Europe's east, the Middle East, Africa and the Americas
    ("servant-of-the-people", "party", "Diener des Volkes", "Servant of the People", "UKR", "UKRPTY", [], [], None),
    ("kdp", "party", "KDP", "Kurdistan Democratic Party", "IRQ", "IRQPTY", ["Demokratische Partei Kurdistans"], ["KDP"], None),
    ("amal", "party", "Amal", "Amal Movement", "LBN", "LBNPTY", ["Amal-Bewegung"], [], None),
    ("eff", "party", "EFF", "Economic Freedom Fighters", "ZAF", "ZAFPTY", ["Economic Freedom Fighters"], ["EFF"], None),
    ("mk-party", "party", "MK-Partei", "uMkhonto weSizwe Party", "ZAF", "ZAFPTY", ["uMkhonto weSizwe"], [], None),
    ("psuv", "party", "PSUV", "United Socialist Party of Venezuela", "VEN", "VENPTY", ["Vereinigte Sozialistische Partei Venezuelas"], ["PSUV"], None),
    ("fsln", "party", "Sandinisten", "Sandinista National Liberation Front", "NIC", "NICPTY", ["FSLN", "Sandinistische Nationale Befreiungsfront"], ["FSLN", "Sandinistas"], None),
    ("morena", "party", "Morena", "Morena", "MEX", "MEXPTY", [], [], None),
]  # fmt: skip

# A state's bodies, agencies and companies German news names by their own name, with no state:
# "Carabinieri nahmen ihn fest", "meldet Anadolu", "die Royal Navy verlegte eine Fregatte". Same format.
STATE_BODIES = [
    ("carabinieri", "police", "Carabinieri", "Carabinieri", "ITA", "ITACOP", [], [], None),
    ("guardia-di-finanza", "police", "Guardia di Finanza", "Guardia di Finanza", "ITA", "ITACOP", ["Finanzpolizei Guardia di Finanza"], [], None),
    ("guardia-civil", "police", "Guardia Civil", "Guardia Civil", "ESP", "ESPCOP", [], [], None),
    ("scotland-yard", "police", "Scotland Yard", "Scotland Yard", "GBR", "GBRCOP", [], [], None),
    ("rcmp", "police", "RCMP", "Royal Canadian Mounted Police", "CAN", "CANCOP", ["Royal Canadian Mounted Police"], ["RCMP", "Mounties"], None),
    # only South Korea has a ministry for the unification of Korea; North Korea's body is a committee
    ("kor-unification-ministry", "government", "Vereinigungsministerium", "Ministry of Unification", "KOR", "KORGOV", ["Vereinigungsministeriums", "Wiedervereinigungsministerium", "Wiedervereinigungsministeriums"], ["Unification Ministry"], None),
    ("royal-navy", "military", "Royal Navy", "Royal Navy", "GBR", "GBRMIL", [], [], None),
    ("royal-air-force", "military", "Royal Air Force", "Royal Air Force", "GBR", "GBRMIL", [], [], None),
    ("mi5", "intelligence", "MI5", "MI5", "GBR", "GBRSPY", ["Inlandsgeheimdienst MI5"], [], None),
    ("dgse", "intelligence", "DGSE", "DGSE", "FRA", "FRASPY", ["Auslandsgeheimdienst DGSE"], [], None),
    ("dgsi", "intelligence", "DGSI", "DGSI", "FRA", "FRASPY", ["Inlandsgeheimdienst DGSI"], [], None),
    ("anadolu", "media", "Anadolu", "Anadolu Agency", "TUR", "TURMED", ["Anadolu Agentur", "Nachrichtenagentur Anadolu", "Staatsagentur Anadolu"], [], None),
    ("sana", "media", "Staatsagentur Sana", "SANA", "SYR", "SYRMED", ["Nachrichtenagentur Sana", "Staatsagentur SANA", "Nachrichtenagentur SANA"], [], None),
    ("ukrinform", "media", "Ukrinform", "Ukrinform", "UKR", "UKRMED", [], [], None),
    # the state's and ruling party's own papers, agencies and broadcasters, which speak for it
    # ("die Global Times warf Washington vor", "meldete Tasnim"); "Volkszeitung" alone is left out,
    # it also names German papers ("Leipziger Volkszeitung"), and "Fars" alone an Iranian province;
    # Granma (a Cuban province) and Sputnik (a vaccine) are left out, the KB matches their bare names
    ("global-times", "media", "Global Times", "Global Times", "CHN", "CHNMED", [], ["Global Times"], None),
    ("china-daily", "media", "China Daily", "China Daily", "CHN", "CHNMED", [], ["China Daily"], None),
    ("renmin-ribao", "media", "Renmin Ribao", "People's Daily", "CHN", "CHNMED", ["Volkszeitung Renmin Ribao", "People's Daily"], ["People's Daily", "Renmin Ribao"], None),
    ("cctv", "media", "CCTV", "CCTV", "CHN", "CHNMED", ["Staatssender CCTV"], [], None),
    ("rodong-sinmun", "media", "Rodong Sinmun", "Rodong Sinmun", "PRK", "PRKMED", ["Parteizeitung Rodong Sinmun"], ["Rodong Sinmun"], None),
    ("kctv", "media", "KCTV", "KCTV", "PRK", "PRKMED", [], [], None),
    ("nhan-dan", "media", "Nhan Dan", "Nhan Dan", "VNM", "VNMMED", ["Nhân Dân"], ["Nhan Dan"], None),
    ("prensa-latina", "media", "Prensa Latina", "Prensa Latina", "CUB", "CUBMED", [], ["Prensa Latina"], None),
    ("tasnim", "media", "Tasnim", "Tasnim", "IRN", "IRNMED", ["Nachrichtenagentur Tasnim"], ["Tasnim"], None),
    ("fars", "media", "Fars News", "Fars News", "IRN", "IRNMED", ["Nachrichtenagentur Fars", "Agentur Fars"], ["Fars News"], None),
    ("isna", "media", "Isna", "ISNA", "IRN", "IRNMED", ["ISNA"], ["ISNA"], None),
    ("irib", "media", "IRIB", "IRIB", "IRN", "IRNMED", [], ["IRIB"], None),
    ("press-tv", "media", "Press TV", "Press TV", "IRN", "IRNMED", [], ["Press TV"], None),
    ("rossiyskaya-gazeta", "media", "Rossijskaja Gaseta", "Rossiyskaya Gazeta", "RUS", "RUSMED", [], ["Rossiyskaya Gazeta"], None),
    ("belta", "media", "Belta", "BelTA", "BLR", "BLRMED", ["BelTA"], ["BelTA"], None),
    ("trt", "media", "TRT", "TRT", "TUR", "TURMED", [], ["TRT"], None),
    ("wafa", "media", "Wafa", "WAFA", "PSE", "PSEMED", ["WAFA"], ["WAFA"], None),
    ("rosatom", "company", "Rosatom", "Rosatom", "RUS", "RUSBUS", [], [], None),
    ("roscosmos", "company", "Roskosmos", "Roscosmos", "RUS", "RUSGOV", [], [], None),
    ("saudi-aramco", "company", "Saudi Aramco", "Saudi Aramco", "SAU", "SAUBUS", ["Aramco"], ["Aramco"], None),
    ("huawei", "company", "Huawei", "Huawei", "CHN", "CHNBUS", [], [], None),
    ("zte", "company", "ZTE", "ZTE", "CHN", "CHNBUS", [], [], None),
    ("omv", "company", "OMV", "OMV", "AUT", "AUTBUS", [], [], None),
    # Germany's asylum authority, named without "Bundes-" as often as with it
    ("bamf", "government", "Bundesamt für Migration und Flüchtlinge", "Federal Office for Migration and Refugees", "DEU", "DEUGOV", ["BAMF", "Bamf", "Migrationsbundesamt"], ["BAMF"], None),
]  # fmt: skip

# News agencies of a state that are no voice of its government: Interfax is privately owned, Yonhap a
# public-interest agency run at arm's length from Seoul. CAMEO still places them in their state (RUSMED,
# KORMED), but what they report is what they learned, not what their state says. Same format.
INDEPENDENT_AGENCIES = [
    ("interfax", "media", "Interfax", "Interfax", "RUS", "RUSMED", ["Agentur Interfax"], [], None),
    ("yonhap", "media", "Yonhap", "Yonhap", "KOR", "KORMED", ["Nachrichtenagentur Yonhap"], [], None),
]  # fmt: skip

# Armed groups, gangs and separatist movements of 2019-2025 news the curated organisations lack, in the
# format of `curated.ORGANISATIONS`: CAMEO codes them rebels (REB) of the state they fight in.
ARMED_GROUPS = [
    ("bla", "armed group", "Belutschistanische Befreiungsarmee", "Balochistan Liberation Army", "PAK", "PAKREB", ["BLA", "Befreiungsarmee Belutschistans"], ["BLA"], None),
    ("jaish-al-adl", "armed group", "Dschaisch al-Adl", "Jaish al-Adl", "IRN", "IRNREB", ["Jaish al-Adl"], [], None),
    ("mak", "armed group", "MAK", "Movement for the Self-Determination of Kabylie", "DZA", "DZAREB", ["Bewegung für die Selbstbestimmung der Kabylei"], ["MAK"], None),
    ("kla", "armed group", "UÇK", "Kosovo Liberation Army", "XKX", "XKXREB", ["UCK", "Befreiungsarmee des Kosovo", "Kosovo-Befreiungsarmee"], ["KLA"], None),
    ("janjaweed", "armed group", "Dschandschawid", "Janjaweed", "SDN", "SDNREB", ["Janjaweed", "Dschandschawid-Milizen"], ["Janjaweed"], None),
    ("splm-n", "armed group", "SPLM-N", "SPLM-North", "SDN", "SDNREB", ["SPLM-Nord"], ["SPLM-N"], None),
    ("ola", "armed group", "Oromo-Befreiungsarmee", "Oromo Liberation Army", "ETH", "ETHREB", ["OLA", "Oromo Liberation Army"], ["OLA"], None),
    ("codeco", "armed group", "Codeco", "CODECO", "COD", "CODREB", ["CODECO", "Codeco-Miliz"], ["CODECO"], None),
    ("mai-mai", "armed group", "Mai-Mai", "Mai-Mai", "COD", "CODREB", ["Mai-Mai-Milizen", "Mai-Mai-Miliz"], ["Mai-Mai"], None),
    ("nujaba", "armed group", "Nudschaba", "Harakat al-Nujaba", "IRQ", "IRQREB", ["Harakat al-Nudschaba", "Nujaba"], ["Harakat al-Nujaba", "Nujaba"], None),
    ("asaib-ahl-al-haq", "armed group", "Asaib Ahl al-Haq", "Asa'ib Ahl al-Haq", "IRQ", "IRQREB", [], ["Asaib Ahl al-Haq"], None),
    ("kaniyat", "armed group", "Kaniyat-Miliz", "Kaniyat militia", "LBY", "LBYREB", ["Kaniyat", "Kani-Miliz"], ["Kaniyat"], None),
    ("radaa", "armed group", "Radaa-Miliz", "Radaa Special Deterrence Force", "LBY", "LBYREB", ["Radaa", "Rada-Miliz"], ["Radaa"], None),
    ("aqap", "armed group", "AQAP", "al-Qaeda in the Arabian Peninsula", "YEM", "YEMREB", ["Al-Kaida auf der Arabischen Halbinsel", "Al-Qaida auf der Arabischen Halbinsel"], ["AQAP"], None),
    ("ansar-allah", "armed group", "Ansar Allah", "Ansar Allah", "YEM", "YEMREB", ["Ansarullah"], ["Ansar Allah"], None),
    ("kachin-independence-army", "armed group", "Kachin Independence Army", "Kachin Independence Army", "MMR", "MMRREB", ["Kachin-Unabhängigkeitsarmee"], [], None),
    ("mndaa", "armed group", "MNDAA", "Myanmar National Democratic Alliance Army", "MMR", "MMRREB", [], ["MNDAA"], None),
    ("abu-sayyaf", "armed group", "Abu Sayyaf", "Abu Sayyaf", "PHL", "PHLREB", ["Abu-Sayyaf-Gruppe", "Abu Sajjaf"], ["Abu Sayyaf"], None),
    ("new-peoples-army", "armed group", "Neue Volksarmee", "New People's Army", "PHL", "PHLREB", [], ["New People's Army"], None),
    ("clan-del-golfo", "armed group", "Clan del Golfo", "Clan del Golfo", "COL", "COLREB", ["Golf-Clan"], ["Gulf Clan"], None),
    ("gran-grif", "armed group", "Gran Grif", "Gran Grif", "HTI", "HTIREB", [], [], None),
    ("tren-de-aragua", "armed group", "Tren de Aragua", "Tren de Aragua", "VEN", "VENREB", [], [], None),
    ("los-choneros", "armed group", "Los Choneros", "Los Choneros", "ECU", "ECUREB", ["Choneros"], [], None),
    ("los-lobos", "armed group", "Los Lobos", "Los Lobos", "ECU", "ECUREB", [], [], None),
]  # fmt: skip

# Person: (id, German name, English name, country, gender, wikidata, source names, extra aliases
# (German forms), roles). A role: (English role, actor code, start, end).
PEOPLE = [
    # heads of government and ministers the other tables lack
    ("alix-didier-fils-aime", "Alix Didier Fils-Aimé", "Alix Didier Fils-Aime", "HTI", "m", None, [], [], [("prime minister", "HTIGOV", "2024-11-11", None)]),
    ("ariel-henry", "Ariel Henry", "Ariel Henry", "HTI", "m", None, [], [], [("prime minister", "HTIGOV", "2021-07-20", "2024-04-25")]),
    ("jakub-kulhanek", "Jakub Kulhánek", "Jakub Kulhanek", "CZE", "m", None, [], [], [("foreign minister", "CZEGOV", "2021-04-21", "2021-12-17")]),
    ("inga-ruginiene", "Inga Ruginienė", "Inga Ruginiene", "LTU", "f", None, [], [], [("social security and labour minister", "LTUGOV", "2024-12-12", "2025-08-26"), ("prime minister", "LTUGOV", "2025-08-26", None)]),
    ("chris-hipkins", "Chris Hipkins", "Chris Hipkins", "NZL", "m", None, [], [], [("prime minister", "NZLGOV", "2023-01-25", "2023-11-27"), ("opposition leader", "NZLOPP", "2023-11-27", None)]),
    ("mute-egede", "Múte B. Egede", "Mute B. Egede", "GRL", "m", None, [], ["Múte Egede", "Mute Egede"], [("premier", "GRLGOV", "2021-04-23", "2025-04-07")]),
    ("jens-frederik-nielsen", "Jens-Frederik Nielsen", "Jens-Frederik Nielsen", "GRL", "m", None, [], [], [("premier", "GRLGOV", "2025-04-07", None)]),
    ("alexei-overchuk", "Alexej Owertschuk", "Alexei Overchuk", "RUS", "m", None, [], ["Alexei Owertschuk"], [("deputy prime minister", "RUSGOV", "2020-01-21", None)]),
    ("dmytro-lubinets", "Dmytro Lubinez", "Dmytro Lubinets", "UKR", "m", None, [], [], [("human rights commissioner", "UKRGOV", "2022-07-01", None)]),
    ("hsiao-bi-khim", "Hsiao Bi-khim", "Hsiao Bi-khim", "TWN", "f", None, [], [], [("representative in the United States", "TWNGOV", "2020-07-01", "2023-11-20"), ("vice president", "TWNGOV", "2024-05-20", None)]),
    ("yoon-do-han", "Yoon Do-han", "Yoon Do-han", "KOR", "m", None, [], [], [("presidential spokesperson", "KORGOV", "2018-06-26", "2021-01-01")]),
    ("patrice-talon", "Patrice Talon", "Patrice Talon", "BEN", "m", None, [], [], [("president", "BENGOV", "2016-04-06", None)]),
    ("mauricio-macri", "Mauricio Macri", "Mauricio Macri", "ARG", "m", None, [], [], [("mayor of Buenos Aires", "ARGGOV", "2007-12-10", "2015-12-10"), ("president", "ARGGOV", "2015-12-10", "2019-12-10"), ("opposition politician", "ARGOPP", "2019-12-10", None)]),
    ("jeanine-anez", "Jeanine Áñez", "Jeanine Anez", "BOL", "f", None, [], ["Jeanine Añez"], [("senator", "BOLLEG", "2010-01-22", "2019-11-12"), ("interim president", "BOLGOV", "2019-11-12", "2020-11-08"), ("opposition politician", "BOLOPP", "2020-11-08", None)]),
    ("nechirvan-barzani", "Nechirvan Barzani", "Nechirvan Barzani", "IRQ", "m", None, [], ["Nechirvan Barsani", "Nêçîrvan Barzanî"], [("prime minister of the Kurdistan Region", "IRQGOV", "2012-04-05", "2019-06-10"), ("president of the Kurdistan Region", "IRQGOV", "2019-06-10", None)]),
    ("vladimir-medinsky", "Wladimir Medinski", "Vladimir Medinsky", "RUS", "m", None, [], ["Wladimir Medinskij"], [("culture minister", "RUSGOV", "2012-05-21", "2020-01-21"), ("presidential aide", "RUSGOV", "2020-01-21", None)]),
    ("guo-jiakun", "Guo Jiakun", "Guo Jiakun", "CHN", "m", None, [], [], [("foreign ministry spokesperson", "CHNGOV", "2024-01-01", None)]),
    ("patriarch-kirill", "Patriarch Kirill", "Patriarch Kirill", "RUS", "m", None, [], ["Patriarch Kyrill", "Kyrill I."], [("patriarch of Moscow", "RUSREL", "2009-02-01", None)]),
    ("gergely-gulyas", "Gergely Gulyás", "Gergely Gulyas", "HUN", "m", None, [], ["Gergely Gulyas"], [("minister of the prime minister's office", "HUNGOV", "2018-05-18", None)]),
    ("dmitry-rogozin", "Dmitri Rogosin", "Dmitry Rogozin", "RUS", "m", None, [], ["Dmitrij Rogosin"], [("ambassador to NATO", "RUSGOV", "2008-01-09", "2011-12-23"), ("deputy prime minister", "RUSGOV", "2011-12-23", "2018-05-07"), ("head of Roscosmos", "RUSGOV", "2018-05-24", "2022-07-15"), ("senator", "RUSLEG", "2023-09-27", None)]),
    ("vijay-gokhale", "Vijay Gokhale", "Vijay Gokhale", "IND", "m", None, [], [], [("foreign secretary", "INDGOV", "2018-01-29", "2020-01-28")]),
    ("leonore-gewessler", "Leonore Gewessler", "Leonore Gewessler", "AUT", "f", None, [], [], [("climate minister", "AUTGOV", "2020-01-07", "2025-03-03"), ("opposition politician", "AUTOPP", "2025-03-03", None)]),
    ("karen-longaric", "Karen Longaric", "Karen Longaric", "BOL", "f", None, [], [], [("foreign minister", "BOLGOV", "2019-11-13", "2020-11-08")]),
    ("thandi-modise", "Thandi Modise", "Thandi Modise", "ZAF", "f", None, [], [], [("speaker of the national assembly", "ZAFLEG", "2019-05-22", "2021-08-05"), ("defence minister", "ZAFGOV", "2021-08-05", "2024-06-30")]),
    ("jean-michel-abimbola", "Jean-Michel Abimbola", "Jean-Michel Abimbola", "BEN", "m", None, [], [], [("minister of tourism, culture and the arts", "BENGOV", "2016-04-06", None)]),
    ("birhanu-jula", "Birhanu Jula", "Birhanu Jula", "ETH", "m", None, [], ["Berhanu Jula"], [("chief of general staff", "ETHMIL", "2021-11-04", None)]),
    ("hendrik-wust", "Hendrik Wüst", "Hendrik Wust", "DEU", "m", None, [], [], [("minister-president of North Rhine-Westphalia", "DEUGOV", "2021-10-27", None)]),
    # United States: Congress, the White House and the State Department
    ("mike-johnson", "Mike Johnson", "Mike Johnson", "USA", "m", None, [], [], [("speaker", "USALEG", "2023-10-25", None)]),
    ("mitch-mcconnell", "Mitch McConnell", "Mitch McConnell", "USA", "m", None, [], [], [("senate republican leader", "USALEG", "2007-01-03", "2025-01-03")]),
    ("mark-warner", "Mark Warner", "Mark Warner", "USA", "m", None, [], [], [("senator", "USALEG", "2009-01-03", None)]),
    ("john-cornyn", "John Cornyn", "John Cornyn", "USA", "m", None, [], [], [("senator", "USALEG", "2002-12-02", None)]),
    ("bob-menendez", "Bob Menendez", "Bob Menendez", "USA", "m", None, [], [], [("chairman of the senate foreign relations committee", "USALEG", "2021-02-03", "2023-09-22")]),
    ("lindsey-graham", "Lindsey Graham", "Lindsey Graham", "USA", "m", None, [], [], [("senator", "USALEG", "2003-01-03", None)]),
    ("bernie-sanders", "Bernie Sanders", "Bernie Sanders", "USA", "m", None, [], [], [("senator", "USALEG", "2007-01-03", None)]),
    ("ron-desantis", "Ron DeSantis", "Ron DeSantis", "USA", "m", None, [], [], [("governor of Florida", "USAGOV", "2019-01-08", None)]),
    ("ned-price", "Ned Price", "Ned Price", "USA", "m", None, [], [], [("state department spokesperson", "USAGOV", "2021-01-20", "2023-03-31")]),
    ("tammy-bruce", "Tammy Bruce", "Tammy Bruce", "USA", "f", None, [], [], [("state department spokesperson", "USAGOV", "2025-01-20", None)]),
    ("karoline-leavitt", "Karoline Leavitt", "Karoline Leavitt", "USA", "f", None, [], [], [("white house press secretary", "USAGOV", "2025-01-20", None)]),
    ("mike-waltz", "Mike Waltz", "Mike Waltz", "USA", "m", None, [], [], [("national security adviser", "USAGOV", "2025-01-20", "2025-05-01"), ("ambassador to the UN", "USAGOV", "2025-09-19", None)]),
    ("richard-grenell", "Richard Grenell", "Richard Grenell", "USA", "m", None, [], [], [("ambassador to Germany", "USAGOV", "2018-05-08", "2020-06-01"), ("envoy for special missions", "USAGOV", "2025-01-20", None)]),
    ("tom-barrack", "Tom Barrack", "Tom Barrack", "USA", "m", None, [], [], [("ambassador to Turkey", "USAGOV", "2025-05-09", None)]),
    ("thomas-west", "Thomas West", "Thomas West", "USA", "m", None, [], [], [("special representative for Afghanistan", "USAGOV", "2021-10-19", "2024-12-31")]),
    ("elon-musk", "Elon Musk", "Elon Musk", "USA", "m", None, [], [], [("businessman", "USABUS", "2002-01-01", None)]),
    # party leaders and legislators of Europe
    ("marine-le-pen", "Marine Le Pen", "Marine Le Pen", "FRA", "f", None, [], [], [("party leader", "FRAPTY", "2011-01-16", None)]),
    ("jordan-bardella", "Jordan Bardella", "Jordan Bardella", "FRA", "m", None, [], [], [("party leader", "FRAPTY", "2022-11-05", None)]),
    ("jean-luc-melenchon", "Jean-Luc Mélenchon", "Jean-Luc Melenchon", "FRA", "m", None, [], [], [("party leader", "FRAPTY", "2016-02-10", None)]),
    ("elly-schlein", "Elly Schlein", "Elly Schlein", "ITA", "f", None, [], [], [("opposition leader", "ITAOPP", "2023-03-12", None)]),
    ("ed-davey", "Ed Davey", "Ed Davey", "GBR", "m", None, [], [], [("party leader", "GBRPTY", "2020-08-27", None)]),
    ("kemi-badenoch", "Kemi Badenoch", "Kemi Badenoch", "GBR", "f", None, [], [], [("business secretary", "GBRGOV", "2023-02-07", "2024-07-05"), ("opposition leader", "GBROPP", "2024-11-02", None)]),
    ("devlet-bahceli", "Devlet Bahçeli", "Devlet Bahceli", "TUR", "m", None, [], [], [("party leader", "TURPTY", "1997-07-06", None)]),
    ("norbert-rottgen", "Norbert Röttgen", "Norbert Rottgen", "DEU", "m", None, [], [], [("chairman of the foreign affairs committee", "DEULEG", "2014-01-15", "2021-12-15"), ("member of parliament", "DEULEG", "2021-12-15", None)]),
    ("anton-hofreiter", "Anton Hofreiter", "Anton Hofreiter", "DEU", "m", None, [], [], [("chairman of the european affairs committee", "DEULEG", "2021-12-15", "2025-03-25")]),
    ("jurgen-hardt", "Jürgen Hardt", "Jurgen Hardt", "DEU", "m", None, [], [], [("foreign policy spokesman", "DEULEG", "2014-01-01", None)]),
    ("saskia-esken", "Saskia Esken", "Saskia Esken", "DEU", "f", None, [], [], [("party leader", "DEUPTY", "2019-12-06", "2025-06-27")]),
    ("kevin-kuhnert", "Kevin Kühnert", "Kevin Kuhnert", "DEU", "m", None, [], [], [("party general secretary", "DEUPTY", "2021-12-11", "2024-10-07")]),
    ("ricarda-lang", "Ricarda Lang", "Ricarda Lang", "DEU", "f", None, [], [], [("party leader", "DEUPTY", "2022-01-29", "2024-11-16")]),
    ("omid-nouripour", "Omid Nouripour", "Omid Nouripour", "DEU", "m", None, [], [], [("party leader", "DEUPTY", "2022-01-29", "2024-11-16"), ("vice president of the Bundestag", "DEULEG", "2025-03-25", None)]),
    # dissidents, activists and journalists: their state is their nationality
    ("ales-bialiatski", "Ales Bjaljazki", "Ales Bialiatski", "BLR", "m", None, [], ["Ales Bialiatski"], [("human rights activist", "BLRCVL", "1996-01-01", None)]),
    ("garry-kasparov", "Garri Kasparow", "Garry Kasparov", "RUS", "m", None, [], [], [("opposition politician", "RUSOPP", "2005-01-01", None)]),
    ("evan-gershkovich", "Evan Gershkovich", "Evan Gershkovich", "USA", "m", None, [], ["Evan Gershkowitsch"], [("journalist", "USAMED", "2017-01-01", None)]),
    ("ai-weiwei", "Ai Weiwei", "Ai Weiwei", "CHN", "m", None, [], [], [("artist", "CHNCVL", "2008-01-01", None)]),
    ("narges-mohammadi", "Narges Mohammadi", "Narges Mohammadi", "IRN", "f", None, [], [], [("human rights activist", "IRNCVL", "2003-01-01", None)]),
    ("leopoldo-lopez", "Leopoldo López", "Leopoldo Lopez", "VEN", "m", None, [], [], [("opposition politician", "VENOPP", "2009-01-01", None)]),
    # UN envoys and heads of UN missions and secretariats
    ("geir-pedersen", "Geir Pedersen", "Geir Pedersen", "NOR", "m", None, [], [], [("UN special envoy for Syria", UN, "2019-01-07", "2025-09-30")]),
    ("deborah-lyons", "Deborah Lyons", "Deborah Lyons", "CAN", "f", None, [], [], [("head of the UN mission in Afghanistan", UN, "2020-03-01", "2022-06-30")]),
    ("simon-stiell", "Simon Stiell", "Simon Stiell", "GRD", "m", None, [], [], [("UN climate chief", UN, "2022-08-15", None)]),
    ("patricia-espinosa", "Patricia Espinosa", "Patricia Espinosa", "MEX", "f", None, [], [], [("UN climate chief", UN, "2016-07-18", "2022-07-17")]),
    ("volker-perthes", "Volker Perthes", "Volker Perthes", "DEU", "m", None, [], [], [("head of the UN mission in Sudan", UN, "2021-01-20", "2023-09-13")]),
    ("ghassan-salame", "Ghassan Salamé", "Ghassan Salame", "LBN", "m", None, [], [], [("UN special envoy for Libya", UN, "2017-06-22", "2020-03-02")]),
    ("stephanie-williams", "Stephanie Williams", "Stephanie Williams", "USA", "f", None, [], [], [("UN special envoy for Libya", UN, "2020-03-02", "2022-07-31")]),
    ("abdoulaye-bathily", "Abdoulaye Bathily", "Abdoulaye Bathily", "SEN", "m", None, [], [], [("UN special envoy for Libya", UN, "2022-09-02", "2024-05-31")]),
    ("tor-wennesland", "Tor Wennesland", "Tor Wennesland", "NOR", "m", None, [], [], [("UN Middle East peace coordinator", UN, "2021-01-01", "2024-12-31")]),
    ("sigrid-kaag", "Sigrid Kaag", "Sigrid Kaag", "NLD", "f", None, [], [], [("finance minister", "NLDGOV", "2022-01-10", "2024-01-08"), ("UN humanitarian coordinator for Gaza", UN, "2024-01-08", "2025-06-30")]),
    ("jeanine-hennis-plasschaert", "Jeanine Hennis-Plasschaert", "Jeanine Hennis-Plasschaert", "NLD", "f", None, [], [], [("head of the UN mission in Iraq", UN, "2018-12-01", "2024-05-31"), ("UN special coordinator for Lebanon", UN, "2024-06-01", None)]),
    ("francesca-albanese", "Francesca Albanese", "Francesca Albanese", "ITA", "f", None, [], [], [("UN special rapporteur on the Palestinian territories", UN, "2022-05-01", None)]),
    ("richard-bennett", "Richard Bennett", "Richard Bennett", "NZL", "m", None, [], [], [("UN special rapporteur on Afghanistan", UN, "2022-05-01", None)]),
    ("noeleen-heyzer", "Noeleen Heyzer", "Noeleen Heyzer", "SGP", "f", None, [], [], [("UN special envoy for Myanmar", UN, "2021-10-25", "2023-06-12")]),
    ("christine-schraner-burgener", "Christine Schraner Burgener", "Christine Schraner Burgener", "CHE", "f", None, [], [], [("UN special envoy for Myanmar", UN, "2018-04-26", "2021-10-31")]),
    ("bintou-keita", "Bintou Keita", "Bintou Keita", "GIN", "f", None, [], [], [("head of the UN mission in Congo", UN, "2021-01-01", "2024-12-31")]),
    ("el-ghassim-wane", "El-Ghassim Wane", "El-Ghassim Wane", "MRT", "m", None, [], [], [("head of the UN mission in Mali", UN, "2021-05-01", "2023-12-31")]),
    ("rosemary-dicarlo", "Rosemary DiCarlo", "Rosemary DiCarlo", "USA", "f", None, [], [], [("UN under-secretary-general for political affairs", UN, "2018-05-01", None)]),
    ("amina-mohammed", "Amina Mohammed", "Amina Mohammed", "NGA", "f", None, [], [], [("UN deputy secretary-general", UN, "2017-01-01", None)]),
    ("inger-andersen", "Inger Andersen", "Inger Andersen", "DNK", "f", None, [], [], [("head of the UN environment programme", UN, "2019-06-15", None)]),
    ("achim-steiner", "Achim Steiner", "Achim Steiner", "DEU", "m", None, [], [], [("head of the UN development programme", UN, "2017-06-19", "2025-06-15")]),
    ("mark-lowcock", "Mark Lowcock", "Mark Lowcock", "GBR", "m", None, [], [], [("UN emergency relief coordinator", UN, "2017-09-01", "2021-06-30")]),
    ("cindy-mccain", "Cindy McCain", "Cindy McCain", "USA", "f", None, [], [], [("head of the World Food Programme", UN, "2023-04-05", None)]),
    ("jens-laerke", "Jens Laerke", "Jens Laerke", "DNK", "m", None, [], [], [("UN humanitarian office spokesperson", UN, "2015-01-01", None)]),
    ("farhan-haq", "Farhan Haq", "Farhan Haq", "USA", "m", None, [], [], [("UN deputy spokesperson", UN, "2010-01-01", None)]),
    ("staffan-de-mistura", "Staffan de Mistura", "Staffan de Mistura", "SWE", "m", None, [], [], [("UN special envoy for Syria", UN, "2014-07-10", "2019-01-07"), ("UN personal envoy for Western Sahara", UN, "2021-11-01", None)]),
    # ambassadors to the UN
    ("nicolas-de-riviere", "Nicolas de Rivière", "Nicolas de Riviere", "FRA", "m", None, [], [], [("ambassador to the UN", "FRAGOV", "2019-09-01", "2024-12-31")]),
    ("antje-leendertse", "Antje Leendertse", "Antje Leendertse", "DEU", "f", None, [], [], [("ambassador to the UN", "DEUGOV", "2021-08-01", "2025-07-31")]),
    ("christoph-heusgen", "Christoph Heusgen", "Christoph Heusgen", "DEU", "m", None, [], [], [("ambassador to the UN", "DEUGOV", "2017-07-01", "2021-06-30")]),
    # United States: White House, State Department, envoys, the military and the security services
    ("jen-psaki", "Jen Psaki", "Jen Psaki", "USA", "f", None, [], [], [("white house press secretary", "USAGOV", "2021-01-20", "2022-05-13")]),
    ("kayleigh-mcenany", "Kayleigh McEnany", "Kayleigh McEnany", "USA", "f", None, [], [], [("white house press secretary", "USAGOV", "2020-04-07", "2021-01-20")]),
    ("vedant-patel", "Vedant Patel", "Vedant Patel", "USA", "m", None, [], [], [("state department deputy spokesperson", "USAGOV", "2021-01-20", "2025-01-20")]),
    ("morgan-ortagus", "Morgan Ortagus", "Morgan Ortagus", "USA", "f", None, [], [], [("state department spokesperson", "USAGOV", "2019-08-01", "2021-01-20"), ("deputy special envoy for the Middle East", "USAGOV", "2025-01-20", "2025-06-30")]),
    ("amos-hochstein", "Amos Hochstein", "Amos Hochstein", "USA", "m", None, [], [], [("presidential envoy", "USAGOV", "2021-08-01", "2025-01-20")]),
    ("brett-mcgurk", "Brett McGurk", "Brett McGurk", "USA", "m", None, [], [], [("Middle East coordinator", "USAGOV", "2021-01-20", "2025-01-20")]),
    ("elliott-abrams", "Elliott Abrams", "Elliott Abrams", "USA", "m", None, [], [], [("special representative for Venezuela", "USAGOV", "2019-01-25", "2021-01-20")]),
    ("robert-malley", "Robert Malley", "Robert Malley", "USA", "m", None, [], [], [("special envoy for Iran", "USAGOV", "2021-01-28", "2023-06-30")]),
    ("robert-obrien", "Robert O'Brien", "Robert O'Brien", "USA", "m", None, [], [], [("national security adviser", "USAGOV", "2019-09-18", "2021-01-20")]),
    ("mark-milley", "Mark Milley", "Mark Milley", "USA", "m", None, [], [], [("chairman of the joint chiefs of staff", "USAMIL", "2019-10-01", "2023-09-30")]),
    ("charles-q-brown", "Charles Q. Brown", "Charles Q. Brown", "USA", "m", None, [], [], [("chairman of the joint chiefs of staff", "USAMIL", "2023-10-01", "2025-02-21")]),
    ("dan-caine", "Dan Caine", "Dan Caine", "USA", "m", None, [], [], [("chairman of the joint chiefs of staff", "USAMIL", "2025-04-11", None)]),
    ("christopher-wray", "Christopher Wray", "Christopher Wray", "USA", "m", None, [], [], [("FBI director", "USAGOV", "2017-08-02", "2025-01-19")]),
    ("kash-patel", "Kash Patel", "Kash Patel", "USA", "m", None, [], [], [("FBI director", "USAGOV", "2025-02-21", None)]),
    ("john-ratcliffe", "John Ratcliffe", "John Ratcliffe", "USA", "m", None, [], [], [("director of national intelligence", "USASPY", "2020-05-26", "2021-01-20"), ("CIA director", "USASPY", "2025-01-23", None)]),
    ("avril-haines", "Avril Haines", "Avril Haines", "USA", "f", None, [], [], [("director of national intelligence", "USASPY", "2021-01-21", "2025-01-20")]),
    ("alejandro-mayorkas", "Alejandro Mayorkas", "Alejandro Mayorkas", "USA", "m", None, [], [], [("homeland security secretary", "USAGOV", "2021-02-02", "2025-01-20")]),
    ("tom-homan", "Tom Homan", "Tom Homan", "USA", "m", None, [], [], [("border czar", "USAGOV", "2025-01-20", None)]),
    ("stephen-miller", "Stephen Miller", "Stephen Miller", "USA", "m", None, [], [], [("senior adviser to the president", "USAGOV", "2017-01-20", "2021-01-20"), ("deputy chief of staff", "USAGOV", "2025-01-20", None)]),
    # the EU's and NATO's spokespeople and officials
    ("marta-kos", "Marta Kos", "Marta Kos", "SVN", "f", None, [], [], [("EU commissioner", "IGOEUREEC", "2024-12-01", None)]),
    ("toivo-klaar", "Toivo Klaar", "Toivo Klaar", "EST", "m", None, [], [], [("EU special representative for the South Caucasus", "IGOEUREEC", "2017-11-01", "2024-12-31")]),
    ("peter-stano", "Peter Stano", "Peter Stano", "SVK", "m", None, [], [], [("EU foreign affairs spokesperson", "IGOEUREEC", "2019-12-01", "2025-06-30")]),
    ("nabila-massrali", "Nabila Massrali", "Nabila Massrali", "BEL", "f", None, [], [], [("EU foreign affairs spokesperson", "IGOEUREEC", "2019-12-01", "2024-12-31")]),
    ("eric-mamer", "Eric Mamer", "Eric Mamer", "BEL", "m", None, [], [], [("European Commission chief spokesperson", "IGOEUREEC", "2019-12-01", "2024-12-31")]),
    ("farah-dakhlallah", "Farah Dakhlallah", "Farah Dakhlallah", "GBR", "f", None, [], [], [("NATO spokesperson", "IGOWSTNAT", "2023-12-01", None)]),
    ("mircea-geoana", "Mircea Geoană", "Mircea Geoana", "ROU", "m", None, [], [], [("NATO deputy secretary general", "IGOWSTNAT", "2019-10-17", "2024-09-09")]),
    ("rob-bauer", "Rob Bauer", "Rob Bauer", "NLD", "m", None, [], [], [("chair of the NATO military committee", "IGOWSTNAT", "2021-06-25", "2025-01-17")]),
    # opposition leaders and legislators of 2019-2025 the news names by party or office alone
    ("alberto-nunez-feijoo", "Alberto Núñez Feijóo", "Alberto Nunez Feijoo", "ESP", "m", None, [], ["Alberto Nunez Feijoo", "Feijoo"], [("opposition leader", "ESPOPP", "2022-04-02", None)]),
    ("sajith-premadasa", "Sajith Premadasa", "Sajith Premadasa", "LKA", "m", None, [], [], [("opposition leader", "LKAOPP", "2020-01-03", None)]),
    ("nika-melia", "Nika Melia", "Nika Melia", "GEO", "m", None, [], [], [("opposition politician", "GEOOPP", "2019-01-01", None)]),
    ("nika-gvaramia", "Nika Gwaramia", "Nika Gvaramia", "GEO", "m", None, [], ["Nika Gvaramia"], [("opposition politician", "GEOOPP", "2019-01-01", None)]),
    ("tina-bokuchava", "Tina Bokutschawa", "Tina Bokuchava", "GEO", "f", None, [], ["Tina Bokuchava"], [("opposition politician", "GEOOPP", "2020-12-11", None)]),
    ("cristina-kirchner", "Cristina Fernández de Kirchner", "Cristina Fernandez de Kirchner", "ARG", "f", None, ["CRISTINA_FERNANDEZ_DE_KIRCHNER_"], ["Cristina Kirchner", "Cristina Fernandez de Kirchner"], [("president", "ARGGOV", "2007-12-10", "2015-12-10"), ("vice president", "ARGGOV", "2019-12-10", "2023-12-10"), ("opposition politician", "ARGOPP", "2023-12-10", None)]),
    ("ilan-shor", "Ilan Schor", "Ilan Shor", "MDA", "m", None, [], ["Ilan Șor", "Ilan Sor"], [("leader of the Șor Party", "MDAOPP", "2016-06-01", None)]),
    ("sevim-dagdelen", "Sevim Dağdelen", "Sevim Dagdelen", "DEU", "f", None, [], ["Sevim Dagdelen", "Dagdelen"], [("member of parliament", "DEULEG", "2005-10-18", "2025-03-25")]),
]  # fmt: skip

# The name a person is known by where the surname alone is too ambiguous: a common word ("West",
# "Lang", "Abrams" the tank), another famous person's surname ("Johnson", "Albanese", "Miller"), or a
# name whose last word is no surname ("Le Pen", Chinese and Korean names, whose first word is the family name).
KNOWN_AS = {"marine-le-pen": "Le Pen", "mike-johnson": "Mike Johnson", "lindsey-graham": "Lindsey Graham",
            "ned-price": "Ned Price", "thomas-west": "Thomas West", "ricarda-lang": "Ricarda Lang",
            "tammy-bruce": "Tammy Bruce", "ai-weiwei": "Ai Weiwei", "yoon-do-han": "Yoon Do-han",
            "hsiao-bi-khim": "Hsiao Bi-khim", "narges-mohammadi": "Narges Mohammadi",
            "leopoldo-lopez": "Leopoldo López", "jens-frederik-nielsen": "Jens-Frederik Nielsen",
            "mute-egede": "Egede", "elon-musk": "Musk", "ariel-henry": "Ariel Henry",
            "alix-didier-fils-aime": "Fils-Aimé", "bernie-sanders": "Sanders",
            "stephanie-williams": "Stephanie Williams", "francesca-albanese": "Francesca Albanese",
            "richard-bennett": "Richard Bennett", "christine-schraner-burgener": "Schraner Burgener",
            "bintou-keita": "Bintou Keita", "amina-mohammed": "Amina Mohammed", "inger-andersen": "Inger Andersen",
            "achim-steiner": "Achim Steiner", "patricia-espinosa": "Patricia Espinosa", "cindy-mccain": "Cindy McCain",
            "farhan-haq": "Farhan Haq", "nicolas-de-riviere": "de Rivière",
            "vedant-patel": "Vedant Patel", "elliott-abrams": "Elliott Abrams", "robert-obrien": "Robert O'Brien",
            "charles-q-brown": "Charles Q. Brown", "dan-caine": "Dan Caine", "kash-patel": "Kash Patel",
            "tom-homan": "Tom Homan", "stephen-miller": "Stephen Miller", "marta-kos": "Marta Kos",
            "rob-bauer": "Rob Bauer", "john-ratcliffe": "Ratcliffe", "peter-stano": "Stano",
            "nechirvan-barzani": "Nechirvan Barzani", "guo-jiakun": "Guo Jiakun", "patriarch-kirill": "Patriarch Kirill",
            "staffan-de-mistura": "de Mistura", "mark-warner": "Mark Warner"}  # fmt: skip
