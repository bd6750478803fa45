package io.github.verbatim.source;

import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.extract.ArticleText;
import io.github.verbatim.model.SourceKind;
import io.github.verbatim.model.Span;
import io.github.verbatim.read.MetadataField;
import io.github.verbatim.read.MetadataValue;
import io.github.verbatim.text.NormalizedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds metadata that plain text gives in its words rather than in markup: a byline's authors, a
 * publisher's sign-off. Used after the reader's own metadata, for fields the reader left empty.
 *
 * <ul>
 *   <li>Authors from a byline ({@code By Jane Doe and John Roe}, {@code Jane Doe, Staff Writer};
 *       see {@code Bylines}), each with the span of its name, method {@code text:byline}. Never a
 *       one-word name, never the publisher's name or an outlet's.</li>
 *   <li>The publisher from a sign-off in the outlet's own voice ({@code Urban Islandz would also
 *       like to express our deepest condolences}) or a footer brand line, with the rule's method
 *       ({@code source:sign-off}, {@code source:footer-brand}): the first one found.</li>
 * </ul>
 * Title and date lines are the plain-text reader's.
 */
public final class TextMetadataExtractor {

    private static final String AGENT = SoftwareAgent.of("text-metadata");

    private final SignOffs signOffs = new SignOffs();

    /** Creates the extractor. */
    public TextMetadataExtractor() {
    }

    /**
     * Finds metadata candidates.
     *
     * @param text the article's text and body paragraphs
     * @param boilerplate the paragraphs that are not the article's body
     * @return candidate values with provenance pointing at the words that gave them
     */
    public List<MetadataValue> extract(ArticleText text, List<Span> boilerplate) {
        List<Span> all = SourceExtractor.allParagraphs(text, boilerplate);
        NormalizedText matchable = PlainSpaces.of(text.text());
        List<Mention> publishers = signOffs.find(matchable, all, Set.copyOf(boilerplate)).stream()
                .filter(m -> m.kind() == SourceKind.PUBLISHER).toList();
        Set<String> publisherNames = new HashSet<>();
        publishers.forEach(p -> publisherNames.add(p.name().toLowerCase(Locale.ROOT)));
        List<MetadataValue> values = new ArrayList<>();
        for (Bylines.Author author : Bylines.find(matchable, text.paragraphs(), boilerplate, publisherNames)) {
            int start = text.text().codePointOffset(author.start());
            int end = text.text().codePointOffset(author.end());
            values.add(new MetadataValue(MetadataField.AUTHOR, author.name(),
                    text.text().provenance(text.documentId(), start, end, "text:byline", AGENT, 0.85)));
        }
        if (!publishers.isEmpty()) {
            Mention first = publishers.get(0);
            values.add(new MetadataValue(MetadataField.PUBLISHER, first.name(),
                    first.provenance(text.text(), text.documentId(), AGENT)));
        }
        return values;
    }
}
