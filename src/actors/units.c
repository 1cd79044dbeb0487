/* Words → units: hyphenated words split ("US-Mexico", "Trump-era") so that
 * each part can match the dictionary, every unit folded once. */
#include "actors/find.h"
#include "actors/norm.h"

#include <string.h>

static int is_alpha_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static int is_upper_start(const char *s)
{
	unsigned char c = (unsigned char)s[0], d = (unsigned char)s[1];
	return (c >= 'A' && c <= 'Z') || (c == 0xC3 && d >= 0x80 && d <= 0x9E);
}

static int push_unit(af_state *st, size_t *cap, uint32_t word, uint32_t sent, uint32_t start,
		     uint32_t end, const char *text, size_t n, int gap)
{
	if (st->nunits == *cap) {
		st->units = at_arena_grow(st->doc->arena, st->units, sizeof *st->units, cap);
		if (!st->units)
			return -1;
	}
	char *key = at_arena_alloc(st->doc->arena, n + 1);
	if (!key)
		return -1;
	size_t len = ad_fold(text, n, key, 1);
	af_unit *u = &st->units[st->nunits++];
	u->start = start;
	u->end = end;
	u->word = word;
	u->sent = sent;
	u->key = key;
	u->len = (uint16_t)(len > 65535 ? 65535 : len);
	u->gap = (uint8_t)gap;
	u->cap = (uint8_t)is_upper_start(text);
	u->alpha = 0;
	for (size_t i = 0; i < n; i++)
		if (is_alpha_byte((unsigned char)text[i])) {
			u->alpha = 1;
			break;
		}
	u->upos = st->doc->words[word].upos;
	return 0;
}

/* Splits at hyphens between letters or digits, when the form is the
 * document's text (multiword-token parts are not). */
static int add_word(af_state *st, size_t *cap, uint32_t w, uint32_t sent, int gap)
{
	const at_word *wd = &st->doc->words[w];
	const char *f = wd->form;
	size_t n = strlen(f);
	uint32_t start = wd->start, end = wd->end;
	/* Parts of a multiword token ("Mexico's" → Mexico 's) carry the
	 * token's span: each part gets its own share of it. */
	if (w > 0 && wd->token == st->doc->words[w - 1].token && st->nunits)
		start = st->units[st->nunits - 1].end;
	else if (n < end - start && memcmp(f, st->doc->text + start, n) == 0)
		end = start + (uint32_t)n;
	int own_text = n == end - start && memcmp(f, st->doc->text + start, n) == 0;
	size_t from = 0;
	for (size_t i = 1; own_text && i + 1 < n; i++) {
		if (f[i] != '-' || f[i - 1] == '-' || f[i + 1] == '-')
			continue;
		if (push_unit(st, cap, w, sent, start + (uint32_t)from, start + (uint32_t)i, f + from,
			      i - from, from == 0 ? gap : 1) != 0)
			return -1;
		from = i + 1;
	}
	/* "Mexico's" as one word: the possessive is a unit of its own. */
	size_t poss = 0;
	if (own_text && n - from > 3 && f[n - 2] == '\'' && f[n - 1] == 's')
		poss = 2;
	else if (own_text && n - from > 5 && memcmp(f + n - 4, "\xe2\x80\x99s", 4) == 0)
		poss = 4;
	if (push_unit(st, cap, w, sent, start + (uint32_t)from, end - (uint32_t)poss, f + from,
		      n - from - poss, from == 0 ? gap : 1) != 0)
		return -1;
	return poss ? push_unit(st, cap, w, sent, end - (uint32_t)poss, end, f + n - poss, poss, 0) : 0;
}

int af_build_units(af_state *st)
{
	at_doc *doc = st->doc;
	size_t cap = doc->nwords + 16;
	st->units = at_arena_alloc(doc->arena, cap * sizeof *st->units);
	if (!st->units)
		return -1;
	st->nunits = 0;
	for (uint32_t s = 0; s < doc->nsents; s++) {
		const at_sentence *se = &doc->sents[s];
		for (uint32_t w = se->word_first; w < se->word_first + se->word_count; w++) {
			const at_word *wd = &doc->words[w];
			int gap = w > se->word_first && (wd->start > doc->words[w - 1].end ||
							 (wd->start > 0 && doc->text[wd->start - 1] == '-') ||
							 strcmp(doc->words[w - 1].form, "-") == 0);
			/* The second part of a multiword token shares its span. */
			if (w > se->word_first && wd->token == doc->words[w - 1].token)
				gap = 0;
			/* A lone hyphen joins names ("Jean-Yves") as a space would. */
			if (strcmp(wd->form, "-") == 0)
				continue;
			if (add_word(st, &cap, w, s, gap) != 0)
				return -1;
		}
	}
	return 0;
}
