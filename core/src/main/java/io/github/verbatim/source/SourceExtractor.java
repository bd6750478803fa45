package io.github.verbatim.source;

import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.extract.ArticleText;
import io.github.verbatim.model.Source;
import io.github.verbatim.model.Span;
import io.github.verbatim.text.NormalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the sources an article names in its text, each with the words that name it as provenance:
 * <ul>
 *   <li>{@code publisher}: an outlet's sign-off or footer brand ({@code SignOffs});</li>
 *   <li>{@code republished-from}: {@code This article is republished from Daily Mail Online}
 *       ({@code RepublicationNotes});</li>
 *   <li>{@code cited}: {@code Source: NHS Choices}, {@code according to the NHS}, {@code The NHS
 *       writes:} ({@code CitedAuthorities});</li>
 *   <li>{@code related}: {@code RELATED: <title>} ({@code RelatedLines});</li>
 *   <li>{@code referenced}: a music video, song, TV appearance, interview or event named with its
 *       kind ({@code ReferencedWorks});</li>
 *   <li>{@code platform}: Instagram, Twitter … named as where things were said
 *       ({@code PlatformMentions}).</li>
 * </ul>
 * Each source is given once, at its first mention: same kind and same name, ignoring case.
 */
public final class SourceExtractor {

    private static final String AGENT = SoftwareAgent.of("sources");

    private final List<MentionFinder> finders = List.of(new SignOffs(), new RepublicationNotes(),
            new CitedAuthorities(), new RelatedLines(), new ReferencedWorks(), new PlatformMentions());

    /** Creates the extractor. */
    public SourceExtractor() {
    }

    /**
     * Finds the sources.
     *
     * @param text the article's text; its paragraphs and the boilerplate paragraphs both count,
     *     since sign-offs and republication notes live in boilerplate
     * @param boilerplate the paragraphs that are not the article's body
     * @return the sources in text order
     */
    public List<Source> extract(ArticleText text, List<Span> boilerplate) {
        List<Span> paragraphs = allParagraphs(text, boilerplate);
        Set<Span> isBoilerplate = Set.copyOf(boilerplate);
        NormalizedText matchable = PlainSpaces.of(text.text());
        List<Mention> mentions = new ArrayList<>();
        for (MentionFinder finder : finders) {
            mentions.addAll(finder.find(matchable, paragraphs, isBoilerplate));
        }
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        Map<String, Source> unique = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            unique.putIfAbsent(mention.kind() + " " + mention.name().toLowerCase(Locale.ROOT),
                    new Source(mention.kind(), mention.name(), mention.url(),
                            mention.provenance(text.text(), text.documentId(), AGENT)));
        }
        return List.copyOf(unique.values());
    }

    /** Returns the body and boilerplate paragraphs together, in text order, each once. */
    static List<Span> allParagraphs(ArticleText text, List<Span> boilerplate) {
        Set<Span> seen = new HashSet<>();
        List<Span> all = new ArrayList<>();
        for (Span span : text.paragraphs()) {
            if (seen.add(span)) {
                all.add(span);
            }
        }
        for (Span span : boilerplate) {
            if (seen.add(span)) {
                all.add(span);
            }
        }
        all.sort(Comparator.comparingInt(Span::start));
        return all;
    }
}
