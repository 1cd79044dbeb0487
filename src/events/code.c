/* The event coder: for each predicate of each sentence, the verb pattern or
 * event noun gives the code, the tree gives source and target, the
 * modifiers give negation and modality. */
#include "events/events.h"
#include "events/actors_of.h"
#include "events/match.h"
#include "events/modality.h"
#include "events/nominal.h"
#include "events/visit.h"
#include "core/actorcode.h"
#include "core/tags.h"
#include "core/wordlist.h"

#include <string.h>

/* One coded predicate before its actors are crossed into events. */
typedef struct predicate {
	int32_t p;
	char code[8];
	char rcode[8];   /* the target's act back toward the source, or "" */
	int nominal;
	at_modal mod;
	int dropped;
	at_actor_list src, tgt;
} predicate;

typedef struct coder {
	at_doc *doc;
	int keep_negated;
	size_t cap;
	at_sview sv;
	int32_t *scratch;
	predicate *preds;
	int npreds, maxpreds;
} coder;

/* The next predicate's slot, or NULL when the sentence has no room left. */
static predicate *next_predicate(coder *c)
{
	if (c->npreds >= c->maxpreds)
		return NULL;
	predicate *pr = &c->preds[c->npreds];
	memset(pr, 0, sizeof *pr);
	return pr;
}

/* A CAMEO code is two to four digits; dictionaries also hold TABARI
 * markers ("+++", "025?") that code nothing. */
static int valid_code(const char *code)
{
	size_t n = strspn(code, "0123456789");
	return n >= 2 && n <= 4 && code[n] == '\0';
}

/* A verb, or a word the tagger took for a noun or adjective that has a
 * direct object, which only verbs have ("and deport asylum seekers"); never
 * a word of an actor's name or a participle used as an adjective. */
static int is_verb(const at_sview *sv, int32_t i)
{
	uint8_t upos = sv->doc->words[sv->w0 + (uint32_t)i].upos;
	/* not the "United" of the United Nations, nor "strained ties"; nor a
	 * word the parser made an object ("see the United States extradite
	 * suspects" with "suspects" tagged a verb): objects are nominals */
	if (sv->mention[i] >= 0 || sv->role[i] == AT_R_AMOD || sv->role[i] == AT_R_COMPOUND ||
	    sv->role[i] == AT_R_OBJ)
		return 0;
	if (upos == AT_VERB)
		return 1;
	return (upos == AT_NOUN || upos == AT_ADJ) && at_sview_child(sv, i, AT_R_OBJ) >= 0;
}

/* "migrants seek to enter the United States", "he wants to see": what is
 * intended is the event, folded into an intent code when it codes (see
 * combine); the intention's own bare code (SEEK, WANT: 030) would take the
 * intended act's target for its own. */
static int intends_an_act(const at_sview *sv, int32_t p)
{
	/* "have agreed new proposals ... to measure the risk": an intention
	 * with an object of its own is an act */
	if (!at_is_intention(sv, p) || at_sview_child(sv, p, AT_R_OBJ) >= 0)
		return 0;
	for (int32_t c = sv->first_child[p]; c >= 0; c = sv->next_sibling[c])
		if (sv->role[c] == AT_R_XCOMP && sv->doc->words[sv->w0 + (uint32_t)c].upos == AT_VERB)
			return 1;
	return 0;
}

/* "meet U.S. complaints", "met its obligations", "meet the deadline": one
 * meets such things by satisfying them, which is no meeting with anyone
 * named inside them; only the bare code of MEET is taken away (its
 * patterns still code). */
static int meets_a_demand(const at_sview *sv, int32_t p)
{
	static const char *const satisfied[] = {
		"obligation", "demand", "complaint", "target", "deadline", "need", "requirement",
		"condition", "criterion", "cost", "expense", "payment", "goal", "standard", "expectation",
		"quota", "commitment", "request", "debt", "shortfall", "forecast", "estimate", NULL,
	};
	int32_t obj = at_sview_child(sv, p, AT_R_OBJ);
	return strcmp(sv->lemma[p], "meet") == 0 && obj >= 0 && at_word_in(sv->lemma[obj], satisfied);
}

/* Actors come first: most verbs of news have none in place, and they are
 * cheaper to find than patterns are to match. */
static int code_verb(coder *c, int32_t p)
{
	predicate *pr = next_predicate(c);
	if (!pr)
		return 0;
	at_event_actors(&c->sv, p, 0, at_is_saying(&c->sv, p), &pr->src, &pr->tgt);
	at_verb_match m;
	if (pr->src.n == 0 || !at_match_verb(&c->sv, p, c->scratch, &m) ||
	    !(valid_code(m.code) || valid_code(m.rcode)) ||
	    (m.weight == 0 && (intends_an_act(&c->sv, p) || meets_a_demand(&c->sv, p))))
		return 0;
	c->npreds++;
	pr->p = p;
	snprintf(pr->code, sizeof pr->code, "%s", valid_code(m.code) ? m.code : "");
	snprintf(pr->rcode, sizeof pr->rcode, "%s", valid_code(m.rcode) ? m.rcode : "");
	at_modality_of(&c->sv, p, &pr->mod);
	if (m.spells_negation)
		pr->mod.negated = 0;
	if (m.swap) {
		at_actor_list subject = pr->src;
		pr->src = pr->tgt;
		pr->tgt = subject;
	}
	if (pr->src.n == 0) {  /* the swapping pattern finds no source after the verb */
		c->npreds--;
		return 0;
	}
	return 1;
}

/* "Blinken is joining Mayorkas in Mexico City for a dialogue": a visit
 * (042) to the place's country by the subject; one of that country being
 * there visits nothing (push_coded drops the pair). */
static void code_visit(coder *c, int32_t p)
{
	int32_t place = at_visited_place(&c->sv, p);
	if (place < 0)
		return;
	predicate *pr = next_predicate(c);
	if (!pr)
		return;
	at_actor_list unused;
	at_event_actors(&c->sv, p, 0, 0, &pr->src, &unused);
	if (pr->src.n == 0)
		return;
	c->npreds++;
	pr->p = p;
	snprintf(pr->code, sizeof pr->code, "042");
	pr->tgt.m[0] = place;
	pr->tgt.n = 1;
	at_modality_of(&c->sv, p, &pr->mod);
}

/* A noun is coded only when no coded verb governs it: "held talks" is the
 * verb's event. A noun heading a reported clause ("announced that ... was
 * his third trip") is governed by nothing. */
static int governed_by_coded(const coder *c, int32_t p)
{
	if (c->sv.role[p] == AT_R_CCOMP || c->sv.role[p] == AT_R_PARATAXIS)
		return 0;
	/* "traveled to Paris for talks with Macron": the purpose is an event
	 * of its own */
	const char *prep = at_sview_case(&c->sv, p);
	if (prep && strcmp(prep, "for") == 0)
		return 0;
	int32_t h = c->sv.head[p];
	for (int i = 0; i < c->npreds; i++)
		if (c->preds[i].p == h && !c->preds[i].nominal)
			return 1;
	return 0;
}

/* "a call for help" is no event; "a phone call" is. */
static int noun_is_event(const at_sview *sv, int32_t p)
{
	if (strcmp(sv->lemma[p], "call") != 0)
		return 1;
	for (int32_t ch = sv->first_child[p]; ch >= 0; ch = sv->next_sibling[ch])
		if (sv->role[ch] == AT_R_COMPOUND || sv->role[ch] == AT_R_AMOD)
			if (strstr(sv->lemma[ch], "phone"))
				return 1;
	return 0;
}

static void code_noun(coder *c, int32_t p)
{
	const char *code = at_nominal_code(&c->sv, p);
	if (!code || governed_by_coded(c, p) || !noun_is_event(&c->sv, p))
		return;
	predicate *pr = next_predicate(c);
	if (!pr)
		return;
	at_event_actors(&c->sv, p, 1, 0, &pr->src, &pr->tgt);
	if (pr->src.n == 0)
		return;
	c->npreds++;
	pr->p = p;
	pr->nominal = 1;
	snprintf(pr->code, sizeof pr->code, "%s", code);
	at_modality_of(&c->sv, p, &pr->mod);
	/* "No meeting was announced": the noun's own determiner, or its verb's */
	int32_t h = c->sv.head[p];
	if (h >= 0 && (c->sv.role[p] == AT_R_NSUBJ_PASS || c->sv.role[p] == AT_R_OBJ)) {
		at_modal gm;
		at_modality_of(&c->sv, h, &gm);
		pr->mod.negated |= gm.negated;
		if (pr->mod.modality == AT_MOD_ASSERTED)
			pr->mod.modality = gm.modality;
	}
}

/* "officials said X", "X, Blinken said": the saying attributes a clause,
 * which is the news (coded or not); only a bare saying ("Blinken told
 * reporters") is a statement event. */
static int reports_a_clause(const at_sview *sv, int32_t p)
{
	for (int32_t ch = sv->first_child[p]; ch >= 0; ch = sv->next_sibling[ch]) {
		uint8_t upos = sv->doc->words[sv->w0 + (uint32_t)ch].upos;
		if (sv->role[ch] == AT_R_CCOMP || sv->role[ch] == AT_R_PARATAXIS || sv->role[ch] == AT_R_XCOMP ||
		    ((upos == AT_VERB || upos == AT_AUX) && at_sview_is_clause(sv, ch)))
			return 1;
	}
	if (sv->role[p] != AT_R_ROOT)
		return 1;
	for (uint32_t i = 0; i < sv->n; i++)
		if (strcmp(sv->form[i], "\"") == 0 || strcmp(sv->form[i], "\u201c") == 0 ||
		    strcmp(sv->form[i], "\u201d") == 0)
			return 1;
	return 0;
}

static int overlaps(const at_actor_list *a, const at_actor_list *b)
{
	for (int i = 0; i < a->n; i++)
		for (int j = 0; j < b->n; j++)
			if (a->m[i] == b->m[j])
				return 1;
	return 0;
}

/* "Mexico wants the United States to extradite suspects", "he wants to
 * see the United States extradite suspects": a wish that another act is a
 * request to it (02x), the wisher's; the one asked did nothing yet. The
 * appeal mirrors the intent code (0313 judicial cooperation: 0213); an act
 * CAMEO has no appeal for codes nothing. */
static void wish_to_appeal(coder *c, predicate *pr, int folded)
{
	static const char *const wishes[] = {"want", "wish", NULL};
	const at_sview *sv = &c->sv;
	int32_t g = pr->mod.intent_of;
	if (!at_word_in(sv->lemma[g], wishes))
		return;
	at_actor_list wisher, unused;
	at_event_actors(sv, g, 0, 0, &wisher, &unused);
	if (wisher.n == 0 || overlaps(&wisher, &pr->src))
		return;
	if (!folded || strncmp(pr->code, "03", 2) != 0) {
		pr->dropped = 1;
		return;
	}
	pr->tgt = pr->src;
	pr->src = wisher;
	pr->code[1] = '2';
}

/* Intentions fold into one event ("wants to meet" is 036, not "want" and
 * "meet"); a saying with a coded clause under it is dropped, since the
 * clause is the event. */
static void combine(coder *c)
{
	const at_sview *sv = &c->sv;
	for (int i = 0; i < c->npreds; i++) {
		predicate *pr = &c->preds[i];
		if (pr->mod.intent_of < 0)
			continue;
		const char *intent = at_intent_code(pr->code);
		if (intent && intent != pr->code)
			snprintf(pr->code, sizeof pr->code, "%s", intent);
		if (intent)
			pr->rcode[0] = '\0';
		wish_to_appeal(c, pr, intent != NULL);
		for (int j = 0; j < c->npreds; j++)
			if (c->preds[j].p == pr->mod.intent_of)
				c->preds[j].dropped = 1;
	}
	for (int i = 0; i < c->npreds; i++) {
		predicate *outer = &c->preds[i];
		if (outer->nominal)
			continue;
		if (at_is_saying(sv, outer->p) && reports_a_clause(sv, outer->p)) {
			outer->dropped = 1;
			continue;
		}
		if (!(at_is_saying(sv, outer->p) || strncmp(outer->code, "01", 2) == 0))
			continue;
		for (int j = 0; j < c->npreds; j++) {
			int32_t h = at_sview_clause_of(sv, c->preds[j].p);
			if (j != i && h >= 0 && h != outer->p && sv->head[h] == outer->p)
				outer->dropped = 1;
		}
	}
}

/* How far an event is to be trusted, from what told right from wrong in
 * events judged on wire news (docs/events.md): a target at all; parties
 * whose country the text states, not one guessed from the context ("the
 * company", "ministers"); the kind of act (criticism, meetings, demands,
 * threats, protests and force read well; bare statements, intentions and
 * cuts in relations seldom). A dictionary pattern told nothing there. */
static float confidence(const at_doc *doc, const char *code, int32_t src, int32_t tgt)
{
	static const char *const sure[] = {"04", "05", "11", "12", "13", "14", "19", NULL};
	static const char *const unsure[] = {"01", "03", "16", "17", NULL};
	char root[3] = {code[0], code[0] ? code[1] : '\0', '\0'};
	int tenths = 5;
	if (tgt < 0)
		tenths -= 3;
	if (src >= 0 && doc->mentions[src].how == AT_HOW_COUNTRY)
		tenths--;
	if (tgt >= 0 && doc->mentions[tgt].how == AT_HOW_COUNTRY)
		tenths--;
	if (at_word_in(root, sure))
		tenths++;
	else if (at_word_in(root, unsure))
		tenths--;
	return (float)(tenths > 0 ? tenths : 0) / 10.0f;
}

/* A country's own refugees and criminals are a party apart from it
 * ("Mexico deported asylum seekers", "sanctions on Mexican cartels"). Its
 * rebels and opposition are not taken so: the actor coder gives an agent
 * the country of its sentence ("activists ... ties with Gondor": GONOPP),
 * which would make a dyad of one party. */
static int non_state_sector(const char *code)
{
	return strncmp(code, "REF", 3) == 0 || strncmp(code, "CRM", 3) == 0;
}

/* "Mexico's government ... Mexico": one actor and its own country is no
 * dyad. */
static int same_party(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	if (na > nb)
		return same_party(b, a);
	return strncmp(a, b, na) == 0 && !(nb > na && non_state_sector(b + na));
}

/* The press: the media sector with no other of its three-letter parts
 * saying whose voice it is ("MED", "USAMED", but not a government's or a
 * firm's spokesman, "USAGOVMED", "MNCUSAMED"). */
static int news_medium(const char *code)
{
	static const char *const voices[] = {
		"GOV", "MIL", "LEG", "JUD", "COP", "PTY", "OPP", "REB", "BUS", "MNC", "IGO", "NGO",
		"ELI", "EDU", "LAB", "AGR", NULL,
	};
	if (!code || !at_code_has_part(code, "MED"))
		return 0;
	for (int i = 0; voices[i]; i++)
		if (at_code_has_part(code, voices[i]))
			return 0;
	return 1;
}

/* "told Reuters", "in an interview with Visnews", "contacted by Reuters",
 * "asked by reporters": the press is how a statement, appeal, intention
 * or consultation reaches the news, not a party to it (roots 01 to 05);
 * in an intention or a consultation (03, 04), which come out both ways, it
 * is no party on either side, and reporters asking ("Greenspan was asked
 * by reporters if ...") put questions, not appeals. What is done to the
 * press (a court against a newspaper, a ban) still counts, and so does an
 * appeal a newspaper makes ("the paper urged"). */
static int press_as_channel(const char *code, const char *scode, const char *tcode, const char *verb)
{
	static const char *const questions[] = {"ask", "question", "query", NULL};
	if (code[0] != '0' || code[1] < '1' || code[1] > '5')
		return 0;
	if (code[1] == '2' && news_medium(scode) && at_word_in(verb, questions))
		return 1;
	return news_medium(tcode) || ((code[1] == '3' || code[1] == '4') && news_medium(scode));
}

/* "attended by 15,000 people including employees, customers and
 * officials", "ministers from Bahrain, Kuwait and Oman": a mention in a
 * phrase modifying another's noun is part of that party, not one apart.
 * The path up to the other's head is nominal and ends in such a phrase
 * (nmod); the other's own conjuncts are parties beside it ("leaders of
 * Israel and Palestinian factions"), joint modifiers name two ("U.S. and
 * Mexican officials"), and a clause on it has parties of its own
 * ("militants who attacked Israel"). */
static int inside_phrase(const at_sview *sv, int32_t inner, int32_t outer)
{
	const at_mention *in = &sv->doc->mentions[inner], *out = &sv->doc->mentions[outer];
	if (in->sent != sv->sent || out->sent != sv->sent)
		return 0;
	int32_t x = (int32_t)(in->head - sv->w0), top = (int32_t)(out->head - sv->w0);
	for (int steps = 0; x >= 0 && x != top && steps < 16; steps++) {
		uint8_t role = sv->role[x];
		int32_t h = sv->head[x];
		if (h == top)
			return role == AT_R_NMOD;
		if (role != AT_R_NMOD && role != AT_R_COMPOUND && role != AT_R_AMOD && role != AT_R_CONJ &&
		    role != AT_R_FLAT)
			return 0;
		x = h;
	}
	return 0;
}

static int already_coded(const at_doc *doc, size_t first, const char *code, const char *s, const char *t)
{
	for (size_t i = first; i < doc->nevents; i++) {
		const at_event *e = &doc->events[i];
		if (strcmp(e->code, code) == 0 && strcmp(e->source_code, s) == 0 &&
		    strcmp(e->target_code ? e->target_code : "", t ? t : "") == 0)
			return 1;
	}
	return 0;
}

static int push_coded(coder *c, size_t first, const predicate *pr, const char *code, int32_t src,
		      const char *scode, int32_t tgt, const char *tcode)
{
	at_doc *doc = c->doc;
	if ((tcode && same_party(scode, tcode)) || press_as_channel(code, scode, tcode, c->sv.lemma[pr->p]))
		return 0;
	if (src >= 0 && tgt >= 0 && (inside_phrase(&c->sv, tgt, src) || inside_phrase(&c->sv, src, tgt)))
		return 0;
	if (already_coded(doc, first, code, scode, tcode))
		return 0;
	if (doc->nevents == c->cap) {
		at_event *grown = at_arena_grow(doc->arena, doc->events, sizeof *grown, &c->cap);
		if (!grown)
			return -1;
		doc->events = grown;
	}
	at_event *e = &doc->events[doc->nevents++];
	memset(e, 0, sizeof *e);
	e->sent = c->sv.sent;
	e->anchor = c->sv.w0 + (uint32_t)pr->p;
	size_t len = strnlen(code, sizeof e->code - 1);
	memcpy(e->code, code, len);
	e->code[len] = '\0';
	e->source = src;
	e->target = tgt;
	e->source_code = scode;
	e->target_code = tcode;
	e->modality = pr->mod.modality;
	e->negated = pr->mod.negated;
	e->confidence = confidence(doc, code, src, tgt);
	e->date_timex = -1;
	e->place = -1;
	return 0;
}

/* The codes of a mention: a dictionary entry may give several
 * ("LORIEN [ELR/GAL]"), each an actor of its own. */
static int mention_codes(at_doc *doc, int32_t m, const char **out, int max)
{
	const char *code = doc->mentions[m].code;
	if (!strchr(code, '/')) {
		out[0] = code;
		return 1;
	}
	int n = 0;
	while (*code && n < max) {
		size_t len = strcspn(code, "/");
		if (len > 0 && !(out[n] = at_arena_strndup(doc->arena, code, len)))
			return -1;
		n += len > 0;
		code += len;
		code += *code == '/';
	}
	return n;
}

/* Every code of source mention src with every code of target tgt (-1 for
 * none), and the target's act back when the dictionary gives one ("X
 * visited Y": Y hosted X). */
static int push_event(coder *c, size_t first, const predicate *pr, int32_t src, int32_t tgt)
{
	const char *sc[4], *tc[4] = {NULL};
	int ns = mention_codes(c->doc, src, sc, 4);
	int nt = tgt >= 0 ? mention_codes(c->doc, tgt, tc, 4) : 1;
	if (ns < 0 || nt < 0)
		return -1;
	for (int i = 0; i < ns; i++)
		for (int j = 0; j < nt; j++) {
			if (pr->code[0] && push_coded(c, first, pr, pr->code, src, sc[i], tgt, tc[j]) != 0)
				return -1;
			if (pr->rcode[0] && tgt >= 0 &&
			    push_coded(c, first, pr, pr->rcode, tgt, tc[j], src, sc[i]) != 0)
				return -1;
		}
	return 0;
}

/* An event needs a target: "Blinken stressed", "Mexico took action" say
 * nothing about anyone, and would flood the data as PETRARCH's bare 010 did.
 * The exceptions are acts complete without an addressee: an appeal for
 * something named, made to whoever hears it ("she appealed for help", 021 to
 * 028; a bare 020 is any "calling"), and a break in relations ("called off
 * talks", 16). */
static int needs_target(const char *code)
{
	return !((strncmp(code, "02", 2) == 0 && strcmp(code, "020") != 0) || strncmp(code, "16", 2) == 0);
}

/* Events two parties do to each other alike: meeting, a phone call, meeting
 * at a third place, negotiating. One is the other's too. */
static int symmetric_code(const char *code)
{
	static const char *const codes[] = {"040", "041", "044", "046", NULL};
	for (int i = 0; codes[i]; i++)
		if (strcmp(code, codes[i]) == 0)
			return 1;
	return 0;
}

/* Codes two actors can do with each other: agree, consult, cooperate,
 * fight. */
static int mutual_code(const char *code)
{
	static const char *const roots[] = {"03", "04", "05", "06", "19", NULL};
	for (int i = 0; roots[i]; i++)
		if (strncmp(code, roots[i], 2) == 0)
			return 1;
	return 0;
}

/* "Gondor and a Gondor official": not two parties to each other. */
static int same_country(const at_doc *doc, int32_t a, int32_t b)
{
	return strncmp(doc->mentions[a].code, doc->mentions[b].code, 3) == 0;
}

static int covered_by_mention(const at_doc *doc, uint32_t sent, uint32_t w)
{
	for (size_t m = at_doc_first_mention(doc, sent); m < doc->nmentions && doc->mentions[m].sent == sent; m++)
		if (doc->mentions[m].word_first <= w && w <= doc->mentions[m].word_last)
			return 1;
	return 0;
}

static int is_coordinator(const char *form)
{
	return strcmp(form, "and") == 0 || strcmp(form, "or") == 0;
}

/* A comma, a determiner or a name: what stands between the items of a list. */
static int list_filler(const at_doc *doc, uint32_t sent, uint32_t w)
{
	const at_word *word = &doc->words[w];
	return strcmp(word->form, ",") == 0 || word->upos == AT_DET || covered_by_mention(doc, sent, w);
}

/* Does the list that starts at word w name the parties of something: a
 * "between", "among", "by" or "of" a few words before it ("talks between
 * A and B", "the accord by the United States, Britain and Japan")? */
static int names_parties(const at_doc *doc, const at_sentence *s, uint32_t w)
{
	static const char *const parties[] = {"between", "among", "by", "of", NULL};
	for (uint32_t i = w; i > s->word_first && i + 3 > w; i--)
		if (at_word_in(doc->words[i - 1].form, parties))
			return 1;
	return 0;
}

/* "The World Bank, Canada, Italy and Denmark had contributed": names of one
 * list (names and determiners between commas, an "and" or "or" before the
 * last) are joint actors, however the parser split the list, not parties
 * to one another. "Between A and B" lists the parties. */
static int in_one_list(const at_doc *doc, int32_t a, int32_t b)
{
	const at_mention *x = &doc->mentions[a], *y = &doc->mentions[b];
	if (x->word_first > y->word_first) {
		const at_mention *t = x;
		x = y, y = t;
	}
	if (x->sent != y->sent || x->word_last >= y->word_first || x->sent >= doc->nsents ||
	    doc->words[x->head].upos == AT_PRON || doc->words[y->head].upos == AT_PRON)
		return 0;
	const at_sentence *s = &doc->sents[x->sent];
	uint32_t end = s->word_first + s->word_count, coordinators = 0;
	for (uint32_t w = x->word_last + 1; w < y->word_first; w++) {
		if (is_coordinator(doc->words[w].form))
			coordinators++;
		else if (!list_filler(doc, x->sent, w))
			return 0;
	}
	/* "A, B and C": the "and" may come after both */
	for (uint32_t w = y->word_last + 1; !coordinators && w < end; w++) {
		if (is_coordinator(doc->words[w].form)) {
			uint32_t next = w + 1;
			while (next < end && doc->words[next].upos == AT_DET)
				next++;
			coordinators = next < end && covered_by_mention(doc, x->sent, next);
			break;
		}
		if (!list_filler(doc, x->sent, w))
			break;
	}
	return coordinators > 0 && !names_parties(doc, s, x->word_first);
}

/* "Gondor and Osgiliath renewed ties" is done to each other; "Gondor and
 * Osgiliath bought grain", "attacked shipping", "praised the plan" is done
 * by both to a third thing. A consultation's object is its topic ("discussed
 * migration"): the two still consult each other. */
static int object_between_them(const at_sview *sv, const predicate *pr)
{
	static const char *const relations[] = {
		"tie", "relation", "relationship", "talk", "deal", "agreement", "accord", "pact",
		"treaty", "cooperation", "dialogue", "contact", "negotiation", "alliance", "partnership",
		"understanding", "memorandum", "trade", "exchange", "fire", "war", "hostility", "blow",
		"compromise", "settlement", "solution", "dispute", "difference", "row", "conflict",
		"meeting", "summit", "visit", "other", "another", NULL};
	if (pr->nominal || strncmp(pr->code, "04", 2) == 0)
		return 1;
	int objects = 0;
	for (int32_t c = sv->first_child[pr->p]; c >= 0; c = sv->next_sibling[c]) {
		if (sv->role[c] != AT_R_OBJ)
			continue;
		if (at_word_in(sv->lemma[c], relations))
			return 1;
		objects++;
	}
	return objects == 0;
}

static int emit(coder *c, const predicate *pr, size_t first)
{
	if (pr->dropped || (pr->mod.negated && !c->keep_negated))
		return 0;
	const at_actor_list src = pr->src, tgt = pr->tgt;
	int saying = !pr->nominal && at_is_saying(&c->sv, pr->p);
	/* "Gondor and Osgiliath renewed ties": each did it with the other; a
	 * longer list is joint actors, not parties to each other */
	int reciprocal = tgt.n == 0 && src.n == 2 && !saying && mutual_code(pr->code) &&
			 object_between_them(&c->sv, pr);
	for (int i = 0; i < src.n; i++) {
		for (int j = 0; reciprocal && j < src.n; j++)
			if (j != i && !same_country(c->doc, src.m[i], src.m[j]) &&
			    push_event(c, first, pr, src.m[i], src.m[j]) != 0)
				return -1;
		if (tgt.n == 0 && !reciprocal && !needs_target(pr->code) &&
		    push_event(c, first, pr, src.m[i], -1) != 0)
			return -1;
		for (int j = 0; j < tgt.n; j++)
			if (!(pr->nominal && symmetric_code(pr->code)) && in_one_list(c->doc, src.m[i], tgt.m[j]))
				continue;
			else if (push_event(c, first, pr, src.m[i], tgt.m[j]) != 0 ||
			    (pr->nominal && symmetric_code(pr->code) && push_event(c, first, pr, tgt.m[j], src.m[i]) != 0))
				return -1;
	}
	return 0;
}

static int code_sentence(coder *c, const at_verb_dict *d, uint32_t s)
{
	if (at_sview_build(&c->sv, c->doc, d, s) != 0)
		return -1;
	const at_sview *sv = &c->sv;
	c->scratch = AT_NEW_N(c->doc->arena, int32_t, sv->n + 1);
	c->preds = AT_NEW_N(c->doc->arena, predicate, sv->n + 1);
	if (!c->scratch || !c->preds)
		return -1;
	c->npreds = 0;
	c->maxpreds = (int)sv->n + 1;
	for (uint32_t i = 0; i < sv->n; i++)
		if (is_verb(sv, (int32_t)i))
			code_verb(c, (int32_t)i);
	for (uint32_t i = 0; i < sv->n; i++)
		code_noun(c, (int32_t)i);
	for (uint32_t i = 0; i < sv->n; i++)
		if (is_verb(sv, (int32_t)i) || at_sview_child(sv, (int32_t)i, AT_R_COP) >= 0)
			code_visit(c, (int32_t)i);
	combine(c);
	size_t first = c->doc->nevents;
	for (int i = 0; i < c->npreds; i++)
		if (emit(c, &c->preds[i], first) != 0)
			return -1;
	return 0;
}

int at_events_code(const at_verb_dict *d, at_doc *doc, int keep_negated)
{
	coder c;
	memset(&c, 0, sizeof c);
	c.doc = doc;
	c.keep_negated = keep_negated;
	doc->events = NULL;
	doc->nevents = 0;
	if (!d || doc->nmentions == 0)
		return 0;
	for (uint32_t s = 0; s < doc->nsents; s++)
		if (code_sentence(&c, d, s) != 0)
			return -1;
	return 0;
}
