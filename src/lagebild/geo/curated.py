"""Hand-curated German place names: exonyms of GeoNames cities, regions, seas, straits, rivers.

Facts only (names, approximate coordinates). A GeoNames id is given where the place is a GeoNames
city (resolved at build time by its GeoNames name and country); the seas, regions and rivers below
carry no id: we did not want to guess ids we could not verify offline.

Tier "A" names are places wherever they occur as a proper name; tier "B" names only where the
context marks a place (a preposition such as "an der", "über die", "im"; see `lagebild.geo.context`).
"""

from __future__ import annotations

# German (and common alternative) spellings of GeoNames cities: (surfaces, GeoNames name, ISO2).
# The first surface is the display name. The genitive -s is derived, not listed.
CITY_EXONYMS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("Moskau",), "Moscow", "RU"),
    (("Kiew", "Kyjiw", "Kyiv"), "Kyiv", "UA"),
    (("Peking", "Beijing"), "Beijing", "CN"),
    (("Warschau",), "Warsaw", "PL"),
    (("Genf",), "Geneva", "CH"),
    (("Brüssel",), "Brussels", "BE"),
    (("Den Haag",), "The Hague", "NL"),
    (("Wien",), "Vienna", "AT"),
    (("Rom",), "Rome", "IT"),
    (("Prag",), "Prague", "CZ"),
    (("Mailand",), "Milan", "IT"),
    (("Neapel",), "Naples", "IT"),
    (("Venedig",), "Venice", "IT"),
    (("Florenz",), "Florence", "IT"),
    (("Turin",), "Turin", "IT"),
    (("Genua",), "Genoa", "IT"),
    (("Lissabon",), "Lisbon", "PT"),
    (("Athen",), "Athens", "GR"),
    (("Bukarest",), "Bucharest", "RO"),
    (("Belgrad",), "Belgrade", "RS"),
    (("Kopenhagen",), "Copenhagen", "DK"),
    (("Danzig", "Gdańsk"), "Gdańsk", "PL"),
    (("Krakau", "Kraków"), "Kraków", "PL"),
    (("Breslau", "Wrocław"), "Wrocław", "PL"),
    (("Posen", "Poznań"), "Poznań", "PL"),
    (("Stettin", "Szczecin"), "Szczecin", "PL"),
    (("Straßburg",), "Strasbourg", "FR"),
    (("Zürich",), "Zürich", "CH"),
    (("München",), "Munich", "DE"),
    (("Köln",), "Köln", "DE"),
    (("Nürnberg",), "Nuremberg", "DE"),
    (("Hannover",), "Hannover", "DE"),
    (("Frankfurt am Main", "Frankfurt/Main", "Frankfurt a.M."), "Frankfurt am Main", "DE"),
    (("Frankfurt (Oder)", "Frankfurt an der Oder", "Frankfurt/Oder"), "Frankfurt (Oder)", "DE"),
    (("Washington", "Washington, D.C."), "Washington", "US"),
    (("New York",), "New York City", "US"),
    (("Sankt Petersburg", "St. Petersburg"), "Saint Petersburg", "RU"),
    (("Wolgograd",), "Volgograd", "RU"),
    (("Rostow am Don", "Rostow"), "Rostov-on-Don", "RU"),
    (("Brjansk",), "Bryansk", "RU"),
    (("Kaliningrad", "Königsberg"), "Kaliningrad", "RU"),
    (("Charkiw", "Charkow"), "Kharkiv", "UA"),
    (("Cherson",), "Kherson", "UA"),
    (("Odessa", "Odesa"), "Odesa", "UA"),
    (("Lwiw", "Lemberg"), "Lviv", "UA"),
    (("Donezk",), "Donetsk", "UA"),
    (("Luhansk", "Lugansk"), "Luhansk", "UA"),
    (("Saporischschja",), "Zaporizhzhya", "UA"),
    (("Mykolajiw",), "Mykolayiv", "UA"),
    (("Bachmut",), "Bakhmut", "UA"),
    (("Mariupol",), "Mariupol", "UA"),
    (("Butscha",), "Bucha", "UA"),
    (("Tschornomorsk",), "Chornomors’k", "UA"),
    (("Awdijiwka",), "Avdiyivka", "UA"),
    (("Slowjansk",), "Slovyansk", "UA"),
    (("Pokrowsk",), "Pokrovsk", "UA"),
    (("Isjum",), "Izyum", "UA"),
    (("Tschernihiw",), "Chernihiv", "UA"),
    (("Schytomyr",), "Zhytomyr", "UA"),
    (("Winnyzja",), "Vinnytsya", "UA"),
    (("Poltawa",), "Poltava", "UA"),
    (("Krywyj Rih",), "Kryvyy Rih", "UA"),
    (("Berdjansk",), "Berdyansk", "UA"),
    (("Krementschuk",), "Kremenchuk", "UA"),
    (("Enerhodar",), "Enerhodar", "UA"),
    (("Sewastopol",), "Sevastopol", "UA"),
    (("Simferopol",), "Simferopol", "UA"),
    (("Kertsch",), "Kerch", "UA"),
    (("Tiflis",), "Tbilisi", "GE"),
    (("Eriwan", "Jerewan"), "Yerevan", "AM"),
    (("Kischinau", "Chișinău"), "Chisinau", "MD"),
    (("Vilnius", "Wilna"), "Vilnius", "LT"),
    (("Teheran",), "Tehran", "IR"),
    (("Bagdad",), "Baghdad", "IQ"),
    (("Damaskus",), "Damascus", "SY"),
    (("Kairo",), "Cairo", "EG"),
    (("Riad",), "Riyadh", "SA"),
    (("Neu-Delhi",), "New Delhi", "IN"),
    (("Schanghai",), "Shanghai", "CN"),
    (("Tokio",), "Tokyo", "JP"),
    (("Pjöngjang",), "Pyongyang", "KP"),
    (("Taipeh",), "Taipei", "TW"),
    (("Hongkong",), "Hong Kong", "HK"),
)

# Names that stand for more than one GeoNames city in German news: (surface, [(name, ISO2), ...]).
AMBIGUOUS_CITY_NAMES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Frankfurt", (("Frankfurt am Main", "DE"), ("Frankfurt (Oder)", "DE"))),
)

# Places that are not GeoNames cities: (surfaces, lat, lon, ISO3 or None, feature, tier).
# Surfaces include the inflected forms German uses ("im Schwarzen Meer", "des Schwarzen Meeres").
# fmt: off
FEATURES: tuple[tuple[tuple[str, ...], float, float, str | None, str, str], ...] = (
    (("Schwarzes Meer", "Schwarze Meer", "Schwarzen Meer", "Schwarzen Meeres", "Schwarzem Meer"), 43.2, 34.3, None, "sea", "A"),
    (("Asowsches Meer", "Asowsche Meer", "Asowschen Meer", "Asowschen Meeres"), 46.0, 36.6, None, "sea", "A"),
    (("Kaspisches Meer", "Kaspische Meer", "Kaspischen Meer", "Kaspischen Meeres"), 41.9, 50.7, None, "sea", "A"),
    (("Rotes Meer", "Rote Meer", "Roten Meer", "Roten Meeres"), 20.3, 38.5, None, "sea", "A"),
    (("Südchinesisches Meer", "Südchinesische Meer", "Südchinesischen Meer", "Südchinesischen Meeres"), 12.0, 113.0, None, "sea", "A"),
    (("Mittelmeer", "Mittelmeers", "Mittelmeeres"), 35.0, 18.0, None, "sea", "A"),
    (("Ostsee",), 58.0, 20.0, None, "sea", "A"),
    (("Nordsee",), 56.0, 3.0, None, "sea", "A"),
    (("Barentssee",), 74.0, 40.0, None, "sea", "A"),
    (("Ägäis",), 39.0, 25.0, None, "sea", "A"),
    (("Adria",), 43.0, 15.5, None, "sea", "A"),
    (("Persischer Golf", "Persische Golf", "Persischen Golf", "Persischen Golfs"), 27.0, 51.5, None, "sea", "A"),
    (("Atlantik", "Atlantiks"), 30.0, -40.0, None, "ocean", "A"),
    (("Pazifik", "Pazifiks"), 0.0, -160.0, None, "ocean", "A"),
    (("Ärmelkanal", "Ärmelkanals"), 50.2, -0.8, None, "strait", "A"),
    (("Straße von Kertsch", "Meerenge von Kertsch"), 45.3, 36.5, None, "strait", "A"),
    (("Straße von Hormus", "Meerenge von Hormus"), 26.6, 56.3, None, "strait", "A"),
    (("Taiwanstraße",), 24.0, 119.5, None, "strait", "A"),
    (("Bosporus",), 41.12, 29.07, "TUR", "strait", "A"),
    (("Dardanellen",), 40.2, 26.4, "TUR", "strait", "A"),
    (("Suezkanal", "Suez-Kanal", "Suezkanals"), 30.6, 32.33, "EGY", "canal", "A"),
    (("Panamakanal", "Panama-Kanal", "Panamakanals"), 9.1, -79.7, "PAN", "canal", "A"),
    (("Nord-Ostsee-Kanal", "Nord-Ostsee-Kanals"), 54.2, 9.6, "DEU", "canal", "A"),
    (("Lesbos",), 39.2, 26.3, "GRC", "island", "A"),
    (("Kreta",), 35.25, 24.9, "GRC", "island", "A"),
    (("Sizilien", "Siziliens"), 37.5, 14.1, "ITA", "island", "A"),
    (("Sardinien", "Sardiniens"), 40.1, 9.0, "ITA", "island", "A"),
    (("Korsika", "Korsikas"), 42.15, 9.1, "FRA", "island", "A"),
    (("Rügen",), 54.42, 13.4, "DEU", "island", "A"),
    (("Sylt",), 54.9, 8.3, "DEU", "island", "A"),
    (("Helgoland",), 54.18, 7.89, "DEU", "island", "A"),
    (("Spitzbergen",), 78.6, 16.0, "NOR", "island", "A"),
    (("Gotland",), 57.5, 18.5, "SWE", "island", "A"),
    (("Schlangeninsel",), 45.25, 30.2, "UKR", "island", "A"),
    (("Capri",), 40.55, 14.24, "ITA", "island", "A"),
    (("Bornholm",), 55.1, 14.9, "DNK", "island", "A"),
    (("Mallorca", "Mallorcas"), 39.6, 2.95, "ESP", "island", "A"),
    (("Teneriffa",), 28.29, -16.6, "ESP", "island", "A"),
    (("Lampedusa",), 35.51, 12.6, "ITA", "island", "A"),
    (("Krim", "Halbinsel Krim"), 45.3, 34.4, "UKR", "region", "A"),
    (("Donbass", "Donbas"), 48.2, 38.3, "UKR", "region", "A"),
    (("Ostukraine",), 48.5, 37.5, "UKR", "region", "A"),
    (("Suwałki-Lücke", "Suwalki-Lücke"), 54.2, 23.3, None, "region", "A"),
    (("Transnistrien",), 47.25, 29.4, "MDA", "region", "A"),
    (("Berg-Karabach", "Bergkarabach"), 39.85, 46.75, "AZE", "region", "A"),
    (("Abchasien",), 43.0, 41.0, "GEO", "region", "A"),
    (("Südossetien",), 42.3, 44.0, "GEO", "region", "A"),
    (("Tschetschenien",), 43.4, 45.7, "RUS", "region", "A"),
    (("Sibirien",), 60.0, 100.0, "RUS", "region", "A"),
    (("Gazastreifen", "Gaza-Streifen", "Gazastreifens"), 31.42, 34.38, "PSE", "region", "A"),
    (("Westjordanland", "Westjordanlands"), 31.95, 35.25, "PSE", "region", "A"),
    (("Golanhöhen",), 33.0, 35.75, "SYR", "region", "A"),
    (("Sinai", "Sinai-Halbinsel"), 29.5, 33.8, "EGY", "region", "A"),
    (("Kaukasus",), 42.5, 44.0, None, "region", "A"),
    (("Baltikum",), 56.5, 24.0, None, "region", "A"),
    (("Balkan",), 43.0, 21.0, None, "region", "A"),
    (("Osteuropa", "Osteuropas"), 52.0, 28.0, None, "region", "A"),
    (("Westeuropa", "Westeuropas"), 48.0, 4.0, None, "region", "A"),
    (("Nahost", "Nahen Osten", "Naher Osten"), 31.5, 36.0, None, "region", "A"),
    (("Arktis",), 80.0, 0.0, None, "region", "A"),
    (("Andalusien",), 37.4, -4.6, "ESP", "region", "A"),
    (("Oderbruch", "Oderbruchs"), 52.65, 14.35, "DEU", "region", "A"),
    (("Römerberg",), 50.11, 8.68, "DEU", "square", "B"),
    (("Baden-Württemberg",), 48.5, 9.0, "DEU", "state", "A"),
    (("Bayern",), 49.0, 11.5, "DEU", "state", "A"),
    (("Brandenburg",), 52.4, 13.0, "DEU", "state", "A"),
    (("Hessen",), 50.6, 9.0, "DEU", "state", "A"),
    (("Mecklenburg-Vorpommern",), 53.8, 12.5, "DEU", "state", "A"),
    (("Niedersachsen",), 52.8, 9.5, "DEU", "state", "A"),
    (("Nordrhein-Westfalen",), 51.5, 7.5, "DEU", "state", "A"),
    (("Rheinland-Pfalz",), 49.9, 7.4, "DEU", "state", "A"),
    (("Saarland",), 49.4, 6.95, "DEU", "state", "A"),
    (("Sachsen",), 51.0, 13.3, "DEU", "state", "A"),
    (("Sachsen-Anhalt",), 52.0, 11.7, "DEU", "state", "A"),
    (("Schleswig-Holstein",), 54.2, 9.7, "DEU", "state", "A"),
    (("Thüringen",), 50.9, 11.0, "DEU", "state", "A"),
    # Rivers share their names with common words or people ("Oder", "Main"): context only.
    (("Rhein",), 50.4, 7.6, "DEU", "river", "B"),
    (("Main",), 50.0, 9.6, "DEU", "river", "B"),
    (("Oder",), 52.5, 14.6, None, "river", "B"),
    (("Elbe",), 53.0, 11.0, "DEU", "river", "B"),
    (("Donau",), 47.9, 17.0, None, "river", "B"),
    (("Spree",), 52.3, 14.0, "DEU", "river", "B"),
    (("Weichsel",), 52.5, 20.5, "POL", "river", "B"),
    (("Dnipro", "Dnjepr"), 48.5, 35.0, "UKR", "river", "B"),
    (("Wolga",), 50.0, 45.5, "RUS", "river", "B"),
)
# fmt: on

# English names of some features above (by their first German surface).
ENGLISH_FEATURE_NAMES: tuple[tuple[str, str], ...] = (
    ("Black Sea", "Schwarzes Meer"), ("Sea of Azov", "Asowsches Meer"), ("Baltic Sea", "Ostsee"),
    ("North Sea", "Nordsee"), ("Mediterranean", "Mittelmeer"), ("English Channel", "Ärmelkanal"),
    ("Kerch Strait", "Straße von Kertsch"), ("Strait of Hormuz", "Straße von Hormus"),
    ("Taiwan Strait", "Taiwanstraße"), ("South China Sea", "Südchinesisches Meer"), ("Crimea", "Krim"),
    ("Donbas", "Donbass"), ("Gaza Strip", "Gazastreifen"), ("West Bank", "Westjordanland"),
    ("Golan Heights", "Golanhöhen"), ("Suwałki Gap", "Suwałki-Lücke"), ("Transnistria", "Transnistrien"),
    ("Nagorno-Karabakh", "Berg-Karabach"), ("Bosphorus", "Bosporus"), ("Caucasus", "Kaukasus"),
    ("Red Sea", "Rotes Meer"), ("Caspian Sea", "Kaspisches Meer"), ("Persian Gulf", "Persischer Golf"),
)  # fmt: skip

# German continent names for the GeoNames continents (by code).
CONTINENTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("Europa", "Europas"), "EU"),
    (("Asien", "Asiens"), "AS"),
    (("Afrika", "Afrikas"), "AF"),
    (("Nordamerika", "Nordamerikas"), "NA"),
    (("Südamerika", "Südamerikas"), "SA"),
    (("Antarktis",), "AN"),
)

# Country names German news uses besides countries.json's `translations.deu`.
COUNTRY_ALIASES: tuple[tuple[str, str], ...] = (
    ("USA", "USA"), ("Amerika", "USA"), ("Vereinigten Staaten", "USA"),
    ("Großbritannien", "GBR"), ("England", "GBR"), ("Britannien", "GBR"),
    ("Weißrussland", "BLR"), ("Moldau", "MDA"), ("Republik Moldau", "MDA"),
    ("Holland", "NLD"), ("Tschechische Republik", "CZE"), ("Russische Föderation", "RUS"),
    ("Bundesrepublik", "DEU"), ("Bundesrepublik Deutschland", "DEU"),
    ("Kongo", "COD"), ("Elfenbeinküste", "CIV"), ("Vatikan", "VAT"), ("Türkiye", "TUR"),
)  # fmt: skip

ENGLISH_COUNTRY_ALIASES: tuple[tuple[str, str], ...] = (
    ("Turkey", "TUR"),
    ("Britain", "GBR"),
    ("Great Britain", "GBR"),
)

# Country names that are also plural demonyms ("die Polen" = the Poles): a place only without a
# plural article in front (see `lagebild.geo.context`).
DEMONYM_HOMONYMS = frozenset({"Polen", "Schweden"})

# Place names that are also common first names: never self-evident, context only.
FIRST_NAME_HOMONYMS = frozenset(
    {"Victoria", "Georgia", "Sofia", "Florence", "Charlotte", "Jordan", "Regina", "Adelaide", "Austin",
     "Lincoln", "Santiago", "Alexandria", "Elizabeth", "Marion", "Madison", "Chelsea", "Columbus",
     "Kennedy", "Van", "Salem", "Hamilton", "Serra", "Viana", "Takeo", "Golfe", "Guli", "Loni", "Banan",
     "Buda", "Suez"}
)  # fmt: skip

# Tier-A city names that start sports clubs or companies: "Eintracht Frankfurt" is no place mention.
ORGANISATION_PREFIXES = frozenset(
    {"FC", "AC", "AS", "SC", "SV", "VfB", "VfL", "TSV", "RB", "Benfica", "Juventus", "Ajax", "Sparta", "Slavia",
     "Legia", "Dinamo", "Partizan", "Celtic", "Olympiakos", "Eintracht", "Borussia", "Hertha", "Union", "Fortuna", "Hansa", "Dynamo", "Lokomotive", "Werder",
     "Schalke", "Bayer", "Rapid", "Austria", "Sporting", "Real", "Atlético", "Olympique", "Inter",
     "Energie", "Holstein", "Arminia", "Viktoria", "Kickers", "Alemannia", "Rot-Weiss", "Spartak",
     "Zenit", "Schachtar", "Galatasaray", "Universität", "Uni", "Radio", "Kammerorchester"}
)  # fmt: skip
ORGANISATION_SUFFIXES = frozenset(
    {"League", "Conference", "Cup", "Rangers", "United", "City", "Times", "Post", "Journal", "Airlines",
     "Airways", "Express", "Energy", "Open", "Park", "Zeitung", "Rundschau", "Allgemeine", "Saint",
     "College", "University", "Bridge", "Quarter", "Stars", "Hotel", "SV"}
)  # fmt: skip

# GeoNames alternate names that are, in news, companies or brands ("Google" was a name of Topeka).
NOT_PLACES = frozenset({"Google", "Apple", "Apples", "Facebook", "Twitter", "Amazon", "Tesla", "Nokia"})
