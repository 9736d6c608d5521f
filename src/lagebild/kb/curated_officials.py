"""Office holders below the top of the state and the heads of UN agencies, of 2019-2025 news, written
by us: ministers of finance, trade and the interior, parliament speakers, foreign ministry
spokespeople, ambassadors to the UN, intelligence chiefs. German news introduces them by their
office without their state ("Innenminister Juri Karajew", "Sprecherin Hua Chunying"), so without a
KB entry the actor stage cannot tell whose they are. Same entry format as `curated_leaders.LEADERS`;
a role's `end` None = in office at the time of writing."""

from __future__ import annotations

UN = "IGOUNO"

OFFICIALS = [
    # United States: cabinet, ambassadors, Congress
    ("janet-yellen", "Janet Yellen", "Janet Yellen", "USA", "f", None, [], [], [("finance minister", "USAGOV", "2021-01-26", "2025-01-20")]),
    ("scott-bessent", "Scott Bessent", "Scott Bessent", "USA", "m", None, [], [], [("finance minister", "USAGOV", "2025-01-28", None)]),
    ("gina-raimondo", "Gina Raimondo", "Gina Raimondo", "USA", "f", None, [], [], [("commerce secretary", "USAGOV", "2021-03-03", "2025-01-20")]),
    ("howard-lutnick", "Howard Lutnick", "Howard Lutnick", "USA", "m", None, [], [], [("commerce secretary", "USAGOV", "2025-02-21", None)]),
    ("kristi-noem", "Kristi Noem", "Kristi Noem", "USA", "f", None, [], [], [("homeland security secretary", "USAGOV", "2025-01-25", None)]),
    ("tulsi-gabbard", "Tulsi Gabbard", "Tulsi Gabbard", "USA", "f", None, [], [], [("director of national intelligence", "USASPY", "2025-02-12", None)]),
    ("ken-salazar", "Ken Salazar", "Ken Salazar", "USA", "m", None, [], [], [("ambassador to Mexico", "USAGOV", "2021-09-03", "2025-01-20")]),
    ("nicholas-burns", "Nicholas Burns", "Nicholas Burns", "USA", "m", None, [], [], [("ambassador to China", "USAGOV", "2022-04-01", "2025-01-20")]),
    ("kevin-mccarthy", "Kevin McCarthy", "Kevin McCarthy", "USA", "m", None, [], [], [("speaker", "USALEG", "2023-01-07", "2023-10-03")]),
    ("chuck-schumer", "Chuck Schumer", "Chuck Schumer", "USA", "m", None, [], [], [("senate majority leader", "USALEG", "2021-01-20", "2025-01-03")]),
    # China
    ("hua-chunying", "Hua Chunying", "Hua Chunying", "CHN", "f", None, [], [], [("foreign ministry spokesperson", "CHNGOV", "2012-09-01", None)]),
    ("xie-feng", "Xie Feng", "Xie Feng", "CHN", "m", None, [], [], [("deputy foreign minister", "CHNGOV", "2021-01-01", "2023-05-01"), ("ambassador to the United States", "CHNGOV", "2023-05-23", None)]),
    ("he-lifeng", "He Lifeng", "He Lifeng", "CHN", "m", None, [], [], [("vice premier", "CHNGOV", "2023-03-12", None)]),
    ("han-zheng", "Han Zheng", "Han Zheng", "CHN", "m", None, [], [], [("vice president", "CHNGOV", "2023-03-10", None)]),
    ("zhao-leji", "Zhao Leji", "Zhao Leji", "CHN", "m", None, [], [], [("chairman of the National People's Congress", "CHNLEG", "2023-03-10", None)]),
    ("wang-wentao", "Wang Wentao", "Wang Wentao", "CHN", "m", None, [], [], [("commerce minister", "CHNGOV", "2020-12-26", None)]),
    ("wei-fenghe", "Wei Fenghe", "Wei Fenghe", "CHN", "m", None, [], [], [("defence minister", "CHNGOV", "2018-03-19", "2023-03-12")]),
    ("li-shangfu", "Li Shangfu", "Li Shangfu", "CHN", "m", None, [], [], [("defence minister", "CHNGOV", "2023-03-12", "2023-10-24")]),
    ("dong-jun", "Dong Jun", "Dong Jun", "CHN", "m", None, [], [], [("defence minister", "CHNGOV", "2023-12-29", None)]),
    ("zhang-jun", "Zhang Jun", "Zhang Jun", "CHN", "m", None, [], [], [("ambassador to the UN", "CHNGOV", "2019-07-29", "2024-03-01")]),
    ("fu-cong", "Fu Cong", "Fu Cong", "CHN", "m", None, [], [], [("ambassador to the UN", "CHNGOV", "2024-03-01", None)]),
    # India
    ("arindam-bagchi", "Arindam Bagchi", "Arindam Bagchi", "IND", "m", None, [], [], [("foreign ministry spokesperson", "INDGOV", "2020-12-31", "2024-03-01")]),
    ("randhir-jaiswal", "Randhir Jaiswal", "Randhir Jaiswal", "IND", "m", None, [], [], [("foreign ministry spokesperson", "INDGOV", "2024-03-01", None)]),
    ("amit-shah", "Amit Shah", "Amit Shah", "IND", "m", None, [], [], [("interior minister", "INDGOV", "2019-05-30", None)]),
    # Turkey
    ("hulusi-akar", "Hulusi Akar", "Hulusi Akar", "TUR", "m", None, [], [], [("chief of the general staff", "TURMIL", "2015-08-18", "2018-07-10"), ("defence minister", "TURGOV", "2018-07-10", "2023-06-03")]),
    ("yasar-guler", "Yaşar Güler", "Yasar Guler", "TUR", "m", None, [], ["Yasar Güler"], [("chief of the general staff", "TURMIL", "2018-07-10", "2023-06-03"), ("defence minister", "TURGOV", "2023-06-03", None)]),
    ("ibrahim-kalin", "İbrahim Kalın", "Ibrahim Kalin", "TUR", "m", None, [], ["Ibrahim Kalin", "Ibrahim Kalın"], [("presidential spokesperson", "TURGOV", "2014-12-01", "2023-06-05"), ("director of the intelligence service", "TURSPY", "2023-06-05", None)]),
    ("suleyman-soylu", "Süleyman Soylu", "Suleyman Soylu", "TUR", "m", None, [], [], [("interior minister", "TURGOV", "2016-08-31", "2023-06-03")]),
    # Moldova, Belarus, Russia, Ukraine, Serbia
    ("dorin-recean", "Dorin Recean", "Dorin Recean", "MDA", "m", None, [], [], [("prime minister", "MDAGOV", "2023-02-16", "2025-11-01")]),
    ("natalia-gavrilita", "Natalia Gavrilița", "Natalia Gavrilita", "MDA", "f", None, [], ["Natalia Gavrilita"], [("prime minister", "MDAGOV", "2021-08-06", "2023-02-16")]),
    ("nicu-popescu", "Nicu Popescu", "Nicu Popescu", "MDA", "m", None, [], [], [("foreign minister", "MDAGOV", "2021-08-06", "2024-01-29")]),
    ("yuri-karayev", "Juri Karajew", "Yuri Karayev", "BLR", "m", None, [], ["Jurij Karajew"], [("interior minister", "BLRGOV", "2019-12-04", "2020-10-29")]),
    ("ivan-kubrakov", "Iwan Kubrakow", "Ivan Kubrakov", "BLR", "m", None, [], [], [("interior minister", "BLRGOV", "2020-10-29", None)]),
    ("oleksandr-kubrakov", "Olexandr Kubrakow", "Oleksandr Kubrakov", "UKR", "m", None, [], ["Oleksandr Kubrakow"], [("infrastructure minister", "UKRGOV", "2022-05-24", "2024-05-09")]),
    ("viktor-khrenin", "Viktor Chrenin", "Viktor Khrenin", "BLR", "m", None, [], ["Wiktar Chrenin"], [("defence minister", "BLRGOV", "2020-01-20", None)]),
    ("maria-lvova-belova", "Maria Lwowa-Belowa", "Maria Lvova-Belova", "RUS", "f", None, [], ["Marija Lwowa-Belowa"], [("children's rights commissioner", "RUSGOV", "2021-10-27", None)]),
    ("tatyana-moskalkova", "Tatjana Moskalkowa", "Tatyana Moskalkova", "RUS", "f", None, [], [], [("human rights commissioner", "RUSGOV", "2016-04-22", None)]),
    ("kyrylo-budanov", "Kyrylo Budanow", "Kyrylo Budanov", "UKR", "m", None, [], ["Kyrylo Budanov"], [("director of military intelligence", "UKRSPY", "2020-08-05", None)]),
    ("ruslan-stefanchuk", "Ruslan Stefantschuk", "Ruslan Stefanchuk", "UKR", "m", None, [], [], [("speaker", "UKRLEG", "2021-10-08", None)]),
    ("ihor-klymenko", "Ihor Klymenko", "Ihor Klymenko", "UKR", "m", None, [], [], [("interior minister", "UKRGOV", "2023-02-07", None)]),
    ("ivica-dacic", "Ivica Dačić", "Ivica Dacic", "SRB", "m", None, [], ["Ivica Dacic"], [("foreign minister", "SRBGOV", "2014-04-27", "2020-10-28"), ("speaker", "SRBLEG", "2020-10-28", "2022-08-01"), ("foreign minister", "SRBGOV", "2022-10-26", "2024-05-02"), ("interior minister", "SRBGOV", "2024-05-02", None)]),
    # Western Europe
    ("gerald-darmanin", "Gérald Darmanin", "Gerald Darmanin", "FRA", "m", None, [], ["Gerald Darmanin"], [("interior minister", "FRAGOV", "2020-07-06", "2024-09-21"), ("justice minister", "FRAGOV", "2024-12-23", None)]),
    ("matteo-salvini", "Matteo Salvini", "Matteo Salvini", "ITA", "m", None, [], [], [("interior minister", "ITAGOV", "2018-06-01", "2019-09-05"), ("deputy prime minister", "ITAGOV", "2022-10-22", None)]),
    ("manfred-weber", "Manfred Weber", "Manfred Weber", "DEU", "m", None, [], [], [("EPP group leader in the European Parliament", "IGOEUREEC", "2014-06-04", None)]),
    ("zoltan-kovacs", "Zoltán Kovács", "Zoltan Kovacs", "HUN", "m", None, [], ["Zoltan Kovacs"], [("government spokesperson", "HUNGOV", "2010-06-02", None)]),
    # Middle East, Africa, Asia, the Americas
    ("nabih-berri", "Nabih Berri", "Nabih Berri", "LBN", "m", None, [], [], [("speaker", "LBNLEG", "1992-10-20", None)]),
    ("mohammad-eslami", "Mohammad Eslami", "Mohammad Eslami", "IRN", "m", None, [], [], [("head of the Atomic Energy Organization", "IRNGOV", "2021-08-29", None)]),
    ("isaias-afwerki", "Isaias Afwerki", "Isaias Afwerki", "ERI", "m", None, [], ["Isayas Afewerki", "Isaias Afewerki"], [("president", "ERIGOV", "1993-05-24", None)]),
    ("kyaw-moe-tun", "Kyaw Moe Tun", "Kyaw Moe Tun", "MMR", "m", None, [], [], [("ambassador to the UN", "MMRGOV", "2020-10-01", None)]),
    ("hun-manet", "Hun Manet", "Hun Manet", "KHM", "m", None, [], [], [("prime minister", "KHMGOV", "2023-08-22", None)]),
    ("kim-yo-jong", "Kim Yo Jong", "Kim Yo-jong", "PRK", "f", None, [], ["Kim Yo-jong"], [("Workers' Party department director", "PRKGOV", "2017-10-07", None)]),
    ("bruno-rodriguez", "Bruno Rodríguez", "Bruno Rodriguez", "CUB", "m", None, [], ["Bruno Rodríguez Parrilla", "Bruno Rodriguez"], [("foreign minister", "CUBGOV", "2009-03-02", None)]),
    ("alexandre-de-moraes", "Alexandre de Moraes", "Alexandre de Moraes", "BRA", "m", None, [], [], [("supreme court justice", "BRAJUD", "2017-03-22", None)]),
    # German, Austrian and Swiss ministers, parliament presidents, party and group leaders
    ("alexander-dobrindt", "Alexander Dobrindt", "Alexander Dobrindt", "DEU", "m", None, [], [], [("CSU parliamentary group leader", "DEULEG", "2017-10-24", "2025-05-06"), ("interior minister", "DEUGOV", "2025-05-06", None)]),
    ("lars-klingbeil", "Lars Klingbeil", "Lars Klingbeil", "DEU", "m", None, [], [], [("party leader", "DEUPTY", "2021-12-11", "2025-05-06"), ("finance minister", "DEUGOV", "2025-05-06", None)]),
    ("katherina-reiche", "Katherina Reiche", "Katherina Reiche", "DEU", "f", None, [], [], [("economy minister", "DEUGOV", "2025-05-06", None)]),
    ("thorsten-frei", "Thorsten Frei", "Thorsten Frei", "DEU", "m", None, [], [], [("head of the chancellery", "DEUGOV", "2025-05-06", None)]),
    ("wolfgang-schmidt", "Wolfgang Schmidt", "Wolfgang Schmidt", "DEU", "m", None, [], [], [("head of the chancellery", "DEUGOV", "2021-12-08", "2025-05-06")]),
    ("karl-lauterbach", "Karl Lauterbach", "Karl Lauterbach", "DEU", "m", None, [], [], [("health minister", "DEUGOV", "2021-12-08", "2025-05-06")]),
    ("marco-buschmann", "Marco Buschmann", "Marco Buschmann", "DEU", "m", None, [], [], [("justice minister", "DEUGOV", "2021-12-08", "2024-11-07")]),
    ("svenja-schulze", "Svenja Schulze", "Svenja Schulze", "DEU", "f", None, [], [], [("development minister", "DEUGOV", "2021-12-08", "2025-05-06")]),
    ("jens-spahn", "Jens Spahn", "Jens Spahn", "DEU", "m", None, [], [], [("health minister", "DEUGOV", "2018-03-14", "2021-12-08"), ("CDU/CSU parliamentary group leader", "DEULEG", "2025-05-06", None)]),
    ("barbel-bas", "Bärbel Bas", "Barbel Bas", "DEU", "f", None, [], ["Baerbel Bas"], [("speaker", "DEULEG", "2021-10-26", "2025-03-25"), ("labour minister", "DEUGOV", "2025-05-06", None)]),
    ("julia-klockner", "Julia Klöckner", "Julia Klockner", "DEU", "f", None, [], ["Julia Kloeckner"], [("speaker", "DEULEG", "2025-03-25", None)]),
    ("rolf-mutzenich", "Rolf Mützenich", "Rolf Mutzenich", "DEU", "m", None, [], ["Rolf Muetzenich"], [("SPD parliamentary group leader", "DEULEG", "2019-06-25", "2025-05-06")]),
    ("michael-roth", "Michael Roth", "Michael Roth", "DEU", "m", None, [], [], [("chair of the foreign affairs committee", "DEULEG", "2021-12-15", "2025-03-25")]),
    ("roderich-kiesewetter", "Roderich Kiesewetter", "Roderich Kiesewetter", "DEU", "m", None, [], [], [("member of parliament", "DEULEG", "2009-10-27", None)]),
    ("marie-agnes-strack-zimmermann", "Marie-Agnes Strack-Zimmermann", "Marie-Agnes Strack-Zimmermann", "DEU", "f", None, [], [], [("chair of the defence committee", "DEULEG", "2021-12-15", "2024-07-15")]),
    ("markus-soder", "Markus Söder", "Markus Soder", "DEU", "m", None, [], ["Markus Soeder"], [("minister-president of Bavaria", "DEUGOV", "2018-03-16", None)]),
    ("alice-weidel", "Alice Weidel", "Alice Weidel", "DEU", "f", None, [], [], [("party leader", "DEUOPP", "2022-06-18", None)]),
    ("tino-chrupalla", "Tino Chrupalla", "Tino Chrupalla", "DEU", "m", None, [], [], [("party leader", "DEUOPP", "2019-11-30", None)]),
    ("sahra-wagenknecht", "Sahra Wagenknecht", "Sahra Wagenknecht", "DEU", "f", None, [], [], [("party leader", "DEUOPP", "2024-01-08", None)]),
    ("alexander-lambsdorff", "Alexander Graf Lambsdorff", "Alexander Graf Lambsdorff", "DEU", "m", None, [], ["Alexander Lambsdorff"], [("ambassador to Russia", "DEUGOV", "2023-08-14", None)]),
    ("herbert-kickl", "Herbert Kickl", "Herbert Kickl", "AUT", "m", None, [], [], [("party leader", "AUTOPP", "2021-06-19", None)]),
    ("karin-keller-sutter", "Karin Keller-Sutter", "Karin Keller-Sutter", "CHE", "f", None, [], [], [("federal councillor", "CHEGOV", "2019-01-01", None)]),
    # foreign and interior ministers the leaders' list lacks
    ("ahmed-attaf", "Ahmed Attaf", "Ahmed Attaf", "DZA", "m", None, [], [], [("foreign minister", "DZAGOV", "2023-03-18", None)]),
    ("nasser-bourita", "Nasser Bourita", "Nasser Bourita", "MAR", "m", None, [], [], [("foreign minister", "MARGOV", "2017-04-05", None)]),
    ("fuad-hussein", "Fuad Hussein", "Fuad Hussein", "IRQ", "m", None, [], [], [("foreign minister", "IRQGOV", "2020-06-06", None)]),
    ("abdallah-bou-habib", "Abdallah Bou Habib", "Abdallah Bou Habib", "LBN", "m", None, [], [], [("foreign minister", "LBNGOV", "2021-09-10", "2025-02-08")]),
    ("asaad-al-shaibani", "Asaad al-Schaibani", "Asaad al-Shaibani", "SYR", "m", None, [], ["Asaad al-Shaibani", "Assad al-Schaibani"], [("foreign minister", "SYRGOV", "2024-12-21", None)]),
    ("park-jin", "Park Jin", "Park Jin", "KOR", "m", None, [], [], [("foreign minister", "KORGOV", "2022-05-12", "2024-01-10")]),
    ("cho-tae-yul", "Cho Tae Yul", "Cho Tae-yul", "KOR", "m", None, [], ["Cho Tae-yul"], [("foreign minister", "KORGOV", "2024-01-10", "2025-06-04")]),
    ("sergiy-kyslytsya", "Serhij Kyslyzja", "Sergiy Kyslytsya", "UKR", "m", None, [], ["Serhiy Kyslytsya", "Sergij Kislizja"], [("ambassador to the UN", "UKRGOV", "2019-12-01", "2025-04-01")]),
    ("matteo-piantedosi", "Matteo Piantedosi", "Matteo Piantedosi", "ITA", "m", None, [], [], [("interior minister", "ITAGOV", "2022-10-22", None)]),
    ("bruno-retailleau", "Bruno Retailleau", "Bruno Retailleau", "FRA", "m", None, [], [], [("interior minister", "FRAGOV", "2024-09-21", "2025-10-12")]),
    ("ilie-bolojan", "Ilie Bolojan", "Ilie Bolojan", "ROU", "m", None, [], [], [("prime minister", "ROUGOV", "2025-06-23", None)]),
    ("maxime-prevot", "Maxime Prévot", "Maxime Prevot", "BEL", "m", None, [], ["Maxime Prevot"], [("foreign minister", "BELGOV", "2025-02-03", None)]),
    ("xavier-bettel", "Xavier Bettel", "Xavier Bettel", "LUX", "m", None, [], [], [("prime minister", "LUXGOV", "2013-12-04", "2023-11-17"), ("foreign minister", "LUXGOV", "2023-11-17", None)]),
    # more of Europe's and Ukraine's diplomats, Iran's and Russia's officials
    ("oleksii-makeiev", "Oleksii Makeiev", "Oleksii Makeiev", "UKR", "m", None, [], ["Olexij Makejew", "Oleksij Makejew"], [("ambassador to Germany", "UKRGOV", "2022-10-07", None)]),
    ("heorhii-tykhyi", "Heorhij Tychyj", "Heorhii Tykhyi", "UKR", "m", None, [], [], [("foreign ministry spokesperson", "UKRGOV", "2024-01-31", None)]),
    ("olha-stefanishyna", "Olha Stefanischyna", "Olha Stefanishyna", "UKR", "f", None, [], ["Olha Stefanishyna"], [("deputy prime minister", "UKRGOV", "2020-06-04", "2025-07-17")]),
    ("juraj-blanar", "Juraj Blanár", "Juraj Blanar", "SVK", "m", None, [], ["Juraj Blanar"], [("foreign minister", "SVKGOV", "2023-10-25", None)]),
    ("nicusor-dan", "Nicușor Dan", "Nicusor Dan", "ROU", "m", None, [], ["Nicusor Dan"], [("president", "ROUGOV", "2025-05-26", None)]),
    ("mohammad-bagher-ghalibaf", "Mohammed Bagher Ghalibaf", "Mohammad Bagher Ghalibaf", "IRN", "m", None, [], ["Mohammad Bagher Ghalibaf", "Mohammad-Bagher Ghalibaf"], [("speaker", "IRNLEG", "2020-05-28", None)]),
    ("gholam-hossein-mohseni-ejei", "Gholam-Hossein Mohseni-Edschei", "Gholam-Hossein Mohseni-Ejei", "IRN", "m", None, [], ["Gholam-Hossein Mohseni-Ejei"], [("head of the judiciary", "IRNJUD", "2021-07-01", None)]),
    ("mikhail-ulyanov", "Michail Uljanow", "Mikhail Ulyanov", "RUS", "m", None, [], [], [("ambassador to the international organisations in Vienna", "RUSGOV", "2018-01-01", None)]),
    ("dmitry-polyanskiy", "Dmitri Poljanski", "Dmitry Polyanskiy", "RUS", "m", None, [], ["Dmitrij Poljanskij"], [("deputy ambassador to the UN", "RUSGOV", "2017-01-01", "2025-06-01")]),
    ("keith-kellogg", "Keith Kellogg", "Keith Kellogg", "USA", "m", None, [], [], [("special envoy for Ukraine", "USAGOV", "2025-01-20", None)]),
    # heads of UN agencies and the ICC prosecutor: they act for their organisation
    ("stephane-dujarric", "Stéphane Dujarric", "Stephane Dujarric", "FRA", "m", None, [], ["Stephane Dujarric"], [("UN spokesperson", UN, "2014-01-01", None)]),
    ("martin-griffiths", "Martin Griffiths", "Martin Griffiths", "GBR", "m", None, [], [], [("UN envoy for Yemen", UN, "2018-03-01", "2021-07-18"), ("UN emergency relief coordinator", UN, "2021-07-19", "2024-06-30")]),
    ("tom-fletcher", "Tom Fletcher", "Tom Fletcher", "GBR", "m", None, [], [], [("UN emergency relief coordinator", UN, "2024-11-18", None)]),
    ("filippo-grandi", "Filippo Grandi", "Filippo Grandi", "ITA", "m", None, [], [], [("UN high commissioner for refugees", UN, "2016-01-01", "2025-12-31")]),
    ("david-beasley", "David Beasley", "David Beasley", "USA", "m", None, [], [], [("WFP executive director", UN, "2017-04-05", "2023-04-04")]),
    ("catherine-russell", "Catherine Russell", "Catherine Russell", "USA", "f", None, [], [], [("UNICEF executive director", UN, "2022-02-01", None)]),
    ("karim-khan", "Karim Khan", "Karim Khan", "GBR", "m", None, [], ["Karim A. A. Khan"], [("ICC prosecutor", "IGOJUDICC", "2021-06-16", None)]),
]  # fmt: skip

# Surnames that are common names or words alone ("Burns", "Shah", "Khan", "Kim"): only the full name;
# Burmese and Khmer names have no family name to call someone by.
KNOWN_AS = {"nicholas-burns": "Nicholas Burns", "manfred-weber": "Manfred Weber", "amit-shah": "Amit Shah", "karim-khan": "Karim Khan",
            "catherine-russell": "Catherine Russell", "tom-fletcher": "Tom Fletcher",
            "zoltan-kovacs": "Zoltán Kovács", "kim-yo-jong": "Kim Yo Jong", "hun-manet": "Hun Manet",
            "kyaw-moe-tun": "Kyaw Moe Tun", "bruno-rodriguez": "Bruno Rodríguez", "zhang-jun": "Zhang Jun",
            "han-zheng": "Han Zheng", "dong-jun": "Dong Jun", "fu-cong": "Fu Cong", "he-lifeng": "He Lifeng",
            "xie-feng": "Xie Feng", "alexandre-de-moraes": "Moraes", "nicu-popescu": "Nicu Popescu",
            # Chinese surnames ("Li", "Wang", "He") are shared by the leaders the KB has already
            "hua-chunying": "Hua Chunying", "zhao-leji": "Zhao Leji", "wang-wentao": "Wang Wentao",
            "wei-fenghe": "Wei Fenghe", "li-shangfu": "Li Shangfu",
            # two ministers named Kubrakov: the Belarusian one only by his full name
            "ivan-kubrakov": "Iwan Kubrakow",
            "wolfgang-schmidt": "Wolfgang Schmidt", "michael-roth": "Michael Roth", "thorsten-frei": "Thorsten Frei",
            "barbel-bas": "Bärbel Bas", "nicusor-dan": "Nicușor Dan", "alexander-lambsdorff": "Lambsdorff",
            "katherina-reiche": "Katherina Reiche", "park-jin": "Park Jin", "cho-tae-yul": "Cho Tae Yul",
            "fuad-hussein": "Fuad Hussein"}  # fmt: skip
