package dev.cvpress.export.docx;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Repacks the package POI wrote with one fixed time on every entry: POI stamps entries with the
 * clock, and the same résumé should give byte-for-byte the same file. Entry order is kept, so
 * {@code [Content_Types].xml} stays first.
 */
final class StableZip {
    /** The earliest time a ZIP entry can hold; it says "no date" to anyone who looks. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private StableZip() {}

    static void copy(byte[] zip, OutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream repacked = new ZipOutputStream(new NonClosing(out))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED_TIME);
                repacked.putNextEntry(copy);
                in.transferTo(repacked);
                repacked.closeEntry();
            }
        }
    }

    /** Finishing the ZIP must not close the caller's stream. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        /** FilterOutputStream would pass the bytes on one at a time. */
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
