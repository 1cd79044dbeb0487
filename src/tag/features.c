#include "tag/features.h"
#include "core/hash.h"

#include <string.h>

/* Template ids go into every feature hash: they are part of the model
 * format, so new templates go at the end. */
enum {
	F_BIAS = 1, F_LOWER, F_FORM, F_PREFIX1, F_PREFIX2, F_PREFIX3, F_SUFFIX1, F_SUFFIX2,
	F_SUFFIX3, F_SUFFIX4, F_SHAPE, F_FLAGS, F_LOWER_M1, F_LOWER_M2, F_LOWER_P1, F_LOWER_P2,
	F_SUFFIX_M1, F_SUFFIX_P1, F_TAG_M1, F_TAG_M2, F_TAGS_M12, F_TAG_M1_LOWER, F_AMB,
	F_AMB_P1, F_AMB_P2, F_TAG_M1_AMB, F_LOWER_LOWER_P1, F_LOWER_M1_LOWER, F_AMB_AMB_P1,
	F_TAG_M1_AMB_P1, F_SHAPE_M1, F_SHAPE_P1, F_TAG_M1_SUFFIX3, F_LOWER_AMB_P1, F_CLUSTER,
	F_CLUSTER_M1, F_CLUSTER_P1, F_CLUSTER_P2, F_TAG_M1_CLUSTER, F_AMB_LOWER, F_SENTCASE,
	F_LOWER_M1_P1, F_TAG_M1_LOWER_P1, F_SUFFIX4_CASE, F_READINGS, F_READINGS_SUFFIX2,
	F_TAG_M1_READINGS, F_READINGS_P1, F_R_T0, F_R_P1, F_R_P2, F_R_P1_P2, F_R_M1_P1,
	F_R_LOWER_P1, F_R_T0_P1, F_R_M1_T0, F_NAME, F_R_T0_P1_P2, F_R_SHAPE_P1, F_R_AMB_P1,
	F_R_SUFFIX_P1, F_R_P3
};

enum {
	FLAG_DIGIT = 1, FLAG_HYPHEN = 2, FLAG_UPPER = 4, FLAG_ALL_UPPER = 8, FLAG_INITIAL_UPPER = 16,
	FLAG_ALPHA = 32, FLAG_NON_ASCII = 64, FLAG_FIRST = 128
};

static char lower_char(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
}

static char shape_char(char c)
{
	if (c >= 'A' && c <= 'Z')
		return 'X';
	if (c >= 'a' && c <= 'z')
		return 'x';
	if (c >= '0' && c <= '9')
		return 'd';
	if ((unsigned char)c >= 0x80)
		return 'u';
	return c;
}

uint64_t tag_hash_lower(const char *form)
{
	uint64_t h = 1469598103934665603ULL;
	for (const char *p = form; *p; p++) {
		h ^= (unsigned char)lower_char(*p);
		h *= 1099511628211ULL;
	}
	return h;
}

void tag_word_init(tag_word *w, const char *form)
{
	char lower[32], shape[16];
	size_t len = strlen(form), nshape = 0, nlower = len < sizeof lower ? len : sizeof lower;
	uint32_t flags = FLAG_ALL_UPPER;
	for (size_t i = 0; i < len; i++) {
		char c = form[i];
		char s = shape_char(c);
		if (i < nlower)
			lower[i] = lower_char(c);
		if (nshape < sizeof shape && (nshape == 0 || shape[nshape - 1] != s))
			shape[nshape++] = s;
		if (s == 'd')
			flags |= FLAG_DIGIT;
		else if (c == '-')
			flags |= FLAG_HYPHEN;
		else if (s == 'X')
			flags |= FLAG_UPPER | FLAG_ALPHA;
		else if (s == 'x')
			flags |= FLAG_ALPHA;
		else if (s == 'u')
			flags |= FLAG_NON_ASCII;
		if (s != 'X')
			flags &= ~(uint32_t)FLAG_ALL_UPPER;
	}
	if (len && shape_char(form[0]) == 'X')
		flags |= FLAG_INITIAL_UPPER;
	w->lower = tag_hash_lower(form);
	w->form = at_hash_bytes(form, len);
	w->shape = at_hash_bytes(shape, nshape);
	for (size_t k = 0; k < 3; k++)
		w->prefix[k] = k < nlower ? at_hash_bytes(lower, k + 1) : 0;
	for (size_t k = 0; k < 4; k++)
		w->suffix[k] = k < len && len <= sizeof lower ? at_hash_bytes(lower + len - k - 1, k + 1)
				: (k < len ? at_hash_bytes(form + len - k - 1, k + 1) : 0);
	w->amb = 0;
	w->amb_lower = 0;
	w->cluster = 0;
	w->flags = flags;
	w->sentcase = 0;
	w->readings = 0;
	w->names = 0;
	w->unseen = 0;
}

void tag_words_context(tag_word *ws, size_t n)
{
	size_t alpha = 0, upper = 0;
	for (size_t i = 1; i < n; i++)
		if (ws[i].flags & FLAG_ALPHA) {
			alpha++;
			upper += (ws[i].flags & FLAG_INITIAL_UPPER) != 0;
		}
	uint32_t sentcase = alpha < 2 ? 3 : upper * 10 < alpha * 3 ? 0 : upper * 10 < alpha * 7 ? 1 : 2;
	for (size_t i = 0; i < n; i++)
		ws[i].sentcase = sentcase;
}

static inline uint64_t f1(unsigned t, uint64_t v)
{
	return at_hash_mix(v, t);
}

static inline uint64_t f2(unsigned t, uint64_t a, uint64_t b)
{
	return at_hash_mix(at_hash_mix(a, t), b);
}

/* Values outside the sentence and the tag before it. */
#define BEYOND 0x5bd1e995ULL
#define NO_TAG 0xffff

size_t tag_features_word(const tag_word *w, int first, uint64_t *out)
{
	uint32_t casing = w->flags & (FLAG_INITIAL_UPPER | FLAG_ALL_UPPER);
	uint32_t first_flag = first ? FLAG_FIRST : 0;
	size_t k = 0;
	out[k++] = f1(F_BIAS, 0);
	if (!w->unseen) {
		out[k++] = f1(F_LOWER, w->lower);
		out[k++] = f1(F_FORM, w->form);
	}
	for (unsigned j = 0; j < 3; j++)
		if (w->prefix[j])
			out[k++] = f1(F_PREFIX1 + j, w->prefix[j]);
	for (unsigned j = 0; j < 4; j++)
		if (w->suffix[j])
			out[k++] = f1(F_SUFFIX1 + j, w->suffix[j]);
	out[k++] = f2(F_SHAPE, w->shape, first != 0);
	out[k++] = f1(F_FLAGS, w->flags | first_flag);
	out[k++] = f1(F_AMB, w->amb);
	if (w->cluster)
		out[k++] = f1(F_CLUSTER, w->cluster);
	out[k++] = f2(F_AMB_LOWER, w->amb_lower, casing | first_flag);
	out[k++] = f2(F_SUFFIX4_CASE, w->suffix[3] ? w->suffix[3] : w->lower, casing);
	if (w->readings) {
		out[k++] = f2(F_READINGS, w->readings, casing);
		out[k++] = f2(F_READINGS_SUFFIX2, w->readings, w->suffix[1]);
	}
	if (w->names)
		out[k++] = f2(F_NAME, w->names, casing | first_flag);
	return k;
}

/* Whether the features of word j's lowercased form can have weights (the
 * places before and after the sentence can). */
static int known(const tag_word *ws, size_t n, size_t i, long d)
{
	long j = (long)i + d;
	return j < 0 || j >= (long)n || !ws[j].unseen;
}

size_t tag_features_context(const tag_word *ws, size_t n, size_t i, int prev1, int prev2, uint64_t *out)
{
	const tag_word *w = &ws[i];
	uint64_t lower_m1 = i >= 1 ? ws[i - 1].lower : BEYOND, lower_m2 = i >= 2 ? ws[i - 2].lower : BEYOND;
	uint64_t lower_p1 = i + 1 < n ? ws[i + 1].lower : BEYOND, lower_p2 = i + 2 < n ? ws[i + 2].lower : BEYOND;
	uint64_t amb_p1 = i + 1 < n ? ws[i + 1].amb : BEYOND, amb_p2 = i + 2 < n ? ws[i + 2].amb : BEYOND;
	uint64_t cl_m1 = i >= 1 ? ws[i - 1].cluster : BEYOND, cl_p1 = i + 1 < n ? ws[i + 1].cluster : BEYOND;
	uint64_t cl_p2 = i + 2 < n ? ws[i + 2].cluster : BEYOND;
	uint64_t t1 = prev1 >= 0 ? (uint64_t)prev1 : NO_TAG, t2 = prev2 >= 0 ? (uint64_t)prev2 : NO_TAG;
	uint32_t casing = w->flags & (FLAG_INITIAL_UPPER | FLAG_ALL_UPPER);
	int m2 = known(ws, n, i, -2), m1 = known(ws, n, i, -1), w0 = !w->unseen;
	int p1 = known(ws, n, i, 1), p2 = known(ws, n, i, 2);
	size_t k = 0;
	if (m1)
		out[k++] = f1(F_LOWER_M1, lower_m1);
	if (m2)
		out[k++] = f1(F_LOWER_M2, lower_m2);
	if (p1)
		out[k++] = f1(F_LOWER_P1, lower_p1);
	if (p2)
		out[k++] = f1(F_LOWER_P2, lower_p2);
	out[k++] = f1(F_SUFFIX_M1, i >= 1 ? ws[i - 1].suffix[2] : BEYOND);
	out[k++] = f1(F_SUFFIX_P1, i + 1 < n ? ws[i + 1].suffix[2] : BEYOND);
	out[k++] = f1(F_TAG_M1, t1);
	out[k++] = f1(F_TAG_M2, t2);
	out[k++] = f2(F_TAGS_M12, t1, t2);
	if (w0)
		out[k++] = f2(F_TAG_M1_LOWER, t1, w->lower);
	out[k++] = f1(F_AMB_P1, amb_p1);
	out[k++] = f1(F_AMB_P2, amb_p2);
	out[k++] = f2(F_TAG_M1_AMB, t1, w->amb);
	if (w0 && p1)
		out[k++] = f2(F_LOWER_LOWER_P1, w->lower, lower_p1);
	if (m1 && w0)
		out[k++] = f2(F_LOWER_M1_LOWER, lower_m1, w->lower);
	out[k++] = f2(F_AMB_AMB_P1, w->amb, amb_p1);
	out[k++] = f2(F_TAG_M1_AMB_P1, t1, amb_p1);
	out[k++] = f1(F_SHAPE_M1, i >= 1 ? ws[i - 1].shape : BEYOND);
	out[k++] = f1(F_SHAPE_P1, i + 1 < n ? ws[i + 1].shape : BEYOND);
	out[k++] = f2(F_TAG_M1_SUFFIX3, t1, w->suffix[2]);
	if (w0)
		out[k++] = f2(F_LOWER_AMB_P1, w->lower, amb_p1);
	if (w->cluster)
		out[k++] = f2(F_TAG_M1_CLUSTER, t1, w->cluster);
	out[k++] = f2(F_SENTCASE, w->sentcase, casing | (i == 0 ? FLAG_FIRST : 0));
	if (m1 && p1)
		out[k++] = f2(F_LOWER_M1_P1, lower_m1, lower_p1);
	if (p1)
		out[k++] = f2(F_TAG_M1_LOWER_P1, t1, lower_p1);
	if (w->readings)
		out[k++] = f2(F_TAG_M1_READINGS, t1, w->readings);
	out[k++] = f1(F_READINGS_P1, i + 1 < n ? ws[i + 1].readings : BEYOND);
	out[k++] = f1(F_CLUSTER_M1, cl_m1);
	out[k++] = f1(F_CLUSTER_P1, cl_p1);
	out[k++] = f1(F_CLUSTER_P2, cl_p2);
	return k;
}

size_t tag_features(const tag_word *ws, size_t n, size_t i, int prev1, int prev2, uint64_t *out)
{
	size_t k = tag_features_word(&ws[i], i == 0, out);
	return k + tag_features_context(ws, n, i, prev1, prev2, out + k);
}

size_t tag_features_right(const tag_word *ws, size_t n, size_t i, const uint16_t *first,
			  int prev1, uint64_t *out)
{
	uint64_t t0 = first[i], t1 = prev1 >= 0 ? (uint64_t)prev1 : NO_TAG;
	uint64_t p1 = i + 1 < n ? first[i + 1] : BEYOND, p2 = i + 2 < n ? first[i + 2] : BEYOND;
	size_t k = 0;
	out[k++] = f1(F_R_T0, t0);
	out[k++] = f1(F_R_P1, p1);
	out[k++] = f1(F_R_P2, p2);
	out[k++] = f2(F_R_P1_P2, p1, p2);
	out[k++] = f2(F_R_M1_P1, t1, p1);
	if (!ws[i].unseen)
		out[k++] = f2(F_R_LOWER_P1, ws[i].lower, p1);
	out[k++] = f2(F_R_T0_P1, t0, p1);
	out[k++] = f2(F_R_M1_T0, t1, t0);
	out[k++] = f2(F_R_T0_P1_P2, t0, at_hash_mix(p1, p2));
	out[k++] = f2(F_R_SHAPE_P1, ws[i].shape, p1);
	out[k++] = f2(F_R_AMB_P1, ws[i].amb, p1);
	out[k++] = f2(F_R_SUFFIX_P1, ws[i].suffix[2], p1);
	out[k++] = f1(F_R_P3, i + 3 < n ? first[i + 3] : BEYOND);
	return k;
}
