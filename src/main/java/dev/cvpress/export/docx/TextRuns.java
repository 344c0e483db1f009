package dev.cvpress.export.docx;

import dev.cvpress.diag.Diagnostic;
import dev.cvpress.diag.Severity;
import dev.cvpress.doc.Span;
import dev.cvpress.doc.SpanStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Spans as Word runs: plain runs, or hyperlink runs for spans with a link, each with direct
 * formatting only where the span differs from its paragraph's style, and characters the span's
 * family lacks in runs of their own set in a fallback family. Remembers what it had to
 * leave out so the exporter can say so.
 */
final class TextRuns {
    /** What ends a line in a span's text; each becomes a line break in Word. */
    private static final Pattern LINE_END = Pattern.compile("\r\n|[\r\n\u2028\u2029]");
    private final FallbackRuns fallbacks;
    private int droppedChars;
    private final Set<String> badLinks = new LinkedHashSet<>();

    TextRuns(FallbackRuns fallbacks) {
        this.fallbacks = fallbacks;
    }

    /** Appends {@code spans} to {@code paragraph}, whose style gives the look {@code inherited}. */
    void append(XWPFParagraph paragraph, List<Span> spans, SpanStyle inherited) {
        for (Span span : spans) {
            if (span.text().isEmpty()) {
                continue;
            }
            String[] lines = LINE_END.split(clean(span.text()), -1);
            for (int i = 0; i < lines.length; i++) {
                boolean lineBreak = i > 0;
                for (FallbackRuns.Piece piece : fallbacks.pieces(span.style(), lines[i])) {
                    XWPFRun run = newRun(paragraph, span);
                    format(run, piece.look(), inherited);
                    if (lineBreak) {
                        run.addBreak();
                        lineBreak = false;
                    }
                    if (!piece.text().isEmpty()) {
                        run.setText(piece.text());
                    }
                }
            }
        }
    }

    /** A run holding only a tab, to reach the next tab stop in the paragraph's own look. */
    static void tab(XWPFParagraph paragraph) {
        paragraph.createRun().addTab();
    }

    /** Warnings for characters and links that could not go into the file. */
    List<Diagnostic> warnings() {
        List<Diagnostic> out = new ArrayList<>();
        if (droppedChars > 0) {
            out.add(new Diagnostic(Severity.WARNING, "DOCX_CONTROL_CHAR", "", 0, 0, droppedChars
                    + " control character(s) that a Word file cannot hold were left out of the DOCX"));
        }
        for (String link : badLinks) {
            out.add(new Diagnostic(Severity.WARNING, "DOCX_BAD_LINK", "", 0, 0,
                    "\"" + link + "\" is not a valid URI; its text is in the DOCX without the link"));
        }
        return out;
    }

    private XWPFRun newRun(XWPFParagraph paragraph, Span span) {
        if (span.link().isPresent()) {
            try {
                return paragraph.createHyperlinkRun(span.link().get());
            } catch (IllegalArgumentException e) {
                badLinks.add(span.link().get());
            }
        }
        return paragraph.createRun();
    }

    private static void format(XWPFRun run, SpanStyle look, SpanStyle inherited) {
        if (!look.equals(inherited)) {
            RunFormat.write(run.getCTR().addNewRPr(), look, inherited);
        }
    }

    /**
     * The text without characters XML 1.0 forbids (they would make the file unreadable), and with
     * tabs as spaces so that only a row's own tab reaches its flush-right tab stop.
     */
    private String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (allowedInXml(cp)) {
                out.appendCodePoint(cp);
            } else {
                droppedChars++;
            }
        });
        return out.toString();
    }

    private static boolean allowedInXml(int cp) {
        return cp == '\n' || cp == '\r' || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
