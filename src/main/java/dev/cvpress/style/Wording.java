package dev.cvpress.style;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words the bundled styles print (section headings, labels, "Present") in one language, from
 * {@code layouts/languages/<language>.yaml}, keyed by their English wording. Applied to a style when
 * a résumé is rendered in that language: the headings and labels it has a word for change, and dates
 * take the language's month names (and its month format, where it has one: 2021年4月).
 */
public record Wording(String languageTag, Map<String, String> words, String present, Optional<String> monthFormat) {
    private static final String FOLDER = "/layouts/languages/";
    /** Chinese as written in Taiwan, Hong Kong and Macau uses traditional characters; the list is simplified. */
    private static final Set<String> TRADITIONAL_CHINESE_REGIONS = Set.of("TW", "HK", "MO");

    public Wording {
        words = Map.copyOf(words);
    }

    /** The wording for a BCP 47 tag (de, de-AT, fr-CA), by its language; empty when none is bundled. */
    public static Optional<Wording> of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        String language = locale.getLanguage();
        boolean traditional = locale.getScript().equals("Hant") || TRADITIONAL_CHINESE_REGIONS.contains(locale.getCountry());
        if (!language.matches("[a-z]{2,3}") || language.equals("zh") && traditional) {
            return Optional.empty();
        }
        try (InputStream in = Wording.class.getResourceAsStream(FOLDER + language + ".yaml")) {
            if (in == null) {
                return Optional.empty();
            }
            JsonNode yaml = new YAMLMapper().readTree(in);
            Map<String, String> words = new LinkedHashMap<>();
            yaml.path("words").fields().forEachRemaining(e -> words.put(e.getKey(), e.getValue().asText()));
            String monthFormat = yaml.path("month_format").asText("");
            return Optional.of(new Wording(languageTag, words, yaml.path("present").asText(),
                    monthFormat.isEmpty() ? Optional.empty() : Optional.of(monthFormat)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled words for " + language, e);
        }
    }

    /** {@code style} in this language; a heading or label with no word here stays as the style has it. */
    public Style applyTo(Style style) {
        var sections = style.sections().stream().map(s -> new Style.Section(s.id(), word(s.title()))).toList();
        Map<String, String> labels = new LinkedHashMap<>();
        style.labels().forEach((key, label) -> labels.put(key, word(label)));
        Style.Dates d = style.dates();
        var dates = new Style.Dates(monthFormat.orElse(d.format()), languageTag, present, d.separator());
        return new Style(style.id(), style.description(), style.page(), style.colors(), style.fonts(), style.text(),
                style.headingRule(), style.bullets(), style.contact(), dates, style.footer(), style.pagination(),
                labels, sections, style.sidebar(), style.entries());
    }

    /** The word for {@code english}, or {@code english} itself when this language has none. */
    public String word(String english) {
        return words.getOrDefault(english, english);
    }
}
