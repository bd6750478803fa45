package io.github.verbatim.tika;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.verbatim.Verbatim;
import io.github.verbatim.bundle.BundleResult;
import io.github.verbatim.json.VerbatimJson;
import io.github.verbatim.model.Article;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Articles read by Tika, bundled, validate against the core's article schema and read back equal. */
@Timeout(60)
class BundledFormatsSchemaTest {

    @TempDir
    Path dir;

    @Test
    void pdfDocxEmailHtmlAndEpubArticlesValidate() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Fixtures.pdf(in, "a.pdf");
        Fixtures.docx(in, "b.docx");
        Fixtures.text(in, "c.eml", Fixtures.EML);
        Fixtures.text(in, "d.html", "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Harbour news</title>"
                + "<link rel=\"canonical\" href=\"https://example.org/harbour\"></head>"
                + "<body><h1>Harbour news</h1><p>The harbour reopened on Monday.</p><p>Boats returned.</p></body></html>");
        Fixtures.epub(in, "e.epub");
        Path out = dir.resolve("bag");

        BundleResult result = Verbatim.create().bundle(List.of(in), out);

        assertThat(result.failures()).isEmpty();
        // HTML is read by the HTML reader, everything else by Tika.
        assertThat(result.articles()).extracting(a -> a.reader().name()).containsOnly("tika", "html").hasSize(5);
        Schema schema;
        try (InputStream s = VerbatimJson.schema(VerbatimJson.ARTICLE_SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(s);
        }
        for (Article article : result.articles()) {
            Path document = out.resolve("data/articles/" + article.capture().sha256() + ".json");
            String json = Files.readString(document);
            assertThat(schema.validate(json, InputFormat.JSON)).as(article.capture().mediaType()).isEmpty();
            assertThat(VerbatimJson.read(json.getBytes(StandardCharsets.UTF_8), Article.class)).isEqualTo(article);
        }
        assertThat(Verbatim.create().verify(out).valid()).isTrue();
    }
}
