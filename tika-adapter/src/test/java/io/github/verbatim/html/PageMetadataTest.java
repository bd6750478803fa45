package io.github.verbatim.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.model.Provenance;
import io.github.verbatim.read.Document;
import io.github.verbatim.read.MetadataField;
import io.github.verbatim.read.MetadataValue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class PageMetadataTest {

    private static final String BODY = "<p>" + MainTextTest.sentence(1) + "</p><p>" + MainTextTest.sentence(2) + "</p>";

    @TempDir
    Path dir;

    private Document page(String head) throws Exception {
        return Pages.read(dir, Pages.article(head, BODY));
    }

    private MetadataValue first(Document doc, MetadataField field) {
        return Pages.first(doc, field);
    }

    @Test
    void jsonLdNewsArticleWinsInAGraphWithPeopleAndTheOutlet() throws Exception {
        Document doc = page("""
                <meta property="og:title" content="OG title">
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "The Daily Example"},
                  {"@type": ["NewsArticle"], "headline": "Harbour Bridge Reopens",
                   "datePublished": "2020-10-01T08:00:00+02:00", "inLanguage": "en-GB",
                   "url": "https://news.example.org/bridge",
                   "author": [{"@type": "Person", "name": "Jane Reporter"},
                              {"@type": "Person", "name": "John Writer"},
                              {"@type": "Organization", "name": "Daily Example Staff"}],
                   "publisher": {"@type": "NewsMediaOrganization", "name": "The Daily Example"}}
                ]}
                </script>""");

        assertThat(first(doc, MetadataField.TITLE).value()).isEqualTo("Harbour Bridge Reopens");
        assertThat(first(doc, MetadataField.TITLE).provenance().method()).isEqualTo("html:json-ld:headline");
        assertThat(Pages.firstMethodValues(doc, MetadataField.AUTHOR)).containsExactly("Jane Reporter", "John Writer");
        assertThat(first(doc, MetadataField.PUBLISHED).value()).isEqualTo("2020-10-01T08:00:00+02:00");
        assertThat(first(doc, MetadataField.PUBLISHED).provenance().method()).isEqualTo("html:json-ld:datePublished");
        assertThat(first(doc, MetadataField.PUBLISHER).value()).isEqualTo("The Daily Example");
        assertThat(first(doc, MetadataField.URL).value()).isEqualTo("https://news.example.org/bridge");
    }

    @Test
    void jsonLdAuthorAsAStringAndAsAnObject() throws Exception {
        Document asString = page("""
                <script type="application/ld+json">{"@type": "Article", "headline": "A",
                  "author": "Jane Reporter and John Writer"}</script>""");
        assertThat(Pages.firstMethodValues(asString, MetadataField.AUTHOR)).containsExactly("Jane Reporter", "John Writer");

        Document asObject = Pages.read(Path.of(dir.toString()), Pages.article("""
                <script type="application/ld+json">[{"@type": "BlogPosting", "headline": "B",
                  "author": {"@type": "Person", "name": "Ada Stone"}}]</script>""", BODY));
        assertThat(Pages.firstMethodValues(asObject, MetadataField.AUTHOR)).containsExactly("Ada Stone");
    }

    @Test
    void provenanceNamesTheSourceAndHasNoPosition() throws Exception {
        Document doc = page("<meta property=\"og:title\" content=\"Bridge Reopens\">");

        Provenance p = first(doc, MetadataField.TITLE).provenance();
        assertThat(p.method()).isEqualTo("html:og:title");
        assertThat(p.position()).isNull();
        assertThat(p.quote()).isNull();
        assertThat(p.agent()).isEqualTo(SoftwareAgent.of("html"));
        assertThat(p.document()).startsWith("sha256:");
    }

    @Test
    void openGraphAndArticleMetaTags() throws Exception {
        Document doc = page("""
                <meta property="og:title" content="Bridge Reopens">
                <meta property="og:site_name" content="The Daily Example">
                <meta property="og:url" content="https://news.example.org/bridge">
                <meta property="og:locale" content="en_GB">
                <meta property="article:published_time" content="2020-10-01T08:00:00+0000">""");

        assertThat(doc.metadata()).extracting(MetadataValue::field, MetadataValue::value, v -> v.provenance().method())
                .contains(
                        tuple(MetadataField.TITLE, "Bridge Reopens", "html:og:title"),
                        tuple(MetadataField.PUBLISHER, "The Daily Example", "html:og:site_name"),
                        tuple(MetadataField.URL, "https://news.example.org/bridge", "html:og:url"),
                        tuple(MetadataField.LANGUAGE, "en-GB", "html:og:locale"),
                        tuple(MetadataField.PUBLISHED, "2020-10-01T08:00:00Z", "html:article:published_time"));
    }

    @Test
    void highwireCitationTags() throws Exception {
        Document doc = page("""
                <meta name="citation_title" content="Tidal Loads on Bridge Piers">
                <meta name="citation_author" content="Stone, Ada">
                <meta name="citation_author" content="Lovelace, Ada">
                <meta name="citation_publication_date" content="2019/11/19">
                <meta name="citation_journal_title" content="Journal of Bridges">""");

        assertThat(first(doc, MetadataField.TITLE).value()).isEqualTo("Tidal Loads on Bridge Piers");
        assertThat(Pages.firstMethodValues(doc, MetadataField.AUTHOR)).containsExactly("Ada Stone", "Ada Lovelace");
        assertThat(first(doc, MetadataField.PUBLISHED).value()).isEqualTo("2019-11-19");
        assertThat(first(doc, MetadataField.PUBLISHED).provenance().method()).isEqualTo("html:citation_publication_date");
        assertThat(first(doc, MetadataField.PUBLISHER).value()).isEqualTo("Journal of Bridges");
    }

    @Test
    void dublinCoreTags() throws Exception {
        Document doc = page("""
                <meta name="DC.title" content="Bridge Reopens">
                <meta name="DC.creator" content="Jane Reporter">
                <meta name="DC.date" content="2020-10-01">
                <meta name="DC.publisher" content="The Daily Example">
                <meta name="DC.language" content="fr">""");

        assertThat(doc.metadata()).extracting(MetadataValue::field, MetadataValue::value, v -> v.provenance().method())
                .contains(
                        tuple(MetadataField.TITLE, "Bridge Reopens", "html:dc.title"),
                        tuple(MetadataField.AUTHOR, "Jane Reporter", "html:dc.creator"),
                        tuple(MetadataField.PUBLISHED, "2020-10-01", "html:dc.date"),
                        tuple(MetadataField.PUBLISHER, "The Daily Example", "html:dc.publisher"),
                        tuple(MetadataField.LANGUAGE, "fr", "html:dc.language"));
    }

    @Test
    void timeElementBylineCanonicalAndLangWhenNothingElseIs() throws Exception {
        Document doc = Pages.read(dir, """
                <html lang="de-AT"><head><title>Brücke wieder offen | Beispielzeitung</title>
                <meta property="og:site_name" content="Beispielzeitung">
                <link rel="canonical" href="https://zeitung.example.at/2020/10/01/bruecke"></head>
                <body><article><h1>Brücke wieder offen</h1>
                <p class="byline">Von Anna Muster und Karl Beispiel</p>
                <time datetime="2020-10-01T09:30:00+02:00" pubdate>1. Oktober 2020</time>
                <p>%s</p><p>%s</p></article></body></html>""".formatted(MainTextTest.sentence(1), MainTextTest.sentence(2)));

        assertThat(first(doc, MetadataField.TITLE)).extracting(MetadataValue::value, v -> v.provenance().method())
                .containsExactly("Brücke wieder offen", "html:h1");
        assertThat(Pages.firstMethodValues(doc, MetadataField.AUTHOR)).containsExactly("Anna Muster", "Karl Beispiel");
        assertThat(first(doc, MetadataField.AUTHOR).provenance().method()).isEqualTo("html:byline");
        assertThat(first(doc, MetadataField.PUBLISHED)).extracting(MetadataValue::value, v -> v.provenance().method())
                .containsExactly("2020-10-01T09:30:00+02:00", "html:time");
        assertThat(first(doc, MetadataField.URL)).extracting(MetadataValue::value, v -> v.provenance().method())
                .containsExactly("https://zeitung.example.at/2020/10/01/bruecke", "html:canonical");
        assertThat(first(doc, MetadataField.LANGUAGE)).extracting(MetadataValue::value, v -> v.provenance().method())
                .containsExactly("de-AT", "html:lang");
        assertThat(doc.metadata()).extracting(MetadataValue::value, v -> v.provenance().method())
                .contains(tuple("Brücke wieder offen", "html:title"), tuple("2020-10-01", "html:url-date"));
    }

    @Test
    void aDateInTheUrlIsTheLastResort() throws Exception {
        Document doc = page("<link rel=\"canonical\" href=\"https://news.example.org/2019-11-19/bridge.html\">");

        assertThat(first(doc, MetadataField.PUBLISHED)).extracting(MetadataValue::value, v -> v.provenance().method())
                .containsExactly("2019-11-19", "html:url-date");
    }

    @Test
    void theOutletAndOneWordFragmentsAreNeverAuthors() throws Exception {
        Document doc = page("""
                <meta property="og:site_name" content="The Daily Example">
                <meta name="author" content="The Daily Example">
                <meta name="parsely-author" content="Admin">
                <meta property="article:author" content="https://www.facebook.com/dailyexample">
                <meta name="sailthru.author" content="Written by Jane Reporter">""");

        assertThat(doc.metadata()).filteredOn(v -> v.field() == MetadataField.AUTHOR)
                .extracting(MetadataValue::value).containsOnly("Jane Reporter");
    }

    @Test
    void aTitleLosesTheOutletsName() throws Exception {
        Document doc = page("""
                <meta property="og:site_name" content="The Daily Example">
                <meta property="og:title" content="Harbour Bridge Reopens - The Daily Example">""");

        assertThat(first(doc, MetadataField.TITLE).value()).isEqualTo("Harbour Bridge Reopens");
    }

    @Test
    void unusableValuesAreWarnings() throws Exception {
        Document doc = page("""
                <meta property="article:published_time" content="yesterday">
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>""");

        assertThat(doc.report().warnings()).anyMatch(w -> w.startsWith("article:published_time is not a date, ignored:"))
                .anyMatch(w -> w.startsWith("a JSON-LD script is not valid JSON, ignored:"));
        assertThat(first(doc, MetadataField.PUBLISHED)).isNull();
    }
}
