import {
  astFromValue,
  getNamedType,
  getNullableType,
  getArgumentValues,
  getVariableValues,
  isCompositeType,
  isIntrospectionType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * The operation as it will run: every field's arguments written out as literals, from the request's variables
 * and the schema's defaults (`first: Int! = 20`), coerced exactly as execution will coerce them. Rules that read
 * literals (graphql-armor's cost) then see what is really asked for. Null when the variables do not fit their types.
 * A list of objects that takes no page size (Idea.comments, myIdeas) gets `first: UNPAGED_LIST_SIZE` written on it,
 * since the cost rule multiplies by `first` alone and would count such a list as one item. The result is for
 * counting only: that argument is not in the schema.
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
          if (!field) return undefined;
          const written = field.args.length ? actualArguments(field, node, values) : (node.arguments ?? []);
          if (!written) return undefined; // execution refuses these arguments with its own message
          const counted = isUnpagedList(field, typeInfo.getParentType()) ? [...written, ASSUMED_PAGE] : written;
          return counted === node.arguments ? undefined : { ...node, arguments: counted };
        },
      },
    }),
  );
}

/**
 * How many items a list without a page size counts as. Such lists (comments, replies, revisions, history) are short
 * in practice; counting each as a full page of 20 would refuse the board's own page of 100 reports with their history.
 */
export const UNPAGED_LIST_SIZE = 5;

const ASSUMED_PAGE: ArgumentNode = {
  kind: Kind.ARGUMENT,
  name: { kind: Kind.NAME, value: 'first' },
  value: { kind: Kind.INT, value: String(UNPAGED_LIST_SIZE) },
};

/**
 * A list of objects with no `first`/`last` of its own. Not a connection's `edges`, which the connection's `first`
 * already counts (Relay names every connection type `…Connection`), nor introspection, whose lists the schema bounds.
 */
function isUnpagedList(field: GraphQLField<unknown, unknown>, parent: GraphQLCompositeType | null | undefined): boolean {
  const type = getNullableType(field.type);
  if (!isListType(type) || !isCompositeType(getNamedType(type))) return false;
  if (!parent || isIntrospectionType(parent) || parent.name.endsWith('Connection')) return false;
  return !field.args.some((argument) => argument.name === 'first' || argument.name === 'last');
}

/** The field's arguments as literals, or null when they do not fit. */
function actualArguments(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  values: Record<string, unknown>,
): readonly ArgumentNode[] | null {
  let actual: Record<string, unknown>;
  try {
    actual = getArgumentValues(field, node, values);
  } catch {
    return null;
  }
  return field.args.flatMap((argument): ArgumentNode[] => {
    const value = argument.name in actual ? literal(actual[argument.name], argument.type) : null;
    const original = node.arguments?.find((given) => given.name.value === argument.name);
    if (value) return [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: argument.name }, value }];
    return original ? [original] : [];
  });
}

function literal(value: unknown, type: Parameters<typeof astFromValue>[1]) {
  try {
    return astFromValue(value, type);
  } catch {
    return null; // a custom scalar that cannot print its value: the argument stays as written
  }
}
