import { describe, expect, it } from 'vitest';
import { inOrderPerKey } from '../../core/in-order';

const later = <T>(ms: number, value: T) => new Promise<T>((done) => setTimeout(() => done(value), ms));

describe('inOrderPerKey', () => {
  it('finishes one key’s tasks in the order they came, however long each takes', async () => {
    const run = inOrderPerKey<number>();
    const finished: string[] = [];
    await Promise.all([
      run(1, () => later(30, 'case A').then((v) => finished.push(v))),
      run(1, () => later(1, 'case B').then((v) => finished.push(v))),
    ]);
    expect(finished).toEqual(['case A', 'case B']);
  });

  it('lets other keys go on meanwhile', async () => {
    const run = inOrderPerKey<number>();
    const finished: string[] = [];
    await Promise.all([
      run(1, () => later(30, 'tab 1').then((v) => finished.push(v))),
      run(2, () => later(1, 'tab 2').then((v) => finished.push(v))),
    ]);
    expect(finished).toEqual(['tab 2', 'tab 1']);
  });

  it('goes on after a task fails, and gives each task its own result', async () => {
    const run = inOrderPerKey<string>();
    const failed = run('tab', () => Promise.reject(new Error('storage full')));
    const next = run('tab', () => later(1, 'saved'));
    await expect(failed).rejects.toThrow('storage full');
    await expect(next).resolves.toBe('saved');
  });
});
