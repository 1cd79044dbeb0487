#include "events/codebook.h"

#include <string.h>

const at_cameo_code *at_codebook_find(const char *code)
{
	size_t lo = 0, hi = at_codebook_size;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(at_codebook[mid].code, code);
		if (c == 0)
			return &at_codebook[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}
