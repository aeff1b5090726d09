import { byIdLoader } from '../../../shared/db/entity-loaders';
import type { RequestContext } from '../../../shared/server/context';
import { SocialEnterprise } from './social-enterprise.entity';

/** Enterprises by id: every outlet of a page names its enterprise through one batch. */
export function enterpriseById(ctx: RequestContext) {
  return byIdLoader(ctx, 'enterpriseById', SocialEnterprise);
}
