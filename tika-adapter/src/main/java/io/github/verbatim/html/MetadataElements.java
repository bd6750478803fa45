package io.github.verbatim.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements of a page that carry metadata, gathered in one iterative pass in document order:
 * {@code <meta>}, JSON-LD scripts, the canonical link, {@code <title>}, {@code <h1>}s, microdata
 * authors and dates, {@code <time datetime>}, and byline candidates.
 */
final class MetadataElements implements NodeVisitor {

    /** Classes a byline carries, as most sites name it. */
    private static final Set<String> BYLINE_CLASSES = Set.of("byline", "author", "author-name", "article-author",
            "byline-name", "byline__author", "c-byline__author");

    final List<Element> metas = new ArrayList<>();
    final List<Element> jsonLd = new ArrayList<>();
    final List<Element> headings = new ArrayList<>();
    final List<Element> authors = new ArrayList<>();
    final List<Element> datesPublished = new ArrayList<>();
    final List<Element> bylines = new ArrayList<>();
    @Nullable Element canonical;
    @Nullable Element title;
    /** The first {@code <time datetime>} marked as the publication's, else the first at all. */
    @Nullable Element time;
    private boolean markedTime;

    private MetadataElements() {
    }

    /** Gathers the elements of a page. */
    static MetadataElements of(Document page) {
        MetadataElements found = new MetadataElements();
        NodeTraversor.traverse(found, page);
        return found;
    }

    @Override
    public void head(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return;
        }
        switch (e.normalName()) {
            case "meta" -> metas.add(e);
            case "script" -> {
                if (e.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                    jsonLd.add(e);
                }
            }
            case "link" -> {
                if (canonical == null && e.hasAttr("href")
                        && (" " + e.attr("rel").toLowerCase(Locale.ROOT) + " ").contains(" canonical ")) {
                    canonical = e;
                }
            }
            case "title" -> {
                if (title == null) {
                    title = e;
                }
            }
            case "h1" -> headings.add(e);
            case "time" -> {
                if (e.hasAttr("datetime") && !markedTime) {
                    boolean marked = e.hasAttr("pubdate") || e.attr("itemprop").equalsIgnoreCase("datePublished");
                    if (time == null || marked) {
                        time = e;
                        markedTime = marked;
                    }
                }
            }
            default -> {
                // Only the attributes below.
            }
        }
        if (e.attributesSize() == 0) {
            return;
        }
        String itemprop = e.attr("itemprop");
        if (itemprop.equalsIgnoreCase("author")) {
            authors.add(e);
        } else if (itemprop.equalsIgnoreCase("datePublished")) {
            datesPublished.add(e);
        }
        if (e.normalName().equals("a") && e.attr("rel").equalsIgnoreCase("author")) {
            bylines.add(e);
        } else if (!e.className().isEmpty()) {
            for (String name : BYLINE_CLASSES) {
                if (e.hasClass(name)) {
                    bylines.add(e);
                    break;
                }
            }
        }
    }
}
