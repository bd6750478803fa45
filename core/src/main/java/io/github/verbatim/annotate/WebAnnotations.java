package io.github.verbatim.annotate;

import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.json.VerbatimJson;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Capture;
import io.github.verbatim.model.Provenance;
import io.github.verbatim.model.Quote;
import io.github.verbatim.model.QuoteKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Writes a bundle's {@code data/annotations.jsonld}: one W3C Web Annotation per quotation
 * (nested ones included), in an {@code AnnotationCollection}.
 *
 * <p>Each annotation's target is the archived original, {@code originals/<sha256>.<ext>} — a
 * relative IRI, which JSON-LD resolves against the annotation file in {@code data/}, so it names
 * {@code data/originals/…} in the bag — chosen by a {@code TextPositionSelector} and a
 * {@code TextQuoteSelector} over the article's normalized text (for UTF-8 text with {@code \n}
 * line ends, the original itself). Its bodies say who spoke ({@code identifying}), what kind of
 * quotation it is ({@code classifying}), how the words were published ({@code tagging}), and link
 * the social post they come from and the cluster of quotes across articles ({@code linking},
 * {@code collection.json#<cluster id>}). Annotation ids are tag URIs (RFC 4151) made of the
 * original's SHA-256 and the span, the same in every bundle.
 */
public final class WebAnnotations {

    /** The tag URI prefix of every id Verbatim mints. */
    public static final String TAG = "tag:verbatim.github.io,2026:";

    private WebAnnotations() {
    }

    /**
     * Returns the annotation collection of some articles' quotations, as JSON-LD.
     *
     * @param articles the articles
     * @param clusterOf the id of the cluster a quote of an article belongs to, or null if none
     * @param created when the annotations were made, where known
     * @return the document's bytes, UTF-8 JSON ending with a newline
     */
    public static byte[] document(List<Article> articles, BiFunction<Article, Quote, @Nullable String> clusterOf,
            @Nullable Instant created) {
        String when = created == null ? null : created.toString();
        List<AnnotationModel.Annotation> items = new ArrayList<>();
        for (Article article : articles) {
            for (Quote quote : article.quotes()) {
                add(items, article, quote, clusterOf, when);
            }
        }
        AnnotationModel.Agent creator = new AnnotationModel.Agent(SoftwareAgent.URL, "Software",
                SoftwareAgent.NAME + " " + SoftwareAgent.VERSION);
        return VerbatimJson.toBytes(new AnnotationModel.Collection(AnnotationModel.CONTEXT, "annotations.jsonld",
                "AnnotationCollection", "Quotations found by " + SoftwareAgent.NAME, items.size(), creator, when,
                new AnnotationModel.Page("AnnotationPage", 0, items)));
    }

    private static void add(List<AnnotationModel.Annotation> items, Article article, Quote quote,
            BiFunction<Article, Quote, @Nullable String> clusterOf, @Nullable String created) {
        Provenance p = quote.provenance();
        if (p.position() != null && p.quote() != null) {
            Capture capture = article.capture();
            List<AnnotationModel.Body> body = new ArrayList<>();
            if (quote.speaker() != null) {
                body.add(AnnotationModel.Body.text("identifying", quote.speaker().name()));
            }
            body.add(AnnotationModel.Body.text("classifying", kind(quote.kind())));
            if (quote.channel() != null) {
                body.add(AnnotationModel.Body.text("tagging", quote.channel()));
            }
            if (quote.socialPost() != null) {
                body.add(AnnotationModel.Body.link(quote.socialPost()));
            }
            String cluster = clusterOf.apply(article, quote);
            if (cluster != null) {
                body.add(AnnotationModel.Body.link("collection.json#" + cluster));
            }
            String original = capture.archivedAs();
            AnnotationModel.Source source = new AnnotationModel.Source(
                    original.startsWith("data/") ? original.substring("data/".length()) : original,
                    capture.mediaType().startsWith("text/") ? "Text" : null, capture.mediaType());
            List<Object> selectors = List.of(
                    new AnnotationModel.PositionSelector("TextPositionSelector", p.position().start(), p.position().end()),
                    new AnnotationModel.QuoteSelector("TextQuoteSelector", p.quote().exact(), p.quote().prefix(),
                            p.quote().suffix()));
            items.add(new AnnotationModel.Annotation(
                    TAG + "quote/" + capture.sha256() + "/" + p.position().start() + "-" + p.position().end(),
                    "Annotation", "describing", created, body,
                    new AnnotationModel.Target("SpecificResource", source, selectors)));
        }
        for (Quote nested : quote.nested()) {
            add(items, article, nested, clusterOf, created);
        }
    }

    private static String kind(QuoteKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
