#include "timex/calendar.h"

#include <ctype.h>

/* Howard Hinnant's civil-from-days algorithms: exact over the whole
 * proleptic Gregorian calendar, no tables. */
long tx_days(tx_date date)
{
	long y = date.y - (date.m <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long mp = (date.m + 9) % 12;
	long doy = (153 * mp + 2) / 5 + date.d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

tx_date tx_from_days(long days)
{
	days += 719468;
	long era = (days >= 0 ? days : days - 146096) / 146097;
	long doe = days - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	tx_date r;
	r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	r.y = (int)(yoe + era * 400 + (r.m <= 2));
	return r;
}

int tx_weekday(tx_date date)
{
	long d = tx_days(date);  /* 1970-01-01 was a Thursday (3) */
	long w = (d + 3) % 7;
	return (int)(w < 0 ? w + 7 : w);
}

int tx_days_in_month(int y, int m)
{
	static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return len[(m - 1) % 12];
}

int tx_iso_week(tx_date date, int *iso_year)
{
	/* The week belongs to the year of its Thursday. */
	long d = tx_days(date);
	long thursday = d - tx_weekday(date) + 3;
	tx_date t = tx_from_days(thursday);
	tx_date jan1 = {t.y, 1, 1};
	*iso_year = t.y;
	return (int)((thursday - tx_days(jan1)) / 7 + 1);
}

tx_date tx_add_days(tx_date date, long n)
{
	return tx_from_days(tx_days(date) + n);
}

tx_date tx_add_months(tx_date date, int n)
{
	int total = date.y * 12 + (date.m - 1) + n;
	tx_date r = {total / 12, total % 12 + 1, date.d};
	int len = tx_days_in_month(r.y, r.m);
	if (r.d > len)
		r.d = len;
	return r;
}

static int digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int tx_parse_date(const char *s, tx_date *out)
{
	if (!s)
		return -1;
	int y = digits(s, 4);
	if (y < 0 || s[4] != '-')
		return -1;
	int m = digits(s + 5, 2);
	if (m < 1 || m > 12 || s[7] != '-')
		return -1;
	int d = digits(s + 8, 2);
	if (d < 1 || d > tx_days_in_month(y, m))
		return -1;
	out->y = y;
	out->m = m;
	out->d = d;
	return 0;
}
