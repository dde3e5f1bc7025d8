package org.openroster.io;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;

/**
 * The roster file, format version 1, as records that mirror the JSON: the problem's id and window,
 * the score (absent for a roster never scored) and one assignment per working person-day. An
 * assignment's {@code start}, {@code end} (ISO offset date-times in the establishment's zone) and
 * {@code workedMinutes} are written for people and other tools; reading ignores them, since the
 * problem's templates define them.
 */
final class RosterFormat {

    static final int VERSION = 1;

    private RosterFormat() {}

    record RosterFile(
            Integer formatVersion,
            String problem,
            String start,
            Integer days,
            HardMediumSoftScore score,
            List<AssignmentJson> assignments) {}

    record AssignmentJson(
            String person,
            String date,
            String template,
            String location,
            String start,
            String end,
            Integer workedMinutes) {}
}
