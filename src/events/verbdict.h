/* The compiled verb dictionary (dict/verbs.atm, kind "verbs").
 *
 * Compiled from a PETRARCH2/TABARI verb dictionary: synonym sets (&SETS),
 * verb synonym blocks ("--- NAME [code] ---" then verbs, then "- ..."
 * patterns). The file is a string pool and flat arrays, all read in place
 * from the mmap:
 *
 *   "strings"  NUL-terminated lowercase words and phrases; offset 0 is ""
 *   "verbs"    at_vd_verb sorted by word (strcmp): every form of every verb
 *   "blocks"   at_vd_block: the patterns of a synonym block
 *   "patterns" at_vd_pattern, most specific first within a block
 *   "elems"    at_vd_elem: a pattern's words before then after the verb
 *   "terms"    u32 per term of an element: a string offset, or a synonym set
 *              (AT_VD_SYNSET | index)
 *   "synsets"  at_vd_synset: a range of "sphrases"
 *   "sphrases" u32 string offsets of the phrases of the synonym sets
 */
#ifndef ATTACHE_VERBDICT_H
#define ATTACHE_VERBDICT_H

#include <stddef.h>
#include <stdint.h>

#define AT_VERBS_KIND "verbs"
#define AT_VERBS_VERSION 2u
#define AT_VD_SYNSET 0x80000000u

typedef struct at_vd_verb {
	uint32_t word;      /* the inflected form, lowercase */
	uint32_t block;
	uint32_t before;    /* words that must precede it ("wire" tap), 0 for none */
	uint32_t after;     /* words that must follow it (call "off"), 0 for none */
	char code[8];       /* its own code, else the block's; "---" = the
			     * dictionary says no event, "" = none given */
	char rcode[8];      /* "[042:043]": the target's act toward the source, or "" */
} at_vd_verb;

typedef struct at_vd_block {
	uint32_t name;      /* the block's title, for messages */
	uint32_t first, count;
} at_vd_block;

typedef struct at_vd_pattern {
	uint32_t first_elem;
	uint16_t npre, npost;
	uint16_t weight;    /* words it needs: more is more specific */
	uint16_t flags;     /* AT_VD_NEGATION, AT_VD_SWAP */
	char code[8];       /* "---" = the pattern says "no event" */
	char rcode[8];      /* the reverse event's code ("[042:043]"), or "" */
} at_vd_pattern;

/* The pattern spells out a negation ("- WILL NOT * ..."): its code already
 * says what not doing it means, so the event is not dropped as negated. */
#define AT_VD_NEGATION 1u
/* The pattern puts the target before the verb ("- + * ROCKET") or the
 * source after it ("- * MONEY $"): the subject is the target. */
#define AT_VD_SWAP 2u

typedef struct at_vd_elem {
	uint32_t first_term, nterms;  /* consecutive words (a phrase) */
} at_vd_elem;

typedef struct at_vd_synset {
	uint32_t first, count;
} at_vd_synset;

/* Compiles the verb dictionaries at paths (later files add to earlier ones)
 * into out. 0, or -1 with err naming the file and line. */
int at_verb_dict_compile(const char *const *paths, size_t npaths, const char *out,
			 char *err, size_t errlen);


/* ------------------------------------------------ the loaded dictionary */

struct at_model;
typedef struct at_verb_dict at_verb_dict;

/* Relation roles the coder cares about, indexed by deprel id (core/tags.h),
 * resolved once at load so the coder never compares relation names. */
enum at_role {
	AT_R_OTHER, AT_R_ROOT, AT_R_NSUBJ, AT_R_NSUBJ_PASS, AT_R_OBJ, AT_R_IOBJ, AT_R_OBL,
	AT_R_AGENT, AT_R_NMOD, AT_R_CASE, AT_R_ADVMOD, AT_R_DET, AT_R_AUX, AT_R_AUX_PASS,
	AT_R_MARK, AT_R_XCOMP, AT_R_CCOMP, AT_R_ADVCL, AT_R_ACL, AT_R_RELCL, AT_R_CONJ,
	AT_R_PARATAXIS, AT_R_APPOS, AT_R_COMPOUND, AT_R_PRT, AT_R_FLAT, AT_R_CC, AT_R_PUNCT,
	AT_R_COP, AT_R_AMOD, AT_R_POSS
};

struct at_verb_dict {
	struct at_model *model;
	const char *strings;
	size_t nstrings;
	const at_vd_verb *verbs;       size_t nverbs;
	const at_vd_block *blocks;     size_t nblocks;
	const at_vd_pattern *patterns; size_t npatterns;
	const at_vd_elem *elems;       size_t nelems;
	const uint32_t *terms;         size_t nterms;
	const at_vd_synset *synsets;   size_t nsynsets;
	const uint32_t *sphrases;      size_t nsphrases;
	uint8_t roles[64];             /* enum at_role by deprel id */
};

/* The entries for a lowercase word: *count entries from the returned one
 * (NULL when the word is no verb form). */
const at_vd_verb *at_vd_lookup(const struct at_verb_dict *d, const char *word, size_t *count);

#endif
