/* CoNLL-U reading and writing (https://universaldependencies.org/format.html).
 *
 * Reading gives one at_doc holding every sentence of the file, with the gold
 * columns in its words and a text rebuilt as the CoNLL 2018 shared task does:
 * the sentences of a paragraph joined by one space, paragraphs and documents
 * separated by a blank line. Token offsets point into that text. */
#ifndef ATTACHE_CONLLU_H
#define ATTACHE_CONLLU_H

#include "core/buf.h"
#include "core/doc.h"

/* NULL with err set ("line N: ...") on malformed input. */
at_doc *at_conllu_read(const char *data, size_t len, const char *name, char *err, size_t errlen);
/* Writes every sentence of doc; columns not yet predicted are "_". */
void at_conllu_write(const at_doc *doc, at_buf *out);

#endif
