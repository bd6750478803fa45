package io.github.verbatim.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class ParseFailuresTest {

    private static final String PDF = "application/pdf";

    @Test
    void namesTheInnermostProblemNotTikasPlumbing() {
        TikaException e = new TikaException("TIKA-198: Illegal IOException from org.apache.tika.parser.pdf.PDFParser@1",
                new IOException("Page tree root must be a dictionary"));

        assertThat(ParseFailures.problem(PDF, e, 100)).isEqualTo("cannot read it as application/pdf: "
                + "the file is damaged, truncated or not in that format (Page tree root must be a dictionary)");
    }

    @Test
    void aParserCrashDoesNotBlameTheFileOutright() {
        TikaException e = new TikaException("Unexpected RuntimeException from org.apache.tika.parser.pdf.PDFParser@1",
                new NullPointerException());

        assertThat(ParseFailures.problem(PDF, e, 100)).isEqualTo("cannot read it as application/pdf: "
                + "Tika's parser failed on it (NullPointerException); the file may be damaged");
    }

    @Test
    void encryptionAnywhereInTheChainIsEncryption() {
        TikaException e = new TikaException("wrapped", new EncryptedDocumentException("Unable to process"));

        assertThat(ParseFailures.problem(PDF, e, 100))
                .isEqualTo("encrypted application/pdf: it cannot be read without its password");
    }

    @Test
    void theWriteLimitIsNamed() {
        SAXException e = new WriteLimitReachedException(100);

        assertThat(ParseFailures.problem(PDF, e, 100))
                .isEqualTo("more than 100 characters of text, the most Verbatim reads from one document");
    }

    @Test
    void messagesAreOneShortLineAndCauseCyclesEnd() {
        TikaException outer = new TikaException("outer");
        IOException inner = new IOException("line one\nline two\t" + "x".repeat(500));
        outer.initCause(inner);
        inner.initCause(outer);

        String problem = ParseFailures.problem(PDF, outer, 100);

        assertThat(problem).doesNotContain("\n").doesNotContain("\t").contains("(line one line two xxx");
        assertThat(problem).hasSizeLessThan(320).endsWith("…)");
    }
}
