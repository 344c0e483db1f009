package dev.cvpress.api;

import dev.cvpress.style.StyleOverrides;
import dev.cvpress.units.PageSize;
import java.util.Optional;

/**
 * What to make of a résumé: a style and a format, and what may be changed for this render.
 *
 * @param style      a style id (a folder of {@code layouts/})
 * @param format     an exporter id: {@code pdf}, {@code pdf-openpdf}, {@code docx}
 * @param overrides  margins, accent and body size replacing the style's
 * @param pageSize   the paper, instead of the résumé's country's or the style's
 * @param language   the language of the text as a BCP 47 tag, instead of the style's
 * @param attachJson embed the normalized résumé in the PDF (PDF/A-3u); PDF formats only
 */
public record RenderOptions(String style, String format, StyleOverrides overrides, Optional<PageSize> pageSize,
        Optional<String> language, boolean attachJson) {

    public RenderOptions {
        language.ifPresent(tag -> {
            if (!tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                throw new IllegalArgumentException("--lang wants a language tag such as en, de or pt-BR, not \""
                        + tag + "\"");
            }
        });
    }

    /** The style and format as they are. */
    public static RenderOptions of(String style, String format) {
        return new RenderOptions(style, format, StyleOverrides.NONE, Optional.empty(), Optional.empty(), false);
    }

    public RenderOptions withStyle(String id) {
        return new RenderOptions(id, format, overrides, pageSize, language, attachJson);
    }

    public RenderOptions withFormat(String id) {
        return new RenderOptions(style, id, overrides, pageSize, language, attachJson);
    }

    public RenderOptions withOverrides(StyleOverrides changes) {
        return new RenderOptions(style, format, changes, pageSize, language, attachJson);
    }

    public RenderOptions withPageSize(PageSize size) {
        return new RenderOptions(style, format, overrides, Optional.of(size), language, attachJson);
    }

    public RenderOptions withLanguage(String tag) {
        return new RenderOptions(style, format, overrides, pageSize, Optional.of(tag), attachJson);
    }

    public RenderOptions withAttachedJson(boolean attach) {
        return new RenderOptions(style, format, overrides, pageSize, language, attach);
    }
}
