package org.openroster.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openroster.model.Contract;
import org.openroster.model.Problem;
import org.openroster.testing.TestProblems;
import tools.jackson.databind.JsonNode;

/**
 * The schema cannot drift from the format: every property the writer writes is declared in it, every
 * written problem is valid against it, the worked example uses every property it declares, and every
 * property it declares is described.
 */
class ProblemSchemaTest {

    static final JsonNode SCHEMA = JsonEdit.tree(ExampleProblem.resource(ProblemJson.SCHEMA_RESOURCE));
    static final MiniSchema CHECK = new MiniSchema(SCHEMA);

    /**
     * The model's contract kinds, in the order the sealed interface permits them: each record's name
     * with a small first letter, which is what {@code Contract.kind()} returns (checked on the worked
     * example, which has one of each). A new kind fails the tests until the format, the schema and
     * the examples know it.
     */
    static final List<String> CONTRACT_KINDS = java.util.Arrays.stream(Contract.class.getPermittedSubclasses())
            .map(c -> Character.toLowerCase(c.getSimpleName().charAt(0))
                    + c.getSimpleName().substring(1))
            .toList();

    @Example
    void everyPropertyTheWriterWritesForTheFullExampleIsDeclared() {
        JsonNode written = JsonEdit.tree(ProblemJson.toJson(ExampleProblem.read()));
        assertEquals(List.of(), CHECK.undeclared(written));
        assertEquals(List.of(), CHECK.validate(written));
    }

    @Example
    void theWorkedExampleIsValidAgainstTheSchema() {
        JsonNode example = JsonEdit.tree(ExampleProblem.text());
        assertEquals(List.of(), CHECK.undeclared(example));
        assertEquals(List.of(), CHECK.validate(example));
    }

    @Property(tries = 100)
    void everyWrittenProblemIsValidAgainstTheSchema(@ForAll("problems") Problem problem) {
        JsonNode written = JsonEdit.tree(ProblemJson.toJson(problem));
        assertEquals(List.of(), CHECK.undeclared(written));
        assertEquals(List.of(), CHECK.validate(written));
    }

    @Provide
    Arbitrary<Problem> problems() {
        return ProblemArbitraries.problems();
    }

    @Example
    void theWalkCatchesAnUndeclaredProperty() {
        String json = JsonEdit.set(ProblemJson.toJson(TestProblems.small(2, 7)), "/people/1/contract/hoursPerWeek", 37);
        assertEquals(List.of("people[1].contract.hoursPerWeek"), CHECK.undeclared(JsonEdit.tree(json)));
        assertFalse(CHECK.validate(JsonEdit.tree(json)).isEmpty());
    }

    @Example
    void theWorkedExampleUsesEveryPropertyOfEveryTypeTheSchemaDeclares() {
        Set<String> declared = new TreeSet<>();
        declared(SCHEMA, "(top)", declared);
        SCHEMA.get("$defs").properties().forEach(e -> declared(e.getValue(), e.getKey(), declared));
        Set<String> used = new TreeSet<>();
        used(SCHEMA, "(top)", JsonEdit.tree(ExampleProblem.text()), used);
        Set<String> unused = new TreeSet<>(declared);
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "declared in the schema but not exercised by the worked example");
        for (String kind : CONTRACT_KINDS) {
            assertTrue(used.contains(kind + "Contract.kind"), "the " + kind + " contract is used: " + used);
        }
        assertTrue(used.contains("postContract.kind"), "a dual contract's post has a contract: " + used);
    }

    @Example
    void theSchemaKnowsEveryContractKindAndEachKindHasItsOwnDefinition() {
        List<String> kinds = new ArrayList<>();
        SCHEMA.get("$defs")
                .get("contract")
                .get("properties")
                .get("kind")
                .get("enum")
                .forEach(k -> kinds.add(k.stringValue()));
        assertEquals(CONTRACT_KINDS, kinds);
        JsonNode branches = SCHEMA.get("$defs").get("contract").get("oneOf");
        assertEquals(CONTRACT_KINDS.size(), branches.size());
        for (int i = 0; i < branches.size(); i++) {
            JsonNode kind = CHECK.resolve(branches.get(i)).get("properties").get("kind");
            assertEquals(CONTRACT_KINDS.get(i), kind.get("const").stringValue());
        }
        List<String> postKinds = new ArrayList<>();
        SCHEMA.get("$defs")
                .get("postContract")
                .get("properties")
                .get("kind")
                .get("enum")
                .forEach(k -> postKinds.add(k.stringValue()));
        assertEquals(ProblemMapper.POST_KINDS, postKinds);
    }

    @Example
    void everyDeclaredPropertyHasADescription() {
        List<String> undescribed = new ArrayList<>();
        describe(SCHEMA, "", undescribed);
        assertEquals(List.of(), undescribed);
        assertTrue(SCHEMA.get("$schema").stringValue().contains("2020-12"));
    }

    @Example
    void everyObjectRefusesUndeclaredProperties() {
        List<String> open = new ArrayList<>();
        SCHEMA.get("$defs").properties().forEach(e -> {
            JsonNode def = e.getValue();
            if (def.has("properties")
                    && !def.has("oneOf")
                    && !def.path("additionalProperties").isBoolean()) {
                open.add(e.getKey());
            }
        });
        assertEquals(List.of(), open);
        assertFalse(SCHEMA.get("additionalProperties").booleanValue());
    }

    /** "type.property" for each property a type declares; a oneOf branch is "type/i". */
    private static void declared(JsonNode schema, String owner, Set<String> out) {
        if (schema.has("properties")) {
            schema.get("properties").propertyNames().forEach(name -> out.add(owner + "." + name));
        }
        if (schema.has("oneOf")) {
            for (int i = 0; i < schema.get("oneOf").size(); i++) {
                declared(schema.get("oneOf").get(i), owner + "/" + i, out);
            }
        }
    }

    /** "type.property" for each property of the document, by the type that declares it there. */
    private static void used(JsonNode schema, String owner, JsonNode value, Set<String> out) {
        if (schema.has("$ref")) {
            owner = schema.get("$ref").stringValue().substring("#/$defs/".length());
            schema = CHECK.resolve(schema);
        }
        if (value.isArray() && schema.has("items")) {
            for (JsonNode item : value) {
                used(schema.get("items"), owner + "[]", item, out);
            }
        }
        if (!value.isObject()) {
            return;
        }
        List<JsonNode> types = new ArrayList<>(List.of(schema));
        List<String> owners = new ArrayList<>(List.of(owner));
        if (schema.has("oneOf")) {
            for (int i = 0; i < schema.get("oneOf").size(); i++) {
                JsonNode branch = schema.get("oneOf").get(i);
                String branchOwner = owner + "/" + i;
                if (branch.has("$ref")) { // a branch defined apart: its properties are that type's
                    branchOwner = branch.get("$ref").stringValue().substring("#/$defs/".length());
                    branch = CHECK.resolve(branch);
                }
                if (CHECK.validateAgainst(branch, value).isEmpty()) {
                    types.add(branch);
                    owners.add(branchOwner);
                }
            }
        }
        for (String name : value.propertyNames()) {
            for (int t = 0; t < types.size(); t++) {
                JsonNode props = types.get(t).get("properties");
                if (props != null && props.has(name)) {
                    out.add(owners.get(t) + "." + name);
                    used(props.get(name), owners.get(t) + "." + name, value.get(name), out);
                }
            }
        }
    }

    /** Every entry of every "properties" (and every map's values) must carry a non-blank description. */
    private static void describe(JsonNode schema, String path, List<String> out) {
        if (schema.isObject()) {
            if (schema.has("properties")) {
                schema.get("properties").properties().forEach(e -> {
                    String p = path + "." + e.getKey();
                    if (!e.getValue().has("description")
                            || e.getValue().get("description").stringValue().isBlank()) {
                        out.add(p);
                    }
                });
            }
            schema.properties().forEach(e -> describe(e.getValue(), path + "/" + e.getKey(), out));
        } else if (schema.isArray()) {
            for (int i = 0; i < schema.size(); i++) {
                describe(schema.get(i), path + "/" + i, out);
            }
        }
    }
}
