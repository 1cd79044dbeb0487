/* A visit told by presence: "Blinken is joining Mayorkas and Garland in
 * Mexico City for what the State Department is calling a high-level
 * dialogue". */
#ifndef ATTACHE_VISIT_H
#define ATTACHE_VISIT_H

#include "events/sview.h"

/* The mention of the place the subject of p visits: a place "in" or "at"
 * which verb p happens, in p's own clause, or p itself as the predicate of
 * a copula ("is in Mexico City"), when p is there for talks (a "for"
 * phrase holding a meeting noun). -1 when there is none. Whether the place
 * is abroad for the subject is the caller's to check. */
int32_t at_visited_place(const at_sview *sv, int32_t p);

#endif
