#include "parse/jackknife.h"
#include "core/buf.h"
#include "core/file.h"
#include "tag/tagger.h"

#include <stdlib.h>
#include <string.h>

/* Byte span of each sentence block (lines up to a blank line). */
typedef struct block {
	size_t start, end;
} block;

static int is_blank(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
		p++;
	return p == end;
}

static block *split_blocks(const char *s, size_t len, size_t *n)
{
	size_t cap = 1024, count = 0;
	block *v = malloc(cap * sizeof *v);
	size_t start = 0, pos = 0;
	int open = 0;
	while (v && pos < len) {
		const char *nl = memchr(s + pos, '\n', len - pos);
		size_t line_end = nl ? (size_t)(nl - s) : len;
		size_t next = nl ? line_end + 1 : len;
		if (is_blank(s + pos, s + line_end)) {
			if (open) {
				if (count == cap) {
					block *g = realloc(v, 2 * cap * sizeof *v);
					if (!g) {
						free(v);
						return NULL;
					}
					v = g;
					cap *= 2;
				}
				v[count++] = (block){start, next};
				open = 0;
			}
		} else if (!open) {
			open = 1;
			start = pos;
		}
		pos = next;
	}
	if (v && open) {
		block *g = count == cap ? realloc(v, (cap + 1) * sizeof *v) : v;
		if (!g) {
			free(v);
			return NULL;
		}
		v = g;
		v[count++] = (block){start, len};
	}
	*n = count;
	return v;
}

static int write_fold(const char *path, const char *s, const block *b, size_t n, int folds,
		      int fold, char *err, size_t errlen)
{
	at_buf out;
	at_buf_init(&out);
	for (size_t i = 0; i < n; i++) {
		if ((int)(i % (size_t)folds) == fold)
			continue;
		at_buf_put(&out, s + b[i].start, b[i].end - b[i].start);
		if (out.data[out.len - 1] != '\n')
			at_buf_putc(&out, '\n');
		if (out.len < 2 || out.data[out.len - 2] != '\n')
			at_buf_putc(&out, '\n');
	}
	int rc = at_write_file(path, out.data ? out.data : "", out.len, err, errlen);
	at_buf_free(&out);
	return rc;
}

/* Tags the sentences of fold `fold` in place with t. */
static int tag_fold(const at_tagger *t, at_doc *train, int folds, int fold)
{
	size_t n = 0;
	at_sentence *held = malloc((train->nsents / (size_t)folds + 1) * sizeof *held);
	if (!held)
		return -1;
	for (size_t i = (size_t)fold; i < train->nsents; i += (size_t)folds)
		held[n++] = train->sents[i];
	at_doc view = *train;
	view.sents = held;
	view.nsents = n;
	for (size_t i = 0; i < n; i++)
		for (uint32_t k = 0; k < held[i].word_count; k++) {
			at_word *w = &train->words[held[i].word_first + k];
			w->upos = w->xpos = 0;
			w->lemma = w->feats = NULL;
		}
	int rc = at_tagger_tag(t, &view);
	/* Lemmas and features may point into the tagger's mapped model, which
	 * is unmapped once the fold is tagged. */
	for (size_t i = 0; i < n && rc == 0; i++)
		for (uint32_t k = 0; k < held[i].word_count; k++) {
			at_word *w = &train->words[held[i].word_first + k];
			if ((w->lemma && !(w->lemma = at_arena_strdup(train->arena, w->lemma))) ||
			    (w->feats && !(w->feats = at_arena_strdup(train->arena, w->feats))))
				rc = -1;
		}
	free(held);
	return rc;
}

static int run_fold(at_doc *train, const char *conllu, const block *b, size_t n, int folds,
		    int fold, const at_tagger_train_options *base, const char *workdir,
		    char *err, size_t errlen)
{
	char data_path[4096], model_path[4096];
	snprintf(data_path, sizeof data_path, "%s/fold%d.conllu", workdir, fold);
	snprintf(model_path, sizeof model_path, "%s/fold%d.atm", workdir, fold);
	if (write_fold(data_path, conllu, b, n, folds, fold, err, errlen) != 0)
		return -1;
	at_tagger_train_options o = *base;
	const char *train_files[1] = {data_path};
	o.train = train_files;
	o.ntrain = 1;
	o.out = model_path;
	if (base->log)
		fprintf(base->log, "jack-knife: tagger %d of %d\n", fold + 1, folds);
	if (at_tagger_train(&o, err, errlen) != 0)
		return -1;
	at_tagger *t = at_tagger_load(model_path, err, errlen);
	if (!t)
		return -1;
	int rc = tag_fold(t, train, folds, fold);
	at_tagger_free(t);
	if (rc != 0)
		snprintf(err, errlen, "%s: out of memory while tagging fold %d", train->id, fold);
	remove(data_path);
	remove(model_path);
	return rc;
}

int at_parser_jackknife(at_doc *train, const char *conllu, size_t len, int folds,
			const at_tagger_train_options *base, const char *workdir,
			char *err, size_t errlen)
{
	size_t n = 0;
	block *b = split_blocks(conllu, len, &n);
	if (!b) {
		snprintf(err, errlen, "%s: out of memory", train->id);
		return -1;
	}
	if (n != train->nsents || folds < 2) {
		snprintf(err, errlen, "%s: %zu sentence blocks but %zu sentences read (or fewer than 2 folds)",
			 train->id, n, train->nsents);
		free(b);
		return -1;
	}
	int rc = 0;
	for (int fold = 0; fold < folds && rc == 0; fold++)
		rc = run_fold(train, conllu, b, n, folds, fold, base, workdir, err, errlen);
	free(b);
	return rc;
}
