// Loaded into a command the bench runs (`node --import out/bench/cpuProbe.js bin/corroborate.js …`):
// as the process exits, says on stderr how much CPU it used, all its threads together (worker threads
// included: getrusage of the whole process), which a busy machine changes less than the wall time.
// (It imports nothing of the bench's, so that it adds nothing to what it measures; tasks.ts reads the line.)
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  try {
    writeSync(2, `\nBENCH_CPU ${JSON.stringify({ userMs: user / 1000, systemMs: system / 1000 })}\n`);
  } catch {
    // stderr closed: nothing to say it on
  }
});
