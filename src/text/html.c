#include "text/html.h"

#include <string.h>

int at_html_extract(const char *html, size_t len, at_buf *out, at_html_meta *meta,
		    char *err, size_t errlen)
{
	(void)err;
	(void)errlen;
	memset(meta, 0, sizeof *meta);
	at_buf_put(out, html, len);
	return 0;
}
