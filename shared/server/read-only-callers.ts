import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { READ_ONLY_ROLES, READER_MUTATIONS } from '../auth/viewer';
import { GraphQLError, Kind, OperationTypeNode, type OperationDefinitionNode } from 'graphql';

/**
 * Refuses every mutation of a caller who only reads (an analyst) once the operation is
 * known and before its variables are coerced: a role check must come before any input
 * check, and graphql-js checks variables' types (a malformed `Fen`, a missing required
 * field) before a resolver, and so the role checker, ever runs. The role checker still
 * refuses such a caller too (shared/auth/auth-checker.ts), for a mutation field reached
 * any other way.
 */
export function readOnlyCallers<C extends BaseContext>(readsOnly: (context: C) => boolean): ApolloServerPlugin<C> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ operation, contextValue }) => {
        if (operation?.operation === OperationTypeNode.MUTATION && readsOnly(contextValue) && !onlyReaderMutations(operation)) {
          // HTTP 200 like every other FORBIDDEN (Apollo Server would answer 500 for an error here).
          throw new GraphQLError(`Read-only roles (${READ_ONLY_ROLES.join(', ')}) cannot change anything`, {
            extensions: { code: 'FORBIDDEN', http: { status: 200 } },
          });
        }
      },
    }),
  };
}

/** Every root field is one a reader may call (READER_MUTATIONS), with no fragment that could hide another. */
function onlyReaderMutations(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === Kind.FIELD && (selection.name.value === '__typename' || READER_MUTATIONS.includes(selection.name.value)),
  );
}
