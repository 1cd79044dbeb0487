/* A small English lemmatizer for linking: lowercases, maps common irregular
 * verb forms, and strips inflection (and a final -e) so that "arrested",
 * "arrests" and "arresting" meet at "arrest". Its output is a matching key,
 * not always a dictionary word. Used when no tagger lemmas are at hand. */
#ifndef ATTACHE_LINK_STEM_H
#define ATTACHE_LINK_STEM_H

#include <stddef.h>

/* Writes the key of word (n bytes) into out (NUL-terminated) and returns its
 * length; words longer than outlen - 1 are cut. */
size_t at_stem(const char *word, size_t n, char *out, size_t outlen);
/* True for function words and reporting filler that carry no content. */
int at_stem_is_stopword(const char *key);

#endif
