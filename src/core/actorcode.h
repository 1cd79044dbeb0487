/* CAMEO actor codes are runs of three-letter parts: a country or an
 * organisation type, then roles ("USAGOVMED", "MNCUSAMED"). */
#ifndef ATTACHE_ACTORCODE_H
#define ATTACHE_ACTORCODE_H

#include <string.h>

/* True when one of code's three-letter parts is part. */
static inline int at_code_has_part(const char *code, const char *part)
{
	for (size_t i = 0; code[i] && code[i + 1] && code[i + 2]; i += 3)
		if (strncmp(code + i, part, 3) == 0)
			return 1;
	return 0;
}

#endif
