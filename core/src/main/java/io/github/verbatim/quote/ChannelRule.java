package io.github.verbatim.quote;

import io.github.verbatim.text.Keywords;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells how quoted words were published from the words around them: an Instagram post, story or
 * video, a tweet, a Facebook or TikTok post, a YouTube video, an interview with a named outlet, a
 * TV show, a speech, a statement, a podcast.
 */
final class ChannelRule {

    private static final Pattern[] PATTERNS = {
        Pattern.compile("(?i)\\binstagram stor(?:y|ies)\\b"),
        Pattern.compile("(?i)\\binstagram (?:video|live|reel)\\b"),
        Pattern.compile("(?i)\\b(?:instagram (?:post|caption|photo|message|update|upload|page|account)|on instagram"
                + "|instagram)\\b"),
        Pattern.compile("(?i)\\b(?:tweet(?:ed|s)?|twitter|on x)\\b"),
        Pattern.compile("(?i)\\bfacebook\\b"),
        Pattern.compile("(?i)\\btiktok\\b"),
        Pattern.compile("(?i)\\byoutube\\b"),
        Pattern.compile("(?i)\\bpodcast\\b"),
        Pattern.compile("(?i)\\bspeech\\b"),
        Pattern.compile("(?i)\\bpress conference\\b"),
        Pattern.compile("(?i)\\b(?:in a|in the|a joint|the) statement\\b"),
    };
    private static final String[] CHANNELS = {
        "instagram-story", "instagram-video", "instagram-post", "tweet", "facebook-post", "tiktok-video",
        "youtube-video", "podcast", "speech", "press-conference", "statement",
    };
    /** A word each pattern needs, checked in the lower-cased context before the pattern runs. */
    private static final Keywords[] KEYWORDS = {
        Keywords.of("instagram"), Keywords.of("instagram"), Keywords.of("instagram"),
        Keywords.of("tweet", "twitter", "on x"), Keywords.of("facebook"), Keywords.of("tiktok"),
        Keywords.of("youtube"), Keywords.of("podcast"), Keywords.of("speech"),
        Keywords.of("press conference"), Keywords.of("statement"),
    };
    private static final Keywords TV_WORDS = Keywords.of("appear", "episode", "show", "guest");
    private static final Keywords INTERVIEW_WORDS = Keywords.of("told", "interview", "speaking to", "spoke to");
    private static final Pattern INTERVIEW = Pattern.compile(
            "(?:\\binterview with|\\btold|\\bspeaking to|\\bspoke to|\\bin an interview with)\\s+(?<outlet>(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}’'&\\-.]*(?:\\s+\\p{Lu}[\\p{L}’'&\\-.]*){0,3})");
    private static final Pattern TV = Pattern.compile(
            "\\b(?:appeared on|appearance on|during an episode of|on (?:her|his|their) show|guest(?:ing)? on)\\s+(?:(?:\\p{Lu}+\\s+)?(?:show|series|programme|program)\\s+)?(?<show>\\p{Lu}[\\p{L}’'&\\-.]*(?:\\s+\\p{Lu}[\\p{L}’'&\\-.]*){0,3})?");

    private static final Pattern NOT_OUTLET = Pattern.compile("(?:[Hh]er|[Hh]im|[Tt]hem|[Ff]ans|[Tt]he audience)\\b");

    private ChannelRule() {
    }

    /**
     * Finds the channel in the words around a quote.
     *
     * @param context the attribution sentence and the one before it
     * @param names the people the article names, so that "told Teigen" is not an interview with an outlet
     * @return such as {@code instagram-post}, {@code interview:The Cut} or {@code tv:FABLife}; null if none is named
     */
    static String find(String context, NameIndex names) {
        String lower = context.toLowerCase(java.util.Locale.ROOT);
        if (TV_WORDS.anyIn(lower)) {
            String tv = tv(context);
            if (tv != null) {
                return tv;
            }
        }
        if (INTERVIEW_WORDS.anyIn(lower)) {
            Matcher interview = INTERVIEW.matcher(context);
            while (interview.find()) {
                String outlet = interview.group("outlet");
                if (!names.isPerson(outlet) && !NOT_OUTLET.matcher(outlet).lookingAt()) {
                    return "interview:" + outlet;
                }
            }
        }
        for (int i = 0; i < PATTERNS.length; i++) {
            if (KEYWORDS[i].anyIn(lower) && PATTERNS[i].matcher(context).find()) {
                return CHANNELS[i];
            }
        }
        return null;
    }

    private static String tv(String context) {
        Matcher tv = TV.matcher(context);
        if (tv.find()) {
            return tv.group("show") == null ? "tv" : "tv:" + tv.group("show");
        }
        return null;
    }
}
