package dev.cvpress.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cvpress.api.CvPress;
import dev.cvpress.api.Reading;
import dev.cvpress.diag.Diagnostic;
import dev.cvpress.json.SourceParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalLong;

/** One résumé of a batch: a file, or one line of a JSON Lines file. */
sealed interface BatchInput {

    /** What diagnostics and the report call it: the file, or {@code FILE:LINE} for a JSON line. */
    default String name() {
        return file();
    }

    /** The file diagnostics are located in: the file the input is, or is in. */
    String file();

    /** The unsanitized base of the output names; empty when the input offers none. */
    String stem();

    /** What to call the output when {@link #stem} sanitizes to nothing. */
    default String fallbackStem() {
        return "resume";
    }

    /** Reads and normalizes the input; called on a worker thread. */
    Reading read(CvPress cvpress);

    /** A diagnostic of the reading, located in {@link #file}. */
    default Diagnostic located(Diagnostic d) {
        return d;
    }

    /**
     * An argument that could not be listed, matched or even made a path of (as given, in {@code file}):
     * it becomes a failed input with {@code message}.
     */
    record Unreadable(String file, String message) implements BatchInput {
        @Override
        public String stem() {
            return "";
        }

        @Override
        public Reading read(CvPress cvpress) {
            return Reading.unreadable(file, message);
        }
    }

    /** A résumé file; it is read only when a worker gets to it. */
    record File(Path path) implements BatchInput {
        @Override
        public String file() {
            return path.toString();
        }

        /** The file name without its extension: {@code my.cv.v2} for {@code my.cv.v2.json}. */
        @Override
        public String stem() {
            Path name = path.getFileName();
            String text = name == null ? "" : name.toString();
            int dot = text.lastIndexOf('.');
            return dot > 0 ? text.substring(0, dot) : text;
        }

        @Override
        public Reading read(CvPress cvpress) {
            return cvpress.read(path);
        }
    }

    /**
     * Line {@code line} (from 1) of a JSON Lines file, already read: {@code length} bytes, of which
     * {@code bytes} holds no more than a résumé may have. Parse positions (line 1 of the record) are
     * moved to the line's place in the file.
     */
    record JsonLine(Path path, long line, byte[] bytes, long length) implements BatchInput {
        private static final JsonFactory JSON = new JsonFactory();

        @Override
        public String file() {
            return path.toString();
        }

        @Override
        public String name() {
            return path + ":" + line;
        }

        /** {@code basics.name}, read from the line without parsing the rest; empty when it is not there. */
        @Override
        public String stem() {
            try (JsonParser parser = JSON.createParser(bytes)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return "";
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (field.equals("basics") && value == JsonToken.START_OBJECT) {
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String inner = parser.currentName();
                            if (parser.nextToken() == JsonToken.VALUE_STRING && inner.equals("name")) {
                                return parser.getText();
                            }
                            parser.skipChildren();
                        }
                        return "";
                    }
                    parser.skipChildren();
                }
            } catch (IOException e) {
                // A broken line fails when it is read, with its location; its name falls back to the line number.
            }
            return "";
        }

        @Override
        public String fallbackStem() {
            return "line-" + line;
        }

        @Override
        public Reading read(CvPress cvpress) {
            if (length > bytes.length) {
                return Reading.unreadable(file(), SourceParser.tooLarge("line", OptionalLong.of(length)));
            }
            return cvpress.read(bytes, file());
        }

        @Override
        public Diagnostic located(Diagnostic d) {
            int at = (int) Math.min(Integer.MAX_VALUE, line + Math.max(d.line(), 1) - 1);
            return new Diagnostic(d.severity(), d.code(), d.pointer(), at, d.line() > 0 ? d.column() : 1, d.message(),
                    d.hint());
        }
    }
}
