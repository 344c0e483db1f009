package dev.cvpress.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What the command-line tests share: a run of {@code cvpress} with its output and errors captured. */
abstract class CommandLineTest {
    protected final StringWriter out = new StringWriter();
    protected final StringWriter err = new StringWriter();

    protected int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }
}
