/* Small closed word lists the tokenizer and the sentence splitter share:
 * abbreviations that keep their period, hyphen prefixes that stay joined,
 * English contractions written without an apostrophe. */
#ifndef ATTACHE_LEXICON_H
#define ATTACHE_LEXICON_H

#include <stddef.h>

enum at_abbrev_kind {
	AT_ABBR_NONE = 0,
	AT_ABBR_PLAIN,   /* etc., Inc., U.S.: may end a sentence */
	AT_ABBR_TITLE    /* Mr., Gen., Dec.: a name or number follows */
};

/* The kind of s[0..n) (without its period) as an abbreviation. */
enum at_abbrev_kind at_abbrev(const char *s, size_t n);
/* s[0..n) is a prefix EWT keeps joined to its hyphen: e-mail, non-profit. */
int at_hyphen_prefix(const char *s, size_t n);
/* For a contraction written without an apostrophe (cannot, dont, gonna),
 * the length of its first word; 0 when s[0..n) is not one. */
size_t at_joined_clitic_split(const char *s, size_t n);
/* s[0..n) is a word that often starts a sentence (The, He, But). */
int at_sentence_starter(const char *s, size_t n);
/* s[0..n) is a lowercase function word after which a line break does not
 * end a sentence (of, the, and). */
int at_connector(const char *s, size_t n);

#endif
