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
 * cross-article analysis writes them ({@code analysis.clusters}, {@code analysis.discrepancies}),
 * replacing whatever analysis the bundle has, so a test knows exactly which clusters there are.
 */
public final class SeedClusters {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SeedClusters() {
    }

    /**
     * Returns the collection document with one cluster, of the first quote of each article that
     * begins with {@code opening}, and one discrepancy (Chrissy Teigen's age: 34 in the first two
     * articles, 39 in the third).
     *
     * @param collectionJson a bundle's {@code collection.json}
     * @param articles the bundle's articles
     * @param opening the words the quotes begin with, such as {@code "We are shocked"}
     * @return the new document's bytes
     */
    public static byte[] withCluster(byte[] collectionJson, List<Article> articles, String opening) throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(collectionJson);
        ObjectNode analysis = root.putObject("analysis");
        ObjectNode cluster = analysis.putArray("clusters").addObject();
        cluster.put("id", "q1");
        cluster.put("speaker", "Chrissy Teigen");
        ArrayNode members = cluster.putArray("members");
        for (Article article : articles) {
            for (int i = 0; i < article.quotes().size(); i++) {
                Quote quote = article.quotes().get(i);
                if (quote.text().startsWith(opening)) {
                    ObjectNode member = members.addObject().put("article", article.id()).put("quote", i);
                    member.putObject("position").put("start", quote.provenance().position().start())
                            .put("end", quote.provenance().position().end());
                    break;
                }
            }
        }
        ObjectNode age = analysis.putArray("discrepancies").addObject().put("subject", "Chrissy Teigen")
                .put("attribute", "age");
        ArrayNode values = age.putArray("values");
        ArrayNode young = values.addObject().put("value", "34").putArray("statements");
        young.addObject().put("document", articles.get(0).id());
        young.addObject().put("document", articles.get(1).id());
        values.addObject().put("value", "39").putArray("statements").addObject().put("document", articles.get(2).id());
        return MAPPER.writeValueAsBytes(root);
    }
}
