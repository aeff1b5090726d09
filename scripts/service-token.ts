import { mintGatewayToken, GATEWAY_TOKEN_LIFETIME_S } from '../shared/auth/service-identity';
import { loadTrust } from '../shared/auth/trust';
import { SUBGRAPH_NAMES, SubgraphName } from '../shared/config';

/**
 * `npm run service-token -- --for party [--days 365]`
 * Prints the gateway's token for one subgraph, signed with the gateway's key
 * (SERVICE_PRIVATE_KEY of the gateway; the dev key outside production), for a gateway
 * that attaches it as a static header: Apollo Router, Hive Gateway (README, "Running the
 * supergraph under another gateway"). Doorstep's own gateway mints the same at start.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let target: SubgraphName | undefined;
  let days = GATEWAY_TOKEN_LIFETIME_S / 86_400;
  for (let i = 0; i < args.length; i += 2) {
    const [option, value] = [args[i], args[i + 1]];
    if (option === '--for') {
      if (!(SUBGRAPH_NAMES as readonly string[]).includes(value)) throw new Error(`--for needs one of: ${SUBGRAPH_NAMES.join(', ')}`);
      target = value as SubgraphName;
    } else if (option === '--days') {
      days = Number(value);
      if (!Number.isInteger(days) || days < 1 || days > 366) throw new Error('--days must be a whole number from 1 to 366');
    } else {
      throw new Error(`Unknown option ${option}`);
    }
  }
  if (!target) throw new Error(`Give --for <subgraph>: one of ${SUBGRAPH_NAMES.join(', ')}`);
  const { ownKey } = loadTrust('gateway');
  process.stdout.write(`${await mintGatewayToken(ownKey, target, days * 86_400)}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
