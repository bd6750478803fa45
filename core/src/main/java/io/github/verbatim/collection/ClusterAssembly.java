package io.github.verbatim.collection;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.Quote;
import io.github.verbatim.model.SocialPost;
import io.github.verbatim.model.Source;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Turns clustered quotations back into {@link QuoteCluster}s of the articles: members with their
 * diffs, the agreed speaker, the posts and sources the members tie the statement to, the earliest
 * attestation and the corroboration.
 */
final class ClusterAssembly {

    /** One clustered quotation: its article (position in the collection) and quote. */
    record Member(int article, int quote) {
    }

    private final List<Article> articles;
    private final List<Member> members;
    private final QuoteClusters clusters;
    private final Outlets outlets;
    /** Every post of the collection by canonical URL, as the first article giving it has it. */
    private final Map<String, SocialPost> postsByUrl = new HashMap<>();

    ClusterAssembly(List<Article> articles, List<Member> members, QuoteClusters clusters, Outlets outlets) {
        this.articles = articles;
        this.members = members;
        this.clusters = clusters;
        this.outlets = outlets;
        for (Article article : articles) {
            for (SocialPost p : article.socialPosts()) {
                postsByUrl.putIfAbsent(p.url(), p);
            }
        }
    }

    List<QuoteCluster> assemble() {
        List<QuoteCluster> out = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (int c = 0; c < clusters.clusterCount(); c++) {
            out.add(cluster(c, ids));
        }
        Map<QuoteCluster, Integer> first = new HashMap<>();
        for (int c = 0; c < out.size(); c++) {
            first.put(out.get(c), clusters.members(c)[0]);
        }
        out.sort(Comparator.comparingInt((QuoteCluster q) -> -q.corroboration().outlets())
                .thenComparingInt(q -> -q.members().size())
                .thenComparingInt(first::get));
        return out;
    }

    private QuoteCluster cluster(int c, Map<String, Integer> ids) {
        int[] quotes = clusters.members(c);
        Member fullest = members.get(clusters.fullest(c));
        Quote fullestQuote = quote(fullest);
        List<ClusterMember> out = new ArrayList<>();
        SpeakerNames names = new SpeakerNames();
        Map<Integer, String> groupName = new LinkedHashMap<>();
        Map<Integer, Integer> groupCount = new LinkedHashMap<>();
        int unattributed = 0;
        Map<String, List<QuoteRef>> postVia = new LinkedHashMap<>();
        Map<String, SocialPost> posts = new HashMap<>();
        Map<String, List<QuoteRef>> sourceVia = new LinkedHashMap<>();
        Map<String, Source> sources = new HashMap<>();
        TreeSet<String> outletNames = new TreeSet<>();
        TreeSet<String> articleIds = new TreeSet<>();
        for (int q : quotes) {
            Member m = members.get(q);
            Article article = articles.get(m.article());
            Quote quote = article.quotes().get(m.quote());
            QuoteRef ref = new QuoteRef(article.id(), m.quote());
            String speaker = quote.speaker() == null ? null : quote.speaker().name();
            out.add(new ClusterMember(article.id(), m.quote(), quote.kind(), quote.provenance().position(), speaker,
                    quote.socialPost(), clusters.diff(q)));
            if (speaker == null) {
                unattributed++;
            } else {
                int group = group(names, groupName.keySet(), names.id(speaker));
                groupCount.merge(group, 1, Integer::sum);
                String shown = groupName.get(group);
                if (shown == null || speaker.length() > shown.length()) {
                    groupName.put(group, speaker);
                }
            }
            if (quote.socialPost() != null) {
                postVia.computeIfAbsent(quote.socialPost(), u -> new ArrayList<>()).add(ref);
                SocialPost post = post(article, quote.socialPost());
                if (post != null) {
                    posts.putIfAbsent(post.url(), post);
                }
            }
            Source source = channelSource(article, quote.channel());
            if (source != null) {
                String key = source.name().toLowerCase(Locale.ROOT);
                sourceVia.computeIfAbsent(key, k -> new ArrayList<>()).add(ref);
                sources.putIfAbsent(key, source);
            }
            outletNames.add(outlets.of(article.id()));
            articleIds.add(article.id());
        }
        List<SpeakerCount> speakers = new ArrayList<>();
        groupCount.forEach((g, n) -> speakers.add(new SpeakerCount(groupName.get(g), n)));
        speakers.sort(Comparator.comparingInt((SpeakerCount s) -> -s.members()).thenComparing(SpeakerCount::name));
        String agreed = agreed(speakers, fullestQuote);

        List<PrimarySource> primary = new ArrayList<>();
        postVia.forEach((url, via) -> {
            SocialPost p = posts.get(url);
            primary.add(p == null
                    ? new PrimarySource(PrimarySource.Type.POST, null, url, null, null, null, null, via)
                    : new PrimarySource(PrimarySource.Type.POST, p.authorName() != null ? p.authorName()
                            : p.authorHandle(), p.url(), p.platform(), p.postId(), p.postedAt(), p.postedAtFromId(),
                            via));
        });
        primary.sort(Comparator.comparing((PrimarySource p) -> time(p), Comparator.nullsLast(Times.ORDER))
                .thenComparing(p -> String.valueOf(p.url())));
        sourceVia.forEach((key, via) -> {
            Source s = sources.get(key);
            primary.add(new PrimarySource(PrimarySource.Type.SOURCE, s.name(), s.url(), null, null, null, null, via));
        });

        String id = "q-" + sha256(words(fullestQuote.text())).substring(0, 16);
        int seen = ids.merge(id, 1, Integer::sum);
        if (seen > 1) {
            id = id + "-" + seen;
        }
        return new QuoteCluster(id, fullestQuote.text(), new QuoteRef(articles.get(fullest.article()).id(),
                fullest.quote()), agreed, speakers, unattributed, out, primary, earliest(primary, quotes),
                new Corroboration(outletNames.size(), articleIds.size(), List.copyOf(outletNames)));
    }

    private static int group(SpeakerNames names, Iterable<Integer> groups, int id) {
        for (int g : groups) {
            if (names.agree(g, id)) {
                return g;
            }
        }
        return id;
    }

    /** The speaker most members name; on a tie, the fullest quotation's, then the first by name. */
    private static @Nullable String agreed(List<SpeakerCount> speakers, Quote fullest) {
        if (speakers.isEmpty()) {
            return null;
        }
        int top = speakers.get(0).members();
        if (fullest.speaker() != null) {
            SpeakerNames names = new SpeakerNames();
            int own = names.id(fullest.speaker().name());
            for (SpeakerCount s : speakers) {
                if (s.members() == top && names.agree(names.id(s.name()), own)) {
                    return s.name();
                }
            }
        }
        return speakers.get(0).name();
    }

    private @Nullable SocialPost post(Article article, String url) {
        for (SocialPost p : article.socialPosts()) {
            if (p.url().equals(url)) {
                return p;
            }
        }
        return postsByUrl.get(url);
    }

    /**
     * The source a quotation's channel names, such as {@code interview:The Cut} or
     * {@code tv:FABLife}, as the article lists it.
     */
    private static @Nullable Source channelSource(Article article, @Nullable String channel) {
        if (channel == null || channel.indexOf(':') < 0) {
            return null;
        }
        String name = channel.substring(channel.indexOf(':') + 1).trim();
        for (Source s : article.sources()) {
            if (s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        return null;
    }

    private static Times.@Nullable Time time(PrimarySource p) {
        Times.Time stated = Times.parse(p.postedAt());
        if (stated != null) {
            return stated;
        }
        return p.postedAtFromId() == null ? null : new Times.Time(p.postedAtFromId(), false);
    }

    private @Nullable Attestation earliest(List<PrimarySource> primary, int[] quotes) {
        for (PrimarySource p : primary) {
            if (p.type() == PrimarySource.Type.POST && time(p) != null) {
                // Sources are sorted: the first timed post is the earliest.
                return p.postedAt() != null && Times.parse(p.postedAt()) != null
                        ? new Attestation(p.postedAt(), Attestation.Basis.POSTED_AT, p.url(), null)
                        : new Attestation(p.postedAtFromId().toString(), Attestation.Basis.POST_ID, p.url(), null);
            }
        }
        Article first = null;
        Times.Time firstTime = null;
        for (int q : quotes) {
            Article article = articles.get(members.get(q).article());
            Times.Time t = Times.parse(article.published());
            if (t != null && (firstTime == null || Times.ORDER.compare(t, firstTime) < 0)) {
                first = article;
                firstTime = t;
            }
        }
        return first == null ? null
                : new Attestation(first.published(), Attestation.Basis.PUBLISHED, null, first.id());
    }

    private Quote quote(Member m) {
        return articles.get(m.article()).quotes().get(m.quote());
    }

    /** The normalized words of a text, space-separated. */
    static String words(String text) {
        StringBuilder out = new StringBuilder();
        Words.scan(text, (hash, start, end, cut) -> {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(Words.normalized(text, start, end));
        });
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required algorithm", e);
        }
    }
}
