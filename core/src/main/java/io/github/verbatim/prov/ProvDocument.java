package io.github.verbatim.prov;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A PROV-JSON document being built: records keyed by qualified name, relations numbered
 * {@code _:<relation><n>} in the order they are added, so the same input gives the same bytes.
 */
final class ProvDocument {

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<String, Integer> counters = new LinkedHashMap<>();

    ProvDocument(Map<String, String> prefixes) {
        root.put("prefix", new TreeMap<>(prefixes));
    }

    /** Adds an entity, or more attributes to one already added. */
    void entity(String id, Map<String, Object> attributes) {
        record("entity", id, attributes);
    }

    /** Adds an activity with its times, where known. */
    void activity(String id, @Nullable Instant start, @Nullable Instant end, Map<String, Object> attributes) {
        Map<String, Object> all = new LinkedHashMap<>(attributes);
        if (start != null) {
            all.put("prov:startTime", start.toString());
        }
        if (end != null) {
            all.put("prov:endTime", end.toString());
        }
        record("activity", id, all);
    }

    /** Adds an agent. */
    void agent(String id, Map<String, Object> attributes) {
        record("agent", id, attributes);
    }

    /** Adds a relation such as {@code wasGeneratedBy}, with its PROV attributes ({@code prov:entity} …). */
    void relation(String kind, Map<String, @Nullable Object> attributes) {
        int n = counters.merge(kind, 1, Integer::sum);
        Map<String, Object> present = new LinkedHashMap<>();
        attributes.forEach((k, v) -> {
            if (v != null) {
                present.put(k, v);
            }
        });
        section(kind).put("_:" + kind + n, present);
    }

    /** Returns a {@code prov:type} or other qualified-name value, typed as {@code xsd:QName}. */
    static Map<String, String> qualifiedName(String name) {
        return Map.of("$", name, "type", "xsd:QName");
    }

    Map<String, Object> toMap() {
        return root;
    }

    @SuppressWarnings("unchecked")
    private void record(String section, String id, Map<String, Object> attributes) {
        Map<String, Object> existing = (Map<String, Object>) section(section).computeIfAbsent(id, k -> new TreeMap<>());
        existing.putAll(attributes);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(String name) {
        return (Map<String, Object>) root.computeIfAbsent(name, k -> new LinkedHashMap<String, Object>());
    }
}
