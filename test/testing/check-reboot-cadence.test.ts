import { describe, expect, it } from 'vitest';
import { restartSummary } from '../../src/index.js';
import { checkRebootCadence } from '../../src/testing/index.js';

describe('checkRebootCadence', () => {
  it('passes a scheduler that restarts when the library predicts', async () => {
    await expect(
      checkRebootCadence((device, year) => restartSummary(device, year).months, { numRuns: 50 }),
    ).resolves.toBeUndefined();
  });
  it('fails a scheduler that never restarts, with expected vs got in the message itself', async () => {
    const wrong = (): { year: number; month: number }[] => [];
    const error = await checkRebootCadence(wrong, { numRuns: 50, seed: 42 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(
      /^checkRebootCadence: restart months for windows-[\w-]+ \(.+\) in \d{4}: expected \[.+\], got \[\]/,
    );
    expect(message).toMatch(/Replay: \{ seed: 42, path: '[\d:]*' \}/);
  });
});
