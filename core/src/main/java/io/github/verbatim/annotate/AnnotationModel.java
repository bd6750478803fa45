package io.github.verbatim.annotate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The parts of the Web Annotation data model that Verbatim writes, as JSON records. */
final class AnnotationModel {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    private AnnotationModel() {
    }

    /** An {@code AnnotationCollection} holding every annotation in its first and only page. */
    record Collection(@JsonProperty("@context") String context, String id, String type, String label, int total,
            @Nullable Agent creator, @Nullable String created, Page first) {
    }

    /** An {@code AnnotationPage}. */
    record Page(String type, int startIndex, List<Annotation> items) {
    }

    /** One {@code Annotation}. */
    record Annotation(String id, String type, String motivation, @Nullable String created, List<Body> body,
            Target target) {
    }

    /** The software that made the annotations. */
    record Agent(String id, String type, String name) {
    }

    /** A body: text with a purpose, or a linked resource. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Body(@Nullable String id, @Nullable String type, String purpose, @Nullable String value) {

        static Body text(String purpose, String value) {
            return new Body(null, "TextualBody", purpose, value);
        }

        static Body link(String id) {
            return new Body(id, null, "linking", null);
        }
    }

    /** The target: a segment of an archived original, chosen by equivalent selectors. */
    record Target(String type, Source source, List<Object> selector) {
    }

    /** The archived original. */
    record Source(String id, @Nullable String type, String format) {
    }

    /** A {@code TextPositionSelector}: code points {@code [start, end)}. */
    record PositionSelector(String type, int start, int end) {
    }

    /** A {@code TextQuoteSelector}: the exact words with context either side. */
    record QuoteSelector(String type, String exact, String prefix, String suffix) {
    }
}
