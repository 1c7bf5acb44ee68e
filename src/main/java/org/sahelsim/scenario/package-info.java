/**
 * Strict scenario files: YAML in, parameter records out, or a one-line error that names the file,
 * line, key, value and what is allowed.
 *
 * <p>The file format, as {@link org.sahelsim.scenario.StrictYamlLoader} reads it and as the
 * schema from {@link org.sahelsim.scenario.SchemaGenerator} describes it:
 * <ul>
 *   <li>Keys are record component names (camelCase). Unknown keys, duplicate keys, YAML tags and
 *       merge keys ({@code <<}) are errors.</li>
 *   <li>Scalars are typed by the YAML 1.2 core schema (as editors do): {@code yes} is a string,
 *       {@code "12"} is a string, {@code 12.0} is a whole number; {@code .inf}/{@code .nan} are
 *       strings, so never numbers.</li>
 *   <li>Enum values and enum map keys are written as declared ({@code BURKINA_FASO}) or in lower
 *       kebab case ({@code burkina-faso}); other spellings are errors with a suggestion.</li>
 *   <li>A sealed interface's record is chosen by {@code type:}, the record's simple name in kebab
 *       case ({@code AddUnits} → {@code add-units}).</li>
 *   <li>Omitted keys: the {@code @Param(def)} text if any, else null if {@code nullable}, else an
 *       empty list or map, else a record built from its own defaults if all its keys have one;
 *       otherwise the key is required.</li>
 *   <li>{@code extends: parent.yaml} (relative to the file, top level only) merges mappings key by
 *       key with the child winning and replaces lists whole.</li>
 *   <li>Overrides ({@code drones.sortiesPerWeek=6}) patch the merged tree before mapping.</li>
 * </ul>
 *
 * <p>This package reads files and never steps a model.
 */
package org.sahelsim.scenario;
