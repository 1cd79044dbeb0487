/* Reads TimeML (TempEval-3 .tml): the plain text of <TEXT> with the gold
 * TIMEX3 spans in it, and the document creation time from <DCT>. */
#ifndef ATTACHE_TIMEX_TIMEML_H
#define ATTACHE_TIMEX_TIMEML_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

typedef struct tx_gold {
	uint32_t start, end;   /* bytes into the plain text */
	uint8_t type;          /* enum at_timex_type */
	const char *value;
} tx_gold;

typedef struct tx_timeml {
	char *text;            /* <TEXT> without its markup, entities decoded */
	size_t len;
	char dct[11];          /* YYYY-MM-DD, "" when absent */
	tx_gold *gold;
	size_t ngold;
} tx_timeml;

/* Parses xml (len bytes) into *out, allocating in arena. Returns 0, or -1
 * with a message in err when there is no <TEXT> element or memory runs out. */
int tx_timeml_read(at_arena *arena, const char *xml, size_t len, tx_timeml *out,
		   char *err, size_t errlen);

#endif
