package io.github.verbatim.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Writes and reads Verbatim's JSON documents: absent values are left out, times are ISO 8601
 * strings, map keys are sorted, and output is indented, so the same data always gives the same
 * bytes.
 *
 * <p>The schemas of the documents are resources beside this class: {@value #ARTICLE_SCHEMA} and
 * {@value #COLLECTION_SCHEMA}.
 */
public final class VerbatimJson {

    /** Resource name of the JSON Schema of an article document, relative to this class. */
    public static final String ARTICLE_SCHEMA = "article.schema.json";
    /** Resource name of the JSON Schema of a bundle's {@code collection.json}, relative to this class. */
    public static final String COLLECTION_SCHEMA = "collection.schema.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    // An article's text is as long as its document: whatever Verbatim writes, it reads
                    // back (Jackson refuses strings over 20 million characters by default).
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                    .build())
            .addModule(new JavaTimeModule())
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // Emoji and other supplementary characters as UTF-8, not as escaped surrogate pairs.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private VerbatimJson() {
    }

    /**
     * Returns the value as indented JSON, UTF-8 encoded, ending with a newline.
     *
     * @param value a model record or document
     * @return the bytes
     */
    public static byte[] toBytes(Object value) {
        try {
            byte[] json = MAPPER.writeValueAsBytes(value);
            byte[] out = new byte[json.length + 1];
            System.arraycopy(json, 0, out, 0, json.length);
            out[json.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Returns the value as indented JSON text. */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Reads a document.
     *
     * @param json the JSON bytes
     * @param type the record type to read
     * @param <T> the type
     * @return the value
     * @throws IOException if the JSON is malformed or does not fit the type
     */
    public static <T> T read(byte[] json, Class<T> type) throws IOException {
        return MAPPER.readValue(json, type);
    }

    /**
     * Opens one of the shipped schemas.
     *
     * @param name {@link #ARTICLE_SCHEMA} or {@link #COLLECTION_SCHEMA}
     * @return the schema's bytes
     */
    public static InputStream schema(String name) {
        InputStream in = VerbatimJson.class.getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("no schema resource " + name));
        }
        return in;
    }
}
