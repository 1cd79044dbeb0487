#include "timex/meantime.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/doc.h"

enum { ANNOTATED_SENTENCES = 5 };

typedef struct token {
	int id, sentence;
	const char *text;
	uint32_t start, end;  /* in the rebuilt text; end 0 when left out */
	int in_dct;
} token;

static int attr_int(xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	int r = v ? atoi((const char *)v) : -1;
	xmlFree(v);
	return r;
}

static const char *attr_str(at_arena *arena, xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	const char *r = v ? at_arena_strdup(arena, (const char *)v) : NULL;
	xmlFree(v);
	return r;
}

static int is(xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

/* Tokens that take no space before them, or after them. */
static int glued_before(const char *t)
{
	static const char *const marks[] = {",", ".", ";", ":", "!", "?", ")", "]", "'s", "'", "n't",
					    "%", "'re", "'ve", "'ll", "'d", "'m"};
	for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
		if (strcmp(t, marks[k]) == 0)
			return 1;
	return 0;
}

static int glued_after(const char *t)
{
	return strcmp(t, "(") == 0 || strcmp(t, "[") == 0 || strcmp(t, "$") == 0 || strcmp(t, "``") == 0;
}

static token *find_token(token *tokens, size_t n, int id)
{
	/* Ids are 1..n in order in MEANTIME; fall back to a scan otherwise. */
	if (id >= 1 && (size_t)id <= n && tokens[id - 1].id == id)
		return &tokens[id - 1];
	for (size_t k = 0; k < n; k++)
		if (tokens[k].id == id)
			return &tokens[k];
	return NULL;
}

static size_t read_tokens(at_arena *arena, xmlNode *root, token **out)
{
	size_t n = 0, cap = 256;
	token *tokens = AT_NEW_N(arena, token, cap);
	for (xmlNode *c = root->children; c && tokens; c = c->next) {
		if (!is(c, "token"))
			continue;
		if (n == cap && !(tokens = at_arena_grow(arena, tokens, sizeof *tokens, &cap)))
			break;
		xmlChar *text = xmlNodeGetContent(c);
		tokens[n].id = attr_int(c, "t_id");
		tokens[n].sentence = attr_int(c, "sentence");
		tokens[n].text = at_arena_strdup(arena, text ? (const char *)text : "");
		tokens[n].start = tokens[n].end = 0;
		tokens[n].in_dct = 0;
		xmlFree(text);
		n++;
	}
	*out = tokens;
	return tokens ? n : 0;
}

/* Marks the creation time's tokens and copies its value to out->dct. */
static void read_dct(xmlNode *markables, token *tokens, size_t n, tx_timeml *out)
{
	for (xmlNode *t = markables ? markables->children : NULL; t; t = t->next) {
		if (!is(t, "TIMEX3"))
			continue;
		xmlChar *fn = xmlGetProp(t, (const xmlChar *)"functionInDocument");
		int dct = fn && strcmp((const char *)fn, "CREATION_TIME") == 0;
		xmlFree(fn);
		if (!dct)
			continue;
		xmlChar *v = xmlGetProp(t, (const xmlChar *)"value");
		if (v && strlen((const char *)v) >= 10) {
			memcpy(out->dct, v, 10);
			out->dct[10] = '\0';
		}
		xmlFree(v);
		for (xmlNode *a = t->children; a; a = a->next) {
			token *tok = is(a, "token_anchor") ? find_token(tokens, n, attr_int(a, "t_id")) : NULL;
			if (tok)
				tok->in_dct = 1;
		}
	}
}

static void build_text(token *tokens, size_t n, at_buf *text)
{
	int prev_sentence = -1;
	const char *prev = NULL;
	for (size_t k = 0; k < n; k++) {
		token *t = &tokens[k];
		if (t->in_dct || t->sentence > ANNOTATED_SENTENCES)
			continue;
		if (prev && t->sentence != prev_sentence)
			at_buf_putc(text, '\n');
		else if (prev && !glued_before(t->text) && !glued_after(prev))
			at_buf_putc(text, ' ');
		t->start = (uint32_t)text->len;
		at_buf_puts(text, t->text);
		t->end = (uint32_t)text->len;
		prev_sentence = t->sentence;
		prev = t->text;
	}
}

static int read_gold(at_arena *arena, xmlNode *markables, token *tokens, size_t n, tx_timeml *out)
{
	size_t cap = 64;
	out->gold = AT_NEW_N(arena, tx_gold, cap);
	for (xmlNode *t = markables ? markables->children : NULL; t && out->gold; t = t->next) {
		if (!is(t, "TIMEX3"))
			continue;
		const token *first = NULL, *last = NULL;
		int dct = 0;
		for (xmlNode *a = t->children; a; a = a->next) {
			const token *tok = is(a, "token_anchor") ? find_token(tokens, n, attr_int(a, "t_id")) : NULL;
			if (!tok)
				continue;
			dct |= tok->in_dct;
			if (!first)
				first = tok;
			last = tok;
		}
		if (!first || dct || first->end == 0 || last->end == 0)
			continue;
		if (out->ngold == cap && !(out->gold = at_arena_grow(arena, out->gold, sizeof *out->gold, &cap)))
			break;
		tx_gold *g = &out->gold[out->ngold++];
		g->start = first->start;
		g->end = last->end;
		const char *type = attr_str(arena, t, "type");
		g->type = !type ? AT_TIMEX_DATE : strcmp(type, "TIME") == 0 ? AT_TIMEX_TIME
			  : strcmp(type, "DURATION") == 0 ? AT_TIMEX_DURATION
			  : strcmp(type, "SET") == 0 ? AT_TIMEX_SET : AT_TIMEX_DATE;
		g->value = attr_str(arena, t, "value");
	}
	return out->gold ? 0 : -1;
}

int tx_meantime_read(at_arena *arena, const char *xml, size_t len, tx_timeml *out, char *err,
		     size_t errlen)
{
	memset(out, 0, sizeof *out);
	xmlDoc *x = xmlReadMemory(xml, (int)len, NULL, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR |
						   XML_PARSE_NOWARNING);
	xmlNode *root = x ? xmlDocGetRootElement(x) : NULL;
	if (!root || !is(root, "Document")) {
		snprintf(err, errlen, "not a MEANTIME document (no <Document> root)");
		xmlFreeDoc(x);
		return -1;
	}
	token *tokens;
	size_t n = read_tokens(arena, root, &tokens);
	xmlNode *markables = NULL;
	for (xmlNode *c = root->children; c; c = c->next)
		if (is(c, "Markables"))
			markables = c;
	read_dct(markables, tokens, n, out);
	at_buf text;
	at_buf_init(&text);
	build_text(tokens, n, &text);
	out->text = at_arena_strndup(arena, text.data ? text.data : "", text.len);
	out->len = text.len;
	at_buf_free(&text);
	int rc = out->text ? read_gold(arena, markables, tokens, n, out) : -1;
	xmlFreeDoc(x);
	if (rc != 0)
		snprintf(err, errlen, "out of memory");
	return rc;
}
