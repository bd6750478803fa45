package io.github.verbatim.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostIdTimeTest {

    private static final BigInteger X_EPOCH = BigInteger.valueOf(1288834974657L);
    private static final BigInteger INSTAGRAM_EPOCH = BigInteger.valueOf(1314220021721L);

    @ParameterizedTest
    @ValueSource(strings = {"1311505394574602241", "1311479520203726848", "29700859247", "9223372036854775807"})
    void snowflakeTimeIsTheIdShiftedBy22PlusTheEpoch(String id) {
        Instant expected = Instant.ofEpochMilli(new BigInteger(id).shiftRight(22).add(X_EPOCH).longValueExact());
        assertThat(PostIdTime.fromSnowflake(id)).contains(expected);
    }

    @Test
    void aTweetOfTheSeedEventDatesFromThatNight() {
        // An id of the kind X minted on the night of 2020-09-30/10-01 (Pacific time).
        Instant time = PostIdTime.fromSnowflake("1311505394574602241").orElseThrow();
        assertThat(time).isBetween(Instant.parse("2020-10-01T00:00:00Z"), Instant.parse("2020-10-01T12:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20", "1", "29700859246", "0"})
    void sequentialIdsFromBefore2010CarryNoTime(String id) {
        assertThat(PostIdTime.fromSnowflake(id)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "99999999999999999999", "18446744073709551615",
        "123456789012345678901234567890", "", "12a", "-5", "+5", "１２３"})
    void idsTooLargeForALongOrNotDecimalGiveNoTimeAndDoNotThrow(String id) {
        assertThat(PostIdTime.fromSnowflake(id)).isEmpty();
        assertThat(PostIdTime.of(Platform.X, id)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CFyWQLWpJ3u", "CFs8I2JpDf0", "CE2SoaIJSOY", "CEhKi99pw_c", "CXhfQ9OgFjP", "CK1JqHqFVOy"})
    void shortcodeTimeIsTheMediaIdShiftedBy23PlusTheEpoch(String shortcode) {
        BigInteger mediaId = new BigInteger(1, Base64.getUrlDecoder().decode("A" + shortcode));
        Instant expected = Instant.ofEpochMilli(mediaId.shiftRight(23).add(INSTAGRAM_EPOCH).longValueExact());
        assertThat(PostIdTime.mediaId(shortcode)).contains(mediaId.longValueExact());
        assertThat(PostIdTime.fromShortcode(shortcode)).contains(expected);
    }

    @Test
    void aPrivatePostsShortcodeIsThePublicOneFollowedBy28Characters() {
        String publicCode = "CFyWQLWpJ3u";
        String privateCode = publicCode + "AxDmgS1dkC_EX3yJjDl2ZHGQh8w0";
        assertThat(privateCode).hasSize(39);
        assertThat(PostIdTime.mediaId(privateCode)).isEqualTo(PostIdTime.mediaId(publicCode));
        assertThat(PostIdTime.fromShortcode(privateCode)).isEqualTo(PostIdTime.fromShortcode(publicCode));
        // So for every private code of a post since 2013 the media id is read from the first 11.
        assertThat(privateCode.substring(0, 11)).isEqualTo(publicCode);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CFyWQLWpJ3uX", "CFyWQLWpJ3uXXXXXXXXXXXXXXXXX", "CFy!QLWpJ3u", "___________", "/////", "CFyWQLWpJ3u+"})
    void malformedOrOverlongShortcodesGiveNoTimeAndDoNotThrow(String shortcode) {
        assertThat(PostIdTime.fromShortcode(shortcode)).isEmpty();
        assertThat(PostIdTime.of(Platform.INSTAGRAM, shortcode)).isEmpty();
    }

    @Test
    void theLargestElevenCharacterShortcodeThatFitsALongDecodes() {
        // "H" is 7: 3 + 10 * 6 = 63 bits, all ones — Long.MAX_VALUE; "I" (8) would need a 64th bit.
        assertThat(PostIdTime.mediaId("H__________")).contains(Long.MAX_VALUE);
        assertThat(PostIdTime.mediaId("IAAAAAAAAAA")).isEmpty();
    }

    @Test
    void shortcodesOfSmallOldIdsCarryNoTime() {
        assertThat(PostIdTime.mediaId("BAKe")).isPresent();
        assertThat(PostIdTime.fromShortcode("BAKe")).isEmpty();
    }

    @Test
    void otherPlatformsHaveNoTimeInTheirIds() {
        assertThat(PostIdTime.of(Platform.YOUTUBE, "dQw4w9WgXcQ")).isEmpty();
        assertThat(PostIdTime.of(Platform.FACEBOOK, "10157862377736011")).isEmpty();
    }
}
