/* Rules for periods the calendar names: this/last/next units, years,
 * decades, centuries, quarters, seasons, and their edges (early, mid-,
 * the end of). */
#include "core/doc.h"
#include "timex/rules.h"

/* this week, last year, next month, the coming weekend, this morning, last
 * night, the past, the future, last May, next spring. */
int tx_rule_relative(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = i;
	int the = tx_cls(s, j) == TX_THE;
	if (the)
		j++;
	int c = tx_cls(s, j);
	if (the && c == TX_REF && tx_val(s, j) == TX_FUTURE_REF) {
		tx_set_ref(m, TX_FUTURE_REF);
		m->first = i;
		m->last = j;
		return 1;
	}
	if (c != TX_THIS && c != TX_LAST && c != TX_NEXT)
		return 0;
	if (the && c == TX_THIS && tx_val(s, j) == 0)
		return 0;
	if (c == TX_THIS && tx_val(s, j) == 2 && tx_calendar_unit(s, j + 1) < 0)
		return 0;
	if ((c == TX_NEXT && tx_val(s, j) == 2) || (c == TX_LAST && tx_val(s, j) >= 2))
		return 0;  /* following, previous: from the story's date (tx_rule_anaphoric) */
	int dir = c == TX_LAST ? -1 : c == TX_NEXT ? 1 : 0;
	size_t k = j + 1;
	if (tx_cls(s, k) == TX_FISCAL)
		k++;
	int unit = tx_calendar_unit(s, k);
	m->first = i;
	m->last = k;
	if (unit == TX_DAY)
		return 0;  /* "the next day" counts from the story's date (tx_rule_anaphoric) */
	if (c == TX_LAST && (unit == TX_DECADE || unit == TX_CENTURYU)) {
		tx_set_duration(m, 1, NULL, unit);  /* "the past decade": the ten years to now */
		return 1;
	}
	if (unit >= 0) {
		tx_resolve_unit(s, m, unit, dir);
		return 1;
	}
	if (tx_cls(s, k) == TX_PARTDAY && dir <= 0 && !the) {
		int part = tx_val(s, k);
		if (dir < 0 && part != TX_NIGHTTIME)
			return 0;
		tx_resolve_relday(s, m, dir);
		tx_add_partday(m, part);
		return 1;
	}
	if (tx_cls(s, k) == TX_MONTH && !the && tx_month_ok(s, k, 1)) {
		if (tx_day_number(s, tx_after_month(s, k)))
			return 0;  /* "last Oct. 23": the date is "Oct. 23" */
		tx_resolve_month(s, m, tx_val(s, k), dir ? dir : tx_tense(s, i, k), dir != 0);
		return 1;
	}
	if (tx_cls(s, k) == TX_SEASON && !the) {
		tx_resolve_season(s, m, tx_val(s, k), 0, dir);
		return 1;
	}
	if (the && c == TX_LAST && tx_val(s, j) == 1 && k == j + 1 && tx_cls(s, k) != TX_NUMBER &&
	    !tx_num(s, k) && tx_cls(s, k) != TX_FEW) {
		tx_set_ref(m, TX_PAST_REF);  /* "the past" */
		m->last = j;
		return 1;
	}
	return 0;
}

/* that day, the same year, the following month, the previous year, the
 * next day: counted from the last date the story gave. */
int tx_rule_anaphoric(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = i;
	int the = tx_cls(s, j) == TX_THE;
	if (the)
		j++;
	int c = tx_cls(s, j), v = tx_val(s, j), offset;
	if (c == TX_THAT && (the ? v == 1 : v == 0))
		offset = 0;
	else if (the && c == TX_NEXT && v == 2)
		offset = 1;
	else if (the && c == TX_LAST && v >= 2)
		offset = -1;
	else if (the && c == TX_NEXT && v == 0 && tx_calendar_unit(s, j + 1) == TX_DAY)
		offset = 1;  /* "the next day", not "next week" */
	else
		return 0;
	size_t k = j + 1;
	if (c == TX_THAT && v == 0 && tx_is(s, k, "same"))
		k++;  /* that same day */
	int unit = tx_calendar_unit(s, k);
	if (unit != TX_DAY && unit != TX_WEEK && unit != TX_MONTHU && unit != TX_YEAR)
		return 0;
	tx_resolve_anaphor(s, m, unit, offset);
	m->first = i;
	m->last = k;
	return 1;
}

/* earlier this month, later this week, earlier today. */
int tx_rule_earlier(const tx_scan *s, size_t i, tx_match *m)
{
	if (tx_cls(s, i) != TX_EARLIER)
		return 0;
	int c = tx_cls(s, i + 1);
	if (c == TX_RELDAY && tx_rule_relday(s, i + 1, m)) {
		m->first = i;
		return 1;
	}
	if ((c == TX_THIS || c == TX_LAST || c == TX_NEXT) && tx_rule_relative(s, i + 1, m)) {
		m->first = i;
		return 1;
	}
	if (c == TX_THAT && tx_rule_anaphoric(s, i + 1, m)) {
		m->first = i;  /* later that year */
		return 1;
	}
	return 0;
}

/* "the 1998 bombing", "a 1996 law", "its 1990 invasion": a year that
 * modifies a noun. */
static int determiner_before(const tx_scan *s, size_t j)
{
	if (j == s->line)
		return 0;
	int c = tx_cls(s, j - 1);
	if (c == TX_THE || c == TX_A || c == TX_THAT)
		return 1;
	if (tx_is(s, j - 1, "s") && tx_punct(s, j - 2, '\''))
		return 1;
	return tx_is(s, j - 1, "his") || tx_is(s, j - 1, "her") || tx_is(s, j - 1, "its") ||
	       tx_is(s, j - 1, "their") || tx_is(s, j - 1, "our");
}

/* A year standing alone: "in 2019", "fiscal 1998", "2009-2010". Numbers
 * that count things ("2000 people") are not years. */
int tx_rule_year(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = i;
	int fiscal = tx_cls(s, j) == TX_FISCAL;
	if (fiscal)
		j++;
	if (!tx_year_number(s, j))
		return 0;
	if (j > s->line && (s->p[j].glued && (s->p[j - 1].kind != TX_P_PUNCT || s->p[j - 1].punct == '$' ||
					       s->p[j - 1].punct == '.' || s->p[j - 1].punct == ',' ||
					       s->p[j - 1].punct == '#')))
		return 0;
	/* 1990s: a decade. */
	if (tx_in(s, j + 1) && s->p[j + 1].glued && tx_is(s, j + 1, "s")) {
		if (s->p[j].num % 10 != 0)
			return 0;
		tx_set_decade(m, s->p[j].num);
		m->first = i;
		m->last = j + 1;
		return 1;
	}
	if (!tx_number_ends(s, j) && !(tx_punct(s, j + 1, '-') && tx_digits(s, j + 2, 4)))
		return 0;
	int next = tx_in(s, j + 1) ? s->p[j + 1].kind : -1;
	if (next == TX_P_WORD && !fiscal) {
		const tx_word *w = tx_w(s, j + 1);
		int before = j > s->line ? tx_cls(s, j - 1) : TX_NONE;
		int cued = before == TX_CUE || before == TX_OF || before == TX_EDGE || before == TX_AND ||
			   (j > s->line && tx_punct(s, j - 1, '-')) || determiner_before(s, j);
		if (!cued && !s->p[j + 1].cap && !(w && w->cls != TX_UNIT && w->cls != TX_NUMBER))
			return 0;
		if (w && (w->cls == TX_UNIT || w->cls == TX_NUMBER))
			return 0;
	}
	if (next == TX_P_PUNCT && (s->p[j + 1].punct == '%' || s->p[j + 1].punct == ':'))
		return 0;
	tx_set_year(m, s->p[j].num);
	m->first = i;
	m->last = j;
	return 1;
}

/* '90s and the 1990s with "the". */
int tx_rule_decade(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = i;
	if (tx_cls(s, j) == TX_THE)
		j++;
	if (tx_punct(s, j, '\'') && tx_digits(s, j + 1, 2) && s->p[j + 1].glued &&
	    tx_is(s, j + 2, "s") && s->p[j + 2].glued && s->p[j + 1].num % 10 == 0) {
		int century = s->has_ref ? s->ref.y / 100 * 100 : 1900;
		int y = century + s->p[j + 1].num;
		if (s->has_ref && y > s->ref.y)
			y -= 100;
		tx_set_decade(m, y);
		m->first = i;
		m->last = j + 2;
		return 1;
	}
	if (tx_digits(s, j, 2) && s->p[j].num % 10 == 0 && tx_is(s, j + 1, "s") && s->p[j + 1].glued &&
	    (j == s->line || !s->p[j].glued)) {
		tx_set_decade(m, 1900 + s->p[j].num);  /* the 70s */
		m->first = i;
		m->last = j + 1;
		return 1;
	}
	if (j > i && tx_year_number(s, j) && tx_rule_year(s, j, m) && m->precision == AT_PREC_DECADE) {
		m->first = i;
		return 1;
	}
	if (j > i && tx_cls(s, j) == TX_DECADEWORD) {
		tx_set_decade(m, 1900 + tx_val(s, j));
		m->first = i;
		m->last = j;
		return 1;
	}
	return 0;
}

/* the 20th century, the nineteenth century. */
int tx_rule_century(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = i;
	if (tx_cls(s, j) == TX_THE)
		j++;
	int n = 0;
	size_t k = j;
	if (tx_digits(s, j, 0) && tx_ordinal_suffix(s, j + 1)) {
		n = s->p[j].num;
		k = j + 2;
	} else if (tx_cls(s, j) == TX_ORDINAL && !(tx_w(s, j)->flags & TX_ABBR)) {
		n = tx_val(s, j);
		k = j + 1;
	}
	if (!n || n > 21 || tx_cls(s, k) != TX_CENTURY || (tx_w(s, k)->flags & TX_PLURAL))
		return 0;
	tx_set_century(m, n - 1);
	m->first = i;
	m->last = k;
	return 1;
}

/* The ordinal of a quarter or half: first, 2nd, Q3 is handled apart. */
static int ordinal_at(const tx_scan *s, size_t i, size_t *last)
{
	if (tx_cls(s, i) == TX_ORDINAL && !(tx_w(s, i)->flags & TX_ABBR)) {
		*last = i;
		return tx_val(s, i);
	}
	if (tx_digits(s, i, 1) && tx_ordinal_suffix(s, i + 1)) {
		*last = i + 1;
		return s->p[i].num;
	}
	if (tx_is(s, i, "final") && tx_calendar_unit(s, i + 1) == TX_QUARTER) {
		*last = i;
		return 4;  /* the final quarter of 2009 */
	}
	return 0;
}

/* the third quarter, third-quarter, the fiscal first quarter of 2009, the
 * first half, Q3 2021. */
int tx_rule_quarter(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = i;
	int the = tx_cls(s, j) == TX_THE;
	if (the)
		j++;
	int year = 0;
	int rel = tx_cls(s, j);
	if (!the && (rel == TX_THIS || rel == TX_LAST || rel == TX_NEXT) && tx_calendar_unit(s, j + 1) == TX_YEAR &&
	    tx_punct(s, j + 2, '\'') && tx_is(s, j + 3, "s") && s->has_ref) {
		/* this year's third quarter */
		year = s->ref.y + (rel == TX_LAST ? -1 : rel == TX_NEXT);
		j += 4;
	} else if (the && tx_year_number(s, j)) {
		year = s->p[j].num;  /* the 1988 second quarter */
		j++;
	}
	if (tx_cls(s, j) == TX_FISCAL)
		j++;
	size_t k;
	int q = 0;
	if (tx_in(s, j) && s->p[j].kind == TX_P_WORD && s->p[j].end - s->p[j].start == 1 &&
	    (s->text[s->p[j].start] | 32) == 'q' && tx_digits(s, j + 1, 1) && s->p[j + 1].glued &&
	    s->p[j + 1].num >= 1 && s->p[j + 1].num <= 4 && s->p[j].cap) {
		q = s->p[j + 1].num;
		k = j + 1;
	} else {
		q = ordinal_at(s, j, &k);
		if (!q)
			return 0;
		size_t u = k + 1;
		if (tx_punct(s, u, '-') && s->p[u].glued)
			u++;
		if (tx_cls(s, u) == TX_UNIT && tx_val(s, u) == TX_QUARTER && !(tx_w(s, u)->flags & TX_PLURAL)) {
			if (q > 4)
				return 0;
			if (u > k + 1 && the)
				return 0;  /* "the third-quarter profit": TimeBank leaves "the" out */
		} else if (tx_cls(s, u) == TX_HALF) {
			if (q > 2)
				return 0;
			q += 4;
		} else {
			return 0;
		}
		k = u;
	}
	size_t last = k;
	if (year) {
	} else if (tx_cls(s, k + 1) == TX_OF && tx_year_number(s, k + 2)) {
		year = s->p[k + 2].num;
		last = k + 2;
	} else if (tx_year_number(s, k + 1) && tx_number_ends(s, k + 1)) {
		year = s->p[k + 1].num;
		last = k + 1;
	} else if (tx_cls(s, k + 1) == TX_OF && tx_calendar_unit(s, k + 3) == TX_YEAR && s->has_ref &&
		   (tx_cls(s, k + 2) == TX_THIS || tx_cls(s, k + 2) == TX_LAST || tx_cls(s, k + 2) == TX_NEXT)) {
		/* the first quarter of last year */
		int which = tx_cls(s, k + 2);
		year = s->ref.y + (which == TX_LAST ? -1 : which == TX_NEXT);
		last = k + 3;
	}
	tx_resolve_quarter(s, m, q, year);
	m->first = i;
	m->last = last;
	return 1;
}

/* Months and seasons: "summer", "the summer of 2009", "fall 2020". */
int tx_rule_season(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = i;
	int the = tx_cls(s, j) == TX_THE;
	if (the)
		j++;
	if (tx_cls(s, j) != TX_SEASON)
		return 0;
	int season = tx_val(s, j);
	size_t last = j;
	int year = 0;
	if (tx_cls(s, j + 1) == TX_OF && tx_year_number(s, j + 2)) {
		year = s->p[j + 2].num;
		last = j + 2;
	} else if (tx_year_number(s, j + 1) && tx_number_ends(s, j + 1)) {
		year = s->p[j + 1].num;
		last = j + 1;
	}
	if ((tx_w(s, j)->flags & TX_AMBIG) && !year && !the) {
		int before = j > s->line ? tx_cls(s, j - 1) : TX_NONE;
		if (before != TX_EDGE && before != TX_CUE)
			return 0;
		if (!s->p[j].cap && before == TX_CUE && !tx_is(s, j - 1, "in"))
			return 0;
	}
	if (the && !year && !(tx_cls(s, i - 1) == TX_CUE || tx_cls(s, i - 1) == TX_OF))
		return 0;
	tx_resolve_season(s, m, season, year, year ? 0 : tx_tense(s, i, last));
	m->first = i;
	m->last = last;
	return 1;
}

/* the weekend, the quarter, the latest quarter: the one the news is about. */
int tx_rule_the_unit(const tx_scan *s, size_t i, tx_match *m)
{
	if (tx_cls(s, i) != TX_THE)
		return 0;
	size_t j = i + 1;
	if (tx_is(s, j, "latest") || tx_is(s, j, "fiscal"))
		j++;
	int unit = tx_calendar_unit(s, j);
	if (unit == TX_WEEKEND) {
		int dir = tx_tense(s, i, j);
		tx_resolve_unit(s, m, unit, dir < 0 && s->has_ref && tx_weekday(s->ref) < 5 ? -1 : 0);
	} else if (unit == TX_QUARTER) {
		tx_resolve_unit(s, m, unit, -1);
	} else {
		return 0;
	}
	m->first = i;
	m->last = j;
	return 1;
}

/* year-end, year-earlier, year-ago (the year-ago quarter). */
int tx_rule_year_adjective(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = i;
	int the = tx_cls(s, j) == TX_THE;
	if (the)
		j++;
	if (!tx_is(s, j, "year") || !tx_punct(s, j + 1, '-') || !tx_in(s, j + 2) || !s->p[j + 1].glued ||
	    !s->p[j + 2].glued)
		return 0;
	int back;
	if (tx_is(s, j + 2, "earlier") || tx_is(s, j + 2, "ago"))
		back = 1;
	else if (tx_is(s, j + 2, "end"))
		back = 0;
	else
		return 0;
	size_t last = j + 2;
	int quarter = 0;
	if (the && (tx_is(s, last + 1, "period") || tx_calendar_unit(s, last + 1) == TX_QUARTER)) {
		last++;
		quarter = back;
	} else if (the) {
		return 0;
	}
	m->type = AT_TIMEX_DATE;
	if (quarter)
		tx_resolve_unit(s, m, TX_QUARTER, -5);  /* the quarter reported, a year before */
	else if (s->has_ref)
		tx_set_year(m, s->ref.y - back);
	m->first = i;
	m->last = last;
	return 1;
}

/* What can follow early/late/the end of. */
int tx_rule_inner(const tx_scan *s, size_t i, tx_match *m)
{
	return tx_rule_month_date(s, i, m) || tx_rule_year(s, i, m) || tx_rule_decade(s, i, m) ||
	       tx_rule_relative(s, i, m) || tx_rule_relday(s, i, m) || tx_rule_weekday(s, i, m) ||
	       tx_rule_season(s, i, m);
}

/* early December, mid-1990s, late last year, the end of 2009, the
 * beginning of October, late Friday, the end of the year. */
int tx_rule_edge(const tx_scan *s, size_t i, tx_match *m)
{
	size_t j = i;
	int the = tx_cls(s, j) == TX_THE;
	if (the)
		j++;
	if (tx_cls(s, j) != TX_EDGE)
		return 0;
	size_t k = j + 1;
	int of = 0;
	if (tx_punct(s, k, '-') && s->p[k].glued)
		k++;
	if (tx_cls(s, k) == TX_OF) {
		of = 1;
		k++;
	}
	if (the != of && !(the && tx_is(s, j, "mid")))
		return 0;
	if (of && tx_cls(s, k) == TX_THE && tx_calendar_unit(s, k + 1) >= 0) {
		tx_resolve_unit(s, m, tx_calendar_unit(s, k + 1), 0);
		m->first = i;
		m->last = k + 1;
		return 1;
	}
	if (!tx_rule_inner(s, k, m) || m->first != k)
		return 0;
	if (m->type == AT_TIMEX_DURATION)
		return 0;
	m->first = i;
	return 1;
}

/* Years as broadcasts say them: "nineteen ninety-six", "nineteen eighty". */
int tx_rule_spoken_year(const tx_scan *s, size_t i, tx_match *m)
{
	int century = tx_cls(s, i) == TX_NUMBER ? tx_val(s, i) : 0;
	if (century < 11 || century > 20 || tx_cls(s, i + 1) != TX_NUMBER)
		return 0;
	int rest = tx_val(s, i + 1);
	size_t last = i + 1;
	if (rest < 10 || rest > 90)
		return 0;
	if (rest >= 20 && tx_punct(s, i + 2, '-') && s->p[i + 2].glued && tx_cls(s, i + 3) == TX_NUMBER &&
	    tx_val(s, i + 3) < 10) {
		rest += tx_val(s, i + 3);
		last = i + 3;
	}
	tx_set_year(m, century * 100 + rest);
	m->first = i;
	m->last = last;
	return 1;
}
