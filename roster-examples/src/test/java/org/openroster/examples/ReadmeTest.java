package org.openroster.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openroster.solver.Rule;

/** The README stays true to the code: its embedding example compiles, and it lists every rule. */
class ReadmeTest {

    private static String readme() throws IOException {
        return Files.readString(Path.of("..", "README.md"));
    }

    @Test
    void theEmbeddingExampleIsTheCompiledOne() throws IOException {
        String source = Files.readString(Path.of("src/main/java/org/openroster/examples/ReadmeExample.java"));
        String block = source.substring(
                source.indexOf("// README:begin") + "// README:begin\n".length(),
                source.indexOf("        // README:end"));
        String snippet = block.lines()
                .map(l -> l.startsWith("        ") ? l.substring(8) : l)
                .collect(Collectors.joining("\n"));
        assertTrue(readme().contains(snippet), "README.md must quote ReadmeExample exactly:\n" + snippet);
    }

    @Test
    void everyRuleIsInTheRulesTable() throws IOException {
        String readme = readme();
        for (Rule rule : Rule.values()) {
            assertTrue(
                    readme.contains("| `" + rule.id() + "` |"),
                    "README rules table lacks " + rule.id() + " (run scripts/readme-rules.py)");
        }
    }
}
