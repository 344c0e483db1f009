package dev.cvpress.fonts;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The faces of one family; asks for bold or italic fall back to the nearest face it has.
 * {@code substitute} is a widely installed family of close metrics, for a file's reader who lacks
 * this one (empty when none is named).
 *
 * <p>A face is parsed the first time it is asked for, not with its family: parsing costs tens of
 * milliseconds a face (hundreds for a large fallback), and a document seldom uses every face of its
 * family, or more than one face of a fallback. Safe for any number of threads; each face is parsed once.
 */
public final class FontFamily {
    private final String name;
    private final List<Slot> slots;
    private final String substitute;

    FontFamily(String name, List<Slot> slots, String substitute) {
        if (slots.isEmpty()) {
            throw new IllegalArgumentException(name + " has no face");
        }
        this.name = name;
        this.slots = List.copyOf(slots);
        this.substitute = substitute;
    }

    public String name() {
        return name;
    }

    public String substitute() {
        return substitute;
    }

    public FontFace face(boolean bold, boolean italic) {
        Slot best = slots.get(0);
        int bestScore = -1;
        for (Slot slot : slots) {
            int score = (slot.bold == bold ? 2 : 0) + (slot.italic == italic ? 1 : 0);
            if (score > bestScore) {
                best = slot;
                bestScore = score;
            }
        }
        return best.face();
    }

    /** Every face of the family, each parsed now if it was not yet. */
    public List<FontFace> faces() {
        return slots.stream().map(Slot::face).toList();
    }

    /** The faces parsed so far, without parsing any. */
    public List<FontFace> parsedFaces() {
        return slots.stream().map(slot -> slot.face).filter(Objects::nonNull).toList();
    }

    @Override
    public String toString() {
        return name;
    }

    /** One face the family names, parsed on first use by whichever thread asks first. */
    static final class Slot {
        private final boolean bold;
        private final boolean italic;
        private final Supplier<FontFace> parse;
        private volatile FontFace face;

        Slot(boolean bold, boolean italic, Supplier<FontFace> parse) {
            this.bold = bold;
            this.italic = italic;
            this.parse = parse;
        }

        FontFace face() {
            FontFace parsed = face;
            if (parsed == null) {
                synchronized (this) {
                    parsed = face;
                    if (parsed == null) {
                        parsed = parse.get();
                        face = parsed;
                    }
                }
            }
            return parsed;
        }
    }
}
