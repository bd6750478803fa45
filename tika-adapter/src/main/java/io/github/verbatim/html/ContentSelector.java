package io.github.verbatim.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * Picks the article's body among a page's blocks.
 *
 * <p><b>Scoring.</b> Every block gets a score from its text: its letters, less twice its link
 * letters (so prose counts for itself, a link list against itself), less a little for a short line
 * with no sentence punctuation (a menu item, a button's label). A block inside page furniture
 * ({@link Hints#BOILERPLATE}: a share bar, comments, related links, an ad, a footer) counts
 * against; one inside an element named as the body ({@link Hints#ARTICLE_BODY}) counts double,
 * inside {@code <article>}, {@code <main>} or a body class a quarter more; one whose words appear
 * in the page's JSON-LD {@code articleBody} counts double. An element named as the body that holds
 * {@value #MIN_LETTERS} letters or more makes its ancestors layout, never furniture, whatever
 * their classes say ({@code theiaStickySidebar}, {@code container has-sidebar}).
 *
 * <p><b>The container.</b> Scores flow up the tree: in full to a block's element and its parent,
 * half to the grandparent, a third of that further up, and so on; the element with the highest
 * score is where the prose is densest. It is widened to the ancestor of most other near-equal
 * candidates (a body whose paragraphs sit in separate wrappers), or to an ancestor whose score is
 * higher still, and to its parent while it is an only child. It is then joined by the siblings
 * that continue it and by the elements of the same tag and classes elsewhere in the page (a body
 * split into columns by ads or photos); where the JSON-LD gives the whole body, only by parts that
 * hold some of its words.
 *
 * <p><b>Inside</b> a block is dropped if furniture holds it (inside the container), or an
 * {@code <article>} nested in another — HTML's markup for a related story or a comment — other
 * than the one with the densest prose; if it is a link list (mostly link text, little of its
 * own), a short byline, date, credit or standfirst, the headline (an {@code <h1>}, or a heading
 * that repeats the title), an ad's label or a date line. Embedded posts are always kept. A caption
 * given twice (a gallery's) is kept once, and a heading left with nothing under it goes.
 *
 * <p><b>Fallback.</b> If that leaves less than {@value #MIN_LETTERS} letters, the selection is made
 * again without the class and id hints, and taken if it found a body elsewhere (not merely a wider
 * region around the same one) more than twice as long. A page with no prose at all keeps all its
 * text but furniture and link lists.
 */
final class ContentSelector {

    /** Letters below which a selection is taken to have missed the body. */
    static final int MIN_LETTERS = 250;
    /** A block with more link text than this share, and little of its own, is a link list. */
    private static final double MAX_LINK_DENSITY = 0.5;
    /** Letters of its own a mostly linked block needs to be prose. */
    private static final int OWN_LETTERS = 40;
    /** Letters below which a byline, date or standfirst block is dropped. */
    private static final int META_LETTERS = 200;
    /** The longest line that is only a date line. */
    private static final int DATE_LINE_CHARS = 60;
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "\\b(?:\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d{2}|(?:19|20)\\d{2}[./-]\\d{1,2}[./-]\\d{1,2})\\b");
    /** Letters a sibling of nothing but prose needs to join the body. */
    private static final int PROSE_LETTERS = 80;
    /** The most near-equal candidates looked at for a common ancestor. */
    private static final int MAX_ALTERNATIVES = 8;
    private static final Set<String> AD_LABELS = Set.of("advertisement", "advertisements", "advertising", "ad", "ads",
            "sponsored", "sponsored content", "paid content", "story continues below advertisement",
            "article continues below advertisement", "continue reading below", "scroll to continue with content",
            "skip advertisement", "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "publicidade",
            "reklama", "реклама", "reklam", "advertentie", "annons", "mainos", "广告", "広告", "광고", "إعلان", "advert",
            "adverts");

    private final BlockTree tree;
    private final List<Block> blocks;
    private final @Nullable String titleKey;
    private final @Nullable String bodyKey;
    /** Whether the JSON-LD body looks whole rather than cut to a teaser. */
    private final boolean bodyComplete;
    /** Each element's flags, furniture taken off layout ancestors of the body. */
    private final int[] hints;
    /** Each element's flags joined with all its ancestors'. */
    private final int[] inherited;
    /** Whether each block's words appear in the JSON-LD body. */
    private final boolean[] inBody;
    /** Whether each element is an {@code <article>} inside another: a related story or a comment. */
    private final boolean[] nestedArticle;

    private ContentSelector(BlockTree tree, @Nullable String title, @Nullable String articleBody) {
        this.tree = tree;
        this.blocks = tree.blocks();
        this.titleKey = title == null ? null : key(title);
        this.bodyKey = articleBody == null || articleBody.length() < 200 ? null : " " + key(articleBody) + " ";
        String end = articleBody == null ? "" : articleBody.strip();
        this.bodyComplete = bodyKey != null && end.length() >= 1000 && !end.endsWith("...") && !end.endsWith("…");
        int n = tree.size();
        this.hints = new int[n];
        this.inherited = new int[n];
        for (int i = 0; i < n; i++) {
            hints[i] = Hints.of(tree.element(i));
        }
        protectBodyAncestors();
        this.nestedArticle = new boolean[n];
        boolean[] inArticle = new boolean[n];
        for (int i = 0; i < n; i++) {
            int parent = tree.parent(i);
            inherited[i] = hints[i] | (parent < 0 ? 0 : inherited[parent]);
            boolean article = tree.element(i).normalName().equals("article");
            nestedArticle[i] = article && parent >= 0 && inArticle[parent];
            inArticle[i] = article || parent >= 0 && inArticle[parent];
        }
        this.inBody = new boolean[blocks.size()];
        if (bodyKey != null) {
            for (int b = 0; b < blocks.size(); b++) {
                Block block = blocks.get(b);
                inBody[b] = block.letters() >= 30 && bodyKey.contains(" " + key(block.text()) + " ");
            }
        }
    }

    /**
     * Returns the blocks of the article's body.
     *
     * @param tree every block of the page, in document order, in its tree
     * @param title the page's title from its metadata, or null
     * @param articleBody the body text the page's JSON-LD gives, or null
     * @return the body's blocks, in document order
     */
    static List<Block> select(BlockTree tree, @Nullable String title, @Nullable String articleBody) {
        ContentSelector selector = new ContentSelector(tree, title, articleBody);
        Selection hinted = selector.select(true);
        if (hinted.letters() >= MIN_LETTERS) {
            return hinted.blocks();
        }
        // Little was found: perhaps a class on the body's own wrapper made it furniture. Without
        // the hints, a body elsewhere wins; a wider region around the same body does not.
        Selection plain = selector.select(false);
        boolean elsewhere = hinted.container() < 0 || plain.container() >= 0 && plain.container() != hinted.container()
                && !tree.isAncestor(plain.container(), hinted.container());
        List<Block> chosen = elsewhere && plain.letters() > 2 * hinted.letters() ? plain.blocks() : hinted.blocks();
        return chosen.isEmpty() ? selector.everything() : chosen;
    }

    /** A selection: the container chosen, or -1 if none scored, and the blocks kept. */
    private record Selection(int container, List<Block> blocks) {

        int letters() {
            return ContentSelector.letters(blocks);
        }
    }

    /** Takes furniture off the ancestors of every element named as the body with enough letters. */
    private void protectBodyAncestors() {
        int n = tree.size();
        int[] nearestBody = new int[n];
        for (int i = 0; i < n; i++) {
            int parent = tree.parent(i);
            nearestBody[i] = (hints[i] & Hints.ARTICLE_BODY) != 0 ? i : parent < 0 ? -1 : nearestBody[parent];
        }
        int[] bodyLetters = new int[n];
        for (Block block : blocks) {
            int body = nearestBody[block.owner()];
            if (body >= 0) {
                bodyLetters[body] += block.letters();
            }
        }
        boolean[] done = new boolean[n];
        for (int body = 0; body < n; body++) {
            if (bodyLetters[body] >= MIN_LETTERS) {
                for (int e = tree.parent(body); e >= 0 && !done[e]; e = tree.parent(e)) {
                    hints[e] &= ~Hints.BOILERPLATE;
                    done[e] = true;
                }
            }
        }
    }

    private Selection select(boolean useHints) {
        int n = tree.size();
        double[] decayed = new double[n];
        double[] positive = new double[n];
        double[] negative = new double[n];
        int[] matched = new int[n];
        int[] letters = new int[n];
        int[] linkLetters = new int[n];
        boolean[] seen = new boolean[n];
        int[] candidates = new int[n];
        int count = 0;
        for (int b = 0; b < blocks.size(); b++) {
            double score = score(b, useHints);
            if (score == 0) {
                continue;
            }
            int level = 0;
            for (int e = blocks.get(b).owner(); e >= 0; e = tree.parent(e), level++) {
                if (!seen[e]) {
                    seen[e] = true;
                    candidates[count++] = e;
                }
                decayed[e] += score * decay(level);
                letters[e] += blocks.get(b).letters();
                linkLetters[e] += blocks.get(b).linkLetters();
                if (inBody[b]) {
                    matched[e]++;
                }
                if (score > 0) {
                    positive[e] += score;
                } else {
                    negative[e] -= score;
                }
            }
        }
        int top = -1;
        for (int i = 0; i < count; i++) {
            int e = candidates[i];
            if (top < 0 || decayed[e] > decayed[top]) {
                top = e;
            }
        }
        if (top < 0 || decayed[top] <= 0) {
            return new Selection(-1, List.of());
        }
        int core = top;
        top = widen(top, Arrays.copyOf(candidates, count), decayed);
        boolean[] roots = new boolean[n];
        roots[top] = true;
        joinSiblings(top, new Sums(decayed, positive, negative, matched, letters, linkLetters), roots, useHints);
        joinSameKind(top, Arrays.copyOf(candidates, count), positive, negative, matched, roots, useHints);
        List<Block> kept = new ArrayList<>();
        Set<String> seenTexts = new HashSet<>();
        for (Block block : blocks) {
            // A caption given again (a gallery's repeated caption) is kept once; body text may repeat.
            if (keep(block, roots, core, useHints)
                    && (block.kind() != Block.Kind.CAPTION || seenTexts.add(block.text()))) {
                kept.add(block);
            }
        }
        return new Selection(top, withoutEmptySections(kept));
    }

    /** The weight of a block's score for an element {@code level} steps above the block's element. */
    private static double decay(int level) {
        return level <= 1 ? 1 : level == 2 ? 0.5 : 1.0 / (3 * (level - 1));
    }

    /** Widens the top candidate; see the class comment. */
    private int widen(int top, int[] candidates, double[] decayed) {
        double best = decayed[top];
        List<Integer> alternatives = new ArrayList<>();
        for (int e : candidates) {
            if (e != top && decayed[e] >= 0.75 * best && !tree.isAncestor(e, top) && !tree.isAncestor(top, e)) {
                alternatives.add(e);
                if (alternatives.size() > MAX_ALTERNATIVES) {
                    break;
                }
            }
        }
        int result = top;
        if (alternatives.size() >= 2) {
            for (int ancestor = tree.parent(top); ancestor > 0; ancestor = tree.parent(ancestor)) {
                int inside = 0;
                for (int alternative : alternatives) {
                    if (tree.isAncestor(ancestor, alternative)) {
                        inside++;
                    }
                }
                if (inside >= 2) {
                    result = ancestor;
                    break;
                }
            }
        }
        double last = decayed[result];
        double threshold = last / 3;
        for (int parent = tree.parent(result); parent > 0; parent = tree.parent(parent)) {
            if (decayed[parent] < threshold) {
                break;
            }
            if (decayed[parent] > last) {
                result = parent;
                break;
            }
            last = decayed[parent];
        }
        while (tree.parent(result) > 0 && tree.element(tree.parent(result)).childrenSize() == 1) {
            result = tree.parent(result);
        }
        return result;
    }

    /** What each element's blocks add up to, by index. */
    private record Sums(double[] decayed, double[] positive, double[] negative, int[] matched, int[] letters,
            int[] linkLetters) {
    }

    /**
     * Adds the siblings that continue the top candidate: those scoring a fifth of it or more (a
     * fifth less for one with the same classes) with more than twice as much prose as furniture,
     * and those that are prose through and through (every block scoring for the body,
     * {@value #PROSE_LETTERS} letters or more, under a quarter of them link text), such as a lead
     * paragraph set apart from the rest.
     */
    private void joinSiblings(int top, Sums sums, boolean[] roots, boolean useHints) {
        int parent = tree.parent(top);
        if (parent < 0) {
            return;
        }
        double topScore = sums.decayed()[top];
        double threshold = Math.max(10, 0.2 * topScore);
        String topClasses = tree.element(top).className();
        for (int e = parent + 1; e < tree.size(); e++) {
            if (tree.parent(e) != parent || e == top || useHints && (hints[e] & Hints.BOILERPLATE) != 0
                    || !mayJoin(sums.matched()[e])) {
                continue;
            }
            double bonus = !topClasses.isEmpty() && topClasses.equals(tree.element(e).className()) ? 0.2 * topScore : 0;
            boolean strong = sums.decayed()[e] + bonus >= threshold && sums.positive()[e] > 2 * sums.negative()[e];
            boolean prose = sums.negative()[e] == 0 && sums.letters()[e] >= PROSE_LETTERS
                    && sums.linkLetters()[e] < 0.25 * sums.letters()[e];
            if (strong || prose) {
                roots[e] = true;
            }
        }
    }

    /** Adds the other parts of a body split into elements of the same tag and classes. */
    private void joinSameKind(int top, int[] candidates, double[] positive, double[] negative, int[] matched,
            boolean[] roots, boolean useHints) {
        Element element = tree.element(top);
        String classes = element.className().strip();
        if (classes.isEmpty()) {
            return;
        }
        for (int e : candidates) {
            Element other = tree.element(e);
            if (e == top || !other.normalName().equals(element.normalName())
                    || !other.className().strip().equals(classes)) {
                continue;
            }
            if (positive[e] > 2 * negative[e] && mayJoin(matched[e]) && !tree.isAncestor(e, top)
                    && !tree.isAncestor(top, e) && !(useHints && (inherited[e] & Hints.BOILERPLATE) != 0)) {
                roots[e] = true;
            }
        }
    }

    /**
     * Returns whether another part of the page may join the body: where the JSON-LD gives the whole
     * body, only a part that holds some of its words.
     */
    private boolean mayJoin(int matchedBlocks) {
        return !bodyComplete || matchedBlocks > 0;
    }

    /** Returns a block's score for choosing the container; see the class comment. */
    private double score(int index, boolean useHints) {
        Block block = blocks.get(index);
        if (block.kind() == Block.Kind.EMBED || block.letters() == 0) {
            return 0;
        }
        double score = block.letters() - 2.0 * block.linkLetters();
        if (block.letters() < 40 && !sentenceLike(block.text())) {
            score -= 20;
        }
        if (score > 0 && inBody[index]) {
            score *= 2;
        }
        if (!useHints) {
            return score;
        }
        int flags = inherited[block.owner()];
        if ((flags & Hints.BOILERPLATE) != 0) {
            return -Math.abs(score) - 5;
        }
        if (score > 0 && (flags & Hints.ARTICLE_BODY) != 0) {
            score *= 2;
        } else if (score > 0 && (flags & (Hints.BODY | Hints.ARTICLE)) != 0) {
            score *= 1.25;
        }
        return score;
    }

    /** Returns whether a block of the container is body text; see the class comment. */
    private boolean keep(Block block, boolean[] roots, int core, boolean useHints) {
        boolean meta = false;
        int e = block.owner();
        while (e >= 0 && !roots[e]) {
            int flags = useHints ? hints[e] : 0;
            boolean aside = nestedArticle[e] && e != core && !tree.isAncestor(e, core);
            if (((flags & Hints.BOILERPLATE) != 0 || aside) && block.kind() != Block.Kind.EMBED) {
                return false;
            }
            meta |= (flags & Hints.META) != 0;
            e = tree.parent(e);
        }
        if (e < 0) {
            return false;
        }
        if (block.kind() == Block.Kind.EMBED) {
            return true;
        }
        if (meta && block.letters() < META_LETTERS || isLinkList(block) || isDateLine(block.text())) {
            return false;
        }
        if (block.kind() == Block.Kind.HEADING
                && (block.headingLevel() == 1 || titleKey != null && titleKey.equals(key(block.text())))) {
            return false;
        }
        return !AD_LABELS.contains(block.text().toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+", " ").strip());
    }

    /**
     * Returns whether a block is a date line: a short line ({@value #DATE_LINE_CHARS} characters or
     * fewer) that holds a full date, such as {@code Updated 11:21 pm CST, Tuesday, November 19, 2019}
     * or {@code 05/10/2018 14:03}: when a story was published, not what it says.
     */
    static boolean isDateLine(String text) {
        if (text.length() > DATE_LINE_CHARS || text.indexOf('\n') >= 0) {
            return false;
        }
        return Dates.written(text) != null || NUMERIC_DATE.matcher(text).find();
    }

    /**
     * Returns whether a block is mostly link text with little else: a link list's item, a related
     * story's headline. A long sentence whose subject is linked keeps enough words of its own.
     */
    private static boolean isLinkList(Block block) {
        double density = block.linkDensity();
        return density >= 0.9 || density > MAX_LINK_DENSITY && block.letters() - block.linkLetters() < OWN_LETTERS;
    }

    /**
     * Returns every block of a page with no prose to score (a photo and its caption, a table, a
     * line or two): all but furniture and link lists, or, failing that, all.
     */
    private List<Block> everything() {
        List<Block> kept = new ArrayList<>();
        for (Block block : blocks) {
            if (!block.text().isEmpty() && !isLinkList(block) && (inherited[block.owner()] & Hints.BOILERPLATE) == 0) {
                kept.add(block);
            }
        }
        if (kept.isEmpty()) {
            for (Block block : blocks) {
                if (!block.text().isEmpty()) {
                    kept.add(block);
                }
            }
        }
        return kept;
    }

    /** Drops headings with nothing kept under them before the next heading of the same or a higher rank. */
    private static List<Block> withoutEmptySections(List<Block> kept) {
        List<Block> result = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Block block = kept.get(i);
            if (block.kind() == Block.Kind.HEADING) {
                int j = i + 1;
                while (j < kept.size() && kept.get(j).kind() == Block.Kind.HEADING
                        && kept.get(j).headingLevel() > block.headingLevel()) {
                    j++;
                }
                if (j == kept.size() || kept.get(j).kind() == Block.Kind.HEADING) {
                    continue;
                }
            }
            result.add(block);
        }
        return result;
    }

    private static int letters(List<Block> blocks) {
        int n = 0;
        for (Block block : blocks) {
            n += block.letters();
        }
        return n;
    }

    /** Returns whether text has sentence punctuation: a full stop, comma, question or exclamation mark. */
    static boolean sentenceLike(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '.', ',', '!', '?', ';', '。', '，', '、', '！', '？', '؟', '،', '।' -> {
                    return true;
                }
                default -> {
                    // Keep looking.
                }
            }
        }
        return false;
    }

    /** Returns text as lower-case words separated by single spaces, for comparing texts. */
    static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                key.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return key.toString();
    }
}
