import '../../shared/server/resolution-cache-from-env';
import 'reflect-metadata';
import { subgraphMain } from '../../shared/server/subgraph-main';

subgraphMain('notify', () => import('./subgraph.js').then((m) => m.notifySubgraph));
