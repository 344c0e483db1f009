package dev.cvpress.cli;

import dev.cvpress.api.InputFile;
import dev.cvpress.json.SourceParser;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * The inputs of a batch, produced one at a time in a fixed order (so that output names are the same
 * on every run): files as given, folders walked recursively in name order for {@code .json},
 * {@code .yaml} and {@code .yml} files, glob patterns, {@code -} for a list of paths on standard
 * input, and JSON Lines files ({@code .jsonl}, or named with {@code --jsonl}) read one line at a time.
 * Nothing is held beyond the current folder's listing and the current line.
 */
final class BatchInputs {
    private static final Pattern RESUME_FILE = Pattern.compile("(?i).+\\.(json|ya?ml)");
    private static final Pattern GLOB = Pattern.compile("[*?\\[{]");
    private static final String STDIN = "-";

    private final List<String> arguments;
    private final List<Path> jsonLines;
    private final Optional<Path> excluded;
    private final InputStream stdin;

    /** {@code excluded} (the report being written) is never taken as an input, should a walk meet it. */
    BatchInputs(List<String> arguments, List<Path> jsonLines, Optional<Path> excluded, InputStream stdin) {
        this.arguments = List.copyOf(arguments);
        this.jsonLines = List.copyOf(jsonLines);
        this.excluded = excluded.map(p -> p.toAbsolutePath().normalize());
        this.stdin = stdin;
    }

    /** Whether the inputs can be gone through twice (to count them first): not when any comes from a pipe. */
    boolean repeatable() {
        return !arguments.contains(STDIN) && arguments.stream().allMatch(BatchInputs::rereadable)
                && jsonLines.stream().allMatch(path -> rereadable(path.toString()));
    }

    /** Whether a path reads the same the second time: not a pipe ({@code --jsonl /dev/stdin}, {@code <(zcat ...)}). */
    private static boolean rereadable(String argument) {
        try {
            Path path = Path.of(argument);
            return !Files.exists(path) || Files.isRegularFile(path) || Files.isDirectory(path);
        } catch (InvalidPathException e) {
            return true;
        }
    }

    /** Hands every input to {@code sink}, in order. */
    void forEach(Consumer<BatchInput> sink) {
        for (String argument : arguments) {
            if (argument.equals(STDIN)) {
                fromStandardInput(sink);
            } else {
                // A file whose name has pattern characters ("cv[1].json") is that file.
                asPath(argument, sink).ifPresent(path -> {
                    if (GLOB.matcher(argument).find() && !Files.exists(path)) {
                        glob(argument, sink);
                    } else {
                        path(path, sink);
                    }
                });
            }
        }
        jsonLines.forEach(file -> lines(file, sink));
    }

    /** The paths listed on standard input, one a line, each taken as it is (no patterns). */
    private void fromStandardInput(Consumer<BatchInput> sink) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    asPath(line.strip(), sink).ifPresent(path -> path(path, sink));
                }
            }
        } catch (IOException e) {
            sink.accept(new BatchInput.Unreadable(STDIN, "cannot read the list of paths: " + InputFile.reason(e)));
        }
    }

    /**
     * {@code text} as a path; a text no path can be (a NUL, or letters the system's file-name
     * encoding lacks) is handed on as a failed input instead.
     */
    private static Optional<Path> asPath(String text, Consumer<BatchInput> sink) {
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            String names = System.getProperty("sun.jnu.encoding", "UTF-8");
            String hint = names.replace("-", "").equalsIgnoreCase("UTF8") ? ""
                    : " (file names are read as " + names + " here; run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8)";
            sink.accept(new BatchInput.Unreadable(text, "not a usable file name: " + e.getReason() + hint));
            return Optional.empty();
        }
    }

    /**
     * A path as given: a folder is walked (one without a résumé is a failed input, not silence), a
     * {@code .jsonl} file read line by line, anything else is one résumé.
     */
    private void path(Path path, Consumer<BatchInput> sink) {
        if (Files.isDirectory(path)) {
            if (walk(path, p -> RESUME_FILE.matcher(p.getFileName().toString()).matches(), Integer.MAX_VALUE, sink) == 0) {
                sink.accept(new BatchInput.Unreadable(path.toString(), "no .json, .yaml or .yml file in this folder"));
            }
        } else if (path.toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            lines(path, sink);
        } else {
            sink.accept(new BatchInput.File(path));
        }
    }

    /**
     * The files under the pattern's fixed leading folders that match it, as {@code find} would list
     * them: {@code cvs/*.json}, {@code cvs/**}{@code /*.yaml}. No match is a failed input, not silence.
     */
    private void glob(String pattern, Consumer<BatchInput> sink) {
        String[] parts = pattern.split("/", -1);
        int first = 0;
        while (!GLOB.matcher(parts[first]).find()) {
            first++;
        }
        Path base = first == 0 ? Path.of("") : Path.of(parts[0].isEmpty() && first == 1 ? "/"
                : String.join("/", List.of(parts).subList(0, first)));
        PathMatcher matcher;
        PathMatcher shallow;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            // As in shells with globstar, "**/" may stand for no folder at all: cvs/**/*.json takes cvs/a.json too.
            shallow = FileSystems.getDefault().getPathMatcher("glob:" + pattern.replace("**/", ""));
        } catch (PatternSyntaxException e) {
            sink.accept(new BatchInput.Unreadable(pattern, "not a valid pattern: " + e.getDescription()
                    + " at character " + (e.getIndex() + 1)));
            return;
        }
        // Without "**" a pattern reaches only as deep as it has parts: cvs/*.json never looks inside cvs/x/.
        int depth = pattern.contains("**") ? Integer.MAX_VALUE : parts.length - first;
        if (!Files.isDirectory(base) || walk(base, p -> matcher.matches(p) || shallow.matches(p), depth, sink) == 0) {
            sink.accept(new BatchInput.Unreadable(pattern, "no file matches this pattern"));
        }
    }

    /**
     * Every regular file below {@code dir}, at most {@code depth} levels down ({@code 1}: in
     * {@code dir} itself), that {@code wanted} accepts, in name order, folder by
     * folder. Hidden files and folders (a leading dot: version control, our own temporary files) are
     * left out, and linked folders are not followed, so a link loop cannot trap the walk. Returns
     * how many inputs it handed on, a folder it could not list counted as one.
     */
    private int walk(Path dir, Predicate<Path> wanted, int depth, Consumer<BatchInput> sink) {
        List<Path> children;
        try (Stream<Path> list = Files.list(dir)) {
            children = list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            sink.accept(new BatchInput.Unreadable(dir.toString(), "cannot list this folder: " + InputFile.reason(e)));
            return 1;
        }
        int found = 0;
        for (Path child : children) {
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                if (depth > 1) {
                    found += walk(child, wanted, depth - 1, sink);
                }
            } else if (Files.isRegularFile(child) && wanted.test(child) && !isExcluded(child)) {
                sink.accept(new BatchInput.File(child));
                found++;
            }
        }
        return found;
    }

    private boolean isExcluded(Path file) {
        return excluded.isPresent() && file.toAbsolutePath().normalize().equals(excluded.get());
    }

    /** A JSON Lines file, one résumé per non-blank line, read as it is handed out. */
    private static void lines(Path file, Consumer<BatchInput> sink) {
        try (LineReader in = new LineReader(Files.newInputStream(file))) {
            long number = 0;
            for (Optional<byte[]> line = in.next(); line.isPresent(); line = in.next()) {
                number++;
                if (!isBlank(line.get())) {
                    sink.accept(new BatchInput.JsonLine(file, number, line.get(), in.length()));
                }
            }
        } catch (IOException e) {
            sink.accept(new BatchInput.Unreadable(file.toString(), InputFile.reason(e)));
        }
    }

    /**
     * Lines as bytes, without their ends ({@code \n} or {@code \r\n}). Of a line longer than a résumé
     * may be, only that much is kept and the rest counted ({@link #length}), so a huge line cannot
     * exhaust memory.
     */
    private static final class LineReader implements AutoCloseable {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        private long length;

        LineReader(InputStream in) {
            this.in = in;
        }

        /** The length in bytes of the line {@link #next} last returned, all of it, its end left out. */
        long length() {
            return length;
        }

        Optional<byte[]> next() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
            length = 0;
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return any ? Optional.of(withoutCarriageReturn(line.toByteArray())) : Optional.empty();
                    }
                }
                any = true;
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                int room = SourceParser.MAX_BYTES - line.size();
                line.write(buffer, position, Math.max(0, Math.min(room, end - position)));
                length += end - position;
                if (end < limit) {
                    position = end + 1;
                    return Optional.of(withoutCarriageReturn(line.toByteArray()));
                }
                position = limit;
            }
        }

        private byte[] withoutCarriageReturn(byte[] line) {
            if (line.length > 0 && line[line.length - 1] == '\r' && line.length == length) {
                length--;
                return Arrays.copyOf(line, line.length - 1);
            }
            return line;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
