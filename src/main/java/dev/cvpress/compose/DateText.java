package dev.cvpress.compose;

import dev.cvpress.model.DateRange;
import dev.cvpress.model.PartialDate;
import dev.cvpress.style.Style;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as the style writes them: "Mar 2021", "2019", "Jan 2020 – Present". A date never breaks
 * inside, and a range breaks only after its dash, never before it.
 */
final class DateText {
    private static final String NBSP = "\u00A0";
    private final DateTimeFormatter monthFormat;
    private final String present;
    private final String separator;

    DateText(Style.Dates dates) {
        this.monthFormat = DateTimeFormatter.ofPattern(dates.format(), Locale.forLanguageTag(dates.locale()));
        this.present = dates.present();
        this.separator = dates.separator().replaceFirst("^\\s+", NBSP);
    }

    String format(PartialDate date) {
        if (!date.hasMonth()) {
            return Integer.toString(date.year());
        }
        return monthFormat.format(LocalDate.of(date.year(), date.month(), Math.max(1, date.day()))).replace(" ", NBSP);
    }

    String format(Optional<PartialDate> date) {
        return date.map(this::format).orElse("");
    }

    String format(DateRange range) {
        String start = format(range.start());
        String end = range.isOngoing() ? present : format(range.end());
        if (start.isEmpty() || start.equals(end)) {
            return end;
        }
        return start + separator + end;
    }
}
