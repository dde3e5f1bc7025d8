package org.openroster.io;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The one configured Jackson mapper of this package, and the translation of Jackson's failures into
 * one-line {@link InvalidInputException}s about the data.
 *
 * <p>Every feature the reader relies on is set explicitly, since Jackson 3 changed several defaults:
 * unknown properties, trailing tokens and duplicate keys fail; nothing is coerced (no "14" for 14, no
 * 14.0 for 14, no 1 for an enum, no number for a string); a null inside an array or map fails;
 * properties keep their declared order; dates are written as ISO text and nulls are left out.
 */
final class JsonSupport {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .withCoercionConfig(
                    LogicalType.Textual,
                    c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .changeDefaultNullHandling(n -> JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .changeDefaultPropertyInclusion(
                    i -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .addModule(new ScoreModule())
            .build();

    private JsonSupport() {}

    /** Reads a whole file as UTF-8 text; a missing or unreadable file is invalid input too. */
    static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("The file (" + file + ") does not exist.");
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("The file (" + file + ") is not UTF-8 text.");
        } catch (IOException e) {
            throw new InvalidInputException(
                    "The file (" + file + ") cannot be read: " + At.show(sanitize(e.getMessage())) + ".");
        }
    }

    /**
     * Parses text into a JSON object, checking its {@code formatVersion} before anything else, so that
     * a file of another version is reported as such rather than as a list of unknown properties.
     */
    static JsonNode readDocument(String text, String what, int version) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(
                    "The input is empty: expected a JSON object (" + what + ", formatVersion " + version + ").");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw syntax(e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidInputException("The input holds no JSON value: expected a JSON object (" + what + ").");
        }
        if (!tree.isObject()) {
            throw new InvalidInputException("The top level (" + At.show(tree) + ") must be a JSON object (" + what
                    + "), not " + kindOf(tree) + ".");
        }
        JsonNode v = tree.get("formatVersion");
        At at = At.ROOT.field("formatVersion");
        if (v == null || v.isNull()) {
            throw at.fail("is missing. Maybe add \"formatVersion\": " + version + " at the top level.");
        }
        if (!v.isIntegralNumber()) {
            throw at.fail(v, "must be a whole number (" + version + ").");
        }
        if (!v.canConvertToInt() || v.intValue() != version) {
            throw at.fail(v, "is not supported: this version of OpenRoster reads formatVersion " + version + ".");
        }
        return tree;
    }

    /** Binds a parsed document to the format's records, translating any failure. */
    static <T> T bind(JsonNode tree, Class<T> type) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JacksonException e) {
            throw translate(e, tree);
        }
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value) + System.lineSeparator();
    }

    // ---- translation of Jackson's failures ----

    private static InvalidInputException syntax(JacksonException e) {
        String where = where(e);
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof UnexpectedEndOfInputException || original.contains("end-of-input")) {
            return new InvalidInputException("The JSON ends too soon" + where
                    + ": the input is cut short (truncated?) or a bracket is" + " not closed.");
        }
        if (e instanceof StreamReadException) {
            return new InvalidInputException(
                    "The input is not valid JSON" + where + ": " + sanitize(e.getOriginalMessage()) + ".");
        }
        return new InvalidInputException(
                "The input cannot be read as JSON" + where + ": " + sanitize(e.getOriginalMessage()) + ".");
    }

    /** " at line L, column C (in people[3])", as far as known. */
    private static String where(JacksonException e) {
        StringBuilder s = new StringBuilder();
        TokenStreamLocation loc = e.getLocation();
        if (loc != null && loc.getLineNr() > 0) {
            s.append(" at line ").append(loc.getLineNr()).append(", column ").append(loc.getColumnNr());
        }
        if (e.processor() instanceof JsonParser parser && parser.streamReadContext() != null) {
            String path =
                    pointerToPath(parser.streamReadContext().pathAsPointer().toString());
            if (!path.isEmpty()) {
                s.append(" (in ").append(path).append(")");
            }
        }
        return s.toString();
    }

    /** "/people/3/contract" as "people[3].contract". */
    static String pointerToPath(String pointer) {
        At at = At.ROOT;
        if (pointer.isEmpty()) {
            return "";
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            at = segment.matches("\\d+") ? at.index(Integer.parseInt(segment)) : at.field(segment);
        }
        return at.path();
    }

    static InvalidInputException translate(JacksonException e, JsonNode tree) {
        At at = At.ROOT;
        JsonNode node = tree;
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                at = at.field(ref.getPropertyName());
                node = node == null ? null : node.get(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                at = at.index(ref.getIndex());
                node = node == null ? null : node.get(ref.getIndex());
            }
        }
        return switch (e) {
            case UnrecognizedPropertyException u -> unknownProperty(at, u);
            case InvalidTypeIdException t -> typeId(at, t);
            case InvalidNullException n -> at.fail("must not be null.");
            case InvalidFormatException f -> at.fail(f.getValue(), expectation(f.getTargetType()));
            case MismatchedInputException m ->
                node == null || node.isMissingNode()
                        ? at.fail(expectation(m.getTargetType()))
                        : at.fail(node, expectation(m.getTargetType()));
            case InputCoercionException c ->
                at.fail(node == null ? "?" : node, "is out of range: " + sanitize(c.getOriginalMessage()) + ".");
            default -> new InvalidInputException(at.describe() + ": " + sanitize(e.getOriginalMessage()) + ".");
        };
    }

    private static InvalidInputException unknownProperty(At at, UnrecognizedPropertyException u) {
        String name = u.getPropertyName();
        Collection<Object> known = u.getKnownPropertyIds() == null ? List.of() : u.getKnownPropertyIds();
        TreeSet<String> names = new TreeSet<>();
        known.forEach(k -> names.add(String.valueOf(k)));
        String closest = closest(name, names);
        String hint = closest != null ? "Maybe " + closest + "." : "Known properties here: " + names + ".";
        return new InvalidInputException(at.describe() + " is not a known property. " + hint);
    }

    private static InvalidInputException typeId(At at, InvalidTypeIdException t) {
        At kind = at.path().endsWith("kind") ? at : at.field("kind");
        List<String> kinds =
                kindsOf(t.getBaseType() == null ? null : t.getBaseType().getRawClass());
        if (t.getTypeId() == null) {
            return kind.fail("is missing: it must be one of " + String.join(", ", kinds) + ".");
        }
        return kind.fail(t.getTypeId(), "is not a known kind. Maybe one of " + String.join(", ", kinds) + ".");
    }

    private static List<String> kindsOf(Class<?> base) {
        JsonSubTypes subTypes = base == null ? null : base.getAnnotation(JsonSubTypes.class);
        return subTypes == null
                ? List.of()
                : Arrays.stream(subTypes.value()).map(JsonSubTypes.Type::name).toList();
    }

    /** What a value of the type should look like, said about the data, not the Java type. */
    static String expectation(Class<?> type) {
        if (type == null) {
            return "has the wrong type.";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number.";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number.";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false.";
        }
        if (type == String.class) {
            return "must be a string.";
        }
        if (type.isEnum()) {
            return "must be one of "
                    + String.join(
                            ", ",
                            Arrays.stream(type.getEnumConstants())
                                    .map(String::valueOf)
                                    .toList())
                    + ".";
        }
        if (type == HardMediumSoftScore.class) {
            return "must be a score like \"0hard/-30medium/-400soft\".";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array.";
        }
        return "must be an object" + (Map.class.isAssignableFrom(type) ? " of names and values." : ".");
    }

    private static String kindOf(JsonNode node) {
        if (node.isArray()) {
            return "an array";
        }
        if (node.isString()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "true or false";
        }
        return "null";
    }

    /** The closest name within a small edit distance (a typo), or null. */
    static String closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    /**
     * A parser's message made fit for a user: its first line, without Java class names or the
     * parser's own location suffix.
     */
    static String sanitize(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.strip().split("\\R", 2)[0];
        int source = line.indexOf(" at [Source");
        if (source >= 0) {
            line = line.substring(0, source);
        }
        line = line.replaceAll("\\(?`?\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][\\w$]*`?\\)?", "value")
                .replace("`", "")
                .strip();
        while (line.endsWith(".") || line.endsWith(":") || line.endsWith(";")) {
            line = line.substring(0, line.length() - 1);
        }
        return line.isEmpty() ? "unreadable" : line;
    }
}
