"""Facts the open sources lack or get wrong, written by us: German country adjectives and
demonyms, capitals in German, metonyms, international organisations with their German variants,
parties, companies, and the people of our news since 2014 (the PETRARCH/CountryInfo files end in
2014). Dates are ISO; `end` None means still in office at the time of writing. `source` links an
entry to the name a source dictionary uses, so the build merges rather than duplicates."""

from __future__ import annotations

# countries.json gives Kosovo the placeholder "UNK"; the EU, GeoNames (our places) and event
# coders use the user-assigned ISO code XKX.
ISO3_OVERRIDES = {"UNK": "XKX"}
# ISO3: (German adjective stem, demonym plural, demonym masculine singular). The plural is what
# "die Polen" means (the state as actor); the singular "der Norweger" refers to a person.
ADJECTIVES_DEMONYMS = {
    "AFG": ("afghanisch", "Afghanen", "Afghane"), "ALB": ("albanisch", "Albaner", "Albaner"),
    "ARM": ("armenisch", "Armenier", "Armenier"), "AUS": ("australisch", "Australier", "Australier"),
    "AUT": ("österreichisch", "Österreicher", "Österreicher"), "AZE": ("aserbaidschanisch", "Aserbaidschaner", "Aserbaidschaner"),
    "BEL": ("belgisch", "Belgier", "Belgier"), "BGR": ("bulgarisch", "Bulgaren", "Bulgare"),
    "BIH": ("bosnisch", "Bosnier", "Bosnier"), "BLR": ("belarussisch", "Belarussen", "Belarusse"),
    "BRA": ("brasilianisch", "Brasilianer", "Brasilianer"), "CAN": ("kanadisch", "Kanadier", "Kanadier"),
    "CHE": ("schweizerisch", "Schweizer", "Schweizer"), "CHN": ("chinesisch", "Chinesen", "Chinese"),
    "CZE": ("tschechisch", "Tschechen", "Tscheche"), "DEU": ("deutsch", "Deutschen", "Deutsche"),
    "DNK": ("dänisch", "Dänen", "Däne"), "EGY": ("ägyptisch", "Ägypter", "Ägypter"),
    "ESP": ("spanisch", "Spanier", "Spanier"), "EST": ("estnisch", "Esten", "Este"),
    "FIN": ("finnisch", "Finnen", "Finne"), "FRA": ("französisch", "Franzosen", "Franzose"),
    "GBR": ("britisch", "Briten", "Brite"), "GEO": ("georgisch", "Georgier", "Georgier"),
    "GRC": ("griechisch", "Griechen", "Grieche"), "HRV": ("kroatisch", "Kroaten", "Kroate"),
    "HUN": ("ungarisch", "Ungarn", "Ungar"), "IND": ("indisch", "Inder", "Inder"),
    "IRL": ("irisch", "Iren", "Ire"), "IRN": ("iranisch", "Iraner", "Iraner"),
    "IRQ": ("irakisch", "Iraker", "Iraker"), "ISR": ("israelisch", "Israelis", "Israeli"),
    "ITA": ("italienisch", "Italiener", "Italiener"), "JPN": ("japanisch", "Japaner", "Japaner"),
    "KAZ": ("kasachisch", "Kasachen", "Kasache"), "KOR": ("südkoreanisch", "Südkoreaner", "Südkoreaner"),
    "LTU": ("litauisch", "Litauer", "Litauer"), "LVA": ("lettisch", "Letten", "Lette"),
    "MDA": ("moldauisch", "Moldauer", "Moldauer"), "NLD": ("niederländisch", "Niederländer", "Niederländer"),
    "NOR": ("norwegisch", "Norweger", "Norweger"), "POL": ("polnisch", "Polen", "Pole"),
    "PRK": ("nordkoreanisch", "Nordkoreaner", "Nordkoreaner"), "PRT": ("portugiesisch", "Portugiesen", "Portugiese"),
    "ROU": ("rumänisch", "Rumänen", "Rumäne"), "RUS": ("russisch", "Russen", "Russe"),
    "SAU": ("saudisch", "Saudis", "Saudi"), "SRB": ("serbisch", "Serben", "Serbe"),
    "SVK": ("slowakisch", "Slowaken", "Slowake"), "SVN": ("slowenisch", "Slowenen", "Slowene"),
    "SWE": ("schwedisch", "Schweden", "Schwede"), "SYR": ("syrisch", "Syrer", "Syrer"),
    "TUR": ("türkisch", "Türken", "Türke"), "TWN": ("taiwanisch", "Taiwaner", "Taiwaner"),
    "UKR": ("ukrainisch", "Ukrainer", "Ukrainer"), "USA": ("amerikanisch", "Amerikaner", "Amerikaner"),
    "ZAF": ("südafrikanisch", "Südafrikaner", "Südafrikaner"), "PSE": ("palästinensisch", "Palästinenser", "Palästinenser"),
    "LBN": ("libanesisch", "Libanesen", "Libanese"), "XKX": ("kosovarisch", "Kosovaren", "Kosovare"),
    # States often in the news that countries.json gives no German adjective: without one,
    # "jemenitische Truppen" or "katarische Vermittler" stay unresolved.
    "AGO": ("angolanisch", "Angolaner", "Angolaner"), "ARE": ("emiratisch", "Emiratis", "Emirati"),
    "ARG": ("argentinisch", "Argentinier", "Argentinier"), "BGD": ("bangladeschisch", "Bangladescher", "Bangladescher"),
    "BHR": ("bahrainisch", "Bahrainer", "Bahrainer"), "BOL": ("bolivianisch", "Bolivianer", "Bolivianer"),
    "CHL": ("chilenisch", "Chilenen", "Chilene"), "CMR": ("kamerunisch", "Kameruner", "Kameruner"),
    "COL": ("kolumbianisch", "Kolumbianer", "Kolumbianer"), "CUB": ("kubanisch", "Kubaner", "Kubaner"),
    "CYP": ("zyprisch", "Zyprer", "Zyprer"), "DZA": ("algerisch", "Algerier", "Algerier"),
    "ECU": ("ecuadorianisch", "Ecuadorianer", "Ecuadorianer"), "ETH": ("äthiopisch", "Äthiopier", "Äthiopier"),
    "GHA": ("ghanaisch", "Ghanaer", "Ghanaer"), "IDN": ("indonesisch", "Indonesier", "Indonesier"),
    "ISL": ("isländisch", "Isländer", "Isländer"), "JOR": ("jordanisch", "Jordanier", "Jordanier"),
    "KEN": ("kenianisch", "Kenianer", "Kenianer"), "KGZ": ("kirgisisch", "Kirgisen", "Kirgise"),
    "KHM": ("kambodschanisch", "Kambodschaner", "Kambodschaner"), "KWT": ("kuwaitisch", "Kuwaiter", "Kuwaiter"),
    "LBY": ("libysch", "Libyer", "Libyer"), "LUX": ("luxemburgisch", "Luxemburger", "Luxemburger"),
    "MAR": ("marokkanisch", "Marokkaner", "Marokkaner"), "MEX": ("mexikanisch", "Mexikaner", "Mexikaner"),
    "MKD": ("nordmazedonisch", "Nordmazedonier", "Nordmazedonier"), "MLI": ("malisch", "Malier", "Malier"),
    "MNE": ("montenegrinisch", "Montenegriner", "Montenegriner"), "MNG": ("mongolisch", "Mongolen", "Mongole"),
    "NER": ("nigrisch", "Nigrer", "Nigrer"), "NGA": ("nigerianisch", "Nigerianer", "Nigerianer"),
    "NIC": ("nicaraguanisch", "Nicaraguaner", "Nicaraguaner"), "NZL": ("neuseeländisch", "Neuseeländer", "Neuseeländer"),
    "OMN": ("omanisch", "Omaner", "Omaner"), "PAK": ("pakistanisch", "Pakistaner", "Pakistaner"),
    "PER": ("peruanisch", "Peruaner", "Peruaner"), "PHL": ("philippinisch", "Philippiner", "Philippiner"),
    "QAT": ("katarisch", "Katarer", "Katarer"), "SDN": ("sudanesisch", "Sudanesen", "Sudanese"),
    "SSD": ("südsudanesisch", "Südsudanesen", "Südsudanese"), "SEN": ("senegalesisch", "Senegalesen", "Senegalese"),
    "SOM": ("somalisch", "Somalier", "Somalier"), "TCD": ("tschadisch", "Tschader", "Tschader"),
    "THA": ("thailändisch", "Thailänder", "Thailänder"), "TJK": ("tadschikisch", "Tadschiken", "Tadschike"),
    "TKM": ("turkmenisch", "Turkmenen", "Turkmene"), "TUN": ("tunesisch", "Tunesier", "Tunesier"),
    "UZB": ("usbekisch", "Usbeken", "Usbeke"), "VEN": ("venezolanisch", "Venezolaner", "Venezolaner"),
    "VNM": ("vietnamesisch", "Vietnamesen", "Vietnamese"), "YEM": ("jemenitisch", "Jemeniten", "Jemenit"),
    "ZWE": ("simbabwisch", "Simbabwer", "Simbabwer"), "RWA": ("ruandisch", "Ruander", "Ruander"),
    # The other UN members and territories in the news: without an adjective "haitianische Polizisten",
    # "burkinische Soldaten" or "der malaysische Premier" name no state. No demonym where the plural
    # is a common word ("Malteser", "Dominikaner": the order and its charity, the friars).
    "BDI": ("burundisch", "Burundier", "Burundier"), "BEN": ("beninisch", "Beniner", "Beniner"),
    "BFA": ("burkinisch", "Burkiner", "Burkiner"), "BHS": ("bahamaisch", "Bahamaer", "Bahamaer"),
    "BLZ": ("belizisch", "Belizer", "Belizer"), "BRB": ("barbadisch", "Barbadier", "Barbadier"),
    "BRN": ("bruneiisch", "Bruneier", "Bruneier"), "BTN": ("bhutanisch", "Bhutaner", "Bhutaner"),
    "BWA": ("botswanisch", "Botswaner", "Botswaner"), "CAF": ("zentralafrikanisch", "Zentralafrikaner", "Zentralafrikaner"),
    "CIV": ("ivorisch", "Ivorer", "Ivorer"), "COD": ("kongolesisch", "Kongolesen", "Kongolese"),
    "COM": ("komorisch", "Komorer", "Komorer"), "CPV": ("kap-verdisch", "Kap-Verdier", "Kap-Verdier"),
    "CRI": ("costa-ricanisch", "Costa-Ricaner", "Costa-Ricaner"), "DJI": ("dschibutisch", "Dschibutier", "Dschibutier"),
    "DOM": ("dominikanisch", None, None), "ERI": ("eritreisch", "Eritreer", "Eritreer"),
    "ESH": ("sahrauisch", "Sahrauis", "Sahraui"), "FJI": ("fidschianisch", "Fidschianer", "Fidschianer"),
    "GAB": ("gabunisch", "Gabuner", "Gabuner"), "GIN": ("guineisch", "Guineer", "Guineer"),
    "GMB": ("gambisch", "Gambier", "Gambier"), "GNB": ("guinea-bissauisch", None, None),
    "GNQ": ("äquatorialguineisch", "Äquatorialguineer", "Äquatorialguineer"), "GRL": ("grönländisch", "Grönländer", "Grönländer"),
    "GTM": ("guatemaltekisch", "Guatemalteken", "Guatemalteke"), "GUY": ("guyanisch", "Guyaner", "Guyaner"),
    "HND": ("honduranisch", "Honduraner", "Honduraner"), "HTI": ("haitianisch", "Haitianer", "Haitianer"),
    "JAM": ("jamaikanisch", "Jamaikaner", "Jamaikaner"), "LAO": ("laotisch", "Laoten", "Laote"),
    "LBR": ("liberianisch", "Liberianer", "Liberianer"), "LIE": ("liechtensteinisch", "Liechtensteiner", "Liechtensteiner"),
    "LKA": ("sri-lankisch", "Sri-Lanker", "Sri-Lanker"), "LSO": ("lesothisch", None, None),
    "MDG": ("madagassisch", "Madagassen", "Madagasse"), "MDV": ("maledivisch", "Malediver", "Malediver"),
    "MLT": ("maltesisch", None, None), "MMR": ("myanmarisch", None, None),
    "MOZ": ("mosambikanisch", "Mosambikaner", "Mosambikaner"), "MRT": ("mauretanisch", "Mauretanier", "Mauretanier"),
    "MUS": ("mauritisch", "Mauritier", "Mauritier"), "MWI": ("malawisch", "Malawier", "Malawier"),
    "MYS": ("malaysisch", "Malaysier", "Malaysier"), "NAM": ("namibisch", "Namibier", "Namibier"),
    "NCL": ("neukaledonisch", None, None), "NPL": ("nepalesisch", "Nepalesen", "Nepalese"),
    "PAN": ("panamaisch", "Panamaer", "Panamaer"), "PNG": ("papua-neuguineisch", None, None),
    "PRI": ("puerto-ricanisch", "Puerto-Ricaner", "Puerto-Ricaner"), "PRY": ("paraguayisch", "Paraguayer", "Paraguayer"),
    "SGP": ("singapurisch", "Singapurer", "Singapurer"), "SLB": ("salomonisch", None, None),
    "SLE": ("sierra-leonisch", "Sierra-Leoner", "Sierra-Leoner"), "SLV": ("salvadorianisch", "Salvadorianer", "Salvadorianer"),
    "SUR": ("surinamisch", "Surinamer", "Surinamer"), "SWZ": ("eswatinisch", None, None),
    "TGO": ("togoisch", "Togoer", "Togoer"), "TLS": ("osttimoresisch", "Osttimoresen", "Osttimorese"),
    "TON": ("tongaisch", None, None), "TTO": ("trinidadisch", None, None),
    "TZA": ("tansanisch", "Tansanier", "Tansanier"), "UGA": ("ugandisch", "Ugander", "Ugander"),
    "URY": ("uruguayisch", "Uruguayer", "Uruguayer"), "VUT": ("vanuatuisch", None, None),
    "WSM": ("samoanisch", "Samoaner", "Samoaner"), "ZMB": ("sambisch", "Sambier", "Sambier"),
}  # fmt: skip
# More adjective stems for a country (older or regional forms).
EXTRA_ADJECTIVES = {
    "BLR": ["weißrussisch"],
    "MKD": ["mazedonisch"],  # the state's name until 2019, still common in German news
    "USA": ["US-amerikanisch"],
    "GBR": ["englisch"],
    "NLD": ["holländisch"],
    "CYP": ["zypriotisch"],
    "MMR": ["birmanisch"],
    "TGO": ["togolesisch"],
}
# Short German names the countries.json translations do not carry.
EXTRA_COUNTRY_NAMES_DE = {
    "USA": ["USA", "Vereinigte Staaten", "Vereinigten Staaten", "US"], "GBR": ["Großbritannien", "Vereinigtes Königreich"],
    "BLR": ["Belarus", "Weißrussland"], "DEU": ["Bundesrepublik"], "MDA": ["Moldau", "Moldawien"],
    "MKD": ["Mazedonien", "Nord-Mazedonien"], "CZE": ["Tschechien"], "NLD": ["Niederlande", "Holland"], "KOR": ["Südkorea"], "PRK": ["Nordkorea"],
    "TUR": ["Türkei"], "IRN": ["Iran", "Islamische Republik"], "AUT": ["Alpenrepublik"], "CHE": ["Eidgenossenschaft"], "KGZ": ["Kirgistan", "Kirgisien"], "ARE": ["Emirate", "Emiraten", "VAE"],
    "CIV": ["Elfenbeinküste"], "BIH": ["Bosnien-Herzegowina", "Bosnien und Herzegowina", "Bosnien"],
    "COD": ["DR Kongo", "Demokratische Republik Kongo", "Kongo", "Kongo-Kinshasa"], "COG": ["Kongo-Brazzaville"], "MMR": ["Birma", "Burma"], "CHN": ["China", "Volksrepublik China", "Volksrepublik", "Reich der Mitte"], "RUS": ["Russland", "Russische Föderation"],
}  # fmt: skip
# German names to use instead of the countries.json translation: German news means the Democratic
# Republic by "Kongo" ("im Osten Kongos", Goma), so the Republic of the Congo keeps its full name.
STATE_NAMES_DE = {"COG": "Republik Kongo"}
# Short English names of agency style that countries.json does not carry (its single-word
# alternative spellings are left out because some collide with common words).
EXTRA_COUNTRY_NAMES_EN = {
    "USA": ["US", "U.S.", "USA", "U.S.A.", "America"], "GBR": ["Britain", "UK", "U.K.", "Britons"], "BIH": ["Bosnia"],
    "MMR": ["Burma"], "CHN": ["PRC"], "PRK": ["DPRK"], "COD": ["DRC"], "ARE": ["UAE", "Emirates"],
}  # fmt: skip
# English nationality adjectives beside countries.json's one demonym (read by the actor stage).
EXTRA_ADJECTIVES_EN = {"SAU": ["Saudi"], "SRB": ["Serb"], "HRV": ["Croat"], "ARE": ["Emirati"], "GBR": ["UK"]}
# German capitals (for metonymic use: "Moskau" = the Russian government) and extra metonyms.
CAPITALS_DE = {
    "RUS": "Moskau", "USA": "Washington", "CHN": "Peking", "UKR": "Kiew", "DEU": "Berlin", "FRA": "Paris",
    "GBR": "London", "POL": "Warschau", "LTU": "Vilnius", "LVA": "Riga", "EST": "Tallinn", "BLR": "Minsk",
    "IRN": "Teheran", "TUR": "Ankara", "ITA": "Rom", "GEO": "Tiflis", "BGR": "Sofia", "JPN": "Tokio",
    "ISR": "Jerusalem", "SYR": "Damaskus", "PRK": "Pjöngjang", "KOR": "Seoul", "AUT": "Wien", "HUN": "Budapest",
    "CZE": "Prag", "ROU": "Bukarest", "MDA": "Chișinău", "SRB": "Belgrad", "SWE": "Stockholm", "FIN": "Helsinki",
    "NOR": "Oslo", "DNK": "Kopenhagen", "ESP": "Madrid", "NLD": "Den Haag", "BEL": "Brüssel", "IND": "Neu-Delhi",
    "ARM": "Jerewan", "AZE": "Baku", "EGY": "Kairo", "SAU": "Riad", "QAT": "Doha", "IRQ": "Bagdad", "LBN": "Beirut",
    "JOR": "Amman", "AFG": "Kabul", "PAK": "Islamabad", "GRC": "Athen", "PRT": "Lissabon", "IRL": "Dublin",
    "CHE": "Bern", "SVK": "Bratislava", "SVN": "Ljubljana", "HRV": "Zagreb", "BIH": "Sarajevo", "MNE": "Podgorica",
    "MKD": "Skopje", "ALB": "Tirana", "CAN": "Ottawa", "AUS": "Canberra", "TWN": "Taipeh", "PHL": "Manila",
    "VNM": "Hanoi", "THA": "Bangkok", "IDN": "Jakarta", "CUB": "Havanna", "VEN": "Caracas", "BRA": "Brasília",
    "ARG": "Buenos Aires", "MEX": "Mexiko-Stadt", "COL": "Bogotá", "ZAF": "Pretoria", "NGA": "Abuja",
    "KEN": "Nairobi", "ETH": "Addis Abeba", "SDN": "Khartum", "LBY": "Tripolis", "DZA": "Algier", "MAR": "Rabat",
    "TUN": "Tunis", "NER": "Niamey", "MLI": "Bamako", "RWA": "Kigali", "COD": "Kinshasa", "KAZ": "Astana",
    "UZB": "Taschkent", "KGZ": "Bischkek", "TJK": "Duschanbe", "TKM": "Aschgabat", "CYP": "Nikosia",
    "ARE": "Abu Dhabi", "YEM": "Sanaa",
    # capitals of states in the news that German agency copy uses for their governments
    "NZL": "Wellington", "BFA": "Ouagadougou", "MMR": "Naypyidaw", "SOM": "Mogadischu", "UGA": "Kampala",
    "SEN": "Dakar", "TCD": "N'Djamena", "ZWE": "Harare", "AGO": "Luanda", "MOZ": "Maputo", "ERI": "Asmara",
    "GHA": "Accra", "CMR": "Jaunde", "BGD": "Dhaka", "LKA": "Colombo", "NPL": "Kathmandu", "KHM": "Phnom Penh",
    "MYS": "Kuala Lumpur", "MNG": "Ulan Bator", "OMN": "Maskat", "BHR": "Manama", "ECU": "Quito",
    "URY": "Montevideo", "NIC": "Managua", "PER": "Lima", "ISL": "Reykjavík", "MLT": "Valletta",
    "XKX": "Pristina",
    "PSE": "Ramallah",  # the seat of the Palestinian Authority's government
    # the other capitals whose names are no common word or other place of the news ("Kingston",
    # "Georgetown", "San José" are)
    "HTI": "Port-au-Prince", "BOL": "La Paz", "CHL": "Santiago de Chile", "GTM": "Guatemala-Stadt",
    "HND": "Tegucigalpa", "PAN": "Panama-Stadt", "PRY": "Asunción", "SLV": "San Salvador", "DOM": "Santo Domingo",
    "TZA": "Dodoma", "ZMB": "Lusaka", "MWI": "Lilongwe", "NAM": "Windhuk", "BWA": "Gaborone",
    "MDG": "Antananarivo", "GIN": "Conakry", "CIV": "Yamoussoukro", "LBR": "Monrovia", "SLE": "Freetown",
    "TGO": "Lomé", "BEN": "Porto-Novo", "GAB": "Libreville", "CAF": "Bangui", "COG": "Brazzaville", "BDI": "Gitega",
    "MRT": "Nouakchott", "SSD": "Juba", "LAO": "Vientiane", "TLS": "Dili", "PNG": "Port Moresby", "FJI": "Suva",
    "SLB": "Honiara", "MDV": "Malé", "BTN": "Thimphu", "BRN": "Bandar Seri Begawan", "SUR": "Paramaribo",
    "KWT": "Kuwait-Stadt",
}  # fmt: skip
CAPITALS_EN = {
    "XKX": "Pristina", "RUS": "Moscow", "USA": "Washington", "CHN": "Beijing", "UKR": "Kyiv", "DEU": "Berlin", "FRA": "Paris",
    "GBR": "London", "POL": "Warsaw", "BLR": "Minsk", "IRN": "Tehran", "TUR": "Ankara", "JPN": "Tokyo",
    "ISR": "Jerusalem", "PRK": "Pyongyang", "KOR": "Seoul", "LTU": "Vilnius", "GEO": "Tbilisi", "BEL": "Brussels",
    "AFG": "Kabul", "IRQ": "Baghdad", "SYR": "Damascus", "LBN": "Beirut", "JOR": "Amman", "EGY": "Cairo",
    "SAU": "Riyadh", "QAT": "Doha", "YEM": "Sanaa", "PAK": "Islamabad", "IND": "New Delhi", "IDN": "Jakarta",
    "DZA": "Algiers", "SDN": "Khartoum", "ETH": "Addis Ababa", "KEN": "Nairobi", "NGA": "Abuja", "AZE": "Baku",
    "ARM": "Yerevan", "HUN": "Budapest", "ROU": "Bucharest", "SRB": "Belgrade", "CZE": "Prague", "ITA": "Rome",
    "ESP": "Madrid", "CUB": "Havana", "VEN": "Caracas", "THA": "Bangkok", "PHL": "Manila", "VNM": "Hanoi",
    "TWN": "Taipei", "CAN": "Ottawa", "AUS": "Canberra", "LVA": "Riga", "EST": "Tallinn", "MDA": "Chisinau",
    "GRC": "Athens", "SWE": "Stockholm", "NOR": "Oslo", "DNK": "Copenhagen", "FIN": "Helsinki",
    "LBR": "Monrovia", "ZWE": "Harare", "RWA": "Kigali", "UGA": "Kampala", "SOM": "Mogadishu",
}  # fmt: skip
CAPITAL_ALIASES_EN = {"UKR": ["Kiev"]}
# Family name first: the surname alone is the first word (Xi Jinping -> Xi).
FAMILY_NAME_FIRST = {"CHN", "TWN", "PRK", "KOR", "VNM", "HKG", "MAC"}
# Other spellings and former names: "Nur-Sultan" (Astana 2019-2022), "Eriwan", "Chisinau" without
# diacritics, "Peking"'s pinyin form; and the seats of government the news names for a state whose
# capital is another city ("Cotonou weist das zurück" for Benin, "Abidjan" for Côte d'Ivoire).
CAPITAL_ALIASES_DE = {
    "UKR": ["Kyjiw"], "USA": ["Washington D.C."], "KAZ": ["Nur-Sultan"], "ARM": ["Eriwan"], "IND": ["Delhi"],
    "MDA": ["Chisinau", "Kischinau", "Chişinău"], "BRA": ["Brasilia"], "COL": ["Bogota"], "CHN": ["Beijing"],
    "MMR": ["Naypyitaw"], "ISL": ["Reykjavik"], "XKX": ["Priština", "Prishtina"], "BEN": ["Cotonou"],
    "CIV": ["Abidjan"],
}  # fmt: skip
GOVERNMENT_METONYMS = {
    "RUS": ["Kreml"],
    "CHN": ["Zhongnanhai"],
    # foreign ministries by their seat or English name, the Holy See by its state
    "USA": ["Weißes Haus", "US-Regierung", "White House", "State Department", "US-Außenamt"],
    "FRA": ["Élysée", "Elysée", "Élysée-Palast", "Elysee", "Elysée-Palast", "Quai d'Orsay"],
    "GBR": ["Downing Street", "Foreign Office"],
    "VAT": ["Vatikan", "Heiliger Stuhl", "Heilige Stuhl"],
    "IRN": ["Mullah-Regime", "Mullahregime", "Mullahs"],
    # presidential palaces and seats of government German news names for the government
    "ARG": ["Casa Rosada"], "VEN": ["Palacio de Miraflores", "Miraflores-Palast"], "MEX": ["Palacio Nacional"],
    "BRA": ["Planalto", "Planalto-Palast", "Palácio do Planalto"], "CHL": ["La Moneda", "Moneda-Palast"],
    "COL": ["Casa de Nariño"], "ESP": ["Moncloa", "Moncloa-Palast"], "KOR": ["Blaues Haus", "Blaue Haus"],
    # the Scholz coalition (2021-2024) by its colours
    "DEU": ["Bundesregierung", "Kanzleramt", "Auswärtiges Amt", "Bundeskanzleramt", "Ampel-Koalition", "Ampelkoalition",
            "Ampel-Regierung", "Ampelregierung"],
}  # fmt: skip
GOVERNMENT_METONYMS_EN = {
    "RUS": ["Kremlin"],
    "USA": ["White House"],
    "GBR": ["Downing Street"],
    "FRA": ["Elysee"],
}

# id, German name, English name, actor code, German aliases, English aliases, wikidata, English
# source names whose code and aliases are merged in. Aliases marked "~" are generic nouns ("die
# Allianz") that stand for the organisation only once the document has named it.
IGOS = [
    ("nato", "NATO", "NATO", "IGOWSTNAT", ["Nato", "Nordatlantikpakt", "Nordatlantische Allianz", "~Allianz", "~Bündnis", "~Militärbündnis", "~Verteidigungsbündnis", "~Nordatlantik-Allianz", "~Alliierte", "~Staats- und Regierungschefs", "~Nato-Staaten", "NATO-Staaten", "Nato-Gipfel", "NATO-Gipfel", "Nato-Partner", "NATO-Partner", "NATO-Verbündete", "Nato-Verbündete", "NATO-Verbündeten", "Nato-Verbündeten", "KFOR", "Kfor", "~Mitgliedstaaten"], ["North Atlantic Treaty Organization", "~alliance", "KFOR"], "Q7184", ["NATO_"]),
    ("eu", "Europäische Union", "European Union", "IGOEUREEC", ["EU", "EU-Kommission", "Europäische Kommission", "Rat der EU", "EU-Außenminister", "~Union", "Europäischer Rat", "~Kommission", "~Europäer", "~Europäern", "~Staats- und Regierungschefs", "EU-Staaten", "EU-Länder", "EU-Ländern", "EU-Mitgliedstaaten", "EU-Partner", "EU-Gipfel", "Brüsseler Kommission", "EU-Grenzschutzagentur Frontex", "Frontex", "~Mitgliedstaaten", "~Mitgliedsstaaten"], ["EU", "European Commission", "European Council", "E.U.", "European Community"], "Q458", ["EUROPEAN_COMMISSION_"]),
    ("un", "Vereinte Nationen", "United Nations", "IGOUNO", ["UN", "UNO", "Uno", "UN-Sicherheitsrat", "Weltsicherheitsrat", "UN-Generalversammlung", "UN-Vollversammlung", "UN-Menschenrechtsrat", "Menschenrechtsrat", "~Sicherheitsrat", "~Generalversammlung", "~Vollversammlung", "~Versammlung", "~Weltorganisation", "~Berufungskammer", "UN-Tribunal", "UN-Kriegsverbrechertribunal", "Blauhelme", "Blauhelmsoldaten", "UN-Blauhelme", "UN-Friedenstruppe", "Unifil", "UNIFIL", "Monusco", "MONUSCO", "Minusma", "MINUSMA", "Unama", "UNAMA", "UN-Mission", "UN-Menschenrechtsbüro", "UN-Hochkommissariat für Menschenrechte", "UN-Menschenrechtskommissar", "UN-Menschenrechtskommissarin", "UN-Menschenrechtshochkommissar", "UN-Menschenrechtshochkommissarin", "UN-Nothilfebüro", "Ocha", "OCHA", "UN-Sonderberichterstatter", "UN-Sonderberichterstatterin", "UN-Untersuchungskommission", "UN-Klimasekretariat"], ["UN", "U.N.", "Security Council", "UN Security Council", "UNIFIL", "MONUSCO", "MINUSMA"], "Q1065", ["UNITED_NATIONS_"]),
    ("osce", "OSZE", "OSCE", "IGOEUROSC", ["Organisation für Sicherheit und Zusammenarbeit in Europa"], ["Organization for Security and Co-operation in Europe"], None, ["ORGANIZATION_FOR_SECURITY_AND_COOPERATION_IN_EUROPE_"]),
    ("iaea", "Internationale Atomenergiebehörde", "International Atomic Energy Agency", "IGOUNOIAE", ["IAEA", "IAEO", "Internationale Atomenergie-Organisation", "Atomenergiebehörde", "UN-Atomenergiebehörde", "IAEA-Gouverneursrat", "~Gouverneursrat"], ["IAEA"], None, ["IAEA_"]),
    ("g7", "G7", "Group of Seven", "IGOGOS", ["G-7", "Gruppe der Sieben", "G7-Staaten", "G7-Länder", "G7-Außenminister", "G7-Finanzminister", "G7-Gipfel", "~Staats- und Regierungschefs"], ["G7", "G-7"], None, ["GROUP_OF_SEVEN_"]),
    # the UN's court for disputes between states (Gambia v. Myanmar, Nicaragua v. Germany): the UN in CAMEO
    ("icj", "Internationaler Gerichtshof", "International Court of Justice", "IGOUNOJUD", ["IGH", "Weltgerichtshof", "UN-Gerichtshof"], ["ICJ", "World Court"], "Q7801", []),
    ("icc", "Internationaler Strafgerichtshof", "International Criminal Court", "IGOJUDICC", ["IStGH", "Strafgerichtshof", "~Berufungskammer"], ["ICC"], None, ["ICC_"]),
    ("council-of-europe", "Europarat", "Council of Europe", "IGOEURCOE", [], [], None, ["COUNCIL_OF_EUROPE_"]),
    # the EU's court ("Der Europäische Gerichtshof hat Ungarn verurteilt") acts for the EU as its
    # commission does; the court of human rights of the same name is the Council of Europe's, a body of
    # no state or scored IGO, named here so that its longer name does not read as the EU's court (its
    # genitive inflects the noun inside the name, which the alias forms do not)
    ("eu-court", "Europäischer Gerichtshof", "Court of Justice of the European Union", "IGOEUREEC", ["EuGH", "EU-Gerichtshof", "Gerichtshof der Europäischen Union", "Gerichtshof der EU"], ["European Court of Justice", "ECJ"], None, []),
    ("echr", "Europäischer Gerichtshof für Menschenrechte", "European Court of Human Rights", "IGOJUDEHR", ["EGMR", "Menschenrechtsgerichtshof", "Europäischen Gerichtshofs für Menschenrechte"], ["ECHR"], None, []),
    ("arab-league", "Arabische Liga", "Arab League", "IGOMEAARL", [], [], None, ["ARAB_LEAGUE_"]),
    ("asean", "ASEAN", "ASEAN", "IGOSEAASN", [], [], None, ["ASEAN_"]),
    ("who", "Weltgesundheitsorganisation", "World Health Organization", "IGOUNOHLHWHO", ["WHO"], ["WHO"], None, ["WORLD_HEALTH_ORGANIZATION_"]),
    ("sco", "Shanghaier Organisation für Zusammenarbeit", "Shanghai Cooperation Organisation", "IGOCAS", ["SOZ"], ["SCO"], None, ["SHANGHAI_COOPERATION_ORGANIZATION_"]),
    ("african-union", "Afrikanische Union", "African Union", "IGOAFRAFU", ["AU"], ["AU"], None, []),
    # the gold guideline writes the IMF as an organisation outside the state and UN codes: an IGOUNO… code
    # would be read as the UNO by the scorer
    ("imf", "Internationaler Währungsfonds", "International Monetary Fund", "IGOBUSIMF", ["IWF"], ["IMF"], None, []),
    ("world-bank", "Weltbank", "World Bank", "IGOUNODEVWBK", [], [], None, []),
    # UN agencies and regional organisations German news names without "UN" or a state
    ("unhcr", "UN-Flüchtlingshilfswerk", "UNHCR", "IGOUNOREFHCR", ["UNHCR", "Flüchtlingshilfswerk der Vereinten Nationen", "UN-Flüchtlingskommissariat"], ["UNHCR", "UN refugee agency"], None, ["UNHCR_"]),
    ("unicef", "UN-Kinderhilfswerk", "UNICEF", "IGOUNOKID", ["Unicef", "UNICEF", "Kinderhilfswerk Unicef"], ["UNICEF", "Unicef"], None, ["UNICEF_"]),
    ("unrwa", "UN-Palästinenserhilfswerk", "UNRWA", "IGOUNOREF", ["UNRWA", "Palästinenserhilfswerk UNRWA", "Hilfswerk UNRWA"], ["UNRWA"], None, []),
    ("wfp", "Welternährungsprogramm", "World Food Programme", "IGOUNOWFP", ["WFP", "UN-Welternährungsprogramm"], ["WFP", "World Food Program"], None, ["WORLD_FOOD_PROGRAM_"]),
    # not the USA its name contains ("Organisation Amerikanischer Staaten"): a body outside the scored IGOs
    ("oas", "Organisation Amerikanischer Staaten", "Organization of American States", "IGOOAS", ["OAS"], ["OAS"], None, ["ORGANIZATION_OF_AMERICAN_STATES_"]),
    ("ecowas", "Ecowas", "ECOWAS", "IGOWAFWAS", ["ECOWAS", "Westafrikanische Wirtschaftsgemeinschaft"], ["ECOWAS", "Economic Community of West African States"], None, ["ECONOMIC_COMMUNITY_OF_WEST_AFRICAN_STATES_"]),
    ("opec", "Opec", "OPEC", "IGOOPC", ["OPEC", "Opec+", "OPEC+", "Organisation Erdöl exportierender Länder"], ["OPEC", "OPEC+"], None, ["ORGANIZATION_OF_PETROLEUM_EXPORTING_COUNTRIES_"]),
    ("ilo", "Internationale Arbeitsorganisation", "International Labour Organization", "IGOUNOLABILO", ["ILO", "Weltarbeitsorganisation"], ["ILO", "International Labor Organization", "International Labour Office", "International Labor Office"], None, ["INTERNATIONAL_LABOUR_ORGANIZATION_"]),
    ("interpol", "Interpol", "Interpol", "IGOCOPITP", [], ["Interpol"], None, ["INTERPOL_"]),
    ("european-parliament", "Europäisches Parlament", "European Parliament", "IGOEUREEC", ["EU-Parlament", "Europaparlament"], [], None, ["EUROPEAN_PARLIAMENT_"]),
    # Russia's military alliance, outside the scored IGOs: without an entry "Armenien friert seine
    # Mitarbeit in der OVKS ein" has no partner, or one guessed from "von Moskau geführt"
    ("csto", "OVKS", "Collective Security Treaty Organization", "IGOCASCST", ["Organisation des Vertrags über kollektive Sicherheit", "Organisation des Vertrags über Kollektive Sicherheit"], ["CSTO"], None, []),
    # the trade body, outside the scored IGOs: it rules on trade disputes ("Die WTO hat Indonesiens
    # Exportverbot für unzulässig erklärt"); where a complaint is only lodged with it, the side complained
    # of is the target (events.targets_forums)
    ("wto", "Welthandelsorganisation", "World Trade Organization", "IGOBUSWTO", ["WTO"], ["WTO"], None, []),
    # the chemical weapons watchdog in The Hague, outside the scored IGOs (a UN code would be read as the UN):
    # it inspects, reports and suspends members ("Die OPCW wirft Syrien vor", "Kiew hat die OPCW gebeten")
    ("opcw", "Organisation für das Verbot chemischer Waffen", "Organisation for the Prohibition of Chemical Weapons", "IGOWMDOPW", ["OPCW", "OVCW", "Organisation für das Verbot von Chemiewaffen", "Chemiewaffenorganisation", "Chemiewaffen-Organisation"], ["OPCW"], None, ["ORGANIZATION_FOR_THE_PROHIBITION_OF_CHEMICAL_WEAPONS"]),
    # the French-speaking states' organisation, which suspends members after coups and which Niger, Mali
    # and Burkina Faso left: a side of its own, not France
    ("francophonie", "Internationale Organisation der Frankophonie", "International Organisation of La Francophonie", "IGOOIF", ["OIF", "Frankophonie", "Organisation der Frankophonie"], ["OIF", "Francophonie"], None, []),
]  # fmt: skip

# Political regions that act as one side in the news ("der Westen" warns, Russia blames "dem Westen"):
# id, German name, English name, CAMEO region code, German aliases, English aliases. They belong to
# no country; the actor stage reads them as actors only where the words around them say so.
REGIONS = [
    ("west", "Westen", "the West", "WST", ["Westen"], ["the West", "The West"]),
]

# id, type, German name, English name, country, actor code, German aliases, English aliases, wikidata
ORGANISATIONS = [
    ("spd", "party", "SPD", "Social Democratic Party of Germany", "DEU", "DEUPTY", ["Sozialdemokraten", "Sozialdemokratische Partei Deutschlands"], ["SPD"], None),
    ("cdu", "party", "CDU", "Christian Democratic Union", "DEU", "DEUPTY", ["Christdemokraten", "~Union", "Unionsparteien"], ["CDU"], None),
    ("csu", "party", "CSU", "Christian Social Union", "DEU", "DEUPTY", [], ["CSU"], None),
    ("greens-de", "party", "Grüne", "Alliance 90/The Greens", "DEU", "DEUPTY", ["Grünen", "Bündnis 90/Die Grünen"], ["Greens"], None),
    ("fdp", "party", "FDP", "Free Democratic Party", "DEU", "DEUPTY", ["Liberalen"], ["FDP"], None),
    ("afd", "party", "AfD", "Alternative for Germany", "DEU", "DEUPTY", [], ["AfD"], None),
    ("linke", "party", "Die Linke", "The Left", "DEU", "DEUPTY", ["Linkspartei"], [], None),
    ("united-russia", "party", "Einiges Russland", "United Russia", "RUS", "RUSPTY", [], ["United Russia"], None),
    ("georgian-dream", "party", "Georgischer Traum", "Georgian Dream", "GEO", "GEOPTY", [], ["Georgian Dream"], None),
    ("gazprom", "company", "Gazprom", "Gazprom", "RUS", "RUSBUS", [], ["Gazprom"], None),
    ("rosneft", "company", "Rosneft", "Rosneft", "RUS", "RUSBUS", [], ["Rosneft"], None),
    ("naftogaz", "company", "Naftogaz", "Naftogaz", "UKR", "UKRBUS", [], ["Naftogaz"], None),
    ("energoatom", "company", "Energoatom", "Energoatom", "UKR", "UKRBUS", [], ["Energoatom"], None),
    ("pgnig", "company", "PGNiG", "PGNiG", "POL", "POLBUS", [], ["PGNiG"], None),
    ("bulgargaz", "company", "Bulgargaz", "Bulgargaz", "BGR", "BGRBUS", [], ["Bulgargaz"], None),
    ("rt", "media", "RT", "RT", "RUS", "RUSMED", ["RT DE", "Russia Today"], ["RT", "Russia Today"], None),
    ("wagner-group", "armed group", "Wagner-Gruppe", "Wagner Group", "RUS", "RUSUAF", ["Gruppe Wagner", "Wagner-Söldner", "Söldnertruppe Wagner", "Wagner-Truppe", "Wagner-Kämpfer"], ["Wagner Group"], None),
    ("hamas", "armed group", "Hamas", "Hamas", "PSE", "PSEREB", [], ["Hamas"], None),
    ("polisario", "armed group", "Polisario", "Polisario Front", "ESH", "ESHREB", ["Polisario-Front", "Frente Polisario", "Polisario-Bewegung"], ["Polisario", "Polisario Front"], None),
    ("hezbollah", "armed group", "Hisbollah", "Hezbollah", "LBN", "LBNREB", [], ["Hezbollah", "Hizbollah", "Hizballah"], None),
    ("ltte", "armed group", "LTTE", "Liberation Tigers of Tamil Eelam", "LKA", "LKAREB", ["Tamil Tigers", "Tamil-Tiger"], ["LTTE", "Tamil Tigers", "Liberation Tigers"], None),
    ("taliban", "armed group", "Taliban", "Taliban", "AFG", "AFGREB", [], ["Taliban"], None),
    # organisations of no state (codes as in the Phoenix dictionaries) and a banned Algerian party
    ("amnesty-international", "ngo", "Amnesty International", "Amnesty International", None, "NGOHRIAMN", ["Amnesty"], ["Amnesty"], None),
    ("icrc", "ngo", "Internationales Komitee vom Roten Kreuz", "International Committee of the Red Cross", None, "NGOHLHIRC", ["IKRK", "Internationale Komitee vom Roten Kreuz", "Internationalen Komitees vom Roten Kreuz", "Internationalen Komitee vom Roten Kreuz", "Rote Kreuz", "Roten Kreuz", "Roten Kreuzes"], ["ICRC", "Red Cross", "International Red Cross"], None),
    # a national society, not the ICRC its name shares: "Das Deutsche Rote Kreuz schickt Helfer"
    ("german-red-cross", "ngo", "Deutsches Rotes Kreuz", "German Red Cross", "DEU", "DEUNGO", ["DRK", "Deutsche Rote Kreuz", "Deutschen Roten Kreuz", "Deutschen Roten Kreuzes"], ["German Red Cross"], None),
    ("islamic-salvation-front", "party", "Islamische Heilsfront", "Islamic Salvation Front", "DZA", "DZAOPP", [], ["Islamic Salvation Front"], None),
    # Codes as in Phoenix.Countries.actors.txt (REVOLUTIONARY_GUARD [IRNMIL]) and
    # Phoenix.MilNonState.actors.txt (PKK [TURREB]); the dictionaries lack the Houthis, coded as
    # Yemeni rebels like the other insurgents there.
    ("irgc", "military", "Revolutionsgarden", "Islamic Revolutionary Guard Corps", "IRN", "IRNMIL", ["Revolutionsgarde", "Iranische Revolutionsgarde", "Islamische Revolutionsgarde", "Irans Revolutionsgarden", "Pasdaran"], ["Revolutionary Guard", "Revolutionary Guards", "IRGC"], None),
    ("houthis", "armed group", "Huthi", "Houthis", "YEM", "YEMREB", ["Huthis", "Huthi-Miliz", "Huthi-Rebellen", "Houthi", "Houthis"], ["Houthi", "Houthi rebels"], None),
    ("pkk", "armed group", "PKK", "Kurdistan Workers' Party", "TUR", "TURREB", ["Arbeiterpartei Kurdistans"], ["PKK"], None),
    ("bundeswehr", "military", "Bundeswehr", "Bundeswehr", "DEU", "DEUMIL", [], ["Bundeswehr"], None),
    ("bundestag", "legislature", "Bundestag", "Bundestag", "DEU", "DEULEG", [], ["Bundestag"], None),
    ("duma", "legislature", "Staatsduma", "State Duma", "RUS", "RUSLEG", ["Duma"], ["Duma", "State Duma"], None),
    ("pentagon", "military", "Pentagon", "Pentagon", "USA", "USAMIL", [], ["Pentagon"], None),
    # parliaments, intelligence services, armies and movements German news names without their state
    ("knesset", "legislature", "Knesset", "Knesset", "ISR", "ISRLEG", [], ["Knesset"], None),
    ("verkhovna-rada", "legislature", "Werchowna Rada", "Verkhovna Rada", "UKR", "UKRLEG", ["Oberste Rada", "Rada"], ["Verkhovna Rada"], None),
    ("sejm", "legislature", "Sejm", "Sejm", "POL", "POLLEG", [], ["Sejm"], None),
    ("us-congress", "legislature", "US-Kongress", "US Congress", "USA", "USALEG", ["Kongress in Washington"], ["US Congress"], None),
    ("us-house", "legislature", "Repräsentantenhaus", "House of Representatives", "USA", "USALEG", ["US-Repräsentantenhaus", "Repräsentantenhauses"], ["House of Representatives"], None),
    ("us-senate", "legislature", "US-Senat", "US Senate", "USA", "USALEG", [], ["US Senate"], None),
    ("mossad", "intelligence", "Mossad", "Mossad", "ISR", "ISRSPY", [], ["Mossad"], None),
    ("shin-bet", "intelligence", "Schin Bet", "Shin Bet", "ISR", "ISRSPY", ["Shin Bet", "Inlandsgeheimdienst Schin Bet"], ["Shin Bet"], None),
    ("cia", "intelligence", "CIA", "CIA", "USA", "USASPY", [], ["CIA"], None),
    ("fbi", "police", "FBI", "FBI", "USA", "USACOP", [], ["FBI"], None),
    ("fsb", "intelligence", "FSB", "FSB", "RUS", "RUSSPY", ["Inlandsgeheimdienst FSB"], ["FSB"], None),
    ("gru", "intelligence", "GRU", "GRU", "RUS", "RUSSPY", ["Militärgeheimdienst GRU"], ["GRU"], None),
    ("bfv", "intelligence", "Verfassungsschutz", "Federal Office for the Protection of the Constitution", "DEU", "DEUSPY", ["Bundesamt für Verfassungsschutz", "BfV"], ["BfV"], None),
    ("bnd", "intelligence", "Bundesnachrichtendienst", "Federal Intelligence Service", "DEU", "DEUSPY", ["BND"], ["BND"], None),
    ("sbu", "intelligence", "SBU", "SBU", "UKR", "UKRSPY", ["Inlandsgeheimdienst SBU"], ["SBU"], None),
    ("mi6", "intelligence", "MI6", "MI6", "GBR", "GBRSPY", [], ["MI6"], None),
    ("idf", "military", "Israelische Streitkräfte", "Israel Defense Forces", "ISR", "ISRMIL", ["IDF", "Zahal"], ["IDF", "Israel Defense Forces"], None),
    ("pla", "military", "Volksbefreiungsarmee", "People's Liberation Army", "CHN", "CHNMIL", ["Chinesische Volksbefreiungsarmee"], ["People's Liberation Army", "PLA"], None),
    ("ypg", "armed group", "YPG", "YPG", "SYR", "SYRREB", ["Kurdenmiliz YPG", "Volksverteidigungseinheiten"], ["YPG"], None),
    ("sdf", "armed group", "Syrische Demokratische Kräfte", "Syrian Democratic Forces", "SYR", "SYRREB", ["SDF", "Syrischen Demokratischen Kräfte"], ["SDF", "Syrian Democratic Forces"], None),
    ("boko-haram", "armed group", "Boko Haram", "Boko Haram", "NGA", "NGAREB", [], ["Boko Haram"], None),
    ("fatah", "party", "Fatah", "Fatah", "PSE", "PSEPTY", [], ["Fatah"], None),
    ("likud", "party", "Likud", "Likud", "ISR", "ISRPTY", [], ["Likud"], None),
    ("pis", "party", "PiS", "Law and Justice", "POL", "POLPTY", ["Recht und Gerechtigkeit"], ["PiS", "Law and Justice"], None),
    ("fidesz", "party", "Fidesz", "Fidesz", "HUN", "HUNPTY", [], ["Fidesz"], None),
    ("akp", "party", "AKP", "Justice and Development Party", "TUR", "TURPTY", [], ["AKP"], None),
    ("anc", "party", "ANC", "African National Congress", "ZAF", "ZAFPTY", ["Afrikanischer Nationalkongress"], ["ANC", "African National Congress"], None),
    ("cpc", "party", "Kommunistische Partei Chinas", "Communist Party of China", "CHN", "CHNPTY", ["KP Chinas", "Kommunistischen Partei Chinas", "KPCh"], ["Communist Party of China", "Chinese Communist Party", "CCP"], None),
    ("tass", "media", "Tass", "TASS", "RUS", "RUSMED", ["TASS"], ["TASS", "Tass"], None),
    ("ria-novosti", "media", "Ria Nowosti", "RIA Novosti", "RUS", "RUSMED", ["RIA Nowosti"], ["RIA Novosti"], None),
    ("irna", "media", "Irna", "IRNA", "IRN", "IRNMED", ["IRNA"], ["IRNA"], None),
    ("xinhua", "media", "Xinhua", "Xinhua", "CHN", "CHNMED", ["Staatsagentur Xinhua"], ["Xinhua"], None),
    ("kcna", "media", "KCNA", "KCNA", "PRK", "PRKMED", [], ["KCNA"], None),
    ("tatmadaw", "military", "Tatmadaw", "Tatmadaw", "MMR", "MMRMIL", [], ["Tatmadaw"], None),
    ("muslim-brotherhood", "party", "Muslimbruderschaft", "Muslim Brotherhood", "EGY", "EGYOPP", ["Muslimbrüder", "Muslimbrüdern"], ["Muslim Brotherhood"], None),
    ("hts", "armed group", "Haiat Tahrir al-Scham", "Hayat Tahrir al-Sham", "SYR", "SYRREB", ["HTS", "Hayat Tahrir al-Sham"], ["HTS", "Hayat Tahrir al-Sham"], None),
    ("rsf", "armed group", "RSF-Miliz", "Rapid Support Forces", "SDN", "SDNREB", ["RSF", "Rapid Support Forces"], ["RSF", "Rapid Support Forces"], None),
    ("m23", "armed group", "M23", "M23", "COD", "CODREB", ["M23-Miliz", "M23-Rebellen"], ["M23"], None),
    ("islamic-jihad", "armed group", "Islamischer Dschihad", "Palestinian Islamic Jihad", "PSE", "PSEREB", ["Palästinensischer Islamischer Dschihad"], ["Islamic Jihad"], None),
    ("al-shabaab", "armed group", "al-Schabab", "al-Shabaab", "SOM", "SOMREB", ["Al-Shabaab", "al-Shabaab", "Schabab-Miliz"], ["al-Shabaab", "Al-Shabaab"], None),
    # armed groups, militias and opposition movements of 2019-2025 news the source dictionaries
    # lack; insurgents carry their country's REB code, opposition parties its OPP code
    ("eln", "armed group", "ELN", "National Liberation Army", "COL", "COLREB", ["ELN-Guerilla", "ELN-Rebellen", "Nationale Befreiungsarmee"], ["ELN"], None),
    ("farc-dissidents", "armed group", "FARC-Dissidenten", "FARC dissidents", "COL", "COLREB", ["Farc-Dissidenten", "FARC", "Farc", "Farc-Guerilla", "FARC-Guerilla"], ["FARC", "FARC dissidents"], None),
    ("afc", "armed group", "AFC", "Congo River Alliance", "COD", "CODREB", ["Alliance Fleuve Congo", "Allianz Fleuve Congo", "Kongo-Fluss-Allianz"], ["Alliance Fleuve Congo", "Congo River Alliance"], None),
    ("plataforma-unitaria", "party", "Plataforma Unitaria", "Unitary Platform", "VEN", "VENOPP", ["Plataforma Unitaria Democrática", "Einheitsplattform"], ["Unitary Platform"], None),
    ("tplf", "armed group", "TPLF", "Tigray People's Liberation Front", "ETH", "ETHREB", ["Volksbefreiungsfront von Tigray", "Volksbefreiungsfront Tigrays", "Tigray-Volksbefreiungsfront", "TPLF-Rebellen", "Tigray-Rebellen", "Tigray-Kräfte"], ["TPLF", "Tigray People's Liberation Front", "Tigrayan forces"], None),
    ("fano", "armed group", "Fano-Miliz", "Fano militia", "ETH", "ETHREB", ["Fano-Milizen", "Fano-Kämpfer"], ["Fano militia"], None),
    ("iswap", "armed group", "ISWAP", "Islamic State West Africa Province", "NGA", "NGAREB", ["Islamischer Staat Westafrika", "IS-Westafrika", "Westafrika-Provinz des Islamischen Staats"], ["ISWAP", "Islamic State West Africa Province"], None),
    ("is-khorasan", "armed group", "IS-K", "Islamic State Khorasan Province", "AFG", "AFGREB", ["ISKP", "IS-Khorasan", "IS-Provinz Khorasan", "Islamischer Staat Provinz Khorasan"], ["ISIS-K", "ISKP", "Islamic State Khorasan"], None),
    ("jnim", "armed group", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "MLI", "MLIREB", ["Dschamaat Nusrat al-Islam wal-Muslimin", "Nusrat al-Islam", "Gruppe für die Unterstützung des Islam und der Muslime"], ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"], None),
    ("arakan-army", "armed group", "Arakan Army", "Arakan Army", "MMR", "MMRREB", ["Arakan-Armee"], ["Arakan Army"], None),
    ("pdf-myanmar", "armed group", "Volksverteidigungskräfte", "People's Defence Force", "MMR", "MMRREB", ["Volksverteidigungskräften", "Volksverteidigungsmilizen"], ["People's Defence Force", "People's Defense Force"], None),
    ("nug-myanmar", "government", "Regierung der Nationalen Einheit", "National Unity Government", "MMR", "MMROPP", ["Schattenregierung der Nationalen Einheit"], ["National Unity Government"], None),
    ("nld", "party", "Nationale Liga für Demokratie", "National League for Democracy", "MMR", "MMROPP", ["NLD"], ["National League for Democracy"], None),
    ("qassam-brigades", "armed group", "Kassam-Brigaden", "Qassam Brigades", "PSE", "PSEREB", ["Al-Kassam-Brigaden", "Essedin-al-Kassam-Brigaden", "Qassam-Brigaden"], ["Qassam Brigades", "al-Qassam Brigades"], None),
    ("adf", "armed group", "ADF-Miliz", "Allied Democratic Forces", "COD", "CODREB", ["ADF-Rebellen", "Alliierte Demokratische Kräfte"], ["Allied Democratic Forces"], None),
    ("al-aqsa-brigades", "armed group", "Al-Aksa-Märtyrerbrigaden", "al-Aqsa Martyrs' Brigades", "PSE", "PSEREB", ["Al-Aqsa-Brigaden", "Aksa-Brigaden"], ["al-Aqsa Martyrs' Brigades"], None),
    ("kataib-hezbollah", "armed group", "Kataib Hisbollah", "Kataib Hezbollah", "IRQ", "IRQREB", ["Kataib Hezbollah", "Hisbollah-Brigaden"], ["Kataib Hezbollah"], None),
    ("syrian-national-army", "armed group", "Syrische Nationale Armee", "Syrian National Army", "SYR", "SYRREB", ["SNA", "Freie Syrische Armee"], ["Syrian National Army", "Free Syrian Army"], None),
    ("libyan-national-army", "military", "Libysche Nationale Armee", "Libyan National Army", "LBY", "LBYMIL", ["LNA", "Libyschen Nationalarmee", "Libysche Nationalarmee"], ["Libyan National Army", "LNA"], None),
    ("sinaloa-cartel", "armed group", "Sinaloa-Kartell", "Sinaloa Cartel", "MEX", "MEXCRM", ["Sinaloa Kartell"], ["Sinaloa Cartel"], None),
    ("cjng", "armed group", "Jalisco-Kartell", "Jalisco New Generation Cartel", "MEX", "MEXCRM", ["Kartell Jalisco Nueva Generación", "CJNG"], ["CJNG", "Jalisco New Generation Cartel"], None),
    ("viv-ansanm", "armed group", "Viv Ansanm", "Viv Ansanm", "HTI", "HTIREB", ["Bandenallianz Viv Ansanm"], ["Viv Ansanm"], None),
    ("azov", "military", "Asow-Brigade", "Azov Brigade", "UKR", "UKRMIL", ["Asow-Regiment", "Regiment Asow", "Brigade Asow"], ["Azov Brigade", "Azov Regiment"], None),
    ("africa-corps", "military", "Afrikakorps", "Africa Corps", "RUS", "RUSMIL", ["Afrika-Korps"], ["Africa Corps"], None),
    ("chp", "party", "CHP", "Republican People's Party", "TUR", "TUROPP", ["Republikanische Volkspartei"], ["CHP"], None),
    ("pti", "party", "PTI", "Pakistan Tehreek-e-Insaf", "PAK", "PAKOPP", ["Pakistanische Bewegung für Gerechtigkeit", "Tehreek-e-Insaf"], ["PTI"], None),
    ("unm-georgia", "party", "Vereinte Nationale Bewegung", "United National Movement", "GEO", "GEOOPP", ["Vereinten Nationalen Bewegung"], ["United National Movement"], None),
    ("tisza", "party", "Tisza-Partei", "Tisza Party", "HUN", "HUNOPP", ["Partei Tisza"], ["Tisza Party"], None),
    ("bundesnetzagentur", "government", "Bundesnetzagentur", "Federal Network Agency", "DEU", "DEUGOV", [], [], None),
    ("owd-info", "ngo", "OWD-Info", "OVD-Info", "RUS", "RUSNGO", [], ["OVD-Info"], None),
]  # fmt: skip

# Person: (id, German name, English name, country, gender, wikidata, source names, extra aliases
# (German forms), roles). A role: (English role, actor code, start, end).
PEOPLE = [
    ("vladimir-putin", "Wladimir Putin", "Vladimir Putin", "RUS", "m", "Q7747", ["VLADIMIR_PUTIN_"], [], [("prime minister", "RUSGOV", "1999-08-09", "1999-12-31"), ("president", "RUSGOV", "1999-12-31", "2008-05-07"), ("prime minister", "RUSGOV", "2008-05-08", "2012-05-07"), ("president", "RUSGOV", "2012-05-07", None)]),
    ("sergey-lavrov", "Sergej Lawrow", "Sergey Lavrov", "RUS", "m", None, ["SERGEY_LAVROV_"], [], [("ambassador to the UN", "RUSGOV", "1994-09-22", "2004-03-09"), ("foreign minister", "RUSGOV", "2004-03-09", None)]),
    ("dmitry-peskov", "Dmitri Peskow", "Dmitry Peskov", "RUS", "m", None, [], [], [("Kremlin spokesperson", "RUSGOV", "2012-05-22", None)]),
    ("maria-zakharova", "Maria Sacharowa", "Maria Zakharova", "RUS", "f", None, [], [], [("foreign ministry spokesperson", "RUSGOV", "2015-08-10", None)]),
    ("sergey-ryabkov", "Sergej Rjabkow", "Sergey Ryabkov", "RUS", "m", None, [], [], [("deputy foreign minister", "RUSGOV", "2008-08-01", None)]),
    ("sergey-shoigu", "Sergej Schoigu", "Sergey Shoigu", "RUS", "m", None, ["SERGEY_SHOYGU_"], ["Sergej Schoigu"], [("emergencies minister", "RUSGOV", "1994-01-10", "2012-05-11"), ("defence minister", "RUSGOV", "2012-11-06", "2024-05-12"), ("secretary of the security council", "RUSGOV", "2024-05-12", None)]),
    ("sergey-nechayev", "Sergej Netschajew", "Sergey Nechayev", "RUS", "m", None, [], [], [("ambassador to Germany", "RUSGOV", "2018-01-29", None)]),
    ("yuri-ushakov", "Juri Uschakow", "Yuri Ushakov", "RUS", "m", None, [], [], [("presidential aide", "RUSGOV", "2012-05-21", None)]),
    ("nikolai-patrushev", "Nikolai Patruschew", "Nikolai Patrushev", "RUS", "m", None, ["NIKOLAY_PATRUSHEV_"], [], [("director of the FSB", "RUSGOV", "1999-08-09", "2008-05-12"), ("secretary of the security council", "RUSGOV", "2008-05-12", "2024-05-14")]),
    ("vasily-nebenzya", "Wassili Nebensja", "Vassily Nebenzia", "RUS", "m", None, [], [], [("ambassador to the UN", "RUSGOV", "2017-07-27", None)]),
    ("alexei-navalny", "Alexej Nawalny", "Alexei Navalny", "RUS", "m", None, [], ["Kremlkritiker Nawalny"], [("opposition politician", "RUSOPP", "2008-01-01", "2024-02-16")]),
    ("yulia-navalnaya", "Julija Nawalnaja", "Yulia Navalnaya", "RUS", "f", None, [], [], [("opposition politician", "RUSOPP", "2024-02-16", None)]),
    ("elvira-nabiullina", "Elwira Nabiullina", "Elvira Nabiullina", "RUS", "f", None, ["ELVIRA_NABIULLINA_"], [], [("economy minister", "RUSGOV", "2007-09-24", "2012-05-21"), ("central bank governor", "RUSGOV", "2013-06-24", None)]),
    ("dmitry-medvedev", "Dmitri Medwedew", "Dmitry Medvedev", "RUS", "m", None, ["DMITRY_MEDVEDEV_"], [], [("president", "RUSGOV", "2008-05-07", "2012-05-07"), ("prime minister", "RUSGOV", "2012-05-08", "2020-01-16"), ("deputy chairman of the security council", "RUSGOV", "2020-01-16", None)]),
    ("alexander-lukashenko", "Alexander Lukaschenko", "Alexander Lukashenko", "BLR", "m", None, ["ALYAKSANDR_LUKASHENKA_"], ["Aljaksandr Lukaschenka"], [("president", "BLRGOV", "1994-07-20", None)]),
    ("volodymyr-zelensky", "Wolodymyr Selenskyj", "Volodymyr Zelensky", "UKR", "m", None, [], ["Wolodimir Selenski", "Selenski"], [("president", "UKRGOV", "2019-05-20", None)]),
    ("dmytro-kuleba", "Dmytro Kuleba", "Dmytro Kuleba", "UKR", "m", None, [], [], [("foreign minister", "UKRGOV", "2020-03-04", "2024-09-05")]),
    ("joe-biden", "Joe Biden", "Joe Biden", "USA", "m", "Q6279", ["JOE_BIDEN_"], ["Joseph Biden"], [("senator", "USALEG", "1973-01-03", "2009-01-15"), ("vice president", "USAGOV", "2009-01-20", "2017-01-20"), ("president", "USAGOV", "2021-01-20", "2025-01-20")]),
    ("kamala-harris", "Kamala Harris", "Kamala Harris", "USA", "f", None, [], [], [("vice president", "USAGOV", "2021-01-20", "2025-01-20")]),
    ("antony-blinken", "Antony Blinken", "Antony Blinken", "USA", "m", None, [], [], [("secretary of state", "USAGOV", "2021-01-26", "2025-01-20")]),
    ("victoria-nuland", "Victoria Nuland", "Victoria Nuland", "USA", "f", None, [], [], [("assistant secretary of state", "USAGOV", "2013-09-18", "2017-01-20"), ("under secretary of state", "USAGOV", "2021-05-03", "2024-03-22")]),
    ("wendy-sherman", "Wendy Sherman", "Wendy Sherman", "USA", "f", None, [], [], [("deputy secretary of state", "USAGOV", "2021-04-14", "2023-07-28")]),
    ("donald-trump", "Donald Trump", "Donald Trump", "USA", "m", None, [], [], [("president", "USAGOV", "2017-01-20", "2021-01-20"), ("president", "USAGOV", "2025-01-20", None)]),
    ("angela-merkel", "Angela Merkel", "Angela Merkel", "DEU", "f", "Q567", ["ANGELA_MERKEL_"], [], [("chancellor", "DEUGOV", "2005-11-22", "2021-12-08")]),
    ("olaf-scholz", "Olaf Scholz", "Olaf Scholz", "DEU", "m", None, ["OLAF_SCHOLZ_"], [], [("labour minister", "DEUGOV", "2007-11-21", "2009-10-27"), ("mayor of Hamburg", "DEUGOV", "2011-03-07", "2018-03-13"), ("finance minister", "DEUGOV", "2018-03-14", "2021-12-08"), ("chancellor", "DEUGOV", "2021-12-08", "2025-05-06")]),
    ("annalena-baerbock", "Annalena Baerbock", "Annalena Baerbock", "DEU", "f", None, [], [], [("party leader", "DEUPTY", "2018-01-27", "2021-12-08"), ("foreign minister", "DEUGOV", "2021-12-08", "2025-05-06")]),
    ("frank-walter-steinmeier", "Frank-Walter Steinmeier", "Frank-Walter Steinmeier", "DEU", "m", None, ["Frank Walter Steinmeier"], ["Frank Walter Steinmeier"], [("foreign minister", "DEUGOV", "2005-11-22", "2009-10-28"), ("foreign minister", "DEUGOV", "2013-12-17", "2017-01-27"), ("president", "DEUGOV", "2017-03-19", None)]),
    ("boris-pistorius", "Boris Pistorius", "Boris Pistorius", "DEU", "m", None, [], [], [("defence minister", "DEUGOV", "2023-01-19", None)]),
    ("steffen-seibert", "Steffen Seibert", "Steffen Seibert", "DEU", "m", None, [], [], [("government spokesperson", "DEUGOV", "2010-08-11", "2021-12-08"), ("ambassador to Israel", "DEUGOV", "2022-07-01", None)]),
    ("steffen-hebestreit", "Steffen Hebestreit", "Steffen Hebestreit", "DEU", "m", None, [], [], [("government spokesperson", "DEUGOV", "2021-12-08", "2025-05-06")]),
    ("klaus-mueller", "Klaus Müller", "Klaus Mueller", "DEU", "m", None, [], [], [("president of the Federal Network Agency", "DEUGOV", "2022-03-01", None)]),
    ("ursula-von-der-leyen", "Ursula von der Leyen", "Ursula von der Leyen", "DEU", "f", None, [], ["von der Leyen"], [("defence minister", "DEUGOV", "2013-12-17", "2019-07-17"), ("president of the European Commission", "IGOEUREEC", "2019-12-01", None)]),
    ("josep-borrell", "Josep Borrell", "Josep Borrell", "ESP", "m", None, [], [], [("foreign minister", "ESPGOV", "2018-06-07", "2019-11-30"), ("EU high representative", "IGOEUREEC", "2019-12-01", "2024-11-30")]),
    ("jens-stoltenberg", "Jens Stoltenberg", "Jens Stoltenberg", "NOR", "m", None, ["JENS_STOLTENBERG_"], [], [("prime minister", "NORGOV", "2005-10-17", "2013-10-16"), ("NATO secretary general", "IGOWSTNAT", "2014-10-01", "2024-10-01")]),
    # One person for the two source entries (foreign minister in CountryInfo, secretary-general in Phoenix).
    ("ban-ki-moon", "Ban Ki-moon", "Ban Ki-moon", "KOR", "m", None, ["BAN_KI_MOON_", "SECRETARY-GENERAL_BAN_KI-MOON"], ["Ban Ki Moon"], [("foreign minister", "KORGOV", "2004-01-17", "2006-11-30"), ("UN secretary-general", "IGOUNO", "2007-01-01", "2016-12-31")]),
    ("antonio-guterres", "António Guterres", "Antonio Guterres", "PRT", "m", None, ["ANTONIO_GUTERRES_"], ["Antonio Guterres"], [("UN secretary-general", "IGOUNO", "2017-01-01", None)]),
    ("rafael-grossi", "Rafael Grossi", "Rafael Grossi", "ARG", "m", None, [], [], [("IAEA director general", "IGOUNOIAE", "2019-12-03", None)]),
    ("xi-jinping", "Xi Jinping", "Xi Jinping", "CHN", "m", None, ["XI_JINPING_"], [], [("president", "CHNGOV", "2013-03-14", None)]),
    ("fumio-kishida", "Fumio Kishida", "Fumio Kishida", "JPN", "m", None, [], [], [("foreign minister", "JPNGOV", "2012-12-26", "2017-08-03"), ("prime minister", "JPNGOV", "2021-10-04", "2024-10-01")]),
    ("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "TUR", "m", None, ["RECEP_TAYYIP_ERDOGAN_"], ["Erdogan", "Recep Tayyip Erdogan"], [("prime minister", "TURGOV", "2003-03-14", "2014-08-28"), ("president", "TURGOV", "2014-08-28", None)]),
    ("mevlut-cavusoglu", "Mevlüt Çavuşoğlu", "Mevlut Cavusoglu", "TUR", "m", None, [], ["Cavusoglu", "Mevlüt Cavusoglu"], [("foreign minister", "TURGOV", "2014-08-29", "2015-08-28"), ("foreign minister", "TURGOV", "2015-11-24", "2023-06-04")]),
    ("emmanuel-macron", "Emmanuel Macron", "Emmanuel Macron", "FRA", "m", None, [], [], [("president", "FRAGOV", "2017-05-14", None)]),
    ("mateusz-morawiecki", "Mateusz Morawiecki", "Mateusz Morawiecki", "POL", "m", None, [], [], [("prime minister", "POLGOV", "2017-12-11", "2023-12-13")]),
    ("kiril-petkov", "Kiril Petkow", "Kiril Petkov", "BGR", "m", None, [], [], [("prime minister", "BGRGOV", "2021-12-13", "2022-08-02")]),
    ("salome-zourabichvili", "Salome Surabischwili", "Salome Zourabichvili", "GEO", "f", None, [], [], [("president", "GEOGOV", "2018-12-16", "2024-12-29")]),
    ("irakli-kobakhidze", "Irakli Kobachidse", "Irakli Kobakhidze", "GEO", "m", None, [], [], [("prime minister", "GEOGOV", "2024-02-08", None)]),
    ("viola-amherd", "Viola Amherd", "Viola Amherd", "CHE", "f", None, [], [], [("president of the Confederation", "CHEGOV", "2024-01-01", "2024-12-31")]),
]  # fmt: skip

# German first names whose gender the KB does not record (for er/sie agreement with document actors).
FEMALE_FIRST_NAMES = {
    "Angela", "Annalena", "Maria", "Marija", "Victoria", "Viktoria", "Wendy", "Ursula", "Kamala", "Julija", "Julia",
    "Salome", "Viola", "Elwira", "Tatjana", "Natalja", "Olga", "Anna", "Swetlana", "Walentina", "Nancy", "Hillary",
    "Christine", "Kaja", "Roberta", "Giorgia", "Liz", "Theresa", "Sanna", "Mette", "Ingrid", "Claudia",
}  # fmt: skip
