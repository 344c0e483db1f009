package dev.cvpress.export.openpdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The source OpenPDF draws a font subset's six-letter tag from. OpenPDF would use fresh randomness;
 * a sequence derived from the face's name makes the tag, and so the file, the same on every run.
 * One instance serves one font in one document.
 */
final class SubsetTag extends SecureRandom {
    private final byte[] seed;
    private long drawn;

    SubsetTag(String faceName) {
        this.seed = faceName.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (int filled = 0; filled < bytes.length; ) {
                digest.update(seed);
                digest.update(ByteBuffer.allocate(Long.BYTES).putLong(drawn++).array());
                byte[] block = digest.digest();
                int n = Math.min(block.length, bytes.length - filled);
                System.arraycopy(block, 0, bytes, filled, n);
                filled += n;
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
