/* Event nouns: "talks", "a meeting", "the visit", "a phone call",
 * "sanctions". The verb dictionary codes verbs; these code the noun when no
 * verb above it did ("No meeting was announced between A and B" is a
 * meeting, negated). */
#ifndef ATTACHE_NOMINAL_H
#define ATTACHE_NOMINAL_H

#include "events/sview.h"

/* The CAMEO code of the event noun at p, or NULL. */
const char *at_nominal_code(const at_sview *sv, int32_t p);

#endif
