//! The German words the draft's rules know: determiners, prepositions, conjunctions,
//! finite verbs, qualifiers of figures, roles of people, kinds of places, and a gazetteer
//! of countries, regions, cities and waters. Everything is compared in lowercase.

/// Articles, demonstratives, possessives and quantifiers that open a noun phrase.
#[rustfmt::skip]
pub const DETERMINERS: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "dieser", "diese", "dieses", "diesen", "diesem", "jener", "jene", "jenes", "jenen", "jenem",
    "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem",
    "ihrer", "ihres", "unser", "unsere", "unseren", "unserem", "unserer", "kein", "keine",
    "keinen", "keinem", "keiner", "keines", "alle", "allen", "viele", "vielen", "einige",
    "einigen", "mehrere", "mehreren", "beide", "beiden", "manche", "welche", "jeder", "jede",
    "jedes", "jeden", "jedem", "zahlreiche", "zahlreichen", "weitere", "weiteren",
];

/// Determiners whose noun phrase is not in the nominative: an adjective after them ends
/// in -en where the nominative has -e ("dem russischen Präsidenten").
#[rustfmt::skip]
pub const OBLIQUE_DETERMINERS: &[&str] = &[
    "den", "dem", "des", "einen", "einem", "eines", "einer", "diesen", "diesem", "dieses",
    "seinen", "seinem", "seines", "ihren", "ihrem", "ihres",
];

/// Possessives, which refer to someone named before ("sein Vater").
#[rustfmt::skip]
pub const POSSESSIVES: &[&str] = &[
    "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem",
    "ihrer", "ihres",
];

#[rustfmt::skip]
pub const PREPOSITIONS: &[&str] = &[
    "in", "im", "ins", "an", "am", "ans", "auf", "aus", "bei", "beim", "mit", "nach", "von",
    "vom", "zu", "zum", "zur", "für", "über", "unter", "vor", "hinter", "neben", "zwischen",
    "gegen", "ohne", "um", "durch", "seit", "bis", "ab", "trotz", "wegen", "während", "laut",
    "gegenüber", "entlang", "innerhalb", "außerhalb", "nahe", "per", "pro",
];

/// Words that open a subordinate clause: a sentence starting with one has no prefield.
#[rustfmt::skip]
pub const SUBORDINATORS: &[&str] = &[
    "dass", "weil", "wenn", "ob", "obwohl", "obgleich", "als", "da", "damit", "nachdem",
    "bevor", "ehe", "falls", "sobald", "solange", "sodass", "während", "wie", "wo", "wohin",
    "woher", "indem", "seitdem", "bis", "um", "ohne", "statt", "anstatt", "je",
];

/// Conjunctions that stand before the prefield ("Doch auch mit Russland wird es schwierig").
#[rustfmt::skip]
pub const COORDINATORS: &[&str] = &["und", "aber", "doch", "denn", "oder", "sondern", "allein"];

pub const PRONOUNS: &[&str] = &[
    "er", "sie", "es", "wir", "ich", "ihr", "man", "dies", "das", "diese", "dieser", "jemand",
    "niemand",
];

/// Finite forms of the commonest verbs, and their present subjunctive (reported speech),
/// which a question turns into the indicative.
#[rustfmt::skip]
pub const FINITE_VERBS: &[&str] = &[
    "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "haben", "hatte",
    "hatten", "kann", "können", "konnte", "konnten", "muss", "müssen", "musste", "mussten",
    "soll", "sollen", "sollte", "sollten", "will", "wollen", "wollte", "wollten", "darf",
    "dürfen", "durfte", "durften", "mag", "möchte", "möchten", "gibt", "gab", "geht", "ging",
    "kommt", "kam", "kamen", "steht", "stand", "stehen", "liegt", "lag", "liegen", "bleibt",
    "blieb", "bleiben", "sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle",
    "dürfe", "wäre", "wären", "hätte", "hätten", "würde", "würden", "könnte", "könnten",
    "trifft", "traf", "fließt", "floss", "fiel", "fielen", "hieß", "tut", "tat", "sieht", "sah",
    "hält", "hielt", "lässt", "ließ", "bringt", "brachte", "brachten", "nimmt", "nahm",
    "spricht", "sprach", "trägt", "trug", "läuft", "lief", "schreibt", "schrieb", "fällt",
    "gilt", "galten", "galt", "weiß", "wusste", "erhält", "erhielt", "zieht", "zog", "beginnt",
    "begann", "trieb", "treibt", "betrug", "beträgt", "stieg", "sank", "wuchs", "rief",
    "schlug", "fand", "bat", "bot", "brach", "warf", "half", "hilft", "starb", "wies", "fuhr",
    "flog", "floh", "saß", "las", "gewann", "verlor", "nannte", "kannte", "dachte", "griff",
    "litt", "schwieg", "erhielt", "enthielt", "verließ", "beschloss", "schloss", "verbot",
    "bezog", "entschied", "entsprach", "unterschrieb", "verschwand", "gelang", "bestand",
    "entstand", "verstand", "stimmt", "sind", "wirbt", "warb", "stirbt", "wirft", "trat",
    "tritt", "vertrat", "vertritt", "zwang", "sprang", "gelang", "gelingt", "bricht", "birgt",
    "mag", "misst", "maß", "isst", "aß", "vergaß", "vergisst", "lud", "lädt", "schuf",
];

/// Reported speech in the subjunctive, and the indicative a question asks in.
#[rustfmt::skip]
pub const SUBJUNCTIVE_TO_INDICATIVE: &[(&str, &str)] = &[
    ("sei", "ist"), ("seien", "sind"), ("habe", "hat"), ("werde", "wird"), ("könne", "kann"),
    ("müsse", "muss"), ("solle", "soll"), ("wolle", "will"), ("dürfe", "darf"),
];

/// Verbs that report what someone said.
#[rustfmt::skip]
pub const SPEECH_VERBS: &[&str] = &[
    "sagte", "sagt", "sagten", "sagen", "erklärte", "erklärt", "erklärten", "berichtet",
    "berichtete", "berichten", "betonte", "betont", "warnte", "warnt", "meinte", "meint",
    "schrieb", "schreibt", "kritisierte", "kritisiert", "forderte", "fordert", "versicherte",
    "versichert", "ergänzte", "ergänzt", "hieß", "heißt", "mahnte", "mahnt", "räumte",
    "bestätigte", "bestätigt", "teilte", "verkündete", "kündigte", "sagt", "so",
];

/// Lowercase words that are never a finite verb, though they may end like one.
#[rustfmt::skip]
pub const NOT_VERBS: &[&str] = &[
    "nicht", "auch", "nur", "noch", "schon", "bereits", "nun", "jetzt", "so", "sehr", "immer",
    "oft", "heute", "gestern", "morgen", "dort", "hier", "erst", "mehr", "etwa", "rund", "fast",
    "knapp", "gut", "allerdings", "jedoch", "aber", "und", "oder", "denn", "zuletzt", "bislang",
    "bisher", "inzwischen", "mittlerweile", "zudem", "außerdem", "dennoch", "trotzdem",
    "deshalb", "daher", "darum", "deswegen", "dabei", "damit", "dazu", "davon", "darauf",
    "danach", "seitdem", "damals", "zunächst", "zuerst", "dann", "später", "selbst", "weit",
    "weiter", "beispielsweise", "vereinzelt", "offiziell", "allem", "mindestens", "höchstens",
    "circa", "ca", "zirka", "ungefähr", "über", "unter", "derzeit", "demnach", "zurzeit",
    "momentan", "aktuell", "erstmals", "gleichzeitig", "zugleich", "ebenfalls", "insgesamt",
    "jahrelang", "jahrzehntelang", "monatelang", "wochenlang", "seither", "anschließend",
    "zuvor", "vorher", "nachher", "künftig", "bald", "längst", "kürzlich", "neulich", "ohnehin",
    "sogar", "eigentlich", "offenbar", "wohl", "vermutlich", "jedenfalls",
];

/// Adverbs that may stand alone before the finite verb.
#[rustfmt::skip]
pub const ADVERB_ENDINGS: &[&str] = &["lang", "weise", "mals", "falls", "dings", "wärts"];

/// Qualifiers of a figure, longest first so "mehr als" wins over "mehr".
pub const QUALIFIERS: &[&str] = &[
    "weniger als",
    "mehr als",
    "bis zu",
    "mindestens",
    "höchstens",
    "ungefähr",
    "annähernd",
    "nahezu",
    "beinahe",
    "circa",
    "zirka",
    "knapp",
    "etwa",
    "rund",
    "fast",
    "über",
    "unter",
    "gut",
    "ca.",
];

/// Number words and their values; only used before a magnitude or a fraction.
#[rustfmt::skip]
pub const NUMBER_WORDS: &[(&str, f64)] = &[
    ("ein", 1.0), ("eine", 1.0), ("einem", 1.0), ("zwei", 2.0), ("drei", 3.0), ("vier", 4.0),
    ("fünf", 5.0), ("sechs", 6.0), ("sieben", 7.0), ("acht", 8.0), ("neun", 9.0),
    ("zehn", 10.0), ("elf", 11.0), ("zwölf", 12.0), ("zwanzig", 20.0), ("dreißig", 30.0),
    ("vierzig", 40.0), ("fünfzig", 50.0), ("hundert", 100.0), ("tausend", 1000.0),
];

/// Words after a figure that multiply it.
#[rustfmt::skip]
pub const MAGNITUDES: &[(&str, f64)] = &[
    ("tausend", 1e3), ("million", 1e6), ("millionen", 1e6), ("mio", 1e6), ("milliarde", 1e9),
    ("milliarden", 1e9), ("mrd", 1e9), ("billion", 1e12), ("billionen", 1e12),
];

/// Fractions a figure may count ("zwei Drittel").
#[rustfmt::skip]
pub const FRACTIONS: &[&str] = &["drittel", "viertel", "fünftel", "zehntel"];

/// Units a figure measures rather than counts: asked "Wie viel …", not "Wie viele …".
pub const CURRENCIES: &[&str] = &[
    "euro",
    "dollar",
    "us-dollar",
    "pfund",
    "franken",
    "rubel",
    "yuan",
    "yen",
    "won",
    "kronen",
    "zloty",
    "lira",
    "rupien",
    "€",
    "$",
];

/// Units that measure a substance named after them ("300 Liter Regen", "20.000 Tonnen
/// Stahl"): the substance belongs to the unit.
#[rustfmt::skip]
pub const MEASURES: &[&str] = &[
    "liter", "hektoliter", "kubikmeter", "tonnen", "tonne", "kilogramm", "kilo", "gramm",
    "barrel", "megawatt", "gigawatt", "kilowattstunden", "megawattstunden", "terawattstunden",
    "hektar", "quadratmeter", "quadratkilometer", "flaschen", "kisten", "säcke",
];

/// Units written in the dative plural after a preposition, and their plain form.
#[rustfmt::skip]
pub const UNIT_PLAIN_FORMS: &[(&str, &str)] = &[
    ("metern", "Meter"), ("kilometern", "Kilometer"), ("zentimetern", "Zentimeter"),
    ("litern", "Liter"), ("kubikmetern", "Kubikmeter"),
];

/// Nouns after which a figure is a label, not a quantity ("Alarmstufe 4", "Artikel 5").
#[rustfmt::skip]
pub const LABEL_NOUN_ENDINGS: &[&str] = &[
    "stufe", "artikel", "paragraf", "paragraph", "kapitel", "nummer", "platz", "seite", "punkt",
    "runde", "linie", "gleis", "halle", "tor", "klasse", "kategorie", "level", "version",
];

#[rustfmt::skip]
pub const MONTHS: &[&str] = &[
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember",
];

#[rustfmt::skip]
pub const WEEKDAYS: &[&str] = &[
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
];

/// What may follow a weekday in one word ("Mittwochmorgen").
#[rustfmt::skip]
pub const DAY_PARTS: &[&str] = &[
    "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht",
];

/// Words before a year that make it a date ("seit 2014", "Ende 2019", "im Sommer 1997").
#[rustfmt::skip]
pub const YEAR_CONTEXT: &[&str] = &[
    "im", "jahr", "jahre", "jahres", "seit", "bis", "ab", "von", "vor", "nach", "ende",
    "anfang", "mitte", "frühjahr", "frühling", "sommer", "herbst", "winter", "zwischen", "und",
    "um", "oder", "bereits", "schon", "erst", "noch",
];

/// Nouns naming a person's role or office, matched at the end of a word so compounds count
/// ("Verfassungsschutzpräsident", "US-Außenminister"); the feminine and plural forms are
/// matched from them.
#[rustfmt::skip]
pub const ROLE_ENDINGS: &[&str] = &[
    "präsident", "minister", "kanzler", "chef", "sprecher", "vorsitzende", "vorsitzender", "bankier",
    "direktor", "leiter", "botschafter", "bürgermeister", "landrat", "landrätin", "gouverneur",
    "senator", "abgeordnete", "abgeordneter", "politiker", "diplomat", "banker", "experte",
    "expertin", "forscher", "wissenschaftler", "professor", "ökonom", "analyst", "loge",
    "login", "journalist", "reporter", "korrespondent", "autor", "anwalt", "anwältin",
    "richter", "general", "kommandeur", "offizier", "trainer", "manager", "unternehmer",
    "gründer", "machthaber", "diktator", "herrscher", "könig", "kaiser", "papst", "bischof",
    "kardinal", "pfarrer", "arzt", "ärztin", "sekretär", "kommissar", "beauftragte",
    "beauftragter", "aktivist", "landwirt", "sänger", "schauspieler", "regisseur", "premier",
    "vorstand", "geschäftsführer", "staatsoberhaupt", "monarch", "funktionär", "ingenieur",
    "architekt", "historiker", "philosoph", "schriftsteller", "dichter", "künstler",
    "staatschef", "regierungschef", "verteidiger", "ermittler", "polizeichef", "oberst",
    "major", "kapitän", "pilot", "sportler", "athlet", "fahrer", "vater", "mutter", "sohn",
    "tochter", "bruder", "schwester", "großvater", "großmutter", "enkel", "enkelin", "onkel",
    "tante", "ehefrau", "ehemann", "witwe", "neffe", "nichte", "cousin", "nachfolger",
    "vorgänger", "berater", "stellvertreter",
];

/// Family roles: they say who someone is only beside another person ("sein Vater").
#[rustfmt::skip]
pub const KIN_ROLES: &[&str] = &[
    "vater", "mutter", "sohn", "tochter", "bruder", "schwester", "großvater", "großmutter",
    "enkel", "enkelin", "onkel", "tante", "ehefrau", "ehemann", "witwe", "neffe", "nichte",
    "cousin",
];

/// Words ending like a role that are not one.
#[rustfmt::skip]
pub const NOT_ROLES: &[&str] = &["ziel", "tausend", "gerichtsgebäude"];

/// Academic and courtesy titles that stand before a name and are not part of it.
pub const TITLES: &[&str] = &[
    "dr.",
    "prof.",
    "dr",
    "prof",
    "herr",
    "frau",
    "sir",
    "graf",
    "professor",
    "professorin",
    "doktor",
];

/// Small words inside names ("El Prat de Llobregat", "Ursula von der Leyen").
pub const NAME_PARTICLES: &[&str] = &[
    "de", "del", "della", "di", "da", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn",
    "ter", "zu", "y",
];

/// Nouns for kinds of places, matched at the end of a word ("Grenzstadt", "Nachbarregion"):
/// a name after one is a place.
#[rustfmt::skip]
pub const PLACE_KIND_ENDINGS: &[&str] = &[
    "stadt", "städtchen", "dorf", "gemeinde", "region", "provinz", "bundesland", "landkreis",
    "kreis", "bezirk", "kanton", "insel", "halbinsel", "fluss", "hafen", "flughafen",
    "metropole", "großraum", "staat", "bundesstaat", "stadtteil", "kommune", "ortschaft",
    "gebirge", "tal", "ebene", "wüste", "oase", "küstenort", "badeort", "hauptort", "ortsteil",
    "grafschaft", "departement", "oblast", "republik", "emirat", "königreich", "nachbarland",
    "partnerstadt",
];

/// The endings of compounds that name an area after a known place ("Pazifikraum",
/// "Oderbruch", "Ebro-Delta").
#[rustfmt::skip]
pub const AREA_ENDINGS: &[&str] = &[
    "raum", "region", "gebiet", "bruch", "delta", "tal", "becken", "küste", "ufer", "mündung",
    "ebene", "land", "gebirge",
];

/// Parts of a border or a coast named after the country it belongs to ("Westküste der USA").
#[rustfmt::skip]
pub const SIDE_NOUNS: &[&str] = &[
    "westküste", "ostküste", "nordküste", "südküste", "westgrenze", "ostgrenze", "nordgrenze",
    "südgrenze", "westufer", "ostufer",
];

/// Bodies that meet somewhere, asked about as places ("im UN-Sicherheitsrat").
#[rustfmt::skip]
pub const INSTITUTION_ENDINGS: &[&str] = &[
    "sicherheitsrat", "menschenrechtsrat", "bundestag", "bundesrat", "landtag", "parlament",
    "kongress", "senat", "kreml", "stadtrat", "gemeinderat", "europarat",
];

/// Capitalised words that follow "in", "nach", "aus" without being places.
#[rustfmt::skip]
pub const NOT_PLACES: &[&str] = &[
    "angst", "sorge", "furcht", "kauf", "zukunft", "folge", "hinblick", "bezug", "anbetracht",
    "zeit", "gefahr", "not", "ruhe", "kraft", "frage", "betrieb", "haft", "rente", "urlaub",
    "kontakt", "richtung", "norden", "süden", "osten", "westen", "nordosten", "nordwesten",
    "südosten", "südwesten", "bund", "land", "länder", "staat", "europa", "wirklichkeit",
    "summe", "höhe", "ende", "anfang", "mitte", "teilen", "teil", "kürze", "zusammenarbeit",
    "prinzip", "grunde", "wahrheit", "wirklichkeit", "absprache", "abstimmung", "reaktion",
    "rücksicht", "protest", "gedenken", "erinnerung", "verbindung", "sachen", "fragen", "tagen",
    "wochen", "monaten", "jahren", "stunden", "minuten", "sekunden", "zukunft", "ausland",
    "inland", "heimat", "hause", "haus", "dienst", "gang", "kraft", "stand", "aussicht",
    "kenntnis", "erwägung", "anspruch", "kritik", "panik", "eile", "wut", "trauer", "freude",
    "tränen", "schutt", "schwung", "gefängnis", "untersuchungshaft", "quarantäne", "sicht",
    "form", "bedarf", "mangel", "nacht", "jahr", "weitem", "hand", "beginn", "frust", "brand",
    "schach", "einbruch", "vorteil", "tag", "bezug", "anlehnung", "übereinstimmung",
    "kooperation", "zusammenhang", "wahrheit", "vertretung", "gang", "kraft", "kauf",
];

/// Endings of capitalised words that are common nouns, not names ("Verhandlungen").
#[rustfmt::skip]
pub const COMMON_NOUN_ENDINGS: &[&str] = &[
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
    "ismus", "tät", "täten", "nis", "nisse", "nissen", "ment", "ments", "chen", "lein", "ling",
    "linge", "er", "ern", "en",
];

/// Countries and country-like regions: a setting more than a fact, proposed as a place
/// only where the text names them once.
#[rustfmt::skip]
pub const COUNTRIES: &[&str] = &[
    "afghanistan", "ägypten", "albanien", "algerien", "angola", "argentinien", "armenien",
    "aserbaidschan", "äthiopien", "australien", "bahrain", "bangladesch", "belarus", "belgien",
    "bolivien", "bosnien", "brasilien", "bulgarien", "burkina faso", "chile", "china",
    "costa rica", "dänemark", "ddr", "deutschland", "bundesrepublik", "ecuador",
    "elfenbeinküste", "england", "eritrea", "estland", "finnland", "frankreich", "georgien",
    "ghana", "griechenland", "großbritannien", "guatemala", "haiti", "honduras", "indien",
    "indonesien", "irak", "iran", "irland", "island", "israel", "italien", "jamaika", "japan",
    "jemen", "jordanien", "kambodscha", "kamerun", "kanada", "kasachstan", "katar", "kenia",
    "kirgistan", "kolumbien", "kongo", "korea", "nordkorea", "südkorea", "kosovo", "kroatien",
    "kuba", "kuwait", "laos", "lettland", "libanon", "libyen", "litauen", "luxemburg",
    "madagaskar", "malaysia", "mali", "malta", "marokko", "mexiko", "moldau", "mongolei",
    "montenegro", "mosambik", "myanmar", "namibia", "nepal", "neuseeland", "nicaragua",
    "niederlande", "niger", "nigeria", "nordmazedonien", "norwegen", "oman", "österreich",
    "pakistan", "palästina", "panama", "paraguay", "peru", "philippinen", "polen", "portugal",
    "ruanda", "rumänien", "russland", "sowjetunion", "udssr", "sambia", "saudi-arabien",
    "schottland", "schweden", "schweiz", "senegal", "serbien", "simbabwe", "singapur",
    "slowakei", "slowenien", "somalia", "spanien", "sri lanka", "sudan", "südafrika", "syrien",
    "tadschikistan", "taiwan", "tansania", "thailand", "tibet", "tschechien", "tunesien",
    "türkei", "turkmenistan", "uganda", "ukraine", "ungarn", "uruguay", "usa", "amerika",
    "vereinigte staaten", "usbekistan", "venezuela", "vietnam", "wales", "zypern", "eu",
    "europa", "afrika", "asien", "arktis", "antarktis", "ozeanien", "lateinamerika",
    "nordamerika", "südamerika", "nahost", "baden-württemberg", "bayern", "brandenburg",
    "hessen", "mecklenburg-vorpommern", "niedersachsen", "nordrhein-westfalen",
    "rheinland-pfalz", "saarland", "sachsen", "sachsen-anhalt", "schleswig-holstein",
    "thüringen", "katalonien", "andalusien", "aragonien", "baskenland", "galicien", "sizilien",
    "sardinien", "toskana", "lombardei", "bretagne", "normandie", "provence", "elsass", "tirol",
    "kärnten", "steiermark", "flandern", "wallonien", "krim", "donbass", "sibirien",
    "tschetschenien", "kaschmir", "gaza", "westjordanland", "kurdistan", "xinjiang", "hongkong",
    "kalifornien", "texas", "florida", "alaska", "hawaii", "quebec",
];

/// Cities, waters and landscapes, proposed as places wherever the text names them.
#[rustfmt::skip]
pub const PLACES: &[&str] = &[
    // Capitals and large cities of the world.
    "abu dhabi", "accra", "addis abeba", "algier", "amman", "amsterdam", "ankara", "antwerpen",
    "athen", "bagdad", "baku", "bangkok", "barcelona", "basel", "peking", "beirut", "belgrad",
    "bern", "bogotá", "bombay", "mumbai", "bordeaux", "bratislava", "brüssel", "budapest",
    "buenos aires", "bukarest", "kairo", "kalkutta", "canberra", "caracas", "chicago",
    "damaskus", "danzig", "delhi", "neu-delhi", "dhaka", "doha", "dubai", "dublin", "edinburgh",
    "genf", "hanoi", "havanna", "helsinki", "ho-chi-minh-stadt", "istanbul", "jakarta",
    "jerusalem", "johannesburg", "kabul", "kapstadt", "karachi", "kiew", "kinshasa",
    "kopenhagen", "krakau", "kuala lumpur", "lagos", "la paz", "lima", "lissabon", "ljubljana",
    "london", "los angeles", "luxemburg", "lyon", "madrid", "mailand", "manila", "marseille",
    "mekka", "mexiko-stadt", "minsk", "montreal", "moskau", "nairobi", "neapel", "new york",
    "nizza", "oslo", "ottawa", "paris", "pjöngjang", "prag", "riad", "riga", "rio de janeiro",
    "rom", "rotterdam", "sankt petersburg", "st. petersburg", "santiago", "são paulo",
    "sarajevo", "seoul", "shanghai", "singapur", "skopje", "sofia", "stockholm", "sydney",
    "taipeh", "tallinn", "taschkent", "teheran", "tel aviv", "tiflis", "tirana", "tokio",
    "toronto", "tripolis", "tunis", "ulan-bator", "vancouver", "venedig", "vilnius", "warschau",
    "washington", "wien", "zagreb", "zürich", "sevilla", "bilbao", "porto", "florenz", "turin",
    "breslau", "posen", "stettin", "lemberg", "odessa", "charkiw", "mariupol", "wolgograd",
    "nowosibirsk", "jekaterinburg", "kaliningrad", "königsberg", "wladiwostok", "chabarowsk",
    "hiroshima", "nagasaki", "osaka", "kyoto", "busan", "hongkong", "shenzhen", "wuhan",
    "kanton", "guangzhou", "mumbai", "bangalore", "lahore", "islamabad", "kandahar", "mossul",
    "aleppo", "homs", "gaza-stadt", "ramallah", "haifa", "dschidda", "maskat", "sanaa",
    "khartum", "mogadischu", "daressalam", "luanda", "harare", "pretoria", "durban",
    "casablanca", "rabat", "marrakesch", "boston", "miami", "san francisco", "seattle",
    "detroit", "dallas", "houston", "atlanta", "new orleans", "las vegas", "brasília", "bogota",
    "quito", "montevideo", "asunción", "panama-stadt", "valencia",
    // German cities.
    "berlin", "hamburg", "münchen", "köln", "frankfurt", "stuttgart", "düsseldorf", "leipzig",
    "dortmund", "essen", "bremen", "dresden", "hannover", "nürnberg", "duisburg", "bochum",
    "wuppertal", "bielefeld", "bonn", "münster", "mannheim", "karlsruhe", "augsburg",
    "wiesbaden", "mönchengladbach", "gelsenkirchen", "aachen", "braunschweig", "kiel",
    "chemnitz", "halle", "magdeburg", "freiburg", "krefeld", "mainz", "lübeck", "erfurt",
    "oberhausen", "rostock", "kassel", "hagen", "potsdam", "saarbrücken", "hamm",
    "ludwigshafen", "oldenburg", "mülheim", "osnabrück", "leverkusen", "heidelberg",
    "darmstadt", "solingen", "regensburg", "paderborn", "ingolstadt", "würzburg", "wolfsburg",
    "ulm", "heilbronn", "göttingen", "pforzheim", "bottrop", "trier", "recklinghausen",
    "reutlingen", "bremerhaven", "koblenz", "jena", "cottbus", "schwerin", "gera", "zwickau",
    "görlitz", "passau", "bayreuth", "bamberg", "weimar", "eisenach", "stralsund", "greifswald",
    "wismar", "flensburg", "sylt", "rügen", "helgoland",
    // Waters and landscapes.
    "rhein", "donau", "elbe", "oder", "weser", "main", "mosel", "neiße", "spree", "havel",
    "saale", "ems", "wolga", "dnipro", "dnjepr", "themse", "seine", "loire", "rhône", "po",
    "tiber", "ebro", "tajo", "nil", "kongo", "niger", "sambesi", "amazonas", "mississippi",
    "jangtse", "mekong", "ganges", "indus", "euphrat", "tigris", "jordan", "bodensee",
    "nordsee", "ostsee", "mittelmeer", "schwarzes meer", "schwarzen meer", "kaspisches meer",
    "rotes meer", "roten meer", "atlantik", "pazifik", "indischer ozean", "ärmelkanal",
    "bosporus", "alpen", "pyrenäen", "karpaten", "kaukasus", "ural", "himalaya", "anden",
    "rocky mountains", "sahara", "sahel", "harz", "schwarzwald", "eifel", "erzgebirge",
    "lausitz", "spreewald", "ruhrgebiet", "allgäu", "balkan", "skandinavien", "baltikum",
    "kaukasus", "golf von mexiko", "persischer golf", "karibik", "mallorca", "kreta", "korsika",
    "zypern", "malta", "lampedusa",
];
