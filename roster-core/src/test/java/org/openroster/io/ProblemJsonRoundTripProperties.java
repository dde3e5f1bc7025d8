package org.openroster.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openroster.io.DeepEquals.assertDeepEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openroster.model.Contract;
import org.openroster.model.Grade;
import org.openroster.model.Person;
import org.openroster.model.Problem;
import org.openroster.model.WorkRules;
import org.openroster.testing.TestProblems;

/** Problem to JSON to problem loses nothing, for generated problems and for the fixtures. */
class ProblemJsonRoundTripProperties {

    @Property(tries = 300)
    void everyGeneratedProblemSurvivesTheRoundTrip(@ForAll("problems") Problem problem) {
        String json = ProblemJson.toJson(problem);
        Problem back = ProblemJson.parse(json);
        assertDeepEquals(problem, back);
        assertEquals(json, ProblemJson.toJson(back), "writing is deterministic");
    }

    @Provide
    Arbitrary<Problem> problems() {
        return ProblemArbitraries.problems();
    }

    @Example
    void theGeneratorMakesEveryContractKindJobSharesRotaLinesAndChoices() {
        Set<String> seen = new TreeSet<>();
        ProblemArbitraries.problems().sampleStream().limit(300).forEach(p -> {
            for (Person x : p.people()) {
                seen.add(x.contract().kind());
                if (x.contract() instanceof Contract.Dual dual) {
                    dual.posts()
                            .forEach(post -> seen.add("post:" + post.contract().kind()));
                }
            }
            if (!p.jobShares().isEmpty()) {
                seen.add("jobShares");
            }
            if (p.jobShares().stream().anyMatch(j -> j.partners().size() > 2)) {
                seen.add("jobShares of three");
            }
            if (!p.rotaLines().isEmpty()) {
                seen.add("rotaLines");
            }
            if (!p.choices().isEmpty()) {
                seen.add("choices");
            }
        });
        Set<String> expected = new TreeSet<>(ProblemSchemaTest.CONTRACT_KINDS);
        ProblemMapper.POST_KINDS.forEach(k -> expected.add("post:" + k));
        expected.addAll(List.of("jobShares", "jobShares of three", "rotaLines", "choices"));
        assertEquals(expected, seen);
    }

    @Example
    void theTestFixtureSurvivesTheRoundTrip() {
        Problem problem = TestProblems.small(14, 28);
        assertDeepEquals(problem, ProblemJson.parse(ProblemJson.toJson(problem)));
    }

    @Example
    void theExampleFileUsingEveryFieldSurvivesTheRoundTrip() {
        Problem example = ExampleProblem.read();
        assertDeepEquals(example, ProblemJson.parse(ProblemJson.toJson(example)));
    }

    @Example
    void peopleWithRulesOtherThanTheDefaultKeepTheirOwn() {
        Problem base = TestProblems.small(3, 7);
        List<Person> people = List.of(
                base.people().get(0),
                base.people().get(1).withRules(WorkRules.NONE),
                Person.of("X", Grade.OSG).withSkills(Set.of("C&R")));
        Problem problem = base.withPeople(people);
        Problem back = ProblemJson.parse(ProblemJson.toJson(problem));
        assertDeepEquals(problem, back);
        assertEquals(WorkRules.NONE, back.people().get(1).rules());
        assertEquals(WorkRules.DEFAULT, back.people().get(2).rules());
    }
}
