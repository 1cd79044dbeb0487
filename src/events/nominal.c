#include "events/nominal.h"
#include "core/tags.h"

#include <string.h>

/* attache's own list: the nouns news writes instead of the verb. */
static const struct { const char *lemma; const char *code; } nouns[] = {
	{"talk", "040"},        {"talks", "040"},       {"negotiation", "046"},
	{"negotiations", "046"}, {"meeting", "040"},     {"summit", "040"},
	{"dialogue", "040"},    {"visit", "042"},       {"trip", "042"},
	{"call", "041"},        {"phone", "041"},       {"sanction", "163"},
	{"sanctions", "163"},   {"deportation", "174"}, {"deportations", "174"},
	{"agreement", "057"},   {"accord", "057"},      {"treaty", "057"},
	{"appeal", "020"},      {"praise", "051"},      {"attack", "190"},
	{"airstrike", "195"},   {"invasion", "192"},
};

const char *at_nominal_code(const at_sview *sv, int32_t p)
{
	uint8_t upos = sv->doc->words[sv->w0 + (uint32_t)p].upos;
	if (upos != AT_NOUN)
		return NULL;
	for (size_t i = 0; i < sizeof nouns / sizeof nouns[0]; i++)
		if (strcmp(sv->lemma[p], nouns[i].lemma) == 0 || strcmp(sv->form[p], nouns[i].lemma) == 0)
			return nouns[i].code;
	return NULL;
}
