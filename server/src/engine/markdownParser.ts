// The Markdown parser drafts are read with: CommonMark, GFM and front matter. GFM's autolink
// literals (`www.example.org`, `http://…`, `someone@example.org`) are its costliest part: micromark
// tries an email address at the start of every word, and a pass over the tree looks for addresses
// in every text again. A text that cannot hold one is parsed without them, to the same tree.
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

const full = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/** A Markdown syntax tree (mdast's root), as the parser gives it. */
export type MarkdownTree = ReturnType<typeof full.parse>;

/** micromark's names for the constructs of GFM's autolink literals (its `disable` option takes them). */
const AUTOLINK_LITERALS: ReadonlySet<unknown> = new Set(['wwwAutolink', 'protocolAutolink', 'emailAutolink']);

const isAutolinkLiteral = (construct: unknown) => typeof construct === 'object' && construct !== null && AUTOLINK_LITERALS.has((construct as { name?: unknown }).name);

/** A micromark syntax extension (hook → character code → constructs) without the autolink literals. */
function withoutAutolinkSyntax<E extends object>(extension: E): E {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [hook, byCode] of Object.entries(extension) as Array<[string, Record<string, unknown> | null | undefined]>) {
    if (!byCode) continue;
    const kept: Record<string, unknown> = {};
    for (const [code, constructs] of Object.entries(byCode)) {
      const list = (Array.isArray(constructs) ? constructs : [constructs]).filter((c) => !isAutolinkLiteral(c));
      if (list.length > 0) kept[code] = Array.isArray(constructs) ? list : list[0];
    }
    out[hook] = kept;
  }
  return out as E;
}

/** An mdast extension (or a list of them) without the one that turns autolink literals into links. */
function withoutAutolinkTree<E>(extension: E): E | undefined {
  if (Array.isArray(extension)) return extension.map(withoutAutolinkTree).filter((e) => e !== undefined) as E;
  const enter = (extension as { enter?: Record<string, unknown> }).enter;
  return enter && 'literalAutolink' in enter ? undefined : extension;
}

/** The same parser but for the autolink literals. */
function withoutAutolinkLiterals(this: Processor): void {
  const data = this.data();
  const { micromarkExtensions = [], fromMarkdownExtensions = [] } = full.data();
  data.micromarkExtensions = micromarkExtensions.map(withoutAutolinkSyntax);
  data.fromMarkdownExtensions = fromMarkdownExtensions.map(withoutAutolinkTree).filter((e) => e !== undefined);
}

const lean = unified().use(remarkParse).use(withoutAutolinkLiterals).freeze();

/**
 * What an autolink literal needs in the text: `www`, `http`, or an `@` after a character of an
 * address (an escaped `\@` reads as one); a character reference (`&#64;`) may stand for any of these.
 */
const MAY_HOLD_AUTOLINK = /www|http|[\w+.\\-]@|&/i;

/** Whether a text is parsed with GFM's autolink literals (it may hold one). */
export function needsAutolinkLiterals(text: string): boolean {
  return MAY_HOLD_AUTOLINK.test(text);
}

/** A text's Markdown tree: the same, but faster, for a text that cannot hold an autolink literal. */
export function parseMarkdown(text: string): MarkdownTree {
  return parseMarkdownWith(text, needsAutolinkLiterals(text));
}

/** A text's Markdown tree, with GFM's autolink literals or without (the two must agree where `needsAutolinkLiterals` is false). */
export function parseMarkdownWith(text: string, autolinkLiterals: boolean): MarkdownTree {
  return (autolinkLiterals ? full : lean).parse(text);
}
