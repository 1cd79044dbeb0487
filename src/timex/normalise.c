#include "timex/normalise.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/doc.h"

static void put(tx_match *m, int type, int precision, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void put(tx_match *m, int type, int precision, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(m->value, sizeof m->value, fmt, ap);
	va_end(ap);
	m->type = type;
	m->precision = precision;
}

void tx_set_day(tx_match *m, tx_date d)
{
	put(m, AT_TIMEX_DATE, AT_PREC_DAY, "%04d-%02d-%02d", d.y, d.m, d.d);
}

void tx_set_month(tx_match *m, int y, int month)
{
	put(m, AT_TIMEX_DATE, AT_PREC_MONTH, "%04d-%02d", y, month);
}

void tx_set_year(tx_match *m, int y)
{
	put(m, AT_TIMEX_DATE, AT_PREC_YEAR, "%04d", y);
}

void tx_set_week(tx_match *m, tx_date d)
{
	int iso_year;
	int w = tx_iso_week(d, &iso_year);
	put(m, AT_TIMEX_DATE, AT_PREC_WEEK, "%04d-W%02d", iso_year, w);
}

void tx_set_quarter(tx_match *m, int y, int q)
{
	if (q <= 4)
		put(m, AT_TIMEX_DATE, AT_PREC_QUARTER, "%04d-Q%d", y, q);
	else
		put(m, AT_TIMEX_DATE, AT_PREC_QUARTER, "%04d-H%d", y, q - 4);
}

void tx_set_decade(tx_match *m, int y)
{
	put(m, AT_TIMEX_DATE, AT_PREC_DECADE, "%03d", y / 10);
}

void tx_set_century(tx_match *m, int century_index)
{
	put(m, AT_TIMEX_DATE, AT_PREC_DECADE, "%02d", century_index);
}

void tx_set_ref(tx_match *m, int ref)
{
	static const char *const names[] = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"};
	put(m, AT_TIMEX_DATE, AT_PREC_NONE, "%s", names[ref]);
}

void tx_set_duration(tx_match *m, int count, const char *decimal, int unit)
{
	static const char letter[] = {[TX_SECOND] = 'S', [TX_MINUTE] = 'M', [TX_HOUR] = 'H',
				      [TX_DAY] = 'D', [TX_WEEK] = 'W', [TX_WEEKEND] = 'D',
				      [TX_MONTHU] = 'M', [TX_QUARTER] = 'Q', [TX_YEAR] = 'Y',
				      [TX_DECADE] = 'Y', [TX_CENTURYU] = 'Y', [TX_FORTNIGHT] = 'W',
				      [TX_NIGHT] = 'D'};
	static const int times[] = {[TX_WEEKEND] = 2, [TX_DECADE] = 10, [TX_CENTURYU] = 100,
				    [TX_FORTNIGHT] = 2};
	const char *t = unit <= TX_HOUR ? "T" : "";
	int k = times[unit] ? times[unit] : 1;
	if (decimal)
		put(m, AT_TIMEX_DURATION, AT_PREC_NONE, "P%s%s%c", t, decimal, letter[unit]);
	else if (count < 0)
		put(m, AT_TIMEX_DURATION, AT_PREC_NONE, "P%sX%c", t, letter[unit]);
	else
		put(m, AT_TIMEX_DURATION, AT_PREC_NONE, "P%s%d%c", t, count * k, letter[unit]);
}

void tx_add_partday(tx_match *m, int partday)
{
	static const char *const code[] = {"MO", "AF", "EV", "NI"};
	size_t n = strlen(m->value);
	if (n == 10 && n + 4 < sizeof m->value)
		snprintf(m->value + n, sizeof m->value - n, "T%s", code[partday]);
	m->type = AT_TIMEX_TIME;
}

void tx_add_day_part(tx_match *m, int partday)
{
	tx_add_partday(m, partday);
	m->type = AT_TIMEX_DATE;
}

void tx_resolve_weekday(const tx_scan *s, tx_match *m, int weekday, int dir, int strict)
{
	if (!s->has_ref) {
		put(m, AT_TIMEX_DATE, AT_PREC_DAY, "XXXX-WXX-%d", weekday + 1);
		return;
	}
	int today = tx_weekday(s->ref);
	long back = (today - weekday + 7) % 7, ahead = (weekday - today + 7) % 7;
	if (strict) {
		back = back ? back : 7;
		ahead = ahead ? ahead : 7;
	}
	if (dir == 0)
		dir = -1;  /* news reports what happened: an untensed weekday is past */
	tx_set_day(m, tx_add_days(s->ref, dir < 0 ? -back : ahead));
}

/* Which of the candidates (distances from the reference) to take: the
 * nearest, where going against a likely tense costs `likely` and against a
 * sure one `sure`. Even a sure tense does not beat a date days away from
 * the reference: "said Monday, Oct. 26" in the paper of Oct. 25. */
static int nearest(const long diff[3], int dir, long likely, long sure)
{
	long penalty = dir >= 2 || dir <= -2 ? sure : likely;
	int best = 1;
	long best_cost = -1;
	for (int k = 0; k < 3; k++) {
		long cost = labs(diff[k]);
		if ((dir < 0 && diff[k] > 0) || (dir > 0 && diff[k] < 0))
			cost += penalty;
		if (best_cost < 0 || cost < best_cost) {
			best_cost = cost;
			best = k;
		}
	}
	return best;
}

void tx_resolve_month(const tx_scan *s, tx_match *m, int month, int dir, int strict)
{
	if (!s->has_ref) {
		put(m, AT_TIMEX_DATE, AT_PREC_MONTH, "XXXX-%02d", month);
		return;
	}
	int y = s->ref.y;
	if (strict) {
		if (dir < 0 && month >= s->ref.m)
			y--;
		else if (dir > 0 && month <= s->ref.m)
			y++;
	} else {
		long diff[3];
		for (int k = 0; k < 3; k++)
			diff[k] = (y - 1 + k - s->ref.y) * 12L + month - s->ref.m;
		y = y - 1 + nearest(diff, dir, 3, 7);
	}
	tx_set_month(m, y, month);
}

void tx_resolve_month_day(const tx_scan *s, tx_match *m, int month, int day, int dir)
{
	if (!s->has_ref) {
		put(m, AT_TIMEX_DATE, AT_PREC_DAY, "XXXX-%02d-%02d", month, day);
		return;
	}
	long ref = tx_days(s->ref), diff[3];
	for (int k = 0; k < 3; k++) {
		int y = s->ref.y - 1 + k;
		tx_date d = {y, month, day > tx_days_in_month(y, month) ? tx_days_in_month(y, month) : day};
		diff[k] = tx_days(d) - ref;
	}
	tx_date d = {s->ref.y - 1 + nearest(diff, dir, 90, 200), month, day};
	tx_set_day(m, d);
}

void tx_resolve_season(const tx_scan *s, tx_match *m, int season, int year, int dir)
{
	static const char *const code[] = {"SP", "SU", "FA", "WI"};
	if (!year && s->has_ref) {
		/* Seasons in order of the year, winter at its end. */
		int now = s->ref.m <= 2 ? -1 : s->ref.m <= 5 ? 0 : s->ref.m <= 8 ? 1 : s->ref.m <= 11 ? 2 : 3;
		year = s->ref.y;
		if (now == -1) {
			year--;
			now = 3;
		}
		if (dir < 0 && season >= now)
			year--;
		else if (dir > 0 && season <= now)
			year++;
	}
	if (year)
		put(m, AT_TIMEX_DATE, AT_PREC_QUARTER, "%04d-%s", year, code[season]);
	else
		put(m, AT_TIMEX_DATE, AT_PREC_QUARTER, "XXXX-%s", code[season]);
}

void tx_resolve_unit(const tx_scan *s, tx_match *m, int unit, int dir)
{
	m->type = AT_TIMEX_DATE;
	m->value[0] = '\0';
	if (!s->has_ref)
		return;
	tx_date r = s->ref;
	switch (unit) {
	case TX_DAY: tx_set_day(m, tx_add_days(r, dir)); break;
	case TX_WEEK: tx_set_week(m, tx_add_days(r, 7L * dir)); break;
	case TX_WEEKEND: {
		tx_set_week(m, tx_add_days(r, 7L * dir));
		size_t n = strlen(m->value);
		snprintf(m->value + n, sizeof m->value - n, "-WE");
		break;
	}
	case TX_MONTHU: {
		tx_date d = tx_add_months(r, dir);
		tx_set_month(m, d.y, d.m);
		break;
	}
	case TX_QUARTER: {
		int q = (r.y * 4 + (r.m - 1) / 3) + dir;
		tx_set_quarter(m, q / 4, q % 4 + 1);
		break;
	}
	case TX_YEAR: tx_set_year(m, r.y + dir); break;
	case TX_DECADE: tx_set_decade(m, r.y + 10 * dir); break;
	case TX_CENTURYU: tx_set_century(m, r.y / 100 + dir); break;
	default: break;
	}
}

void tx_resolve_offset(const tx_scan *s, tx_match *m, int unit, int n, int sign)
{
	m->type = AT_TIMEX_DATE;
	m->value[0] = '\0';
	if (n < 0) {
		tx_set_ref(m, sign < 0 ? TX_PAST_REF : TX_FUTURE_REF);
		return;
	}
	if (!s->has_ref)
		return;
	tx_date r = s->ref;
	switch (unit) {
	case TX_DAY: tx_set_day(m, tx_add_days(r, (long)sign * n)); break;
	case TX_WEEK: tx_set_week(m, tx_add_days(r, 7L * sign * n)); break;
	case TX_FORTNIGHT: tx_set_week(m, tx_add_days(r, 14L * sign * n)); break;
	case TX_MONTHU: {
		tx_date d = tx_add_months(r, sign * n);
		tx_set_month(m, d.y, d.m);
		break;
	}
	case TX_QUARTER: {
		tx_date d = tx_add_months(r, 3 * sign * n);
		tx_set_quarter(m, d.y, (d.m - 1) / 3 + 1);
		break;
	}
	case TX_YEAR: tx_set_year(m, r.y + sign * n); break;
	case TX_DECADE: tx_set_decade(m, r.y + 10 * sign * n); break;
	case TX_CENTURYU: tx_set_century(m, r.y / 100 + sign * n); break;
	default: tx_set_ref(m, sign < 0 ? TX_PAST_REF : TX_FUTURE_REF); break;
	}
}

void tx_resolve_relday(const tx_scan *s, tx_match *m, int offset)
{
	m->type = AT_TIMEX_DATE;
	m->precision = AT_PREC_DAY;
	m->value[0] = '\0';
	if (s->has_ref)
		tx_set_day(m, tx_add_days(s->ref, offset));
}

void tx_resolve_quarter(const tx_scan *s, tx_match *m, int q, int year)
{
	if (!year && s->has_ref) {
		int now = q <= 4 ? (s->ref.m - 1) / 3 + 1 : (s->ref.m - 1) / 6 + 5;
		year = q <= now ? s->ref.y : s->ref.y - 1;
	}
	if (year)
		tx_set_quarter(m, year, q);
	else if (q <= 4)
		put(m, AT_TIMEX_DATE, AT_PREC_QUARTER, "XXXX-Q%d", q);
	else
		put(m, AT_TIMEX_DATE, AT_PREC_QUARTER, "XXXX-H%d", q - 4);
}

void tx_add_half(tx_match *m, int count, int unit)
{
	static const char *const half[] = {[TX_MINUTE] = "PT%dM30S", [TX_HOUR] = "PT%dH30M",
					   [TX_DAY] = "P%dDT12H", [TX_MONTHU] = "P%dM15D",
					   [TX_YEAR] = "P%dY6M"};
	if (unit < (int)(sizeof half / sizeof half[0]) && half[unit])
		snprintf(m->value, sizeof m->value, half[unit], count);
}

void tx_resolve_anaphor(const tx_scan *s, tx_match *m, int unit, int offset)
{
	m->type = AT_TIMEX_DATE;
	m->value[0] = '\0';
	tx_date base = s->focus;
	int prec = s->focus_prec;
	if (!prec && s->has_ref) {
		base = s->ref;
		prec = AT_PREC_DAY;
	}
	if (!prec)
		return;
	switch (unit) {
	case TX_DAY:
		if (prec == AT_PREC_DAY)
			tx_set_day(m, tx_add_days(base, offset));
		break;
	case TX_WEEK:
		if (prec == AT_PREC_DAY)
			tx_set_week(m, tx_add_days(base, 7L * offset));
		break;
	case TX_MONTHU:
		if (prec == AT_PREC_DAY || prec == AT_PREC_MONTH) {
			tx_date d = tx_add_months(base, offset);
			tx_set_month(m, d.y, d.m);
		}
		break;
	case TX_YEAR: tx_set_year(m, base.y + offset); break;
	default: break;
	}
}
