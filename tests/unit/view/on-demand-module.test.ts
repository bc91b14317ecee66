// A module loaded on first use (src/view/lazy/on-demand-module.ts): nothing before its first load,
// one import however often it is asked for, there synchronously once loaded, and a failed load is
// tried again by the next use instead of failing for good.
import { describe, expect, it, vi } from 'vitest';
import { onDemandModule } from '../../../src/view/lazy/on-demand-module';

describe('a module loaded on demand', () => {
  it('is null until loaded, imports once, then is there synchronously', async () => {
    const mod = { answer: 42 };
    const importer = vi.fn(() => Promise.resolve(mod));
    const part = onDemandModule(importer);
    expect(part.loaded()).toBeNull();
    expect(importer).not.toHaveBeenCalled();
    const a = part.load();
    const b = part.load();
    expect(a).toBe(b);
    expect(await a).toBe(mod);
    expect(part.loaded()).toBe(mod);
    expect(importer).toHaveBeenCalledOnce();
  });

  it('tries a failed load again on the next use', async () => {
    const importer = vi
      .fn<() => Promise<{ n: number }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ n: 1 });
    const part = onDemandModule(importer);
    await expect(part.load()).rejects.toThrow('offline');
    expect(part.loaded()).toBeNull();
    expect(await part.load()).toEqual({ n: 1 });
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
