package org.openroster.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Score text: Timefold's own form ({@code "-2hard/-30medium/-400soft"}) and a short form that names
 * only the levels it sets ({@code "5soft"}, {@code "1hard/2soft"}).
 */
public final class Scores {

    private static final Pattern PART = Pattern.compile("(-?\\d+)(hard|medium|soft)");

    private Scores() {}

    /** Parses either form; throws {@link IllegalArgumentException} naming the text otherwise. */
    public static HardMediumSoftScore parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The score (" + text + ") is empty.");
        }
        long hard = 0;
        long medium = 0;
        long soft = 0;
        boolean[] seen = new boolean[3];
        for (String part : text.trim().split("/")) {
            Matcher m = PART.matcher(part.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("The score (" + text + ") is not like \"0hard/0medium/1soft\".");
            }
            long value = Long.parseLong(m.group(1));
            int level = switch (m.group(2)) {
                case "hard" -> 0;
                case "medium" -> 1;
                default -> 2;
            };
            if (seen[level]) {
                throw new IllegalArgumentException("The score (" + text + ") names " + m.group(2) + " twice.");
            }
            seen[level] = true;
            switch (level) {
                case 0 -> hard = value;
                case 1 -> medium = value;
                default -> soft = value;
            }
        }
        return HardMediumSoftScore.of(hard, medium, soft);
    }

    /** Timefold's full form, e.g. {@code "0hard/-30medium/-400soft"}. */
    public static String format(HardMediumSoftScore score) {
        return score.toString();
    }
}
