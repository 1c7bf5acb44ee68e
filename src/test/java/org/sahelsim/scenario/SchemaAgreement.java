package org.sahelsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sahelsim.scenario.ConfigNode.Mapping;
import org.sahelsim.scenario.ScenarioException.Kind;

/**
 * Checks that a generated JSON schema and {@link StrictYamlLoader} accept and reject the same
 * scenario files. Reusable for any root record: give it the class, the schema and the files.
 *
 * <p>Agreement, per file:
 * <ol>
 *   <li>If the file (or a file it extends) cannot be read into a tree at all (missing file,
 *       malformed YAML, duplicate key, a tag, an {@code extends} cycle) the loader must reject it;
 *       the schema has nothing to say, as an editor works on one parsed document.</li>
 *   <li>Otherwise the merged tree (the file with its {@code extends} chain resolved, before any
 *       defaults are filled in) is validated against the schema, which then sees a document without
 *       {@code extends} and so demands a complete scenario. Loader and schema must give the same
 *       verdict, with one exception: a rejection that no JSON schema can express (a record's own
 *       cross-field check, or one enum map key written in both spellings) may pass the schema.</li>
 *   <li>A file with {@code extends} is also validated on its own, as an editor sees it; the schema
 *       treats it as partial. If the loader accepts the file, the schema must accept it alone too
 *       (so the editor never flags a file that loads). The converse cannot hold: a child that is
 *       fine on its own may still fail once merged, e.g. by naming a faction its parent lacks.</li>
 * </ol>
 * YAML scalars become JSON values by {@link TreeJson}, under the YAML 1.2 core schema that editors
 * use. The validator asserts {@code format} (dates) and treats 10.0 as an integer, as draft-07 says.
 */
public final class SchemaAgreement {

    /** Rejections the loader makes that a JSON schema cannot express. */
    public static final Set<Kind> BEYOND_SCHEMA = EnumSet.of(Kind.RECORD_CHECK, Kind.DUPLICATE_KEY);

    /**
     * The verdicts on one file.
     *
     * @param loaderError null when the loader accepts the file
     * @param readable false when no tree could be read, so the schema was not consulted
     * @param schemaErrors the validator's messages on the merged tree (empty: accepted)
     * @param aloneErrors the validator's messages on the file alone, for files with {@code extends}
     * @param disagreement null when loader and schema agree
     */
    public record Verdict(Path file, ScenarioException loaderError, boolean readable,
            List<String> schemaErrors, List<String> aloneErrors, String disagreement) {

        public boolean loaderAccepts() {
            return loaderError == null;
        }

        public boolean schemaAccepts() {
            return readable && schemaErrors.isEmpty();
        }
    }

    private final Class<? extends Record> root;
    private final JsonSchema schema;

    public SchemaAgreement(Class<? extends Record> root, JsonNode schema) {
        this.root = root;
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .losslessNarrowing(true)
                .build();
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema, config);
    }

    /** Checks every file and throws an AssertionError naming each disagreement; returns the verdicts. */
    public static List<Verdict> assertAgree(Class<? extends Record> root, JsonNode schema, List<Path> files) {
        SchemaAgreement agreement = new SchemaAgreement(root, schema);
        List<Verdict> verdicts = files.stream().map(agreement::check).toList();
        List<String> problems = verdicts.stream().filter(v -> v.disagreement() != null)
                .map(v -> v.file() + ": " + v.disagreement()).toList();
        if (!problems.isEmpty()) {
            throw new AssertionError("schema and loader disagree on " + problems.size() + " file(s):\n"
                    + String.join("\n", problems));
        }
        return verdicts;
    }

    public Verdict check(Path file) {
        ScenarioFiles.Merged merged;
        try {
            merged = ScenarioFiles.read(file);
        } catch (ScenarioException e) {
            return new Verdict(file, e, false, List.of(), List.of(), null);
        }
        ScenarioException loaderError = map(merged.tree());
        List<String> schemaErrors = validate(merged.tree());
        List<String> aloneErrors = merged.files().size() > 1 ? validate(ScenarioFiles.readAlone(file)) : List.of();
        String disagreement = disagreement(loaderError, schemaErrors, aloneErrors);
        return new Verdict(file, loaderError, true, schemaErrors, aloneErrors, disagreement);
    }

    private ScenarioException map(Mapping tree) {
        try {
            StrictYamlLoader.map(tree, root);
            return null;
        } catch (ScenarioException e) {
            return e;
        }
    }

    private List<String> validate(Mapping tree) {
        List<String> out = new ArrayList<>();
        for (ValidationMessage message : schema.validate(TreeJson.toJson(tree))) {
            out.add(message.getMessage());
        }
        return out;
    }

    private static String disagreement(ScenarioException loaderError, List<String> schemaErrors,
            List<String> aloneErrors) {
        if (loaderError == null && !schemaErrors.isEmpty()) {
            return "loader accepts, schema rejects the merged tree: " + schemaErrors;
        }
        if (loaderError != null && schemaErrors.isEmpty() && !BEYOND_SCHEMA.contains(loaderError.kind())) {
            return "schema accepts, loader rejects: " + loaderError.getMessage();
        }
        if (loaderError == null && !aloneErrors.isEmpty()) {
            return "loader accepts, schema rejects the file on its own: " + aloneErrors;
        }
        return null;
    }
}
