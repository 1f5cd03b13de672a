package vn.lienlac.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Request JSON is read strictly: a key given twice in one object is an error (which value would win is a guess, and
 * two parsers may guess differently), and a string may not contain U+0000 (PostgreSQL cannot store it in text or
 * jsonb; the request would otherwise fail with a 500 deep inside). Both answer 400 problem JSON (ProblemMappers).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("lienlac-strict-strings")
                .addDeserializer(String.class, new NoNulStrings()));
    }

    /** True for a string that holds U+0000. */
    public static boolean hasNul(Object value) {
        return value instanceof String text && text.indexOf('\0') >= 0;
    }

    /**
     * Jackson's own string reading, then a check. Also used for untyped values ({@code Map<String, Object>}, e.g. a
     * report's figures), which Jackson reads through the String deserializer once a custom one is registered.
     */
    static final class NoNulStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (hasNul(value)) {
                throw ctxt.weirdStringException(value, String.class, "contains U+0000 (NUL)");
            }
            return value;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
