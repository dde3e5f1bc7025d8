package org.openroster.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class ScoreModuleProperties {

    static final JsonMapper MAPPER =
            JsonMapper.builder().addModule(new ScoreModule()).build();

    @Property
    void everyScoreSurvivesTheRoundTripAsItsText(@ForAll long hard, @ForAll long medium, @ForAll long soft) {
        HardMediumSoftScore score = HardMediumSoftScore.of(hard, medium, soft);
        String json = MAPPER.writeValueAsString(score);
        assertEquals("\"" + score + "\"", json);
        assertEquals(score, MAPPER.readValue(json, HardMediumSoftScore.class));
    }

    @Example
    void scoresInsideOtherValuesAreTextToo() {
        List<HardMediumSoftScore> scores = List.of(HardMediumSoftScore.ZERO, HardMediumSoftScore.of(-2, -30, -400));
        String json = MAPPER.writeValueAsString(scores);
        assertEquals("[\"0hard/0medium/0soft\",\"-2hard/-30medium/-400soft\"]", json);
        assertEquals(scores, MAPPER.readValue(json, new TypeReference<List<HardMediumSoftScore>>() {}));
    }

    @Example
    void theShortFormIsRead() {
        assertEquals(HardMediumSoftScore.of(0, 0, 5), MAPPER.readValue("\"5soft\"", HardMediumSoftScore.class));
        assertEquals(HardMediumSoftScore.of(1, 0, 2), MAPPER.readValue("\"1hard/2soft\"", HardMediumSoftScore.class));
    }

    @Example
    void textThatIsNotAScoreFailsNamingIt() {
        var e = assertThrows(
                InvalidFormatException.class, () -> MAPPER.readValue("\"lots\"", HardMediumSoftScore.class));
        assertEquals("lots", e.getValue());
    }

    @Example
    void aNumberIsNotAScore() {
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue("5", HardMediumSoftScore.class));
    }
}
