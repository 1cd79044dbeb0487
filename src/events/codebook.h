/* The CAMEO event codebook: every code with its name, Goldstein score,
 * QuadClass and PLOVER type. The table is generated (scripts/gen-codebook.py). */
#ifndef ATTACHE_CODEBOOK_H
#define ATTACHE_CODEBOOK_H

#include <stddef.h>

typedef struct at_cameo_code {
	const char *code;       /* "042" */
	const char *name;       /* "Make a visit" */
	double goldstein;       /* -10 .. +10, ICEWS values */
	int quad;               /* 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict */
	const char *plover;     /* PLOVER event type, "" for codes PLOVER drops (01x, 02x) */
	const char *plover_mode;
	const char *plover_context;
} at_cameo_code;

/* Sorted by code (strcmp order). */
extern const at_cameo_code at_codebook[];
extern const size_t at_codebook_size;

/* The entry for code, or NULL for a code CAMEO does not define. */
const at_cameo_code *at_codebook_find(const char *code);

#endif
