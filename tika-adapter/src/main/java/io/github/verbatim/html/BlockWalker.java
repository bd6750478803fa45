package io.github.verbatim.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads a page's body into {@link Block}s, the paragraphs a reader sees, in document order.
 *
 * <p>Every block element (everything but the inline elements, so also unknown and custom ones)
 * ends a paragraph; white space collapses as a browser renders it; {@code <br>} ends a line, and
 * two in a row end the paragraph; {@code <pre>} keeps its white space. Elements a reader never
 * sees as text are left out: scripts, styles, forms' controls, media, images, {@code <template>},
 * and anything hidden ({@code hidden}, {@code aria-hidden="true"}, {@code display:none},
 * {@code visibility:hidden}). An embedded post's block element becomes one block of its own,
 * its inner paragraphs its lines; a YouTube or Mastodon iframe becomes an empty block that marks
 * where it was.
 *
 * <p>The walk is iterative ({@link NodeTraversor}): its stack use does not grow with the depth of
 * the markup.
 */
final class BlockWalker implements NodeFilter {

    private static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite",
            "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "label", "mark", "nobr", "q", "rp", "rt",
            "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
            "#root");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "math",
            "canvas", "object", "embed", "applet", "audio", "video", "source", "track", "map", "area", "input",
            "select", "textarea", "button", "option", "optgroup", "datalist", "output", "progress", "meter",
            "dialog", "link", "meta", "base", "title", "head", "iframe", "frame", "frameset", "img", "picture",
            "param", "image");

    /** Class names that hide an element in the common CSS frameworks, or show it to screen readers only. */
    private static final List<String> HIDDEN_CLASSES = List.of("hidden", "hide", "d-none", "is-hidden", "u-hidden",
            "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only", "offscreen");

    /** The buttons embed codes carry: "View this post on Instagram", "View on Threads". */
    private static final Pattern VIEW_ON = Pattern.compile(
            "(?i)\\s*(?:view|see) (?:this )?(?:(?:post|profile|video) )?on \\w+\\s*");

    private final BlockTree tree = new BlockTree();
    private final StringBuilder text = new StringBuilder();
    /** The indices of the open block elements, innermost first. */
    private final IntStack owners = new IntStack();
    private final Deque<Open> openLinks = new ArrayDeque<>();
    private final Deque<Open> openParts = new ArrayDeque<>();
    private final List<Block.Link> links = new ArrayList<>();
    private final List<Block.Part> parts = new ArrayList<>();
    private boolean pendingSpace;
    private int letters;
    private int linkLetters;
    /** How many blocks were flushed; a link that spans a flush is not recorded. */
    private int flushes;

    private int quoteDepth;
    private int captionDepth;
    private int listItemDepth;
    private int preDepth;
    private int cellDepth;
    private int headingLevel;
    private int hrefLinkDepth;
    private @Nullable Embed embed;

    /** Whether the page has a base URI to resolve relative links against. */
    private final boolean hasBase;

    /** The element the walk started at, element 0 of the tree, whatever it is. */
    private final Element root;

    private BlockWalker(Element root) {
        this.root = root;
        this.hasBase = !root.baseUri().isEmpty();
    }

    /** A link, or an element inside an embed, whose text may have begun. */
    private static final class Open {
        final String href;
        final @Nullable Element element;
        final int flushesAtStart;
        int start = -1;

        Open(String href, @Nullable Element element, int flushesAtStart) {
            this.href = href;
            this.element = element;
            this.flushesAtStart = flushesAtStart;
        }
    }

    /**
     * Returns the blocks of an element, usually the page's body, and the block elements that hold them.
     *
     * @param root the element
     * @return the blocks in document order, in their tree
     */
    static BlockTree walk(Element root) {
        BlockWalker walker = new BlockWalker(root);
        walker.owners.push(walker.tree.add(root, -1));
        NodeTraversor.filter(walker, root);
        walker.flush();
        return walker.tree;
    }

    /** A stack of ints without boxing. */
    private static final class IntStack {
        private int[] values = new int[32];
        private int size;

        void push(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int pop() {
            return values[--size];
        }

        int peek() {
            return values[size - 1];
        }
    }

    /** Opens a block element: a new index under the innermost open one. */
    private void open(Element element) {
        owners.push(tree.add(element, owners.peek()));
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            append(textNode.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (element == root) {
            return FilterResult.CONTINUE;
        }
        String tag = element.normalName();
        Embed found = embed == null ? Embed.of(element) : null;
        if (found != null && found.isFrame()) {
            boundary();
            tree.add(new Block("", tree.add(element, owners.peek()), Block.Kind.EMBED, 0, 0, 0, List.of(), found,
                    List.of()));
            return FilterResult.SKIP_ENTIRELY;
        }
        if (SKIPPED.contains(tag) || isHidden(element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br")) {
            lineBreak();
            return FilterResult.CONTINUE;
        }
        if (found != null) {
            boundary();
            embed = found;
            open(element);
            return FilterResult.CONTINUE;
        }
        if (embed != null) {
            if ((tag.equals("a") || tag.equals("div")) && VIEW_ON.matcher(element.text()).matches()) {
                // The embed's own button ("View this post on Instagram"), not words of the post.
                return FilterResult.SKIP_ENTIRELY;
            }
            openParts.push(new Open("", element, flushes));
        }
        if (tag.equals("a")) {
            String href = element.attr("href").strip();
            boolean counts = !href.isEmpty() && !href.startsWith("#") && !href.regionMatches(true, 0, "javascript:", 0, 11);
            if (counts) {
                hrefLinkDepth++;
                openLinks.push(new Open(absolute(element, href), null, flushes));
            }
            return FilterResult.CONTINUE;
        }
        if (tag.equals("td") || tag.equals("th")) {
            // A table row is one paragraph, its cells separated by spaces.
            pendingSpace = true;
            return FilterResult.CONTINUE;
        }
        if (!INLINE.contains(tag)) {
            boundary();
            open(element);
            enter(tag, 1);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element element) || element == root) {
            return FilterResult.CONTINUE;
        }
        String tag = element.normalName();
        if (embed != null && embed.element() == element) {
            flush();
            embed = null;
            owners.pop();
            return FilterResult.CONTINUE;
        }
        if (embed != null && !openParts.isEmpty() && openParts.peek().element == element) {
            Open part = openParts.pop();
            if (part.start >= 0 && part.flushesAtStart == flushes && text.length() > part.start) {
                parts.add(new Block.Part(element, part.start, text.length()));
            }
        }
        if (tag.equals("a")) {
            String href = element.attr("href").strip();
            if (!href.isEmpty() && !href.startsWith("#") && !href.regionMatches(true, 0, "javascript:", 0, 11)) {
                hrefLinkDepth--;
                Open link = openLinks.pop();
                if (link.start >= 0 && link.flushesAtStart == flushes && text.length() > link.start) {
                    links.add(new Block.Link(link.href, link.start, text.length()));
                }
            }
            return FilterResult.CONTINUE;
        }
        if (tag.equals("td") || tag.equals("th")) {
            pendingSpace = true;
            return FilterResult.CONTINUE;
        }
        if (!INLINE.contains(tag) && !tag.equals("br")) {
            boundary();
            owners.pop();
            enter(tag, -1);
        }
        return FilterResult.CONTINUE;
    }

    private void enter(String tag, int step) {
        switch (tag) {
            case "blockquote" -> quoteDepth += step;
            case "figcaption", "caption" -> captionDepth += step;
            case "li", "dd", "dt" -> listItemDepth += step;
            case "pre" -> preDepth += step;
            case "tr" -> cellDepth += step;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> headingLevel = step > 0 ? tag.charAt(1) - '0' : 0;
            default -> {
                // No kind of its own.
            }
        }
    }

    /** Ends the paragraph, or only the line inside an embed (which is one block). */
    private void boundary() {
        if (embed != null) {
            lineBreak();
        } else {
            flush();
        }
    }

    private void lineBreak() {
        trimTrailingSpaces();
        pendingSpace = false;
        int n = text.length();
        if (n == 0) {
            return;
        }
        if (text.charAt(n - 1) == '\n') {
            if (embed == null) {
                flush();
            }
            return;
        }
        text.append('\n');
    }

    private void trimTrailingSpaces() {
        int n = text.length();
        while (n > 0 && text.charAt(n - 1) == ' ') {
            n--;
        }
        text.setLength(n);
    }

    private void append(String s) {
        if (preDepth > 0) {
            appendPreformatted(s);
            return;
        }
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) {
                int length = text.length();
                if (length > 0 && text.charAt(length - 1) != '\n') {
                    text.append(' ');
                }
                pendingSpace = false;
            }
            appendVisible(c);
        }
    }

    private void appendPreformatted(String s) {
        if (pendingSpace && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append(' ');
        }
        pendingSpace = false;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n' && text.length() == 0) {
                continue;
            }
            appendVisible(c);
        }
    }

    private void appendVisible(char c) {
        if (c != ' ' && c != '\n') {
            for (Open link : openLinks) {
                if (link.start < 0) {
                    link.start = text.length();
                }
            }
            for (Open part : openParts) {
                if (part.start < 0) {
                    part.start = text.length();
                }
            }
        }
        text.append(c);
        if (Character.isLetterOrDigit(c)) {
            letters++;
            if (hrefLinkDepth > 0) {
                linkLetters++;
            }
        }
    }

    /** Ends the current paragraph, keeping it as a block if it has visible text. */
    private void flush() {
        pendingSpace = false;
        if (text.length() == 0) {
            links.clear();
            parts.clear();
            if (embed != null) {
                // An embed without words of its own still marks where the post was.
                tree.add(new Block("", owners.peek(), Block.Kind.EMBED, 0, 0, 0, List.of(), embed, List.of()));
            }
            return;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            List<Block.Link> shifted = new ArrayList<>(links.size());
            for (Block.Link link : links) {
                int s = Math.max(link.start(), start) - start;
                int e = Math.min(link.end(), end) - start;
                if (e > s) {
                    shifted.add(new Block.Link(link.href(), s, e));
                }
            }
            List<Block.Part> shiftedParts = new ArrayList<>(parts.size());
            for (Block.Part part : parts) {
                int s = Math.max(part.start(), start) - start;
                int e = Math.min(part.end(), end) - start;
                if (e > s) {
                    shiftedParts.add(new Block.Part(part.element(), s, e));
                }
            }
            tree.add(new Block(text.substring(start, end), owners.peek(), kind(), headingLevel, letters, linkLetters,
                    shifted, embed, shiftedParts));
        }
        text.setLength(0);
        links.clear();
        letters = 0;
        linkLetters = 0;
        flushes++;
        for (Open link : openLinks) {
            link.start = -1;
        }
        parts.clear();
    }

    private Block.Kind kind() {
        if (embed != null) {
            return Block.Kind.EMBED;
        } else if (preDepth > 0) {
            return Block.Kind.PRE;
        } else if (headingLevel > 0) {
            return Block.Kind.HEADING;
        } else if (captionDepth > 0) {
            return Block.Kind.CAPTION;
        } else if (quoteDepth > 0) {
            return Block.Kind.QUOTE;
        } else if (listItemDepth > 0) {
            return Block.Kind.LIST_ITEM;
        } else if (cellDepth > 0) {
            return Block.Kind.CELL;
        }
        return Block.Kind.PARAGRAPH;
    }

    /**
     * Returns a link's target made absolute against the page's base, where it has one; an absolute
     * target as written. (Resolving against no base costs an exception per link in jsoup.)
     */
    private String absolute(Element link, String href) {
        if (href.regionMatches(true, 0, "http://", 0, 7) || href.regionMatches(true, 0, "https://", 0, 8) || !hasBase) {
            return href;
        }
        String absolute = link.absUrl("href");
        return absolute.isEmpty() ? href : absolute;
    }

    /** White space, also no-break and zero-width spaces, as a paragraph's ends are trimmed of it. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** Returns whether the element is hidden from readers by its attributes. */
    static boolean isHidden(Element element) {
        if (element.attributesSize() == 0) {
            return false;
        }
        if (element.hasAttr("hidden") || element.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String classes = element.className();
        if (!classes.isEmpty()) {
            for (String name : HIDDEN_CLASSES) {
                if (classes.regionMatches(true, 0, name, 0, name.length()) || classes.contains(name)) {
                    if (element.hasClass(name)) {
                        return true;
                    }
                }
            }
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }
}
