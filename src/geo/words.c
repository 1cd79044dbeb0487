/* The word lists recognition judges names by: closed classes of English
 * news usage (titles, organisation words, street and county words), not
 * data from the test sets. NULL-terminated, for at_word_in. */
#include "geo/geo.h"

/* Capitalised words that are places somewhere but rarely in news. */
const char *const geo_stop_names[] = {
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "god", "lord", "christ", "jesus", "mr", "mrs", "ms", "dr", "president",
	"governor", "senator", "minister", "king", "queen", "prince", "university", "college",
	"street", "avenue", "center", "centre", "union", "republic", "federal", "national", "city",
	"county", "state", "news", "post", "post office", "police", "police department",
	"commission", "council", "america first", "democrat", "republican", "christmas", "easter",
	"internet", "online", "ok", "man", "home", "north", "south", "east", "west", "northeast",
	"northwest", "southeast", "southwest", "central", "court", "chamber", "commerce", "congress",
	"superior", "metro", "justice", "church", "valley", "port", "white house", "notre dame",
	"el nino", "la nina", "nina", "la", "le", "el", "de", "jan", "feb", "aug", "sept", "sep",
	"oct", "nov", "dec", "supreme", "bank", "vice", "creek", NULL,
};

/* Sentence-initial words that do not start a name. */
const char *const geo_function_words[] = {
	"The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "If", "When", "While",
	"After", "Before", "As", "It", "He", "She", "They", "We", "I", "This", "That", "These",
	"Those", "There", "His", "Her", "Their", "Our", "With", "From", "By", "To", "Of", "Since",
	"During", "Although", "Yet", "So", "Meanwhile", "However", "Last", "Next", "According",
	"Some", "Many", "Most", "All", "Both", "Each", "Other", "Such", "What", "Who", "How",
	"Why", "Where", "Then", "Now", "Here", "Also", "Even", "Still", "Only", "Just", "Not",
	"No", "Yes", "Under", "Over", "Into", "Near", "Through", "Across", "Despite", NULL,
};

/* Words inside a name ("Stratford-upon-Avon", "Bosnia and Herzegovina"). */
const char *const geo_connectors[] = {
	"of", "de", "del", "la", "las", "los", "el", "al", "du", "des", "da", "do", "dos", "das",
	"upon", "on", "and", "-", "&", "y", "en", "sur", "am", "an", "der", "the", "'s", "au",
	"aux", NULL,
};

/* A name followed by one of these is a larger place ("Cook County"),
 * even when the gazetteer does not know it. */
const char *const geo_place_suffixes[] = {
	"County", "Parish", "Province", "Prefecture", "Region", "District", "Township",
	"Island", "Islands", "Valley", "Peninsula", "Strait", "Sea", "Gulf", "Bay", "Lake",
	"River", "Mountains", "Desert", "Basin", "Coast", "Heights", "Borough", "Oblast", "Creek",
	NULL,
};

/* After a name, these make it a disease or a currency, not a place
 * ("Marburg virus", "West Nile fever"). */
const char *const geo_not_place_after[] = {
	"virus", "viruses", "ebolavirus", "fever", "flu", "disease", "syndrome", "strain",
	"hemorrhagic", "haemorrhagic", "$", NULL,
};

/* Streets are places too, of the town the article is about. */
const char *const geo_street_suffixes[] = {
	"Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Drive", "Boulevard", "Blvd.", "Lane",
	"Highway", "Parkway", "Pike", "Square", "Plaza", NULL,
};

/* A name preceded by one of these is a larger place ("Lake Tahoe"). */
const char *const geo_place_prefixes[] = {"Lake", "Mount", "Mt.", "Fort", "Port", NULL};

/* A name after one of these is a person's ("President Lincoln"). */
const char *const geo_titles[] = {
	"President", "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sen.", "Rep.", "Gov.",
	"Senator", "Governor", "Judge", "Justice", "Coach", "Officer", "Sgt.", "Lt.", "Capt.",
	"Chief", "Secretary", "Minister", "Chancellor", "King", "Queen", "Prince", "Princess",
	"Pope", "Bishop", "Rev.", "Father", "Sister", "Brother", "Detective", "Deputy", "Mayor",
	"Commissioner", "Director", "Superintendent", "Professor", "Prof.", "Attorney", "General",
	"Gen.", "Col.", "Maj.", "Cpl.", "Pvt.", "Sheriff", "Trooper", "Councilman", "Councilwoman",
	"Lady", "Lord", "Sir", "Dame", "Uncle", "Aunt", "Saint", NULL,
};

/* A name followed by one of these is inside an organisation's name
 * ("Georgia Tech", "Washington Post"): a place in its embedded sense. */
const char *const geo_org_heads[] = {
	"University", "College", "Tech", "Post", "Times", "Herald", "Tribune", "Journal", "Daily",
	"Police", "Department", "Airport", "Hospital", "Institute", "Bank", "Club", "Party",
	"Council", "Court", "Assembly", "Ministry", "Chronicle", "Gazette", "Press", "News",
	"Museum", "School", "Schools", "Company", "Corporation", "Corp", "Inc", "Group",
	"Association", "Fire", "Sheriff", "Library", "Zoo", "Stadium", "Cathedral", "Church",
	"Center", "Centre", "Symphony", "Orchestra", "Federation", "Board", "Commission",
	"Authority", "Agency", "Office", "State", "Medical", "Health", "Public", "National",
	"International", "Airlines", "Football", "Baseball", "Basketball", "Athletic", "Athletics",
	"Energy", "Power", "Open", "Cup", "Grand", "Olympic", "Olympics", "City", "Town",
	"Township", "Historical", "Community", "Veterans", "Recreation", NULL,
};

/* Newspapers are named after places without being about them. */
const char *const geo_media[] = {
	"Times", "Post", "Herald", "Tribune", "Journal", "Daily", "Chronicle", "Gazette", "Press",
	"News", "Star", "Sun", "Observer", "Courier", "Examiner", "Record", "Telegraph", NULL,
};

/* A name followed by one of these qualifies a person or a body of the
 * place ("U.S. President", "Mexican Army"): the place itself is meant. */
const char *const geo_modifier_heads[] = {
	"President", "Prime", "Minister", "Foreign", "Defense", "Defence", "Secretary",
	"Ambassador", "Embassy", "Consulate", "Senator", "Sen.", "Rep.", "Gov.", "Governor",
	"Attorney", "General", "Forces", "Force", "Army", "Navy", "Air", "Marines", "Coast",
	"Guard", "Special", "Supreme", "House", "Congress", "Senate", "Parliament", "Government",
	"Interior", "Treasury", "Central", "Federal", "Republican", "Republicans", "Democrat",
	"Democrats", "Democratic", "Communist", "Labour", "Labor", "Mayor", NULL,
};

/* A lone town name before one of these is a person ("Hartl said"). */
const char *const geo_speech_verbs[] = {
	"said", "says", "told", "added", "explained", "noted", "wrote", "asked", "stated",
	"replied", "warned", NULL,
};

/* Words before a place that signal a location. */
const char *const geo_locatives[] = {
	"in", "at", "from", "near", "to", "of", "outside", "inside", "across", "throughout",
	"around", "into", "via", "toward", "towards", NULL,
};

const char *const geo_place_preps[] = {"in", "near", "outside", NULL};

/* "the village of Kampungu" */
const char *const geo_place_nouns[] = {
	"city", "town", "village", "province", "state", "region", "district", "county", "capital",
	"suburb", "island", "port", "municipality", "township", "hamlet", NULL,
};

const char *const geo_dateline_ends[] = {",", "(", "-", "--", "—", "–", ":", NULL};
