// citation-js ships no types; the tests use only this much of it (a parser of BibTeX, RIS and CSL-JSON).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** The parsed items, as CSL-JSON. */
    data: unknown[];
  }
}
