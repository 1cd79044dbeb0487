#include "events/sview.h"
#include "core/tags.h"

#include <ctype.h>
#include <string.h>

static const char *lowercase(at_arena *a, const char *s)
{
	size_t n = strlen(s);
	size_t i = 0;
	while (i < n && !isupper((unsigned char)s[i]))
		i++;
	if (i == n)
		return s;
	char *out = at_arena_strndup(a, s, n);
	if (!out)
		return NULL;
	for (; i < n; i++)
		out[i] = (char)tolower((unsigned char)out[i]);
	return out;
}

static void link_children(at_sview *sv)
{
	for (uint32_t i = 0; i < sv->n; i++)
		sv->first_child[i] = sv->next_sibling[i] = -1;
	for (uint32_t k = sv->n; k-- > 0;) {
		int32_t h = sv->head[k];
		if (h >= 0) {
			sv->next_sibling[k] = sv->first_child[h];
			sv->first_child[h] = (int32_t)k;
		}
	}
}

/* "OTTAWA, May 12 - Canadian Prime Minister Justin Trudeau met ...": the
 * place in capitals before the dateline's date says where the report was
 * filed; the parser, which saw few datelines, may still make it a subject. */
static int in_dateline(const at_doc *doc, const at_mention *me)
{
	if (doc->dateline_timex < 0 || (size_t)doc->dateline_timex >= doc->ntimexes)
		return 0;
	const at_timex *t = &doc->timexes[doc->dateline_timex];
	if (t->sent != me->sent || me->end > t->start)
		return 0;
	for (uint32_t i = doc->sents[t->sent].start; i < t->start; i++)
		if (islower((unsigned char)doc->text[i]))
			return 0;
	return 1;
}

static void mark_mentions(at_sview *sv)
{
	const at_doc *doc = sv->doc;
	for (uint32_t i = 0; i < sv->n; i++)
		sv->mention[i] = -1;
	for (size_t m = at_doc_first_mention(doc, sv->sent); m < doc->nmentions && doc->mentions[m].sent == sv->sent;
	     m++) {
		const at_mention *me = &doc->mentions[m];
		if (!me->code || !*me->code || in_dateline(doc, me))
			continue;
		for (uint32_t w = me->word_first; w <= me->word_last && w < sv->w0 + sv->n; w++)
			if (w >= sv->w0 && (sv->mention[w - sv->w0] < 0 || w == me->head))
				sv->mention[w - sv->w0] = (int32_t)m;
	}
}

int at_sview_build(at_sview *sv, const at_doc *doc, const at_verb_dict *d, uint32_t sent)
{
	at_arena *a = doc->arena;
	const at_sentence *s = &doc->sents[sent];
	sv->doc = doc;
	sv->dict = d;
	sv->sent = sent;
	sv->w0 = s->word_first;
	sv->n = s->word_count;
	uint32_t n = sv->n ? sv->n : 1;
	sv->head = AT_NEW_N(a, int32_t, n);
	sv->role = AT_NEW_N(a, uint8_t, n);
	sv->first_child = AT_NEW_N(a, int32_t, n);
	sv->next_sibling = AT_NEW_N(a, int32_t, n);
	sv->mention = AT_NEW_N(a, int32_t, n);
	sv->form = AT_NEW_N(a, const char *, n);
	sv->lemma = AT_NEW_N(a, const char *, n);
	if (!sv->head || !sv->role || !sv->first_child || !sv->next_sibling || !sv->mention ||
	    !sv->form || !sv->lemma)
		return -1;
	for (uint32_t i = 0; i < sv->n; i++) {
		const at_word *w = &doc->words[sv->w0 + i];
		sv->head[i] = w->head > 0 && (uint32_t)w->head <= sv->n ? w->head - 1 : -1;
		sv->role[i] = w->deprel < sizeof d->roles ? d->roles[w->deprel] : AT_R_OTHER;
		sv->form[i] = lowercase(a, w->form ? w->form : "");
		sv->lemma[i] = w->lemma ? lowercase(a, w->lemma) : sv->form[i];
		if (!sv->form[i] || !sv->lemma[i])
			return -1;
	}
	link_children(sv);
	mark_mentions(sv);
	return 0;
}

int32_t at_sview_child(const at_sview *sv, int32_t i, int role)
{
	for (int32_t c = sv->first_child[i]; c >= 0; c = sv->next_sibling[c])
		if (sv->role[c] == role)
			return c;
	return -1;
}

const char *at_sview_case(const at_sview *sv, int32_t i)
{
	for (int32_t c = sv->first_child[i]; c >= 0; c = sv->next_sibling[c])
		if (sv->role[c] == AT_R_CASE || (sv->role[c] == AT_R_MARK && c < i))
			return sv->lemma[c];
	return NULL;
}

int at_sview_is_clause(const at_sview *sv, int32_t i)
{
	switch (sv->role[i]) {
	case AT_R_ROOT: case AT_R_CCOMP: case AT_R_ADVCL: case AT_R_ACL: case AT_R_RELCL:
	case AT_R_PARATAXIS:
		return 1;
	case AT_R_CONJ: {
		uint8_t upos = sv->doc->words[sv->w0 + (uint32_t)i].upos;
		return upos == AT_VERB || upos == AT_AUX;
	}
	default:
		return sv->head[i] < 0;
	}
}

int32_t at_sview_clause_of(const at_sview *sv, int32_t i)
{
	for (uint32_t steps = 0; i >= 0 && steps <= sv->n; steps++) {
		if (at_sview_is_clause(sv, i))
			return i;
		i = sv->head[i];
	}
	return -1;
}

int32_t at_sview_colon_after(const at_sview *sv, int32_t p)
{
	for (int32_t i = p + 1; (uint32_t)i < sv->n; i++)
		if (strcmp(sv->form[i], ":") == 0 || strcmp(sv->form[i], ";") == 0)
			return i;
	return (int32_t)sv->n;
}

/* word is w plus a regular plural or verb ending. */
static int inflects(const char *word, const char *w)
{
	size_t n = strlen(w);
	if (strncmp(word, w, n) != 0) {
		if (n > 1 && w[n - 1] == 'y' && strncmp(word, w, n - 1) == 0)
			return strcmp(word + n - 1, "ies") == 0 || strcmp(word + n - 1, "ied") == 0;
		if (n > 1 && w[n - 1] == 'e' && strncmp(word, w, n - 1) == 0)
			return strcmp(word + n - 1, "ing") == 0;
		return 0;
	}
	const char *rest = word + n;
	return strcmp(rest, "s") == 0 || strcmp(rest, "es") == 0 || strcmp(rest, "ed") == 0 ||
	       strcmp(rest, "d") == 0 || strcmp(rest, "ing") == 0;
}

int at_sview_word_is(const at_sview *sv, int32_t i, const char *w)
{
	/* every way of matching keeps the first letter: most words differ there */
	if (w[0] != sv->form[i][0] && w[0] != sv->lemma[i][0])
		return 0;
	size_t n = strlen(w);
	if (n > 1 && w[n - 1] == '*')  /* a TABARI stem */
		return strncmp(sv->form[i], w, n - 1) == 0 || strncmp(sv->lemma[i], w, n - 1) == 0;
	return strcmp(sv->form[i], w) == 0 || strcmp(sv->lemma[i], w) == 0 ||
	       inflects(sv->form[i], w);
}
