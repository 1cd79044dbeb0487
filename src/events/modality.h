/* Negation, future, intention and reported speech around a predicate. */
#ifndef ATTACHE_MODALITY_H
#define ATTACHE_MODALITY_H

#include "events/sview.h"

typedef struct at_modal {
	uint8_t modality;   /* enum at_modality */
	uint8_t negated;
	int32_t intent_of;  /* the want/plan/agree verb whose intention p is, or -1 */
} at_modal;

void at_modality_of(const at_sview *sv, int32_t p, at_modal *out);
/* True when word (a lemma, or a dictionary pattern's word or stem) says an
 * act did not happen: "failed", "refused", "declined", "unable", ... */
int at_is_unrealising(const char *word);
/* True when p is a verb of intention ("wants", "agreed", "seeks"). */
int at_is_intention(const at_sview *sv, int32_t p);
/* True when p is a verb of saying ("said", "told", "announced"). */
int at_is_saying(const at_sview *sv, int32_t p);
/* The CAMEO intent code (03x) of an intended act of code: to meet (04x)
 * gives 036, to cooperate (05x) 032, ...; NULL when CAMEO has none. */
const char *at_intent_code(const char *code);

#endif
