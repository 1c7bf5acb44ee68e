package org.sahelsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sahelsim.scenario.SchemaFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code schema}: writes scenarios/schema.json, generated from the scenario records. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Write the JSON Schema of scenario (and experiment) files, for editors.")
public final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "scenarios/schema.json", description = "Output file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--check", description = "Do not write; exit 2 when the file differs from the generated schema.")
    boolean check;

    @Override
    public Integer call() throws IOException {
        String schema = SchemaFile.generate();
        if (check) {
            String current = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
            if (!current.equals(schema)) {
                throw new BadInputException(out + " is out of date; run 'sahelsim schema' to regenerate it");
            }
            spec.commandLine().getOut().println(out + " is up to date");
            return SahelCli.OK;
        }
        Files.writeString(out, schema, StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("wrote " + out);
        return SahelCli.OK;
    }
}
