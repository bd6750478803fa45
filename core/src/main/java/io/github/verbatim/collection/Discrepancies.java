package io.github.verbatim.collection;

import io.github.verbatim.model.Provenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groups facts by subject, attribute and event, and reports each group whose values conflict:
 * ages and counts that differ; dates that differ in a part both give (a year against a year, a
 * weekday against a weekday: {@code 2013} and {@code June 2013} agree); places neither of which
 * holds the other.
 */
final class Discrepancies {

    private static final List<String> ORDER = List.of(FactFinder.AGE, FactFinder.COUNT, FactFinder.DATE,
            FactFinder.PLACE);

    private Discrepancies() {
    }

    static List<Discrepancy> of(List<Fact> facts) {
        Map<String, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : facts) {
            groups.computeIfAbsent(f.attribute() + "\u0000" + f.event() + "\u0000" + f.subjectKey(),
                    k -> new ArrayList<>()).add(f);
        }
        List<Discrepancy> out = new ArrayList<>();
        for (List<Fact> group : groups.values()) {
            group.sort(Comparator.comparingInt(Fact::articleIndex)
                    .thenComparingInt(f -> f.provenance().position().start()));
            if (!conflicting(group)) {
                continue;
            }
            Map<String, List<Fact>> byValue = new LinkedHashMap<>();
            for (Fact f : group) {
                byValue.computeIfAbsent(f.comparable(), k -> new ArrayList<>()).add(f);
            }
            List<StatedValue> values = new ArrayList<>();
            for (List<Fact> same : byValue.values()) {
                List<Provenance> where = same.stream().map(Fact::provenance).toList();
                values.add(new StatedValue(same.get(0).value(), where));
            }
            Fact first = group.get(0);
            out.add(new Discrepancy(first.subject(), first.attribute(), first.event(), values));
        }
        out.sort(Comparator.comparingInt((Discrepancy d) -> ORDER.indexOf(d.attribute()))
                .thenComparing(Discrepancy::subject)
                .thenComparing(d -> Objects.toString(d.event(), "")));
        return out;
    }

    private static boolean conflicting(List<Fact> group) {
        Map<String, Fact> distinct = new LinkedHashMap<>();
        group.forEach(f -> distinct.putIfAbsent(f.comparable(), f));
        List<Fact> values = List.copyOf(distinct.values());
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                if (conflict(values.get(i), values.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean conflict(Fact a, Fact b) {
        String x = a.comparable();
        String y = b.comparable();
        if (x.equals(y)) {
            return false;
        }
        return switch (a.attribute()) {
            case FactFinder.DATE -> {
                String[] p = x.split("-");
                String[] q = y.split("-");
                for (int k = 0; k < p.length; k++) {
                    if (!p[k].equals("?") && !q[k].equals("?") && !p[k].equals(q[k])) {
                        yield true;
                    }
                }
                yield false;
            }
            case FactFinder.PLACE -> !x.contains(y) && !y.contains(x);
            default -> true;
        };
    }
}
