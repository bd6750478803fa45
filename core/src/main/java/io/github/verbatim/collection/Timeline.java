package io.github.verbatim.collection;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.SocialPost;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Orders the collection's posts (by the time an article states, else the time the post's id
 * encodes) and articles (by publication date) in {@link Times#ORDER}, a post before an article at
 * the same time; what cannot be dated comes last, posts then articles, in collection order. Each
 * entry adds the clusters not seen before it: a post those traced to it, an article those it
 * carries.
 */
final class Timeline {

    private Timeline() {
    }

    private record Pending(Times.@Nullable Time time, @Nullable String shown, TimelineEntry.Kind kind, String ref,
            @Nullable String label, List<String> articles, int order) {
    }

    static List<TimelineEntry> of(List<Article> articles, List<QuoteCluster> clusters) {
        Map<String, SocialPost> posts = new LinkedHashMap<>();
        Map<String, List<String>> carriers = new LinkedHashMap<>();
        for (Article article : articles) {
            for (SocialPost p : article.socialPosts()) {
                posts.putIfAbsent(p.url(), p);
                List<String> by = carriers.computeIfAbsent(p.url(), u -> new ArrayList<>());
                if (!by.contains(article.id())) {
                    by.add(article.id());
                }
            }
        }
        List<Pending> pending = new ArrayList<>();
        int order = 0;
        for (SocialPost p : posts.values()) {
            Times.Time stated = Times.parse(p.postedAt());
            Times.Time time = stated != null ? stated
                    : p.postedAtFromId() == null ? null : new Times.Time(p.postedAtFromId(), false);
            String shown = stated != null ? p.postedAt() : p.postedAtFromId() == null ? null : p.postedAtFromId().toString();
            String label = p.authorName() != null ? p.authorName() : p.authorHandle();
            pending.add(new Pending(time, shown, TimelineEntry.Kind.POST, p.url(), label, carriers.get(p.url()), order++));
        }
        for (Article a : articles) {
            Times.Time time = Times.parse(a.published());
            pending.add(new Pending(time, time == null ? null : a.published(), TimelineEntry.Kind.ARTICLE, a.id(),
                    a.title(), List.of(), order++));
        }
        pending.sort(Comparator.comparing(Pending::time, Comparator.nullsLast(Times.ORDER))
                .thenComparing(Pending::kind)
                .thenComparingInt(Pending::order));

        Map<String, List<String>> byPost = new LinkedHashMap<>();
        Map<String, List<String>> byArticle = new LinkedHashMap<>();
        for (QuoteCluster c : clusters) {
            for (PrimarySource s : c.sources()) {
                if (s.type() == PrimarySource.Type.POST && s.url() != null) {
                    byPost.computeIfAbsent(s.url(), u -> new ArrayList<>()).add(c.id());
                }
            }
            for (ClusterMember m : c.members()) {
                List<String> ids = byArticle.computeIfAbsent(m.article(), a -> new ArrayList<>());
                if (!ids.contains(c.id())) {
                    ids.add(c.id());
                }
            }
        }
        Set<String> seen = new HashSet<>();
        List<TimelineEntry> out = new ArrayList<>();
        for (Pending p : pending) {
            List<String> adds = new ArrayList<>();
            List<String> candidates = p.kind() == TimelineEntry.Kind.POST ? byPost.getOrDefault(p.ref(), List.of())
                    : byArticle.getOrDefault(p.ref(), List.of());
            for (String id : candidates) {
                if (seen.add(id)) {
                    adds.add(id);
                }
            }
            boolean post = p.kind() == TimelineEntry.Kind.POST;
            out.add(new TimelineEntry(p.shown(), p.kind(), post ? p.ref() : null, post ? null : p.ref(), p.label(),
                    p.articles(), adds));
        }
        return out;
    }
}
