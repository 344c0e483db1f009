package dev.cvpress.layout.breaking;

import dev.cvpress.fonts.FontCatalog;
import dev.cvpress.fonts.FontFace;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/** Paragraphs for the tests: real faces, runs split as the layout's itemizer splits them. */
final class Texts {
    static final FontFace SERIF = FontCatalog.bundled().family("Source Serif 4").orElseThrow().face(false, false);
    static final FontFace BOLD = FontCatalog.bundled().family("Source Serif 4").orElseThrow().face(true, false);
    static final FontFace CJK = FontCatalog.bundled().family("Droid Sans Fallback").orElseThrow().face(false, false);
    static final double SIZE = 10;

    /** Résumé words, short and long, some with hyphens, digits and punctuation. */
    private static final String[] VOCABULARY = ("Led a team of five engineers building the distributed typesetting"
            + " service in Java and Kotlin; reduced infrastructure costs by 40% through containerization,"
            + " observability and capacity planning. Designed state-of-the-art recommendation algorithms,"
            + " mentored junior developers, collaborated with stakeholders across product, design and"
            + " marketing organizations, and maintained responsibilities for internationalization,"
            + " accessibility, performance and reliability of customer-facing applications (2019–2023)."
            + " Hyphenation, justification, characterization, incomprehensibilities, to be or not.")
            .split(" ");

    private Texts() {}

    /** Runs of {@code text} in one face: each word one run, each space one space run. */
    static List<Run> runs(String text, FontFace face) {
        List<Run> runs = new ArrayList<>();
        String[] words = text.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                runs.add(Run.of(" ", face, SIZE, true, "space " + i));
            }
            if (!words[i].isEmpty()) {
                runs.add(Run.of(words[i], face, SIZE, false, "word " + i));
            }
        }
        return runs;
    }

    static String randomParagraph(Random random, int words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            out.add(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        return String.join(" ", out);
    }

    static String text(BrokenLine line) {
        return line.runs().stream().map(Run::text).collect(Collectors.joining());
    }

    /** The paragraph's letters as set, without spaces and without the hyphens the breaker added. */
    static String letters(BrokenParagraph paragraph) {
        return paragraph.lines().stream()
                .map(line -> line.hyphenated() ? text(line).substring(0, text(line).length() - 1) : text(line))
                .collect(Collectors.joining()).replace(" ", "");
    }
}
