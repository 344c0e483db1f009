package dev.cvpress.normalize.validate;

import com.networknt.schema.JsonNodePath;

/**
 * RFC 6901 JSON pointers, the form {@link dev.cvpress.normalize.Reporter} locates in the source.
 * The validator's own path is converted element by element rather than by rewriting its text, so
 * the result does not depend on the path style the library is configured with.
 */
final class Pointers {
    private Pointers() {}

    /** The pointer of a validator path: {@code $.work[0].startDate} becomes {@code /work/0/startDate}. */
    static String of(JsonNodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            out.append('/').append(element instanceof Integer index ? index.toString() : escape(element.toString()));
        }
        return out.toString();
    }

    /** The pointer of a member of the object at {@code parent}. */
    static String child(String parent, String name) {
        return parent + "/" + escape(name);
    }

    /** The pointer of an item of the array at {@code parent}. */
    static String item(String parent, int index) {
        return parent + "/" + index;
    }

    /** RFC 6901 escaping of one reference token: '~' first, or "/" would become "~01". */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
