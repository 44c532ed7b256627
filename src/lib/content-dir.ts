/**
 * Where the briefing's content lives: `content/` unless BRIEFING_CONTENT names another folder (relative to the
 * project root or absolute). This is what makes the site a kit: point it at another summit's content and build.
 */
export const CONTENT_DIR_ENV = 'BRIEFING_CONTENT';

export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env[CONTENT_DIR_ENV]?.trim();
  return (dir || './content').replace(/\/+$/, '');
}
