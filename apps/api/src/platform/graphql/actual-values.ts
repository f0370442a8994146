import {
  astFromValue,
  getArgumentValues,
  getVariableValues,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * The operation as it will run: every field's arguments written out as literals, from the request's variables
 * and the schema's defaults (`first: Int! = 20`), coerced exactly as execution will coerce them. Rules that read
 * literals (graphql-armor's cost) then see what is really asked for. Null when the variables do not fit their types.
 */
export function withActualValues(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): DocumentNode | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  if (coerced.errors) return null;
  const values = coerced.coerced;
  const typeInfo = new TypeInfo(schema);
  // Only this operation: another one in the document may use variables this request does not give.
  const only: DocumentNode = {
    ...document,
    definitions: document.definitions.filter((definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition === operation),
  };
  return visit(
    only,
    visitWithTypeInfo(typeInfo, {
      Field: {
        leave(node: FieldNode): FieldNode | undefined {
          const field = typeInfo.getFieldDef();
          if (!field?.args.length) return undefined;
          let actual: Record<string, unknown>;
          try {
            actual = getArgumentValues(field, node, values);
          } catch {
            return undefined; // execution refuses these arguments with its own message
          }
          const written = field.args.flatMap((argument): ArgumentNode[] => {
            const value = argument.name in actual ? literal(actual[argument.name], argument.type) : null;
            const original = node.arguments?.find((given) => given.name.value === argument.name);
            if (value) return [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: argument.name }, value }];
            return original ? [original] : [];
          });
          return { ...node, arguments: written };
        },
      },
    }),
  );
}

function literal(value: unknown, type: Parameters<typeof astFromValue>[1]) {
  try {
    return astFromValue(value, type);
  } catch {
    return null; // a custom scalar that cannot print its value: the argument stays as written
  }
}
