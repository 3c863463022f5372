// File names of the report's pages: readable (from a draft's path or a source's key), safe on any
// file system, and unique even where names differ only in case.

/** `drafts/unit-3-essay.html` for `unit 3/essay.md`: one name per item, in order. */
export function pageNames(items: readonly string[], folder: string): string[] {
  const taken = new Set<string>();
  return items.map((item) => {
    const stem = item
      .replace(/\\/g, '/')
      .replace(/^(?:\.{1,2}\/)+/, '')
      .replace(/^\/+/, '')
      .replace(/\.(md|markdown|txt)$/i, '')
      .replace(/[^A-Za-z0-9_.-]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(-80) || 'page';
    let name = stem;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}`;
    taken.add(name.toLowerCase());
    return `${folder}/${name}.html`;
  });
}
