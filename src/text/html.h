/* HTML → main text, title and publication date, with libxml2's HTML parser. */
#ifndef ATTACHE_HTML_H
#define ATTACHE_HTML_H

#include <stddef.h>

#include "core/buf.h"

typedef struct at_html_meta {
	char title[512];
	char date[11];    /* YYYY-MM-DD from common meta tags, "" when none */
} at_html_meta;

/* Appends the article's text to out (paragraphs separated by blank lines).
 * Returns 0, or -1 with err set when the input is not usable HTML. */
int at_html_extract(const char *html, size_t len, at_buf *out, at_html_meta *meta,
		    char *err, size_t errlen);

#endif
