/* A pool of NUL-terminated strings addressed by index, stored in one model
 * section: u32 count, u32 offsets[count], then the characters. */
#ifndef ATTACHE_STRINGS_H
#define ATTACHE_STRINGS_H

#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
#include "learn/map.h"

typedef struct at_strings {
	const uint32_t *offsets;
	const char *chars;
	uint32_t count;
} at_strings;

/* -1 when malformed (offsets outside the section or a string unterminated). */
int at_strings_view(at_strings *s, const void *data, size_t size);
static inline const char *at_strings_get(const at_strings *s, uint32_t i)
{
	return i < s->count ? s->chars + s->offsets[i] : "";
}

/* Training time: interns strings, giving each distinct one an index. */
typedef struct at_strings_builder {
	at_map ids;     /* hash -> index + 1 */
	at_buf chars;
	uint32_t *offsets;
	size_t count, cap;
} at_strings_builder;

void at_strings_builder_init(at_strings_builder *b);
void at_strings_builder_free(at_strings_builder *b);
/* The index of s (added when new); UINT32_MAX when out of memory. */
uint32_t at_strings_intern(at_strings_builder *b, const char *s);
const char *at_strings_builder_get(const at_strings_builder *b, uint32_t i);
/* The section bytes (malloc'd). */
void *at_strings_build(const at_strings_builder *b, size_t *size);

#endif
