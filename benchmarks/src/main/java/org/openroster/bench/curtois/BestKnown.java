package org.openroster.bench.curtois;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The best known objectives from a {@code best_known.csv} beside the instances: a header naming at
 * least the columns {@code instance} and {@code best_known}, then one line per instance.
 */
public final class BestKnown {

    private BestKnown() {}

    /** Best known objective by instance name; empty when the file does not exist. */
    public static Map<String, Long> read(Path file) throws IOException {
        Map<String, Long> best = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return best;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return best;
        }
        List<String> header =
                Arrays.stream(lines.get(0).split(",", -1)).map(String::strip).toList();
        int instance = header.indexOf("instance");
        int value = header.indexOf("best_known");
        if (instance < 0 || value < 0) {
            throw new IllegalArgumentException(
                    "The file (" + file + ") has no instance and best_known columns in its header " + header + ".");
        }
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            if (f.length <= Math.max(instance, value) || f[value].isBlank()) {
                continue;
            }
            try {
                best.put(f[instance].strip(), Long.parseLong(f[value].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The best_known (" + f[value] + ") on line " + (i + 1) + " of "
                        + file + " is not a whole number.");
            }
        }
        return best;
    }
}
