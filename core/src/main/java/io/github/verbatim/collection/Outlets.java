package io.github.verbatim.collection;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.Origin;
import io.github.verbatim.model.Source;
import io.github.verbatim.model.SourceKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which outlet each article counts for. An article republished from another outlet counts for
 * that outlet; else for its publisher; else for the host of its URL or of the URL it was captured
 * from; else for itself. Names and hosts are compared loosely ({@code Daily Mail Online} and
 * {@code www.dailymail.co.uk} are one outlet, as are {@code The Guardian} and
 * {@code theguardian.com}): lower case, letters and digits only, without a leading {@code the} or
 * a trailing {@code online}; a host by the label before its public suffix.
 */
final class Outlets {

    private final Map<String, String> nameOfArticle = new HashMap<>();
    private final List<Outlet> outlets = new ArrayList<>();

    private Outlets(List<Article> articles) {
        Map<String, List<Article>> byKey = new LinkedHashMap<>();
        Map<String, Outlet.Basis> basis = new HashMap<>();
        Map<String, String> name = new HashMap<>();
        Map<String, List<String>> republished = new HashMap<>();
        for (Article article : articles) {
            Outlet.Basis b;
            String n;
            Source from = republishedFrom(article);
            String host = host(article);
            if (from != null) {
                b = Outlet.Basis.REPUBLISHED_FROM;
                n = from.name();
            } else if (article.publisher() != null) {
                b = Outlet.Basis.PUBLISHER;
                n = article.publisher().name();
            } else if (host != null) {
                b = Outlet.Basis.URL_HOST;
                n = host;
            } else {
                b = Outlet.Basis.ARTICLE;
                n = article.id();
            }
            String key = b == Outlet.Basis.ARTICLE ? n : key(n);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(article);
            // A name an article gives beats a host name.
            if (!name.containsKey(key) || basis.get(key) == Outlet.Basis.URL_HOST && b != Outlet.Basis.URL_HOST) {
                name.put(key, n);
                basis.put(key, b);
            }
            if (from != null) {
                republished.computeIfAbsent(key, k -> new ArrayList<>()).add(article.id());
            }
        }
        for (Map.Entry<String, List<Article>> e : byKey.entrySet()) {
            String n = name.get(e.getKey());
            List<String> ids = e.getValue().stream().map(Article::id).toList();
            ids.forEach(id -> nameOfArticle.put(id, n));
            outlets.add(new Outlet(n, basis.get(e.getKey()), ids, republished.getOrDefault(e.getKey(), List.of())));
        }
    }

    static Outlets of(List<Article> articles) {
        return new Outlets(articles);
    }

    /** Returns the name of the outlet an article counts for. */
    String of(String articleId) {
        return nameOfArticle.get(articleId);
    }

    List<Outlet> list() {
        return outlets;
    }

    private static @Nullable Source republishedFrom(Article article) {
        for (Source s : article.sources()) {
            if (s.kind() == SourceKind.REPUBLISHED_FROM) {
                return s;
            }
        }
        return null;
    }

    private static @Nullable String host(Article article) {
        String host = hostOf(article.url());
        if (host != null) {
            return host;
        }
        for (Origin origin : article.capture().origins()) {
            if (origin.kind().equals("url")) {
                host = hostOf(origin.location());
                if (host != null) {
                    return host;
                }
            }
        }
        return null;
    }

    private static @Nullable String hostOf(@Nullable String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.trim()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^(?:www\\d*|m|amp|mobile)\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Returns the key outlets are compared by. */
    static String key(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (!n.contains(" ") && n.contains(".")) {
            String[] labels = n.replaceFirst("^(?:www\\d*|m|amp|mobile)\\.", "").split("\\.");
            String label = labels.length >= 3 && labels[labels.length - 1].length() == 2
                    && labels[labels.length - 2].length() <= 3 ? labels[labels.length - 3]
                    : labels.length >= 2 ? labels[labels.length - 2] : labels[0];
            return label.startsWith("the") && label.length() >= 6 ? label.substring(3) : label;
        }
        n = n.replaceFirst("^the\\s+", "").replaceFirst("\\s+online$", "").replaceFirst("\\.com$", "");
        return n.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
