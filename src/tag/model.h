/* The tagger model file (kind "tagger"), shared by training and loading.
 *
 * Sections:
 *   meta          tag_meta
 *   classes       tag_class[nclasses]: the (UPOS, XPOS) pair each class stands for
 *   weights       learn/packed.h, over the features of tag/features.h
 *   weights2      the second pass (optional): those features and the classes
 *                 the first pass gave the word and the three after it; only
 *                 the words the first pass was unsure of are scored again
 *   lexicon       table: form or lowercased-form key -> index into words
 *   words         tag_lexentry[]: what training saw of each word
 *   clusters      table: lowercased-form hash -> distributional class (optional)
 *   names         table: lowercased-form hash -> place-name bits (optional, tag/names.h)
 *   lemma.*       tag/lemma.h
 *   feats.word    table: (lowercased form, class) -> index into feats.strings
 *   feats.class   table: class -> index into feats.strings
 *   feats.strings learn/strings.h
 *   wn.*          tag/wordnet.h (optional) */
#ifndef ATTACHE_TAG_MODEL_H
#define ATTACHE_TAG_MODEL_H

#include <stdint.h>

#include "core/hash.h"

#define TAG_MODEL_KIND "tagger"
/* 3: weights packed (learn/packed.h) */
#define TAG_MODEL_VERSION 3
/* Class masks are two 64-bit words. */
#define TAG_MAX_CLASSES 128
#define TAG_NO_CLASS 0xffffffffu
/* Words seen less often than this get the WordNet readings feature. */
#define TAG_RARE_COUNT 20

typedef struct tag_meta {
	uint32_t nclasses;
	uint32_t fixed_min_count;     /* a word with a single class seen this often gets it */
	uint32_t restrict_min_count;  /* a word seen this often gets one of its classes */
	float sure_margin;            /* first-pass score margin (weight units) above which
				       * the second pass keeps the first pass's class */
} tag_meta;

typedef struct tag_class {
	uint8_t upos, xpos;
} tag_class;

typedef struct tag_lexentry {
	uint64_t amb;        /* hash of mask: the ambiguity-class feature value */
	uint64_t mask[2];    /* classes seen with the word */
	uint32_t count;
	uint32_t single;     /* the class the word gets without scoring (training saw it
			      * often, nearly always with this class), or TAG_NO_CLASS */
} tag_lexentry;

static inline uint64_t tag_form_key(uint64_t form_hash)
{
	return at_hash_mix(form_hash, 0x464f524dULL);
}

static inline uint64_t tag_lower_key(uint64_t lower_hash)
{
	return at_hash_mix(lower_hash, 0x4c4f5752ULL);
}

static inline uint64_t tag_feats_key(uint64_t lower_hash, unsigned cls)
{
	return at_hash_mix(lower_hash, 0x46454154000ULL + cls);
}

static inline uint64_t tag_amb_hash(const uint64_t mask[2])
{
	if (!mask[0] && !mask[1])
		return 0;
	return at_hash_mix(at_hash_mix(mask[0], 0x414d42ULL), mask[1]);
}

#endif
