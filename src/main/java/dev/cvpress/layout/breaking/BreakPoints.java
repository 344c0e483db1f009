package dev.cvpress.layout.breaking;

import dev.cvpress.layout.breaking.Element.Kind;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a word (the text between two spaces) may be broken, and of what kind: {@code at[i]} is
 * the kind of break allowed before char {@code i}, or null. Each position gets the kind of the
 * earliest pass that allows it: Unicode break opportunities, then hyphenation and address points,
 * then, for a word wider than a line, every character boundary.
 */
final class BreakPoints {
    /** An address may be cut after these, as url.sty does; a run of them ("://") stays whole. */
    private static final String ADDRESS_BREAKS = "/-._?&=#";

    private BreakPoints() {}

    /**
     * The first pass's points only: Unicode break opportunities, which cost nothing to measure. Text
     * joined with no-break spaces ("GitHub: octocat", an address) asked to stay whole, so it gets
     * none; if it is wider than a line, the later passes still cut it.
     */
    static Kind[] firstPass(String word) {
        Kind[] at = new Kind[word.length() + 1];
        if (word.indexOf('\u00A0') >= 0) {
            return at;
        }
        if (simple(word)) {
            afterDashes(word, at);
        } else {
            unicode(word, at);
        }
        return at;
    }

    /** The points of every pass; {@code wider}: the word is wider than a line. */
    static Kind[] all(String word, Optional<Hyphenator> hyphenator, boolean wider) {
        Kind[] at = firstPass(word);
        boolean keepWhole = word.indexOf('\u00A0') >= 0;
        boolean address = address(word);
        // An added hyphen would change an address; it breaks at its own punctuation instead.
        if (!keepWhole && !address) {
            hyphenator.ifPresent(h -> hyphenate(word, at, h));
        }
        if (wider || (address && !keepWhole)) {
            addressPoints(word, at);
        }
        if (wider) {
            anywhere(word, at);
        }
        return at;
    }

    /**
     * Latin, Greek and Cyrillic text breaks only at spaces and after dashes, so the JDK's break
     * iterator, which costs about as much as all the rest of breaking, is kept for other scripts
     * (and for the zero-width space, an opportunity of its own).
     */
    private static boolean simple(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x0530 && (c < 0x1E00 || c >= 0x2070) || c == '\u200B') {
                return false;
            }
        }
        return true;
    }

    /** A hyphen before a digit is a minus sign or part of a number ("-5", "2019-20"), so no break there. */
    private static void afterDashes(String word, Kind[] at) {
        for (int i = 2; i < word.length(); i++) {
            char dash = word.charAt(i - 1);
            char before = word.charAt(i - 2);
            char after = word.charAt(i);
            boolean hyphen = (dash == '-' || dash == '\u2010') && Character.isLetter(after);
            boolean range = (dash == '\u2013' || dash == '\u2014') && Character.isLetterOrDigit(after);
            if ((hyphen || range) && Character.isLetterOrDigit(before)) {
                at[i] = Kind.EXPLICIT;
            }
        }
    }

    private static void unicode(String word, Kind[] at) {
        BreakIterator lines = BreakIterator.getLineInstance(Locale.ROOT);
        lines.setText(word);
        for (int b = lines.next(); b != BreakIterator.DONE && b < word.length(); b = lines.next()) {
            at[b] = "-\u2010\u2013\u2014".indexOf(word.charAt(b - 1)) >= 0 ? Kind.EXPLICIT : Kind.OPPORTUNITY;
        }
    }

    /** Each stretch between opportunities ("state-" "of-" "the-" "art") is hyphenated on its own. */
    private static void hyphenate(String word, Kind[] at, Hyphenator hyphenator) {
        int start = 0;
        for (int i = 1; i <= word.length(); i++) {
            if (i == word.length() || at[i] != null) {
                for (int point : hyphenator.offsets(word.substring(start, i))) {
                    at[start + point] = Kind.HYPHEN;
                }
                start = i;
            }
        }
    }

    private static boolean address(String word) {
        return word.indexOf('/') >= 0 || word.indexOf('@') >= 0 || word.regionMatches(true, 0, "www.", 0, 4);
    }

    private static void addressPoints(String word, Kind[] at) {
        for (int i = 1; i < word.length(); i++) {
            if (at[i] == null && ADDRESS_BREAKS.indexOf(word.charAt(i - 1)) >= 0
                    && ADDRESS_BREAKS.indexOf(word.charAt(i)) < 0) {
                at[i] = Kind.URL;
            }
        }
    }

    /** Every boundary between characters, but never inside a surrogate pair or before a combining mark. */
    private static void anywhere(String word, Kind[] at) {
        for (int i = 1; i < word.length(); i++) {
            int type = Character.getType(word.codePointAt(i));
            if (at[i] == null && !Character.isLowSurrogate(word.charAt(i)) && type != Character.NON_SPACING_MARK
                    && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                at[i] = Kind.EMERGENCY;
            }
        }
    }
}
