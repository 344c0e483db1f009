package dev.cvpress.layout.breaking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Liang's hyphenation over TeX's hyph-utf8 patterns (bundled under {@code /hyphenation/}, each
 * with its licence), honouring the patterns' exception list and their typesetting hyphen
 * minimums. Words with digits, addresses (URLs, e-mail) and words under five letters are never
 * hyphenated. Instances are immutable apart from a word cache and may be shared by threads.
 */
public final class Hyphenator {
    /** A hyphen in a shorter word saves too little room to be worth the interruption. */
    private static final int MIN_LETTERS = 5;
    /** Bounds the word cache; résumé vocabularies are small, so starting afresh when full is enough. */
    private static final int CACHE_LIMIT = 50_000;
    private static final int[] NONE = new int[0];
    private static final Map<String, String> FILES = Map.of(
            "en", "en-us/hyph-en-us.tex", "en-us", "en-us/hyph-en-us.tex",
            "en-gb", "en-gb/hyph-en-gb.tex", "en-au", "en-gb/hyph-en-gb.tex",
            "en-nz", "en-gb/hyph-en-gb.tex", "en-ie", "en-gb/hyph-en-gb.tex",
            "de", "de/hyph-de-1996.tex", "fr", "fr/hyph-fr.tex", "es", "es/hyph-es.tex", "nl", "nl/hyph-nl.tex");
    private static final ConcurrentMap<String, Hyphenator> LOADED = new ConcurrentHashMap<>();

    private final PatternTrie trie;
    private final Map<String, int[]> exceptions = new HashMap<>();
    private final int leftMin;
    private final int rightMin;
    private final ConcurrentMap<String, int[]> cache = new ConcurrentHashMap<>();

    private Hyphenator(PatternFile file) {
        this.trie = new PatternTrie(file.patterns());
        this.leftMin = file.leftMin();
        this.rightMin = file.rightMin();
        file.exceptions().forEach(this::addException);
    }

    /**
     * The hyphenator for a BCP 47 tag ("en-US", "de", "fr-CA", also "en_GB"): the region's patterns
     * when bundled, else the language's; empty for a language without patterns, or a null or blank
     * tag. Patterns load once per language, on first use.
     */
    public static Optional<Hyphenator> forLanguage(String bcp47) {
        if (bcp47 == null || bcp47.isBlank()) {
            return Optional.empty();
        }
        Locale locale = Locale.forLanguageTag(bcp47.strip().replace('_', '-'));
        String language = locale.getLanguage();
        String file = FILES.getOrDefault(language + "-" + locale.getCountry().toLowerCase(Locale.ROOT),
                FILES.get(language));
        return Optional.ofNullable(file)
                .map(f -> LOADED.computeIfAbsent(f, name -> new Hyphenator(PatternFile.read("/hyphenation/" + name))));
    }

    /**
     * Offsets into {@code word} (UTF-16 indices) before which a hyphen may go, ascending.
     * Punctuation around the word ("(typesetting),") is allowed and never split.
     */
    public List<Integer> points(String word) {
        return Arrays.stream(offsets(word)).boxed().toList();
    }

    /** As {@link #points}, without boxing, for the breaker; callers must not modify the array. */
    int[] offsets(String word) {
        int[] found = cache.get(word);
        if (found == null) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            found = compute(word);
            cache.put(word, found);
        }
        return found;
    }

    private int[] compute(String word) {
        int begin = 0;
        int end = word.length();
        while (begin < end && !Character.isLetter(word.charAt(begin))) {
            begin++;
        }
        while (end > begin && !Character.isLetter(word.charAt(end - 1))) {
            end--;
        }
        String core = word.substring(begin, end);
        String lower = core.toLowerCase(Locale.ROOT);
        if (!hyphenatable(word, core) || lower.length() != core.length()) {
            return NONE;
        }
        int[] exception = exceptions.get(lower);
        int[] points = withinMins(lower.length(), exception != null ? exception : liang(lower));
        int shift = begin;
        return Arrays.stream(points).map(p -> p + shift).toArray();
    }

    /**
     * Only letters (and apostrophes and combining marks) inside, no digit anywhere, five letters or
     * more. Addresses have punctuation inside ("example.org/cv", "ada@example.com") so never qualify.
     */
    private static boolean hyphenatable(String word, String core) {
        if (core.codePointCount(0, core.length()) < MIN_LETTERS) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '\u2019' && !mark(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean mark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Liang: a hyphen goes where the highest value of all matching patterns is odd. */
    private int[] liang(String lower) {
        String dotted = "." + lower + ".";
        byte[] levels = new byte[dotted.length() + 1];
        trie.apply(dotted, levels);
        List<Integer> points = new ArrayList<>();
        for (int k = 1; k < lower.length(); k++) {
            // the gap after k letters is the gap before dotted's char k + 1 (the leading dot shifts it)
            if (levels[k + 1] % 2 == 1) {
                points.add(k);
            }
        }
        return points.stream().mapToInt(Integer::intValue).toArray();
    }

    /** TeX applies the hyphen minimums to exceptions and patterns alike. */
    private int[] withinMins(int length, int[] points) {
        return Arrays.stream(points).filter(p -> p >= leftMin && p <= length - rightMin).toArray();
    }

    /** An exception such as {@code "as-so-ciate"}; one without hyphens ("present") is never hyphenated. */
    private void addException(String hyphenated) {
        StringBuilder letters = new StringBuilder();
        List<Integer> points = new ArrayList<>();
        for (char c : hyphenated.toCharArray()) {
            if (c == '-') {
                points.add(letters.length());
            } else {
                letters.append(c);
            }
        }
        exceptions.put(letters.toString().toLowerCase(Locale.ROOT),
                points.stream().mapToInt(Integer::intValue).toArray());
    }
}
