/* Which way a weekday or month points: "met on Friday" is the Friday before
 * the article, "will travel on Thursday" the one after. */
#include "timex/scan.h"

#include "core/doc.h"
#include "core/tags.h"

/* The doc word whose span holds byte offset `at`, or -1. */
static long word_at(const at_doc *doc, uint32_t at)
{
	size_t lo = 0, hi = doc->nwords;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (doc->words[mid].end <= at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < doc->nwords && doc->words[lo].start <= at ? (long)lo : -1;
}

static int is_tag(const at_word *w, const char *xpos)
{
	return w->xpos && strcmp(at_xpos_names[w->xpos], xpos) == 0;
}

/* Tense of the verb at doc word v from its form and its aux children;
 * 0 when they say nothing sure. */
static int verb_tense(const at_doc *doc, size_t v)
{
	uint32_t sent = at_doc_word_sentence(doc, (uint32_t)v);
	const at_sentence *st = &doc->sents[sent];
	int result = is_tag(&doc->words[v], "VBD") ? -1 : 0;
	for (uint32_t k = st->word_first; k < st->word_first + st->word_count; k++) {
		const at_word *w = &doc->words[k];
		if (w->head != (int)(v - st->word_first) + 1 || !w->lemma)
			continue;
		if (strcmp(w->lemma, "will") == 0 || strcmp(w->lemma, "shall") == 0 ||
		    strcmp(w->form, "would") == 0)
			return 1;
		if (is_tag(w, "VBD") && strcmp(w->lemma, "be") == 0 && is_tag(&doc->words[v], "VBG"))
			result = -1;  /* "was meeting" */
	}
	return result;
}

/* Up the tree from the expression's head word to the first verb. */
static int tree_tense(const at_doc *doc, uint32_t at)
{
	long w = word_at(doc, at);
	if (w < 0 || doc->words[w].head < 0 || !doc->words[w].upos)
		return 2;
	uint32_t sent = at_doc_word_sentence(doc, (uint32_t)w);
	uint32_t base = doc->sents[sent].word_first;
	for (int steps = 0; steps < 8 && doc->words[w].head > 0; steps++) {
		w = (long)base + doc->words[w].head - 1;
		if (doc->words[w].upos == AT_VERB)
			return verb_tense(doc, (size_t)w);
	}
	return 2;
}

static int ends_with_ed(const tx_scan *s, size_t i)
{
	const tx_piece *p = &s->p[i];
	if (p->kind != TX_P_WORD || p->end - p->start < 5 || p->cap)
		return 0;
	const char *e = s->text + p->end - 2;
	return e[0] == 'e' && e[1] == 'd';
}

/* The cue a single piece gives: auxiliaries and past forms are sure (2),
 * a word in -ed may be an adjective (1); 0 for none. */
static int piece_cue(const tx_scan *s, size_t i)
{
	const tx_word *w = tx_w(s, i);
	if (w && w->cls == TX_FUTURE)
		return !(w->flags & TX_AMBIG) || tx_is(s, i + 1, "to") ? 2 : 0;
	if (w && w->cls == TX_PAST)
		return -2;
	if (w && w->cls == TX_PRESENT) {
		const tx_piece *n = i + 1 < s->limit ? &s->p[i + 1] : NULL;
		if (n && n->kind == TX_P_WORD && n->end - n->start > 4 &&
		    memcmp(s->text + n->end - 3, "ing", 3) == 0)
			return 1;
		return 0;
	}
	return ends_with_ed(s, i) ? -1 : 0;
}

/* A period after a short word is an abbreviation's (Oct., U.S.), not a
 * sentence's end. */
static int clause_end(const tx_scan *s, size_t i)
{
	const tx_piece *p = &s->p[i];
	if (p->kind != TX_P_PUNCT)
		return 0;
	if (p->punct == '.')
		return i == 0 || s->p[i - 1].end - s->p[i - 1].start > 3;
	return p->punct == ';' || p->punct == '?' || p->punct == '!';
}

/* "until Tuesday", "by Jan. 14", "as soon as Tuesday": a deadline ahead. */
static int deadline_before(const tx_scan *s, size_t first)
{
	if (first == s->line)
		return 0;
	size_t k = first - 1;
	if ((tx_is(s, k, "on") || tx_is(s, k, "at")) && k > s->line)
		k--;
	if (tx_is(s, k, "until") || tx_is(s, k, "till") || tx_is(s, k, "by"))
		return 1;
	return k >= s->line + 2 && tx_is(s, k, "as") && (tx_is(s, k - 1, "soon") || tx_is(s, k - 1, "early"));
}

static int nearby_cue(const tx_scan *s, size_t first, size_t last);

int tx_tense(const tx_scan *s, size_t first, size_t last)
{
	int cue = nearby_cue(s, first, last);
	if (cue == 2 || cue == -2)
		return cue;
	if (deadline_before(s, first))
		return 1;  /* "until Tuesday", unless the clause says it is past */
	return cue;
}

/* A word in -ed with its auxiliary: "was introduced", "has agreed" are
 * surely past, "will be introduced" future; alone it is only likely past. */
static int participle_cue(const tx_scan *s, size_t i)
{
	for (size_t d = 1; d <= 3 && i >= s->line + d; d++) {
		size_t k = i - d;
		const tx_word *w = tx_w(s, k);
		if (w && w->cls == TX_FUTURE && !(w->flags & TX_AMBIG))
			return 2;
		if ((w && w->cls == TX_PAST) || tx_is(s, k, "has") || tx_is(s, k, "have"))
			return -2;
		if (!tx_is(s, k, "be") && !tx_is(s, k, "been") && !tx_is(s, k, "not") && !tx_is(s, k, "already"))
			break;
	}
	return -1;
}

/* Another clause starts at piece i: "and", "but", "while", "after". */
static int conjunction(const tx_scan *s, size_t i)
{
	return tx_is(s, i, "and") || tx_is(s, i, "but") || tx_is(s, i, "while") ||
	       tx_is(s, i, "after") || tx_is(s, i, "before") || tx_is(s, i, "when");
}

/* The cue in the direction step (-1 left, 1 right) from piece `from`, or
 * 0; a cue more than 4 pieces away may be another clause's: only likely. */
static int scan_cue(const tx_scan *s, size_t from, int step)
{
	for (size_t d = 1; d <= 12; d++) {
		size_t i = step < 0 ? from - d : from + d;
		if ((step < 0 && (from < d || i < s->line)) || (step > 0 && i >= s->limit) || clause_end(s, i))
			return 0;
		int cue = piece_cue(s, i);
		if (cue == -1)
			cue = participle_cue(s, i);
		if (cue)
			return d > 4 ? (cue > 0 ? 1 : -1) : cue;
		if (step > 0 && conjunction(s, i))
			return 0;
	}
	return 0;
}

/* The tree's verb, else the verb before the expression in its clause
 * ("met on Friday", "will travel on Thursday"), else the one after it
 * ("On Thursday, Blinken will travel"). */
static int nearby_cue(const tx_scan *s, size_t first, size_t last)
{
	const at_doc *doc = s->doc;
	if (doc && doc->nwords && doc->words[0].head >= 0) {
		int t = tree_tense(doc, s->p[first].start);
		if (t == 1 || t == -1)
			return 2 * t;
	}
	int cue = scan_cue(s, first, -1);
	return cue ? cue : scan_cue(s, last, 1);
}
