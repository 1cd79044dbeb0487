/* Membership in a short NULL-terminated list of words, the stages' way of
 * naming closed classes (stop words, prepositions, auxiliaries). The first
 * byte is compared before the call to strcmp: most words differ there, and
 * these lists are scanned for every token. */
#ifndef ATTACHE_WORDLIST_H
#define ATTACHE_WORDLIST_H

#include <string.h>

static inline int at_word_in(const char *word, const char *const *list)
{
	for (; *list; list++)
		if ((*list)[0] == word[0] && strcmp(word, *list) == 0)
			return 1;
	return 0;
}

#endif
