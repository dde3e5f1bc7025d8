package org.openroster.io;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import org.openroster.solver.Scores;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * A Jackson 3 module that writes a {@link HardMediumSoftScore} as its text ({@code
 * "0hard/-30medium/-400soft"}) and reads it back with {@link Scores#parse}, which also takes the
 * short form ({@code "5soft"}). Register it on any mapper that meets scores:
 * {@code JsonMapper.builder().addModule(new ScoreModule()).build()}.
 */
public final class ScoreModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public ScoreModule() {
        super("OpenRosterScore");
        addSerializer(HardMediumSoftScore.class, new ScoreSerializer());
        addDeserializer(HardMediumSoftScore.class, new ScoreDeserializer());
    }

    private static final class ScoreSerializer extends StdScalarSerializer<HardMediumSoftScore> {
        ScoreSerializer() {
            super(HardMediumSoftScore.class);
        }

        @Override
        public void serialize(HardMediumSoftScore value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(Scores.format(value));
        }
    }

    private static final class ScoreDeserializer extends StdScalarDeserializer<HardMediumSoftScore> {
        ScoreDeserializer() {
            super(HardMediumSoftScore.class);
        }

        @Override
        public HardMediumSoftScore deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (HardMediumSoftScore) ctxt.handleUnexpectedToken(HardMediumSoftScore.class, p);
            }
            String text = p.getString();
            try {
                return Scores.parse(text);
            } catch (IllegalArgumentException e) {
                throw ctxt.weirdStringException(text, HardMediumSoftScore.class, e.getMessage());
            }
        }
    }
}
