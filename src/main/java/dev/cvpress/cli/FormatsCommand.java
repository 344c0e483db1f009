package dev.cvpress.cli;

import dev.cvpress.export.ExporterProvider;
import dev.cvpress.export.Exporters;
import dev.cvpress.export.Feature;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cvpress formats}: the output formats and their engines, then what each one's files offer. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "Lists the output formats and engines, and what each supports.")
final class FormatsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ExporterProvider> exporters = Exporters.all();
        int idWidth = exporters.stream().mapToInt(p -> p.id().length()).max().orElse(0) + 2;
        for (ExporterProvider exporter : exporters) {
            String choice = exporter.defaultForExtension() ? "" : " (only with --format " + exporter.id() + ")";
            out.printf("%-" + idWidth + "s.%-6s%s%s%n", exporter.id(), exporter.extension(), exporter.description(), choice);
        }
        out.println();
        int labelWidth = Arrays.stream(Feature.values()).mapToInt(f -> f.label().length()).max().orElse(0) + 2;
        StringBuilder header = new StringBuilder(" ".repeat(labelWidth));
        exporters.forEach(exporter -> header.append(String.format("%-" + idWidth + "s", exporter.id())));
        out.println(header.toString().stripTrailing());
        for (Feature feature : Feature.values()) {
            StringBuilder row = new StringBuilder(String.format("%-" + labelWidth + "s", feature.label()));
            exporters.forEach(exporter -> row.append(String.format("%-" + idWidth + "s",
                    exporter.features().contains(feature) ? "yes" : "no")));
            out.println(row.toString().stripTrailing());
        }
        return ExitCodes.OK;
    }
}
