/* The closed label sets of UD English: UPOS, Penn XPOS and dependency
 * relations (with EWT's subtypes). Ids are small integers stored in words;
 * 0 always means "not predicted" and prints as "_". */
#ifndef ATTACHE_TAGS_H
#define ATTACHE_TAGS_H

#include <stddef.h>

enum at_upos {
	AT_UPOS_NONE, AT_ADJ, AT_ADP, AT_ADV, AT_AUX, AT_CCONJ, AT_DET, AT_INTJ,
	AT_NOUN, AT_NUM, AT_PART, AT_PRON, AT_PROPN, AT_PUNCT, AT_SCONJ, AT_SYM,
	AT_VERB, AT_X, AT_UPOS_COUNT
};

extern const char *const at_upos_names[AT_UPOS_COUNT];
extern const char *const at_xpos_names[];
extern const size_t at_xpos_count;
extern const char *const at_deprel_names[];
extern const size_t at_deprel_count;

/* Name → id; 0 when unknown. Lookups are linear: for I/O, not inner loops. */
int at_upos_id(const char *name);
int at_xpos_id(const char *name);
int at_deprel_id(const char *name);
/* Id of the universal part of a relation ("nmod:poss" → "nmod"). */
int at_deprel_universal(int id);

#endif
