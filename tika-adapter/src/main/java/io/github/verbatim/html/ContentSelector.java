package io.github.verbatim.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * Picks the article's body among a page's blocks.
 *
 * <p><b>Scoring.</b> Every block gets a score from its text: its letters, less twice its link
 * letters (so prose counts for itself, a link list against itself), less a little for a short line
 * with no sentence punctuation (a menu item, a button's label). A block inside page furniture
 * ({@link Hints#BOILERPLATE}: a share bar, comments, related links, an ad, a footer) counts
 * against; one marked as the body ({@code itemprop=articleBody}, {@code <article>}, a body class)
 * counts a little more; one whose words appear in the page's JSON-LD {@code articleBody} counts
 * double. Each element's score is the sum of its blocks' scores.
 *
 * <p><b>The container</b> is the element with the highest score: the smallest part of the page
 * that holds the most prose and the least furniture, so a body split by an ad or a photo into
 * sibling parts is taken whole (their common parent scores more than either part) and a comment
 * section or a list of related stories beside it is left out (they lower the parent's score).
 *
 * <p><b>Inside the container</b> a block is kept unless furniture (within the container) holds
 * it, it is mostly link text, it is a short byline, date, credit or standfirst, it is the
 * headline (an {@code <h1>}, or a heading that repeats the title), or it is an ad's label.
 * Embedded posts are always kept. A heading left with nothing under it (its section was furniture)
 * goes too.
 *
 * <p><b>Fallback.</b> If that leaves less than {@value #MIN_LETTERS} letters, the selection is made
 * again without the class and id hints, which some sites put on the body's own ancestors, and the
 * longer result is kept.
 */
final class ContentSelector {

    /** Letters below which a selection is taken to have missed the body. */
    static final int MIN_LETTERS = Integer.getInteger("minl", 250);
    /** A block with more link text than this share is a link list, not prose. */
    private static final double MAX_LINK_DENSITY = 0.5;
    /** Letters of its own a mostly linked block needs to be prose. */
    private static final int OWN_LETTERS = 40;
    /** Letters below which a byline, date or standfirst block is dropped. */
    private static final int META_LETTERS = 200;
    private static final Set<String> AD_LABELS = Set.of("advertisement", "advertisements", "advertising", "ad", "ads",
            "sponsored", "sponsored content", "paid content", "story continues below advertisement",
            "article continues below advertisement", "continue reading below", "scroll to continue with content",
            "skip advertisement", "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "publicidade",
            "reklama", "реклама", "reklam", "advertentie", "annons", "mainos", "广告", "広告", "광고", "إعلان");

    static Element lastContainer;
    private final Map<Element, Integer> hints = new IdentityHashMap<>();
    private final Set<Element> protectedAncestors = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final @Nullable String titleKey;
    private final @Nullable String bodyKey;
    /** Whether the JSON-LD body looks whole rather than cut to a teaser. */
    private final boolean bodyComplete;
    /** Whether each block's words appear in the JSON-LD body. */
    private final Map<Block, Boolean> inBody = new IdentityHashMap<>();

    private ContentSelector(@Nullable String title, @Nullable String articleBody) {
        this.titleKey = title == null ? null : key(title);
        this.bodyKey = articleBody == null || articleBody.length() < 200 ? null : " " + key(articleBody) + " ";
        String end = articleBody == null ? "" : articleBody.strip();
        this.bodyComplete = bodyKey != null && end.length() >= 1000 && !end.endsWith("...") && !end.endsWith("…");
    }

    /**
     * Returns the blocks of the article's body.
     *
     * @param blocks every block of the page, in document order
     * @param title the page's title from its metadata, or null
     * @param articleBody the body text the page's JSON-LD gives, or null
     * @return the body's blocks, in document order
     */
    static List<Block> select(List<Block> blocks, @Nullable String title, @Nullable String articleBody) {
        ContentSelector selector = new ContentSelector(title, articleBody);
        selector.protectBodyAncestors(blocks);
        Selection hinted = selector.select(blocks, true);
        if (hinted.letters() >= MIN_LETTERS) {
            return hinted.blocks();
        }
        // Little was found: perhaps a class on the body's own wrapper made it furniture. Without
        // the hints, a body elsewhere wins; a wider region around the same body does not.
        Selection plain = selector.select(blocks, false);
        boolean elsewhere = hinted.container() == null
                || plain.container() != null && !isAncestor(plain.container(), hinted.container())
                && plain.container() != hinted.container();
        List<Block> chosen = elsewhere && plain.letters() > hinted.letters() ? plain.blocks() : hinted.blocks();
        return chosen.isEmpty() ? selector.everything(blocks) : chosen;
    }

    /** A selection: the container chosen, or null if none scored, and the blocks kept. */
    private record Selection(@Nullable Element container, List<Block> blocks) {

        int letters() {
            return ContentSelector.letters(blocks);
        }
    }

    /**
     * Exempts from furniture hints every ancestor of an element named as the body that holds at
     * least {@value #MIN_LETTERS} letters: such an ancestor is a layout wrapper whatever its class
     * says ({@code theiaStickySidebar}, {@code container has-sidebar}).
     */
    private void protectBodyAncestors(List<Block> blocks) {
        Map<Element, int[]> bodyLetters = new IdentityHashMap<>();
        for (Block block : blocks) {
            for (Element e = block.owner(); e != null; e = e.parent()) {
                if ((Hints.of(e) & Hints.ARTICLE_BODY) != 0) {
                    bodyLetters.computeIfAbsent(e, k -> new int[1])[0] += block.letters();
                    break;
                }
            }
        }
        for (Map.Entry<Element, int[]> body : bodyLetters.entrySet()) {
            if (body.getValue()[0] >= MIN_LETTERS) {
                for (Element e = body.getKey().parent(); e != null && !isProtected(e); e = e.parent()) {
                    protectedAncestors.add(e);
                }
            }
        }
    }

    private boolean isProtected(Element e) {
        return protectedAncestors.contains(e);
    }

    /**
     * Returns every block of a page with no prose to score (a photo and its caption, a table, a
     * line or two): all but furniture and link lists, or, failing that, all.
     */
    private List<Block> everything(List<Block> blocks) {
        List<Block> kept = new ArrayList<>();
        for (Block block : blocks) {
            if (!block.text().isEmpty() && !isLinkList(block) && !insideBoilerplate(block.owner())) {
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

    /** What an element's blocks add up to. */
    private static final class Stats {
        /** Block scores, each weighted by how far above its block the element is. */
        double decayed;
        double positive;
        double negative;
        /** Blocks whose words appear in the JSON-LD body. */
        int matched;
    }

    private Selection select(List<Block> blocks, boolean useHints) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        List<Element> candidates = new ArrayList<>();
        for (Block block : blocks) {
            double score = score(block, useHints);
            if (score == 0) {
                continue;
            }
            boolean matched = inJsonLdBody(block);
            int level = 0;
            for (Element e = block.owner(); e != null; e = e.parent(), level++) {
                Stats s = stats.get(e);
                if (s == null) {
                    s = new Stats();
                    stats.put(e, s);
                    candidates.add(e);
                }
                s.decayed += score * decay(level);
                if (matched) {
                    s.matched++;
                }
                if (score > 0) {
                    s.positive += score;
                } else {
                    s.negative -= score;
                }
            }
        }
        Element top = null;
        for (Element e : candidates) {
            if (top == null || stats.get(e).decayed > stats.get(top).decayed) {
                top = e;
            }
        }
        if (top == null || stats.get(top).decayed <= 0) {
            return new Selection(null, List.of());
        }
        if (Boolean.getBoolean("dbg")) {
            System.out.println("TOP " + useHints + ": " + top.normalName() + " ." + top.className() + " #" + top.id() + " " + stats.get(top).decayed);
        }
        top = widen(top, candidates, stats);
        lastContainer = top;
        if (Boolean.getBoolean("dbg")) {
            System.out.println("WIDENED " + useHints + ": " + top.normalName() + " ." + top.className() + " #" + top.id());
        }
        List<Element> roots = new ArrayList<>(withSiblings(top, stats, useHints));
        roots.addAll(sameKind(top, candidates, stats, useHints));
        Set<Element> rootSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        rootSet.addAll(roots);
        List<Block> kept = new ArrayList<>();
        for (Block block : blocks) {
            if (keep(block, rootSet, useHints)) {
                kept.add(block);
            }
        }
        return new Selection(top, withoutEmptySections(kept));
    }

    /** The weight of a block's score for an element {@code level} steps above the block's element. */
    private static double decay(int level) {
        return level <= 1 ? 1 : level == 2 ? 0.5 : 1.0 / (3 * (level - 1));
    }

    /**
     * Moves the top candidate up to an ancestor that holds most of the other strong candidates
     * (a body whose paragraphs sit in several wrappers), or whose score is higher still.
     */
    private static Element widen(Element top, List<Element> candidates, Map<Element, Stats> stats) {
        double best = stats.get(top).decayed;
        List<Element> alternatives = new ArrayList<>();
        for (Element e : candidates) {
            if (e != top && stats.get(e).decayed >= 0.75 * best && !isAncestor(e, top) && !isAncestor(top, e)) {
                alternatives.add(e);
            }
        }
        if (alternatives.size() >= 2) {
            for (Element ancestor = top.parent(); ancestor != null; ancestor = ancestor.parent()) {
                int inside = 0;
                for (Element alternative : alternatives) {
                    if (isAncestor(ancestor, alternative)) {
                        inside++;
                    }
                }
                if (inside >= 2 && !ancestor.normalName().equals("body") && !ancestor.normalName().equals("html")) {
                    top = ancestor;
                    break;
                }
            }
        }
        double last = stats.get(top).decayed;
        double threshold = last / 3;
        for (Element parent = top.parent(); parent != null && !parent.normalName().equals("body"); parent = parent.parent()) {
            Stats s = stats.get(parent);
            if (s == null) {
                continue;
            }
            if (s.decayed < threshold) {
                break;
            }
            if (s.decayed > last) {
                top = parent;
                break;
            }
            last = s.decayed;
        }
        while (top.parent() != null && !top.parent().normalName().equals("body") && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** Returns the top candidate with the siblings that continue it: a body's other parts. */
    private List<Element> withSiblings(Element top, Map<Element, Stats> stats, boolean useHints) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = stats.get(top).decayed;
        double threshold = Math.max(10, 0.2 * topScore);
        List<Element> roots = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                roots.add(sibling);
                continue;
            }
            Stats s = stats.get(sibling);
            if (s == null || useHints && (hint(sibling) & Hints.BOILERPLATE) != 0) {
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? 0.2 * topScore : 0;
            if (s.decayed + bonus >= threshold && s.positive > 2 * s.negative && mayJoin(s)) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    /**
     * Returns the other parts of a body split into several elements of the same tag and classes
     * (columns between which ads or photos sit), which may lie further apart than siblings.
     */
    private List<Element> sameKind(Element top, List<Element> candidates, Map<Element, Stats> stats, boolean useHints) {
        String classes = top.className().strip();
        if (classes.isEmpty()) {
            return List.of();
        }
        List<Element> parts = new ArrayList<>();
        for (Element e : candidates) {
            if (e == top || !e.normalName().equals(top.normalName()) || !e.className().strip().equals(classes)) {
                continue;
            }
            Stats s = stats.get(e);
            if (s.positive > 2 * s.negative && mayJoin(s) && !isAncestor(e, top) && !isAncestor(top, e)
                    && !(useHints && insideBoilerplate(e))) {
                parts.add(e);
            }
        }
        return parts;
    }

    private boolean insideBoilerplate(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if ((hint(e) & Hints.BOILERPLATE) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Returns a block's score for choosing the container; see the class comment. */
    private double score(Block block, boolean useHints) {
        if (block.kind() == Block.Kind.EMBED || block.letters() == 0) {
            return 0;
        }
        double score = block.letters() - 2.0 * block.linkLetters();
        if (block.letters() < 40 && !sentenceLike(block.text())) {
            score -= 20;
        }
        if (score > 0 && inJsonLdBody(block)) {
            score *= 2;
        }
        if (!useHints) {
            return score;
        }
        int flags = 0;
        for (Element e = block.owner(); e != null; e = e.parent()) {
            flags |= hint(e);
        }
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

    /** Returns whether the page's JSON-LD body holds a block's words (blocks of 30 letters or more). */
    private boolean inJsonLdBody(Block block) {
        if (bodyKey == null || block.letters() < 30) {
            return false;
        }
        return inBody.computeIfAbsent(block, b -> bodyKey.contains(" " + key(b.text()) + " "));
    }

    /**
     * Returns whether another part of the page may join the body: where the JSON-LD gives the whole
     * body, only a part that holds some of its words.
     */
    private boolean mayJoin(Stats part) {
        return !bodyComplete || part.matched > 0;
    }

    /** Returns whether a block of the container is body text; see the class comment. */
    private boolean keep(Block block, Set<Element> roots, boolean useHints) {
        boolean meta = false;
        Element e = block.owner();
        while (e != null && !roots.contains(e)) {
            int flags = useHints ? hint(e) : 0;
            if ((flags & Hints.BOILERPLATE) != 0 && block.kind() != Block.Kind.EMBED) {
                return false;
            }
            meta |= (flags & Hints.META) != 0;
            e = e.parent();
        }
        if (e == null) {
            return false;
        }
        if (block.kind() == Block.Kind.EMBED) {
            return true;
        }
        if (meta && block.letters() < META_LETTERS || isLinkList(block)) {
            return false;
        }
        if (Boolean.getBoolean("nocap") && block.kind() == Block.Kind.CAPTION) {
            return false;
        }
        if (block.kind() == Block.Kind.HEADING
                && (block.headingLevel() == 1 || titleKey != null && titleKey.equals(key(block.text())))) {
            return false;
        }
        return !AD_LABELS.contains(block.text().toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+", " ").strip());
    }

    /**
     * Returns whether a block is mostly link text with little else: a link list's item, a related
     * story's headline. A long sentence whose subject is linked keeps enough words of its own.
     */
    private static boolean isLinkList(Block block) {
        double density = block.linkDensity();
        return density >= 0.9 || density > MAX_LINK_DENSITY && block.letters() - block.linkLetters() < OWN_LETTERS;
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

    private int hint(Element element) {
        Integer flags = hints.get(element);
        if (flags == null) {
            flags = Hints.of(element);
            if (isProtected(element)) {
                flags &= ~Hints.BOILERPLATE;
            }
            hints.put(element, flags);
        }
        return flags;
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
