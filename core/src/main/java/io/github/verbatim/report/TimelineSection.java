package io.github.verbatim.report;

import io.github.verbatim.cite.CitedPost;
import io.github.verbatim.cite.CslItem;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.SocialPost;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The social posts the articles carry, once each, on a timeline by day: the time a post's id
 * gives where it gives one (in UTC), else the date the article states; undated posts last.
 */
final class TimelineSection {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** A post placed in time. */
    private record Entry(CitedPost cited, @Nullable LocalDate day, @Nullable Instant time) {
    }

    private TimelineSection() {
    }

    static void write(Html html, ReportContext ctx) {
        List<CitedPost> posts = ctx.references().posts();
        html.raw("<section class=\"part\" id=\"timeline\" aria-labelledby=\"timeline-h\">")
                .raw("<h2 id=\"timeline-h\">Social posts on a timeline</h2>")
                .raw("<p class=\"lead\">Every post the articles link, embed or quote, once however many articles carry it. "
                        + "Times come from the post's id and are in UTC; a date alone is the one the article gives.</p>");
        if (posts.isEmpty()) {
            html.raw("<p class=\"note\">The articles carry no social posts.</p></section>");
            return;
        }
        List<Entry> entries = new ArrayList<>();
        for (CitedPost cited : posts) {
            entries.add(place(cited));
        }
        Map<LocalDate, List<Entry>> byDay = entries.stream().filter(e -> e.day() != null)
                .collect(Collectors.groupingBy(Entry::day, TreeMap::new, Collectors.toList()));
        List<Entry> undated = entries.stream().filter(e -> e.day() == null).toList();
        html.raw("<ol class=\"timeline\">");
        byDay.forEach((day, list) -> day(html, ctx, Dates.day(day), day.toString(), list.stream()
                .sorted(Comparator.comparing((Entry e) -> e.time() == null ? Instant.MAX : e.time())).toList()));
        if (!undated.isEmpty()) {
            day(html, ctx, "Undated", null, undated);
        }
        html.raw("</ol></section>");
    }

    private static void day(Html html, ReportContext ctx, String heading, @Nullable String iso, List<Entry> entries) {
        html.raw("<li><h3>");
        if (iso != null) {
            html.raw("<time").attr("datetime", iso).raw(">").text(heading).raw("</time>");
        } else {
            html.text(heading);
        }
        html.text(" · " + ArticleSection.count(entries.size(), "post")).raw("</h3><ol class=\"posts\">");
        for (Entry entry : entries) {
            post(html, ctx, entry);
        }
        html.raw("</ol></li>");
    }

    private static void post(Html html, ReportContext ctx, Entry entry) {
        SocialPost post = entry.cited().post();
        CslItem item = ctx.item(entry.cited().key());
        String platform = item.containerTitle() == null ? post.platform() : item.containerTitle();
        html.raw("<li><article class=\"post\"").attr("id", "post-" + entry.cited().key())
                .attr("aria-label", platform + " post" + (post.authorName() == null ? "" : " by " + post.authorName()))
                .raw("><p class=\"account\"><span").attr("class", "platform platform-" + post.platform().replaceAll("[^a-z0-9]", ""))
                .raw(">").text(platform).raw("</span>");
        if (post.authorName() != null) {
            html.text(post.authorName() + " ");
        }
        if (post.authorHandle() != null) {
            html.raw("<span class=\"handle\">").text("@" + post.authorHandle()).raw("</span>");
        }
        html.raw("</p>");
        if (post.text() != null && !post.text().isBlank()) {
            html.raw("<p class=\"text\">").text(post.text()).raw("</p>");
        } else {
            html.raw("<p class=\"text devised\">").text("Linked; the articles do not quote it.").raw("</p>");
        }
        html.raw("<p class=\"meta\">");
        if (entry.time() != null) {
            html.raw("<time").attr("datetime", entry.time().toString()).raw(">").text(CLOCK.format(entry.time()))
                    .raw("</time> · ");
        }
        html.link(post.url(), post.url().replaceFirst("^https?://(www\\.)?", "")).text(" · in ");
        List<String> articles = entry.cited().articles();
        for (int i = 0; i < articles.size(); i++) {
            Article article = ctx.article(articles.get(i));
            if (i > 0) {
                html.text(", ");
            }
            if (article == null) {
                html.text(articles.get(i));
            } else {
                html.raw("<a").attr("href", "#" + ctx.anchor(article)).raw(">").text(ctx.label(article)).raw("</a>");
            }
        }
        html.raw("</p></article></li>");
    }

    private static Entry place(CitedPost cited) {
        SocialPost post = cited.post();
        if (post.postedAtFromId() != null) {
            Instant time = post.postedAtFromId();
            return new Entry(cited, time.atOffset(ZoneOffset.UTC).toLocalDate(), time);
        }
        if (post.postedAt() != null && post.postedAt().length() >= 10) {
            try {
                return new Entry(cited, LocalDate.parse(post.postedAt().substring(0, 10)), null);
            } catch (DateTimeParseException e) {
                return new Entry(cited, null, null);
            }
        }
        return new Entry(cited, null, null);
    }
}
