/* The rule-based recogniser: finds temporal expressions in text and
 * normalises them to TimeML values relative to a reference date. */
#ifndef ATTACHE_TIMEX_RECOGNISE_H
#define ATTACHE_TIMEX_RECOGNISE_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

struct at_doc;

typedef struct tx_found {
	uint32_t start, end;   /* bytes into the text */
	uint8_t type;          /* enum at_timex_type */
	uint8_t precision;     /* enum at_precision */
	uint8_t dateline;      /* the date of a dateline: "Dec. 28 (UPI) --" */
	char value[64];        /* TimeML value, "" when it cannot be resolved */
} tx_found;

/* Finds the expressions of text in order. date is the reference date
 * (YYYY-MM-DD) or NULL; doc, when not NULL, lends its tags and tree to tense
 * resolution (its text must be text). -1 on OOM. */
int tx_recognise(at_arena *arena, const char *text, size_t len, const char *date,
		 const struct at_doc *doc, tx_found **out, size_t *n);

#endif
