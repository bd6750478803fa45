package io.github.verbatim.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Times of the model in one order. */
class TimesTest {

    @Test
    void aDayComesAfterTheTimesKnownWithinIt() {
        List<String> values = new ArrayList<>(List.of("2020-10-01", "2020-10-01T03:58:55.366Z", "2020-09-30T23:00:00-07:00",
                "2020-09-29", "2020", "2020-10-01T12:00"));
        values.sort((a, b) -> Times.ORDER.compare(Times.parse(a), Times.parse(b)));
        // 23:00 at -07:00 is 06:00 UTC on October 1.
        assertThat(values).containsExactly("2020", "2020-09-29", "2020-10-01T03:58:55.366Z", "2020-09-30T23:00:00-07:00",
                "2020-10-01T12:00", "2020-10-01");
    }

    @Test
    void notTimes() {
        assertThat(Times.parse("last Wednesday")).isNull();
        assertThat(Times.parse("2020-13-01")).isNull();
        assertThat(Times.parse(null)).isNull();
    }
}
