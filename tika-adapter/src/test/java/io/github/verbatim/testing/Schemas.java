package io.github.verbatim.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.verbatim.json.VerbatimJson;
import io.github.verbatim.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Checks a bundle's JSON documents against the schemas Verbatim ships. */
public final class Schemas {

    private Schemas() {
    }

    /** Asserts that the bag's collection and every article validate and read back to the same bytes. */
    public static void assertValid(Path bag) throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema article;
        Schema collection;
        try (InputStream a = VerbatimJson.schema(VerbatimJson.ARTICLE_SCHEMA);
                InputStream c = VerbatimJson.schema(VerbatimJson.COLLECTION_SCHEMA)) {
            article = registry.getSchema(a);
            collection = registry.getSchema(c);
        }
        assertThat(collection.validate(Files.readString(bag.resolve("data/collection.json")), InputFormat.JSON))
                .as("collection.json").isEmpty();
        try (Stream<Path> documents = Files.list(bag.resolve("data/articles"))) {
            for (Path document : documents.toList()) {
                String json = Files.readString(document);
                assertThat(article.validate(json, InputFormat.JSON)).as(document.toString()).isEmpty();
                assertThat(VerbatimJson.toJson(VerbatimJson.read(Files.readAllBytes(document), Article.class)) + "\n")
                        .isEqualTo(json);
            }
        }
    }
}
