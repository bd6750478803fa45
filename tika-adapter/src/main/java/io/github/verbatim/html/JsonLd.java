package io.github.verbatim.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The JSON-LD a page carries in {@code <script type="application/ld+json">}, read leniently (as
 * pages write it: comments, trailing commas, raw line breaks in strings, a CDATA or comment
 * wrapper) into the objects it describes: top-level objects, array items, {@code @graph} members
 * and objects nested in them, in document order. Scripts that are not JSON are reported and
 * skipped. Traversal uses an explicit stack, not recursion.
 */
final class JsonLd {

    /** schema.org types whose objects are articles. */
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "AnalysisNewsArticle",
            "AskPublicNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle",
            "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "DiscussionForumPosting", "SocialMediaPosting",
            "Report", "ScholarlyArticle", "MedicalScholarlyArticle", "TechArticle", "SatiricalArticle",
            "AdvertiserContentArticle");
    /** The most objects read from one page, so a huge script costs bounded time. */
    private static final int MAX_OBJECTS = 5_000;
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private JsonLd() {
    }

    /**
     * Returns the objects the page's JSON-LD describes.
     *
     * @param scripts the page's {@code <script type="application/ld+json">} elements
     * @param warnings receives a sentence for each script that could not be read
     * @return the objects, in document order
     */
    static List<ObjectNode> objects(List<Element> scripts, List<String> warnings) {
        List<ObjectNode> objects = new ArrayList<>();
        for (Element script : scripts) {
            String json = unwrapped(script.data());
            if (json.isEmpty()) {
                continue;
            }
            JsonNode root;
            try {
                root = MAPPER.readTree(json);
            } catch (JsonProcessingException e) {
                warnings.add("a JSON-LD script is not valid JSON, ignored: " + e.getOriginalMessage());
                continue;
            }
            collect(root, objects);
        }
        return objects;
    }

    private static void collect(JsonNode root, List<ObjectNode> objects) {
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty() && objects.size() < MAX_OBJECTS) {
            JsonNode node = stack.pop();
            List<JsonNode> children = new ArrayList<>();
            if (node.isObject()) {
                objects.add((ObjectNode) node);
                for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                    JsonNode child = it.next();
                    if (child.isContainerNode()) {
                        children.add(child);
                    }
                }
            } else if (node.isArray()) {
                node.elements().forEachRemaining(children::add);
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
    }

    private static String unwrapped(String data) {
        String s = data.strip();
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        s = s.strip();
        if (s.startsWith("//<![CDATA[")) {
            s = s.substring(11);
        } else if (s.startsWith("<![CDATA[")) {
            s = s.substring(9);
        }
        if (s.endsWith("//]]>")) {
            s = s.substring(0, s.length() - 5);
        } else if (s.endsWith("]]>")) {
            s = s.substring(0, s.length() - 3);
        }
        return s.strip();
    }

    /** Returns whether an object's {@code @type} (a string or an array) names an article type. */
    static boolean isArticle(JsonNode object) {
        for (String type : texts(object.get("@type"))) {
            int colon = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
            if (ARTICLE_TYPES.contains(colon >= 0 ? type.substring(colon + 1) : type)) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether an object's {@code @type} names an organization rather than a person. */
    static boolean isOrganization(JsonNode object) {
        for (String type : texts(object.get("@type"))) {
            if (type.endsWith("Organization") || type.equals("Corporation") || type.equals("NewsMediaOrganization")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the strings a value holds: a string, each string of an array, an object's
     * {@code @value}; nothing for null.
     */
    static List<String> texts(JsonNode value) {
        List<String> texts = new ArrayList<>();
        if (value == null) {
            return texts;
        }
        if (value.isTextual()) {
            texts.add(value.asText());
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                if (item.isTextual()) {
                    texts.add(item.asText());
                } else if (item.isObject() && item.path("@value").isTextual()) {
                    texts.add(item.path("@value").asText());
                }
            }
        } else if (value.isObject() && value.path("@value").isTextual()) {
            texts.add(value.path("@value").asText());
        }
        return texts;
    }

    /** Returns the first string a value holds, or an empty string. */
    static String text(JsonNode value) {
        List<String> texts = texts(value);
        return texts.isEmpty() ? "" : texts.get(0);
    }
}
