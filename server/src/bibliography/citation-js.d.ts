// The little of citation-js's API that parse.ts uses (the packages ship no types).
declare module '@citation-js/core' {
  export const plugins: {
    input: {
      /** Runs one format's parser on the input (no chain): `@bibtex/text` gives raw entries. */
      data(input: unknown, format: string): unknown;
    };
  };
}
declare module '@citation-js/plugin-bibtex' {}
