package io.github.verbatim.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A page's blocks and the block elements that hold them, as a tree of indices: element 0 is the
 * root the walk started at, every other element's parent is the nearest block element above it,
 * and a parent always comes before its children. Scoring walks this tree with arrays instead of
 * maps keyed by element, so that a page of a million elements costs little more than its parse.
 */
final class BlockTree {

    private final List<Element> elements = new ArrayList<>();
    private int[] parents = new int[64];
    private final List<Block> blocks = new ArrayList<>();

    /** Adds an element under a parent (-1 for the root); returns its index. */
    int add(Element element, int parent) {
        int index = elements.size();
        if (index == parents.length) {
            parents = Arrays.copyOf(parents, index * 2);
        }
        parents[index] = parent;
        elements.add(element);
        return index;
    }

    void add(Block block) {
        blocks.add(block);
    }

    /** Returns the number of elements. */
    int size() {
        return elements.size();
    }

    /** Returns an element. */
    Element element(int index) {
        return elements.get(index);
    }

    /** Returns an element's parent's index, or -1 for the root. */
    int parent(int index) {
        return parents[index];
    }

    /** Returns whether {@code ancestor} is above {@code index} (not the element itself). */
    boolean isAncestor(int ancestor, int index) {
        for (int p = parents[index]; p >= 0; p = parents[p]) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Returns the blocks, in document order. */
    List<Block> blocks() {
        return blocks;
    }
}
