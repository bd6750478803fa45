package io.github.verbatim.source;

import io.github.verbatim.text.SentenceSplitter;
import io.github.verbatim.extract.ArticleText;
import io.github.verbatim.model.Span;
import io.github.verbatim.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells which paragraphs of an article are publisher boilerplate rather than its body.
 *
 * <p>Boilerplate is set apart a whole paragraph at a time, and only when nothing in the paragraph
 * is the article's own: a paragraph that mixes a real sentence with a promotional one stays in the
 * body. A paragraph is boilerplate when
 * <ol>
 *   <li>it is a {@code RELATED: <title>} line (or {@code READ MORE:}, {@code SEE ALSO:} …); or</li>
 *   <li>every sentence of it is boilerplate: a republication note ({@code This article is
 *       republished from …}), {@code Read the original article}, {@code Look for more updates
 *       here}, a help or support prompt ({@code For help and support …, visit …}), a sign-up,
 *       subscription, follow-us, app or advertisement prompt, a copyright line with its year; or</li>
 *   <li>it closes the article (it and everything after it is boilerplate), holds no quotation
 *       mark, and makes a promotional pitch in the publisher's voice: a sentence opening with
 *       {@code Join our growing community}, {@code Subscribe to our}, {@code Follow us on},
 *       {@code Sign up for our newsletter}, {@code We pay too}, or {@code become a writer on} or
 *       {@code delivered to your inbox} anywhere; or</li>
 *   <li>it is a short name line (six words at most, no closing punctuation) next to such a
 *       paragraph that repeats it: the publisher's brand over its footer.</li>
 * </ol>
 */
public final class BoilerplateDetector {

    private static final Pattern BOILERPLATE_SENTENCE = Pattern.compile(
            "(?:read the original (?:article|story|post|piece)(?: here| on \\S.{0,80})?"
            + "|look for more updates here|check back (?:here |later |soon )*for (?:more |further )?updates"
            + "|stay tuned for (?:more |further )?(?:updates|details)"
            + "|this (?:is a developing story|story is developing|(?:story|article|post) will be updated).{0,80}"
            + "|for (?:help|support|more information|advice|confidential support)\\b.{0,300}?"
            + "\\b(?:visit|call|contact|go to|text)\\b.{0,300}"
            + "|(?:click|tap) here to .{1,150}"
            + "|(?:sign up|subscribe|register)\\b.{0,200}?\\b(?:newsletter|updates|inbox|e-?mails?|alerts)\\b.{0,100}"
            + "|(?:follow|like) us on (?:twitter|facebook|instagram|tiktok|youtube|threads|linkedin|x)\\b.{0,100}"
            + "|(?:get|download) (?:the|our) .{0,40}\\bapp\\b.{0,80}"
            + "|join our (?:growing |online |free |private )?(?:community|newsletter|mailing list).{0,60}"
            + "|advertisement|story continues below(?: advertisement)?|continue reading below"
            + "|view this post on instagram|all rights reserved|(?:©|copyright|\\(c\\)) ?(?:© ?)?\\d{4}\\b.{0,150})[.!]?",
            Pattern.CASE_INSENSITIVE);
    /** A promotional pitch that opens a sentence, in the publisher's voice. */
    private static final Pattern PITCH_OPENING = Pattern.compile(
            "(?:join our (?:growing |online |free |private )?(?:community|newsletter|mailing list)"
            + "|sign up (?:for|to) (?:our|the) (?:free |daily |weekly )?(?:newsletter|mailing list|e-?mails?|alerts)"
            + "|subscribe to our|follow us on|we pay too)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A promotional pitch anywhere in a sentence. */
    private static final Pattern PITCH = Pattern.compile(
            "\\b(?:become an? (?:writer|contributor|member|subscriber|patron) (?:on|for|with|at)"
            + "|(?:delivered|straight) to your inbox)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTATION_MARK = Pattern.compile("[\"“”«»„]");
    private static final int BRAND_MAX_WORDS = 6;
    private static final int BRAND_MAX_CHARS = 80;

    /** Creates the detector. */
    public BoilerplateDetector() {
    }

    /**
     * Finds the boilerplate paragraphs.
     *
     * @param article the article's text and all its paragraphs
     * @return the paragraphs that are boilerplate, a subset of {@code text.paragraphs()}, in order
     */
    public List<Span> detect(ArticleText article) {
        ArticleText text = new ArticleText(PlainSpaces.of(article.text()), article.documentId(), article.paragraphs());
        List<Span> paragraphs = text.paragraphs();
        int n = paragraphs.size();
        boolean[] boilerplate = new boolean[n];
        String s = text.text().text();
        for (int i = 0; i < n; i++) {
            int from = text.text().charIndex(paragraphs.get(i).start());
            int to = text.text().charIndex(paragraphs.get(i).end());
            boilerplate[i] = RelatedLines.matches(s, from, to) || everySentenceIsBoilerplate(s, from, to);
        }
        for (int i = n - 1; i >= 0; i--) {
            if (boilerplate[i]) {
                continue;
            }
            String paragraph = text.paragraph(paragraphs.get(i));
            if (pitches(paragraph) && !QUOTATION_MARK.matcher(paragraph).find()) {
                boilerplate[i] = true;
            } else if (!isBrandLine(text.text(), paragraphs, boilerplate, i)) {
                break;
            } else {
                boilerplate[i] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            boilerplate[i] = boilerplate[i] || isBrandLine(text.text(), paragraphs, boilerplate, i);
        }
        List<Span> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (boilerplate[i]) {
                found.add(paragraphs.get(i));
            }
        }
        return found;
    }

    private static boolean pitches(String paragraph) {
        if (PITCH.matcher(paragraph).find()) {
            return true;
        }
        for (int[] sentence : SentenceSplitter.split(paragraph, 0, paragraph.length())) {
            if (PITCH_OPENING.matcher(paragraph).region(sentence[0], sentence[1]).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean everySentenceIsBoilerplate(String s, int from, int to) {
        for (int[] sentence : SentenceSplitter.split(s, from, to)) {
            if (!BOILERPLATE_SENTENCE.matcher(s).region(sentence[0], sentence[1]).matches()
                    && !RepublicationNotes.matches(s, sentence[0], sentence[1])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether paragraph {@code i} is a publisher's name line over (or under) a boilerplate
     * paragraph that names it again.
     *
     * @param text the text
     * @param paragraphs all paragraphs, in order
     * @param boilerplate which paragraphs are boilerplate so far
     * @param i the paragraph to test
     * @return whether it is a brand line
     */
    static boolean isBrandLine(NormalizedText text, List<Span> paragraphs, boolean[] boilerplate, int i) {
        String line = slice(text, paragraphs.get(i));
        if (!looksLikeName(line)) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        for (int j = i - 1; j <= i + 1; j += 2) {
            if (j >= 0 && j < paragraphs.size() && boilerplate[j]
                    && slice(text, paragraphs.get(j)).toLowerCase(Locale.ROOT).contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static String slice(NormalizedText text, Span span) {
        return text.slice(span.start(), span.end());
    }

    /** A short line of capitalized words with no sentence punctuation, such as {@code Her View From Home}. */
    static boolean looksLikeName(String line) {
        if (line.length() > BRAND_MAX_CHARS || line.indexOf('\n') >= 0 || line.isEmpty()
                || !Character.isUpperCase(line.codePointAt(0)) || ".!?:;,\"“”".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false;
        }
        String[] words = line.split("\\s+");
        return words.length <= BRAND_MAX_WORDS;
    }
}
