package io.github.verbatim.tika;

import io.github.verbatim.model.Capture;
import io.github.verbatim.model.Origin;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Real documents made at test time with the libraries Tika brings: PDFBox, POI, and text formats by hand. */
final class Fixtures {

    static final String PDF_TITLE = "Bridge Vote Delayed";
    static final String PDF_AUTHOR = "Ada Lovelace";
    static final String PDF_PARAGRAPH_1 = "The council met on Tuesday to discuss the new bridge.\n"
            + "Residents asked for a second crossing.";
    static final String PDF_PARAGRAPH_2 = "The mayor said the vote would come in spring.\n"
            + "Work could start next year.";

    static final String DOCX_TITLE = "Harbour Reopens";
    static final String DOCX_AUTHOR = "Grace Hopper";
    static final String DOCX_CREATED = "2021-03-04T05:06:07Z";

    static final String EML = String.join("\r\n",
            "From: Jane Reporter <jane@example.org>",
            "To: desk@example.org",
            "Subject: Flood warning lifted",
            "Date: Thu, 01 Oct 2020 10:00:00 +0200",
            "Message-ID: <1@example.org>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "",
            "The flood warning was lifted this morning.",
            "",
            "River levels are falling, the agency said.",
            "");

    static final String EML_WITH_ATTACHMENT = String.join("\r\n",
            "From: \"Doe, Jane\" <jane@example.org>",
            "Subject: =?UTF-8?Q?Caf=C3=A9_reopens?=",
            "Date: Fri, 02 Oct 2020 18:30:00 -0400",
            "MIME-Version: 1.0",
            "Content-Type: multipart/mixed; boundary=\"MIX\"",
            "",
            "--MIX",
            "Content-Type: multipart/alternative; boundary=\"ALT\"",
            "",
            "--ALT",
            "Content-Type: text/plain; charset=UTF-8",
            "",
            "The café on Main Street reopened.",
            "",
            "Queues formed early.",
            "--ALT",
            "Content-Type: text/html; charset=UTF-8",
            "",
            "<html><body><p>The café on Main Street reopened.</p><p>Queues formed early.</p></body></html>",
            "--ALT--",
            "--MIX",
            "Content-Type: text/plain; name=\"menu.txt\"",
            "Content-Disposition: attachment; filename=\"menu.txt\"",
            "",
            "SECRET ATTACHMENT TEXT",
            "--MIX--",
            "");

    /** RTF with an info group; its creation time {@code \creatim} has no time zone, as RTF dates never do. */
    static final String RTF = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}"
            + "{\\info{\\title Storm Season}{\\author Mary Shelley}{\\creatim\\yr2019\\mo7\\dy2\\hr9\\min30}}"
            + "\\f0 The storm season began early this year.\\par "
            + "Forecasters expect six hurricanes; caf\\'e9 owners\\line boarded up windows.\\par}";

    static final String HTML = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <title>Library Saved</title>
            <meta name="author" content="Tom Paine">
            <meta property="og:title" content="Library Saved From Closure">
            <meta property="og:site_name" content="Example News">
            <meta property="og:url" content="https://news.example.org/library?utm=x">
            <meta property="article:published_time" content="2022-05-06T07:08:09+01:00">
            <link rel="canonical" href="https://news.example.org/library">
            <style>p { color: red; }</style>
            </head>
            <body>
              <h1>Library Saved</h1>
              <p>The library will stay open,
              the council said on Friday.</p>
              <p>Readers cheered. “It’s ours,” said one.<script>var tracking = 1;</script></p>
            </body>
            </html>
            """;

    private Fixtures() {
    }

    /** Writes a one-page PDF with a title, author, creation date (2020-10-01 08:00 UTC) and two paragraphs of two lines each. */
    static Path pdf(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.setLeading(15);
                content.newLineAtOffset(72, 750);
                for (String line : PDF_PARAGRAPH_1.split("\n")) {
                    content.showText(line);
                    content.newLine();
                }
                content.newLine();
                content.newLine();
                for (String line : PDF_PARAGRAPH_2.split("\n")) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(PDF_TITLE);
            info.setAuthor(PDF_AUTHOR);
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(2020, Calendar.OCTOBER, 1, 8, 0, 0);
            info.setCreationDate(created);
            doc.save(file.toFile());
        }
        return file;
    }

    /** Writes a PDF with one empty page: no text layer, as a scan has none. */
    static Path pdfWithoutText(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(file.toFile());
        }
        return file;
    }

    /** Writes {@link #pdf} encrypted with AES-256 and a user password. */
    static Path encryptedPdf(Path dir, String name) throws IOException {
        Path plain = pdf(dir, "plain-" + name);
        Path file = dir.resolve(name);
        try (PDDocument doc = Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        Files.delete(plain);
        return file;
    }

    /** Writes the first half of {@link #pdf}. */
    static Path truncatedPdf(Path dir, String name) throws IOException {
        Path whole = pdf(dir, "whole-" + name);
        byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        return Files.write(dir.resolve(name), Arrays.copyOf(bytes, bytes.length / 2));
    }

    /**
     * Writes a DOCX with core properties and three paragraphs, the second with a line break
     * inside: "Fishing boats returned" / "after the storm."
     */
    static Path docx(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            core.setTitle(DOCX_TITLE);
            core.setCreator(DOCX_AUTHOR);
            try {
                core.setCreated(DOCX_CREATED);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IllegalStateException(e);
            }
            doc.createParagraph().createRun().setText("The harbour reopened on Monday.");
            XWPFRun run = doc.createParagraph().createRun();
            run.setText("Fishing boats returned");
            run.addBreak();
            run.setText("after the storm.");
            doc.createParagraph().createRun().setText("Officials were pleased.");
            doc.write(out);
        }
        return file;
    }

    /** Writes a minimal EPUB 3: one chapter of two paragraphs, title, creator, language and date. */
    static Path epub(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            stored(zip, "mimetype", "application/epub+zip");
            deflated(zip, "META-INF/container.xml", """
                    <?xml version="1.0"?>
                    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                    <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                    </container>""");
            deflated(zip, "OEBPS/content.opf", """
                    <?xml version="1.0"?>
                    <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
                    <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                    <dc:identifier id="id">urn:uuid:0b7e5a1c-2f43-4d0e-9a56-3c1f1e0d2b11</dc:identifier>
                    <dc:title>River Book</dc:title><dc:creator>Ann Author</dc:creator>
                    <dc:language>fr</dc:language><dc:date>2018-04-05</dc:date>
                    </metadata>
                    <manifest><item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/></manifest>
                    <spine><itemref idref="c1"/></spine>
                    </package>""");
            deflated(zip, "OEBPS/c1.xhtml", """
                    <?xml version="1.0"?>
                    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Chapter 1</title></head>
                    <body><p>The river rose in the night.</p><p>By morning the town was an island.</p></body></html>""");
        }
        return file;
    }

    static Path text(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Writes {@code size} pseudo-random bytes (fixed seed), the way binary data looks. */
    static Path randomBytes(Path dir, String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(20_201_001L).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }

    /** Returns a capture of the file as Verbatim makes one, with the file as its only origin. */
    static Capture capture(Path file, String mediaType) throws IOException {
        String sha = sha256(file);
        return new Capture(sha, Files.size(file), mediaType, "data/originals/" + sha + ".bin",
                List.of(new Origin("file", "inputs/" + file.getFileName(), Instant.parse("2026-01-02T03:04:05Z"),
                        null)));
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void stored(ZipOutputStream zip, String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void deflated(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
