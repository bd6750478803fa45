package io.github.verbatim.source;

import io.github.verbatim.model.SourceKind;
import io.github.verbatim.model.Span;
import io.github.verbatim.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code RELATED: <title>} lines, and the same with {@code READ MORE:}, {@code SEE ALSO:},
 * {@code ALSO READ:}, {@code MORE:} and their title-case forms: a link to another article, kind
 * {@code related}, named by its title.
 */
final class RelatedLines implements MentionFinder {

    /** A whole paragraph that is such a line; group 1 is the title. */
    static final Pattern LINE = Pattern.compile(
            "(?:RELATED|Related|READ MORE|Read [Mm]ore|MORE|More|SEE ALSO|See [Aa]lso|ALSO READ|Also [Rr]ead"
            + "|READ ALSO|Read [Aa]lso|RECOMMENDED|Recommended|RELATED (?:ARTICLES?|STOR(?:Y|IES)|CONTENT)"
            + "|Related (?:[Aa]rticles?|[Ss]tor(?:y|ies)|[Cc]ontent))"
            + "[ \\t]*+[:|][ \\t]*+(\\S[^\\n]{0,299})");
    private static final Pattern URL = Pattern.compile("\\s*+(https?://\\S++)$");

    /** Tells whether {@code text[from, to)} is a related-article line. */
    static boolean matches(String text, int from, int to) {
        return LINE.matcher(text).region(from, to).matches();
    }

    @Override
    public List<Mention> find(NormalizedText text, List<Span> paragraphs, Set<Span> boilerplate) {
        List<Mention> found = new ArrayList<>();
        String s = text.text();
        for (Span paragraph : paragraphs) {
            Matcher m = LINE.matcher(s).region(text.charIndex(paragraph.start()), text.charIndex(paragraph.end()));
            if (!m.matches()) {
                continue;
            }
            int titleEnd = m.end(1);
            String url = null;
            Matcher link = URL.matcher(s).region(m.start(1), m.end(1));
            if (link.find() && link.start() > m.start(1)) {
                url = link.group(1);
                titleEnd = link.start();
            }
            found.add(Mention.of(text, m.start(1), titleEnd, SourceKind.RELATED, s.substring(m.start(1), titleEnd),
                    "source:related-line", 0.95).withUrl(url));
        }
        return found;
    }
}
