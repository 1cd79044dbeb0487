#include "learn/strings.h"
#include "core/grow.h"
#include "core/hash.h"

#include <stdlib.h>
#include <string.h>

int at_strings_view(at_strings *s, const void *data, size_t size)
{
	uint32_t n;
	if (size < 4)
		return -1;
	memcpy(&n, data, 4);
	if ((size - 4) / 4 < n)
		return -1;
	s->count = n;
	s->offsets = (const uint32_t *)data + 1;
	s->chars = (const char *)(s->offsets + n);
	size_t nchars = size - 4 - (size_t)n * 4;
	if (n && (nchars == 0 || s->chars[nchars - 1] != '\0'))
		return -1;
	for (uint32_t i = 0; i < n; i++)
		if (s->offsets[i] >= nchars)
			return -1;
	return 0;
}

void at_strings_builder_init(at_strings_builder *b)
{
	memset(b, 0, sizeof *b);
	at_map_init(&b->ids);
	at_buf_init(&b->chars);
}

void at_strings_builder_free(at_strings_builder *b)
{
	at_map_free(&b->ids);
	at_buf_free(&b->chars);
	free(b->offsets);
}

uint32_t at_strings_intern(at_strings_builder *b, const char *s)
{
	size_t len = strlen(s);
	uint32_t *slot = at_map_slot(&b->ids, at_hash_bytes(s, len));
	if (!slot)
		return UINT32_MAX;
	if (*slot)
		return *slot - 1;
	if (b->count == b->cap) {
		uint32_t *grown = at_grow(b->offsets, &b->cap, sizeof *grown, 64);
		if (!grown)
			return UINT32_MAX;
		b->offsets = grown;
	}
	b->offsets[b->count] = (uint32_t)b->chars.len;
	at_buf_put(&b->chars, s, len + 1);
	*slot = (uint32_t)++b->count;
	return (uint32_t)b->count - 1;
}

const char *at_strings_builder_get(const at_strings_builder *b, uint32_t i)
{
	return b->chars.data + b->offsets[i];
}

void *at_strings_build(const at_strings_builder *b, size_t *size)
{
	*size = 4 + b->count * 4 + b->chars.len;
	unsigned char *out = malloc(*size ? *size : 1);
	if (!out)
		return NULL;
	uint32_t n = (uint32_t)b->count;
	memcpy(out, &n, 4);
	if (b->count)
		memcpy(out + 4, b->offsets, b->count * 4);
	if (b->chars.len)
		memcpy(out + 4 + b->count * 4, b->chars.data, b->chars.len);
	return out;
}
