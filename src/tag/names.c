#include "tag/names.h"
#include "core/file.h"
#include "learn/map.h"
#include "learn/table.h"
#include "tag/features.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FIELDS 5

static int ascii_word(const char *s, size_t n)
{
	if (n < 2 || n > 40 || s[0] < 'A' || s[0] > 'Z')
		return 0;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 0;
	return 1;
}

/* Adds a name: a one-word name gets kind, each capitalised word of a longer
 * one TAG_NAME_PART. */
static int add_name(at_map *m, const char *name, size_t len, unsigned kind)
{
	char word[48];
	size_t start = 0;
	int single = memchr(name, ' ', len) == NULL;
	while (start < len) {
		size_t end = start;
		while (end < len && name[end] != ' ')
			end++;
		if (ascii_word(name + start, end - start)) {
			memcpy(word, name + start, end - start);
			word[end - start] = '\0';
			uint32_t *slot = at_map_slot(m, tag_hash_lower(word));
			if (!slot)
				return -1;
			*slot |= single ? kind : TAG_NAME_PART;
		}
		start = end + 1;
	}
	return 0;
}

static unsigned kind_of(const char *kind)
{
	if (strcmp(kind, "country") == 0)
		return TAG_NAME_COUNTRY;
	if (strcmp(kind, "adm1") == 0)
		return TAG_NAME_REGION;
	if (strcmp(kind, "city") == 0)
		return TAG_NAME_CITY;
	return 0;
}

/* One TSV row: the name and ASCII name of every place; the alternate names
 * (pipe-separated) of countries only, where they are English variants. */
static int add_row(at_map *m, char *line)
{
	char *f[MAX_FIELDS];
	for (int i = 0; i < MAX_FIELDS; i++) {
		f[i] = line;
		char *tab = line ? strchr(line, '\t') : NULL;
		if (tab)
			*tab = '\0';
		line = tab ? tab + 1 : NULL;
		if (!f[i])
			return 0;
	}
	unsigned kind = kind_of(f[0]);
	if (!kind)
		return 0;
	if (add_name(m, f[2], strlen(f[2]), kind) || add_name(m, f[3], strlen(f[3]), kind))
		return -1;
	if (kind != TAG_NAME_COUNTRY)
		return 0;
	for (char *alt = f[4], *bar; alt && *alt; alt = bar ? bar + 1 : NULL) {
		bar = strchr(alt, '|');
		if (add_name(m, alt, bar ? (size_t)(bar - alt) : strlen(alt), kind))
			return -1;
	}
	return 0;
}

int tag_names_build(const char *path, tag_section_sink sink, void *ctx, char *err, size_t errlen)
{
	size_t len;
	char *data = at_read_file(path, &len, err, errlen);
	if (!data)
		return -1;
	at_map m;
	at_map_init(&m);
	int rc = 0;
	for (char *line = data, *next; line && *line && rc == 0; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		rc = add_row(&m, line);
	}
	free(data);
	size_t size = 0;
	void *bytes = rc == 0 ? at_table_build(&m, &size) : NULL;
	at_map_free(&m);
	if (sink(ctx, "names", bytes, size) != 0) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	return 0;
}
