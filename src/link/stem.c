#include "link/stem.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Irregular forms frequent in news, each with its base form; sorted by the
 * first column for binary search. */
static const char *const irregular[][2] = {
	{"acquisition", "acquire"}, {"announcement", "announce"}, {"appointment", "appoint"},
	{"are", "be"}, {"arrival", "arrive"}, {"attack", "attack"}, {"beat", "beat"},
	{"beaten", "beat"}, {"been", "be"}, {"began", "begin"}, {"begun", "begin"},
	{"bit", "bite"}, {"blew", "blow"}, {"blown", "blow"}, {"bought", "buy"},
	{"broke", "break"}, {"broken", "break"}, {"brought", "bring"}, {"built", "build"},
	{"came", "come"}, {"caught", "catch"}, {"children", "child"}, {"chose", "choose"},
	{"chosen", "choose"}, {"cut", "cut"}, {"dead", "die"}, {"death", "die"},
	{"departure", "depart"}, {"did", "do"}, {"died", "die"}, {"dies", "die"},
	{"does", "do"}, {"done", "do"}, {"driven", "drive"}, {"drove", "drive"},
	{"dying", "die"}, {"earthquake", "quake"}, {"election", "elect"},
	{"explosion", "explode"}, {"fallen", "fall"}, {"fell", "fall"}, {"felt", "feel"},
	{"fled", "flee"}, {"flew", "fly"}, {"flown", "fly"}, {"fought", "fight"},
	{"found", "find"}, {"froze", "freeze"}, {"gave", "give"}, {"given", "give"},
	{"gone", "go"}, {"had", "have"}, {"has", "have"}, {"held", "hold"}, {"hit", "hit"},
	{"hung", "hang"}, {"hurt", "hurt"}, {"injuries", "injure"}, {"injury", "injure"},
	{"investigation", "investigate"}, {"is", "be"}, {"kept", "keep"}, {"killing", "kill"},
	{"knew", "know"}, {"known", "know"}, {"led", "lead"}, {"left", "leave"},
	{"lost", "lose"}, {"made", "make"}, {"meeting", "meet"}, {"men", "man"},
	{"met", "meet"}, {"nomination", "nominate"}, {"paid", "pay"}, {"people", "person"},
	{"put", "put"}, {"quakes", "quake"}, {"quit", "quit"}, {"ran", "run"},
	{"release", "release"}, {"resignation", "resign"}, {"risen", "rise"},
	{"robbery", "rob"}, {"rose", "rise"}, {"said", "say"}, {"sank", "sink"},
	{"saw", "see"}, {"says", "say"}, {"seen", "see"}, {"sent", "send"}, {"set", "set"},
	{"shot", "shoot"}, {"shut", "shut"}, {"sold", "sell"}, {"spent", "spend"},
	{"spoke", "speak"}, {"spoken", "speak"}, {"stole", "steal"}, {"stolen", "steal"},
	{"stricken", "strike"}, {"struck", "strike"}, {"sunk", "sink"}, {"swore", "swear"},
	{"sworn", "swear"}, {"taken", "take"}, {"theft", "steal"}, {"thought", "think"},
	{"threw", "throw"}, {"thrown", "throw"}, {"told", "tell"}, {"took", "take"},
	{"was", "be"}, {"went", "go"}, {"were", "be"}, {"woke", "wake"}, {"women", "woman"},
	{"won", "win"}, {"written", "write"}, {"wrote", "write"},
};

/* Sorted in byte order for binary search. */
static const char *const stopwords[] = {
	"!", "\"", "'", "''", "'s", "(", ")", ",", "-", "--", ".", ":", ";", "?", "``", "a",
	"about", "after", "all", "also", "an", "and", "any", "as", "at", "be", "before", "but",
	"by", "can", "could", "do", "for", "from", "have", "he", "her", "here", "him", "his",
	"i", "if", "in", "into", "it", "its", "may", "might", "more", "new", "no", "not", "of",
	"on", "one", "or", "our", "out", "over", "s", "said", "she", "should", "so", "some",
	"than", "that", "the", "their", "them", "there", "these", "they", "this", "those",
	"to", "up", "us", "we", "what", "when", "where", "which", "who", "will", "with",
	"would", "you",
};

static int cmp_key(const void *key, const void *entry)
{
	return strcmp(key, *(const char *const *)entry);
}

static const char *lookup_irregular(const char *w)
{
	const char *const *e = bsearch(w, irregular, sizeof irregular / sizeof irregular[0], sizeof irregular[0],
				       cmp_key);
	return e ? e[1] : NULL;
}

static int is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Removes suffix of length k when at least min letters stay. */
static int strip(char *w, size_t *n, const char *suffix, size_t min)
{
	size_t k = strlen(suffix);
	if (*n < k + min || strcmp(w + *n - k, suffix) != 0)
		return 0;
	*n -= k;
	w[*n] = '\0';
	return 1;
}

static void undouble(char *w, size_t *n)
{
	if (*n >= 3 && w[*n - 1] == w[*n - 2] && !is_vowel(w[*n - 1]) && w[*n - 1] != 'l' &&
	    w[*n - 1] != 's' && w[*n - 1] != 'z') {
		w[--*n] = '\0';
	}
}

static void strip_inflection(char *w, size_t *n)
{
	if (strip(w, n, "ies", 2) || strip(w, n, "ied", 2)) {
		w[(*n)++] = 'y';
		w[*n] = '\0';
		return;
	}
	if (strip(w, n, "sses", 2)) {
		memcpy(w + *n, "ss", 3);
		*n += 2;
		return;
	}
	if (strip(w, n, "ing", 3) || strip(w, n, "ed", 3)) {
		undouble(w, n);
		return;
	}
	if (*n > 3 && w[*n - 1] == 's' && w[*n - 2] != 's' && w[*n - 2] != 'u' && w[*n - 2] != 'i')
		w[--*n] = '\0';
}

size_t at_stem(const char *word, size_t n, char *out, size_t outlen)
{
	if (!outlen)
		return 0;
	size_t len = n < outlen - 1 ? n : outlen - 1;
	for (size_t i = 0; i < len; i++)
		out[i] = (char)tolower((unsigned char)word[i]);
	out[len] = '\0';
	const char *base = lookup_irregular(out);
	if (base) {
		snprintf(out, outlen, "%s", base);
		len = strlen(out);
	}
	strip_inflection(out, &len);
	if (len > 3 && out[len - 1] == 'e')
		out[--len] = '\0';
	return len;
}

int at_stem_is_stopword(const char *key)
{
	return bsearch(key, stopwords, sizeof stopwords / sizeof stopwords[0], sizeof stopwords[0], cmp_key) != NULL;
}
