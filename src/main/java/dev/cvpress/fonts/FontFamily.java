package dev.cvpress.fonts;

import java.util.List;

/**
 * The faces of one family; asks for bold or italic fall back to the nearest face it has.
 * {@code substitute} is a widely installed family of close metrics, for a file's reader who lacks
 * this one (empty when none is named).
 */
public record FontFamily(String name, List<FontFace> faces, String substitute) {
    public FontFamily {
        faces = List.copyOf(faces);
    }

    public FontFace face(boolean bold, boolean italic) {
        FontFace best = faces.get(0);
        int bestScore = -1;
        for (FontFace face : faces) {
            int score = (face.bold() == bold ? 2 : 0) + (face.italic() == italic ? 1 : 0);
            if (score > bestScore) {
                best = face;
                bestScore = score;
            }
        }
        return best;
    }
}
