package dev.cvpress.style;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Lists the subfolders of a class-path folder, whether it lies in a directory or in the jar. */
final class ClasspathFolder {
    private ClasspathFolder() {}

    static List<String> subfolders(String folder) {
        URL url = ClasspathFolder.class.getClassLoader().getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            if (url.getProtocol().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return list(jar.getPath(folder));
                }
            }
            return list(Path.of(url.toURI()));
        } catch (IOException | URISyntaxException e) {
            return List.of();
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString().replace("/", ""))
                    .toList();
        }
    }
}
