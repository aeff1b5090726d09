import '../../shared/server/resolution-cache-from-env';
import 'reflect-metadata';
import { subgraphMain } from '../../shared/server/subgraph-main';
import { checkWebhookKey } from './webhook/webhook-secret-box';

subgraphMain('notify', () => import('./subgraph.js').then((m) => m.notifySubgraph), checkWebhookKey);
