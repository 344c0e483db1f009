package dev.cvpress.fonts;

import java.nio.charset.StandardCharsets;

/**
 * The raw bytes of one font table, read as the big-endian fields OpenType uses. Offsets are absolute
 * within the table; a read past the end throws {@link IndexOutOfBoundsException}, which the table
 * readers turn into an {@link java.io.IOException} naming the table.
 */
final class TableBytes {
    private final byte[] data;

    TableBytes(byte[] data) {
        this.data = data;
    }

    int length() {
        return data.length;
    }

    int uint16(int offset) {
        return (data[offset] & 0xFF) << 8 | data[offset + 1] & 0xFF;
    }

    int int16(int offset) {
        return (short) uint16(offset);
    }

    /** An unsigned 32-bit field; the tables read here are far below 2 GiB, so an int holds it. */
    int uint32(int offset) {
        long value = (long) uint16(offset) << 16 | uint16(offset + 2);
        if (value > Integer.MAX_VALUE) {
            throw new IndexOutOfBoundsException("offset " + value);
        }
        return (int) value;
    }

    /** Checks that the table holds {@code bytes} bytes from {@code offset}, before arrays are sized by a count. */
    void require(int offset, long bytes) {
        if (offset < 0 || offset + bytes > data.length) {
            throw new IndexOutOfBoundsException(bytes + " bytes at " + offset);
        }
    }

    String tag(int offset) {
        if (offset + 4 > data.length) {
            throw new IndexOutOfBoundsException("tag at " + offset);
        }
        return new String(data, offset, 4, StandardCharsets.ISO_8859_1);
    }
}
