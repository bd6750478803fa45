package io.github.verbatim.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.verbatim.read.MetadataField;
import io.github.verbatim.read.MetadataValue;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

class TikaMetadataTest {

    private static final String ID = "sha256:" + "ab".repeat(32);

    private final List<String> warnings = new ArrayList<>();

    @Test
    void modifiedDateIsALastResortWithLowerConfidence() {
        Metadata metadata = new Metadata();
        metadata.set("dcterms:modified", "2021-06-07T08:09:10Z");

        List<MetadataValue> values = TikaMetadata.of(metadata, null, ID, "application/pdf", warnings);

        assertThat(values).extracting(MetadataValue::field, MetadataValue::value, v -> v.provenance().method(),
                v -> v.provenance().confidence())
                .containsExactly(tuple(MetadataField.PUBLISHED, "2021-06-07T08:09:10Z", "tika:dcterms:modified", 0.6));
        assertThat(warnings).isEmpty();
    }

    @Test
    void datesBecomeIsoDatesOrDateTimesWithOffset() {
        assertThat(TikaMetadata.isoDate("2020-10-01T08:00:00Z", false)).isEqualTo("2020-10-01T08:00:00Z");
        assertThat(TikaMetadata.isoDate("2020-10-01T08:00Z", false)).isEqualTo("2020-10-01T08:00:00Z");
        assertThat(TikaMetadata.isoDate("2020-10-01T08:00:00.250-04:00", false))
                .isEqualTo("2020-10-01T08:00:00.25-04:00");
        // No offset: which instant is unknown, so the date only.
        assertThat(TikaMetadata.isoDate("2020-10-01T23:30:00", false)).isEqualTo("2020-10-01");
        assertThat(TikaMetadata.isoDate("2020-10-01", false)).isEqualTo("2020-10-01");
        assertThat(TikaMetadata.isoDate("1 October 2020", false)).isNull();
        assertThat(TikaMetadata.isoDate("2020-13-45", false)).isNull();
    }

    @Test
    void unusableValuesAreWarningsNotValues() {
        Metadata metadata = new Metadata();
        metadata.set("dcterms:created", "last Tuesday");
        metadata.set("og:url", "javascript:alert(1)");
        metadata.set("dc:identifier", "urn:isbn:9780000000000");
        metadata.set("dc:language", "??");

        assertThat(TikaMetadata.of(metadata, null, ID, "text/html", warnings)).isEmpty();
        assertThat(warnings).containsExactly(
                "dcterms:created is not an ISO 8601 date, ignored: \"last Tuesday\"",
                "og:url is not an absolute http(s) URL, ignored: \"javascript:alert(1)\"",
                "dc:language is not a BCP 47 language tag, ignored: \"??\"");
    }

    @Test
    void valuesAreCleanedAndLanguageTagsNormalized() {
        Metadata metadata = new Metadata();
        metadata.set("dc:title", "  Bridge\n\tVote   Delayed ");
        metadata.set("dc:creator", "Ada Lovelace");
        metadata.add("dc:creator", "Charles Babbage");
        metadata.add("dc:creator", "   ");
        metadata.set("dc:language", "en_US, fr");
        metadata.set("dc:identifier", "https://example.org/doc/1");

        List<MetadataValue> values = TikaMetadata.of(metadata, null, ID, "application/pdf", warnings);

        assertThat(values).extracting(MetadataValue::field, MetadataValue::value, v -> v.provenance().method())
                .containsExactly(
                        tuple(MetadataField.TITLE, "Bridge Vote Delayed", "tika:dc:title"),
                        tuple(MetadataField.AUTHOR, "Ada Lovelace", "tika:dc:creator"),
                        tuple(MetadataField.AUTHOR, "Charles Babbage", "tika:dc:creator"),
                        tuple(MetadataField.URL, "https://example.org/doc/1", "tika:dc:identifier"),
                        tuple(MetadataField.LANGUAGE, "en-US", "tika:dc:language"));
        assertThat(values).allSatisfy(v -> {
            assertThat(v.provenance().document()).isEqualTo(ID);
            assertThat(v.provenance().position()).isNull();
            assertThat(v.provenance().quote()).isNull();
            assertThat(v.provenance().page()).isNull();
        });
    }
}
