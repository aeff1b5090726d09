import { randomUUID } from 'node:crypto';
import { loadOrNotFound } from '../../../shared/db/load-or-not-found';
import { isUniqueViolation } from '../../../shared/db/pg-errors';
import { assertUuid, badInput, conflict } from '../../../shared/errors';
import type { RequestContext } from '../../../shared/server/context';
import { calendarDate } from '../../../shared/time/calendar-date';
import { localDate } from '../../../shared/time/local-time';
import { assertCommitteeWriter } from '../access/access';
import { JointMatter } from '../vote/vote.enums';
import { JointVote } from '../vote/joint-vote.entity';
import { GovernanceDocumentVersion } from './governance-document-version.entity';
import { GovernanceDocument } from './governance-document.entity';
import { GovernanceDocumentKind } from './governance.enums';
import { versionsOf } from './governance.loaders';
import type { AdoptDocumentVersionInput } from './governance.types';

/** The matters under which owners adopt rules of their own. */
const ADOPTING_MATTERS = new Set([JointMatter.MEETING_RULES, JointMatter.MANAGEMENT_STATUTE, JointMatter.OTHER_MAJOR_MATTER]);

/** A compound's convention and charter, each at most once. */
export function governanceDocumentsOf(ctx: RequestContext, compoundId: string): Promise<GovernanceDocument[]> {
  return ctx.dataSource
    .getRepository(GovernanceDocument)
    .find({ where: { compoundId: assertUuid(compoundId, 'compoundId') }, order: { kind: 'ASC' } });
}

/** The version in force today (Asia/Shanghai): the latest already effective. */
export async function versionInForce(ctx: RequestContext, documentId: string): Promise<GovernanceDocumentVersion | null> {
  const today = localDate(ctx.clock.now());
  const versions = await versionsOf(ctx).load(documentId);
  return [...versions].reverse().find((v) => v.effectiveOn <= today) ?? null;
}

export async function adoptDocumentVersion(ctx: RequestContext, input: AdoptDocumentVersionInput): Promise<GovernanceDocumentVersion> {
  const compoundId = assertUuid(input.compoundId, 'compoundId');
  const voteId = assertUuid(input.voteId, 'voteId');
  if (!Object.values(GovernanceDocumentKind).includes(input.kind)) throw badInput('Unknown document kind', { field: 'kind' });
  const title = input.title?.trim();
  if (!title || title.length > 200) throw badInput('title must be 1 to 200 characters', { field: 'title' });
  const body = input.body?.trim();
  if (!body || body.length > 100_000) throw badInput('body must be 1 to 100000 characters', { field: 'body' });
  const effectiveOn = calendarDate(input.effectiveOn, 'effectiveOn');
  const viewer = assertCommitteeWriter(ctx, compoundId);
  const at = ctx.clock.now();
  return ctx.dataSource.transaction(async (m) => {
    const vote = await loadOrNotFound(m.getRepository(JointVote).findOneBy({ id: voteId }), 'Vote', voteId);
    if (vote.compoundId !== compoundId) throw badInput('The vote is of another compound', { field: 'voteId' });
    if (!ADOPTING_MATTERS.has(vote.matter))
      throw badInput(`A ${vote.matter} vote cannot adopt a convention or charter`, { field: 'voteId' });
    if (!vote.passed) throw conflict(vote.closedAt ? 'The vote did not pass' : 'The vote is still open', { voteId });
    await m.query(
      `INSERT INTO governance_document (id, compound_id, kind, created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $4, $5)
       ON CONFLICT ON CONSTRAINT governance_document_one_per_kind DO NOTHING`,
      [randomUUID(), compoundId, input.kind, viewer.actor, at],
    );
    // Lock the document so two adoptions number their versions one after the other.
    const [doc] = await m.query('SELECT id FROM governance_document WHERE compound_id = $1 AND kind = $2 FOR UPDATE', [
      compoundId,
      input.kind,
    ]);
    const [last] = await m.query(
      'SELECT coalesce(max(version), 0)::int AS v, max(effective_on)::text AS latest FROM governance_document_version WHERE document_id = $1',
      [doc.id],
    );
    if (last.latest && effectiveOn < last.latest)
      throw badInput(`effectiveOn must not precede the latest version's (${last.latest})`, { field: 'effectiveOn' });
    const id = randomUUID();
    try {
      await m.query(
        `INSERT INTO governance_document_version (id, document_id, version, title, body, effective_on, adopted_by_vote_id, created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $8, $9)`,
        [id, doc.id, last.v + 1, title, body, effectiveOn, voteId, viewer.actor, at],
      );
    } catch (error) {
      if (isUniqueViolation(error, 'governance_version_vote_once')) throw conflict('This vote has already adopted a version', { voteId });
      throw error;
    }
    return m.getRepository(GovernanceDocumentVersion).findOneByOrFail({ id });
  });
}
