package dev.cvpress.export.docx;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The ZIP stream POI saves the package into, stamping every entry with one fixed time: POI stamps
 * entries with the clock, and the same résumé should give byte-for-byte the same file. POI writes
 * into a {@link ZipArchiveOutputStream} it is given rather than its own, so the package is
 * compressed once, as it is saved, not saved and then repacked.
 */
final class StableZip extends ZipArchiveOutputStream {
    /** The earliest time a ZIP entry can hold; it says "no date" to anyone who looks. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    /** Room for a whole résumé's package, so the caller's stream gets a few large writes. */
    private static final int BUFFER = 64 * 1024;

    /** A ZIP written to {@code out}, which {@link #finish()} flushes and {@link #close()} leaves open. */
    StableZip(OutputStream out) {
        super(new BufferedOutputStream(new NonClosing(out), BUFFER));
    }

    @Override
    public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
        // A DOS date is local time, so the same local time gives the same bytes in every time zone.
        entry.setTime(FIXED_TIME.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli());
        super.putArchiveEntry(entry);
    }

    @Override
    public void finish() throws IOException {
        super.finish();
        flush();
    }

    /** Closing the ZIP must not close the caller's stream. */
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
