// Components available in every MDX body without an import.
import Cite from './Cite.astro';

export const mdxComponents = { Cite };
