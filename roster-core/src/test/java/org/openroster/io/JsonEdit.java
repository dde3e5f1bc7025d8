package org.openroster.io;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Edits a JSON document at a JSON pointer, for making one bad field in an otherwise good file. */
final class JsonEdit {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonEdit() {}

    static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }

    /** The document with the value at {@code pointer} (e.g. "/people/0/grade") set to {@code value}. */
    static String set(String json, String pointer, Object value) {
        JsonNode root = tree(json);
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = root.at(p.head());
        JsonNode v = MAPPER.valueToTree(value);
        if (parent instanceof ObjectNode o) {
            o.set(p.last().getMatchingProperty(), v);
        } else if (parent instanceof ArrayNode a) {
            a.set(p.last().getMatchingIndex(), v);
        } else {
            throw new IllegalArgumentException("No object or array at " + p.head() + " in the document.");
        }
        return MAPPER.writeValueAsString(root);
    }

    /** The document without the property at {@code pointer}. */
    static String remove(String json, String pointer) {
        JsonNode root = tree(json);
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = root.at(p.head());
        if (!(parent instanceof ObjectNode o) || o.remove(p.last().getMatchingProperty()) == null) {
            throw new IllegalArgumentException("No property at " + pointer + " in the document.");
        }
        return MAPPER.writeValueAsString(root);
    }

    /** A JSON value written as text, e.g. {@code raw("2027-03-01")} for a date already quoted. */
    static JsonNode raw(String jsonValue) {
        return tree(jsonValue);
    }
}
