/**
 * Verbatim's reader of HTML pages: {@link io.github.verbatim.html.HtmlReader}, found through
 * {@link java.util.ServiceLoader} and preferred to Tika's general reader for {@code text/html} and
 * {@code application/xhtml+xml}.
 *
 * <h2>How the article's body is found</h2>
 *
 * <p>The page is read into blocks, the paragraphs a reader sees (headings, list items, captions,
 * quotes, table rows, embedded posts each one block). Each block gets a score from its text:
 * letters count for it, link letters twice against it, a short line without sentence punctuation
 * (a menu item, a button) a little against. The page's markup then weighs in, in the spirit of
 * Readability and trafilatura: blocks inside page furniture (by tag — {@code nav}, {@code aside},
 * {@code footer}, {@code header} — or by the words of a class, id or ARIA role — share, social,
 * comments, related, newsletter, cookie, ad, sidebar …) count against; blocks inside an element
 * named as the body ({@code itemprop=articleBody}, {@code article-body}, {@code entry-content} …)
 * count double, inside {@code <article>} or {@code <main>} a quarter more; blocks whose words appear
 * in the page's JSON-LD {@code articleBody} count double.
 *
 * <p>Scores flow up the tree, full to a block's element and its parent, half to the grandparent,
 * less further up, so that the best element is where the prose is densest. It is widened to an
 * ancestor that holds most other strong candidates, then joined by the siblings that continue it
 * and by elements of the same tag and classes elsewhere (a body split into columns by ads). Inside,
 * a block is dropped if furniture holds it, if it is mostly link text, if it is a short byline,
 * date or standfirst, the headline, or an ad's label; a heading left with nothing under it goes
 * too. If less than a few hundred letters remain, the selection is made again without the class
 * hints; a page with no prose at all keeps all its text but furniture and link lists.
 *
 * <p>Every walk over the tree is iterative; the parser's tree is at most 512 elements deep.
 */
@NullMarked
package io.github.verbatim.html;

import org.jspecify.annotations.NullMarked;
