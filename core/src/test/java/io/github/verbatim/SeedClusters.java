package io.github.verbatim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Quote;
import java.io.IOException;
import java.util.List;

/**
 * Quote clusters across the seeds, written into a {@code collection.json} the way the
 * cross-article analysis is to write them: Chrissy Teigen's Instagram statement, which four
 * outlets quote with small differences.
 */
public final class SeedClusters {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SeedClusters() {
    }

    /**
     * Returns the collection document with a {@code quoteClusters} list added: one cluster of every
     * quote that begins with {@code opening}, one member per article.
     *
     * @param collectionJson a bundle's {@code collection.json}
     * @param articles the bundle's articles
     * @param opening the words the quotes begin with, such as {@code "We are shocked"}
     * @return the new document's bytes
     */
    public static byte[] withCluster(byte[] collectionJson, List<Article> articles, String opening) throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(collectionJson);
        ArrayNode clusters = root.putArray("quoteClusters");
        ObjectNode cluster = clusters.addObject();
        cluster.put("id", "q1");
        cluster.put("speaker", "Chrissy Teigen");
        ArrayNode members = cluster.putArray("members");
        for (Article article : articles) {
            for (Quote quote : article.quotes()) {
                if (quote.text().startsWith(opening)) {
                    members.addObject().put("article", article.id())
                            .put("start", quote.provenance().position().start())
                            .put("end", quote.provenance().position().end());
                    break;
                }
            }
        }
        ArrayNode discrepancies = root.putArray("discrepancies");
        ObjectNode age = discrepancies.addObject().put("subject", "Chrissy Teigen's age");
        ArrayNode values = age.putArray("values");
        values.addObject().put("value", "34").putArray("articles").add(articles.get(0).id()).add(articles.get(1).id());
        values.addObject().put("value", "39").putArray("articles").add(articles.get(2).id());
        return MAPPER.writeValueAsBytes(root);
    }
}
