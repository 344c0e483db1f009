package dev.cvpress.normalize.clean;

import dev.cvpress.model.PartialDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates people actually type ("Jan 2020", "03/2020", "2020-3", "Present") into a
 * {@link PartialDate}. It never guesses: a month 13 or an unknown word is reported as such.
 */
final class LooseDate {
    /** What a date string turned out to be. */
    enum Kind { ISO, CONVERTED, PRESENT, EMPTY, IMPOSSIBLE, UNREADABLE }

    record Reading(Kind kind, Optional<PartialDate> date) {}

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?(?:t.*)?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
    private static final Pattern NAMED = Pattern.compile("(?:(\\d{1,2})\\s+)?([a-z]+)\\.?,?\\s+(?:(\\d{1,2}),?\\s+)?(\\d{4})");
    private static final Pattern PRESENT = Pattern.compile("present|now|current|currently|today|ongoing|to date|till date|heute|aujourd'hui|actuel|attuale");
    private static final Map<String, Integer> MONTHS = months();

    private LooseDate() {}

    static Reading read(String raw) {
        String text = raw.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return new Reading(Kind.EMPTY, Optional.empty());
        }
        if (PRESENT.matcher(text).matches()) {
            return new Reading(Kind.PRESENT, Optional.empty());
        }
        Matcher m = ISO.matcher(text);
        if (m.matches()) {
            return make(Kind.ISO, m.group(1), m.group(2), m.group(3));
        }
        if ((m = YEAR_MONTH_DAY.matcher(text)).matches()) {
            return make(Kind.CONVERTED, m.group(1), m.group(2), m.group(3));
        }
        if ((m = MONTH_YEAR.matcher(text)).matches()) {
            return make(Kind.CONVERTED, m.group(2), m.group(1), null);
        }
        if ((m = NAMED.matcher(text)).matches() && MONTHS.containsKey(m.group(2))) {
            String day = m.group(1) != null ? m.group(1) : m.group(3);
            return make(Kind.CONVERTED, m.group(4), MONTHS.get(m.group(2)).toString(), day);
        }
        return new Reading(Kind.UNREADABLE, Optional.empty());
    }

    private static Reading make(Kind kind, String year, String month, String day) {
        int y = Integer.parseInt(year);
        int mo = month == null ? 0 : Integer.parseInt(month);
        int d = day == null ? 0 : Integer.parseInt(day);
        if ((month != null && (mo < 1 || mo > 12)) || (day != null && (d < 1 || d > daysIn(y, mo)))) {
            return new Reading(Kind.IMPOSSIBLE, Optional.empty());
        }
        return new Reading(kind, Optional.of(new PartialDate(y, mo, d)));
    }

    private static int daysIn(int year, int month) {
        return java.time.YearMonth.of(year, Math.max(1, month)).lengthOfMonth();
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> names = new java.util.HashMap<>();
        String[] full = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        for (int i = 0; i < full.length; i++) {
            names.put(full[i], i + 1);
            names.put(full[i].substring(0, 3), i + 1);
        }
        names.put("sept", 9);
        return Map.copyOf(names);
    }
}
