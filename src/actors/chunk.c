/* Chunks: the runs of a sentence that name an actor, made of dictionary
 * pieces (countries, actors, agents), capitalised names the dictionary does
 * not know, and the modifiers that sit between them ("top US trade
 * officials", "Mexican Foreign Secretary Alicia Barcena"). */
#include "actors/find.h"
#include "core/tags.h"

#include <stdlib.h>
#include <string.h>

#include "core/wordlist.h"

/* Capitalised words that start sentences or name times, never actors. */
static const char *const stopwords[] = {
	"the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i",
	"you", "his", "her", "its", "their", "our", "my", "your", "but", "and", "or", "so", "yet",
	"in", "on", "at", "for", "under", "after", "before", "while", "when", "where", "what",
	"which", "who", "whom", "whose", "why", "how", "as", "if", "no", "not", "some", "all",
	"both", "each", "every", "any", "many", "most", "more", "there", "here", "then", "than",
	"with", "without", "from", "to", "by", "of", "into", "about", "over", "also", "since",
	"during", "until", "though", "although", "because", "however", "meanwhile", "still",
	"now", "today", "yesterday", "tomorrow", "photo", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
	"june", "july", "august", "september", "october", "november", "december", "jan", "feb",
	"mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "one", "two",
	"three", "four", "five", "six", "seven", "eight", "nine", "ten", "let", "do", "does",
	"did", "is", "are", "was", "were", "be", "been", "will", "would", "can", "could", "should",
	"may", "might", "must", "have", "has", "had", "said", "says", "asked", "according", "just",
	"only", "even", "again", "important", "broadly", "speaking", "paris", "relations",
	NULL,
};

/* Lower-case words that may open a chunk or sit inside one before its head:
 * rank, scope and sector words ("senior", "trade"), and honorifics. */
static const char *const premodifiers[] = {
	"senior", "top", "former", "deputy", "acting", "chief", "interim", "then", "local",
	"federal", "national", "regional", "trade", "commercial", "economic", "military",
	"foreign", "defense", "defence", "security", "border", "drug", "immigration", "health",
	"justice", "finance", "interior", "cabinet", "administration", "government", "state",
	"high-level", "high", "level", "other", "new", "incoming", "outgoing", "mr", "mrs", "ms",
	"dr", "sen", "rep", "gen", "president-elect", "elected", "unnamed", "anonymous", "some",
	NULL,
};

static int is_stopword(const char *key)
{
	return at_word_in(key, stopwords);
}

enum unit_class { UC_BREAK, UC_PIECE, UC_NAME, UC_PREMOD, UC_OF };

static int is_possessive(const af_unit *u)
{
	return strcmp(u->key, "'s") == 0 || strcmp(u->key, "'") == 0 || strcmp(u->key, "s") == 0;
}

static int is_name(const af_unit *u)
{
	if (!u->cap || !u->alpha || is_stopword(u->key))
		return 0;
	return u->upos == AT_UPOS_NONE || u->upos == AT_PROPN || u->upos == AT_ADJ || u->upos == AT_NOUN;
}

static int classify(const af_state *st, size_t i, const int32_t *piece_at)
{
	const af_unit *u = &st->units[i];
	if (piece_at[i] >= 0)
		return st->pieces[piece_at[i]].kind ? UC_PIECE : UC_BREAK;
	if (is_possessive(u))
		return UC_BREAK;
	/* "Senior" opening a sentence is still a modifier. */
	char low[64];
	if (u->len > 0 && u->len < sizeof low) {
		memcpy(low, u->key, u->len + 1);
		if (low[u->len - 1] == '.')
			low[u->len - 1] = '\0';
		if (at_word_in(low, premodifiers))
			return UC_PREMOD;
	}
	if (is_name(u))
		return UC_NAME;
	/* "the government of Mexico", "the Secretary of the Treasury". */
	if (strcmp(u->key, "of") == 0 ||
	    (strcmp(u->key, "the") == 0 && i > 0 && strcmp(st->units[i - 1].key, "of") == 0))
		return UC_OF;
	return UC_BREAK;
}

typedef struct builder {
	af_state *st;
	af_piece *dict_pieces;
	int32_t *piece_at;
	af_piece *out;
	size_t nout, out_cap;
} builder;

static int emit_piece(builder *b, const af_piece *p)
{
	if (b->nout == b->out_cap) {
		b->out = at_arena_grow(b->st->doc->arena, b->out, sizeof *b->out, &b->out_cap);
		if (!b->out)
			return -1;
	}
	b->out[b->nout++] = *p;
	return 0;
}

static int push_chunk(af_state *st, const af_chunk *c)
{
	if (st->nchunks == st->chunks_cap) {
		st->chunks = at_arena_grow(st->doc->arena, st->chunks, sizeof *st->chunks, &st->chunks_cap);
		if (!st->chunks)
			return -1;
	}
	st->chunks[st->nchunks++] = *c;
	return 0;
}

/* Emits the pieces of units [first, last] (names as runs) as one chunk. */
static int close_chunk(builder *b, size_t first, size_t last)
{
	af_state *st = b->st;
	af_chunk c;
	memset(&c, 0, sizeof c);
	c.first = (uint32_t)first;
	c.last = (uint32_t)last;
	c.sent = st->units[first].sent;
	c.piece_first = (uint32_t)b->nout;
	c.mention = -1;
	c.definite = first > 0 && st->units[first - 1].sent == c.sent &&
		     strcmp(st->units[first - 1].key, "the") == 0;
	for (size_t i = first; i <= last;) {
		if (b->piece_at[i] >= 0) {
			const af_piece *p = &b->dict_pieces[b->piece_at[i]];
			if (emit_piece(b, p) != 0)
				return -1;
			i = p->last + 1;
		} else if (is_name(&st->units[i]) && classify(st, i, b->piece_at) == UC_NAME) {
			size_t j = i;
			while (j + 1 <= last && b->piece_at[j + 1] < 0 && classify(st, j + 1, b->piece_at) == UC_NAME)
				j++;
			af_piece p = {(uint32_t)i, (uint32_t)j, 0, AF_NAME, 0, NULL};
			if (emit_piece(b, &p) != 0)
				return -1;
			i = j + 1;
		} else {
			i++;
		}
	}
	c.piece_count = (uint32_t)(b->nout - c.piece_first);
	if (!c.piece_count)
		return 0;
	/* Modifiers belong to people and agents ("senior officials"), not to
	 * a bare country ("new US"). */
	if (c.piece_count == 1 && b->out[c.piece_first].kind == AF_COUNTRY)
		c.first = b->out[c.piece_first].first;
	return push_chunk(st, &c);
}

static int is_country_piece(const builder *b, size_t i)
{
	return b->piece_at[i] >= 0 && b->dict_pieces[b->piece_at[i]].kind == AF_COUNTRY;
}

/* The last unit of the element starting at unit i. */
static size_t element_end(const builder *b, size_t i)
{
	return b->piece_at[i] >= 0 ? b->dict_pieces[b->piece_at[i]].last : i;
}

/* Walks one sentence's units [from, to): a chunk opens at material or a
 * modifier, takes modifiers and "of" inside, and ends after its last
 * material when something else comes. */
static int chunk_sentence(builder *b, size_t from, size_t to)
{
	af_state *st = b->st;
	size_t start = 0, last = 0;
	int open = 0, has_material = 0;
	for (size_t i = from; i < to;) {
		int cls = classify(st, i, b->piece_at);
		int material = cls == UC_PIECE || cls == UC_NAME;
		/* Two countries side by side are two actors ("US-Mexico"). */
		int split = material && has_material && is_country_piece(b, i) && is_country_piece(b, last);
		int joins = material || cls == UC_PREMOD || (cls == UC_OF && has_material);
		if (open && (split || !joins)) {
			if (has_material && close_chunk(b, start, element_end(b, last)) != 0)
				return -1;
			open = has_material = 0;
		}
		if (joins && !open) {
			open = 1;
			start = i;
		}
		if (material) {
			has_material = 1;
			last = i;
		}
		i = cls == UC_PIECE ? b->dict_pieces[b->piece_at[i]].last + 1 : i + 1;
	}
	if (open && has_material && close_chunk(b, start, element_end(b, last)) != 0)
		return -1;
	return 0;
}

int af_chunk_sentences(af_state *st)
{
	builder b;
	memset(&b, 0, sizeof b);
	b.st = st;
	b.dict_pieces = st->pieces;
	b.piece_at = at_arena_alloc(st->doc->arena, (st->nunits + 1) * sizeof *b.piece_at);
	if (!b.piece_at)
		return -1;
	for (size_t i = 0; i < st->nunits; i++)
		b.piece_at[i] = -1;
	for (size_t p = 0; p < st->npieces; p++)
		for (uint32_t u = st->pieces[p].first; u <= st->pieces[p].last; u++)
			b.piece_at[u] = (int32_t)p;
	b.out_cap = st->npieces * 2 + 16;
	if (!(b.out = at_arena_alloc(st->doc->arena, b.out_cap * sizeof *b.out)))
		return -1;
	for (size_t i = 0; i < st->nunits;) {
		size_t end = i;
		while (end < st->nunits && st->units[end].sent == st->units[i].sent)
			end++;
		if (chunk_sentence(&b, i, end) != 0)
			return -1;
		i = end;
	}
	st->pieces = b.out;
	st->npieces = b.nout;
	st->pieces_cap = b.out_cap;
	return 0;
}
