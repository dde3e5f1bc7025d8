package org.openroster.io;

import static org.openroster.io.InputAssertions.assertOneLineAboutTheData;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading never throws anything but {@link InvalidInputException} with a one-line message about the
 * data, whatever is done to a valid file: any value replaced by a value of any type, any property
 * removed, the text cut short or a stretch of it deleted.
 */
class ProblemJsonFuzzProperties {

    static final String EXAMPLE = ExampleProblem.text();
    static final List<String> POINTERS = pointers(JsonEdit.tree(EXAMPLE), "");

    @Property(tries = 400)
    void anyValueReplacedByAnyValueIsReadOrReportedInOneLine(
            @ForAll("pointers") String pointer, @ForAll("values") Object value) {
        assertReadOrReported(JsonEdit.set(EXAMPLE, pointer, value));
    }

    @Property(tries = 200)
    void anyPropertyRemovedIsReadOrReportedInOneLine(@ForAll("properties") String pointer) {
        assertReadOrReported(JsonEdit.remove(EXAMPLE, pointer));
    }

    @Property(tries = 200)
    void anyCutOrDeletionIsReadOrReportedInOneLine(
            @ForAll @IntRange(min = 0, max = 100_000) int from, @ForAll @IntRange(min = 0, max = 40) int length) {
        int start = from % EXAMPLE.length();
        int end = Math.min(EXAMPLE.length(), start + length);
        assertReadOrReported(EXAMPLE.substring(0, start));
        assertReadOrReported(EXAMPLE.substring(0, start) + EXAMPLE.substring(end));
    }

    private static void assertReadOrReported(String json) {
        try {
            ProblemJson.parse(json);
        } catch (InvalidInputException e) {
            assertOneLineAboutTheData(e.getMessage());
            e.errors().forEach(InputAssertions::assertOneLineAboutTheData);
        }
    }

    @Provide
    Arbitrary<String> pointers() {
        return Arbitraries.of(POINTERS);
    }

    @Provide
    Arbitrary<String> properties() {
        return Arbitraries.of(
                POINTERS.stream().filter(p -> !p.matches(".*/\\d+$")).toList());
    }

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-3, 3).map(Object.class::cast),
                Arbitraries.longs().map(Object.class::cast),
                Arbitraries.doubles().map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.strings().ofMaxLength(20).map(Object.class::cast),
                Arbitraries.of(
                                "",
                                "2027-03-22",
                                "07:00",
                                "P001",
                                "A",
                                "E",
                                "fullTime",
                                "OFFICER",
                                "2027-03-19T20:45:00Z")
                        .map(Object.class::cast),
                Arbitraries.just(JsonEdit.raw("null")),
                Arbitraries.just(JsonEdit.raw("[]")),
                Arbitraries.just(JsonEdit.raw("{}")),
                Arbitraries.just(JsonEdit.raw("[null, 1, \"x\"]")),
                Arbitraries.just(JsonEdit.raw("{\"kind\": \"partTime\"}")));
    }

    /** Every JSON pointer into the document, except the root. */
    static List<String> pointers(JsonNode node, String at) {
        List<String> out = new ArrayList<>();
        if (node instanceof ObjectNode o) {
            for (String name : o.propertyNames()) {
                String p = at + "/" + name.replace("~", "~0").replace("/", "~1");
                out.add(p);
                out.addAll(pointers(o.get(name), p));
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(at + "/" + i);
                out.addAll(pointers(a.get(i), at + "/" + i));
            }
        }
        return out;
    }
}
