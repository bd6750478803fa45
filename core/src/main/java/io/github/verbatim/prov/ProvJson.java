package io.github.verbatim.prov;

import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.json.VerbatimJson;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Capture;
import io.github.verbatim.model.Origin;
import io.github.verbatim.model.Provenance;
import io.github.verbatim.model.Quote;
import io.github.verbatim.model.SocialPost;
import io.github.verbatim.model.Source;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Writes a bundle's {@code data/provenance.json} in the W3C PROV-JSON format (W3C Member
 * Submission, 2013).
 *
 * <p>For each input file: the file where it was found ({@code prov:location}), the capture that
 * copied its bytes into the bag ({@code prov:startTime} is the capture time), and the original it
 * generated, identified by its SHA-256 as an RFC 6920 named-information IRI
 * ({@code sha256:<hex>} with the prefix {@code sha256 = nih:sha-256;}), attributed to the outlet
 * where known. For each original: the reading that made its normalized text and the extraction
 * that made the article document from it. Then the writing of the bundle's derived documents
 * (citations, annotations, report) from the article documents. Every activity is associated with
 * the one software agent, Verbatim with its version.
 *
 * <p>Verbatim measures one time per input, the capture; reading and extraction follow in the same
 * pass. Their times are therefore bounds: each started no earlier than its capture time and ended
 * no later than the time the derived documents were written.
 */
public final class ProvJson {

    /** The namespace of Verbatim's own PROV types and attributes. */
    public static final String NAMESPACE = "https://github.com/verbatim/verbatim/ns#";

    private static final String AGENT = "verbatim:software";

    private ProvJson() {
    }

    /**
     * Returns the PROV-JSON document of a bundle.
     *
     * @param articles the bundle's articles
     * @param derivedFiles the bundle paths of the documents derived from all articles
     *     ({@code data/citations/citations.json} …)
     * @param bundleStarted when the bundle was begun, where known
     * @param written when the derived documents were written, where known
     * @return the document's bytes, UTF-8 JSON ending with a newline
     */
    public static byte[] document(List<Article> articles, List<String> derivedFiles, @Nullable Instant bundleStarted,
            @Nullable Instant written) {
        ProvDocument prov = new ProvDocument(Map.of("verbatim", NAMESPACE, "sha256", "nih:sha-256;"));
        prov.agent(AGENT, Map.of(
                "prov:type", ProvDocument.qualifiedName("prov:SoftwareAgent"),
                "prov:label", SoftwareAgent.NAME + " " + SoftwareAgent.VERSION,
                "verbatim:version", SoftwareAgent.VERSION,
                "verbatim:homepage", SoftwareAgent.URL));
        for (Article article : articles) {
            article(prov, article, written);
        }
        if (!derivedFiles.isEmpty()) {
            String bundle = "verbatim:bundle";
            prov.activity(bundle, bundleStarted, written, Map.of(
                    "prov:type", ProvDocument.qualifiedName("verbatim:Bundling"),
                    "prov:label", "write the citations, annotations, provenance and report of the bundle"));
            prov.relation("wasAssociatedWith", Map.of("prov:activity", bundle, "prov:agent", AGENT));
            for (Article article : articles) {
                prov.relation("used", Map.of("prov:activity", bundle, "prov:entity", articleId(article)));
            }
            for (String path : derivedFiles) {
                String file = "verbatim:bag/" + path;
                prov.entity(file, Map.of("prov:label", path, "verbatim:path", path));
                prov.relation("wasGeneratedBy", mapOf("prov:entity", file, "prov:activity", bundle,
                        "prov:time", written == null ? null : written.toString()));
                prov.relation("wasAttributedTo", Map.of("prov:entity", file, "prov:agent", AGENT));
                for (Article article : articles) {
                    prov.relation("wasDerivedFrom", Map.of("prov:generatedEntity", file,
                            "prov:usedEntity", articleId(article), "prov:activity", bundle));
                }
            }
        }
        return VerbatimJson.toBytes(prov.toMap());
    }

    private static void article(ProvDocument prov, Article article, @Nullable Instant written) {
        Capture capture = article.capture();
        String sha = capture.sha256();
        String original = "sha256:" + sha;
        prov.entity(original, Map.of(
                "prov:type", ProvDocument.qualifiedName("verbatim:Original"),
                "prov:label", capture.archivedAs(),
                "verbatim:path", capture.archivedAs(),
                "verbatim:mediaType", capture.mediaType(),
                "verbatim:size", capture.size()));
        if (article.publisher() != null) {
            String outlet = "verbatim:outlet/" + slug(article.publisher().name());
            prov.agent(outlet, Map.of("prov:type", ProvDocument.qualifiedName("prov:Organization"),
                    "prov:label", article.publisher().name()));
            prov.relation("wasAttributedTo", Map.of("prov:entity", original, "prov:agent", outlet));
        }
        List<Origin> origins = capture.origins();
        for (int i = 0; i < origins.size(); i++) {
            Origin origin = origins.get(i);
            String input = "verbatim:input/" + sha + "/" + (i + 1);
            String activity = "verbatim:capture/" + sha + "/" + (i + 1);
            Map<String, Object> inputAttributes = new LinkedHashMap<>();
            inputAttributes.put("prov:type", ProvDocument.qualifiedName("verbatim:Input"));
            inputAttributes.put("prov:location", origin.location());
            inputAttributes.put("verbatim:kind", origin.kind());
            if (origin.modified() != null) {
                inputAttributes.put("verbatim:modified", origin.modified().toString());
            }
            prov.entity(input, inputAttributes);
            prov.activity(activity, origin.capturedAt(), null, Map.of(
                    "prov:type", ProvDocument.qualifiedName("verbatim:Capture"),
                    "prov:label", "copy the bytes of " + origin.location() + " into the bag"));
            prov.relation("used", Map.of("prov:activity", activity, "prov:entity", input,
                    "prov:time", origin.capturedAt().toString()));
            prov.relation("wasAssociatedWith", Map.of("prov:activity", activity, "prov:agent", AGENT));
            if (i == 0) {
                prov.relation("wasGeneratedBy", Map.of("prov:entity", original, "prov:activity", activity,
                        "prov:time", origin.capturedAt().toString()));
            }
            prov.relation("wasDerivedFrom", Map.of("prov:generatedEntity", original, "prov:usedEntity", input,
                    "prov:activity", activity));
        }
        Instant captured = origins.isEmpty() ? null : origins.get(0).capturedAt();
        String text = "verbatim:text/" + sha;
        String read = "verbatim:read/" + sha;
        String extract = "verbatim:extract/" + sha;
        String document = articleId(article);

        Map<String, Object> readAttributes = new LinkedHashMap<>();
        readAttributes.put("prov:type", ProvDocument.qualifiedName("verbatim:Reading"));
        readAttributes.put("prov:label", "read " + capture.archivedAs() + " as " + article.reader().mediaType()
                + " with the " + article.reader().name() + " reader");
        readAttributes.put("verbatim:reader", article.reader().name());
        if (article.reader().charset() != null) {
            readAttributes.put("verbatim:charset", article.reader().charset());
        }
        if (!article.reader().warnings().isEmpty()) {
            readAttributes.put("verbatim:warnings", article.reader().warnings());
        }
        prov.activity(read, captured, written, readAttributes);
        prov.entity(text, Map.of("prov:type", ProvDocument.qualifiedName("verbatim:NormalizedText"),
                "prov:label", "the normalized text of " + capture.archivedAs(),
                "verbatim:codePoints", article.text().codePointCount(0, article.text().length())));
        prov.relation("used", Map.of("prov:activity", read, "prov:entity", original));
        prov.relation("wasGeneratedBy", Map.of("prov:entity", text, "prov:activity", read));
        prov.relation("wasDerivedFrom", Map.of("prov:generatedEntity", text, "prov:usedEntity", original,
                "prov:activity", read));
        prov.relation("wasAssociatedWith", Map.of("prov:activity", read, "prov:agent", AGENT));

        prov.activity(extract, captured, written, Map.of(
                "prov:type", ProvDocument.qualifiedName("verbatim:Extraction"),
                "prov:label", "find the metadata, quotations, social posts and sources",
                "verbatim:components", List.copyOf(components(article))));
        String path = "data/articles/" + sha + ".json";
        Map<String, Object> documentAttributes = new LinkedHashMap<>();
        documentAttributes.put("prov:type", ProvDocument.qualifiedName("verbatim:ArticleDocument"));
        documentAttributes.put("prov:label", article.title() == null ? path : article.title());
        documentAttributes.put("verbatim:path", path);
        documentAttributes.put("verbatim:quotes", article.quotes().size());
        documentAttributes.put("verbatim:socialPosts", article.socialPosts().size());
        documentAttributes.put("verbatim:sources", article.sources().size());
        prov.entity(document, documentAttributes);
        prov.relation("used", Map.of("prov:activity", extract, "prov:entity", text));
        prov.relation("wasGeneratedBy", Map.of("prov:entity", document, "prov:activity", extract));
        prov.relation("wasDerivedFrom", Map.of("prov:generatedEntity", document, "prov:usedEntity", text,
                "prov:activity", extract));
        prov.relation("wasAttributedTo", Map.of("prov:entity", document, "prov:agent", AGENT));
        prov.relation("wasAssociatedWith", Map.of("prov:activity", extract, "prov:agent", AGENT));
    }

    private static String articleId(Article article) {
        return "verbatim:article/" + article.capture().sha256();
    }

    /** Returns the components named in the article's provenance, such as {@code quotes}, in name order. */
    private static TreeSet<String> components(Article article) {
        TreeSet<String> out = new TreeSet<>();
        article.provenance().values().forEach(p -> add(out, p));
        for (Quote quote : article.quotes()) {
            add(out, quote.provenance());
        }
        for (SocialPost post : article.socialPosts()) {
            add(out, post.provenance());
        }
        for (Source source : article.sources()) {
            add(out, source.provenance());
        }
        return out;
    }

    private static void add(TreeSet<String> out, Provenance provenance) {
        String prefix = SoftwareAgent.NAME + " " + SoftwareAgent.VERSION + " ";
        String agent = provenance.agent();
        out.add(agent.startsWith(prefix) ? agent.substring(prefix.length()) : agent);
    }

    private static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }

    private static Map<String, @Nullable Object> mapOf(String k1, Object v1, String k2, Object v2, String k3,
            @Nullable Object v3) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        map.put(k3, v3);
        return map;
    }
}
