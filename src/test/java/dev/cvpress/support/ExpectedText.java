package dev.cvpress.support;

import dev.cvpress.model.DateRange;
import dev.cvpress.model.PartialDate;
import dev.cvpress.model.Resume;
import dev.cvpress.style.Style;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * What a reader must find in a rendered résumé, worked out from the model independently of the
 * composer: the main strings of every entry in reading order (sections in the style's order, a
 * sidebar's sections in order of their own; entries in the input's order; within an entry, the
 * order its style's entry template gives), and every other field somewhere.
 */
public final class ExpectedText {
    /** Strings read in order: the page's main flow, and separately a sidebar's, which may run beside it onto later pages. */
    private final List<String> mainFlow = new ArrayList<>();
    private final List<String> sideFlow = new ArrayList<>();
    private List<String> ordered = mainFlow;
    private final List<String> present = new ArrayList<>();
    private final Style style;
    private final DateTimeFormatter dateFormat;

    public ExpectedText(Resume r, Style style) {
        this.style = style;
        this.dateFormat = DateTimeFormatter.ofPattern(style.dates().format(), Locale.forLanguageTag(style.dates().locale()));
        var b = r.basics();
        ordered(b.name(), b.label());
        present(b.email(), b.phone(), b.location().city(), b.location().region(), b.location().countryCode(),
                b.location().address(), b.location().postalCode());
        b.profiles().forEach(p -> present(p.network(), p.username()));
        for (Style.Section section : style.sections()) {
            ordered = style.sidebar().holds(section.id()) ? sideFlow : mainFlow;
            section(section.id(), r);
        }
    }

    private void section(String id, Resume r) {
        switch (id) {
            case "contact" -> { }
            case "summary" -> ordered(r.basics().summary());
            case "work" -> r.work().forEach(w -> {
                entry(id, Map.of("position", w.position(), "name", w.name(), "location", w.location(),
                        "description", w.description(), "summary", w.summary(), "highlights", w.highlights()));
                dates(w.dates());
            });
            case "volunteer" -> r.volunteer().forEach(v -> {
                entry(id, Map.of("position", v.position(), "organization", v.organization(), "summary", v.summary(),
                        "highlights", v.highlights()));
                dates(v.dates());
            });
            case "education" -> r.education().forEach(e -> {
                entry(id, Map.of("institution", e.institution(), "study_type", e.studyType(), "area", e.area(),
                        "score", e.score(), "courses", e.courses()));
                dates(e.dates());
            });
            case "awards" -> r.awards().forEach(a -> {
                entry(id, Map.of("title", a.title(), "awarder", a.awarder(), "summary", a.summary()));
                date(a.date());
            });
            case "certificates" -> r.certificates().forEach(c -> {
                entry(id, Map.of("name", c.name(), "issuer", c.issuer()));
                date(c.date());
            });
            case "publications" -> r.publications().forEach(p -> {
                entry(id, Map.of("name", p.name(), "publisher", p.publisher(), "summary", p.summary()));
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
            case "references" -> r.references().forEach(ref -> entry(id, Map.of("reference", ref.reference(),
                    "name", ref.name())));
            case "projects" -> r.projects().forEach(p -> {
                entry(id, Map.of("name", p.name(), "roles", p.roles(), "entity", p.entity(), "type", p.type(),
                        "description", p.description(), "highlights", p.highlights(), "keywords", p.keywords()));
                dates(p.dates());
            });
            default -> throw new AssertionError("unknown section " + id);
        }
    }

    /**
     * An entry's fields: those its style's template puts in the title row, the detail row and the
     * body are read in that order; the rest (flush-right text, asides) must be somewhere.
     */
    private void entry(String section, Map<String, Object> fields) {
        Style.Entry template = style.entries().get(section);
        List<String> order = new ArrayList<>(placeholders(template.title()));
        order.addAll(placeholders(template.subtitle()));
        order.addAll(template.body());
        for (String name : order) {
            Object value = fields.get(name);
            if (value instanceof String text) {
                ordered(text);
            } else if (value instanceof List<?> list) {
                ordered(list.stream().map(String::valueOf).toList());
            }
        }
        fields.forEach((name, value) -> {
            if (!order.contains(name)) {
                if (value instanceof String text) {
                    present(text);
                } else {
                    present(((List<?>) value).stream().map(String::valueOf).toArray(String[]::new));
                }
            }
        });
    }

    private static List<String> placeholders(String template) {
        return Pattern.compile("\\{([a-z_]+)}").matcher(template).results().map(m -> m.group(1)).toList();
    }

    /** Asserts {@code text} holds everything, the ordered strings in order; ignores whitespace and dropped characters. */
    public void assertFoundIn(String text, IntPredicate printable, String what) {
        String haystack = squeeze(text, c -> true);
        assertInOrder(haystack, mainFlow, printable, what);
        assertInOrder(haystack, sideFlow, printable, what + " (sidebar)");
        for (String key : present) {
            String needle = squeeze(key, printable);
            if (!needle.isEmpty() && !haystack.contains(needle)) {
                throw new AssertionError(what + ": \"" + key + "\" is missing");
            }
        }
    }

    private static void assertInOrder(String haystack, List<String> ordered, IntPredicate printable, String what) {
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
    }

    private void dates(DateRange range) {
        date(range.start());
        if (range.isOngoing()) {
            present.add(style.dates().present());
        }
        date(range.end());
    }

    private void date(Optional<PartialDate> date) {
        date.ifPresent(d -> present.add(d.hasMonth()
                ? dateFormat.format(LocalDate.of(d.year(), d.month(), 1))
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
