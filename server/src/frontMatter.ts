// A text's YAML front matter, as pandoc and Jekyll write it: between a first line `---` and a line
// `---` (or `...`). Read for a source's author and a draft's bibliographies.

/** The front matter's lines, without its fences; undefined when the text opens with none. */
export function frontMatterOf(text: string): string | undefined {
  return /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text)?.[1];
}
