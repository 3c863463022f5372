// The jobs `check` and `report` share between this thread and worker threads (cli/threads.ts): every
// job done once, its result in its place, this thread taking jobs too, and a worker that fails or
// cannot start leaving its jobs to this thread with one warning.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
import { runInThreads } from '../../server/src/cli/threads.js';

const threadsModule = pathToFileURL(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'server', 'src', 'cli', 'threads.js')).href;

interface Done {
  value: number;
  thread: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A worker like checkWorker.js: doubles each job after a pause, or (`fails`) fails on every job. */
function workerScript(dir: string, name: string, fails = false): string {
  const file = path.join(dir, name);
  writeFileSync(file, `import { threadId } from 'node:worker_threads';
import { serveJobs } from ${JSON.stringify(threadsModule)};
serveJobs(async (job) => {
  await new Promise((resolve) => setTimeout(resolve, 5));
  if (${fails}) throw new Error('no job ' + job);
  return { value: job * 2, thread: threadId };
});
`);
  return file;
}

describe('cli: jobs shared with worker threads', function () {
  this.timeout(60000);
  let dir: string;
  before(() => (dir = mkdtempSync(path.join(tmpdir(), 'corroborate-threads-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  const here = async (job: number): Promise<Done> => {
    await pause(5);
    return { value: job * 2, thread: threadId };
  };
  const jobs = Array.from({ length: 120 }, (_, i) => i);

  const cases: Array<[string, number, number]> = [
    ['in this thread alone', 1, jobs.length],
    ['in two threads', 2, jobs.length],
    ['in four threads', 4, jobs.length],
    ['in more threads than jobs', 8, 3],
  ];
  for (const [what, threads, count] of cases) {
    it(`does every job once, each result in its place, ${what}`, async () => {
      const warnings: string[] = [];
      const some = jobs.slice(0, count);
      const out = await runInThreads(workerScript(dir, 'double.mjs'), {}, some, threads, here, (m) => warnings.push(m));
      assert.deepEqual(out.map((r) => r.value), some.map((j) => j * 2));
      assert.deepEqual(warnings, []);
      if (threads === 1) assert.ok(out.every((r) => r.thread === threadId), 'no worker for one thread');
    });
  }

  it('shares the jobs between this thread and the workers', async () => {
    const out = await runInThreads(workerScript(dir, 'double.mjs'), {}, jobs, 2, here, () => undefined);
    const byThread = new Set(out.map((r) => r.thread));
    assert.ok(byThread.has(threadId), 'this thread took jobs');
    assert.ok(byThread.size === 2, 'a worker took jobs');
  });

  it('does the jobs of a worker that fails here, warning once', async () => {
    const warnings: string[] = [];
    const out = await runInThreads(workerScript(dir, 'fails.mjs', true), {}, jobs, 3, here, (m) => warnings.push(m));
    assert.deepEqual(out.map((r) => r.value), jobs.map((j) => j * 2));
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /a thread failed \(Error: no job \d+\)/);
  });

  it('does the jobs of a worker that stops with jobs in hand here, and does not wait for it', async () => {
    const file = path.join(dir, 'exits.mjs');
    writeFileSync(file, `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n`);
    const warnings: string[] = [];
    const out = await runInThreads(file, {}, jobs.slice(0, 20), 2, here, (m) => warnings.push(m));
    assert.deepEqual(out.map((r) => r.value), jobs.slice(0, 20).map((j) => j * 2));
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /stopped with code 3/);
  });

  it('does every job here when no worker can start', async () => {
    const warnings: string[] = [];
    const out = await runInThreads(path.join(dir, 'missing.mjs'), {}, jobs.slice(0, 10), 2, here, (m) => warnings.push(m));
    assert.deepEqual(out.map((r) => r.value), jobs.slice(0, 10).map((j) => j * 2));
    assert.equal(warnings.length, 1);
  });
});
