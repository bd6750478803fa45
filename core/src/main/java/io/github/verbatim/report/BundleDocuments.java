package io.github.verbatim.report;

import io.github.verbatim.annotate.WebAnnotations;
import io.github.verbatim.cite.BibLatex;
import io.github.verbatim.cite.CitationsText;
import io.github.verbatim.cite.Quotation;
import io.github.verbatim.cite.References;
import io.github.verbatim.cite.Ris;
import io.github.verbatim.json.VerbatimJson;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Quote;
import io.github.verbatim.model.TextPositionSelector;
import io.github.verbatim.prov.ProvJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes every document of a citation bundle that is derived from all its articles at once: the
 * citations in four formats, the Web Annotations of the quotations, the PROV-JSON provenance and
 * the report page.
 */
public final class BundleDocuments {

    /** The citations in CSL-JSON. */
    public static final String CSL_JSON = "data/citations/citations.json";
    /** The citations in BibLaTeX. */
    public static final String BIBLATEX = "data/citations/citations.bib";
    /** The citations in RIS. */
    public static final String RIS = "data/citations/citations.ris";
    /** The formatted references. */
    public static final String TEXT = "data/citations/citations.txt";
    /** The W3C Web Annotations of the quotations. */
    public static final String ANNOTATIONS = "data/annotations.jsonld";
    /** The W3C PROV-JSON provenance. */
    public static final String PROVENANCE = "data/provenance.json";
    /** The report page. */
    public static final String REPORT = "data/report.html";

    private BundleDocuments() {
    }

    /**
     * Returns the documents of a bundle, by bag path, in the order above.
     *
     * @param articles the bundle's articles, in bundle order
     * @param collectionJson the bundle's {@code collection.json}: its creation time, failures and,
     *     where found, quote clusters and discrepancies
     * @param written the time the documents are written
     * @return each document's bytes by its path in the bag
     * @throws IOException if the collection document is not JSON
     */
    public static Map<String, byte[]> render(List<Article> articles, byte[] collectionJson, Instant written)
            throws IOException {
        BundleView view = BundleView.of(articles, collectionJson);
        References references = References.of(articles);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(CSL_JSON, VerbatimJson.toBytes(references.items()));
        files.put(BIBLATEX, utf8(BibLatex.write(references.items())));
        files.put(RIS, utf8(Ris.write(references.items())));
        files.put(TEXT, utf8(CitationsText.write(references.items(), quotations(view, references))));
        Map<String, String> clusterOfSpan = clustersBySpan(view);
        files.put(ANNOTATIONS, WebAnnotations.document(articles, (article, quote) -> clusterOf(clusterOfSpan, article, quote),
                view.created()));
        List<String> derived = new ArrayList<>(List.of(CSL_JSON, BIBLATEX, RIS, TEXT, ANNOTATIONS, REPORT));
        files.put(PROVENANCE, ProvJson.document(articles, derived, view.created(), written));
        files.put(REPORT, utf8(ReportPage.render(view, references)));
        return files;
    }

    /** Returns each cluster as a quotation cited "as quoted in" the articles of its members. */
    static List<Quotation> quotations(BundleView view, References references) {
        Map<String, Article> byId = new HashMap<>();
        view.articles().forEach(a -> byId.put(a.id(), a));
        List<Quotation> out = new ArrayList<>();
        for (QuoteCluster cluster : view.clusters()) {
            List<String> keys = new ArrayList<>();
            for (QuoteCluster.Member member : cluster.members()) {
                Article article = byId.get(member.article());
                if (article != null && !keys.contains(references.key(article))) {
                    keys.add(references.key(article));
                }
            }
            if (!keys.isEmpty()) {
                out.add(new Quotation(cluster.text(), cluster.speaker(), keys));
            }
        }
        return out;
    }

    private static Map<String, String> clustersBySpan(BundleView view) {
        Map<String, String> out = new HashMap<>();
        for (QuoteCluster cluster : view.clusters()) {
            for (QuoteCluster.Member member : cluster.members()) {
                out.putIfAbsent(member.article() + " " + member.start() + " " + member.end(), cluster.id());
            }
        }
        return out;
    }

    private static @Nullable String clusterOf(Map<String, String> clusterOfSpan, Article article, Quote quote) {
        TextPositionSelector position = quote.provenance().position();
        return position == null ? null : clusterOfSpan.get(article.id() + " " + position.start() + " " + position.end());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
