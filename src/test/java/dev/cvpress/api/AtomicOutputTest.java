package dev.cvpress.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
    @TempDir
    Path dir;

    @Test
    void aPendingFileAppearsOnlyWhenCommitted() throws Exception {
        Path kept = dir.resolve("kept.json");
        try (AtomicOutput.Pending pending = AtomicOutput.open(kept)) {
            pending.stream().write("[1]".getBytes(StandardCharsets.UTF_8));
            assertFalse(Files.exists(kept), "nothing under the real name before the commit");
            assertEquals(1, names().size(), "one hidden temporary file");
            assertTrue(names().get(0).startsWith(".kept.json." + ProcessHandle.current().pid() + "-"), names().toString());
            pending.commit();
        }
        assertEquals("[1]", Files.readString(kept));

        try (AtomicOutput.Pending pending = AtomicOutput.open(dir.resolve("dropped.json"))) {
            pending.stream().write('x');
        }
        assertEquals(List.of("kept.json"), names(), "closed without a commit, it leaves nothing");
    }

    /** The rename would otherwise put the file in place of an empty folder. */
    @Test
    void aFolderIsNeverReplacedByAFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("cv.pdf"));
        FileSystemException e = assertThrows(FileSystemException.class,
                () -> AtomicOutput.write(folder, out -> "written"));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void temporaryFilesOfProcessesThatAreGoneAreRemoved() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        long gone = finished.pid();
        long alive = ProcessHandle.current().pid();
        Files.writeString(dir.resolve(".cv-classic.pdf." + gone + "-9f3c0a.part"), "half a PDF");
        Files.writeString(dir.resolve(".cv-modern.pdf." + alive + "-77ab.part"), "being written");
        Files.writeString(dir.resolve(".notes.part"), "not ours");
        Files.writeString(dir.resolve("cv-classic.pdf"), "whole");

        assertEquals(1, AtomicOutput.removeAbandoned(dir));

        assertEquals(List.of(".cv-modern.pdf." + alive + "-77ab.part", ".notes.part", "cv-classic.pdf"), names());
        assertEquals(0, AtomicOutput.removeAbandoned(dir.resolve("missing")));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
