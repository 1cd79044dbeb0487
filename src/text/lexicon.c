#include "text/lexicon.h"

#include <stdlib.h>
#include <string.h>

/* Every list is sorted (strcmp order) and lowercase; lookups lowercase the
 * word into a small buffer and binary-search, so they cost a few compares. */

/* Abbreviations whose period is theirs in any case: "etc.", "Etc.". */
static const char *const plain_any_case[] = {
	"approx", "assn", "attn", "bldg", "bros", "cf", "co", "corp", "dept", "esp",
	"est", "etc", "ext", "hrs", "inc", "jr", "lb", "lbs", "ltd", "mins", "mph",
	"oz", "pp", "sr", "tel", "univ", "viz", "vol", "vs", "yrs",
};

/* Titles and months: a name or a number normally follows. */
static const char *const title_any_case[] = {
	"adm", "ave", "blvd", "capt", "cmdr", "col", "cpl", "dr", "feb", "gen",
	"gov", "hon", "jan", "lt", "maj", "messrs", "mr", "mrs", "ms", "mt",
	"nov", "oct", "pres", "prof", "rep", "reps", "rev", "sen", "sept", "sgt",
	"st", "supt",
};

/* Ordinary words when lowercase ("no", "sun"), abbreviations when
 * capitalised ("No. 5", "Wed.", "Fla."). */
static const char *const title_capitalised[] = {
	"ala", "apr", "ariz", "ark", "art", "aug", "calif", "ch", "colo", "conn",
	"dec", "del", "fig", "fla", "fri", "ft", "ga", "ill", "ind", "jul", "jun",
	"kan", "ky", "la", "mar", "mass", "md", "mich", "minn", "miss", "mo", "mon",
	"mont", "neb", "nev", "no", "nos", "okla", "ore", "pa", "sat", "sec", "sep",
	"sun", "tenn", "tex", "thu", "thur", "thurs", "tue", "tues", "va", "vt",
	"wash", "wed", "wis", "wyo",
};

static const char *const hyphen_prefixes[] = {
	"anti", "bi", "co", "counter", "cross", "de", "e", "ex", "inter", "mid",
	"mis", "multi", "neo", "non", "over", "post", "pre", "pro", "re", "semi", "sub",
	"trans", "tri", "un",
};

/* "can|not": the first word's length follows the bar. */
static const char *const joined_clitics[] = {
	"aint|2", "arent|3", "cannot|3", "cant|2", "couldnt|5", "didnt|3",
	"doesnt|4", "dont|2", "gonna|3", "gotta|3", "hadnt|3", "hasnt|3",
	"havent|4", "im|1", "isnt|2", "ive|1", "shouldnt|6", "wanna|3",
	"wasnt|3", "werent|4", "wont|2", "wouldnt|5",
};

static const char *const starters[] = {
	"a", "after", "all", "also", "an", "and", "as", "at", "but", "by", "each",
	"for", "he", "her", "his", "how", "i", "if", "in", "it", "its", "many",
	"meanwhile", "most", "my", "no", "now", "on", "one", "our", "she", "since",
	"so", "some", "that", "the", "their", "then", "there", "these", "they",
	"this", "those", "though", "to", "under", "we", "what", "when", "while",
	"who", "why", "with", "yet", "you", "your",
};

static const char *const connectors[] = {
	"a", "about", "after", "against", "among", "an", "and", "are", "as", "at",
	"be", "been", "before", "between", "but", "by", "for", "from", "had",
	"has", "have", "in", "into", "is", "its", "nor", "of", "on", "or", "over",
	"than", "that", "the", "their", "to", "under", "was", "were", "which",
	"who", "will", "with", "would",
};

#define COUNT(a) (sizeof(a) / sizeof(a)[0])

static int cmp_key(const void *key, const void *elem)
{
	return strcmp((const char *)key, *(const char *const *)elem);
}

/* Lowercases s[0..n) into buf; 0 when it does not fit or is not ASCII. */
static int lower_into(const char *s, size_t n, char *buf, size_t cap)
{
	if (n == 0 || n >= cap)
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80)
			return 0;
		buf[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	buf[n] = '\0';
	return 1;
}

static int in_list(const char *key, const char *const *list, size_t count)
{
	return bsearch(key, list, count, sizeof *list, cmp_key) != NULL;
}

enum at_abbrev_kind at_abbrev(const char *s, size_t n)
{
	char key[16];
	if (!lower_into(s, n, key, sizeof key))
		return AT_ABBR_NONE;
	if (in_list(key, plain_any_case, COUNT(plain_any_case)))
		return AT_ABBR_PLAIN;
	if (in_list(key, title_any_case, COUNT(title_any_case)))
		return AT_ABBR_TITLE;
	if (s[0] >= 'A' && s[0] <= 'Z' && in_list(key, title_capitalised, COUNT(title_capitalised)))
		return AT_ABBR_TITLE;
	return AT_ABBR_NONE;
}

int at_hyphen_prefix(const char *s, size_t n)
{
	char key[16];
	return lower_into(s, n, key, sizeof key) && in_list(key, hyphen_prefixes, COUNT(hyphen_prefixes));
}

static int cmp_clitic(const void *key, const void *elem)
{
	const char *k = key, *e = *(const char *const *)elem;
	size_t n = strlen(k);
	int c = strncmp(k, e, n);
	if (c != 0)
		return c;
	return e[n] == '|' ? 0 : -1;
}

size_t at_joined_clitic_split(const char *s, size_t n)
{
	char key[16];
	/* Every entry starts with one of "acdghisw" and ends in one of "aemt":
	 * most words are turned away before any lookup. */
	if (n < 2 || n > 8 || !strchr("acdghiswACDGHISW", s[0]) || !strchr("aemtAEMT", s[n - 1]) ||
	    !lower_into(s, n, key, sizeof key))
		return 0;
	const char *const *hit = bsearch(key, joined_clitics, COUNT(joined_clitics),
					 sizeof *joined_clitics, cmp_clitic);
	return hit ? (size_t)(strchr(*hit, '|')[1] - '0') : 0;
}

int at_sentence_starter(const char *s, size_t n)
{
	char key[16];
	return lower_into(s, n, key, sizeof key) && in_list(key, starters, COUNT(starters));
}

int at_connector(const char *s, size_t n)
{
	char key[16];
	if (n == 0 || s[0] < 'a' || s[0] > 'z')
		return 0;
	return lower_into(s, n, key, sizeof key) && in_list(key, connectors, COUNT(connectors));
}
