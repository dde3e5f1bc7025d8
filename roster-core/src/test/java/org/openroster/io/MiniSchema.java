package org.openroster.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Just enough of JSON Schema 2020-12 to check documents against {@code problem.schema.json}: {@code
 * $ref} to {@code $defs}, type, properties, required, additionalProperties, items, enum, const,
 * minimum, maximum, pattern, minItems, uniqueItems and oneOf ({@code format} and annotations are
 * ignored). The project has no schema validator; this keeps the schema honest without one.
 */
final class MiniSchema {

    private final JsonNode root;

    MiniSchema(JsonNode root) {
        this.root = root;
    }

    /** Every breach of the schema, each as "path: what". */
    List<String> validate(JsonNode document) {
        List<String> errors = new ArrayList<>();
        check(root, document, "", errors);
        return errors;
    }

    /** Every breach of one part of the schema by a value. */
    List<String> validateAgainst(JsonNode schema, JsonNode value) {
        List<String> errors = new ArrayList<>();
        check(schema, value, "", errors);
        return errors;
    }

    /** The properties of the document that the schema does not declare where they are. */
    List<String> undeclared(JsonNode document) {
        List<String> out = new ArrayList<>();
        undeclared(root, document, "", out);
        return out;
    }

    JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").stringValue();
            if (!ref.startsWith("#/$defs/")) {
                throw new IllegalArgumentException("Only local $defs references are supported, not " + ref);
            }
            schema = root.get("$defs").get(ref.substring("#/$defs/".length()));
            if (schema == null) {
                throw new IllegalArgumentException("The reference " + ref + " points at nothing.");
            }
        }
        return schema;
    }

    private void undeclared(JsonNode schema, JsonNode value, String path, List<String> out) {
        schema = resolve(schema);
        if (value.isObject()) {
            for (String name : value.propertyNames()) {
                String at = path.isEmpty() ? name : path + "." + name;
                List<JsonNode> declared = propertySchemas(schema, name);
                if (declared.isEmpty()) {
                    out.add(at);
                }
                for (JsonNode d : declared) {
                    undeclared(d, value.get(name), at, out);
                }
            }
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                undeclared(schema.get("items"), value.get(i), path + "[" + i + "]", out);
            }
        }
    }

    /** The schemas a property of an object may be declared by: properties, oneOf branches, a map's values. */
    private List<JsonNode> propertySchemas(JsonNode schema, String name) {
        List<JsonNode> out = new ArrayList<>();
        if (schema.has("properties") && schema.get("properties").has(name)) {
            out.add(schema.get("properties").get(name));
        }
        if (schema.has("oneOf")) {
            for (JsonNode branch : schema.get("oneOf")) {
                out.addAll(propertySchemas(resolve(branch), name));
            }
        }
        if (out.isEmpty()
                && schema.has("additionalProperties")
                && schema.get("additionalProperties").isObject()) {
            out.add(schema.get("additionalProperties"));
        }
        return out;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> errors) {
        schema = resolve(schema);
        String at = path.isEmpty() ? "(top level)" : path;
        if (schema.has("type") && !hasType(value, schema.get("type").stringValue())) {
            errors.add(
                    at + ": " + value + " is not of type " + schema.get("type").stringValue());
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            errors.add(at + ": " + value + " is not " + schema.get("const"));
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(value);
            }
            if (!found) {
                errors.add(at + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isNumber()) {
            if (schema.has("minimum")
                    && value.doubleValue() < schema.get("minimum").doubleValue()) {
                errors.add(at + ": " + value + " is below the minimum " + schema.get("minimum"));
            }
            if (schema.has("maximum")
                    && value.doubleValue() > schema.get("maximum").doubleValue()) {
                errors.add(at + ": " + value + " is above the maximum " + schema.get("maximum"));
            }
        }
        if (value.isString()
                && schema.has("pattern")
                && !Pattern.compile(schema.get("pattern").stringValue())
                        .matcher(value.stringValue())
                        .find()) {
            errors.add(at + ": " + value + " does not match " + schema.get("pattern"));
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").intValue()) {
                errors.add(at + ": has fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("uniqueItems") && schema.get("uniqueItems").booleanValue()) {
                Set<JsonNode> seen = new HashSet<>();
                for (JsonNode item : value) {
                    if (!seen.add(item)) {
                        errors.add(at + ": " + item + " is listed twice");
                    }
                }
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), path + "[" + i + "]", errors);
                }
            }
        }
        if (value.isObject()) {
            JsonNode properties = schema.get("properties");
            if (schema.has("required")) {
                for (JsonNode r : schema.get("required")) {
                    if (!value.has(r.stringValue())) {
                        errors.add(at + ": " + r.stringValue() + " is required");
                    }
                }
            }
            for (String name : value.propertyNames()) {
                String p = path.isEmpty() ? name : path + "." + name;
                if (properties != null && properties.has(name)) {
                    check(properties.get(name), value.get(name), p, errors);
                } else if (schema.has("additionalProperties")) {
                    JsonNode additional = schema.get("additionalProperties");
                    if (additional.isBoolean() && !additional.booleanValue()) {
                        errors.add(p + ": is not declared");
                    } else if (additional.isObject()) {
                        check(additional, value.get(name), p, errors);
                    }
                }
            }
        }
        if (schema.has("oneOf")) {
            int matching = 0;
            List<String> branchErrors = new ArrayList<>();
            for (JsonNode branch : schema.get("oneOf")) {
                List<String> e = new ArrayList<>();
                check(branch, value, path, e);
                if (e.isEmpty()) {
                    matching++;
                } else {
                    branchErrors.addAll(e);
                }
            }
            if (matching != 1) {
                errors.add(at + ": matches " + matching + " of oneOf, not 1 " + branchErrors);
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("Unknown type " + type);
        };
    }
}
