import { namesAny } from './entity-loaders';

describe('namesAny (does a clause name a property TypeORM would rewrite?)', () => {
  const rewritten = new Set(['communityId', 'createdAt']);

  it('finds alias.property as whole words, anywhere in the clause', () => {
    expect(namesAny('c.communityId = :id', 'c', rewritten)).toBe(true);
    expect(namesAny('c.name = :name AND c.createdAt > :since', 'c', rewritten)).toBe(true);
    expect(namesAny('(c.createdAt, c.id) > (:a, :b)', 'c', rewritten)).toBe(true);
  });

  it('ignores other aliases, longer names and column names', () => {
    expect(namesAny('abc.communityId = :id', 'c', rewritten)).toBe(false);
    expect(namesAny('c.communityIds = :id', 'c', rewritten)).toBe(false);
    expect(namesAny('c.community_id = :id', 'c', rewritten)).toBe(false);
    expect(namesAny('d.communityId = :id', 'c', rewritten)).toBe(false);
    expect(namesAny('c.name', 'c', rewritten)).toBe(false);
    expect(namesAny('', 'c', rewritten)).toBe(false);
  });
});
