import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EntitySchema } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { jobs } from './jobs/scheduler.js';
import { entities, modules } from './modules.js';
import { healthRoutes } from './http/health.routes.js';

const sourceDir = fileURLToPath(new URL('.', import.meta.url));

function filesEndingWith(suffix: string, dir = sourceDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesEndingWith(suffix, path);
    return entry.name.endsWith(suffix) ? [path] : [];
  });
}

/** Every value a set of files exports, with the file it came from. */
async function exportsOf(files: string[]): Promise<{ file: string; name: string; value: unknown }[]> {
  const found = await Promise.all(files.map(async (file) => Object.entries(await import(pathToFileURL(file).href)).map(([name, value]) => ({ file: relative(sourceDir, file), name, value }))));
  return found.flat();
}

/** The module list is the one place a module is declared: nothing may be left out of it, or listed twice. */
describe('the module list', () => {
  it('holds every table once', async () => {
    const declared = (await exportsOf(filesEndingWith('.entity.ts'))).filter((e) => e.value instanceof EntitySchema);
    expect(declared.length).toBeGreaterThan(40);
    const missing = declared.filter((e) => !entities.includes(e.value as EntitySchema)).map((e) => `${e.file}: ${e.name}`);
    expect(missing).toEqual([]);
    expect(new Set(entities).size).toBe(entities.length);
    expect(entities.length).toBe(declared.length);
  });

  it('registers every route module once (health routes apart, outside /api/v1)', async () => {
    const routes = modules.flatMap((module) => module.routes);
    const declared = (await exportsOf(filesEndingWith('.routes.ts'))).filter((e) => typeof e.value === 'function' && e.name.endsWith('Routes') && e.value !== healthRoutes);
    const missing = declared.filter((e) => !routes.includes(e.value as (typeof routes)[number])).map((e) => `${e.file}: ${e.name}`);
    expect(missing).toEqual([]);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it('schedules every job once, reconciliation before any other and the notification sender last', async () => {
    const isJob = (value: unknown) => typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string' && typeof (value as { run?: unknown }).run === 'function';
    const declared = (await exportsOf([...filesEndingWith('.job.ts'), ...filesEndingWith('.jobs.ts')])).filter((e) => isJob(e.value));
    expect(declared.length).toBeGreaterThan(8);
    const missing = declared.filter((e) => !(jobs as readonly unknown[]).includes(e.value)).map((e) => `${e.file}: ${e.name}`);
    expect(missing).toEqual([]);
    expect(new Set(jobs.map((job) => job.name)).size).toBe(jobs.length);
    expect(jobs[0]!.name).toBe('payments.reconcile');
    expect(jobs.at(-1)!.name).toBe('notifications.send');
  });

  it('names each module once', () => {
    expect(new Set(modules.map((module) => module.name)).size).toBe(modules.length);
  });
});
