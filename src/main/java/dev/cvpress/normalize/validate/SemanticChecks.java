package dev.cvpress.normalize.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cvpress.diag.Severity;
import dev.cvpress.model.PartialDate;
import dev.cvpress.normalize.Reporter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Problems the schema cannot see, found on the cleaned tree (the model carries no pointers): dates
 * out of order or in the future, empty entries and repeated entries. All are warnings: the
 * résumé still renders, but probably not as its author meant.
 */
public final class SemanticChecks {
    private static final List<String> DATED_SECTIONS = List.of("work", "volunteer", "education", "projects");

    /** {@code today} is passed in so the future is the same for a whole run, and fixed in tests. */
    public void check(JsonNode resume, Reporter reporter, LocalDate today) {
        PartialDate now = new PartialDate(today.getYear(), today.getMonthValue(), today.getDayOfMonth());
        for (String section : DATED_SECTIONS) {
            JsonNode entries = resume.path(section);
            for (int i = 0; entries.isArray() && i < entries.size(); i++) {
                if (entries.get(i).isObject()) {
                    dates(entries.get(i), Pointers.item(Pointers.child("", section), i), reporter, now);
                }
            }
        }
        EntryChecks.check(resume, reporter);
    }

    private static void dates(JsonNode entry, String pointer, Reporter reporter, PartialDate now) {
        Optional<PartialDate> start = date(entry, "startDate");
        Optional<PartialDate> end = date(entry, "endDate");
        if (start.isPresent() && end.isPresent() && compare(end.get(), start.get()) < 0) {
            reporter.report(Severity.WARNING, "END_BEFORE_START", pointer + "/endDate",
                    "the end date " + end.get().iso() + " is before the start date " + start.get().iso(),
                    "check whether the two dates are swapped");
        }
        if (start.isPresent() && compare(start.get(), now) > 0) {
            reporter.report(Severity.WARNING, "FUTURE_DATE", pointer + "/startDate",
                    "the start date " + start.get().iso() + " is in the future");
        }
    }

    /** A date the schema accepts; anything else ("present", a typo) is the schema check's business. */
    private static Optional<PartialDate> date(JsonNode entry, String field) {
        JsonNode value = entry.path(field);
        return value.isTextual() ? PartialDate.parseIso(value.asText()) : Optional.empty();
    }

    /**
     * Compares two dates at the precision both have: "2020" to "2020-05" is equal, not earlier,
     * because a year-only date says nothing about the month.
     */
    static int compare(PartialDate a, PartialDate b) {
        int precision = Math.min(precision(a), precision(b));
        return truncate(a, precision).compareTo(truncate(b, precision));
    }

    /** 1 for a year, 2 for a month, 3 for a day. */
    private static int precision(PartialDate date) {
        return date.hasDay() ? 3 : date.hasMonth() ? 2 : 1;
    }

    private static PartialDate truncate(PartialDate date, int precision) {
        return new PartialDate(date.year(), precision >= 2 ? date.month() : 0, precision >= 3 ? date.day() : 0);
    }
}
