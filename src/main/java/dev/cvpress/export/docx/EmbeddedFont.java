package dev.cvpress.export.docx;

import java.util.Locale;
import java.util.UUID;

/**
 * A font as a Word file carries it (ECMA-376 Part 1, §17.8.1): the program with its first 32 bytes
 * XORed with a key, and the key as a GUID beside it. The key is derived from the font's bytes, so
 * the same document gives the same file.
 */
record EmbeddedFont(String key, byte[] obfuscated) {
    private static final int OBFUSCATED_BYTES = 32;

    static EmbeddedFont of(byte[] program) {
        UUID guid = UUID.nameUUIDFromBytes(program);
        byte[] key = keyBytes(guid);
        byte[] out = program.clone();
        for (int i = 0; i < Math.min(OBFUSCATED_BYTES, out.length); i++) {
            out[i] ^= key[i % key.length];
        }
        return new EmbeddedFont("{" + guid.toString().toUpperCase(Locale.ROOT) + "}", out);
    }

    /** The GUID's 16 bytes as its text spells them, taken from the last hex pair back to the first. */
    private static byte[] keyBytes(UUID guid) {
        byte[] key = new byte[16];
        for (int i = 0; i < 8; i++) {
            key[15 - i] = (byte) (guid.getMostSignificantBits() >>> (56 - 8 * i));
            key[7 - i] = (byte) (guid.getLeastSignificantBits() >>> (56 - 8 * i));
        }
        return key;
    }
}
