package io.github.verbatim.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.model.Provenance;
import io.github.verbatim.read.MetadataField;
import io.github.verbatim.read.MetadataValue;
import io.github.verbatim.text.TextNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's metadata in the order the best extractors trust its sources, each value's
 * provenance naming the source that gave it ({@code html:json-ld:datePublished},
 * {@code html:og:title}) with no position in the text.
 *
 * <table>
 * <caption>Sources of each field, most trusted first</caption>
 * <tr><th>Field</th><th>Sources</th></tr>
 * <tr><td>title</td><td>JSON-LD {@code headline}; {@code og:title}; {@code citation_title};
 *     {@code DC.title}; {@code twitter:title}; the page's one {@code <h1>}; {@code <title>} less the
 *     outlet's name</td></tr>
 * <tr><td>authors</td><td>JSON-LD {@code author} (object, array or string; people, not
 *     organizations); {@code citation_author} ({@code Last, First} turned round);
 *     {@code DC.creator}; {@code <meta name="author">}; {@code article:author}, {@code parsely-author},
 *     {@code sailthru.author}; microdata {@code itemprop=author}; the byline ({@code rel=author},
 *     a {@code byline} or {@code author} class) — each a person's name, never the outlet's
 *     (see {@link Names})</td></tr>
 * <tr><td>published</td><td>JSON-LD {@code datePublished}; {@code article:published_time};
 *     {@code citation_publication_date}, {@code citation_date}, {@code citation_online_date};
 *     {@code DC.date}, {@code dcterms.created}, {@code dcterms.issued}; microdata
 *     {@code datePublished}; {@code pubdate}, {@code publishdate}, {@code date},
 *     {@code parsely-pub-date}, {@code sailthru.date}; a {@code <time datetime>} (one marked
 *     {@code pubdate} or {@code datePublished} first); a date in the URL's path</td></tr>
 * <tr><td>publisher</td><td>JSON-LD {@code publisher}; {@code og:site_name};
 *     {@code citation_publisher}, {@code citation_journal_title}; {@code DC.publisher}</td></tr>
 * <tr><td>url</td><td>{@code <link rel="canonical">}; {@code og:url}; JSON-LD {@code url},
 *     {@code mainEntityOfPage}; {@code citation_public_url}, {@code citation_abstract_html_url};
 *     an http(s) {@code DC.identifier} — absolute http(s) URLs only</td></tr>
 * <tr><td>language</td><td>{@code <html lang>}; JSON-LD {@code inLanguage};
 *     {@code Content-Language}; {@code citation_language}, {@code DC.language};
 *     {@code og:locale} — as BCP 47 tags</td></tr>
 * </table>
 *
 * <p>A value that is present but unusable (a date that is no date, a relative canonical link with
 * no base) is reported as a warning. The JSON-LD article's {@code articleBody}, where given, is
 * kept as a hint for finding the body in the page.
 */
final class PageMetadata {

    private static final String AGENT = SoftwareAgent.of(HtmlReader.NAME);
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\p{Cntrl}]+");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+");
    private static final int MAX_QUOTED = 80;

    private final Document page;
    private final MetadataElements elements;
    private final String documentId;
    private final List<String> warnings;
    private final List<MetadataValue> values = new ArrayList<>();
    /** Each {@code <meta>} content by lower-case name, property or itemprop, in page order. */
    private final Map<String, List<String>> metas = new LinkedHashMap<>();
    private final Set<String> outlets = new LinkedHashSet<>();
    private @Nullable ObjectNode article;
    private @Nullable String articleBody;

    private PageMetadata(Document page, String documentId, List<String> warnings) {
        this.page = page;
        this.elements = MetadataElements.of(page);
        this.documentId = documentId;
        this.warnings = warnings;
    }

    /**
     * Reads the page's metadata.
     *
     * @param page the parsed page
     * @param documentId the document's id, {@code sha256:<hex>}
     * @param warnings receives a sentence for each value present but unusable
     * @return the metadata
     */
    static PageMetadata read(Document page, String documentId, List<String> warnings) {
        PageMetadata m = new PageMetadata(page, documentId, warnings);
        m.indexMetas();
        m.findArticle(JsonLd.objects(m.elements.jsonLd, warnings));
        m.publishers();
        m.urls();
        m.titles();
        m.authors();
        m.dates();
        m.languages();
        return m;
    }

    /** Returns the candidate values, most trusted first for each field. */
    List<MetadataValue> values() {
        return List.copyOf(values);
    }

    /** Returns the most trusted title, or null. */
    @Nullable String title() {
        return first(MetadataField.TITLE);
    }

    /** Returns the most trusted canonical URL, or null. */
    @Nullable String url() {
        return first(MetadataField.URL);
    }

    /** Returns the body text the page's JSON-LD article gives, or null. */
    @Nullable String articleBody() {
        return articleBody;
    }

    private @Nullable String first(MetadataField field) {
        for (MetadataValue value : values) {
            if (value.field() == field) {
                return value.value();
            }
        }
        return null;
    }

    private void indexMetas() {
        for (Element meta : elements.metas) {
            String key = meta.hasAttr("property") ? meta.attr("property")
                    : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
            if (key.isBlank()) {
                continue;
            }
            String content = meta.hasAttr("content") ? meta.attr("content") : meta.attr("value");
            metas.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content);
        }
    }

    /** Chooses the JSON-LD object that describes the page's article: the one giving most of headline, body and date. */
    private void findArticle(List<ObjectNode> objects) {
        int best = -1;
        for (ObjectNode object : objects) {
            if (!JsonLd.isArticle(object)) {
                continue;
            }
            int score = (object.hasNonNull("headline") ? 2 : 0) + (object.hasNonNull("articleBody") ? 2 : 0)
                    + (object.hasNonNull("datePublished") ? 1 : 0);
            if (score > best) {
                best = score;
                article = object;
            }
        }
        if (article != null) {
            String body = JsonLd.text(article.get("articleBody"));
            articleBody = body.isBlank() ? null : body;
        }
    }

    private void publishers() {
        if (article != null) {
            JsonNode publisher = article.get("publisher");
            for (JsonNode p : publisher != null && publisher.isArray() ? publisher : listOf(publisher)) {
                String name = p == null ? "" : p.isObject() ? JsonLd.text(p.get("name")) : JsonLd.text(p);
                add(MetadataField.PUBLISHER, clean(name), "json-ld:publisher", 0.95);
            }
        }
        meta(MetadataField.PUBLISHER, "og:site_name", 0.9);
        meta(MetadataField.PUBLISHER, "citation_publisher", 0.85);
        meta(MetadataField.PUBLISHER, "citation_journal_title", 0.85);
        meta(MetadataField.PUBLISHER, "dc.publisher", 0.85);
        for (MetadataValue value : values) {
            if (value.field() == MetadataField.PUBLISHER) {
                outlets.add(value.value());
            }
        }
    }

    private void urls() {
        Element link = elements.canonical;
        if (link != null) {
            String href = link.absUrl("href");
            url(href.isEmpty() ? link.attr("href") : href, "canonical", 0.95);
        }
        for (String raw : metas.getOrDefault("og:url", List.of())) {
            url(raw, "og:url", 0.9);
        }
        if (article != null) {
            url(JsonLd.text(article.get("url")), "json-ld:url", 0.85);
            JsonNode main = article.get("mainEntityOfPage");
            url(main != null && main.isObject() ? JsonLd.text(main.get("@id")) : JsonLd.text(main),
                    "json-ld:mainEntityOfPage", 0.85);
        }
        for (String key : List.of("citation_public_url", "citation_abstract_html_url")) {
            for (String raw : metas.getOrDefault(key, List.of())) {
                url(raw, key, 0.85);
            }
        }
        for (String raw : metas.getOrDefault("dc.identifier", List.of())) {
            if (raw.strip().startsWith("http")) {
                url(raw, "dc.identifier", 0.7);
            }
        }
        String url = url();
        if (url != null) {
            String host = URI.create(url).getHost();
            if (host != null) {
                String site = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                outlets.add(site);
                int dot = site.indexOf('.');
                outlets.add(dot > 0 ? site.substring(0, dot) : site);
            }
        }
    }

    private void url(String raw, String source, double confidence) {
        String value = raw.strip();
        if (value.isEmpty()) {
            return;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                add(MetadataField.URL, value, source, confidence);
                return;
            }
        } catch (URISyntaxException e) {
            // Reported below.
        }
        warnings.add(source + " is not an absolute http(s) URL, ignored: " + quoted(value));
    }

    private void titles() {
        if (article != null) {
            add(MetadataField.TITLE, clean(JsonLd.text(article.get("headline"))), "json-ld:headline", 0.95);
        }
        for (String key : List.of("og:title", "citation_title", "dc.title", "dcterms.title", "twitter:title")) {
            for (String raw : metas.getOrDefault(key, List.of())) {
                add(MetadataField.TITLE, withoutOutlet(clean(raw)), key, key.startsWith("d") || key.startsWith("t")
                        ? 0.85 : 0.9);
            }
        }
        if (elements.headings.size() == 1) {
            add(MetadataField.TITLE, clean(elements.headings.get(0).text()), "h1", 0.8);
        }
        Element title = elements.title;
        if (title != null) {
            add(MetadataField.TITLE, withoutOutlet(clean(title.text())), "title", 0.8);
        }
    }

    /** Returns a {@code <title>} without the outlet's name before or after a separator. */
    private String withoutOutlet(String title) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            String key = ContentSelector.key(part);
            boolean outlet = false;
            for (String name : outlets) {
                outlet |= key.equals(ContentSelector.key(name));
            }
            if (!outlet) {
                kept.add(part);
            }
        }
        if (kept.size() == parts.length || kept.isEmpty()) {
            return title;
        }
        // The title without the outlet's part, as written between the remaining parts.
        int start = title.indexOf(kept.get(0));
        String lastPart = kept.get(kept.size() - 1);
        int end = title.lastIndexOf(lastPart) + lastPart.length();
        return start >= 0 && end > start ? title.substring(start, end) : title;
    }

    private void authors() {
        if (article != null) {
            JsonNode author = article.get("author");
            for (JsonNode a : author != null && author.isArray() ? author : listOf(author)) {
                if (a == null) {
                    continue;
                }
                if (a.isObject()) {
                    if (!JsonLd.isOrganization(a)) {
                        for (String name : JsonLd.texts(a.get("name"))) {
                            people(name, "json-ld:author", 0.9);
                        }
                    }
                } else {
                    people(JsonLd.text(a), "json-ld:author", 0.9);
                }
            }
        }
        for (String raw : metas.getOrDefault("citation_author", List.of())) {
            String[] lastFirst = raw.split(",");
            String name = lastFirst.length == 2 ? lastFirst[1].strip() + " " + lastFirst[0].strip() : raw;
            person(name, "citation_author", 0.9);
        }
        for (String key : List.of("dc.creator", "author", "article:author", "parsely-author", "sailthru.author")) {
            for (String raw : metas.getOrDefault(key, List.of())) {
                people(raw, key, 0.85);
            }
        }
        if (!elements.authors.isEmpty()) {
            Element scope = scope(elements.authors.get(0));
            for (Element e : elements.authors) {
                if (scope(e) == scope) {
                    Element name = e.selectFirst("[itemprop=name]");
                    Element holder = name == null ? e : name;
                    people(holder.is("meta") ? holder.attr("content") : holder.text(), "itemprop:author", 0.8);
                }
            }
        }
        // The first byline that names someone: later ones are usually other stories' teasers.
        for (Element e : elements.bylines) {
            String text = e.text();
            if (text.length() <= 120 && !Names.people(clean(text), outlets).isEmpty()) {
                people(text, "byline", 0.7);
                break;
            }
        }
    }

    /** Returns the microdata item an element's property belongs to: the nearest {@code itemscope} above it. */
    private static @Nullable Element scope(Element property) {
        Element parent = property.parent();
        return parent == null ? null : parent.closest("[itemscope]");
    }

    private void people(String text, String source, double confidence) {
        for (String name : Names.people(clean(text), outlets)) {
            add(MetadataField.AUTHOR, name, source, confidence);
        }
    }

    private void person(String text, String source, double confidence) {
        String name = Names.person(clean(text), outlets);
        if (name != null) {
            add(MetadataField.AUTHOR, name, source, confidence);
        }
    }

    private void dates() {
        if (article != null) {
            date(JsonLd.text(article.get("datePublished")), "json-ld:datePublished", 0.95);
        }
        for (String key : List.of("article:published_time", "citation_publication_date", "citation_date",
                "citation_online_date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued")) {
            for (String raw : metas.getOrDefault(key, List.of())) {
                date(raw, key, key.startsWith("d") ? 0.85 : 0.9);
            }
        }
        for (Element e : elements.datesPublished) {
            String raw = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            date(raw, "itemprop:datePublished", 0.85);
        }
        for (String key : List.of("pubdate", "publishdate", "publish-date", "date", "parsely-pub-date", "sailthru.date")) {
            for (String raw : metas.getOrDefault(key, List.of())) {
                date(raw, key, 0.8);
            }
        }
        Element time = elements.time;
        if (time != null) {
            date(time.attr("datetime"), "time", 0.7);
        }
        String url = url();
        String fromUrl = url == null ? null : Dates.inUrl(url);
        if (fromUrl != null) {
            add(MetadataField.PUBLISHED, fromUrl, "url-date", 0.6);
        }
    }

    private void date(String raw, String source, double confidence) {
        String value = clean(raw);
        if (value.isEmpty()) {
            return;
        }
        String iso = Dates.iso(value);
        if (iso == null) {
            warnings.add(source + " is not a date, ignored: " + quoted(value));
        } else {
            add(MetadataField.PUBLISHED, iso, source, confidence);
        }
    }

    private void languages() {
        Element html = page.firstElementChild();
        if (html != null && html.normalName().equals("html")) {
            language(html.attr("lang"), "lang", 0.9);
            language(html.attr("xml:lang"), "xml:lang", 0.9);
        }
        if (article != null) {
            language(JsonLd.text(article.get("inLanguage")), "json-ld:inLanguage", 0.9);
        }
        for (Element meta : elements.metas) {
            if (meta.attr("http-equiv").equalsIgnoreCase("content-language")) {
                language(meta.attr("content"), "content-language", 0.85);
            }
        }
        for (String key : List.of("citation_language", "dc.language", "og:locale")) {
            for (String raw : metas.getOrDefault(key, List.of())) {
                language(raw, key, key.equals("og:locale") ? 0.8 : 0.85);
            }
        }
    }

    private void language(String raw, String source, double confidence) {
        String value = clean(raw);
        if (value.isEmpty()) {
            return;
        }
        String first = value.split("[,;\\s]+", 2)[0].replace('_', '-');
        String tag = Locale.forLanguageTag(first).toLanguageTag();
        if (tag.equals("und")) {
            warnings.add(source + " is not a BCP 47 language tag, ignored: " + quoted(value));
        } else {
            add(MetadataField.LANGUAGE, tag, source, confidence);
        }
    }

    private void meta(MetadataField field, String key, double confidence) {
        for (String raw : metas.getOrDefault(key, List.of())) {
            add(field, clean(raw), key, confidence);
        }
    }

    private void add(MetadataField field, String value, String source, double confidence) {
        if (value.isEmpty()) {
            return;
        }
        String method = HtmlReader.NAME + ":" + source;
        for (MetadataValue existing : values) {
            if (existing.field() == field && existing.value().equals(value)
                    && existing.provenance().method().equals(method)) {
                return;
            }
        }
        values.add(new MetadataValue(field, value,
                new Provenance(documentId, null, null, null, method, AGENT, confidence)));
    }

    private static List<JsonNode> listOf(@Nullable JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node != null) {
            list.add(node);
        }
        return list;
    }

    /** Returns a value normalized like the text, on one line, without surrounding white space. */
    static String clean(String raw) {
        return SPACE.matcher(TextNormalizer.normalize(raw)).replaceAll(" ").strip();
    }

    private static String quoted(String value) {
        String v = SPACE.matcher(value).replaceAll(" ");
        return "\"" + (v.length() > MAX_QUOTED ? v.substring(0, MAX_QUOTED) + "…" : v) + "\"";
    }
}
