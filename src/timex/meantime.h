/* Reads MEANTIME (NewsReader CAT XML, CC BY 4.0): the tokens joined back
 * into text (a line per sentence) with the gold TIMEX3 spans over them and
 * the creation time as the document date, for `attache eval timex`. */
#ifndef ATTACHE_TIMEX_MEANTIME_H
#define ATTACHE_TIMEX_MEANTIME_H

#include "timex/timeml.h"

/* MEANTIME annotates only the title and the first sentences (0 to 5): the
 * text stops there. The creation time's own tokens are left out of the
 * text, as TimeML keeps the DCT out of <TEXT>. Returns 0, or -1 with a
 * message in err. */
int tx_meantime_read(at_arena *arena, const char *xml, size_t len, tx_timeml *out, char *err,
		     size_t errlen);

#endif
