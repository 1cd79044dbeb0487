/* What WordNet (the Debian package wordnet-base) says of a word, compiled
 * into the tagger model at training time so that nothing reads WordNet at
 * run time: the parts of speech its lemmas have, and WordNet's morphology
 * (exception lists such as fled -> flee, and suffix detachment rules such as
 * -ies -> -y), used as a tagger feature for rare words and by the
 * lemmatizer for words training never saw.
 *
 * Sections: wn.lemmas (table: lemma hash -> part-of-speech bits),
 * wn.exc (table: (form, part of speech) -> index into wn.strings). */
#ifndef ATTACHE_TAG_WORDNET_H
#define ATTACHE_TAG_WORDNET_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "core/modelfile.h"
#include "learn/strings.h"
#include "learn/table.h"
#include "tag/sink.h"

typedef struct tag_wordnet {
	int present;
	at_table lemmas, exc;
	at_strings strings;
} tag_wordnet;

/* Reads the WordNet files of dir (index.*, *.exc) and hands the sections to
 * sink. Returns -1 with err set when dir has no WordNet. */
int tag_wordnet_build(const char *dir, tag_section_sink sink, void *ctx, char *err, size_t errlen);
/* A model without the sections gives an absent WordNet (present = 0). */
int tag_wordnet_view(tag_wordnet *wn, const at_model *m);
/* The same over section bytes held in memory (training). */
int tag_wordnet_view_bytes(tag_wordnet *wn, const void *lemmas, size_t n1, const void *exc,
			   size_t n2, const void *strings, size_t n3);
/* Bits saying how the lowercased word can be read: a noun, a plural noun,
 * a verb, a verb in -s, -ed, -ing, an adjective, comparative, superlative,
 * an adverb. 0 when WordNet does not know it. */
uint32_t tag_wordnet_readings(const tag_wordnet *wn, const char *lower, size_t len);
/* The same for a word as written. */
uint32_t tag_readings(const tag_wordnet *wn, const char *form);
/* The lemma WordNet gives the lowercased word under the Penn tag xpos, in
 * a; NULL when it gives none. */
const char *tag_wordnet_lemma(const tag_wordnet *wn, const char *lower, size_t len, unsigned xpos,
			      at_arena *a);

#endif
