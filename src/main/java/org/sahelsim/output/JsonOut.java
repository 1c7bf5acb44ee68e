package org.sahelsim.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes JSON files such as {@code summary.json}: pretty-printed, UTF-8, {@code \n} line ends
 * and a deterministic key order, so that the same run gives the same bytes on every machine.
 *
 * <p>Key order: records in component order, {@link ObjectNode}s, {@code LinkedHashMap}s,
 * sorted maps and {@code EnumMap}s as they iterate; maps without a defined order ({@code HashMap},
 * {@code Map.of}, whose order even changes between JVM runs) sorted by key. Unordered sets are
 * sorted the same way. NaN and infinities are written as strings ({@code "NaN"}).
 */
public final class JsonOut {
    /** Summary file name in a run folder. */
    public static final String SUMMARY = "summary.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new StableOrderModule())
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private JsonOut() {
    }

    /** The shared mapper (configured for stable order); do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A new ordered object node, for building JSON by hand. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The pretty-printed JSON text of {@code value}, ending with a newline. */
    public static String toJson(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes {@code value} to a new file.
     *
     * @throws java.nio.file.FileAlreadyExistsException if the file exists
     */
    public static void write(Path file, Object value) throws IOException {
        Files.writeString(file, toJson(value), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** Writes {@code value} as {@value #SUMMARY} in {@code dir}. */
    public static Path writeSummary(Path dir, Object value) throws IOException {
        Path file = dir.resolve(SUMMARY);
        write(file, value);
        return file;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        // Jackson's default indenter uses the platform line separator; fix it to "\n".
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
