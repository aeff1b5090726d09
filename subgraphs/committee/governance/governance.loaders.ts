import { groupedLoader } from '../../../shared/db/entity-loaders';
import type { RequestContext } from '../../../shared/server/context';
import { GovernanceDocumentVersion } from './governance-document-version.entity';

/** GovernanceDocument.current and .history of a compound's documents: one statement for all of them. */
export function versionsOf(ctx: RequestContext) {
  return groupedLoader(ctx, 'documentVersions', GovernanceDocumentVersion, 'documentId', { version: 'ASC' });
}
