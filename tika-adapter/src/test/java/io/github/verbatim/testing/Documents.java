package io.github.verbatim.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Documents made at test time for the input tests: pages and PDFs, as bytes. */
public final class Documents {

    /** The text of {@link #pdf()}. */
    public static final String PDF_TEXT = "The council met on Tuesday to discuss the new bridge.";

    private Documents() {
    }

    /** Returns an HTML page with a title and the given paragraphs. */
    public static String html(String title, String... paragraphs) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title></head>\n<body>\n<h1>").append(title).append("</h1>\n");
        for (String paragraph : paragraphs) {
            page.append("<p>").append(paragraph).append("</p>\n");
        }
        return page.append("</body></html>\n").toString();
    }

    /** Returns a one-page PDF whose text is {@link #PDF_TEXT}. */
    public static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 750);
                content.showText(PDF_TEXT);
                content.endText();
            }
            doc.getDocumentInformation().setTitle("Bridge Vote Delayed");
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Returns {@link #pdf()} encrypted with AES-256 and a user password. */
    public static byte[] encryptedPdf() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Returns the first half of {@link #pdf()}. */
    public static byte[] truncatedPdf() throws IOException {
        byte[] whole = pdf();
        return Arrays.copyOf(whole, whole.length / 2);
    }
}
