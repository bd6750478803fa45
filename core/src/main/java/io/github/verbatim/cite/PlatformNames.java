package io.github.verbatim.cite;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** How references name a social platform, and what kind of post each one holds. */
final class PlatformNames {

    private static final Map<String, String> NAMES = Map.of(
            "instagram", "Instagram",
            "x", "X",
            "facebook", "Facebook",
            "tiktok", "TikTok",
            "youtube", "YouTube",
            "threads", "Threads",
            "bluesky", "Bluesky",
            "mastodon", "Mastodon");

    private PlatformNames() {
    }

    /** Returns the platform's name as its owner writes it, such as {@code TikTok}; an unknown id capitalized. */
    static String name(String platform) {
        String known = NAMES.get(platform);
        if (known != null) {
            return known;
        }
        return platform.isEmpty() ? platform
                : platform.substring(0, 1).toUpperCase(Locale.ROOT) + platform.substring(1);
    }

    /**
     * Returns the CSL {@code genre} of a post, the bracketed description APA 7 puts after its
     * title: {@code Video} where the platform holds only videos, {@code Post} where it holds text
     * posts, and null for Instagram, whose posts may be photographs or videos.
     */
    static @Nullable String genre(String platform) {
        return switch (platform) {
            case "tiktok", "youtube" -> "Video";
            case "x", "facebook", "threads", "bluesky", "mastodon" -> "Post";
            default -> null;
        };
    }
}
