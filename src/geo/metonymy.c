/* Metonymy: a place that is the subject of a speech or action verb
 * ("Washington said", "Mexico City rejected") stands for its government.
 * It stays a toponym but is marked as an actor, never an event location. */
#include "geo/geo.h"

#include "core/tags.h"

#include <stdio.h>
#include <string.h>

static const char *const actor_verbs[] = {
	"say", "tell", "announce", "reject", "accept", "warn", "urge", "accuse", "deny", "claim",
	"agree", "demand", "threaten", "criticize", "criticise", "condemn", "respond", "insist",
	"call", "sign", "impose", "send", "refuse", "want", "vow", "pledge", "promise", "welcome",
	"decide", "approve", "expel", "sanction", "recognize", "recognise", "support", "oppose",
	"ask", "offer", "seek", "plan", "propose", "blame", "protest", "retaliate", "negotiate",
	"invade", "attack", "launch", "hope", "expect", "believe", "argue", "order", "ban",
	"suspend", "withdraw", "dispatch", "deploy", "announce", "confirm", "vote", "refuse",
	"block", "veto", "push", "press", "insist", "respond", "declare", "appeal", "request",
	NULL,
};

/* Past forms the suffix rules below do not reach. */
static const char *const irregular[] = {
	"said", "told", "sent", "sought", "struck", "withdrew", "threw", "made", "gave", "took",
	NULL,
};

/* Lowercases form and strips a regular inflection until it is a listed
 * verb: "rejected" → "reject", "urges" → "urge", "denied" → "deny". */
static int is_actor_verb_form(const char *form)
{
	char w[32];
	size_t n = strlen(form);
	if (n < 2 || n >= sizeof w - 1)
		return 0;
	for (size_t i = 0; i <= n; i++)
		w[i] = (char)((form[i] >= 'A' && form[i] <= 'Z') ? form[i] - 'A' + 'a' : form[i]);
	if (at_word_in(w, actor_verbs) || at_word_in(w, irregular))
		return 1;
	static const struct { const char *suffix, *repl; } rules[] = {
		{"ied", "y"}, {"ies", "y"}, {"ed", ""}, {"ed", "e"}, {"es", ""}, {"s", ""},
		{"ing", ""}, {"ing", "e"},
	};
	for (size_t r = 0; r < sizeof rules / sizeof rules[0]; r++) {
		size_t sl = strlen(rules[r].suffix);
		if (n <= sl + 1 || strcmp(w + n - sl, rules[r].suffix) != 0)
			continue;
		char stem[32];
		snprintf(stem, sizeof stem, "%.*s%s", (int)(n - sl), w, rules[r].repl);
		if (at_word_in(stem, actor_verbs))
			return 1;
	}
	return 0;
}

static int is_subject_of_actor_verb(const at_doc *doc, const at_place *p)
{
	const at_sentence *s = &doc->sents[p->sent];
	uint32_t h = geo_place_head(doc, p);
	const at_word *wd = &doc->words[h];
	if (wd->head <= 0 || !wd->deprel)
		return 0;
	const char *rel = at_deprel_names[at_deprel_universal(wd->deprel)];
	if (strcmp(rel, "nsubj") != 0)
		return 0;
	const at_word *verb = &doc->words[s->word_first + (uint32_t)wd->head - 1];
	return is_actor_verb_form(verb->lemma ? verb->lemma : verb->form);
}

/* Without a parse: the verb right after the name ("Washington said"). */
static int precedes_actor_verb(const at_doc *doc, const at_place *p)
{
	const at_sentence *s = &doc->sents[p->sent];
	uint32_t next = p->word_last + 1;
	if (next >= s->word_first + s->word_count)
		return 0;
	const at_word *wd = &doc->words[next];
	if (wd->upos && wd->upos != AT_VERB)
		return 0;
	return is_actor_verb_form(wd->form);
}

void geo_mark_metonymy(at_doc *doc)
{
	for (size_t i = 0; i < doc->nplaces; i++) {
		at_place *p = &doc->places[i];
		if (p->is_demonym || p->from_dateline)
			continue;
		int parsed = doc->words[p->word_first].head >= 0 && doc->words[p->word_first].deprel;
		p->is_actor = (uint8_t)(parsed ? is_subject_of_actor_verb(doc, p) : precedes_actor_verb(doc, p));
	}
}
