/* Dependency parser: fills head and deprel of every word. */
#ifndef ATTACHE_PARSER_H
#define ATTACHE_PARSER_H

#include "core/doc.h"

typedef struct at_parser at_parser;

at_parser *at_parser_load(const char *path, char *err, size_t errlen);
void at_parser_free(at_parser *p);
/* Parses every sentence of doc (tags must be filled). 0, or -1 on OOM. */
int at_parser_parse(const at_parser *p, at_doc *doc);

#endif
