package io.github.verbatim.social;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;

/**
 * When a post was created, read from its id, for the platforms whose ids encode time.
 *
 * <ul>
 *   <li>X/Twitter status ids minted by Snowflake (since 2010-11-04): milliseconds since the Unix
 *       epoch are {@code (id >> 22) + 1288834974657}. Older, sequential ids (below
 *       {@value #FIRST_SNOWFLAKE_ID}, the bound TweetedAt uses) carry no time.</li>
 *   <li>Instagram shortcodes: base 64 over {@code A-Za-z0-9-_} gives the media id, and
 *       {@code (id >> 23) + 1314220021721} its milliseconds. A private post's shortcode is the public
 *       one followed by 28 more characters; only the public part is read (it is the first 11
 *       characters for every post since 2013).</li>
 * </ul>
 *
 * <p>Ids that do not fit a signed 64-bit integer are malformed (no platform mints them) and give
 * no time; nothing here throws on any input.
 */
final class PostIdTime {

    /** Milliseconds of X's Snowflake epoch, 2010-11-04T01:42:54.657Z. */
    static final long X_EPOCH_MS = 1288834974657L;
    /** Milliseconds of Instagram's id epoch, 2011-08-24T21:07:01.721Z. */
    static final long INSTAGRAM_EPOCH_MS = 1314220021721L;
    /** The first X status id minted by Snowflake; smaller ids are sequential and carry no time. */
    static final long FIRST_SNOWFLAKE_ID = 29_700_859_247L;
    /** Instagram media ids below this come from before sharded ids (2011) and carry no time. */
    static final long FIRST_SHARDED_MEDIA_ID = 1L << 40;
    /** Extra characters a private post's shortcode has after the public shortcode. */
    static final int PRIVATE_SUFFIX = 28;
    /** Characters of the longest public shortcode: 11 base-64 digits hold any 64-bit id. */
    static final int PUBLIC_SHORTCODE_MAX = 11;

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private PostIdTime() {
    }

    /**
     * Returns the creation time encoded in a post id, if the platform's ids encode one.
     *
     * @param platform the platform
     * @param postId the id as the URL gives it
     * @return the time, or empty for platforms without time in ids and for ids that carry none
     */
    static Optional<Instant> of(Platform platform, String postId) {
        return switch (platform) {
            case X -> fromSnowflake(postId);
            case INSTAGRAM -> fromShortcode(postId);
            default -> Optional.empty();
        };
    }

    /** Names the derivation for provenance: {@code snowflake-time} or {@code shortcode-time}. */
    static String method(Platform platform) {
        return platform == Platform.X ? "snowflake-time" : "shortcode-time";
    }

    /** Reads an X/Twitter status id (decimal digits). */
    static Optional<Instant> fromSnowflake(String id) {
        Optional<Long> value = asLong(id);
        if (value.isEmpty() || value.get() < FIRST_SNOWFLAKE_ID) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochMilli((value.get() >> 22) + X_EPOCH_MS));
    }

    /** Reads an Instagram shortcode, public or private. */
    static Optional<Instant> fromShortcode(String shortcode) {
        return mediaId(shortcode).filter(id -> id >= FIRST_SHARDED_MEDIA_ID)
                .map(id -> Instant.ofEpochMilli((id >> 23) + INSTAGRAM_EPOCH_MS));
    }

    /**
     * Returns the media id of an Instagram shortcode.
     *
     * @param shortcode the shortcode from a post URL
     * @return the media id, or empty if the shortcode is malformed or its id does not fit a long
     */
    static Optional<Long> mediaId(String shortcode) {
        String code = shortcode;
        if (code.length() > PUBLIC_SHORTCODE_MAX) {
            code = code.length() > PRIVATE_SUFFIX ? code.substring(0, code.length() - PRIVATE_SUFFIX) : "";
        }
        if (code.isEmpty() || code.length() > PUBLIC_SHORTCODE_MAX) {
            return Optional.empty();
        }
        BigInteger id = BigInteger.ZERO;
        for (int i = 0; i < code.length(); i++) {
            int digit = ALPHABET.indexOf(code.charAt(i));
            if (digit < 0) {
                return Optional.empty();
            }
            id = id.shiftLeft(6).or(BigInteger.valueOf(digit));
        }
        return id.compareTo(LONG_MAX) > 0 ? Optional.empty() : Optional.of(id.longValue());
    }

    private static Optional<Long> asLong(String digits) {
        if (digits.isEmpty() || digits.length() > 19 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        BigInteger value = new BigInteger(digits);
        return value.compareTo(LONG_MAX) > 0 ? Optional.empty() : Optional.of(value.longValue());
    }
}
