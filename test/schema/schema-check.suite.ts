import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  checkSchemas,
  currentSchemas,
  formatCheck,
  parseAcceptedChanges,
  readAcceptedChanges,
  readBaseline,
  writeBaseline,
  type AcceptedChange,
  type SchemaSet,
} from '../../shared/schema/baseline';
import { composeApiSchema } from '../../shared/schema/compose';
import type { SubgraphName } from '../../shared/config';
import { SUBGRAPHS } from '../../subgraphs';

/**
 * `npm run schema:check` and `schema:accept` on SDL edited in memory: each kind of
 * breaking change fails with words that name it and say what to do instead; additions
 * pass as safe; a breaking change passes once its reason is recorded. Last, the committed
 * baseline is what the code builds now.
 */
const baseline = readBaseline();
const accepted = readAcceptedChanges();
const TODAY = '2027-01-15';

/** Replaces `from` with `to` inside one type's block of an SDL text; fails when nothing changes. */
function edit(sdl: string, typeName: string, from: string | RegExp, to: string): string {
  const block = new RegExp(`^(type|enum|input|interface) ${typeName}\\b[\\s\\S]*?^}`, 'm').exec(sdl)?.[0];
  const edited = block?.replace(from, to);
  if (!block || edited === block) throw new Error(`${typeName} has no ${String(from)}`);
  return sdl.replace(block, edited!);
}

/** A change to the committee subgraph's code: its SDL and the API schema change alike. */
function committeeChange(typeName: string, from: string, to: string, base: SchemaSet = baseline): SchemaSet {
  return { ...base, committee: edit(base.committee, typeName, from, to), supergraph: edit(base.supergraph, typeName, from, to) };
}

function check(current: SchemaSet, entries: AcceptedChange[] = accepted, base: SchemaSet = baseline) {
  const result = checkSchemas(base, current, entries);
  return { ...result, text: formatCheck(result, TODAY), lines: result.changes.map((c) => `${c.level}: ${c.change} (${c.schema})`) };
}

describe('schema check: breaking changes fail', () => {
  it('a renamed field: the old name was removed (breaking, deprecate first), the new one added (safe)', () => {
    const result = check(committeeChange('OwnersCommittee', '  name: String', '  title: String'));
    expect(result.lines).toEqual([
      'breaking: OwnersCommittee.name was removed (committee)',
      'safe: OwnersCommittee.title was added (committee)',
      'breaking: OwnersCommittee.name was removed (supergraph)',
      'safe: OwnersCommittee.title was added (supergraph)',
    ]);
    expect(result.unaccepted.map((c) => c.schema)).toEqual(['committee', 'supergraph']);
    expect(result.unaccepted[0].advice).toBe(
      'OwnersCommittee.name was not deprecated: deprecate it first (keep it, add its replacement, and set `deprecationReason` in its @Field options), and remove it in a later release once clients have moved.',
    );
    expect(result.text).toContain('✗ 2 breaking change(s) without a reason.');
    // A ready entry for the accepted-changes file, naming both schemas once.
    expect(result.text).toContain(
      [
        '    - change: OwnersCommittee.name was removed',
        '      schemas:',
        '        - committee',
        '        - supergraph',
        '      reason: "TODO: why no client breaks, or how clients were told"',
        '      date: 2027-01-15',
      ].join('\n'),
    );
    expect(result.text).toContain('run `npm run schema:accept`, and commit schema/accepted-changes.yaml and schema/baseline/.');
    expect(result.upToDate).toBe(false);
  });

  it('a removed field', () => {
    const result = check(committeeChange('Ballot', '  changedAt: DateTimeISO\n', ''));
    expect(result.lines).toEqual([
      'breaking: Ballot.changedAt was removed (committee)',
      'breaking: Ballot.changedAt was removed (supergraph)',
    ]);
    expect(result.unaccepted).toHaveLength(2);
  });

  it('a removed enum value', () => {
    const result = check(committeeChange('BallotChoice', '  ABSTAIN\n', ''));
    expect(result.lines).toEqual([
      'breaking: ABSTAIN was removed from enum type BallotChoice (committee)',
      'breaking: ABSTAIN was removed from enum type BallotChoice (supergraph)',
    ]);
    expect(result.unaccepted[0].advice).toBe(
      "BallotChoice.ABSTAIN was not deprecated: deprecate it first (set `deprecationReason` for it in registerEnumType's valuesConfig), and remove it in a later release once clients have moved.",
    );
  });

  it('an argument made required', () => {
    const result = check(committeeChange('Query', '    before: String\n    compoundId', '    before: String!\n    compoundId'));
    expect(result.lines).toEqual([
      'breaking: Query.consultations arg before has changed type from String to String! (committee)',
      'breaking: Query.consultations arg before has changed type from String to String! (supergraph)',
    ]);
    expect(result.unaccepted[0].advice).toBe(
      'Operations that send the old type are refused now: add a new optional argument beside it and deprecate this one instead.',
    );
  });

  it('an output field made nullable', () => {
    const result = check(committeeChange('Ballot', '  castAt: DateTimeISO!', '  castAt: DateTimeISO'));
    expect(result.lines).toEqual([
      'breaking: Ballot.castAt changed type from DateTimeISO! to DateTimeISO (committee)',
      'breaking: Ballot.castAt changed type from DateTimeISO! to DateTimeISO (supergraph)',
    ]);
    expect(result.unaccepted[0].advice).toBe(
      'Clients do not expect null here: add a nullable field beside it and deprecate this one instead.',
    );
  });

  it('a removed required argument: it must be made optional before it can be deprecated', () => {
    const result = check(committeeChange('Query', '    before: String\n    compoundId: ID!\n', '    before: String\n'));
    expect(result.lines).toEqual([
      'breaking: Query.consultations arg compoundId was removed (committee)',
      'breaking: Query.consultations arg compoundId was removed (supergraph)',
    ]);
    expect(result.unaccepted[0].advice).toBe(
      'It is required, and a required argument or input field cannot be deprecated: make it optional first (nullable, or give it a default), then deprecate it, then remove it in a later release.',
    );
  });

  it('removing a deprecated field still needs its reason recorded', () => {
    const deprecated = committeeChange('OwnersCommittee', '  name: String', '  name: String @deprecated(reason: "Use title.")');
    const result = check(
      committeeChange('OwnersCommittee', '  name: String @deprecated(reason: "Use title.")\n', '', deprecated),
      accepted,
      deprecated,
    );
    expect(result.lines).toEqual([
      'breaking: OwnersCommittee.name was removed (committee)',
      'breaking: OwnersCommittee.name was removed (supergraph)',
    ]);
    expect(result.unaccepted[0].advice).toBe('It was deprecated ("Use title."): removing it now only needs its reason recorded.');
  });

  it('a subgraph losing an entity key breaks the gateway, though clients see no change', () => {
    const current = { ...baseline, committee: edit(baseline.committee, 'OwnersCommittee', '  @key(fields: "id")\n', '') };
    const result = check(current);
    expect(result.lines).toEqual(['breaking: @key(fields: "id") was removed from OwnersCommittee (committee)']);
    expect(result.unaccepted).toHaveLength(1);
  });
});

describe('schema check: what passes', () => {
  it('an added field is safe: the check passes and asks for schema:accept to move the baseline', () => {
    const result = check(committeeChange('OwnersCommittee', '  name: String', '  motto: String\n  name: String'));
    expect(result.lines).toEqual([
      'safe: OwnersCommittee.motto was added (committee)',
      'safe: OwnersCommittee.motto was added (supergraph)',
    ]);
    expect(result.unaccepted).toEqual([]);
    expect(result.upToDate).toBe(false);
    expect(result.text).toContain('✓ No unaccepted breaking change. schema/baseline/ is behind the code: run `npm run schema:accept`');
  });

  it('an added type and an added optional argument are safe', () => {
    const withArg = committeeChange(
      'Query',
      '    last: Int\n  ): ConsultationConnection!',
      '    last: Int\n    since: String\n  ): ConsultationConnection!',
    );
    const current = { ...withArg, committee: `${withArg.committee}\ntype Motto {\n  text: String\n}\n` };
    const result = check(current);
    expect(result.lines).toEqual([
      'safe: An optional arg since on Query.consultations was added (committee)',
      'safe: type Motto was added (committee)',
      'safe: An optional arg since on Query.consultations was added (supergraph)',
    ]);
    expect(result.unaccepted).toEqual([]);
  });

  it('a deprecation and a required argument made optional are safe', () => {
    const deprecated = committeeChange('OwnersCommittee', '  name: String', '  name: String @deprecated(reason: "Use title.")');
    const result = check(committeeChange('Query', '    compoundId: ID!\n', '    compoundId: ID\n', deprecated));
    expect(result.lines).toEqual([
      'safe: OwnersCommittee.name was deprecated ("Use title.") (committee)',
      'safe: Query.consultations arg compoundId has changed type from ID! to ID (committee)',
      'safe: OwnersCommittee.name was deprecated ("Use title.") (supergraph)',
      'safe: Query.consultations arg compoundId has changed type from ID! to ID (supergraph)',
    ]);
    expect(result.unaccepted).toEqual([]);
  });

  it('an accepted breaking change passes, for the schemas its entry names', () => {
    const renamed = committeeChange('OwnersCommittee', '  name: String', '  title: String');
    const entry = { change: 'OwnersCommittee.name was removed', reason: 'No client reads it yet.', date: '2027-01-14' };
    const both = check(renamed, [...accepted, { ...entry, schemas: ['committee', 'supergraph'] }]);
    expect(both.unaccepted).toEqual([]);
    expect(both.text).toContain('breaking: OwnersCommittee.name was removed (committee) — accepted 2027-01-14: No client reads it yet.');
    expect(both.text).not.toContain('✗');

    const subgraphOnly = check(renamed, [...accepted, { ...entry, schemas: ['committee'] }]);
    expect(subgraphOnly.unaccepted.map((c) => `${c.change} (${c.schema})`)).toEqual(['OwnersCommittee.name was removed (supergraph)']);
  });

  it('an @inaccessible field only subgraphs call changes without breaking clients, but is breaking for its subgraph', () => {
    // The field and its description.
    const committee = edit(
      baseline.committee,
      'Query',
      /\n {2}"""\n {2}Internal: a fund entry's[^\n]*\n {2}"""\n {2}fundEntryInfo[^\n]*/,
      '',
    );
    const subgraphs: SchemaSet = { ...baseline, committee };
    const current = { ...subgraphs, supergraph: composeApiSchema((name) => subgraphs[name]) };
    const result = check(current);
    expect(current.supergraph).toBe(baseline.supergraph);
    expect(result.lines).toEqual(['breaking: Query.fundEntryInfo was removed (committee)']);
  });
});

describe('the accepted-changes file and the baseline files', () => {
  it('refuses an entry without a real reason', () => {
    const entry = 'change: OwnersCommittee.name was removed\n  schemas: [committee]\n  date: 2027-01-14';
    expect(() => parseAcceptedChanges(`- ${entry}`)).toThrow('schema/accepted-changes.yaml, entry 1: needs a `reason`');
    expect(() => parseAcceptedChanges(`- ${entry}\n  reason: "TODO: why"`)).toThrow('entry 1: needs a `reason`');
    expect(parseAcceptedChanges(`- ${entry}\n  reason: Nobody reads it.`)).toEqual([
      { change: 'OwnersCommittee.name was removed', schemas: ['committee'], reason: 'Nobody reads it.', date: '2027-01-14' },
    ]);
  });

  it('holds the nullability changes made before the baseline, for each subgraph and the supergraph', () => {
    const nullability = accepted.filter((a) => a.date === '2026-12-01');
    // 29 for the first form of the rule, 66 for fields reached through another stakeholder's reference.
    expect(nullability).toHaveLength(29 + 66);
    expect(nullability.every((a) => a.schemas.length >= 2 && a.schemas.at(-1) === 'supergraph')).toBe(true);
    expect(nullability.map((a) => a.change)).toContain('Compound.publicFund changed type from PublicFund! to PublicFund');
    expect(nullability.map((a) => a.change)).toContain('Compound.name changed type from String! to String');
  });

  it('writing the baseline replaces it whole', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'baseline-'));
    try {
      writeBaseline({ party: 'type Query { a: Int }\n', gone: 'type Query { b: Int }\n' }, root);
      writeBaseline({ party: 'type Query { c: Int }\n' }, root);
      expect(readBaseline(root)).toEqual({ party: 'type Query { c: Int }\n' });
    } finally {
      fs.rmSync(root, { recursive: true });
    }
  });
});

describe('the committed baseline', () => {
  let current: SchemaSet;
  beforeAll(async () => {
    current = await currentSchemas((name) => SUBGRAPHS[name as SubgraphName].buildSchema());
  });

  it('a code change without schema:accept leaves the baseline behind the code, and the check says so', () => {
    const changed = { ...current, committee: edit(current.committee, 'Ballot', '  changedAt: DateTimeISO\n', '') };
    const result = check(changed);
    expect(result.upToDate).toBe(false);
    expect(result.unaccepted.map((c) => `${c.change} (${c.schema})`)).toEqual(['Ballot.changedAt was removed (committee)']);
  });

  it('is what the code builds now: run `npm run schema:check` when this fails', () => {
    const result = check(current);
    expect(result.upToDate ? '' : result.text).toBe('');
    expect(result.changes).toEqual([]);
  });
});
