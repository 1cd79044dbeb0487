/* at_timex_date_events: an event happened when the expression that governs
 * its clause says; failing that, when the sentences just before it say (for
 * past events), else on the dateline's or the article's date. */
#include "timex/timex.h"

#include <string.h>

#include "core/tags.h"

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The calendar date a timex value names, as ISO 8601 with its precision;
 * 0 when the value is no calendar date (durations, PRESENT_REF, XXXX-...). */
static int calendar_value(const at_timex *t, char out[16], uint8_t *precision)
{
	const char *v = t->value;
	if (!v || (t->type != AT_TIMEX_DATE && t->type != AT_TIMEX_TIME))
		return 0;
	size_t n = 0;
	while (n < 4 && is_digit(v[n]))
		n++;
	if (n == 3 && v[3] == '\0') {  /* a decade: 199 */
		memcpy(out, v, 3);
		memcpy(out + 3, "0", 2);
		*precision = AT_PREC_DECADE;
		return 1;
	}
	if (n != 4)
		return 0;
	size_t len = strcspn(v, "T");
	if (len == 10)
		*precision = AT_PREC_DAY;
	else if (len == 8 && v[5] == 'W')
		*precision = AT_PREC_WEEK;
	else if (len == 7 && v[5] == 'Q')
		*precision = AT_PREC_QUARTER;
	else if (len == 7 && is_digit(v[5]))
		*precision = AT_PREC_MONTH;
	else if (len == 4)
		*precision = AT_PREC_YEAR;
	else
		return 0;
	memcpy(out, v, len);
	out[len] = '\0';
	return 1;
}

/* The word of the timex whose head lies outside it: its attachment point.
 * Only the words in the timex's sentence count (a sentence split inside an
 * expression leaves the rest in the next). */
static uint32_t timex_head(const at_doc *doc, const at_timex *t, uint32_t base)
{
	const at_sentence *st = &doc->sents[t->sent];
	uint32_t last = t->word_last < st->word_first + st->word_count ? t->word_last
									: st->word_first + st->word_count - 1;
	for (uint32_t w = t->word_first; w <= last; w++) {
		int h = doc->words[w].head;
		uint32_t hw = h > 0 ? base + (uint32_t)h - 1 : UINT32_MAX;
		if (h <= 0 || hw < t->word_first || hw > last)
			return w;
	}
	return last;
}

/* The verb the timex attaches to (through nouns: "the meeting on
 * Wednesday"), or the anchor itself when met on the way; UINT32_MAX when
 * the tree gives none. party: the head word of the event noun's partner,
 * which stands for the anchor ("the meetings with their counterparts on
 * Wednesday", however parsed); UINT32_MAX for none. */
static uint32_t governing_word(const at_doc *doc, const at_timex *t, uint32_t anchor, uint32_t party)
{
	uint32_t base = doc->sents[t->sent].word_first;
	uint32_t w = timex_head(doc, t, base);
	for (int steps = 0; steps < 12; steps++) {
		int h = doc->words[w].head;
		if (h <= 0)
			return UINT32_MAX;
		w = base + (uint32_t)h - 1;
		if (w == party)
			return anchor;
		if (w == anchor || doc->words[w].upos == AT_VERB)
			return w;
	}
	return UINT32_MAX;
}

/* The head word of the party named after an event noun ("meetings with
 * their Mexican counterparts": the target, or the source of the event read
 * the other way); UINT32_MAX when there is none. */
static uint32_t noun_party(const at_doc *doc, const at_event *e)
{
	if (doc->words[e->anchor].upos != AT_NOUN)
		return UINT32_MAX;
	const int32_t parties[] = {e->target, e->source};
	for (int i = 0; i < 2; i++) {
		if (parties[i] < 0 || (size_t)parties[i] >= doc->nmentions)
			continue;
		const at_mention *m = &doc->mentions[parties[i]];
		if (m->sent == e->sent && m->word_first > e->anchor)
			return m->head;
	}
	return UINT32_MAX;
}

static int parsed(const at_doc *doc, uint32_t word)
{
	return doc->nsents && word < doc->nwords && doc->words[word].head >= 0 && doc->words[word].upos;
}

static uint32_t distance(const at_timex *t, uint32_t anchor)
{
	if (anchor < t->word_first)
		return t->word_first - anchor;
	return anchor > t->word_last ? anchor - t->word_last : 0;
}

/* True when word a is above word w in its sentence's tree. */
static int is_ancestor(const at_doc *doc, uint32_t a, uint32_t w)
{
	uint32_t base = doc->sents[at_doc_word_sentence(doc, w)].word_first;
	for (int steps = 0; steps < 32 && doc->words[w].head > 0; steps++) {
		w = base + (uint32_t)doc->words[w].head - 1;
		if (w == a)
			return 1;
	}
	return 0;
}

/* The verb an event noun is an argument of ("started by Biden's phone call
 * last week"): its time is the noun's. UINT32_MAX for a verb anchor. */
static uint32_t noun_verb(const at_doc *doc, const at_event *e)
{
	const at_word *a = &doc->words[e->anchor];
	if (a->upos != AT_NOUN || a->head <= 0)
		return UINT32_MAX;
	uint32_t h = doc->sents[e->sent].word_first + (uint32_t)a->head - 1;
	return doc->words[h].upos == AT_VERB ? h : UINT32_MAX;
}

/* The timex dating the event: attached to its verb in the tree (or to the
 * verb its noun is an argument of), else the nearest in the sentence that
 * no other verb governs, else one on a verb that governs the event's ("said
 * Wednesday that ... met"); -1 for none. */
static int governing_timex(const at_doc *doc, const at_event *e)
{
	int best = -1, nearest = -1, above = -1;
	uint32_t best_d = UINT32_MAX, nearest_d = UINT32_MAX, above_d = UINT32_MAX;
	char value[16];
	uint8_t prec;
	for (size_t k = at_doc_first_timex(doc, e->sent); k < doc->ntimexes && doc->timexes[k].sent == e->sent; k++) {
		const at_timex *t = &doc->timexes[k];
		if (!calendar_value(t, value, &prec))
			continue;
		uint32_t d = distance(t, e->anchor);
		if (parsed(doc, t->word_first) && parsed(doc, e->anchor)) {
			uint32_t g = governing_word(doc, t, e->anchor, noun_party(doc, e));
			if ((g == e->anchor || g == noun_verb(doc, e)) && d < best_d) {
				best = (int)k;
				best_d = d;
			}
			if (g != UINT32_MAX && g != e->anchor) {
				if (d < above_d && is_ancestor(doc, g, e->anchor)) {
					above = (int)k;
					above_d = d;
				}
				continue;
			}
		}
		if (d < nearest_d) {
			nearest = (int)k;
			nearest_d = d;
		}
	}
	return best >= 0 ? best : nearest >= 0 ? nearest : above;
}

/* A future auxiliary in the sentence: what it reports is still to come. */
static int sentence_is_future(const at_doc *doc, uint32_t sent)
{
	const at_sentence *st = &doc->sents[sent];
	for (uint32_t w = st->word_first; w < st->word_first + st->word_count && w < doc->nwords; w++) {
		const char *f = doc->words[w].form;
		if (strcmp(f, "will") == 0 || strcmp(f, "'ll") == 0 || strcmp(f, "shall") == 0 ||
		    strcmp(f, "Will") == 0)
			return 1;
	}
	return 0;
}

/* Nouns that name an event a later sentence may come back to. */
static const char *const story_nouns[] = {
	"attack", "ballot", "bombing", "call", "ceremony", "clash", "conference", "deal", "debate",
	"dialogue", "discussion", "election", "explosion", "hearing", "interview", "meeting",
	"negotiation", "offensive", "operation", "protest", "raid", "rally", "session", "shooting",
	"speech", "strike", "summit", "talk", "trip", "visit", "vote",
};

/* The word's lemma, or its lowercase form without a plural s, in buf. */
static const char *base_form(const at_word *w, char *buf, size_t size)
{
	if (w->lemma)
		return w->lemma;
	size_t n = 0;
	for (const char *c = w->form; *c && n + 1 < size; c++)
		buf[n++] = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
	if (n > 3 && buf[n - 1] == 's')
		n--;
	buf[n] = '\0';
	return buf;
}

static int is_story_noun(const char *base)
{
	for (size_t k = 0; k < sizeof story_nouns / sizeof story_nouns[0]; k++)
		if (strcmp(base, story_nouns[k]) == 0)
			return 1;
	return 0;
}

/* Both sentences name the same kind of event: "a meeting on Wednesday" and
 * "called the Mexico City meeting productive". */
static int same_story(const at_doc *doc, uint32_t a, uint32_t b)
{
	const at_sentence *sa = &doc->sents[a], *sb = &doc->sents[b];
	char ba[32], bb[32];
	for (uint32_t i = sa->word_first; i < sa->word_first + sa->word_count && i < doc->nwords; i++) {
		const char *x = base_form(&doc->words[i], ba, sizeof ba);
		if (!is_story_noun(x))
			continue;
		for (uint32_t j = sb->word_first; j < sb->word_first + sb->word_count && j < doc->nwords; j++)
			if (strcmp(x, base_form(&doc->words[j], bb, sizeof bb)) == 0)
				return 1;
	}
	return 0;
}

/* The date the story is at when a sentence gives none: the last calendar
 * day, month or year of the sentence before, if it is not after the
 * article and both sentences name the same event ("a meeting on
 * Wednesday. U.S. officials called the Mexico City meeting productive").
 * The dateline does not count: it dates the report. */
static int carried_timex(const at_doc *doc, const at_event *e)
{
	char value[16];
	uint8_t prec;
	if (!doc->date || e->sent == 0 || e->sent >= doc->nsents || sentence_is_future(doc, e->sent) ||
	    !same_story(doc, e->sent, e->sent - 1))
		return -1;
	uint32_t from = e->sent - 1;
	for (size_t k = at_doc_first_timex(doc, e->sent); k-- > 0;) {
		const at_timex *t = &doc->timexes[k];
		if (t->sent < from)
			break;
		if ((int)k == doc->dateline_timex || !calendar_value(t, value, &prec) ||
		    (prec != AT_PREC_DAY && prec != AT_PREC_MONTH && prec != AT_PREC_YEAR))
			continue;
		if (strncmp(value, doc->date, strlen(value)) <= 0)
			return (int)k;
	}
	return -1;
}

static void set_from_timex(at_doc *doc, at_event *e, int k)
{
	char value[16];
	uint8_t prec;
	calendar_value(&doc->timexes[k], value, &prec);
	e->date = at_arena_strdup(doc->arena, value);
	e->date_precision = prec;
	e->date_timex = k;
}

void at_timex_date_events(at_doc *doc)
{
	char value[16];
	uint8_t prec;
	int dateline = doc->dateline_timex;
	if (dateline >= 0 && (size_t)dateline < doc->ntimexes &&
	    !calendar_value(&doc->timexes[dateline], value, &prec))
		dateline = -1;
	for (size_t i = 0; i < doc->nevents; i++) {
		at_event *e = &doc->events[i];
		int k = governing_timex(doc, e);
		if (k < 0)
			k = carried_timex(doc, e);
		if (k < 0)
			k = dateline;
		if (k >= 0) {
			set_from_timex(doc, e, k);
			if (e->date)
				continue;
		}
		e->date = doc->date;
		e->date_precision = doc->date ? AT_PREC_DAY : AT_PREC_NONE;
		e->date_timex = -1;
	}
}
