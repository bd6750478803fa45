package io.github.verbatim.source;

import io.github.verbatim.model.Provenance;
import io.github.verbatim.model.Source;
import io.github.verbatim.model.SourceKind;
import io.github.verbatim.text.NormalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A source named in the text, before it becomes a {@link Source}: what it is and which code points
 * name it.
 *
 * @param kind the part the source plays
 * @param name the name, as written (a leading article dropped where the rule says so)
 * @param url the URL the text gives with the name, if any
 * @param start first code point of the words that name the source
 * @param end code point after them
 * @param method the rule that found it, such as {@code source:related-line}
 * @param confidence how sure the rule is
 */
record Mention(SourceKind kind, String name, @Nullable String url, int start, int end, String method,
        double confidence) {

    /**
     * Makes a mention from UTF-16 indexes into the text.
     *
     * @param text the text
     * @param charStart index of the first char
     * @param charEnd index after the last char
     * @param kind the part the source plays
     * @param name the name
     * @param method the rule
     * @param confidence how sure the rule is
     * @return the mention, in code points
     */
    static Mention of(NormalizedText text, int charStart, int charEnd, SourceKind kind, String name, String method,
            double confidence) {
        return new Mention(kind, name, null, text.codePointOffset(charStart), text.codePointOffset(charEnd), method,
                confidence);
    }

    /**
     * Drops a full stop that closes the sentence rather than the name: {@code Never Break.} →
     * {@code Never Break}, but {@code Ashley C.} keeps the initial's.
     *
     * @param name a name a rule read
     * @return the name without a closing full stop or comma
     */
    static String withoutClosingStop(String name) {
        String trimmed = name.strip();
        while (trimmed.endsWith(",") || trimmed.endsWith(".") && !trimmed.matches("(?s).*(?:^|\\s)\\p{Lu}\\.")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed;
    }

    /** Returns this mention with a URL. */
    Mention withUrl(@Nullable String link) {
        return new Mention(kind, name, link, start, end, method, confidence);
    }

    /** Returns the provenance of the words that name the source. */
    Provenance provenance(NormalizedText text, String documentId, String agent) {
        return text.provenance(documentId, start, end, method, agent, confidence);
    }
}
