/* Being somewhere for talks is visiting it: news says "Blinken is in
 * Mexico City for talks" or "is joining Mayorkas in Mexico City for a
 * dialogue" rather than "visits Mexico". The meeting itself needs a partner
 * named as one, which such sentences often leave to the next; the visit to
 * the place's country is told here. */
#include "events/visit.h"
#include "events/actors_of.h"
#include "events/nominal.h"

#include <string.h>

/* Is w, or a word under it at most three levels down ("for what the State
 * Department is calling a high-level dialogue"), a meeting noun (04x)? */
static int holds_meeting(const at_sview *sv, int32_t w, int depth)
{
	const char *code = at_nominal_code(sv, w);
	if (code && strncmp(code, "04", 2) == 0)
		return 1;
	if (depth == 0)
		return 0;
	for (int32_t c = sv->first_child[w]; c >= 0; c = sv->next_sibling[c])
		if (holds_meeting(sv, c, depth - 1))
			return 1;
	return 0;
}

/* A for-phrase under w, or under one of its objects or phrases: parsers
 * often hang "for a dialogue" on the nearer noun ("joining Mayorkas in
 * Mexico City for ..."). */
static int there_for_talks(const at_sview *sv, int32_t w, int depth)
{
	for (int32_t c = sv->first_child[w]; c >= 0; c = sv->next_sibling[c]) {
		int phrase = sv->role[c] == AT_R_OBL || sv->role[c] == AT_R_NMOD;
		const char *prep = phrase ? at_sview_case(sv, c) : NULL;
		if (prep && strcmp(prep, "for") == 0 && holds_meeting(sv, c, 3))
			return 1;
		if (depth > 0 && (sv->role[c] == AT_R_OBJ || sv->role[c] == AT_R_OBL) &&
		    there_for_talks(sv, c, depth - 1))
			return 1;
	}
	return 0;
}

int32_t at_visited_place(const at_sview *sv, int32_t p)
{
	static const char *const where[] = {"in", "at", NULL};
	if (!there_for_talks(sv, p, 1))
		return -1;
	/* "Blinken is in Mexico City for talks": the place is the predicate */
	int32_t self = sv->mention[p];
	if (self >= 0 && at_sview_child(sv, p, AT_R_COP) >= 0)
		return at_mention_after_word(sv, self, where) ? self : -1;
	for (int32_t i = p + 1; (uint32_t)i < sv->n; i++) {
		int32_t m = sv->mention[i];
		if (m >= 0 && at_sview_clause_of(sv, i) == p && at_mention_after_word(sv, m, where))
			return m;
	}
	return -1;
}
