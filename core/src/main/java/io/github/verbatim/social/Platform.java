package io.github.verbatim.social;

/** A platform whose posts Verbatim recognizes, with the name {@code SocialPost.platform} carries. */
enum Platform {
    INSTAGRAM("instagram", true),
    X("x", true),
    FACEBOOK("facebook", false),
    TIKTOK("tiktok", true),
    YOUTUBE("youtube", true),
    THREADS("threads", true),
    BLUESKY("bluesky", false),
    MASTODON("mastodon", false);

    private final String id;
    private final boolean globalIds;

    Platform(String id, boolean globalIds) {
        this.id = id;
        this.globalIds = globalIds;
    }

    /**
     * Returns the platform of a {@code SocialPost.platform} name.
     *
     * @param id such as {@code x}
     * @return the platform
     * @throws IllegalArgumentException if no platform has that name
     */
    static Platform of(String id) {
        for (Platform platform : values()) {
            if (platform.id.equals(id)) {
                return platform;
            }
        }
        throw new IllegalArgumentException("no platform " + id);
    }

    /** Returns the name written in {@code SocialPost.platform}, such as {@code x}. */
    String id() {
        return id;
    }

    /**
     * Tells whether a post id names one post on the whole platform (an X status id, an Instagram
     * shortcode), so two URLs with the same id are the same post whatever else they say; otherwise
     * ids are scoped to an account, page or instance and only the canonical URL identifies a post.
     */
    boolean globalIds() {
        return globalIds;
    }
}
