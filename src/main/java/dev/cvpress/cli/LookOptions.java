package dev.cvpress.cli;

import dev.cvpress.api.RenderOptions;
import dev.cvpress.style.Page;
import dev.cvpress.style.StyleOverrides;
import dev.cvpress.units.Length;
import dev.cvpress.units.PageSize;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options that change a style's look for one run, shared by {@code render} and {@code batch}. */
final class LookOptions {
    @Option(names = "--page-size", paramLabel = "A4|Letter", converter = PageSizes.class,
            description = "Paper size (default: Letter for a résumé located in the US or Canada, else the style's).")
    private PageSize pageSize;

    @Option(names = "--margins", paramLabel = "LENGTHS", converter = Margins.class,
            description = "Page margins: one length for every side, or 2 or 4 (top right bottom left) as in CSS; "
                    + "units mm, cm, in, pt. E.g. 20mm or \"18mm 15mm\".")
    private Page.Margins margins;

    @Option(names = "--accent", paramLabel = "COLOR", converter = Accent.class,
            description = "Accent colour (headings, rules): #RRGGBB or the name of a colour in the style's palette.")
    private String accent;

    @Option(names = "--font-size", paramLabel = "PT", converter = BodySize.class,
            description = "Body text size in points; the other text sizes scale with it.")
    private Length fontSize;

    @Option(names = "--lang", paramLabel = "TAG",
            description = "Language of the résumé's text as a BCP 47 tag (en, de, fr-CA); default: the style's.")
    private String language;

    /** {@code options} with whatever of these the user gave. */
    RenderOptions applyTo(RenderOptions options) {
        RenderOptions changed = options.withOverrides(new StyleOverrides(Optional.ofNullable(margins),
                Optional.ofNullable(accent), Optional.ofNullable(fontSize)));
        changed = pageSize == null ? changed : changed.withPageSize(pageSize);
        return language == null ? changed : changed.withLanguage(language);
    }

    /** A value's parser, its complaint shown as picocli's usage error. */
    private static <T> T parsed(Function<String, T> parse, String value) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** Reads A4 or Letter in any case, with the known sizes in the error. */
    static final class PageSizes implements ITypeConverter<PageSize> {
        @Override
        public PageSize convert(String value) {
            return parsed(PageSize::parse, value);
        }
    }

    static final class Margins implements ITypeConverter<Page.Margins> {
        @Override
        public Page.Margins convert(String value) {
            return parsed(StyleOverrides::parseMargins, value);
        }
    }

    static final class Accent implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return parsed(StyleOverrides::parseAccent, value);
        }
    }

    static final class BodySize implements ITypeConverter<Length> {
        @Override
        public Length convert(String value) {
            return parsed(StyleOverrides::parseBodySize, value);
        }
    }
}
