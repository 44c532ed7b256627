// Global setup of the test projects that build fixture sites: one folder for this run's builds
// (tests/helpers/fixture-builds.ts), removed when the run ends, with every offline edition made beside a build.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'bf-fixtures-'));
  project.provide('fixtureBuilds', folder);
  return () => rmSync(folder, { recursive: true, force: true });
}
