package dev.cvpress.support;

import dev.cvpress.model.DateRange;
import dev.cvpress.model.PartialDate;
import dev.cvpress.model.Resume;
import dev.cvpress.style.Style;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * What a reader must find in a rendered résumé, worked out from the model independently of the
 * composer: the main strings of every entry in reading order (sections in the style's order,
 * entries in the input's order), and every other field somewhere.
 */
public final class ExpectedText {
    private final List<String> ordered = new ArrayList<>();
    private final List<String> present = new ArrayList<>();

    public ExpectedText(Resume r, Style style) {
        var b = r.basics();
        ordered(b.name(), b.label());
        present(b.email(), b.phone(), b.location().city(), b.location().region(), b.location().countryCode(),
                b.location().address(), b.location().postalCode());
        b.profiles().forEach(p -> present(p.network(), p.username()));
        for (Style.Section section : style.sections()) {
            section(section.id(), r);
        }
    }

    private void section(String id, Resume r) {
        switch (id) {
            case "summary" -> ordered(r.basics().summary());
            case "work" -> r.work().forEach(w -> {
                ordered(w.position(), w.name());
                ordered(w.highlights());
                present(w.location(), w.description(), w.summary());
                dates(w.dates());
            });
            case "volunteer" -> r.volunteer().forEach(v -> {
                ordered(v.position(), v.organization());
                ordered(v.highlights());
                present(v.summary());
                dates(v.dates());
            });
            case "education" -> r.education().forEach(e -> {
                ordered(e.institution(), e.studyType(), e.area());
                present(e.score());
                present(e.courses().toArray(String[]::new));
                dates(e.dates());
            });
            case "awards" -> r.awards().forEach(a -> {
                ordered(a.title(), a.awarder());
                present(a.summary());
                date(a.date());
            });
            case "certificates" -> r.certificates().forEach(c -> {
                ordered(c.name(), c.issuer());
                date(c.date());
            });
            case "publications" -> r.publications().forEach(p -> {
                ordered(p.name(), p.publisher());
                present(p.summary());
                date(p.releaseDate());
            });
            case "skills" -> r.skills().forEach(s -> {
                ordered(s.name());
                ordered(s.keywords());
                present(s.level());
            });
            case "languages" -> r.languages().forEach(l -> {
                ordered(l.language());
                present(l.fluency());
            });
            case "interests" -> r.interests().forEach(i -> {
                ordered(i.name());
                ordered(i.keywords());
            });
            case "references" -> r.references().forEach(ref -> {
                ordered(ref.reference(), ref.name());
            });
            case "projects" -> r.projects().forEach(p -> {
                ordered(p.name(), p.description());
                ordered(p.highlights());
                present(p.entity(), p.type());
                present(p.roles().toArray(String[]::new));
                present(p.keywords().toArray(String[]::new));
                dates(p.dates());
            });
            default -> throw new AssertionError("unknown section " + id);
        }
    }

    /** Asserts {@code text} holds everything, the ordered strings in order; ignores whitespace and dropped characters. */
    public void assertFoundIn(String text, IntPredicate printable, String what) {
        String haystack = squeeze(text, c -> true);
        int from = 0;
        for (String key : ordered) {
            String needle = squeeze(key, printable);
            if (needle.isEmpty()) {
                continue;
            }
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                boolean anywhere = haystack.contains(needle);
                throw new AssertionError(what + ": \"" + key + "\" " + (anywhere ? "is out of order" : "is missing")
                        + "; text after the previous match: " + excerpt(haystack, from));
            }
            from = at + needle.length();
        }
        for (String key : present) {
            String needle = squeeze(key, printable);
            if (!needle.isEmpty() && !haystack.contains(needle)) {
                throw new AssertionError(what + ": \"" + key + "\" is missing");
            }
        }
    }

    private void dates(DateRange range) {
        date(range.start());
        if (range.isOngoing()) {
            present.add("Present");
        }
        date(range.end());
    }

    private void date(Optional<PartialDate> date) {
        date.ifPresent(d -> present.add(d.hasMonth()
                ? Month.of(d.month()).getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.year()
                : Integer.toString(d.year())));
    }

    private void ordered(String... values) {
        ordered(Arrays.asList(values));
    }

    private void ordered(List<String> values) {
        values.stream().filter(v -> !v.isBlank()).forEach(ordered::add);
    }

    private void present(String... values) {
        Arrays.stream(values).filter(v -> !v.isBlank()).forEach(present::add);
    }

    /** Without whitespace (line breaks fall anywhere) and without characters no font could show. */
    private static String squeeze(String text, IntPredicate keep) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> !Character.isWhitespace(c) && c != 0xA0 && keep.test(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String excerpt(String text, int from) {
        return text.substring(from, Math.min(text.length(), from + 160));
    }
}
