/* The lemmatizer: edit scripts learned from the training data. A script
 * says whether to lowercase the form, how many trailing bytes to strip and
 * what to append ("L3:e": making -> make). Known (form, XPOS) pairs have
 * their own script (irregular forms: went -> go), looked up as written then
 * lowercased; unknown ones take the script of the longest suffix seen with
 * that XPOS in at least two words. */
#ifndef ATTACHE_LEMMA_H
#define ATTACHE_LEMMA_H

#include "core/arena.h"
#include "core/modelfile.h"
#include "learn/strings.h"
#include "learn/table.h"
#include "learn/votes.h"
#include "tag/sink.h"
#include "tag/wordnet.h"

typedef struct tag_lemmatizer {
	at_table lex;       /* (form as written or lowercased, XPOS) -> script */
	at_table suffix;    /* (suffix, length, XPOS) -> script */
	at_strings scripts;
	tag_wordnet wordnet;  /* for words training never saw */
} tag_lemmatizer;

/* -1 when a section is missing or malformed. */
int tag_lemmatizer_view(tag_lemmatizer *l, const at_model *m);
/* The lemma of form tagged xpos, allocated in a (or form itself). */
const char *tag_lemmatize(const tag_lemmatizer *l, const char *form, unsigned xpos, at_arena *a);
/* Starts loading what tag_lemmatize of a form with this hash
 * (at_hash_bytes of the form) and XPOS looks up first. */
void tag_lemma_prefetch(const tag_lemmatizer *l, uint64_t form_hash, unsigned xpos);

typedef struct tag_lemma_trainer {
	at_votes lex, suffix;
	at_map types;   /* (word, XPOS, script) seen: suffix rules count types */
	at_strings_builder scripts;
} tag_lemma_trainer;

void tag_lemma_trainer_init(tag_lemma_trainer *t);
void tag_lemma_trainer_free(tag_lemma_trainer *t);
/* One gold word. Returns -1 when out of memory. */
int tag_lemma_trainer_add(tag_lemma_trainer *t, const char *form, unsigned xpos, const char *lemma);
/* Hands the lemmatizer's sections to sink. Returns -1 on failure. */
int tag_lemma_trainer_save(tag_lemma_trainer *t, tag_section_sink sink, void *ctx);

#endif
