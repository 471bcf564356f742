import { describe, expect, it } from 'vitest';
import { GRAPH_CODES, lookupGraphCode } from '../../../src/errors/graph-codes.js';
import { graphCodeTitle } from '../../../src/errors/graph-codes/titles.js';

describe('graphCodeTitle', () => {
  it('has a title for every row of the catalog, and lookupGraphCode returns it', () => {
    expect(GRAPH_CODES.size).toBe(117);
    for (const [code, entry] of GRAPH_CODES) {
      expect(graphCodeTitle(code), `code ${code}`).toMatch(/\S/);
      expect(entry.title).toBe(graphCodeTitle(code));
      expect(lookupGraphCode(code)?.title).toBe(graphCodeTitle(code));
    }
  });

  it('titles the documented ranges and nothing else', () => {
    expect(graphCodeTitle(250)).toBe('API Permission');
    expect(graphCodeTitle(80003)).toBe('Business use case rate limit reached');
    expect(graphCodeTitle(2388555)).toBe('Migration error');
    expect(graphCodeTitle(42)).toBeUndefined();
    expect(graphCodeTitle(200_000)).toBeUndefined();
  });
});
