package org.openroster.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.openroster.io.DeepEquals.assertDeepEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openroster.model.Contract;
import org.openroster.model.Grade;
import org.openroster.model.JobSharePost;
import org.openroster.model.Person;
import org.openroster.model.Problem;

/**
 * The example of every contract kind shipped for the README ({@code org/openroster/io/examples/contracts.json}):
 * it reads, is valid against the schema, and has one person per kind, a job share post with its two
 * partners and a dual-contract person.
 */
class ContractsExampleTest {

    static final String RESOURCE = "/org/openroster/io/examples/contracts.json";
    static final String TEXT = ExampleProblem.resource(RESOURCE);
    static final Problem EXAMPLE = ProblemJson.parse(TEXT);

    @Test
    void onePersonOfEachKindInTheOrderTheFormatListsThem() {
        List<String> kinds = EXAMPLE.people().stream()
                .map(p -> p.contract().kind())
                .distinct()
                .toList();
        assertEquals(ProblemSchemaTest.CONTRACT_KINDS, kinds);
        assertEquals(
                ProblemSchemaTest.CONTRACT_KINDS.size() + 1, EXAMPLE.people().size(), "two job-share partners");
    }

    @Test
    void theJobSharePostHasTwoPartnersWhoseHoursAddUpToIts() {
        JobSharePost post = EXAMPLE.jobShares().get(0);
        assertEquals(2, post.partners().size());
        int shares = post.partners().stream()
                .map(this::person)
                .mapToInt(p ->
                        assertInstanceOf(Contract.JobShare.class, p.contract()).weeklyMinutes())
                .sum();
        assertEquals(post.weeklyMinutes(), shares);
    }

    @Test
    void theDualContractHasAnOsgAndAnOfficerPost() {
        Contract.Dual dual = assertInstanceOf(Contract.Dual.class, person("DC1").contract());
        assertEquals(
                List.of(Grade.OSG, Grade.OFFICER),
                dual.posts().stream().map(Contract.Post::grade).toList());
        assertEquals(1110 + 900, dual.weeklyMinutes());
    }

    @Test
    void itIsValidAgainstTheSchemaAndSurvivesTheRoundTrip() {
        assertEquals(List.of(), ProblemSchemaTest.CHECK.undeclared(JsonEdit.tree(TEXT)));
        assertEquals(List.of(), ProblemSchemaTest.CHECK.validate(JsonEdit.tree(TEXT)));
        assertDeepEquals(EXAMPLE, ProblemJson.parse(ProblemJson.toJson(EXAMPLE)));
    }

    private Person person(String id) {
        return EXAMPLE.people().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
