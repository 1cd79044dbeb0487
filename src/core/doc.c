#include "core/doc.h"
#include "text/normalize.h"

#include <stdio.h>
#include <stdlib.h>

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

size_t at_doc_first_place(const at_doc *doc, uint32_t sent)
{
	size_t lo = 0, hi = doc->nplaces;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (doc->places[mid].sent < sent)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t at_doc_first_mention(const at_doc *doc, uint32_t sent)
{
	size_t lo = 0, hi = doc->nmentions;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (doc->mentions[mid].sent < sent)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t at_doc_first_timex(const at_doc *doc, uint32_t sent)
{
	size_t lo = 0, hi = doc->ntimexes;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (doc->timexes[mid].sent < sent)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}
