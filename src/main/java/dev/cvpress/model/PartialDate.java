package dev.cvpress.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date known to the year, the month or the day, as JSON Resume allows. Month and day 0 = unknown. */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("impossible date " + year + "-" + month + "-" + day);
        }
    }

    /** Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; anything else is empty. */
    public static Optional<PartialDate> parseIso(String text) {
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (month > 12 || day > 31 || (m.group(2) != null && month == 0) || (m.group(3) != null && day == 0)) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(year, month, day));
    }

    public boolean hasMonth() {
        return month != 0;
    }

    public boolean hasDay() {
        return day != 0;
    }

    /** The ISO form with as much precision as is known. */
    public String iso() {
        StringBuilder out = new StringBuilder(String.format("%04d", year));
        if (hasMonth()) {
            out.append(String.format("-%02d", month));
        }
        if (hasDay()) {
            out.append(String.format("-%02d", day));
        }
        return out.toString();
    }

    @Override
    public int compareTo(PartialDate other) {
        return Integer.compare(year * 10000 + month * 100 + day, other.year * 10000 + other.month * 100 + other.day);
    }
}
