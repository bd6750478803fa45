package io.github.verbatim.html;

import io.github.verbatim.extract.ArticleText;
import io.github.verbatim.model.SocialPost;
import io.github.verbatim.model.Span;
import io.github.verbatim.model.TextPositionSelector;
import io.github.verbatim.social.SocialPostExtractor;
import io.github.verbatim.text.NormalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Core's post-URL canonicalization, reached through its public {@link SocialPostExtractor}: the
 * URL alone is read as a one-paragraph text, and the post found at exactly its span is the URL
 * understood (platform, canonical URL, id, handle, time from id, and the derivation in the
 * method). Core's parser itself is package-private; this adapter keeps one set of URL rules.
 */
final class PostUrls {

    private static final String NO_DOCUMENT = "sha256:" + "0".repeat(64);

    private final SocialPostExtractor extractor = new SocialPostExtractor();

    /**
     * Returns the post a URL names, or null if it names none core knows.
     *
     * @param url an absolute URL
     * @return the post, its provenance a placeholder to be replaced
     */
    @Nullable SocialPost parse(String url) {
        if (url.isEmpty() || url.length() > 2048 || url.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        NormalizedText text = NormalizedText.of(url);
        List<SocialPost> posts = extractor.extract(new ArticleText(text, NO_DOCUMENT, List.of(new Span(0, text.length()))));
        for (SocialPost post : posts) {
            TextPositionSelector position = post.provenance().position();
            if (position != null && position.start() == 0 && position.end() == text.length()) {
                return post;
            }
        }
        return null;
    }

    /** Returns the part of a core method after its base, such as {@code +snowflake-time}, or an empty string. */
    static String derivation(SocialPost post) {
        String method = post.provenance().method();
        int plus = method.indexOf('+');
        return plus < 0 ? "" : method.substring(plus);
    }
}
