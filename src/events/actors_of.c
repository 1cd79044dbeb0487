/* Who did it and to whom: the actor mentions in the source and target
 * positions of a predicate, with coordinations expanded. */
#include "events/actors_of.h"

#include <string.h>

static const char *const target_preps[] = {
	"with", "to", "against", "on", "for", "at", "into", "toward", "towards",
	"between", "upon", "among", "onto", NULL,
};

static int is_target_prep(const char *p)
{
	for (int i = 0; target_preps[i]; i++)
		if (strcmp(p, target_preps[i]) == 0)
			return 1;
	return 0;
}

static void add_actor(at_actor_list *l, int32_t m)
{
	for (int i = 0; i < l->n; i++)
		if (l->m[i] == m)
			return;
	if (l->n < AT_MAX_ACTORS)
		l->m[l->n++] = m;
}

/* The mention at w, or one inside its phrase ("the government of Arnor",
 * "Arnor's army"): modifiers only, two levels down. */
static int32_t mention_in_phrase(const at_sview *sv, int32_t w, int depth)
{
	if (sv->mention[w] >= 0)
		return sv->mention[w];
	if (depth == 0)
		return -1;
	for (int32_t c = sv->first_child[w]; c >= 0; c = sv->next_sibling[c]) {
		switch (sv->role[c]) {
		case AT_R_NMOD: case AT_R_COMPOUND: case AT_R_APPOS: case AT_R_FLAT:
		case AT_R_POSS: case AT_R_AMOD: {
			int32_t m = mention_in_phrase(sv, c, depth - 1);
			if (m >= 0)
				return m;
			break;
		}
		default:
			break;
		}
	}
	return -1;
}

void at_actors_at(const at_sview *sv, int32_t w, at_actor_list *out)
{
	if (w < 0)
		return;
	int32_t m = mention_in_phrase(sv, w, 2);
	if (m >= 0)
		add_actor(out, m);
	for (int32_t c = sv->first_child[w]; c >= 0; c = sv->next_sibling[c])
		if (sv->role[c] == AT_R_CONJ)
			at_actors_at(sv, c, out);
}

static int is_relative_pronoun(const at_sview *sv, int32_t w)
{
	const char *f = sv->form[w];
	return strcmp(f, "who") == 0 || strcmp(f, "which") == 0 || strcmp(f, "that") == 0;
}

/* The word in subject position of p, inheriting through control verbs,
 * coordinated verbs and participles. */
static int32_t subject_word(const at_sview *sv, int32_t p, int depth)
{
	if (depth > 6 || p < 0)
		return -1;
	int32_t s = at_sview_child(sv, p, AT_R_NSUBJ);
	if (s >= 0) {
		if (is_relative_pronoun(sv, s) && sv->role[p] == AT_R_RELCL)
			return sv->head[p];
		return s;
	}
	int32_t h = sv->head[p];
	switch (sv->role[p]) {
	case AT_R_XCOMP: {
		int32_t o = h >= 0 ? at_sview_child(sv, h, AT_R_OBJ) : -1;
		return o >= 0 && o < p ? o : subject_word(sv, h, depth + 1);
	}
	case AT_R_CONJ: case AT_R_ADVCL:
		return subject_word(sv, h, depth + 1);
	case AT_R_ACL: case AT_R_RELCL:
		return h;
	default:
		return -1;
	}
}

static int32_t agent_word(const at_sview *sv, int32_t p)
{
	for (int32_t c = sv->first_child[p]; c >= 0; c = sv->next_sibling[c]) {
		if (sv->role[c] == AT_R_AGENT)
			return c;
		if (sv->role[c] == AT_R_OBL) {
			const char *prep = at_sview_case(sv, c);
			if (prep && strcmp(prep, "by") == 0)
				return c;
		}
	}
	return -1;
}

/* Prepositional dependents of w that name a target. */
static void prep_targets(const at_sview *sv, int32_t w, int role, at_actor_list *out)
{
	for (int32_t c = sv->first_child[w]; c >= 0 && out->n == 0; c = sv->next_sibling[c]) {
		if (sv->role[c] != role)
			continue;
		const char *prep = at_sview_case(sv, c);
		if (prep && is_target_prep(prep))
			at_actors_at(sv, c, out);
	}
}

void at_event_actors(const at_sview *sv, int32_t p, int nominal, at_actor_list *src, at_actor_list *tgt)
{
	src->n = tgt->n = 0;
	int32_t pass = at_sview_child(sv, p, AT_R_NSUBJ_PASS);
	if (pass >= 0) {
		at_actors_at(sv, agent_word(sv, p), src);
		at_actors_at(sv, pass, tgt);
	} else if (sv->role[p] == AT_R_ACL && agent_word(sv, p) >= 0) {
		at_actors_at(sv, agent_word(sv, p), src);
		at_actors_at(sv, sv->head[p], tgt);
	} else if (nominal) {
		at_actors_at(sv, at_sview_child(sv, p, AT_R_POSS), src);
		if (src->n == 0 && sv->head[p] >= 0 && sv->role[p] == AT_R_OBJ)
			at_actors_at(sv, subject_word(sv, sv->head[p], 0), src);
		if (src->n == 0 && sv->role[p] == AT_R_NSUBJ && sv->head[p] >= 0)
			prep_targets(sv, sv->head[p], AT_R_OBL, src);
	} else {
		at_actors_at(sv, subject_word(sv, p, 0), src);
	}
	if (tgt->n > 0)
		return;
	at_actors_at(sv, at_sview_child(sv, p, AT_R_IOBJ), tgt);
	int32_t obj = at_sview_child(sv, p, AT_R_OBJ);
	if (tgt->n == 0)
		at_actors_at(sv, obj, tgt);
	if (tgt->n == 0 && obj >= 0)
		prep_targets(sv, obj, AT_R_NMOD, tgt);
	if (tgt->n == 0)
		prep_targets(sv, p, nominal ? AT_R_NMOD : AT_R_OBL, tgt);
	/* "talks between A and B": the first is the source when none was given */
	if (src->n == 0 && tgt->n > 1) {
		src->m[src->n++] = tgt->m[0];
		memmove(tgt->m, tgt->m + 1, sizeof tgt->m[0] * (size_t)(tgt->n - 1));
		tgt->n--;
	}
}
