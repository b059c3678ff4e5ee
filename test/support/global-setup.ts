import type { TestProject } from 'vitest/node';

// One fast-check seed for the whole run, printed so a failure can be replayed with `FC_SEED=<seed> npm test`.
export default function setup(project: TestProject): void {
  const fromEnv = process.env['FC_SEED'];
  const seed = fromEnv !== undefined && /^-?\d+$/.test(fromEnv) ? Number(fromEnv) : (Date.now() % 2_147_483_647) | 0;
  const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 200);
  project.provide('fcSeed', seed);
  project.provide('fcNumRuns', numRuns);
  console.log(
    `fast-check: seed ${seed}, ${numRuns} runs per property (replay: FC_SEED=${seed} FC_NUM_RUNS=${numRuns} npm test)`,
  );
}

declare module 'vitest' {
  export interface ProvidedContext {
    fcSeed: number;
    fcNumRuns: number;
  }
}
