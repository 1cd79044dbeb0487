#include "link/stem.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Irregular forms frequent in news, each with its base form. */
static const char *const irregular[][2] = {
	{"was", "be"}, {"were", "be"}, {"is", "be"}, {"are", "be"}, {"been", "be"},
	{"had", "have"}, {"has", "have"}, {"did", "do"}, {"does", "do"}, {"done", "do"},
	{"said", "say"}, {"says", "say"}, {"made", "make"}, {"went", "go"}, {"gone", "go"},
	{"took", "take"}, {"taken", "take"}, {"gave", "give"}, {"given", "give"},
	{"came", "come"}, {"saw", "see"}, {"seen", "see"}, {"told", "tell"},
	{"found", "find"}, {"left", "leave"}, {"met", "meet"}, {"meeting", "meet"},
	{"held", "hold"}, {"brought", "bring"}, {"began", "begin"}, {"begun", "begin"},
	{"shot", "shoot"}, {"fell", "fall"}, {"fallen", "fall"}, {"hit", "hit"},
	{"struck", "strike"}, {"stricken", "strike"}, {"won", "win"}, {"lost", "lose"},
	{"fought", "fight"}, {"caught", "catch"}, {"sold", "sell"}, {"bought", "buy"},
	{"paid", "pay"}, {"sent", "send"}, {"spent", "spend"}, {"led", "lead"},
	{"fled", "flee"}, {"stole", "steal"}, {"stolen", "steal"}, {"broke", "break"},
	{"broken", "break"}, {"chose", "choose"}, {"chosen", "choose"}, {"rose", "rise"},
	{"risen", "rise"}, {"drove", "drive"}, {"driven", "drive"}, {"ran", "run"},
	{"wrote", "write"}, {"written", "write"}, {"spoke", "speak"}, {"spoken", "speak"},
	{"knew", "know"}, {"known", "know"}, {"thought", "think"}, {"felt", "feel"},
	{"kept", "keep"}, {"built", "build"}, {"beat", "beat"}, {"beaten", "beat"},
	{"died", "die"}, {"dies", "die"}, {"dying", "die"}, {"death", "die"}, {"dead", "die"},
	{"killing", "kill"}, {"threw", "throw"}, {"thrown", "throw"}, {"hung", "hang"},
	{"quit", "quit"}, {"shut", "shut"}, {"set", "set"}, {"put", "put"}, {"cut", "cut"},
	{"hurt", "hurt"}, {"bit", "bite"}, {"blew", "blow"}, {"blown", "blow"},
	{"flew", "fly"}, {"flown", "fly"}, {"swore", "swear"}, {"sworn", "swear"},
	{"sank", "sink"}, {"sunk", "sink"}, {"froze", "freeze"}, {"woke", "wake"},
	{"arrival", "arrive"}, {"departure", "depart"}, {"announcement", "announce"},
	{"appointment", "appoint"}, {"election", "elect"}, {"acquisition", "acquire"},
	{"investigation", "investigate"}, {"explosion", "explode"}, {"injuries", "injure"},
	{"injury", "injure"}, {"nomination", "nominate"}, {"resignation", "resign"},
	{"release", "release"}, {"robbery", "rob"}, {"theft", "steal"}, {"attack", "attack"},
	{"earthquake", "quake"}, {"quakes", "quake"}, {"men", "man"}, {"women", "woman"},
	{"people", "person"}, {"children", "child"},
};

static const char *const stopwords[] = {
	"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or",
	"but", "as", "that", "this", "these", "those", "it", "its", "he", "she", "they", "them",
	"his", "her", "their", "we", "our", "you", "i", "be", "have", "do", "not", "no", "will",
	"would", "could", "should", "may", "might", "can", "after", "before", "into", "over",
	"about", "up", "out", "who", "which", "what", "when", "where", "than", "also", "more",
	"there", "here", "if", "so", "all", "one", "some", "any", "new", "s", "'s", "-", ",",
	".", "\"", "'", "(", ")", ":", ";", "``", "''", "--", "?", "!", "him", "us", "said",
};

static const char *lookup_irregular(const char *w)
{
	for (size_t i = 0; i < sizeof irregular / sizeof irregular[0]; i++)
		if (strcmp(irregular[i][0], w) == 0)
			return irregular[i][1];
	return NULL;
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
	for (size_t i = 0; i < sizeof stopwords / sizeof stopwords[0]; i++)
		if (strcmp(stopwords[i], key) == 0)
			return 1;
	return 0;
}
