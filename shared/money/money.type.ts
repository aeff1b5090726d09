import { Directive, Field, ObjectType } from 'type-graphql';
import { FenScalar } from './fen.scalar';

/** Shown as yuan with exactly two decimals, from integer fen; never via floating point. */
export function formatYuan(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const yuan = abs / 100n;
  const rest = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${yuan}.${rest}`;
}

/** An amount of money; `@shareable` and identical in every subgraph. */
@Directive('@shareable')
@ObjectType({ description: 'An amount of money: integer fen, with yuan for display.' })
export class Money {
  @Field(() => FenScalar, { description: 'The amount in fen; the value to compute with.' })
  fen: bigint;

  @Field(() => String, { description: 'The amount in yuan with two decimals, for display only (e.g. "12.30").' })
  yuan: string;

  static of(fen: bigint | number | string): Money {
    const value = typeof fen === 'bigint' ? fen : BigInt(fen);
    const money = new Money();
    money.fen = value;
    money.yuan = formatYuan(value);
    return money;
  }
}
