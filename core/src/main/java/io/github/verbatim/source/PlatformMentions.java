package io.github.verbatim.source;

import io.github.verbatim.model.SourceKind;
import io.github.verbatim.model.Span;
import io.github.verbatim.text.Keywords;
import io.github.verbatim.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Platforms the article names as where things were said: {@code on Instagram}, {@code an Instagram
 * post}, {@code her Twitter page}, and the verb {@code tweeted} (Twitter). Kind {@code platform},
 * named as the platform writes itself; the first mention of each is kept by the caller. Names are
 * matched with their capital (so {@code threads} of a story is not Threads) and never inside a
 * URL, handle or hashtag; {@code Threads} and {@code X} need a cue ({@code on Threads}, {@code X
 * post}), being ordinary words too.
 */
final class PlatformMentions implements MentionFinder {

    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}@#/._-])(?:(Instagram|Twitter|Facebook|TikTok|YouTube|Snapchat|Bluesky|Mastodon|Reddit"
            + "|LinkedIn|Weibo)|(?<=\\bon )(Threads)|(Threads|X)(?= (?:post|posts|account|thread)\\b)"
            + "|([Tt]weet(?:ed|ing|s)?|[Rr]etweet(?:ed|s)?))(?![\\p{L}\\p{N}_])");

    private static final Keywords PLATFORM_WORDS = Keywords.ofAnyCase("instagram", "twitter", "facebook", "tiktok",
            "youtube", "snapchat", "bluesky", "mastodon", "reddit", "linkedin", "weibo", "threads", "x ", "tweet");

    @Override
    public List<Mention> find(NormalizedText text, List<Span> paragraphs, Set<Span> boilerplate) {
        List<Mention> found = new ArrayList<>();
        for (Span paragraph : paragraphs) {
            if (boilerplate.contains(paragraph)) {
                continue;
            }
            int from = text.charIndex(paragraph.start());
            int to = text.charIndex(paragraph.end());
            if (!PLATFORM_WORDS.anyIn(text.text(), from, to)) {
                continue;
            }
            Matcher m = NAME.matcher(text.text()).region(from, to);
            while (m.find()) {
                if (m.group(4) != null) {
                    found.add(Mention.of(text, m.start(), m.end(), SourceKind.PLATFORM, "Twitter",
                            "source:platform-verb", 0.7));
                } else {
                    String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    found.add(Mention.of(text, m.start(), m.end(), SourceKind.PLATFORM, name, "source:platform-name",
                            0.9));
                }
            }
        }
        return found;
    }
}
