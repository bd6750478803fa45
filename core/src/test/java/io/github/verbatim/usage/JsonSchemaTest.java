package io.github.verbatim.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.verbatim.Seeds;
import io.github.verbatim.Verbatim;
import io.github.verbatim.bundle.BundleResult;
import io.github.verbatim.bundle.CollectionDocument;
import io.github.verbatim.json.VerbatimJson;
import io.github.verbatim.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Verbatim writes validates against the schemas it ships, and reads back equal. */
class JsonSchemaTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final Verbatim verbatim = Verbatim.builder().serviceLoader(false).build();

    @TempDir
    Path dir;

    @Test
    void everyArticleOfTheSeedBundleValidatesAndReadsBackEqual() throws IOException {
        Path out = dir.resolve("bag");
        BundleResult result = verbatim.bundle(List.of(Seeds.dir()), out);
        Schema schema = schema(VerbatimJson.ARTICLE_SCHEMA);
        List<Path> documents;
        try (Stream<Path> files = Files.list(out.resolve("data/articles"))) {
            documents = files.sorted().toList();
        }
        assertThat(documents).hasSize(5);
        for (Path document : documents) {
            String json = Files.readString(document);
            assertThat(schema.validate(json, InputFormat.JSON)).as(document.toString()).isEmpty();
            Article read = VerbatimJson.read(json.getBytes(StandardCharsets.UTF_8), Article.class);
            assertThat(result.articles()).contains(read);
            assertThat(VerbatimJson.toJson(read) + "\n").isEqualTo(json);
        }
    }

    @Test
    void collectionWithFailuresValidatesAndReadsBackEqual() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Seeds.seed("003"), in.resolve("good.txt"));
        Files.copy(Seeds.seed("003"), in.resolve("same-bytes.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Path out = dir.resolve("bag");
        BundleResult result = verbatim.bundle(List.of(in, dir.resolve("missing.txt"), in.resolve("good.txt")), out);
        assertThat(result.failures()).hasSize(2);

        String json = Files.readString(out.resolve("data/collection.json"));
        assertThat(schema(VerbatimJson.COLLECTION_SCHEMA).validate(json, InputFormat.JSON)).isEmpty();
        CollectionDocument read = VerbatimJson.read(json.getBytes(StandardCharsets.UTF_8), CollectionDocument.class);
        assertThat(read).isEqualTo(result.collection());
    }

    @Test
    void theSchemaRejectsWhatIsNotAnArticle() throws Exception {
        Schema schema = schema(VerbatimJson.ARTICLE_SCHEMA);
        Article article = verbatim.extract(Seeds.seed("003"));
        String valid = VerbatimJson.toJson(article);
        assertThat(schema.validate(valid, InputFormat.JSON)).isEmpty();

        List<Error> badId = schema.validate(valid.replace(article.id(), "md5:abc"), InputFormat.JSON);
        assertThat(badId).extracting(Error::getInstanceLocation).extracting(Object::toString).contains("/id");
        List<Error> extra = schema.validate(valid.replaceFirst("\\{", "{\"surprise\": 1,"), InputFormat.JSON);
        assertThat(extra).isNotEmpty();
        List<Error> badConfidence = schema.validate(valid.replace("\"confidence\" : 0.95", "\"confidence\" : 1.5"),
                InputFormat.JSON);
        assertThat(badConfidence).isNotEmpty();
    }

    private static Schema schema(String name) throws IOException {
        try (InputStream in = VerbatimJson.schema(name)) {
            return REGISTRY.getSchema(in);
        }
    }
}
