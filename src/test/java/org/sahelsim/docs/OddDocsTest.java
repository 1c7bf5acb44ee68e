package org.sahelsim.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Param;
import org.sahelsim.model.config.ScenarioConfig;

/**
 * Keeps the ODD (docs/odd) honest: the seven elements exist and say something, the design concepts
 * are all named, the deviations list exists, and every key of the scenario format has a row in a
 * parameter table whose default, unit and range match its {@link Param} annotation (and no row
 * documents a key that no longer exists).
 *
 * <p>A parameter table is a Markdown table whose header is exactly
 * {@code | Parameter | Default | Unit | Range | Source |}. It documents the record named in
 * backticks in the nearest heading above it (for example {@code ## Parameters (`MovementParams`)}).
 */
class OddDocsTest {
    private static final Path ODD = Path.of("docs", "odd");
    private static final List<String> ELEMENTS = List.of(
            "01-purpose-and-patterns.md", "02-entities-state-variables-scales.md",
            "03-process-overview-scheduling.md", "04-design-concepts.md", "05-initialization.md",
            "06-input-data.md", "07-submodels.md");
    private static final List<String> CONCEPTS = List.of(
            "Basic principles", "Emergence", "Adaptation", "Objectives", "Learning", "Prediction",
            "Sensing", "Interaction", "Stochasticity", "Collectives", "Observation");
    private static final List<String> HEADER = List.of("Parameter", "Default", "Unit", "Range", "Source");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])-?\\d+(?:\\.\\d+)?");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+\\.md)(?:#[^)]*)?\\)");
    private static final Pattern OWNER = Pattern.compile("`([A-Za-z][A-Za-z0-9]*)`");
    private static final int MIN_BODY = 200;

    @Test
    void everyElementExistsWithContent() {
        List<String> problems = new ArrayList<>();
        for (String name : ELEMENTS) {
            Path file = ODD.resolve(name);
            if (!Files.isRegularFile(file)) {
                problems.add(name + " is missing");
            } else if (bodyLength(read(file)) < MIN_BODY) {
                problems.add(name + " has fewer than " + MIN_BODY + " characters beyond its headings");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void designConceptsAreAllNamedWithABody() {
        List<Section> sections = sections(read(ODD.resolve("04-design-concepts.md")));
        List<String> problems = new ArrayList<>();
        for (String concept : CONCEPTS) {
            Section s = sections.stream()
                    .filter(x -> x.heading.toLowerCase(Locale.ROOT).contains(concept.toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
            if (s == null) {
                problems.add("no heading names the design concept '" + concept + "'");
            } else if (bodyLength(s.body) == 0) {
                problems.add("design concept '" + concept + "' is empty (write \"Not used.\" if so)");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void deviationsFromSourcesAreListed() {
        Path file = ODD.resolve("deviations.md");
        assertTrue(Files.isRegularFile(file), "docs/odd/deviations.md is missing");
        assertTrue(bodyLength(read(file)) >= MIN_BODY, "docs/odd/deviations.md is (nearly) empty");
    }

    @Test
    void linksBetweenOddPagesResolve() {
        List<String> broken = new ArrayList<>();
        for (Path file : markdownFiles()) {
            Matcher m = LINK.matcher(read(file));
            while (m.find()) {
                Path target = file.getParent().resolve(m.group(1)).normalize();
                if (target.startsWith(ODD) && !Files.isRegularFile(target)) {
                    broken.add(ODD.relativize(file) + " links to missing " + m.group(1));
                }
            }
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    @Test
    void everyScenarioKeyHasAMatchingTableRow() {
        Map<Class<?>, String> records = new LinkedHashMap<>();
        walkRecord(ScenarioConfig.class, "", records);
        Map<String, List<List<String>>> rows = parameterRows();
        List<String> problems = new ArrayList<>();
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Map.Entry<Class<?>, String> e : records.entrySet()) {
            byName.put(e.getKey().getSimpleName(), e.getKey());
            for (RecordComponent c : e.getKey().getRecordComponents()) {
                checkRow(e.getKey(), c, e.getValue(), rows, problems);
            }
        }
        for (String row : rows.keySet()) {
            Class<?> owner = byName.get(row.substring(0, row.indexOf('#')));
            String key = row.substring(row.indexOf('#') + 1);
            if (owner != null && Stream.of(owner.getRecordComponents()).noneMatch(c -> c.getName().equals(key))) {
                problems.add(owner.getSimpleName() + "." + key + ": documented, but the record has no such key");
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " scenario key(s) not documented correctly in docs/odd/**/*.md. A row "
                    + "`| `key` | default | unit | range | source |` belongs in a table under a heading "
                    + "naming the record in backticks:\n  " + String.join("\n  ", problems));
        }
    }

    // ---- the record tree -------------------------------------------------------------------

    /** Collects every record reachable from {@code type}, with one example YAML path each. */
    private static void walkRecord(Class<?> type, String path, Map<Class<?>, String> out) {
        if (out.containsKey(type)) {
            return;
        }
        out.put(type, path);
        for (RecordComponent c : type.getRecordComponents()) {
            walkType(c.getGenericType(), join(path, c.getName()), type.getSimpleName() + "." + c.getName(), out);
        }
    }

    private static void walkType(Type t, String path, String where, Map<Class<?>, String> out) {
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                walkType(args[0], path + "[]", where, out);
                return;
            }
            if (Map.class.isAssignableFrom(raw)) {
                walkType(args[0], path + ".<key>", where, out);
                walkType(args[1], path + ".<key>", where, out);
                return;
            }
        }
        if (!(t instanceof Class<?> c)) {
            throw new AssertionError("OddDocsTest cannot walk type " + t + " of " + where + "; extend walkType");
        }
        if (isLeaf(c)) {
            return;
        }
        if (c.isRecord()) {
            walkRecord(c, path, out);
        } else if (c.isInterface() && c.isSealed()) {
            for (Class<?> sub : c.getPermittedSubclasses()) {
                walkType(sub, path + "(" + sub.getSimpleName() + ")", where, out);
            }
        } else {
            throw new AssertionError("OddDocsTest cannot walk type " + c.getName() + " of " + where
                    + "; extend walkType");
        }
    }

    private static boolean isLeaf(Class<?> c) {
        return c.isPrimitive() || c.isEnum() || Number.class.isAssignableFrom(c) || c == Boolean.class
                || c == String.class || Temporal.class.isAssignableFrom(c);
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    // ---- checking one key ------------------------------------------------------------------

    private static void checkRow(Class<?> record, RecordComponent c, String recordPath,
                                 Map<String, List<List<String>>> rows, List<String> problems) {
        String id = record.getSimpleName() + "." + c.getName() + " (" + join(recordPath, c.getName()) + ")";
        List<List<String>> found = rows.getOrDefault(record.getSimpleName() + "#" + c.getName(), List.of());
        if (found.isEmpty()) {
            problems.add(id + ": no row");
            return;
        }
        List<String> why = found.stream().map(row -> mismatch(c, row)).toList();
        if (!why.contains(null)) {
            problems.add(id + ": " + why.get(0));
        }
    }

    /** Why the row does not match the annotation, or null when it does. */
    private static String mismatch(RecordComponent c, List<String> row) {
        Param p = c.getAnnotation(Param.class);
        for (int k = 1; k < HEADER.size(); k++) {
            if (row.get(k).isEmpty()) {
                return HEADER.get(k) + " cell is empty (write '—' when there is nothing to say)";
            }
        }
        if (p == null) {
            return null;
        }
        if (!p.def().isEmpty() && !plain(row.get(1)).equals(p.def())) {
            return "Default is '" + row.get(1) + "', @Param.def is '" + p.def() + "'";
        }
        if (isNumeric(c.getType()) && !unitMatches(p.unit(), plain(row.get(2)))) {
            return "Unit is '" + row.get(2) + "', @Param.unit is '" + p.unit() + "'";
        }
        return rangeMismatch(p, row.get(3));
    }

    private static String rangeMismatch(Param p, String cell) {
        List<Double> n = NUMBER.matcher(cell.replace(",", "")).results().map(r -> Double.parseDouble(r.group())).toList();
        boolean minOk = p.min() == Double.NEGATIVE_INFINITY || (!n.isEmpty() && n.get(0) == p.min());
        boolean maxOk = p.max() == Double.POSITIVE_INFINITY || (!n.isEmpty() && n.get(n.size() - 1) == p.max());
        return minOk && maxOk ? null : "Range is '" + cell + "', @Param gives " + fmt(p.min()) + "–" + fmt(p.max());
    }

    private static boolean isNumeric(Class<?> t) {
        return Number.class.isAssignableFrom(t) || (t.isPrimitive() && t != boolean.class && t != char.class);
    }

    /** A dimensionless unit ("1") may also be written as a dash. */
    private static boolean unitMatches(String unit, String cell) {
        return unit.equals(cell) || (unit.equals("1") && List.of("—", "–", "-").contains(cell));
    }

    private static String plain(String cell) {
        return cell.replace("`", "").trim();
    }

    private static String fmt(double d) {
        return Double.isInfinite(d) || d != Math.rint(d) ? Double.toString(d) : Long.toString((long) d);
    }

    // ---- reading the Markdown --------------------------------------------------------------

    /** Rows of every parameter table, keyed "Record#key" for each record named in the table's heading. */
    private static Map<String, List<List<String>>> parameterRows() {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        for (Path file : markdownFiles()) {
            for (Section s : sections(read(file))) {
                List<String> owners = backticked(s.heading);
                for (List<String> row : parameterTableRows(s.body)) {
                    String key = plain(row.get(0));
                    for (String owner : owners) {
                        out.computeIfAbsent(owner + "#" + key, k -> new ArrayList<>()).add(row);
                    }
                }
            }
        }
        return out;
    }

    /** Data rows of the parameter tables in a section (tables with exactly the {@link #HEADER} columns). */
    private static List<List<String>> parameterTableRows(String body) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = null;
        for (String line : body.split("\n")) {
            String l = line.trim();
            if (!l.startsWith("|")) {
                header = null;
            } else if (header == null) {
                header = cells(l);
            } else if (header.equals(HEADER) && cells(l).size() == HEADER.size() && l.startsWith("| `")) {
                rows.add(cells(l));
            }
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String inner = line.endsWith("|") && line.length() > 1 ? line.substring(1, line.length() - 1) : line.substring(1);
        return Stream.of(inner.split("(?<!\\\\)\\|", -1)).map(String::trim).toList();
    }

    private static List<String> backticked(String heading) {
        return OWNER.matcher(heading).results().map(r -> r.group(1)).toList();
    }

    private record Section(String heading, String body) {
    }

    /** Splits a page at its headings (lines starting with '#', outside code fences). */
    private static List<Section> sections(String text) {
        List<Section> out = new ArrayList<>();
        String heading = "";
        StringBuilder body = new StringBuilder();
        boolean fence = false;
        for (String line : text.split("\n")) {
            if (line.trim().startsWith("```")) {
                fence = !fence;
            }
            if (!fence && line.startsWith("#")) {
                out.add(new Section(heading, body.toString()));
                heading = line;
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        out.add(new Section(heading, body.toString()));
        return out;
    }

    /** Characters other than white space, outside heading lines. */
    private static int bodyLength(String text) {
        return sections(text).stream().mapToInt(s -> s.body.replaceAll("\\s", "").length()).sum();
    }

    private static List<Path> markdownFiles() {
        try (Stream<Path> s = Files.walk(ODD)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + ODD, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
