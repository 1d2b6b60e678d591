package io.papergraph.extractor.terms;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.papergraph.extractor.terms.PaperTerms.Candidate;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON of a {@link Candidate}: a positional array {@code [key, count, standalone, inTitle, first, forms]},
 * because a year of papers stores some ten million candidates (in {@code paper-terms.jsonl} and on every
 * paper) and field names were most of their bytes. {@code inTitle} is 1 or 0; {@code forms} is left out
 * when the only form is the key itself, written as a string when there is one form, and as an object of
 * form → count otherwise. The object form of earlier versions ({@code {"key": ..., "count": ...}}) is
 * still read.
 */
final class CandidateJson {

    private CandidateJson() {
    }

    static final class Writer extends JsonSerializer<Candidate> {

        @Override
        public void serialize(Candidate c, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartArray();
            out.writeString(c.key());
            out.writeNumber(c.count());
            out.writeNumber(c.standalone());
            out.writeNumber(c.inTitle() ? 1 : 0);
            out.writeNumber(c.first());
            var forms = c.forms();
            if (forms.size() == 1 && forms.values().iterator().next() == c.count()) {
                var form = forms.keySet().iterator().next();
                if (!form.equals(c.key())) {
                    out.writeString(form);
                }
            } else {
                out.writeStartObject();
                for (var e : forms.entrySet()) {
                    out.writeNumberField(e.getKey(), e.getValue());
                }
                out.writeEndObject();
            }
            out.writeEndArray();
        }
    }

    static final class Reader extends JsonDeserializer<Candidate> {

        @Override
        public Candidate deserialize(JsonParser in, DeserializationContext context) throws IOException {
            if (in.currentToken() == JsonToken.START_OBJECT) {
                return fromObject(in, context);
            }
            if (in.currentToken() != JsonToken.START_ARRAY) {
                return (Candidate) context.handleUnexpectedToken(Candidate.class, in);
            }
            String key = nextString(in, context, "key");
            int count = nextInt(in, context, "count");
            int standalone = nextInt(in, context, "standalone");
            boolean inTitle = nextInt(in, context, "inTitle") != 0;
            int first = nextInt(in, context, "first");
            Map<String, Integer> forms;
            JsonToken token = in.nextToken();
            if (token == JsonToken.END_ARRAY) {
                return new Candidate(key, count, standalone, inTitle, first, Map.of(key, count));
            } else if (token == JsonToken.VALUE_STRING) {
                forms = Map.of(in.getText(), count);
            } else if (token == JsonToken.START_OBJECT) {
                forms = readForms(in, context);
            } else {
                throw context.wrongTokenException(in, Candidate.class, JsonToken.START_OBJECT,
                        "a candidate's forms: a string or an object of form to count");
            }
            if (in.nextToken() != JsonToken.END_ARRAY) {
                throw context.wrongTokenException(in, Candidate.class, JsonToken.END_ARRAY,
                        "a candidate has at most six values");
            }
            return new Candidate(key, count, standalone, inTitle, first, forms);
        }

        private Candidate fromObject(JsonParser in, DeserializationContext context) throws IOException {
            String key = null;
            int count = 0;
            int standalone = 0;
            boolean inTitle = false;
            int first = 0;
            Map<String, Integer> forms = Map.of();
            for (JsonToken token = in.nextToken(); token == JsonToken.FIELD_NAME; token = in.nextToken()) {
                String field = in.currentName();
                in.nextToken();
                switch (field) {
                    case "key" -> key = in.getValueAsString();
                    case "count" -> count = in.getIntValue();
                    case "standalone" -> standalone = in.getIntValue();
                    case "inTitle" -> inTitle = in.getBooleanValue();
                    case "first" -> first = in.getIntValue();
                    case "forms" -> forms = readForms(in, context);
                    default -> context.handleUnknownProperty(in, this, Candidate.class, field);
                }
            }
            if (key == null) {
                return (Candidate) context.reportInputMismatch(Candidate.class, "a candidate without a key");
            }
            return new Candidate(key, count, standalone, inTitle, first, forms);
        }

        private static Map<String, Integer> readForms(JsonParser in, DeserializationContext context) throws IOException {
            var forms = new LinkedHashMap<String, Integer>();
            for (JsonToken token = in.nextToken(); token == JsonToken.FIELD_NAME; token = in.nextToken()) {
                String form = in.currentName();
                if (in.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                    throw context.wrongTokenException(in, Candidate.class, JsonToken.VALUE_NUMBER_INT,
                            "the count of form \"" + form + "\"");
                }
                forms.put(form, in.getIntValue());
            }
            return forms;
        }

        private static String nextString(JsonParser in, DeserializationContext context, String what) throws IOException {
            if (in.nextToken() != JsonToken.VALUE_STRING) {
                throw context.wrongTokenException(in, Candidate.class, JsonToken.VALUE_STRING, "a candidate's " + what);
            }
            return in.getText();
        }

        private static int nextInt(JsonParser in, DeserializationContext context, String what) throws IOException {
            if (in.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                throw context.wrongTokenException(in, Candidate.class, JsonToken.VALUE_NUMBER_INT, "a candidate's " + what);
            }
            return in.getIntValue();
        }
    }
}
