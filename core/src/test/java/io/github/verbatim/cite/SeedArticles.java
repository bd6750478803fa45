package io.github.verbatim.cite;

import io.github.verbatim.Seeds;
import io.github.verbatim.Verbatim;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.SocialPost;
import io.github.verbatim.read.ReadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The five seeds read as articles, captured at a fixed time, as the citation tests use them. */
final class SeedArticles {

    static final Instant CAPTURED = Instant.parse("2026-11-21T10:15:30Z");

    private static final Verbatim VERBATIM = Verbatim.builder().serviceLoader(false)
            .clock(Clock.fixed(CAPTURED, ZoneOffset.UTC)).build();
    private static List<Article> all;

    private SeedArticles() {
    }

    /** Returns the five articles in seed order. */
    static synchronized List<Article> all() {
        if (all == null) {
            all = Seeds.files().stream().map(SeedArticles::read).toList();
        }
        return all;
    }

    /** Returns one seed's article, such as {@code "004"}. */
    static Article seed(String number) {
        return read(Seeds.seed(number));
    }

    /** Returns John Legend's tweet "We love you, Jack" as seed 003 gives it. */
    static SocialPost johnLegendTweet() {
        return seed("003").socialPosts().stream().filter(p -> "johnlegend".equals(p.authorHandle())).findFirst()
                .orElseThrow();
    }

    private static Article read(Path file) {
        try {
            return VERBATIM.extract(file);
        } catch (ReadException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
