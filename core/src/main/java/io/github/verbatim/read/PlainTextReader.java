package io.github.verbatim.read;

import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.model.Capture;
import io.github.verbatim.model.ReaderReport;
import io.github.verbatim.model.Span;
import io.github.verbatim.text.BinaryContentException;
import io.github.verbatim.text.DecodedText;
import io.github.verbatim.text.NormalizedText;
import io.github.verbatim.text.ParagraphSplitter;
import io.github.verbatim.text.TextDecoder;
import io.github.verbatim.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text: any encoding {@link TextDecoder} recognizes, normalized by
 * {@link TextNormalizer}, split into paragraphs by {@link ParagraphSplitter}.
 *
 * <p>Two header conventions of saved articles become metadata: a leading {@code date YYYY-MM-DD}
 * (on its own line or before the first paragraph) gives the published date, and a first line that
 * reads like a headline (one line, no closing full stop, no second sentence) gives the title.
 * Neither is counted as a body paragraph, but both stay in the text, so for UTF-8 input with
 * {@code \n} line ends the article text is the file's text and offsets index the file.
 */
public final class PlainTextReader implements ArticleReader {

    /** This reader's name. */
    public static final String NAME = "plain-text";

    private static final String AGENT = SoftwareAgent.of(NAME);
    private static final Pattern DATE_LINE =
            Pattern.compile("\\A\\s*date:?[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?=\\s|\\z)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECOND_SENTENCE = Pattern.compile("[.!?][\"”’']?\\s+[\\p{Lu}\"“‘]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'\\-]*");
    private static final int MAX_TITLE_CHARS = 250;
    private static final int MAX_TITLE_WORDS = 30;

    /** Creates the reader. */
    public PlainTextReader() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean reads(String mediaType) {
        return mediaType.equals("text/plain") || mediaType.equals("text/markdown");
    }

    @Override
    public Document read(Path file, Capture capture) throws ReadException, IOException {
        String input = capture.origins().isEmpty() ? file.toString() : capture.origins().get(0).location();
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) {
            throw new ReadException(input, "empty file (0 bytes), no text to read");
        }
        DecodedText decoded;
        try {
            decoded = TextDecoder.decode(bytes);
        } catch (BinaryContentException e) {
            throw new ReadException(input, e.getMessage(), e);
        }
        NormalizedText text = NormalizedText.of(TextNormalizer.normalize(decoded.text()));
        if (text.text().isBlank()) {
            throw new ReadException(input, "no text: the file holds only white space (" + bytes.length + " bytes)");
        }
        return read(text, capture.documentId(), capture.mediaType(), decoded.charset(), decoded.warnings());
    }

    /** Reads already decoded and normalized text. */
    Document read(NormalizedText text, String documentId, String mediaType, String charset, List<String> warnings) {
        List<MetadataValue> metadata = new ArrayList<>();
        int bodyStart = 0;
        Matcher date = DATE_LINE.matcher(text.text());
        if (date.find() && isDate(date.group(1))) {
            int start = text.codePointOffset(date.start(1));
            int end = text.codePointOffset(date.end(1));
            metadata.add(new MetadataValue(MetadataField.PUBLISHED, date.group(1),
                    text.provenance(documentId, start, end, NAME + ":date-line", AGENT, 0.95)));
            bodyStart = end;
        }
        List<Span> paragraphs = new ArrayList<>(ParagraphSplitter.split(text, bodyStart));
        if (paragraphs.size() > 1) {
            Span first = paragraphs.get(0);
            String line = text.slice(first.start(), first.end());
            double confidence = headlineConfidence(line);
            if (confidence > 0) {
                metadata.add(new MetadataValue(MetadataField.TITLE, line,
                        text.provenance(documentId, first.start(), first.end(), NAME + ":headline-line", AGENT,
                                confidence)));
                paragraphs.remove(0);
            }
        }
        return new Document(text.text(), paragraphs, metadata, new ReaderReport(NAME, mediaType, charset, warnings));
    }

    private static boolean isDate(String iso) {
        try {
            LocalDate.parse(iso);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /**
     * Returns how much a paragraph reads like a headline: 0 if not at all, 0.7 for a plausible one,
     * 0.9 for one in title case.
     */
    static double headlineConfidence(String line) {
        if (line.length() > MAX_TITLE_CHARS || line.indexOf('\n') >= 0 || line.contains("://")) {
            return 0;
        }
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '…') {
            return 0;
        }
        int first = line.codePointAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'«„".indexOf(first) >= 0)) {
            return 0;
        }
        if (SECOND_SENTENCE.matcher(line).find()) {
            return 0;
        }
        Matcher words = WORD.matcher(line);
        int count = 0;
        int longWords = 0;
        int capitalized = 0;
        while (words.find()) {
            count++;
            String word = words.group();
            if (word.codePointCount(0, word.length()) >= 4) {
                longWords++;
                if (Character.isUpperCase(word.codePointAt(0))) {
                    capitalized++;
                }
            }
        }
        if (count < 2 || count > MAX_TITLE_WORDS) {
            return 0;
        }
        return longWords > 0 && capitalized * 10 >= longWords * 6 ? 0.9 : 0.7;
    }
}
