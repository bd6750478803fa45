package io.github.verbatim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Quote;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a view needs from {@code collection.json}, as a JSON tree, so that a bundle written
 * by another Verbatim version (with more or fewer fields, with or without cross-article analysis)
 * still reads.
 *
 * <p>Clusters and discrepancies are read from {@code analysis} (the cross-article analysis), or
 * from the top level; every field but the lists is optional:
 * <pre>
 * "analysis": {
 *   "clusters": [ { "id": "q-…", "speaker": "…", "text": "…",
 *                   "members": [ { "article": "sha256:…", "position": { "start": 0, "end": 9 } } ] } ],
 *   "discrepancies": [ { "subject": "…", "attribute": "age", "event": null,
 *                        "values": [ { "value": "34", "statements": [ { "document": "sha256:…" } ] } ] } ] }
 * "failures": [ { "location": "…", "stage": "read", "reason": "…", "archivedAs": "…" } ]
 * </pre>
 * A member's span may also be given as {@code start} and {@code end}, or as
 * {@code provenance.position}; a value's articles as {@code articles} (ids).
 */
final class CollectionJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CollectionJson() {
    }

    static BundleView view(List<Article> articles, byte[] json) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        if (root == null || !root.isObject()) {
            throw new IOException("collection.json is not a JSON object");
        }
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        JsonNode analysis = root.path("analysis").isObject() ? root.get("analysis") : root;
        return new BundleView(text(root, "software"), instant(text(root, "created")), articles,
                clusters(array(analysis, "clusters", "quoteClusters"), byId),
                discrepancies(array(analysis, "discrepancies")), failures(array(root, "failures")));
    }

    private static List<QuoteCluster> clusters(List<JsonNode> nodes, Map<String, Article> articles) {
        List<QuoteCluster> out = new ArrayList<>();
        for (JsonNode node : nodes) {
            List<QuoteCluster.Member> members = new ArrayList<>();
            for (JsonNode m : array(node, "members", "quotes")) {
                QuoteCluster.Member member = member(m, articles);
                if (member != null) {
                    members.add(member);
                }
            }
            if (members.isEmpty()) {
                continue;
            }
            String id = text(node, "id");
            String speaker = text(node, "speaker");
            if (speaker == null && node.path("speaker").isObject()) {
                speaker = text(node.get("speaker"), "name");
            }
            String text = text(node, "text");
            out.add(new QuoteCluster(id == null ? "cluster-" + (out.size() + 1) : id,
                    speaker == null ? speakerOf(members) : speaker,
                    text == null ? commonestVariant(members) : text, members));
        }
        return out;
    }

    private static QuoteCluster.@Nullable Member member(JsonNode m, Map<String, Article> articles) {
        String articleId = text(m, "article");
        JsonNode span = m.has("start") ? m : m.has("position") ? m.get("position") : m.path("provenance").path("position");
        if (articleId == null || !span.path("start").canConvertToInt() || !span.path("end").canConvertToInt()) {
            return null;
        }
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        Article article = articles.get(articleId);
        Quote quote = article == null ? null : ArticleText.quoteAt(article, start, end);
        String text = text(m, "text");
        if (text == null && quote != null) {
            text = quote.text();
        }
        if (text == null && article != null) {
            text = ArticleText.span(article, start, end);
        }
        return text == null ? null : new QuoteCluster.Member(articleId, start, end, text, quote);
    }

    private static @Nullable String speakerOf(List<QuoteCluster.Member> members) {
        for (QuoteCluster.Member member : members) {
            if (member.quote() != null && member.quote().speaker() != null) {
                return member.quote().speaker().name();
            }
        }
        return null;
    }

    /** Returns the wording most members share; of equals, the longest, then the first. */
    private static String commonestVariant(List<QuoteCluster.Member> members) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        members.forEach(m -> counts.merge(m.text(), 1, Integer::sum));
        String best = members.get(0).text();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int c = e.getValue();
            int b = counts.get(best);
            if (c > b || c == b && e.getKey().length() > best.length()) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static List<Discrepancy> discrepancies(List<JsonNode> nodes) {
        List<Discrepancy> out = new ArrayList<>();
        for (JsonNode node : nodes) {
            String subject = subject(node);
            List<Discrepancy.Reading> readings = new ArrayList<>();
            for (JsonNode r : array(node, "values", "readings")) {
                String value = r.isValueNode() ? r.asText() : text(r, "value");
                if (value == null) {
                    continue;
                }
                List<String> ids = new ArrayList<>();
                for (JsonNode a : array(r, "articles", "statements")) {
                    String id = a.isTextual() ? a.asText() : first(text(a, "document"), text(a, "article"));
                    if (id != null && !ids.contains(id)) {
                        ids.add(id);
                    }
                }
                readings.add(new Discrepancy.Reading(value, ids));
            }
            out.add(new Discrepancy(subject == null ? node.toString() : subject, readings));
        }
        return out;
    }

    /** Returns what a discrepancy is about: {@code Chrissy Teigen, age}, or {@code …, date (hospitalized)}. */
    private static @Nullable String subject(JsonNode node) {
        String subject = first(text(node, "subject"), text(node, "description"));
        String attribute = text(node, "attribute");
        String event = text(node, "event");
        if (subject == null || attribute == null) {
            return subject == null ? attribute : subject;
        }
        return subject + ", " + attribute + (event == null ? "" : " (" + event + ")");
    }

    private static List<FailedInput> failures(List<JsonNode> nodes) {
        List<FailedInput> out = new ArrayList<>();
        for (JsonNode node : nodes) {
            out.add(new FailedInput(String.valueOf(text(node, "location")), String.valueOf(text(node, "stage")),
                    String.valueOf(text(node, "reason")), text(node, "archivedAs")));
        }
        return out;
    }

    /** Returns the first of the named fields that holds an array, as a list; none gives an empty list. */
    private static List<JsonNode> array(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.isArray()) {
                List<JsonNode> out = new ArrayList<>();
                value.forEach(out::add);
                return out;
            }
        }
        return List.of();
    }

    private static @Nullable String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static @Nullable Instant instant(@Nullable String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @SafeVarargs
    private static <T> @Nullable T first(@Nullable T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
