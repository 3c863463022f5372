// Web pages saved from a browser (`.html`/`.htm`): the article's text only, as Markdown, without the
// page's navigation, share buttons, forms and footer; reader comments kept after a `Comments` line,
// which the engine reads as the start of readers' comments (as in a `.txt` copy of a page). Title
// and author from the page's metadata. The rules are our own over hast (unified's HTML tree), not
// Readability's: Readability drops comment threads, which Corroborate keeps as comments.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { blocksOf, blocksToMarkdown, indexParents, inlineText, isElement, nearestId, parentOf, selectorOf, type HtmlBlock } from './htmlBlocks.js';
import type { ReadText } from './types.js';

/** Tokens of an element's class and id, lower case: what the chrome and comment rules look at. */
function tokensOf(el: Element): string[] {
  const cls = el.properties?.className;
  const classes = Array.isArray(cls) ? cls.map(String) : typeof cls === 'string' ? (cls as string).split(/\s+/) : [];
  const id = typeof el.properties?.id === 'string' ? [el.properties.id] : [];
  return [...classes, ...id].map((t) => t.toLowerCase());
}

const CHROME_TAGS = new Set(['nav', 'aside', 'form', 'footer', 'header', 'menu', 'dialog']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'menu', 'menubar', 'toolbar']);
/** Class or id words of page furniture (menus, sharing, related links, subscription boxes, ads), whole or as a part (`jp-relatedposts`). */
const CHROME_PART = /^(nav|navbar|navigation|menu|breadcrumbs?|sidebar|widgets?|share|sharing|sharedaddy|social|related|relatedposts|newsletter|subscribe|signup|advert|advertisement|ads?|sponsored|promo|cookies?|banner|masthead|footer|colophon|skip|tags|pagination|respond|reply|says|popup|modal|toolbar)$/;
/** Whole class or id words of furniture that are made of harmless parts. */
const CHROME_TOKEN = /^(site-header|screen-reader-text|tag-links|tags-links|cat-links|post-navigation|author-bio|comment-meta|comment-metadata|comment-author|comments-title|entry-footer)$/;
/** Class or id words of a comments section, and of one comment in it. */
const COMMENTS_TOKEN = /^(comments|comments-area|comment-list|commentlist|comment-thread|responses|discussion)$/;
const COMMENT_TOKEN = /^(comment|comment-body|comment-content|reader-comment)$/;

export function isChrome(el: Element, inArticle: boolean): boolean {
  const role = typeof el.properties?.role === 'string' ? el.properties.role : '';
  // An article's own header holds its title and byline: only the page's header is chrome.
  if (el.tagName === 'header' && inArticle) return false;
  if (CHROME_TAGS.has(el.tagName) || CHROME_ROLES.has(role)) return true;
  if (el.properties?.hidden !== undefined && el.properties.hidden !== false) return true;
  return tokensOf(el).some((t) => CHROME_TOKEN.test(t) || t.split(/[-_]/).some((part) => CHROME_PART.test(part)));
}

function isComments(el: Element): boolean {
  return tokensOf(el).some((t) => COMMENTS_TOKEN.test(t));
}

/** Every element of the tree, in document order. */
function elementsOf(root: Root | Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    out.push(el);
    for (const c of el.children) if (isElement(c)) walk(c);
  };
  for (const c of root.children) if (isElement(c)) walk(c);
  return out;
}

/** How much paragraph text an element holds outside comments and chrome: how the article is found. */
function proseLength(el: Element): number {
  const blocks = blocksOf({ type: 'root', children: [el] }, (e) => isComments(e) || isChrome(e, true));
  return blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'quote').reduce((n, b) => n + b.text.length, 0);
}

/** The element that holds the article: the `article`, `main` or `[role=main]` with the most prose, else `body`. */
function articleOf(tree: Root): Element | Root {
  const candidates = elementsOf(tree).filter((el) => (el.tagName === 'article' || el.tagName === 'main' || el.properties?.role === 'main') && !isComments(el) && !tokensOf(el).some((t) => COMMENT_TOKEN.test(t)));
  let best: { el: Element; length: number } | undefined;
  for (const el of candidates) {
    const length = proseLength(el);
    // An article inside a main wins over the main when it holds nearly all of its prose.
    if (!best || length > best.length * 1.1 || (length >= best.length * 0.9 && isInside(el, best.el))) best = { el, length };
  }
  return best && best.length > 0 ? best.el : elementsOf(tree).find((el) => el.tagName === 'body') ?? tree;
}

function isInside(el: Element, ancestor: Element): boolean {
  for (let e = parentOf(el); e; e = parentOf(e)) if (e === ancestor) return true;
  return false;
}

/** The comments sections of the page (not one inside another), wherever they stand. */
function commentSections(tree: Root): Element[] {
  const sections = elementsOf(tree).filter((el) => isComments(el) && el.tagName !== 'form');
  return sections.filter((el) => !sections.some((other) => other !== el && isInside(el, other)));
}

/** Reads a comments section: each comment's text (no names, dates, reply links or forms). */
function commentBlocks(section: Element): HtmlBlock[] {
  const blocks = blocksOf({ type: 'root', children: [section] }, (el) => isChrome(el, false) && !isComments(el));
  // (`3 thoughts on …` and the like head the section: the `Comments` line stands for them.)
  return blocks.filter((b) => b.kind !== 'heading');
}

function metaContent(tree: Root, names: string[]): string | undefined {
  for (const name of names) {
    for (const el of elementsOf(tree)) {
      if (el.tagName !== 'meta') continue;
      const key = String(el.properties?.name ?? el.properties?.property ?? '').toLowerCase();
      const content = el.properties?.content;
      if (key === name && typeof content === 'string' && content.trim() && !/^https?:/i.test(content.trim())) return content.trim();
    }
  }
  return undefined;
}

/** A property that hast gives as a list of words (`rel`, `itemprop`). */
function listOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

/** Title and author from the page's metadata (citation, Open Graph, Dublin Core, `<title>`), or a byline's link. */
export function htmlMetadata(tree: Root): { title?: string; author?: string } {
  const titleEl = elementsOf(tree).find((el) => el.tagName === 'title');
  const title = metaContent(tree, ['citation_title', 'dc.title', 'og:title', 'twitter:title']) ?? (titleEl ? inlineText(titleEl) || undefined : undefined);
  const byline = elementsOf(tree).find((el) => listOf(el.properties?.rel).includes('author') || listOf(el.properties?.itemProp).includes('author'));
  const author = metaContent(tree, ['citation_author', 'dc.creator', 'author', 'article:author', 'byl']) ?? (byline ? inlineText(byline) || undefined : undefined);
  return { ...(title ? { title } : {}), ...(author ? { author: author.replace(/^by\s+/i, '') } : {}) };
}

/** An HTML page's article (and comments) as Markdown, each block placed at its element. */
export function htmlToText(html: string): ReadText {
  const tree = fromHtml(html);
  indexParents(tree);
  const article = articleOf(tree);
  const body = blocksOf(article.type === 'root' ? article : { type: 'root', children: [article] }, (el) => isComments(el) || isChrome(el, article.type !== 'root'));
  const comments = commentSections(tree).flatMap(commentBlocks);
  const blocks = comments.length > 0 ? [...body, { kind: 'paragraph' as const, text: 'Comments', element: comments[0]!.element }, ...comments] : body;
  const { text, places } = blocksToMarkdown(blocks, (block) => {
    const id = nearestId(block.element);
    const at = block.element.position?.start;
    return { kind: 'element', label: selectorOf(block.element), ...(id ? { id } : {}), ...(at ? { line: at.line - 1, character: at.column - 1 } : {}) };
  });
  const warnings = body.length === 0 ? ['no article text was found in the page'] : [];
  return { text, format: 'markdown', places, warnings, ...htmlMetadata(tree) };
}

export async function readHtml(bytes: Uint8Array): Promise<ReadText> {
  return htmlToText(decodeHtml(bytes));
}

/** The page's text: UTF-8 unless it declares (or starts with a mark of) another encoding Node knows. */
function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
