import { buildSchema } from 'graphql';
import { checkArguments } from './input-check';

const schema = buildSchema(`
  input LineInput { productId: ID!, quantity: Int!, note: String }
  input OrderInput { outletId: ID!, contactPhone: String, lines: [LineInput!]!, tags: [String!] }
  type Query { x: Int }
  type Mutation { placeOrder(input: OrderInput!): Int, addNote(id: ID!, note: String!): Int }
`);
const argsOf = (field: string) => schema.getMutationType()!.getFields()[field].args;
const ID = '11111111-1111-4111-8111-111111111111';
const order = (extra: Record<string, unknown> = {}) => ({ outletId: ID, lines: [{ productId: ID, quantity: 1, note: 'ok' }], ...extra });

function refusal(field: string, values: Record<string, unknown>) {
  try {
    checkArguments(argsOf(field), values);
  } catch (error) {
    return { message: (error as Error).message, extensions: (error as { extensions: unknown }).extensions };
  }
  return null;
}

describe('checkArguments: every String and ID where it enters', () => {
  it('passes clean input, nulls and absent fields', () => {
    expect(refusal('placeOrder', { input: order({ contactPhone: null, tags: ['a', 'b'] }) })).toBeNull();
    expect(refusal('addNote', { id: ID, note: 'line one\nline two' })).toBeNull();
  });

  it('names the field as the services do: no `input.`, list items by index', () => {
    expect(refusal('placeOrder', { input: order({ outletId: 'nope' }) })).toEqual({
      message: 'outletId is not a valid id: "nope"',
      extensions: { code: 'BAD_USER_INPUT', field: 'outletId' },
    });
    expect(
      refusal('placeOrder', {
        input: order({
          lines: [
            { productId: ID, quantity: 1 },
            { productId: 'x', quantity: 1 },
          ],
        }),
      }),
    ).toEqual({
      message: 'lines[1].productId is not a valid id: "x"',
      extensions: { code: 'BAD_USER_INPUT', field: 'lines[1].productId' },
    });
    expect(refusal('placeOrder', { input: order({ tags: ['ok', 'b\u0000'] }) })?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'tags[1]',
    });
    expect(refusal('addNote', { id: ID, note: 'a\u0000' })?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'note' });
  });

  it('applies the multi-line rule by the field name, at any depth', () => {
    expect(refusal('placeOrder', { input: order({ lines: [{ productId: ID, quantity: 1, note: 'two\nlines' }] }) })).toBeNull();
    expect(refusal('placeOrder', { input: order({ tags: ['two\nlines'] }) })?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'tags[0]',
    });
  });

  it('applies the phone rule to phone fields', () => {
    expect(refusal('placeOrder', { input: order({ contactPhone: '138 0013 8000' }) })).toBeNull();
    expect(refusal('placeOrder', { input: order({ contactPhone: 'abc' }) })?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'contactPhone',
    });
  });
});
