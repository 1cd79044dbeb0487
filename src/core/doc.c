#include "core/doc.h"
#include "text/normalize.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

at_doc *at_doc_new(const char *id, const char *text, size_t len)
{
	at_arena *arena = at_arena_new(len * 8 + 16384);
	if (!arena)
		return NULL;
	at_doc *doc = AT_NEW(arena, at_doc);
	size_t nlen = 0, invalid = 0;
	char *norm = at_normalize(text, len, &nlen, &invalid);
	if (!doc || !norm) {
		free(norm);
		at_arena_free(arena);
		return NULL;
	}
	doc->arena = arena;
	doc->id = at_arena_strdup(arena, id ? id : "");
	doc->text = at_arena_strndup(arena, norm, nlen);
	doc->len = nlen;
	free(norm);
	doc->dateline_timex = -1;
	doc->dateline_place = -1;
	if (invalid)
		snprintf(doc->warning, sizeof doc->warning,
			 "%zu invalid UTF-8 byte(s) replaced by U+FFFD", invalid);
	return doc;
}

void at_doc_free(at_doc *doc)
{
	if (doc)
		at_arena_free(doc->arena);
}

uint32_t at_doc_word_sentence(const at_doc *doc, uint32_t word)
{
	size_t lo = 0, hi = doc->nsents;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (doc->sents[mid].word_first <= word)
			lo = mid;
		else
			hi = mid;
	}
	return (uint32_t)lo;
}

/* The first of n items (each size bytes, with a uint32_t sentence at
 * offset) in sentence sent or after, the items being in text order. */
static size_t first_in_sentence(const void *items, size_t n, size_t size, size_t offset, uint32_t sent)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		uint32_t at;
		memcpy(&at, (const char *)items + mid * size + offset, sizeof at);
		if (at < sent)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t at_doc_first_place(const at_doc *doc, uint32_t sent)
{
	return first_in_sentence(doc->places, doc->nplaces, sizeof *doc->places, offsetof(at_place, sent), sent);
}

size_t at_doc_first_mention(const at_doc *doc, uint32_t sent)
{
	return first_in_sentence(doc->mentions, doc->nmentions, sizeof *doc->mentions, offsetof(at_mention, sent),
				 sent);
}

size_t at_doc_first_timex(const at_doc *doc, uint32_t sent)
{
	return first_in_sentence(doc->timexes, doc->ntimexes, sizeof *doc->timexes, offsetof(at_timex, sent), sent);
}
