package io.github.verbatim.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.verbatim.read.Document;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Pages as real bytes in the encodings news sites use, declared in every way and not at all. */
@Timeout(30)
class EncodingTest {

    private static final String FRENCH = "« Nous avons été très émus », a déclaré la maire, Hélène Dubois, à la"
            + " foule réunie sur le pont où l'été dernier un navire avait heurté une pile.";
    private static final String CURLY = "“We never gave up,” said the mayor – and the café owners cheered; it’s been"
            + " two years, so the crowd’s mood was electric… and loud.";
    private static final String JAPANESE = "東京都は月曜日、二年前に船が衝突して閉鎖されていた港の橋を再開した。市長は「私たちは決して"
            + "諦めなかった」と語り、最初の車が渡るのを見守った。技術者たちは海底から橋脚を作り直した。";
    private static final String CHINESE = "市政府星期一重新开放了两年前因船只撞击而关闭的港口大桥。市长说：“我们从未放弃。”"
            + "工程师们从海底开始重建了桥墩，新的桥墩比以前更加坚固。";

    @TempDir
    Path dir;

    private static String page(String meta, String paragraph) {
        return "<!DOCTYPE html><html><head>" + meta + "<title>T</title></head><body><article><p>" + paragraph
                + "</p><p>" + paragraph + "</p></article></body></html>";
    }

    private Document read(byte[] bytes) throws Exception {
        return Pages.read(dir, bytes);
    }

    @Test
    void isoLatin1DeclaredInAMetaCharsetIsReadAsBrowsersDoAsWindows1252() throws Exception {
        Document doc = read(page("<meta charset=\"ISO-8859-1\">", FRENCH).getBytes(StandardCharsets.ISO_8859_1));

        assertThat(Pages.paragraphs(doc)).containsExactly(FRENCH, FRENCH);
        assertThat(doc.report().charset()).isEqualTo("windows-1252");
        assertThat(doc.report().warnings()).isEmpty();
    }

    @Test
    void windows1252DeclaredInHttpEquiv() throws Exception {
        byte[] bytes = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", CURLY)
                .getBytes(Charset.forName("windows-1252"));

        Document doc = read(bytes);

        assertThat(Pages.paragraphs(doc)).containsExactly(CURLY, CURLY);
        assertThat(doc.report().charset()).isEqualTo("windows-1252");
    }

    @Test
    void windows1252WithoutDeclarationIsDetected() throws Exception {
        Document doc = read(page("", CURLY + " " + FRENCH).getBytes(Charset.forName("windows-1252")));

        assertThat(Pages.paragraphs(doc)).containsExactly(CURLY + " " + FRENCH, CURLY + " " + FRENCH);
        assertThat(doc.report().charset()).isEqualTo("windows-1252");
        assertThat(doc.report().warnings()).singleElement().asString()
                .startsWith("no charset declared, but not valid UTF-8");
    }

    @Test
    void shiftJisDeclaredAndUndeclared() throws Exception {
        Charset sjis = Charset.forName("Shift_JIS");
        Document declared = read(page("<meta charset=\"shift_jis\">", JAPANESE).getBytes(sjis));
        assertThat(Pages.paragraphs(declared)).containsExactly(JAPANESE, JAPANESE);
        assertThat(declared.report().charset()).isEqualTo("Shift_JIS");

        Document detected = read(page("", JAPANESE).getBytes(sjis));
        assertThat(Pages.paragraphs(detected)).containsExactly(JAPANESE, JAPANESE);
        assertThat(detected.report().charset()).isEqualTo("Shift_JIS");
    }

    @Test
    void gb2312DeclaredIsReadAsGbkAndUndeclaredIsDetected() throws Exception {
        Charset gb2312 = Charset.forName("GB2312");
        Document declared = read(page("<meta http-equiv=\"content-type\" content=\"text/html;charset=gb2312\">", CHINESE)
                .getBytes(gb2312));
        assertThat(Pages.paragraphs(declared)).containsExactly(CHINESE, CHINESE);
        assertThat(declared.report().charset()).isEqualTo("GBK");

        Document detected = read(page("", CHINESE).getBytes(gb2312));
        assertThat(Pages.paragraphs(detected)).containsExactly(CHINESE, CHINESE);
        assertThat(detected.report().charset()).isIn("GB18030", "GBK", "GB2312");
    }

    @Test
    void aByteOrderMarkOutranksTheMeta() throws Exception {
        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        utf8.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        utf8.write(page("<meta charset=\"iso-8859-1\">", FRENCH).getBytes(StandardCharsets.UTF_8));
        Document fromUtf8 = read(utf8.toByteArray());
        assertThat(Pages.paragraphs(fromUtf8)).containsExactly(FRENCH, FRENCH);
        assertThat(fromUtf8.report().charset()).isEqualTo("UTF-8");

        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        utf16.write(page("", JAPANESE).getBytes(StandardCharsets.UTF_16LE));
        Document fromUtf16 = read(utf16.toByteArray());
        assertThat(Pages.paragraphs(fromUtf16)).containsExactly(JAPANESE, JAPANESE);
        assertThat(fromUtf16.report().charset()).isEqualTo("UTF-16LE");
    }

    @Test
    void theHttpContentTypeOutranksTheMeta() throws Exception {
        Path file = Pages.write(dir, "page.html", page("<meta charset=\"utf-8\">", JAPANESE), Charset.forName("Shift_JIS"));

        Document doc = new HtmlReader().read(file, Pages.capture(file), "text/html; charset=Shift_JIS");

        assertThat(Pages.paragraphs(doc)).containsExactly(JAPANESE, JAPANESE);
        assertThat(doc.report().charset()).isEqualTo("Shift_JIS");
    }

    @Test
    void utf8BytesUnderAnOldLatin1DeclarationAreReadAsUtf8() throws Exception {
        Document doc = read(page("<meta charset=\"iso-8859-1\">", FRENCH).getBytes(StandardCharsets.UTF_8));

        assertThat(Pages.paragraphs(doc)).containsExactly(FRENCH, FRENCH);
        assertThat(doc.report().charset()).isEqualTo("UTF-8");
        assertThat(doc.report().warnings()).singleElement().asString()
                .startsWith("declared windows-1252, but the bytes are valid UTF-8");
    }

    @Test
    void undeclaredUtf8IsUtf8AndAStrayByteIsReplacedAndReported() throws Exception {
        Document clean = read(page("", JAPANESE).getBytes(StandardCharsets.UTF_8));
        assertThat(Pages.paragraphs(clean)).containsExactly(JAPANESE, JAPANESE);
        assertThat(clean.report().charset()).isEqualTo("UTF-8");
        assertThat(clean.report().warnings()).isEmpty();

        byte[] bytes = page("<meta charset=\"utf-8\">", FRENCH).getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 30] = (byte) 0xFF;
        Document damaged = read(bytes);
        assertThat(damaged.report().charset()).isEqualTo("UTF-8");
        assertThat(damaged.report().warnings()).singleElement().asString()
                .isEqualTo("1 byte sequence not valid in UTF-8 replaced by U+FFFD");
    }
}
