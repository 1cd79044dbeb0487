/* Main text of a news page: the paragraphs of <article> (else <body>),
 * without scripts, styles, navigation, headers, footers, asides, forms and
 * other page furniture; block elements become blank lines so that the
 * sentence splitter sees paragraphs and headlines. */
#include "text/html.h"

#include <ctype.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

typedef struct {
	at_buf *out;
	int pending_space;
	int pending_break;   /* 1 line break, 2 blank line */
} writer;

static int name_is(const xmlNode *n, const char *name)
{
	return n->name && strcasecmp((const char *)n->name, name) == 0;
}

static int name_in(const xmlNode *n, const char *const *names)
{
	for (; *names; names++)
		if (name_is(n, *names))
			return 1;
	return 0;
}

static const char *const dropped[] = {
	"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "figure",
	"figcaption", "iframe", "svg", "button", "select", "template", "menu", "head", NULL,
};

static const char *const blocks[] = {
	"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article",
	"main", "blockquote", "pre", "table", "tr", "dd", "dt", "dl", "hr", "address", NULL,
};

/* Class or id words that mark page furniture rather than the story. */
static const char *const furniture[] = {
	"advert", "breadcrumb", "comment", "cookie", "menu", "navbar", "newsletter", "promo",
	"related", "share", "sidebar", "social", "subscribe", NULL,
};

static int is_furniture(const xmlNode *n)
{
	static const char *const attrs[] = {"class", "id"};
	for (size_t a = 0; a < 2; a++) {
		xmlChar *v = xmlGetProp(n, (const xmlChar *)attrs[a]);
		if (!v)
			continue;
		int hit = 0;
		for (const char *const *w = furniture; *w && !hit; w++)
			hit = strcasestr((const char *)v, *w) != NULL;
		xmlFree(v);
		if (hit)
			return 1;
	}
	return 0;
}

static void request_break(writer *w, int level)
{
	if (w->pending_break < level)
		w->pending_break = level;
}

static void put_text(writer *w, const char *s)
{
	for (; *s; s++) {
		if (isspace((unsigned char)*s)) {
			w->pending_space = 1;
			continue;
		}
		if (w->out->len > 0) {
			if (w->pending_break)
				at_buf_puts(w->out, w->pending_break == 2 ? "\n\n" : "\n");
			else if (w->pending_space)
				at_buf_putc(w->out, ' ');
		}
		w->pending_space = 0;
		w->pending_break = 0;
		at_buf_putc(w->out, *s);
	}
}

static void walk_text(writer *w, const xmlNode *n)
{
	for (; n; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content)
				put_text(w, (const char *)n->content);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE || name_in(n, dropped) || is_furniture(n))
			continue;
		if (name_is(n, "br")) {
			request_break(w, 1);
			continue;
		}
		int block = name_in(n, blocks);
		int cell = name_is(n, "td") || name_is(n, "th");
		if (block)
			request_break(w, 2);
		w->pending_space |= cell;
		walk_text(w, n->children);
		w->pending_space |= cell;
		if (block)
			request_break(w, 2);
	}
}

static const xmlNode *find_element(const xmlNode *n, const char *name)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (name_is(n, name))
			return n;
		const xmlNode *inner = find_element(n->children, name);
		if (inner)
			return inner;
	}
	return NULL;
}

static size_t text_length(const xmlNode *n)
{
	size_t len = 0;
	for (; n; n = n->next) {
		if (n->type == XML_TEXT_NODE && n->content)
			len += strlen((const char *)n->content);
		else if (n->type == XML_ELEMENT_NODE && !name_in(n, dropped))
			len += text_length(n->children);
	}
	return len;
}

/* Without <article> or <main>: the element whose own paragraphs hold the
 * most text, where pages put the story among menus and link lists. */
static void best_container(const xmlNode *n, const xmlNode **best, size_t *best_len)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || name_in(n, dropped) || is_furniture(n))
			continue;
		size_t len = 0;
		for (const xmlNode *c = n->children; c; c = c->next)
			if (c->type == XML_ELEMENT_NODE && name_is(c, "p"))
				len += text_length(c->children);
		if (len > *best_len) {
			*best = n;
			*best_len = len;
		}
		best_container(n->children, best, best_len);
	}
}

/* The story: <article>, else <main>, else the element with the most
 * paragraph text (when it has a few sentences' worth), else <body>. */
static const xmlNode *main_element(const xmlNode *root)
{
	const xmlNode *found = find_element(root, "article");
	if (!found)
		found = find_element(root, "main");
	if (found)
		return found;
	const xmlNode *best = NULL;
	size_t best_len = 0;
	best_container(root, &best, &best_len);
	if (best && best_len >= 200)
		return best;
	return find_element(root, "body");
}

/* YYYY-MM-DD (or YYYY/MM/DD) at the start of s, into out. */
static int iso_date(const char *s, char out[11])
{
	while (isspace((unsigned char)*s))
		s++;
	for (int i = 0; i < 10; i++) {
		int sep = i == 4 || i == 7;
		if (sep ? (s[i] != '-' && s[i] != '/') : !isdigit((unsigned char)s[i]))
			return 0;
	}
	int month = (s[5] - '0') * 10 + s[6] - '0', day = (s[8] - '0') * 10 + s[9] - '0';
	if (month < 1 || month > 12 || day < 1 || day > 31)
		return 0;
	snprintf(out, 11, "%.4s-%.2s-%.2s", s, s + 5, s + 8);
	return 1;
}

static const char *const date_keys[] = {
	"article:published_time", "og:published_time", "date", "pubdate", "dc.date",
	"dc.date.issued", "publishdate", "publish-date", "article.published", "datepublished", NULL,
};

static int is_date_key(const char *key)
{
	for (const char *const *k = date_keys; *k; k++)
		if (strcasecmp(key, *k) == 0)
			return 1;
	return 0;
}

static void copy_title(at_html_meta *meta, const char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	snprintf(meta->title, sizeof meta->title, "%s", s);
	size_t n = strlen(meta->title);
	while (n > 0 && isspace((unsigned char)meta->title[n - 1]))
		meta->title[--n] = '\0';
}

static void read_meta_tag(const xmlNode *n, at_html_meta *meta, int *og_title)
{
	xmlChar *key = xmlGetProp(n, (const xmlChar *)"property");
	if (!key)
		key = xmlGetProp(n, (const xmlChar *)"name");
	if (!key)
		key = xmlGetProp(n, (const xmlChar *)"itemprop");
	xmlChar *content = xmlGetProp(n, (const xmlChar *)"content");
	if (key && content) {
		if (strcasecmp((const char *)key, "og:title") == 0) {
			copy_title(meta, (const char *)content);
			*og_title = 1;
		} else if (!meta->date[0] && is_date_key((const char *)key)) {
			iso_date((const char *)content, meta->date);
		}
	}
	xmlFree(key);
	xmlFree(content);
}

static void read_meta(const xmlNode *n, at_html_meta *meta, int *og_title)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (name_is(n, "meta")) {
			read_meta_tag(n, meta, og_title);
		} else if (name_is(n, "title") && !*og_title && !meta->title[0]) {
			xmlChar *t = xmlNodeGetContent(n);
			if (t)
				copy_title(meta, (const char *)t);
			xmlFree(t);
		}
		read_meta(n->children, meta, og_title);
	}
}

/* The first <time datetime="..."> gives the date when no meta tag did. */
static void read_time_tag(const xmlNode *root, at_html_meta *meta)
{
	const xmlNode *t = find_element(root, "time");
	xmlChar *v = t ? xmlGetProp(t, (const xmlChar *)"datetime") : NULL;
	if (v)
		iso_date((const char *)v, meta->date);
	xmlFree(v);
}

int at_html_extract(const char *html, size_t len, at_buf *out, at_html_meta *meta,
		    char *err, size_t errlen)
{
	memset(meta, 0, sizeof *meta);
	if (len > (size_t)0x7fffffff) {
		snprintf(err, errlen, "HTML page larger than 2 GB");
		return -1;
	}
	/* Without a declared charset, libxml2 would assume Latin-1. */
	int declared = memmem(html, len, "charset", 7) || memmem(html, len, "CHARSET", 7);
	htmlDocPtr doc = htmlReadMemory(html, (int)len, NULL, declared ? NULL : "UTF-8",
					HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
						HTML_PARSE_NONET);
	const xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (!root) {
		snprintf(err, errlen, "not an HTML page libxml2 can read");
		xmlFreeDoc(doc);
		return -1;
	}
	int og_title = 0;
	read_meta(root, meta, &og_title);
	if (!meta->date[0])
		read_time_tag(root, meta);
	const xmlNode *main = main_element(root);
	size_t start = out->len;
	writer w = {out, 0, 0};
	walk_text(&w, main ? main->children : root->children);
	xmlFreeDoc(doc);
	if (out->len == start) {
		snprintf(err, errlen, "HTML page with no article text");
		return -1;
	}
	return 0;
}
