#include "link/ecb.h"

#include <dirent.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/file.h"
#include "link/strmap.h"

static const int dev_topics[] = {2, 5, 12, 18, 21, 23, 34, 35};

size_t ecb_split_topics(enum ecb_split split, int *topics)
{
	size_t n = 0;
	if (split == ECB_TEST) {
		for (int t = 36; t <= 45; t++)
			topics[n++] = t;
		return n;
	}
	for (int t = 1; t <= 35; t++) {
		int dev = 0;
		for (size_t i = 0; i < sizeof dev_topics / sizeof dev_topics[0]; i++)
			dev |= dev_topics[i] == t;
		if ((split == ECB_DEV) == dev)
			topics[n++] = t;
	}
	return n;
}

/* Loading state shared by the documents: the listed sentences ("36_1ecb#3")
 * and the gold cluster names. */
typedef struct loader {
	ecb_corpus *c;
	at_strmap listed;
	at_strmap gold;
	size_t mcap, dcap;
	char *err;
	size_t errlen;
} loader;

static int load_csv(loader *ld, const char *csv)
{
	size_t len;
	char why[256];
	char *text = at_read_file(csv, &len, why, sizeof why);
	if (!text) {
		snprintf(ld->err, ld->errlen, "%s: %s", csv, why);
		return -1;
	}
	char *save = NULL;
	int line = 0;
	for (char *s = strtok_r(text, "\r\n", &save); s; s = strtok_r(NULL, "\r\n", &save)) {
		int topic, sent;
		char file[64], key[96];
		if (line++ == 0 || sscanf(s, "%d,%63[^,],%d", &topic, file, &sent) != 3)
			continue;
		int n = snprintf(key, sizeof key, "%d_%s#%d", topic, file, sent);
		if (at_strmap_add(&ld->listed, key, (size_t)n) < 0) {
			free(text);
			snprintf(ld->err, ld->errlen, "%s: out of memory", csv);
			return -1;
		}
	}
	free(text);
	if (ld->listed.count == 0) {
		snprintf(ld->err, ld->errlen, "%s: no sentences listed", csv);
		return -1;
	}
	return 0;
}

static long attr_long(xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	long x = v ? strtol((const char *)v, NULL, 10) : -1;
	xmlFree(v);
	return x;
}

static int is_event_tag(const char *name)
{
	return strncmp(name, "ACTION_", 7) == 0 || strncmp(name, "NEG_ACTION_", 11) == 0;
}

/* A document's event markables before they are filtered and sorted. */
typedef struct raw_mention {
	long m_id;
	uint32_t first, last;
	int32_t gold;
} raw_mention;

static int read_tokens(loader *ld, ecb_doc *d, xmlNode *root, long **tindex, long *maxtid)
{
	size_t cap = 256;
	d->tokens = AT_NEW_N(ld->c->arena, ecb_token, cap);
	*maxtid = 0;
	for (xmlNode *n = root->children; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || strcmp((const char *)n->name, "token") != 0)
			continue;
		if (d->ntokens == cap)
			d->tokens = at_arena_grow(ld->c->arena, d->tokens, sizeof *d->tokens, &cap);
		if (!d->tokens)
			return -1;
		ecb_token *t = &d->tokens[d->ntokens++];
		long sent = attr_long(n, "sentence"), num = attr_long(n, "number");
		long tid = attr_long(n, "t_id");
		xmlChar *text = xmlNodeGetContent(n);
		t->sent = sent < 0 ? 0 : (uint32_t)sent;
		t->number = num < 0 ? 0 : (uint32_t)num;
		t->text = at_arena_strdup(ld->c->arena, text ? (const char *)text : "");
		t->lemma = NULL;
		t->head = -1;
		t->upos = t->deprel = 0;
		xmlFree(text);
		if (t->sent + 1 > d->nsents)
			d->nsents = t->sent + 1;
		if (tid > *maxtid)
			*maxtid = tid;
	}
	*tindex = calloc((size_t)*maxtid + 1, sizeof **tindex);
	if (!*tindex)
		return -1;
	for (long i = 0; i <= *maxtid; i++)
		(*tindex)[i] = -1;
	size_t k = 0;
	for (xmlNode *n = root->children; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || strcmp((const char *)n->name, "token") != 0)
			continue;
		long tid = attr_long(n, "t_id");
		if (tid >= 0)
			(*tindex)[tid] = (long)k;
		k++;
	}
	return 0;
}

static size_t read_markables(const ecb_doc *d, xmlNode *markables, const long *tindex, long maxtid,
			     raw_mention *out, size_t cap)
{
	size_t n = 0;
	for (xmlNode *m = markables ? markables->children : NULL; m; m = m->next) {
		if (m->type != XML_ELEMENT_NODE || !is_event_tag((const char *)m->name))
			continue;
		long first = -1, last = -1;
		for (xmlNode *a = m->children; a; a = a->next) {
			if (a->type != XML_ELEMENT_NODE || strcmp((const char *)a->name, "token_anchor") != 0)
				continue;
			long tid = attr_long(a, "t_id");
			long k = tid >= 0 && tid <= maxtid ? tindex[tid] : -1;
			if (k < 0)
				continue;
			if (first < 0 || d->tokens[k].number < d->tokens[first].number)
				first = k;
			if (last < 0 || d->tokens[k].number > d->tokens[last].number)
				last = k;
		}
		if (first < 0 || n == cap)
			continue;
		out[n++] = (raw_mention){attr_long(m, "m_id"), (uint32_t)first, (uint32_t)last, -1};
	}
	return n;
}

static int set_gold(loader *ld, const ecb_doc *d, xmlNode *relations, raw_mention *raw, size_t nraw)
{
	char key[160];
	for (xmlNode *r = relations ? relations->children : NULL; r; r = r->next) {
		if (r->type != XML_ELEMENT_NODE)
			continue;
		int n;
		if (strcmp((const char *)r->name, "CROSS_DOC_COREF") == 0) {
			xmlChar *note = xmlGetProp(r, (const xmlChar *)"note");
			n = snprintf(key, sizeof key, "%s", note ? (const char *)note : "");
			xmlFree(note);
		} else if (strcmp((const char *)r->name, "INTRA_DOC_COREF") == 0) {
			n = snprintf(key, sizeof key, "INTRA_%s_%ld", d->name, attr_long(r, "r_id"));
		} else {
			continue;
		}
		int32_t id = at_strmap_add(&ld->gold, key, (size_t)n);
		if (id < 0)
			return -1;
		for (xmlNode *s = r->children; s; s = s->next) {
			if (s->type != XML_ELEMENT_NODE || strcmp((const char *)s->name, "source") != 0)
				continue;
			long mid = attr_long(s, "m_id");
			for (size_t i = 0; i < nraw; i++)
				if (raw[i].m_id == mid)
					raw[i].gold = id;
		}
	}
	for (size_t i = 0; i < nraw; i++) {
		if (raw[i].gold >= 0)
			continue;
		int n = snprintf(key, sizeof key, "SINGLE_%s_%ld", d->name, raw[i].m_id);
		if ((raw[i].gold = at_strmap_add(&ld->gold, key, (size_t)n)) < 0)
			return -1;
	}
	return 0;
}

static int by_position(const void *a, const void *b)
{
	const ecb_mention *x = a, *y = b;
	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	return x->last < y->last ? -1 : x->last > y->last;
}

static int add_mentions(loader *ld, uint32_t di, const raw_mention *raw, size_t nraw)
{
	ecb_corpus *c = ld->c;
	const ecb_doc *d = &c->docs[di];
	size_t start = c->nmentions;
	for (size_t i = 0; i < nraw; i++) {
		uint32_t sent = d->tokens[raw[i].first].sent;
		if (!d->listed[sent])
			continue;
		if (c->nmentions == ld->mcap) {
			c->mentions = at_arena_grow(c->arena, c->mentions, sizeof *c->mentions, &ld->mcap);
			if (!c->mentions)
				return -1;
		}
		c->mentions[c->nmentions++] = (ecb_mention){di, sent, raw[i].first, raw[i].last, raw[i].gold};
	}
	qsort(c->mentions + start, c->nmentions - start, sizeof *c->mentions, by_position);
	return 0;
}

static xmlNode *child_named(xmlNode *root, const char *name)
{
	for (xmlNode *n = root->children; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0)
			return n;
	return NULL;
}

static int load_doc(loader *ld, const char *path, ecb_doc *d)
{
	xmlDoc *x = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
	if (!x) {
		snprintf(ld->err, ld->errlen, "%s: not well-formed XML", path);
		return -1;
	}
	xmlNode *root = xmlDocGetRootElement(x);
	long *tindex = NULL, maxtid = 0;
	int rc = -1;
	if (!root || read_tokens(ld, d, root, &tindex, &maxtid) != 0)
		goto out;
	d->listed = AT_NEW_N(ld->c->arena, uint8_t, d->nsents + 1);
	char key[96];
	for (uint32_t s = 0; s < d->nsents; s++) {
		int n = snprintf(key, sizeof key, "%s#%u", d->name, s);
		d->listed[s] = at_strmap_find(&ld->listed, key, (size_t)n) >= 0;
	}
	xmlNode *markables = child_named(root, "Markables");
	size_t cap = 4096;
	raw_mention *raw = malloc(cap * sizeof *raw);
	if (!raw)
		goto out;
	size_t nraw = read_markables(d, markables, tindex, maxtid, raw, cap);
	if (set_gold(ld, d, child_named(root, "Relations"), raw, nraw) == 0 &&
	    add_mentions(ld, (uint32_t)(d - ld->c->docs), raw, nraw) == 0)
		rc = 0;
	free(raw);
out:
	if (rc != 0 && !ld->err[0])
		snprintf(ld->err, ld->errlen, "%s: out of memory", path);
	free(tindex);
	xmlFreeDoc(x);
	return rc;
}

typedef struct doc_name {
	int number, plus;
	char file[256];
} doc_name;

static int by_doc_order(const void *a, const void *b)
{
	const doc_name *x = a, *y = b;
	if (x->number != y->number)
		return x->number < y->number ? -1 : 1;
	return x->plus - y->plus;
}

/* The documents of one topic folder, in the standard order. */
static size_t list_topic(const char *dir, int topic, doc_name *out, size_t cap)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%d", dir, topic);
	DIR *dp = opendir(path);
	if (!dp)
		return 0;
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(dp)) && n < cap) {
		int t, num, used = 0;
		if (sscanf(e->d_name, "%d_%d%n", &t, &num, &used) != 2 || t != topic)
			continue;
		const char *rest = e->d_name + used;
		int plus = strcmp(rest, "ecbplus.xml") == 0;
		if (!plus && strcmp(rest, "ecb.xml") != 0)
			continue;
		out[n].number = num;
		out[n].plus = plus;
		snprintf(out[n].file, sizeof out[n].file, "%s", e->d_name);
		n++;
	}
	closedir(dp);
	qsort(out, n, sizeof *out, by_doc_order);
	return n;
}

static int load_topic(loader *ld, const char *dir, int topic)
{
	doc_name names[512];
	size_t n = list_topic(dir, topic, names, sizeof names / sizeof names[0]);
	ecb_corpus *c = ld->c;
	for (size_t i = 0; i < n; i++) {
		if (c->ndocs == ld->dcap) {
			c->docs = at_arena_grow(c->arena, c->docs, sizeof *c->docs, &ld->dcap);
			if (!c->docs)
				return -1;
		}
		ecb_doc *d = &c->docs[c->ndocs++];
		memset(d, 0, sizeof *d);
		size_t len = strlen(names[i].file) - 4;
		d->name = at_arena_strndup(c->arena, names[i].file, len);
		d->topic = topic;
		d->number = names[i].number;
		d->plus = names[i].plus;
		char path[4096];
		snprintf(path, sizeof path, "%s/%d/%s", dir, topic, names[i].file);
		if (load_doc(ld, path, d) != 0)
			return -1;
	}
	return 0;
}

int ecb_load(ecb_corpus *c, const char *dir, const char *csv, const int *topics, size_t ntopics,
	     char *err, size_t errlen)
{
	memset(c, 0, sizeof *c);
	err[0] = '\0';
	c->arena = at_arena_new(1 << 20);
	if (!c->arena) {
		snprintf(err, errlen, "%s: out of memory", dir);
		return -1;
	}
	loader ld = {.c = c, .mcap = 1024, .dcap = 64, .err = err, .errlen = errlen};
	at_strmap_init(&ld.listed, c->arena);
	at_strmap_init(&ld.gold, c->arena);
	c->docs = AT_NEW_N(c->arena, ecb_doc, ld.dcap);
	c->mentions = AT_NEW_N(c->arena, ecb_mention, ld.mcap);
	int rc = load_csv(&ld, csv);
	for (size_t i = 0; rc == 0 && i < ntopics; i++)
		rc = load_topic(&ld, dir, topics[i]);
	if (rc == 0 && c->ndocs == 0) {
		snprintf(err, errlen, "%s: no ECB+ documents of the requested topics (give the folder "
			 "that holds the topic folders 1..45)", dir);
		rc = -1;
	}
	if (rc != 0 && !err[0])
		snprintf(err, errlen, "%s: out of memory", dir);
	/* Gold clusters renumbered densely over the mentions kept. */
	int32_t *dense = rc == 0 ? malloc((ld.gold.count + 1) * sizeof *dense) : NULL;
	if (dense) {
		for (size_t i = 0; i < ld.gold.count; i++)
			dense[i] = -1;
		for (size_t i = 0; i < c->nmentions; i++) {
			int32_t *g = &dense[c->mentions[i].gold];
			if (*g < 0)
				*g = (int32_t)c->ngold++;
			c->mentions[i].gold = *g;
		}
		free(dense);
	} else if (rc == 0) {
		snprintf(err, errlen, "%s: out of memory", dir);
		rc = -1;
	}
	at_strmap_free(&ld.listed);
	at_strmap_free(&ld.gold);
	if (rc != 0)
		ecb_corpus_free(c);
	return rc;
}

void ecb_corpus_free(ecb_corpus *c)
{
	at_arena_free(c->arena);
	memset(c, 0, sizeof *c);
}
