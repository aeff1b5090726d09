import { GraphQLScalarType, Kind } from 'graphql';
import { badInput, excerpt } from '../errors';

const INTEGER_RE = /^-?\d+$/;

function toBigInt(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && INTEGER_RE.test(value)) return BigInt(value);
  throw badInput(`Not an amount in whole fen: ${excerpt(value)}`);
}

/**
 * An amount of money in integer fen (分). Sent as a decimal string so district-wide
 * totals beyond 2^31 (GraphQL Int) and 2^53 (JSON numbers) stay exact; accepted as a
 * string or a safe integer. Inside the services it is a `bigint`.
 */
export const FenScalar = new GraphQLScalarType<bigint, string>({
  name: 'Fen',
  description: 'Integer amount in fen (1 yuan = 100 fen), as a decimal string; exact at any size.',
  serialize: (value) => toBigInt(value).toString(),
  parseValue: (value) => toBigInt(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT || ast.kind === Kind.STRING) return toBigInt(ast.value);
    throw badInput('An amount in fen must be an integer or a string of digits');
  },
});
