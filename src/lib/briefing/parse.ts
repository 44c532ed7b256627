import type { z } from 'zod';
import type { CollectionName } from '../../schemas/index.ts';
import type { ContentProblem } from '../errors.ts';
import { entrySchemaOf, specOf } from './collections/index.ts';
import type { Entry } from './model.ts';
import { suggest } from './suggest.ts';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
}
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The object schemas a value at `path` may match (several for a union), wrappers (optional, default…) looked through. */
function objectsAt(schema: z.ZodType, path: readonly PropertyKey[]): Def[] {
  const def = defOf(schema);
  const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  if (inner) return objectsAt(inner, path);
  if (def.type === 'union' && def.options) return def.options.flatMap((o) => objectsAt(o, path));
  if (path.length === 0) return def.type === 'object' ? [def] : [];
  const [head, ...rest] = path;
  if (def.type === 'array' && def.element) return objectsAt(def.element, rest);
  const next = def.type === 'object' ? def.shape?.[String(head)] : undefined;
  return next ? objectsAt(next, rest) : [];
}

/** The keys a schema allows for the object at `path`: what "did you mean" chooses from. */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  return [...new Set(objectsAt(schema, path).flatMap((d) => Object.keys(d.shape ?? {})))];
}

/** Schema issues as problems an editor can act on: an unknown key gets its own line and a did-you-mean. */
export function schemaProblems(
  schema: z.ZodType,
  issues: readonly z.core.$ZodIssue[],
  where: { collection: string; id: string; file: string },
  schemaFile: string,
): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(schema, issue.path);
      return issue.keys.map((key) => {
        const guess = suggest(key, known);
        return {
          ...where,
          field: field ? `${field}.${key}` : key,
          message: `unknown field "${key}"`,
          hint: guess
            ? `did you mean "${guess}"? Rename it; an unknown field is never shown, so its facts would be lost.`
            : `remove it, or use one of: ${known.join(', ')} (see ${schemaFile}).`,
        };
      });
    }
    return [
      {
        ...where,
        field,
        message: issue.message,
        hint: `see what "${String(issue.path[0] ?? 'the entry')}" should hold in ${schemaFile}.`,
      },
    ];
  });
}

/** Validates one entry's raw data against its collection's schema, outside Astro (CLIs, tests). */
export function parseEntry<C extends CollectionName>(
  collection: C,
  id: string,
  file: string,
  data: unknown,
  body = '',
): { entry?: Entry<C>; problems: ContentProblem[] } {
  const schema = entrySchemaOf(collection);
  const result = schema.safeParse(data);
  if (result.success) {
    return { entry: { collection, id, file, body, data: result.data as Entry<C>['data'] }, problems: [] };
  }
  return {
    problems: schemaProblems(
      schema,
      result.error.issues,
      { collection, id, file },
      `src/schemas/${specOf(collection).schemaFile}`,
    ),
  };
}
