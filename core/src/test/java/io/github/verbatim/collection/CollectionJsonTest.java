package io.github.verbatim.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.verbatim.Seeds;
import io.github.verbatim.Verbatim;
import io.github.verbatim.bundle.BundleResult;
import io.github.verbatim.bundle.CollectionDocument;
import io.github.verbatim.json.VerbatimJson;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis in a bundle's collection.json: valid, complete, read back equal. */
class CollectionJsonTest {

    private final Verbatim verbatim = Verbatim.builder().serviceLoader(false).build();

    @TempDir
    Path dir;

    @Test
    void theSeedBundlesAnalysisValidatesAndReadsBackEqual() throws Exception {
        Path out = dir.resolve("bag");
        BundleResult result = verbatim.bundle(List.of(Seeds.dir()), out);
        String json = Files.readString(out.resolve("data/collection.json"));
        Schema schema;
        try (InputStream in = VerbatimJson.schema(VerbatimJson.COLLECTION_SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
        CollectionDocument read = VerbatimJson.read(json.getBytes(StandardCharsets.UTF_8), CollectionDocument.class);
        assertThat(read).isEqualTo(result.collection());
        assertThat(read.analysis()).isEqualTo(verbatim.analyze(result.articles()));
        assertThat(read.analysis().clusters()).hasSizeGreaterThan(10);
        assertThat(read.analysis().discrepancies()).hasSize(2);

        String broken = json.replaceFirst("\"variants\" : \\[ \"identical\" ]", "\"variants\" : [ \"paraphrased\" ]");
        assertThat(broken).isNotEqualTo(json);
        assertThat(schema.validate(broken, InputFormat.JSON)).isNotEmpty();
        String noAnalysis = VerbatimJson.toJson(new CollectionDocument(read.software(), read.created(), read.inputs(),
                read.articles(), read.failures(), CollectionAnalysis.empty()));
        assertThat(schema.validate(noAnalysis, InputFormat.JSON)).isEmpty();
    }
}
