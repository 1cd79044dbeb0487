/* Who did it and to whom: the actor mentions in the source and target
 * positions of a predicate, with coordinations expanded. */
#include "events/actors_of.h"

#include "core/tags.h"
#include "core/wordlist.h"
#include "events/modality.h"
#include "events/nominal.h"

#include <ctype.h>
#include <string.h>

static void add_actor(at_actor_list *l, int32_t m)
{
	for (int i = 0; i < l->n; i++)
		if (l->m[i] == m)
			return;
	if (l->n < AT_MAX_ACTORS)
		l->m[l->n++] = m;
}

/* "the Trump-era border policy", "the Iran-contra scandal": a name
 * hyphened to a common noun makes a word of time or kind of it; it says
 * what the thing is, not who acts. ("the Saudi-led coalition", a name
 * hyphened to a participle, keeps its actor.) */
static int hyphened_to_a_noun(const at_sview *sv, int32_t m)
{
	const at_mention *me = &sv->doc->mentions[m];
	uint32_t dash = me->word_last + 1, next = me->word_last + 2;
	if (me->word_last < sv->w0 || next >= sv->w0 + sv->n)
		return 0;
	return strcmp(sv->form[dash - sv->w0], "-") == 0 && sv->mention[next - sv->w0] < 0 &&
	       sv->doc->words[next].upos == AT_NOUN;
}

/* A word of money, securities or an economy. */
static int is_money_word(const at_sview *sv, int32_t w)
{
	static const char *const money[] = {
		"dollar", "dlr", "currency", "franc", "pound", "peso", "yen", "mark", "lira", "rupee", "crown",
		"rand", "shilling", "guilder", "bond", "security", "stock", "share", "exchange", "future",
		"economy", NULL,
	};
	for (const char *const *m = money; *m; m++)
		if (at_sview_word_is(sv, w, *m))
			return 1;
	return 0;
}

/* "the Australian dollar", "U.S. Government bond brokers", "the Tokyo stock
 * exchange", "the U.S. economy": a name modifying money, securities or an
 * economy says whose they are; it is not who acts. The word right after
 * the name counts whatever the parse: "47 mln U.S. Dlrs" (Reuters
 * capitalises the word after "U.S.") is parsed as a name of two words. */
static int names_money(const at_sview *sv, int32_t m)
{
	const at_mention *me = &sv->doc->mentions[m];
	if (me->head < sv->w0 || me->head - sv->w0 >= sv->n)
		return 0;
	int32_t h = (int32_t)(me->head - sv->w0), g = sv->head[h];
	int32_t after = (int32_t)(me->word_last + 1 - sv->w0);
	if (me->word_last >= sv->w0 && after < (int32_t)sv->n && sv->mention[after] < 0) {
		uint8_t upos = sv->doc->words[me->word_last + 1].upos;
		if ((upos == AT_NOUN || upos == AT_PROPN) && is_money_word(sv, after))
			return 1;
	}
	if (g <= h || (sv->role[h] != AT_R_COMPOUND && sv->role[h] != AT_R_AMOD) || sv->mention[g] >= 0 ||
	    !is_money_word(sv, g))
		return 0;
	/* "loaned Mexico 400 mln dlrs": an amount between them makes the name
	 * a second object the parser took for a modifier */
	for (int32_t w = h + 1; w < g; w++)
		if (sv->doc->words[sv->w0 + (uint32_t)w].upos == AT_NUM)
			return 0;
	return 1;
}

/* The place the gazetteer found over doc word w, or NULL. */
static const at_place *place_at(const at_sview *sv, uint32_t w)
{
	const at_doc *doc = sv->doc;
	for (size_t i = at_doc_first_place(doc, sv->sent); i < doc->nplaces && doc->places[i].sent == sv->sent; i++)
		if (doc->places[i].word_first <= w && w <= doc->places[i].word_last)
			return &doc->places[i];
	return NULL;
}

/* "the Paris accord", "the Venice summit", "the Geneva talks": a city
 * naming an agreement or a meeting says where it was made, not who made
 * it ("Washington officials" keep their actor). */
static int city_naming_a_meeting(const at_sview *sv, int32_t c, int32_t w)
{
	static const char *const named[] = {
		"accord", "agreement", "summit", "talk", "conference", "meeting", "round", "pact", "treaty",
		"declaration", "communique", "protocol", "convention", "process", "club", NULL,
	};
	char lemma[32];
	size_t len = strlen(sv->lemma[w]);
	if (sv->role[c] != AT_R_COMPOUND || sv->mention[c] < 0 || len >= sizeof lemma)
		return 0;
	/* "the Paris Agreement": a name's capital too */
	for (size_t i = 0; i <= len; i++)
		lemma[i] = (char)tolower((unsigned char)sv->lemma[w][i]);
	if (!at_word_in(lemma, named))
		return 0;
	const at_place *p = place_at(sv, sv->doc->mentions[sv->mention[c]].head);
	return p && p->feature && strncmp(p->feature, "PPL", 3) == 0;
}

/* the prepositions of the one an act is done to */
static const char *const done_to[] = {"on", "against", "to", "into", "toward", "towards", "at", NULL};

static int locative_place(const at_sview *sv, int32_t m);

/* The mention at w, or one inside its phrase ("the government of Arnor",
 * "Arnor's army", "the Mordor police"): modifiers only, two levels down. */
static int32_t mention_in_phrase(const at_sview *sv, int32_t w, int depth, int any_prep)
{
	if (sv->mention[w] >= 0)
		return hyphened_to_a_noun(sv, sv->mention[w]) || names_money(sv, sv->mention[w]) ? -1 : sv->mention[w];
	if (depth == 0)
		return -1;
	for (int32_t c = sv->first_child[w]; c >= 0; c = sv->next_sibling[c]) {
		const char *prep = sv->role[c] == AT_R_NMOD ? at_sview_case(sv, c) : NULL;
		switch (sv->role[c]) {
		case AT_R_NMOD:
			/* "the government of Arnor", not "Eid at Osgiliath"; a
			 * subject takes any ("resumption of ties between Arnor
			 * and Gondor", "a Republican on the Gondor committee")
			 * but the one an act is done to ("an attack on a Gondor
			 * port damaged ...") */
			if (prep && strcmp(prep, "of") != 0 &&
			    (!any_prep || (at_word_in(prep, done_to) && at_nominal_code(sv, w))))
				break;
			/* fall through */
		case AT_R_COMPOUND: case AT_R_APPOS: case AT_R_FLAT:
		case AT_R_POSS: case AT_R_AMOD: {
			if (city_naming_a_meeting(sv, c, w))
				break;
			int32_t m = mention_in_phrase(sv, c, depth - 1, any_prep);
			/* "the decline in auto sales in the US has hit ...": a
			 * place after in, at, from ... is where, not who */
			if (m >= 0 && !(prep && locative_place(sv, m)))
				return m;
			break;
		}
		default:
			break;
		}
	}
	return -1;
}

int at_mention_after_word(const at_sview *sv, int32_t m, const char *const *words)
{
	const at_doc *doc = sv->doc;
	const at_mention *me = &doc->mentions[m];
	int place = me->how == AT_HOW_PLACE || place_at(sv, me->head);
	if (!place || me->word_first <= sv->w0)
		return 0;
	const char *before = sv->form[me->word_first - 1 - sv->w0];
	for (int i = 0; words[i]; i++)
		if (strcmp(before, words[i]) == 0)
			return 1;
	return 0;
}

/* Prepositions of a phrase that only says where; "at" and "from" also
 * name parties ("fired at police", "an order from the court"). */
static const char *const only_where[] = {"in", "inside", "outside", "near", "within", NULL};

/* "talked in court", "sheltering in the school", "protesters outside the
 * ministry": an institution named by a common noun in a phrase of place is
 * where something happened. */
static int institution_as_place(const at_sview *sv, int32_t m)
{
	const at_mention *me = &sv->doc->mentions[m];
	if (me->is_person || (me->how != AT_HOW_AGENT && me->how != AT_HOW_COUNTRY) || me->head < sv->w0 ||
	    me->head - sv->w0 >= sv->n)
		return 0;
	const char *prep = at_sview_case(sv, (int32_t)(me->head - sv->w0));
	return prep && at_word_in(prep, only_where);
}

/* "in Washington DC", "at the border": a place where something happened,
 * not a party to it, even when the actor dictionary knows the name. */
static int locative_place(const at_sview *sv, int32_t m)
{
	static const char *const locative[] = {
		"in", "at", "from", "near", "inside", "outside", "across", "throughout", "during", NULL,
	};
	if (at_mention_after_word(sv, m, locative) || institution_as_place(sv, m))
		return 1;
	/* "met in an elegant Moscow mansion", "at a Paris hotel": a city
	 * naming where ("approval from the U.S. Food and Drug Administration"
	 * names who) */
	uint32_t head = sv->doc->mentions[m].head;
	const at_place *p = head >= sv->w0 && head - sv->w0 < sv->n ? place_at(sv, head) : NULL;
	if (!p || !p->feature || strncmp(p->feature, "PPL", 3) != 0)
		return 0;
	int32_t h = (int32_t)(head - sv->w0);
	if (sv->role[h] != AT_R_COMPOUND || sv->head[h] < 0 || sv->mention[sv->head[h]] >= 0)
		return 0;
	const char *prep = at_sview_case(sv, sv->head[h]);
	return prep && (at_word_in(prep, only_where) || strcmp(prep, "at") == 0);
}

/* A name the fallbacks that read targets off the tree or the text must
 * pass over: where something happened, a name hyphened into a noun ("the
 * Trump-era policy"), a city naming a meeting ("the Paris accord"). */
static int no_party_at(const at_sview *sv, int32_t w)
{
	int32_t m = sv->mention[w];
	/* the name's head decides, whichever of its words the search met
	 * ("Mexico" of "the Mexico City meeting") */
	uint32_t head = sv->doc->mentions[m].head;
	int32_t h = head >= sv->w0 && head - sv->w0 < sv->n ? (int32_t)(head - sv->w0) : w;
	return locative_place(sv, m) || hyphened_to_a_noun(sv, m) || names_money(sv, m) ||
	       (sv->head[h] >= 0 && city_naming_a_meeting(sv, h, sv->head[h]));
}

static int is_separator(const at_sview *sv, int32_t i)
{
	const char *f = sv->form[i];
	return strcmp(f, ",") == 0 || strcmp(f, "and") == 0 || strcmp(f, "or") == 0;
}

static int role_of_head(const at_sview *sv, const at_mention *me)
{
	uint32_t h = me->head - sv->w0;
	return me->head >= sv->w0 && h < sv->n ? sv->role[h] : AT_R_OTHER;
}

static int32_t clause_of_mention(const at_sview *sv, const at_mention *me)
{
	uint32_t h = me->head - sv->w0;
	return me->head >= sv->w0 && h < sv->n ? at_sview_clause_of(sv, (int32_t)h) : -1;
}

/* Past at most three determiners or adjectives outside any mention. */
static int32_t skip_modifiers(const at_sview *sv, int32_t i, int dir)
{
	for (int skipped = 0; i >= 0 && (uint32_t)i < sv->n && sv->mention[i] < 0 && skipped < 3; skipped++) {
		uint8_t upos = sv->doc->words[sv->w0 + (uint32_t)i].upos;
		if (upos != AT_DET && upos != AT_ADJ)
			break;
		i += dir;
	}
	return i;
}

/* "Mordor, Rohan, Fornost and Bree" read off the text, for when the parse
 * does not coordinate the names: mentions separated by commas and "and",
 * with at most three determiners or adjectives before each. */
static void coordinated_in_text(const at_sview *sv, int32_t m, int dir, at_actor_list *out)
{
	const at_mention *me = &sv->doc->mentions[m];
	int32_t clause = clause_of_mention(sv, me);
	at_actor_list run = {{0}, 0};
	int conjunction = 0;
	int32_t i = dir > 0 ? (int32_t)(me->word_last - sv->w0) + 1 : (int32_t)(me->word_first - sv->w0) - 1;
	while (i >= 0 && (uint32_t)i < sv->n) {
		int seps = 0;
		/* going left, the modifiers of the mention we stand on come
		 * first ("and good Gondor"); going right, those of the next */
		if (dir < 0)
			i = skip_modifiers(sv, i, dir);
		while (i >= 0 && (uint32_t)i < sv->n && is_separator(sv, i)) {
			conjunction |= sv->form[i][0] != ',';
			i += dir;
			seps++;
		}
		if (dir > 0)
			i = skip_modifiers(sv, i, dir);
		if (seps == 0 || i < 0 || (uint32_t)i >= sv->n || sv->mention[i] < 0 || sv->mention[i] == m)
			break;
		m = sv->mention[i];
		/* "..., the Osgiliath newspaper said": another clause's subject;
		 * "After travelling to Rohan and Gondor, Gandalf hopes to":
		 * places of another clause */
		const at_mention *next = &sv->doc->mentions[m];
		if ((role_of_head(sv, next) == AT_R_NSUBJ && clause_of_mention(sv, next) != clause) ||
		    locative_place(sv, m) || (place_at(sv, next->head) && clause_of_mention(sv, next) != clause))
			break;
		add_actor(&run, m);
		me = &sv->doc->mentions[m];
		i = dir > 0 ? (int32_t)(me->word_last - sv->w0) + 1 : (int32_t)(me->word_first - sv->w0) - 1;
	}
	/* "While in Paris, Blinken met": a comma alone coordinates nothing */
	for (int k = 0; conjunction && k < run.n; k++)
		add_actor(out, run.m[k]);
}

/* Is there an "and" or "or" (a cc) on any conjunct of w? */
static int has_coordinator(const at_sview *sv, int32_t w)
{
	for (int32_t c = sv->first_child[w]; c >= 0; c = sv->next_sibling[c]) {
		if (sv->role[c] != AT_R_CONJ)
			continue;
		if (at_sview_child(sv, c, AT_R_CC) >= 0)
			return 1;
	}
	return 0;
}

static void actors_in(const at_sview *sv, int32_t w, int any_prep, at_actor_list *out)
{
	if (w < 0)
		return;
	int32_t m = mention_in_phrase(sv, w, 2, any_prep);
	if (m >= 0) {
		add_actor(out, m);
		coordinated_in_text(sv, m, +1, out);
		coordinated_in_text(sv, m, -1, out);
	}
	/* "Blinken, Garland and Mayorkas were in Mexico", parsed with Mexico
	 * as one more conjunct: a place is where, not who; and conjuncts with
	 * no "and" or "or" among them ("Biden's predecessor, Donald Trump,
	 * Mexico has agreed") are a misread apposition */
	if (!has_coordinator(sv, w))
		return;
	for (int32_t c = sv->first_child[w]; c >= 0; c = sv->next_sibling[c])
		if (sv->role[c] == AT_R_CONJ && !(sv->mention[c] >= 0 && locative_place(sv, sv->mention[c])))
			actors_in(sv, c, any_prep, out);
}

void at_actors_at(const at_sview *sv, int32_t w, at_actor_list *out)
{
	actors_in(sv, w, 0, out);
}

static int is_relative_pronoun(const at_sview *sv, int32_t w)
{
	const char *f = sv->form[w];
	return strcmp(f, "who") == 0 || strcmp(f, "which") == 0 || strcmp(f, "that") == 0;
}

static int has_to_mark(const at_sview *sv, int32_t p)
{
	for (int32_t c = sv->first_child[p]; c >= 0; c = sv->next_sibling[c])
		if (sv->role[c] == AT_R_MARK && strcmp(sv->lemma[c], "to") == 0)
			return 1;
	return 0;
}

static int has_temporal_mark(const at_sview *sv, int32_t p)
{
	static const char *const marks[] = {"after", "before", "while", "when", "since", "until", "as", NULL};
	for (int32_t c = sv->first_child[p]; c >= 0; c = sv->next_sibling[c]) {
		if (sv->role[c] != AT_R_MARK)
			continue;
		for (int i = 0; marks[i]; i++)
			if (strcmp(sv->lemma[c], marks[i]) == 0)
				return 1;
	}
	return 0;
}

static int has_xpos(const at_sview *sv, int32_t i, const char *tag)
{
	uint8_t xpos = sv->doc->words[sv->w0 + (uint32_t)i].xpos;
	return xpos < at_xpos_count && strcmp(at_xpos_names[xpos], tag) == 0;
}

static int is_gerund(const at_sview *sv, int32_t i)
{
	return has_xpos(sv, i, "VBG");
}

/* Participles that pass their noun on as the subject of what follows. */
static const char *const raising[] = {
	"believe", "think", "say", "report", "allege", "suspect", "know", "expect", "rumor", "understand",
	"fear", "suppose", "presume", "seem", NULL,
};

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
		/* "Blinken, Garland and Mayorkas were in Mexico to meet", parsed
		 * with the names at the head (and the place as one more of
		 * them): they are who meets */
		int32_t named = h;
		while (named >= 0 && sv->mention[named] >= 0 && locative_place(sv, sv->mention[named]) &&
		       sv->role[named] == AT_R_CONJ)
			named = sv->head[named];
		if (named >= 0 && sv->mention[named] >= 0 && !locative_place(sv, sv->mention[named]) &&
		    at_sview_child(sv, named, AT_R_NSUBJ) < 0)
			return named;
		/* "urged Gondor to restore": the object between them controls,
		 * also when parsed as an indirect one ("allow us to set") */
		int32_t o = h >= 0 ? at_sview_child(sv, h, AT_R_OBJ) : -1;
		if (h >= 0 && o < 0)
			o = at_sview_child(sv, h, AT_R_IOBJ);
		/* "Gollum was seen to break in": the passive's own subject */
		if (h >= 0 && at_sview_child(sv, h, AT_R_AUX_PASS) >= 0)
			return at_sview_child(sv, h, AT_R_NSUBJ_PASS);
		return o > h && o < p ? o : subject_word(sv, h, depth + 1);
	}
	case AT_R_ADVCL:
		/* "after leaving Eriador": a circumstance, not an event of its own */
		if (has_temporal_mark(sv, p))
			return -1;
		return subject_word(sv, h, depth + 1);
	case AT_R_CONJ:
		/* "have named as priorities pursuing networks, preventing
		 * crime, protecting our people": an -ing form without an
		 * auxiliary ("and is negotiating") joined to a verb of another
		 * form is an item of a list, not a second predicate of the
		 * subject */
		if (h >= 0 && is_gerund(sv, p) && !is_gerund(sv, h) && at_sview_child(sv, p, AT_R_AUX) < 0)
			return -1;
		return subject_word(sv, h, depth + 1);
	case AT_R_ACL:
		/* "his third trip since taking on the job": a circumstance */
		if (has_temporal_mark(sv, p))
			return -1;
		/* "a Mafia boss arrested Tuesday in a police raid": the noun a
		 * past participle modifies is what was done to. With an object,
		 * or from a noun the sentence hangs from, it is a verb of the
		 * past the parser hung from its subject ("Israeli jets bombed
		 * Palestinian targets", "However, Japanese businessmen called
		 * on Takeshita", parsed as a parataxis of "However"). A verb of
		 * belief passes the noun on ("a woman believed linked to
		 * Al-Qaeda"). */
		if (has_xpos(sv, p, "VBN") && at_sview_child(sv, p, AT_R_OBJ) < 0 && h >= 0 && sv->head[h] >= 0 &&
		    sv->role[h] != AT_R_PARATAXIS && !at_word_in(sv->lemma[p], raising))
			return -1;
		/* "were in Mexico to meet with ...": a purpose clause of a
		 * predicate noun has the subject of its clause */
		if (h >= 0 && at_sview_child(sv, h, AT_R_NSUBJ) >= 0 && has_to_mark(sv, p))
			return subject_word(sv, h, depth + 1);
		return h;
	case AT_R_RELCL:
		return h;
	default:
		return -1;
	}
}

/* The by-phrase of a passive, also where a parser hangs it on an adverb
 * ("was opposed earlier by Osgiliath"). */
static int32_t agent_word(const at_sview *sv, int32_t p)
{
	for (int32_t c = sv->first_child[p]; c >= 0; c = sv->next_sibling[c]) {
		const char *prep = at_sview_case(sv, c);
		/* an agent is a by-phrase, whatever a parser calls "between" */
		if (sv->role[c] == AT_R_AGENT && (!prep || strcmp(prep, "by") == 0))
			return c;
		if (sv->role[c] == AT_R_OBL && prep && strcmp(prep, "by") == 0)
			return c;
		if (sv->role[c] == AT_R_ADVMOD) {
			int32_t a = agent_word(sv, c);
			if (a >= 0)
				return a;
		}
	}
	return -1;
}

/* May the target search go down from w to its child c? Into the noun
 * phrases and prepositional phrases of the predicate, not into other
 * clauses. A passive's by-phrase (obl:agent) is one of them ("memos sent
 * by Bree"). */
static int descend(const at_sview *sv, int32_t c)
{
	switch (sv->role[c]) {
	case AT_R_OBJ: case AT_R_IOBJ: case AT_R_OBL: case AT_R_AGENT: case AT_R_NMOD: case AT_R_ACL:
	case AT_R_APPOS: case AT_R_XCOMP: case AT_R_COMPOUND: case AT_R_FLAT:
		return 1;
	default:
		return 0;
	}
}

static int in_list(const at_actor_list *l, int32_t m)
{
	for (int i = 0; i < l->n; i++)
		if (l->m[i] == m)
			return 1;
	return 0;
}

/* How good a target the phrase at w makes: an object (0), a with, to,
 * against ... phrase (1), another (by, of ...: 2), a place phrase (in, at,
 * from ...: 3); never one of time or cause ("after French anger": 4). */
static int target_rank(const at_sview *sv, int32_t w)
{
	static const char *const good[] = {
		"with", "to", "against", "on", "upon", "for", "toward", "towards", "into", "between", NULL,
	};
	static const char *const where[] = {
		"in", "at", "near", "inside", "outside", "across", "throughout", "within", "from", NULL,
	};
	static const char *const never[] = {
		"after", "before", "since", "during", "until", "despite", "because", "amid", "like",
		"as", "than", "except", "without", "via", "under", NULL,
	};
	const char *prep = at_sview_case(sv, w);
	if (!prep)
		return sv->role[w] == AT_R_OBJ || sv->role[w] == AT_R_IOBJ ? 0 : 2;
	for (int i = 0; good[i]; i++)
		if (strcmp(prep, good[i]) == 0)
			return 1;
	for (int i = 0; where[i]; i++)
		if (strcmp(prep, where[i]) == 0)
			return 3;
	for (int i = 0; never[i]; i++)
		if (strcmp(prep, never[i]) == 0)
			return 4;
	return 2;
}

/* The best actor below p in its objects and prepositional phrases, so
 * "ties with Gondor" and "roads leading into Mordor" find their target:
 * by rank of the phrase (target_rank), then nearest in the tree; nothing
 * already in avoid. */
static void nearest_target(const at_sview *sv, int32_t p, const at_actor_list *avoid, at_actor_list *out)
{
	int32_t queue[64], rank[64];
	int head = 0, tail = 0, best = -1;
	int32_t colon = at_sview_colon_after(sv, p);
	for (int32_t c = sv->first_child[p]; c >= 0 && tail < 64; c = sv->next_sibling[c])
		if (descend(sv, c) && sv->role[c] != AT_R_XCOMP) {
			rank[tail] = target_rank(sv, c);
			queue[tail++] = c;
		}
	while (head < tail) {
		int k = head++;
		int32_t w = queue[k];
		int32_t m = sv->mention[w];
		if (m >= 0 && !in_list(avoid, m) && (best < 0 || rank[k] < rank[best]) && rank[k] < 4 &&
		    w < colon && !no_party_at(sv, w))
			best = k;
		for (int32_t c = sv->first_child[w]; c >= 0 && tail < 64; c = sv->next_sibling[c]) {
			if (!descend(sv, c) && sv->role[c] != AT_R_CONJ)
				continue;
			const char *prep = at_sview_case(sv, c);
			/* "with the leaders of Gondor": "of" keeps the rank of "with" */
			rank[tail] = !prep || strcmp(prep, "of") == 0 ? rank[k] : target_rank(sv, c);
			/* nothing inside "on Thursday and promised aid to ..." */
			if (rank[k] == 4)
				rank[tail] = 4;
			queue[tail++] = c;
		}
	}
	if (best >= 0)
		at_actors_at(sv, queue[best], out);
}

/* The actor of a with/between phrase right after word p, up to three
 * determiners, possessives or adjectives in: -1 when there is none. */
static int in_timex(const at_sview *sv, int32_t i)
{
	uint32_t w = sv->w0 + (uint32_t)i;
	for (size_t t = 0; t < sv->doc->ntimexes; t++)
		if (sv->doc->timexes[t].word_first <= w && w <= sv->doc->timexes[t].word_last)
			return 1;
	return 0;
}

static int32_t partner_after(const at_sview *sv, int32_t p)
{
	int32_t i = p + 1;
	/* "a meeting later today between A and B": past the time */
	while ((uint32_t)i < sv->n && (sv->doc->words[sv->w0 + (uint32_t)i].upos == AT_ADV || in_timex(sv, i)))
		i++;
	if ((uint32_t)i >= sv->n || (strcmp(sv->form[i], "with") != 0 && strcmp(sv->form[i], "between") != 0))
		return -1;
	for (int32_t prep = i++; (uint32_t)i < sv->n && i <= prep + 4; i++) {
		if (sv->mention[i] >= 0) {
			/* the name's top word in the tree, where its
			 * conjuncts hang */
			int32_t top = i;
			for (uint32_t steps = 0; sv->head[top] >= 0 && sv->mention[sv->head[top]] == sv->mention[i] &&
						 steps < sv->n; steps++)
				top = sv->head[top];
			return top;
		}
		uint8_t upos = sv->doc->words[sv->w0 + (uint32_t)i].upos;
		if (upos != AT_DET && upos != AT_ADJ && upos != AT_PRON)
			return -1;
	}
	return -1;
}

/* When the parse gives no target (unknown names parse badly), the first
 * actor after the verb within its stretch of text: up to punctuation, a
 * subordinator or another clause's verb. */
static void following_target(const at_sview *sv, int32_t p, const at_actor_list *avoid, at_actor_list *out)
{
	const at_word *words = sv->doc->words + sv->w0;
	for (int32_t i = p + 1; (uint32_t)i < sv->n && i <= p + 6; i++) {
		uint8_t upos = words[i].upos;
		if (upos == AT_PUNCT || upos == AT_SCONJ || upos == AT_CCONJ || upos == AT_AUX ||
		    (upos == AT_VERB && sv->role[i] != AT_R_XCOMP))
			return;
		if (upos == AT_ADP && sv->head[i] >= 0 && target_rank(sv, sv->head[i]) == 4)
			return;
		int32_t m = sv->mention[i];
		if (m >= 0 && no_party_at(sv, i))
			continue;
		if (m >= 0 && !in_list(avoid, m) && sv->role[i] != AT_R_NSUBJ) {
			at_actors_at(sv, i, out);
			if (out->n == 0)
				add_actor(out, m);
			return;
		}
	}
}

/* When the parse gives no subject ("While in Paris, Blinken met"): the
 * nearest actor before the verb that is not inside a prepositional phrase
 * or a place. */
static void preceding_subject(const at_sview *sv, int32_t p, at_actor_list *out)
{
	for (int32_t i = p - 1; i >= 0; i--) {
		uint8_t upos = sv->doc->words[sv->w0 + (uint32_t)i].upos;
		if (upos == AT_VERB && at_sview_is_clause(sv, i))
			return;
		int32_t m = sv->mention[i];
		if (m < 0 || locative_place(sv, m))
			continue;
		const at_mention *me = &sv->doc->mentions[m];
		uint32_t first = me->word_first - sv->w0;
		if (first > 0 && sv->doc->words[me->word_first - 1].upos == AT_ADP)
			continue;
		at_actors_at(sv, i, out);
		return;
	}
}

static int has_quote(const at_sview *sv)
{
	for (uint32_t i = 0; i < sv->n; i++)
		if (strcmp(sv->form[i], "\"") == 0 || strcmp(sv->form[i], "\u201c") == 0 ||
		    strcmp(sv->form[i], "\u201d") == 0)
			return 1;
	return 0;
}

/* "'... we appreciate Mexico's commitment,' Mayorkas wrote": in a quote,
 * "we" and "I" are the one who says it, the subject of the sentence's verb
 * of saying. */
static void speaker_of_quote(const at_sview *sv, int32_t p, at_actor_list *out)
{
	if (!has_quote(sv))
		return;
	for (uint32_t i = 0; i < sv->n && out->n == 0; i++) {
		if ((int32_t)i == p || !at_is_saying(sv, (int32_t)i))
			continue;
		/* a parser may hang the quote's own subject on the saying too */
		for (int32_t c = sv->first_child[i]; c >= 0 && out->n == 0; c = sv->next_sibling[c])
			if (sv->role[c] == AT_R_NSUBJ && sv->mention[c] >= 0 && sv->doc->mentions[sv->mention[c]].is_person)
				at_actors_at(sv, c, out);
	}
}

/* True when the pronoun at w refers to an entity named before it in its
 * sentence. */
static int antecedent_in_sentence(const at_sview *sv, int32_t w)
{
	int32_t m = sv->mention[w];
	if (m < 0 || sv->doc->mentions[m].entity < 0)
		return 0;
	for (int32_t i = 0; i < w; i++) {
		int32_t o = sv->mention[i];
		if (o >= 0 && o != m && sv->doc->mentions[o].entity == sv->doc->mentions[m].entity)
			return 1;
	}
	return 0;
}

/* "the sides agreed to continue talks", "the two agreed": the two parties
 * of different countries named before the word in its sentence, the
 * nearest of each; nothing when there are not exactly two countries. */
static void the_two_sides(const at_sview *sv, int32_t s, at_actor_list *out)
{
	static const char *const words[] = {"side", "sides", "two", "both", NULL};
	int known = 0;
	for (int i = 0; words[i]; i++)
		known |= strcmp(sv->lemma[s], words[i]) == 0;
	/* "'productive' as the sides agreed", parsed with the sides under
	 * the adjective */
	for (int32_t c = sv->first_child[s]; c >= 0 && !known; c = sv->next_sibling[c])
		for (int i = 0; words[i]; i++)
			if (sv->role[c] == AT_R_OBL && strcmp(sv->lemma[c], words[i]) == 0 && sv->mention[c] < 0)
				known = 1;
	if (!known || sv->mention[s] >= 0)
		return;
	int32_t pair[2] = {-1, -1};
	for (int32_t i = s - 1; i >= 0; i--) {
		int32_t m = sv->mention[i];
		if (m < 0 || m == pair[0] || m == pair[1])
			continue;
		const char *code = sv->doc->mentions[m].code;
		if (pair[0] < 0) {
			pair[0] = m;
		} else if (strncmp(code, sv->doc->mentions[pair[0]].code, 3) != 0) {
			if (pair[1] >= 0 && strncmp(code, sv->doc->mentions[pair[1]].code, 3) != 0)
				return;  /* a third country */
			if (pair[1] < 0)
				pair[1] = m;
		}
	}
	if (pair[1] < 0)
		return;
	add_actor(out, pair[1]);
	add_actor(out, pair[0]);
}

/* All subjects: a parser may attach each conjunct of "Mordor, Rohan,
 * Fornost and Bree" to the verb. */
static void subjects(const at_sview *sv, int32_t p, at_actor_list *out)
{
	int32_t s = subject_word(sv, p, 0);
	/* "collaboration between Washington and Paris to contain X": the
	 * purpose of a noun has no parties of its own */
	actors_in(sv, s, !(sv->role[p] == AT_R_ACL && has_to_mark(sv, p)), out);
	if (s < 0 && out->n == 0 && sv->role[p] != AT_R_XCOMP && sv->role[p] != AT_R_ACL &&
	    !(sv->role[p] == AT_R_ADVCL && has_temporal_mark(sv, p)))
		preceding_subject(sv, p, out);
	/* "Macron and Biden could announce projects when they talk": a plural
	 * pronoun of a subordinate clause is the coordinated subject above,
	 * unless it stands for someone named earlier in the sentence ("keep
	 * migrants as they seek to enter") */
	if (s >= 0 && sv->role[p] == AT_R_ADVCL && sv->head[p] >= 0 && strcmp(sv->form[s], "they") == 0 &&
	    !antecedent_in_sentence(sv, s)) {
		at_actor_list above = {{0}, 0};
		actors_in(sv, subject_word(sv, sv->head[p], 0), 1, &above);
		if (above.n >= 2)
			*out = above;
	}
	if (s >= 0 && out->n == 0 && (strcmp(sv->form[s], "we") == 0 || strcmp(sv->form[s], "i") == 0))
		speaker_of_quote(sv, p, out);
	if (s >= 0 && out->n == 0)
		the_two_sides(sv, s, out);
	/* "Ethiopia indicated it would act": an uncoded pronoun subject of a
	 * complement clause is the subject of the clause above */
	int32_t clause = at_sview_clause_of(sv, p);
	if (s >= 0 && out->n == 0 && sv->doc->words[sv->w0 + (uint32_t)s].upos == AT_PRON && clause >= 0 &&
	    sv->role[clause] == AT_R_CCOMP && sv->head[clause] >= 0)
		actors_in(sv, subject_word(sv, sv->head[clause], 0), 1, out);
	if (s < 0 || sv->head[s] != p)
		return;
	for (int32_t c = sv->first_child[p]; c >= 0; c = sv->next_sibling[c])
		if (c != s && sv->role[c] == AT_R_NSUBJ)
			at_actors_at(sv, c, out);
}

static void complement_subject(const at_sview *sv, int32_t p, const at_actor_list *avoid, at_actor_list *out)
{
	int32_t c = at_sview_child(sv, p, AT_R_CCOMP);
	if (c < 0)
		return;
	at_actor_list found = {{0}, 0};
	/* every subject a parser gave it, the speaker's among them */
	for (int32_t w = sv->first_child[c]; w >= 0; w = sv->next_sibling[w])
		if (sv->role[w] == AT_R_NSUBJ)
			at_actors_at(sv, w, &found);
	for (int i = 0; i < found.n; i++)
		if (!in_list(avoid, found.m[i]))
			add_actor(out, found.m[i]);
}

static void between_or_with(const at_sview *sv, int32_t h, at_actor_list *out)
{
	for (int32_t c = sv->first_child[h]; c >= 0 && out->n == 0; c = sv->next_sibling[c]) {
		int phrase = sv->role[c] == AT_R_OBL || sv->role[c] == AT_R_AGENT;
		const char *prep = phrase ? at_sview_case(sv, c) : NULL;
		if (prep && (strcmp(prep, "between") == 0 || strcmp(prep, "with") == 0))
			at_actors_at(sv, c, out);
	}
}

/* "said to Gondor": the addressee of a saying. */
static void told_to(const at_sview *sv, int32_t p, at_actor_list *out)
{
	for (int32_t c = sv->first_child[p]; c >= 0 && out->n == 0; c = sv->next_sibling[c]) {
		const char *prep = sv->role[c] == AT_R_OBL ? at_sview_case(sv, c) : NULL;
		if (prep && strcmp(prep, "to") == 0)
			at_actors_at(sv, c, out);
	}
}

/* Are the targets partners of a with-phrase of the event noun p ("talks
 * with China, Syria and Libya")? They all meet an unnamed party, not one
 * another. */
static int with_partners(const at_sview *sv, int32_t p, const at_actor_list *tgt)
{
	int32_t after = partner_after(sv, p);
	if (after >= 0 && sv->mention[after] == tgt->m[0]) {
		for (int32_t i = p + 1; i < after; i++)
			if (strcmp(sv->form[i], "with") == 0)
				return 1;
		return 0;
	}
	for (int32_t c = sv->first_child[p]; c >= 0; c = sv->next_sibling[c]) {
		const char *prep = at_sview_case(sv, c);
		if (prep && strcmp(prep, "with") == 0 && sv->mention[c] == tgt->m[0])
			return 1;
	}
	return 0;
}

/* Are the targets those of a between-phrase of p itself? */
static int between_on(const at_sview *sv, int32_t p, const at_actor_list *tgt)
{
	for (int32_t c = sv->first_child[p]; c >= 0; c = sv->next_sibling[c]) {
		const char *prep = at_sview_case(sv, c);
		if (prep && strcmp(prep, "between") == 0 && sv->mention[c] >= 0 && tgt->n > 0 &&
		    tgt->m[0] == sv->mention[c])
			return 1;
	}
	return 0;
}

/* "the meetings of the IMF and the World Bank", "IMF and World Bank
 * meetings": organisations' own meetings, their members', not talks
 * between the two. */
static int organisations_own(const at_sview *sv, const at_actor_list *tgt)
{
	for (int i = 0; i < tgt->n; i++) {
		const char *code = sv->doc->mentions[tgt->m[i]].code;
		if (!code || strncmp(code, "IGO", 3) != 0)
			return 0;
	}
	uint32_t head = sv->doc->mentions[tgt->m[0]].head;
	if (head < sv->w0 || head - sv->w0 >= sv->n)
		return 0;
	int32_t w = (int32_t)(head - sv->w0), h = sv->head[w];
	const char *code = h >= 0 ? at_nominal_code(sv, h) : NULL;
	if (!code || strncmp(code, "04", 2) != 0)
		return 0;
	const char *prep = at_sview_case(sv, w);
	return sv->role[w] == AT_R_COMPOUND || (sv->role[w] == AT_R_NMOD && prep && strcmp(prep, "of") == 0);
}

/* "an Iraqi air attack on the Stark", "the Soviet invasion": the
 * nationality or name modifying a noun of force is who uses it (a place
 * naming it is where: no_party_at). Not so for sanctions: "Iran
 * sanctions", "the South African sanctions law" name their target. */
static void hostile_noun_doer(const at_sview *sv, int32_t p, at_actor_list *src)
{
	const char *code = at_nominal_code(sv, p);
	if (!code || !((code[0] == '1' && code[1] >= '8') || code[0] == '2'))
		return;
	for (int32_t c = sv->first_child[p]; c >= 0 && src->n == 0; c = sv->next_sibling[c])
		if ((sv->role[c] == AT_R_AMOD || sv->role[c] == AT_R_COMPOUND) && c < p && sv->mention[c] >= 0 &&
		    !no_party_at(sv, c))
			add_actor(src, sv->mention[c]);
}

void at_event_actors(const at_sview *sv, int32_t p, int nominal, int saying, at_actor_list *src,
		     at_actor_list *tgt)
{
	src->n = tgt->n = 0;
	/* a passive subject without a passive auxiliary is a misparse */
	int32_t pass = at_sview_child(sv, p, AT_R_NSUBJ_PASS);
	int passive = at_sview_child(sv, p, AT_R_AUX_PASS) >= 0;
	if (pass >= 0 && !passive) {
		subjects(sv, p, src);
		at_actors_at(sv, pass, src);
	} else if (pass >= 0) {
		at_actors_at(sv, agent_word(sv, p), src);
		at_actors_at(sv, pass, tgt);
	} else if (!nominal && at_sview_child(sv, p, AT_R_AUX_PASS) >= 0) {
		/* "... but are engaged on the issue": the subject a passive
		 * inherits is what was done to, never the doer */
		at_actors_at(sv, agent_word(sv, p), src);
		at_actors_at(sv, subject_word(sv, p, 0), tgt);
	} else if (sv->role[p] == AT_R_ACL && agent_word(sv, p) >= 0) {
		at_actors_at(sv, agent_word(sv, p), src);
		at_actors_at(sv, sv->head[p], tgt);
	} else if (nominal) {
		int32_t poss = at_sview_child(sv, p, AT_R_POSS);
		at_actors_at(sv, poss, src);
		/* "Mayorkas announced that ... was his third trip to Mexico
		 * City": an uncoded possessive pronoun in a reported clause is
		 * the one reporting */
		int32_t clause = at_sview_clause_of(sv, p);
		if (src->n == 0 && poss >= 0 && sv->doc->words[sv->w0 + (uint32_t)poss].upos == AT_PRON &&
		    clause >= 0 && sv->role[clause] == AT_R_CCOMP && sv->head[clause] >= 0)
			actors_in(sv, subject_word(sv, sv->head[clause], 0), 1, src);
		if (src->n == 0 && sv->head[p] >= 0 && sv->role[p] == AT_R_OBJ)
			subjects(sv, sv->head[p], src);
		if (src->n == 0)
			hostile_noun_doer(sv, p, src);
	} else {
		subjects(sv, p, src);
		/* "when they talk": the two the pronoun stands for talk with
		 * each other, not with whoever is named further on */
		int32_t s = at_sview_child(sv, p, AT_R_NSUBJ);
		if (s >= 0 && strcmp(sv->form[s], "they") == 0 && !antecedent_in_sentence(sv, s) && src->n == 2)
			return;
	}
	if (tgt->n > 0)
		return;
	at_actors_at(sv, at_sview_child(sv, p, AT_R_IOBJ), tgt);
	/* what one says, notes or announces is the content, not the one told
	 * ("the agency noted the company's losses") */
	if (tgt->n == 0 && (!saying || strcmp(sv->lemma[p], "tell") == 0))
		at_actors_at(sv, at_sview_child(sv, p, AT_R_OBJ), tgt);
	if (tgt->n == 0 && saying)
		told_to(sv, p, tgt);
	if (tgt->n == 0 && !saying)
		nearest_target(sv, p, src, tgt);
	/* "Arnor believes Dagolath can cope", "allowed that Mordor isn't":
	 * the complement's subject */
	if (tgt->n == 0 && !nominal && !saying)
		complement_subject(sv, p, src, tgt);
	if (tgt->n == 0 && !nominal && !saying)
		following_target(sv, p, src, tgt);
	/* "meetings with their Mexican counterparts", however parsed */
	if (tgt->n == 0 && nominal && partner_after(sv, p) >= 0)
		at_actors_at(sv, partner_after(sv, p), tgt);
	/* "No meeting was announced between A and B": the phrase hangs on
	 * the verb the event noun is the subject or object of */
	if (tgt->n == 0 && nominal && sv->head[p] >= 0 &&
	    (sv->role[p] == AT_R_NSUBJ_PASS || sv->role[p] == AT_R_NSUBJ || sv->role[p] == AT_R_OBJ))
		between_or_with(sv, sv->head[p], tgt);
	/* "Blinken is shifting his focus to security talks with Mexico": talks
	 * with a named partner, in a phrase of a verb or of a predicate ("is
	 * in Paris for talks with Macron"), are its subject's; not a
	 * speaker's, who reports them ("X is expected for talks with Y, the
	 * agency said", the talks hung on "said" by the parser) */
	int32_t h = sv->head[p];
	int of_predicate = h >= 0 && !at_is_saying(sv, h) &&
			   (sv->role[p] == AT_R_OBL || (sv->role[p] == AT_R_NMOD && at_sview_child(sv, h, AT_R_COP) >= 0));
	if (src->n == 0 && tgt->n > 0 && nominal && of_predicate && partner_after(sv, p) >= 0) {
		subjects(sv, sv->head[p], src);
		for (int i = 0; i < src->n; i++)
			if (in_list(tgt, src->m[i]))
				src->n = 0;
	}
	/* "talks between A and B", "the shelf disputed between Ankara and
	 * Athens": the first is the source when none was given; the parties of
	 * a noun below the verb are not the verb's ("the talks could lead to
	 * collaboration between Washington and Paris") */
	if (nominal && src->n == 0 && tgt->n > 1 && organisations_own(sv, tgt)) {
		tgt->n = 0;
		return;
	}
	if (((nominal && !with_partners(sv, p, tgt)) || between_on(sv, p, tgt)) && src->n == 0 && tgt->n > 1) {
		src->m[src->n++] = tgt->m[0];
		memmove(tgt->m, tgt->m + 1, sizeof tgt->m[0] * (size_t)(tgt->n - 1));
		tgt->n--;
	}
}
