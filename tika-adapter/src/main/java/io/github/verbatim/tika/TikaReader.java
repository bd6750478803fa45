package io.github.verbatim.tika;

import io.github.verbatim.model.Capture;
import io.github.verbatim.model.ReaderReport;
import io.github.verbatim.model.Span;
import io.github.verbatim.read.ArticleReader;
import io.github.verbatim.read.Document;
import io.github.verbatim.read.MetadataField;
import io.github.verbatim.read.MetadataValue;
import io.github.verbatim.read.ReadException;
import io.github.verbatim.text.NormalizedText;
import io.github.verbatim.text.ParagraphSplitter;
import io.github.verbatim.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.TeeContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the formats Apache Tika parses — PDF, DOCX and other Office formats, OpenDocument, RTF,
 * e-mail, HTML, EPUB and more — except plain text, which stays with Verbatim's own
 * {@link io.github.verbatim.read.PlainTextReader}.
 *
 * <p>The bytes are parsed as the capture's media type. The text is Tika's, with a blank line
 * between block elements (paragraphs, headings, list items) and a line end between the lines of
 * one block (for HTML and other markup, white space collapsed as a browser renders it),
 * normalized by {@link TextNormalizer} and split into paragraphs by
 * {@link ParagraphSplitter}; a first paragraph that repeats the title (an HTML {@code <h1>}) is not
 * counted as a body paragraph but stays in the text. Embedded documents and attachments are not
 * read into the text; the report lists them. There is no OCR, even where Tesseract is installed,
 * so that the same bytes give the same text on every machine.
 *
 * <p>Metadata comes from Tika's properties, each value's provenance naming its property, such as
 * {@code tika:dc:title}, with no position in the text:
 *
 * <table>
 * <caption>Where each field comes from, in order of preference</caption>
 * <tr><th>Field</th><th>Tika properties</th></tr>
 * <tr><td>title</td><td>{@code dc:title} (an e-mail's subject, an HTML {@code <title>}), {@code og:title}</td></tr>
 * <tr><td>authors</td><td>{@code Message:From-Name}, {@code Message-From} (an e-mail's sender),
 *     {@code dc:creator} (every value)</td></tr>
 * <tr><td>published</td><td>{@code article:published_time}, {@code dcterms:created} (an e-mail's
 *     date), {@code dcterms:modified}; as a date-time with offset such as
 *     {@code 2020-10-01T08:00:00Z}, or a date where the format gives no time zone (RTF)</td></tr>
 * <tr><td>publisher</td><td>{@code dc:publisher}, {@code og:site_name}</td></tr>
 * <tr><td>url</td><td>an HTML page's canonical link ({@code tika:canonical}), {@code og:url}, an
 *     http(s) {@code dc:identifier}</td></tr>
 * <tr><td>language</td><td>{@code dc:language}, {@code Content-Language} (an HTML {@code lang})</td></tr>
 * </table>
 *
 * <p>Reading fails with a {@link ReadException} naming the input for an empty file, an encrypted
 * document, a damaged or truncated one, a document with no text (a scanned PDF without a text
 * layer), and a document with more text than the write limit ({@value #DEFAULT_WRITE_LIMIT}
 * characters by default). The reader is safe to call from several threads.
 */
public final class TikaReader implements ArticleReader {

    /** This reader's name, recorded in every article it reads. */
    public static final String NAME = "tika";
    /** The most characters of text read from one document unless another limit is given. */
    public static final int DEFAULT_WRITE_LIMIT = 50_000_000;
    /**
     * This reader's rank: below the default 0, so that a reader made for one format wins over
     * this general one.
     */
    public static final int PRIORITY = -100;

    private final int writeLimit;

    /** Creates the reader with the default write limit. */
    public TikaReader() {
        this(DEFAULT_WRITE_LIMIT);
    }

    /**
     * Creates the reader.
     *
     * @param writeLimit the most characters of text to read from one document; a document with
     *     more fails to read
     */
    public TikaReader(int writeLimit) {
        if (writeLimit <= 0) {
            throw new IllegalArgumentException("write limit must be positive: " + writeLimit);
        }
        this.writeLimit = writeLimit;
    }

    /** Returns {@value #NAME}. */
    @Override
    public String name() {
        return NAME;
    }

    /**
     * Returns whether Tika has a parser for the type other than its plain-text one. Plain text
     * ({@code text/plain}, Markdown, and text types Tika reads only as plain text) and unknown
     * binary data ({@code application/octet-stream}) are not read.
     *
     * @param mediaType a type without parameters, such as {@code application/pdf}
     * @return true if {@link #read} handles it
     */
    @Override
    public boolean reads(String mediaType) {
        MediaType type = MediaType.parse(mediaType);
        if (type == null || TikaSupport.isPlainText(type) || type.getBaseType().equals(TikaSupport.MARKDOWN)) {
            return false;
        }
        MediaType parser = TikaSupport.parsedAs(type);
        return parser != null && !parser.equals(MediaType.TEXT_PLAIN);
    }

    /** Returns {@value #PRIORITY}. */
    @Override
    public int priority() {
        return PRIORITY;
    }

    /**
     * Reads the document with Tika.
     *
     * @param file the captured bytes, unchanged
     * @param capture the capture of those bytes; its media type decides the parser
     * @return the document's normalized text, paragraphs and metadata
     * @throws ReadException if the bytes cannot be read as a document of that type or hold no text
     * @throws IOException if the file cannot be read
     */
    @Override
    public Document read(Path file, Capture capture) throws ReadException, IOException {
        String input = capture.origins().isEmpty() ? file.toString() : capture.origins().get(0).location();
        String type = capture.mediaType();
        if (Files.size(file) == 0) {
            throw new ReadException(input, "empty file (0 bytes), no text to read");
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, lastSegment(input));
        metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type);
        MediaType parsed = MediaType.parse(type);
        boolean markup = parsed != null && TikaSupport.isMarkup(parsed);
        ParagraphTextHandler text = new ParagraphTextHandler(writeLimit, markup);
        CanonicalLinkHandler canonical = new CanonicalLinkHandler();
        SkippedEmbeddedDocuments embedded = new SkippedEmbeddedDocuments();
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            TikaSupport.PARSER.parse(in, new TeeContentHandler(new BodyContentHandler(text), canonical), metadata,
                    parseContext(embedded));
        } catch (TikaException | SAXException e) {
            throw ParseFailures.of(input, type, e, writeLimit);
        }

        List<String> warnings = new ArrayList<>();
        for (String warning : metadata.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING)) {
            warnings.add("Tika: " + firstLine(warning));
        }
        if (embedded.count() > 0) {
            warnings.add(embedded.warning());
        }
        NormalizedText normalized = NormalizedText.of(TextNormalizer.normalize(text.text()));
        if (normalized.text().isBlank()) {
            throw new ReadException(input, noText(type, embedded));
        }
        List<MetadataValue> values = TikaMetadata.of(metadata, canonical.href(), capture.documentId(), type,
                warnings);
        List<Span> paragraphs = new ArrayList<>(ParagraphSplitter.split(normalized, 0));
        dropTitleParagraph(normalized, paragraphs, values);
        String charset = metadata.get(Metadata.CONTENT_ENCODING);
        return new Document(normalized.text(), paragraphs, values,
                new ReaderReport(NAME, type, charset == null || charset.isBlank() ? null : charset, warnings));
    }

    private static ParseContext parseContext(EmbeddedDocumentExtractor embedded) {
        ParseContext context = new ParseContext();
        // Parsers read a document's own parts (an e-mail's body, in any multipart form) with the
        // context's parser, and hand embedded documents and attachments to the extractor.
        context.set(Parser.class, TikaSupport.PARSER);
        context.set(EmbeddedDocumentExtractor.class, embedded);
        // No OCR, even where Tesseract is installed: the same bytes give the same text everywhere.
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        return context;
    }

    /** Removes a first paragraph that is the title again, as an HTML page's {@code <h1>} often is. */
    private static void dropTitleParagraph(NormalizedText text, List<Span> paragraphs, List<MetadataValue> values) {
        if (paragraphs.size() < 2) {
            return;
        }
        String first = oneLine(text.slice(paragraphs.get(0).start(), paragraphs.get(0).end()));
        for (MetadataValue value : values) {
            if (value.field() == MetadataField.TITLE && oneLine(value.value()).equals(first)) {
                paragraphs.remove(0);
                return;
            }
        }
    }

    private static String noText(String type, SkippedEmbeddedDocuments embedded) {
        StringBuilder problem = new StringBuilder("no text found in ").append(type);
        if (type.equals("application/pdf")) {
            problem.append(" (a scan without a text layer needs OCR, which Verbatim does not do)");
        }
        if (embedded.count() > 0) {
            problem.append("; ").append(embedded.warning());
        }
        return problem.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    private static String firstLine(String s) {
        String line = s.strip();
        int nl = line.indexOf('\n');
        return nl < 0 ? line : line.substring(0, nl).strip();
    }

    /** Returns the file name in a path or URL, the hint Tika's parsers get. */
    private static String lastSegment(String location) {
        int slash = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
        return slash >= 0 && slash < location.length() - 1 ? location.substring(slash + 1) : location;
    }
}
