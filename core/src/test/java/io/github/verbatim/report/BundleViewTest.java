package io.github.verbatim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.verbatim.Seeds;
import io.github.verbatim.Verbatim;
import io.github.verbatim.bundle.BundleResult;
import io.github.verbatim.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a bundle's articles and collection from a folder or a zip, and clusters in the shapes they may take. */
class BundleViewTest {

    private final Verbatim verbatim = Verbatim.builder().serviceLoader(false).build();

    @TempDir
    Path dir;

    @Test
    void readsAFolderAndAZipAlikeInBundleOrder() throws IOException {
        BundleResult folder = verbatim.bundle(List.of(Seeds.dir()), dir.resolve("bag"));
        verbatim.bundle(List.of(Seeds.dir()), dir.resolve("bag.zip"));

        BundleView fromFolder = BundleView.read(dir.resolve("bag"));
        BundleView fromZip = BundleView.read(dir.resolve("bag.zip"));

        assertThat(fromFolder.articles()).isEqualTo(folder.articles());
        assertThat(fromZip.articles()).extracting(Article::id).isEqualTo(folder.articles().stream().map(Article::id).toList());
        assertThat(fromFolder.created()).isEqualTo(folder.collection().created());
        assertThat(fromZip.clusters()).isEqualTo(fromFolder.clusters());
        assertThat(fromFolder.failures()).isEmpty();
    }

    @Test
    void refusesWhatIsNoBundle() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("notes.txt"), "hello");

        assertThatThrownBy(() -> BundleView.read(dir.resolve("empty"))).hasMessageContaining("is not a Verbatim bundle");
        assertThatThrownBy(() -> BundleView.read(dir.resolve("notes.txt"))).hasMessageContaining("neither a bundle folder nor a .zip");
        assertThatThrownBy(() -> BundleView.read(dir.resolve("missing"))).isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void clusterMembersMayGiveTheirSpanAsPositionOrProvenanceAndUnknownShapesAreLeftOut() throws Exception {
        Article article = verbatim.extract(Seeds.seed("004"));
        var quote = article.quotes().get(2);
        int start = quote.provenance().position().start();
        int end = quote.provenance().position().end();
        String json = """
                {"created": "2026-11-21T10:15:30Z", "software": "Verbatim test",
                 "clusters": [
                   {"members": [{"article": "%1$s", "position": {"start": %2$d, "end": %3$d}},
                                {"article": "%1$s", "provenance": {"position": {"start": %2$d, "end": %3$d}}},
                                {"article": "%1$s"}, {"start": 1, "end": 2}]},
                   {"id": "empty", "members": []}],
                 "failures": [{"location": "x.pdf", "stage": "read", "reason": "encrypted"}]}
                """.formatted(article.id(), start, end);

        BundleView view = BundleView.of(List.of(article), json.getBytes(StandardCharsets.UTF_8));

        assertThat(view.created()).isEqualTo(Instant.parse("2026-11-21T10:15:30Z"));
        assertThat(view.clusters()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("cluster-1");
            assertThat(c.members()).hasSize(2).allSatisfy(m -> assertThat(m.quote()).isEqualTo(quote));
            assertThat(c.text()).isEqualTo(quote.text());
            assertThat(c.speaker()).isEqualTo(quote.speaker() == null ? null : quote.speaker().name());
        });
        assertThat(view.failures()).containsExactly(new FailedInput("x.pdf", "read", "encrypted", null));
        assertThatThrownBy(() -> BundleView.of(List.of(article), "[1]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
    }
}
