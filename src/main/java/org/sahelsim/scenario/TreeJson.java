package org.sahelsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.sahelsim.scenario.ConfigNode.Entry;
import org.sahelsim.scenario.ConfigNode.Mapping;
import org.sahelsim.scenario.ConfigNode.Scalar;
import org.sahelsim.scenario.ConfigNode.Sequence;

/**
 * A tree as the JSON value an editor sees when it validates the YAML against the schema: the
 * scalar types are those of {@link ScalarKind} (YAML 1.2 core), integers stay integers.
 */
public final class TreeJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TreeJson() {
    }

    public static JsonNode toJson(ConfigNode node) {
        if (node instanceof Mapping mapping) {
            ObjectNode out = JSON.objectNode();
            for (Entry entry : mapping.entries().values()) {
                out.set(entry.key(), toJson(entry.value()));
            }
            return out;
        }
        if (node instanceof Sequence sequence) {
            ArrayNode out = JSON.arrayNode();
            sequence.items().forEach(item -> out.add(toJson(item)));
            return out;
        }
        return scalar((Scalar) node);
    }

    private static JsonNode scalar(Scalar scalar) {
        return switch (scalar.kind()) {
            case NULL -> JSON.nullNode();
            case BOOLEAN -> JSON.booleanNode(scalar.text().equalsIgnoreCase("true"));
            case INTEGER -> number(ScalarKind.number(scalar.text()));
            case FLOAT -> JSON.numberNode(Double.parseDouble(scalar.text()));
            case STRING -> JSON.textNode(scalar.text());
        };
    }

    /** A whole number as the smallest integral node; a fraction as a double. */
    static JsonNode number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > 0) {
            return JSON.numberNode(value.doubleValue());
        }
        try {
            return JSON.numberNode(stripped.longValueExact());
        } catch (ArithmeticException tooLong) {
            return JSON.numberNode(stripped.toBigIntegerExact());
        }
    }
}
