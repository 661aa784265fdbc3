/**
 * The site under test: build it into a folder of its own, serve that folder on a port of its own
 * (scripts/serve-dist.mjs, the server the e2e tests use), and list its pages from content/lessons.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readLessons } from '../../tests/e2e/support/lessons.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface SitePage {
  readonly id: string;
  readonly title: string;
  /** Relative to the site base: "" for the home page, "lessons/<id>/" for a lesson. */
  readonly path: string;
  readonly isLesson: boolean;
}

/** The home page and every lesson in content/lessons, in book order (new lessons are found automatically). */
export function sitePages(): SitePage[] {
  return [
    { id: 'home', title: 'Home', path: '', isLesson: false },
    ...readLessons().map((lesson) => ({ id: lesson.id, title: lesson.title, path: lesson.path, isLesson: true })),
  ];
}

function run(command: string, args: string[], label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${label} failed (exit ${code}):\n${output}`))));
  });
}

/** `astro build --outDir <dir>`, with the project's own Node (node_modules/.bin first on PATH under npm). */
export async function buildSite(outDir: string): Promise<void> {
  await run(process.execPath, [fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url)), 'build', '--outDir', outDir], 'astro build');
}

export interface Server {
  /** The site's root URL with a trailing slash, e.g. http://127.0.0.1:4444/. */
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves `dir` at http://127.0.0.1:<port>/ and resolves once it answers; fails if the port is taken. */
export async function serveSite(dir: string, port: number): Promise<Server> {
  const origin = `http://127.0.0.1:${port}/`;
  if (await answers(origin)) throw new Error(`port ${port} is already in use; choose another with --port`);
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve-dist.mjs', '--host', '127.0.0.1', '--port', String(port), '--base', '/', '--dir', dir], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) throw new Error(`the static server stopped: ${stderr}`);
    if (await answers(origin)) {
      return {
        origin,
        close: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`the static server did not answer at ${origin} within 10 s: ${stderr}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}
