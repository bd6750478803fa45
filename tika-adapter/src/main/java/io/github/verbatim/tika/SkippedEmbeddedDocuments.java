package io.github.verbatim.tika;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.xml.sax.ContentHandler;

/**
 * Keeps Tika from reading embedded documents and attachments (an e-mail's attached files, a
 * DOCX's embedded spreadsheet, a PDF's file attachments) into the document's text, and notes
 * which were left out. An article's text is the document's own; what it carries is archived with
 * its bytes, not mixed into its quotable text. An e-mail's body, even in a multipart message, is
 * the document's own text and is read.
 */
final class SkippedEmbeddedDocuments implements EmbeddedDocumentExtractor {

    /** How many names a warning lists. */
    private static final int NAMES_LISTED = 5;
    /** How long a listed name may be. */
    private static final int MAX_NAME = 100;

    private final List<String> names = new ArrayList<>();
    private int count;

    /** Notes the document and declines it. */
    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        count++;
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (name != null && !name.isBlank() && names.size() < NAMES_LISTED) {
            String clean = name.replaceAll("\\p{Cntrl}+", " ").strip();
            names.add(clean.length() > MAX_NAME ? clean.substring(0, MAX_NAME) + "…" : clean);
        }
        return false;
    }

    /** Reads nothing; called only by parsers that do not ask {@link #shouldParseEmbedded} first. */
    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
        // Declined: see shouldParseEmbedded.
    }

    /** Returns how many embedded documents were declined. */
    int count() {
        return count;
    }

    /**
     * Returns a warning naming what was left out, such as
     * {@code 1 embedded document or attachment not read: report.xlsx}.
     */
    String warning() {
        StringBuilder s = new StringBuilder().append(count)
                .append(count == 1 ? " embedded document or attachment" : " embedded documents or attachments")
                .append(" not read");
        if (!names.isEmpty()) {
            s.append(": ").append(String.join(", ", names));
            if (count > names.size()) {
                s.append(", …");
            }
        }
        return s.toString();
    }
}
