package dev.cvpress.fonts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables of a TrueType file by tag, to change a few and write the file again with its table
 * directory, checksums and {@code head.checkSumAdjustment} made anew.
 */
final class SfntTables {
    /** What the whole file's checksum must come to, by the OpenType specification. */
    private static final long CHECKSUM_MAGIC = 0xB1B0AFBAL;
    private static final int HEAD_CHECKSUM_ADJUSTMENT = 8;

    private final int version;
    /** Sorted by tag, the order the table directory must have. */
    private final Map<String, byte[]> tables = new TreeMap<>();

    private SfntTables(int version) {
        this.version = version;
    }

    static SfntTables read(byte[] font) throws IOException {
        TableBytes bytes = new TableBytes(font);
        try {
            SfntTables out = new SfntTables(bytes.uint16(0) << 16 | bytes.uint16(2));
            int count = bytes.uint16(4);
            for (int i = 0; i < count; i++) {
                int record = 12 + 16 * i;
                int offset = bytes.uint32(record + 8);
                int length = bytes.uint32(record + 12);
                bytes.require(offset, length);
                byte[] table = new byte[length];
                System.arraycopy(font, offset, table, 0, length);
                out.tables.put(bytes.tag(record), table);
            }
            return out;
        } catch (IndexOutOfBoundsException e) {
            throw new IOException("font file is cut short or its table directory is broken: " + e.getMessage(), e);
        }
    }

    void put(String tag, byte[] table) {
        tables.put(tag, table.clone());
    }

    int uint16(String tag, int offset) {
        return new TableBytes(table(tag)).uint16(offset);
    }

    void putUint16(String tag, int offset, int value) {
        byte[] table = table(tag);
        table[offset] = (byte) (value >> 8);
        table[offset + 1] = (byte) value;
    }

    byte[] write() {
        int count = tables.size();
        int entrySelector = 31 - Integer.numberOfLeadingZeros(count);
        int searchRange = 16 << entrySelector;
        int size = 12 + 16 * count + tables.values().stream().mapToInt(t -> padded(t.length)).sum();
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(version).putShort((short) count).putShort((short) searchRange)
                .putShort((short) entrySelector).putShort((short) (16 * count - searchRange));
        int offset = 12 + 16 * count;
        int headOffset = -1;
        for (Map.Entry<String, byte[]> table : tables.entrySet()) {
            byte[] data = table.getValue();
            if (table.getKey().equals("head")) {
                headOffset = offset;
                ByteBuffer.wrap(data).putInt(HEAD_CHECKSUM_ADJUSTMENT, 0);
            }
            out.put(table.getKey().getBytes(StandardCharsets.ISO_8859_1))
                    .putInt((int) checksum(data, 0, data.length)).putInt(offset).putInt(data.length);
            out.put(offset, data);
            offset += padded(data.length);
        }
        byte[] file = out.array();
        if (headOffset >= 0) {
            ByteBuffer.wrap(file).putInt(headOffset + HEAD_CHECKSUM_ADJUSTMENT,
                    (int) (CHECKSUM_MAGIC - checksum(file, 0, file.length)));
        }
        return file;
    }

    private byte[] table(String tag) {
        byte[] table = tables.get(tag);
        if (table == null) {
            throw new IllegalStateException("the font has no " + tag + " table");
        }
        return table;
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    /** The sum of the big-endian 32-bit words, the last one padded with zeros, modulo 2^32. */
    private static long checksum(byte[] data, int from, int length) {
        long sum = 0;
        for (int i = 0; i < length; i += 4) {
            long word = 0;
            for (int j = 0; j < 4; j++) {
                word = word << 8 | (i + j < length ? data[from + i + j] & 0xFF : 0);
            }
            sum = (sum + word) & 0xFFFFFFFFL;
        }
        return sum;
    }
}
