package io.github.verbatim.quote;

import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.extract.ArticleText;
import io.github.verbatim.model.Provenance;
import io.github.verbatim.model.Quote;
import io.github.verbatim.model.QuoteKind;
import io.github.verbatim.model.SocialPost;
import io.github.verbatim.model.Span;
import io.github.verbatim.model.Speaker;
import io.github.verbatim.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Finds the quotations in an article's body and who said them.
 *
 * <p>{@link QuoteScanner} finds quotations by their marks; {@link KindRule} tells statements from
 * partial quotes, titles and other text; {@link Attributor} finds the speaker from the attribution
 * after or before the quote, or carries the previous speaker to a quote that continues them;
 * {@link ChannelRule} finds how the words were published. Titles and other text have no speaker.
 * A quote is linked to a social post when the post's link or embed stands next to it, or when the
 * quote names the platform and the article has exactly one post there.
 *
 * <p>Every quote's {@code text} is the normalized text at its position selector; the speaker's
 * mention points at the words that named them at the quote, and {@code resolvedFrom} at the first
 * place the article gives the full name. The extractor is linear in the text's length and safe to
 * share between threads.
 */
public final class QuoteExtractor {

    private static final String AGENT = SoftwareAgent.of("quotes");
    private static final java.util.regex.Pattern ATTRIBUTION_WORD =
            java.util.regex.Pattern.compile("(?:she|he|they|" + Cues.VERB + ")\\b");

    /** Creates the extractor. */
    public QuoteExtractor() {
    }

    /**
     * Finds the quotations.
     *
     * @param article the article's text and body paragraphs
     * @param posts the social posts found in the article, to link quotes to
     * @return the top-level quotations in text order, nested ones inside them
     */
    public List<Quote> extract(ArticleText article, List<SocialPost> posts) {
        return new Run(article, posts).run();
    }

    /** One article's extraction. */
    private static final class Run {
        final ArticleText article;
        final NormalizedText text;
        final String s;
        final List<SocialPost> posts;
        final List<int[]> paragraphs = new ArrayList<>();
        final List<QuoteScanner.Found> found;
        final java.util.Map<Integer, List<Integer>> children = new java.util.HashMap<>();
        final NameIndex names;
        final Attributor attributor;

        Run(ArticleText article, List<SocialPost> posts) {
            this.article = article;
            this.text = article.text();
            this.s = text.text();
            this.posts = posts;
            for (Span p : article.paragraphs()) {
                paragraphs.add(new int[] {text.charIndex(p.start()), text.charIndex(p.end())});
            }
            this.found = QuoteScanner.scan(s, paragraphs);
            for (int k = 0; k < found.size(); k++) {
                if (found.get(k).parent() >= 0) {
                    children.computeIfAbsent(found.get(k).parent(), x -> new ArrayList<>()).add(k);
                }
            }
            this.names = NameIndex.of(s, paragraphs, found.stream().map(f -> new int[] {f.start(), f.end()}).toList());
            this.attributor = new Attributor(s, names, paragraphs);
        }

        List<Quote> run() {
            List<Quote> built = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                built.add(null);
            }
            Attribution previous = null;
            QuoteScanner.Found previousFound = null;
            String previousChannel = null;
            for (int i = 0; i < found.size(); i++) {
                QuoteScanner.Found f = found.get(i);
                if (f.parent() >= 0) {
                    continue;
                }
                String quoted = s.substring(f.start(), f.end());
                int ps = paragraphs.get(f.firstParagraph())[0];
                String before = s.substring(attributor.sentenceStart(ps, f.open()), f.open());
                Attribution attribution = attributor.after(f, previous);
                Attribution lead = attributor.before(f, previous);
                if (attribution == null || lead != null && lead.name() != null && !lead.method().contains("+")
                        && attribution.method().contains("+")) {
                    // "Clarkson, telling the audience: '…,' she went on": a name before beats a pronoun after.
                    attribution = lead != null ? lead : attribution;
                }
                KindRule.Kinded kind = KindRule.classify(quoted, new KindRule.Surroundings(before, after(f),
                        attribution == null ? null : attribution.cue(), attribution != null && attribution.name() != null,
                        continuesSentence(f)));
                String channel = null;
                if (kind.kind() == QuoteKind.STATEMENT || kind.kind() == QuoteKind.PARTIAL) {
                    if (attribution == null && kind.kind() == QuoteKind.STATEMENT && previous != null && continues(f, previousFound, previous.name())) {
                        attribution = new Attribution(previous.name(), previous.mentionStart(), previous.mentionEnd(),
                                previous.cue(), "speaker:continuation", Math.max(0.5, previous.confidence() - 0.15));
                        channel = previousChannel;
                    }
                    if (kind.kind() == QuoteKind.STATEMENT && (attribution == null || attribution.name() == null
                            && attribution.method().endsWith("+document"))) {
                        Attribution subject = paragraphSubject(f);
                        if (subject != null) {
                            attribution = attribution == null ? subject : new Attribution(subject.name(),
                                    attribution.mentionStart(), attribution.mentionEnd(), attribution.cue(),
                                    attribution.method() + "+paragraph-subject", 0.5);
                        }
                    }
                    if (channel == null) {
                        channel = ChannelRule.find(context(f, attribution), names);
                    }
                } else {
                    attribution = null;
                }
                Quote quote = quote(i, kind, attribution, channel, built);
                built.set(i, quote);
                if (kind.kind() == QuoteKind.STATEMENT && attribution != null && attribution.name() != null) {
                    previous = attribution;
                    previousFound = f;
                    previousChannel = channel;
                } else if (kind.kind() == QuoteKind.STATEMENT) {
                    previous = null;
                    previousFound = null;
                    previousChannel = null;
                }
            }
            List<Quote> top = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                if (found.get(i).parent() < 0) {
                    top.add(built.get(i));
                }
            }
            top.addAll(postStatements(top));
            // postStatements moved quotations inside posts into them.
            top.sort((a, b) -> Integer.compare(a.provenance().position().start(), b.provenance().position().start()));
            return top;
        }

        /** Builds a quote, its nested quotes first. */
        private Quote quote(int index, KindRule.Kinded kind, @Nullable Attribution attribution,
                @Nullable String channel, List<Quote> built) {
            QuoteScanner.Found f = found.get(index);
            List<Quote> nested = new ArrayList<>();
            for (int k : children.getOrDefault(index, List.of())) {
                QuoteScanner.Found inner = found.get(k);
                String words = s.substring(inner.start(), inner.end());
                String innerBefore = s.substring(Math.max(f.start(), attributor.sentenceStart(f.start(), inner.open())),
                        inner.open());
                KindRule.Kinded innerKind = KindRule.classify(words, new KindRule.Surroundings(innerBefore, after(inner),
                        null, false, continuesSentence(inner)));
                Attribution self = null;
                if (attribution != null && attribution.name() != null && innerKind.kind() == QuoteKind.STATEMENT
                        && attributor.quotesThemselves(f.start(), inner.open())) {
                    // "And I said, ‘I want more.’": the speaker quoting their own words.
                    self = new Attribution(attribution.name(), attribution.mentionStart(), attribution.mentionEnd(),
                            attribution.cue(), "speaker:self-quote", Math.max(0.5, attribution.confidence() - 0.2));
                }
                if (self == null && innerKind.kind() == QuoteKind.STATEMENT) {
                    self = attributor.nested(f.start(), inner, inner.firstParagraph());
                }
                Quote q = quote(k, innerKind, self, null, built);
                built.set(k, q);
                nested.add(q);
            }
            int start = text.codePointOffset(f.start());
            int end = text.codePointOffset(f.end());
            String method = "quote:marks" + (f.multiParagraph() ? "+multi-paragraph" : "")
                    + (f.unclosed() ? "+unclosed" : "");
            double confidence = kind.confidence() * (f.unclosed() ? 0.8 : 1.0);
            Provenance provenance = text.provenance(article.documentId(), start, end, method, AGENT, round(confidence));
            Speaker speaker = attribution == null || attribution.name() == null ? null : speaker(attribution);
            return new Quote(text.slice(start, end), speaker, attribution == null ? null : attribution.cue(),
                    kind.kind(), channel, linkedPost(f, kind, channel), nested, provenance);
        }

        private Speaker speaker(Attribution a) {
            int start = text.codePointOffset(a.mentionStart());
            int end = text.codePointOffset(a.mentionEnd());
            Provenance mention = text.provenance(article.documentId(), start, end, a.method(), AGENT, round(a.confidence()));
            Provenance resolvedFrom = null;
            String said = s.substring(a.mentionStart(), a.mentionEnd());
            if (!said.equals(a.name())) {
                int first = names.firstMention(a.name());
                if (first >= 0) {
                    int fs = text.codePointOffset(first);
                    resolvedFrom = text.provenance(article.documentId(), fs, fs + a.name().codePointCount(0, a.name().length()),
                            "speaker:full-name", AGENT, round(a.confidence()));
                }
            }
            return new Speaker(a.name(), mention, resolvedFrom);
        }

        /**
         * A statement with no attribution: the words of the person its paragraph is about (the first
         * person named before it there), or, for a quote that opens its paragraph, of the person the
         * paragraph before is about; said with low confidence.
         */
        private @Nullable Attribution paragraphSubject(QuoteScanner.Found f) {
            int[] own = paragraphs.get(f.firstParagraph());
            List<NameIndex.Mention> mentions = names.mentions(own[0], f.open());
            if (mentions.isEmpty() && s.substring(own[0], f.open()).isBlank() && f.firstParagraph() > 0) {
                int[] before = paragraphs.get(f.firstParagraph() - 1);
                String prose = s.substring(before[0], before[1]).stripTrailing();
                if (prose.isEmpty() || ".!?…:”\"’'".indexOf(prose.charAt(prose.length() - 1)) < 0) {
                    return null; // a headline or a link, not prose about someone
                }
                mentions = names.mentions(before[0], before[1]);
            }
            if (mentions.isEmpty()) {
                return null;
            }
            NameIndex.Mention m = mentions.get(0);
            return new Attribution(m.name(), m.start(), m.end(), null, "speaker:paragraph-subject", 0.5);
        }

        /** Whether a statement without attribution continues the previous speaker's words. */
        private boolean continues(QuoteScanner.Found f, QuoteScanner.Found previousFound, String previousSpeaker) {
            if (previousFound == null) {
                return false;
            }
            if (previousFound.lastParagraph() == f.firstParagraph()) {
                return true;
            }
            if (!names.isPerson(previousSpeaker)) {
                // An organization's statement ends with its paragraph; the next quote is someone else's.
                return false;
            }
            int ps = paragraphs.get(f.firstParagraph())[0];
            boolean opensParagraph = s.substring(ps, f.open()).isBlank();
            return opensParagraph && previousFound.lastParagraph() == f.firstParagraph() - 1;
        }

        /** A few words after the closing mark, within the paragraph. */
        private String after(QuoteScanner.Found f) {
            if (f.unclosed()) {
                return "";
            }
            int pe = paragraphs.get(f.lastParagraph())[1];
            return s.substring(f.close() + 1, Math.min(pe, f.close() + 41));
        }

        /** Whether the sentence goes on in lower case after the closing mark (a quote inside a sentence). */
        private boolean continuesSentence(QuoteScanner.Found f) {
            if (f.unclosed()) {
                return false;
            }
            int pe = paragraphs.get(f.lastParagraph())[1];
            int k = f.close() + 1;
            while (k < pe && (s.charAt(k) == ' ' || s.charAt(k) == ',')) {
                k++;
            }
            return k < pe && Character.isLowerCase(s.charAt(k)) && !attributionWord(k, pe);
        }

        private boolean attributionWord(int k, int pe) {
            String rest = s.substring(k, Math.min(pe, k + 30)).toLowerCase(Locale.ROOT);
            return ATTRIBUTION_WORD.matcher(rest).lookingAt();
        }

        /** The sentence of the quote and its attribution, and the sentence before, for the channel. */
        private String context(QuoteScanner.Found f, @Nullable Attribution a) {
            int ps = paragraphs.get(f.firstParagraph())[0];
            int sentence = attributor.sentenceStart(ps, f.open());
            int from = sentence > ps ? attributor.sentenceStart(ps, Math.max(ps, sentence - 1)) : ps;
            int pe = paragraphs.get(f.lastParagraph())[1];
            int to = f.unclosed() ? f.end() : Math.min(pe, f.close() + 120);
            if (a != null && a.mentionStart() < from) {
                from = Math.max(0, a.mentionStart() - 80);
            }
            // Only the words outside the quote say how it was published.
            return s.substring(from, f.open()) + " " + s.substring(Math.min(to, f.end()), to);
        }

        /**
         * The post a statement comes from: a post link or embed right after it in its paragraph; a
         * post standing alone in the paragraph before or after it, on the platform the quote names
         * (or where it names none); or the one post of the platform it names.
         */
        private @Nullable String linkedPost(QuoteScanner.Found f, KindRule.Kinded kind, @Nullable String channel) {
            if (posts.isEmpty() || kind.kind() != QuoteKind.STATEMENT) {
                return null;
            }
            String platform = channel == null ? null : channel.startsWith("instagram") ? "instagram"
                    : channel.equals("tweet") ? "x" : channel.startsWith("facebook") ? "facebook"
                    : channel.startsWith("tiktok") ? "tiktok" : channel.startsWith("youtube") ? "youtube" : "";
            int quoteEnd = text.codePointOffset(f.unclosed() ? f.end() : f.close() + 1);
            List<Span> spans = article.paragraphs();
            int first = f.firstParagraph();
            int last = f.lastParagraph();
            for (SocialPost post : posts) {
                if (post.provenance().position() == null) {
                    continue;
                }
                int at = post.provenance().position().start();
                boolean rightAfter = at >= quoteEnd && at < spans.get(last).end() && text.slice(quoteEnd, at).isBlank();
                if (rightAfter) {
                    return post.url();
                }
                boolean samePlatform = platform == null || platform.equals(post.platform());
                boolean next = last + 1 < spans.size() && within(at, spans.get(last + 1)) && standsAlone(post, spans.get(last + 1));
                boolean previous = first > 0 && within(at, spans.get(first - 1)) && standsAlone(post, spans.get(first - 1));
                if (samePlatform && (next || previous)) {
                    return post.url();
                }
            }
            if (platform != null && !platform.isEmpty()) {
                List<SocialPost> onPlatform = posts.stream().filter(p -> p.platform().equals(platform)).toList();
                if (onPlatform.size() == 1) {
                    return onPlatform.get(0).url();
                }
            }
            return null;
        }

        private static boolean within(int at, Span span) {
            return span.start() <= at && at < span.end();
        }

        /**
         * A post the article carries as text (a tweet left as its embed's words) is a statement by the
         * account holder: one quote each, unless a quotation already covers those words.
         */
        private List<Quote> postStatements(List<Quote> quotes) {
            List<Quote> statements = new ArrayList<>();
            for (SocialPost post : posts) {
                var at = post.provenance().position();
                if (post.text() == null || at == null || post.authorName() == null && post.authorHandle() == null) {
                    continue;
                }
                boolean covered = quotes.stream().anyMatch(q -> q.provenance().position().start() <= at.start()
                        && at.end() <= q.provenance().position().end());
                if (covered) {
                    continue;
                }
                // Quotations inside the post's words are nested in its statement.
                List<Quote> inside = quotes.stream().filter(q -> at.start() <= q.provenance().position().start()
                        && q.provenance().position().end() <= at.end()).toList();
                quotes.removeAll(inside);
                String said = post.authorName() != null ? post.authorName() : "@" + post.authorHandle();
                String name = names.sameNameAs(said);
                int nameAt = s.indexOf(said, text.charIndex(at.end()));
                Speaker speaker = null;
                if (nameAt >= 0 && nameAt - text.charIndex(at.end()) < 12) {
                    int ns = text.codePointOffset(nameAt);
                    Provenance mention = text.provenance(article.documentId(), ns,
                            ns + said.codePointCount(0, said.length()), "speaker:post-author", AGENT, 0.95);
                    speaker = new Speaker(name, mention, null);
                }
                String channel = post.platform().equals("x") ? "tweet" : post.platform() + "-post";
                Provenance provenance = text.provenance(article.documentId(), at.start(), at.end(), "quote:post-embed",
                        AGENT, 0.9);
                statements.add(new Quote(post.text(), speaker, null, QuoteKind.STATEMENT, channel, post.url(), inside,
                        provenance));
            }
            return statements;
        }

        /** Whether a post's link or embed is the whole paragraph it stands in. */
        private boolean standsAlone(SocialPost post, Span paragraph) {
            var position = post.provenance().position();
            String rest = text.slice(paragraph.start(), position.start()) + text.slice(position.end(), paragraph.end());
            return rest.isBlank() || post.text() != null;
        }

        private static double round(double confidence) {
            return Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100.0;
        }
    }
}
