package dev.cvpress.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvpress.doc.Document;
import dev.cvpress.style.StyleLoader;
import dev.cvpress.support.LibreOffice;
import dev.cvpress.support.Pipeline;
import dev.cvpress.support.Shared;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each style's Word file of each seed, laid out by LibreOffice, has as many pages as the PDF or one
 * more, and the same words in the same order (punctuation, spacing, case and hyphenation aside;
 * each page's footer left out, since page breaks fall in different places). Both PDFs are read in
 * content order (columns one after the other) or, where that differs because a margin column of
 * dates is a table cell of its own in Word, both line by line down the page.
 */
class DocxPageParityTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    static Stream<Arguments> inputs() {
        List<String> styles = new StyleLoader().available();
        Shared.require("seeds");
        return Shared.files("seeds", "*.resume.json").stream()
                .flatMap(seed -> styles.stream().map(style -> Arguments.of(seed, style)));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("inputs")
    void libreOfficeSetsTheWordFileOnAsManyPagesWithTheSameText(Path seed, String style) throws IOException {
        LibreOffice.require();
        Document document = Pipeline.compose(Pipeline.read(seed), style);
        byte[] pdf = Pipeline.render(document, "pdf").bytes();
        byte[] converted = LibreOffice.toPdf(Pipeline.render(document, "docx").bytes());
        String label = style + " " + seed.getFileName().toString().substring(0, 3);
        try (PDDocument ours = Loader.loadPDF(pdf); PDDocument theirs = Loader.loadPDF(converted)) {
            int pdfPages = ours.getNumberOfPages();
            int docxPages = theirs.getNumberOfPages();
            System.out.println("page parity: " + label + " pdf=" + pdfPages + " docx=" + docxPages);
            assertTrue(docxPages == pdfPages || docxPages == pdfPages + 1,
                    label + ": PDF " + pdfPages + " pages, DOCX in LibreOffice " + docxPages);
            List<String> pdfOrder = words(ours, document.footer(), false);
            List<String> docxOrder = words(theirs, document.footer(), false);
            List<String> pdfLines = words(ours, document.footer(), true);
            List<String> docxLines = words(theirs, document.footer(), true);
            assertTrue(pdfOrder.equals(docxOrder) || pdfLines.equals(docxLines),
                    label + ": the text differs, in content order " + firstDifference(pdfOrder, docxOrder)
                            + "; line by line " + firstDifference(pdfLines, docxLines));
        }
    }

    /** Where two word lists part, with a few words of each from there. */
    private static String firstDifference(List<String> expected, List<String> actual) {
        int at = 0;
        while (at < expected.size() && at < actual.size() && expected.get(at).equals(actual.get(at))) {
            at++;
        }
        return "at word " + at + ": PDF " + expected.subList(at, Math.min(expected.size(), at + 12)) + ", DOCX "
                + actual.subList(at, Math.min(actual.size(), at + 12));
    }

    /** The words of every page, in content order or line by line, less the page's footer. */
    private static List<String> words(PDDocument pdf, Optional<Document.Footer> footer, boolean lineByLine)
            throws IOException {
        List<String> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(lineByLine);
        int pages = pdf.getNumberOfPages();
        for (int page = 1; page <= pages; page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            List<String> words = words(stripper.getText(pdf));
            if (footer.isPresent()) {
                List<String> furniture = words(footer.get().text(page, pages));
                int at = Collections.lastIndexOfSubList(words, furniture);
                if (at >= 0) {
                    words.subList(at, at + furniture.size()).clear();
                }
            }
            all.addAll(words);
        }
        return all;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
