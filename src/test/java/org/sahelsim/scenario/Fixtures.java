package org.sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Paths to the fixture files, relative as a user would give them, and one-line load helpers. */
final class Fixtures {

    static final Path DIR = Path.of("src/test/resources/scenario-fixtures");

    private Fixtures() {
    }

    static Path path(String relative) {
        return DIR.resolve(relative);
    }

    static Fixture.Scenario load(String relative) {
        return StrictYamlLoader.load(path(relative), Fixture.Scenario.class).value();
    }

    static Fixture.Scenario load(String relative, Map<String, String> overrides) {
        return StrictYamlLoader.load(path(relative), Fixture.Scenario.class, overrides).value();
    }

    static ScenarioException error(String relative) {
        return error(relative, Map.of());
    }

    static ScenarioException error(String relative, Map<String, String> overrides) {
        return assertThrows(ScenarioException.class,
                () -> StrictYamlLoader.load(path(relative), Fixture.Scenario.class, overrides));
    }

    /** Every .yaml file under a fixture folder, sorted. */
    static List<Path> yamlFiles(String folder) {
        try (Stream<Path> files = Files.walk(path(folder))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
