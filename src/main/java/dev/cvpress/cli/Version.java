package dev.cvpress.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven wrote into {@code cvpress-version.properties} at build time. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/cvpress-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"cvpress " + properties.getProperty("version", "(development build)"),
                "Java " + System.getProperty("java.version")};
    }
}
