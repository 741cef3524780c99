import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { isBadString } from '../shared/text';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';

/** A plain list (not a connection) is assumed to hold this many items. */
export const PLAIN_LIST_SIZE = DEFAULT_PAGE_SIZE;

/** Root mutation fields that sign someone in or up: at most one per operation. */
export const SIGN_IN_FIELDS = new Set(['logIn', 'signUp']);

/** What one operation of a document asks for, worst case. */
export interface OperationMeasure {
  operation: OperationDefinitionNode;
  /** The most objects the operation can return (see `measureDocument`). */
  cost: number;
  /** The deepest nesting of fields, fragments expanded. */
  depth: number;
  /** How many `logIn`/`signUp` fields would run (distinct response keys at the root). */
  signInFields: number;
}

export interface DocumentMeasure {
  operations: OperationMeasure[];
  /** Aliased fields written in the document. */
  aliases: number;
  /** Directives written in the document. */
  directives: number;
  /** Fragments that spread themselves, directly or through others. */
  cyclicFragments: string[];
  /** Whether some string literal holds a NUL or a lone surrogate. */
  badString: boolean;
}

interface SetMeasure {
  cost: number;
  depth: number;
}

const ZERO: SetMeasure = { cost: 0, depth: 0 };
const CAP = Number.MAX_SAFE_INTEGER;

const isConnectionType = (type: GraphQLNamedType | undefined): boolean =>
  Boolean(type && isObjectType(type) && type.name.endsWith('Connection') && 'pageInfo' in type.getFields());

/** The integer an argument holds, literally or through a variable; undefined otherwise. */
function intArgument(args: readonly ArgumentNode[] | undefined, name: string, variables: Record<string, unknown>): number | undefined {
  const value = args?.find((arg) => arg.name.value === name)?.value;
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const raw = variables[value.name.value];
    return typeof raw === 'number' && Number.isInteger(raw) ? raw : undefined;
  }
  return undefined;
}

/** How many items a list argument (such as `ids`) holds, literally or through a variable. */
function listArgumentLength(args: readonly ArgumentNode[] | undefined, variables: Record<string, unknown>): number | undefined {
  const value: ValueNode | undefined = args?.find((arg) => arg.name.value === 'ids')?.value;
  if (!value) return undefined;
  if (value.kind === Kind.LIST) return value.values.length;
  if (value.kind === Kind.VARIABLE) {
    const raw = variables[value.name.value];
    return Array.isArray(raw) ? raw.length : 1;
  }
  return 1;
}


/**
 * Measures every operation of a document in time linear in its size: each fragment is
 * measured once (per page size it is spread under) and reused wherever it is spread, so
 * fragment fan-out and cycles cost nothing extra. The cost of an operation is the most objects
 * it can return: every object-typed field counts one per parent, a connection's `nodes` and
 * `edges` count `first`/`last` (or the default page size) per connection, a plain list counts
 * PLAIN_LIST_SIZE (`nodes(ids)`: the number of ids). Aliases and fragments count like the
 * fields they stand for; leaves and `__typename` are free. Introspection (`__schema`,
 * `__type`) counts neither cost nor depth; production refuses it anyway.
 */
export function measureDocument(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): DocumentMeasure {
  let aliases = 0;
  let directives = 0;
  let badString = false;
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  // graphql-js's visit walks with its own stack: no recursion, however deep the document.
  visit(document, {
    Field: (node) => void (node.alias && aliases++),
    Directive: () => void directives++,
    StringValue: (node) => void (badString ||= isBadString(node.value)),
    FragmentDefinition: (node) => void (fragments.has(node.name.value) || fragments.set(node.name.value, node)),
    OperationDefinition: (node) => void operations.push(node),
  });

  const memo = new Map<string, SetMeasure | 'visiting'>();
  const cyclic = new Set<string>();

  const measureSet = (set: SelectionSetNode, parent: GraphQLCompositeType | undefined, pageSize: number, introspection: boolean): SetMeasure => {
    let cost = 0;
    let depth = 0;
    for (const selection of set.selections) {
      let inner: SetMeasure = ZERO;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') continue;
        const inIntrospection = introspection || name === '__schema' || name === '__type';
        const fieldDef = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
        const nullable = fieldDef ? getNullableType(fieldDef.type) : undefined;
        const named = fieldDef ? getNamedType(fieldDef.type) : undefined;
        let childPage = DEFAULT_PAGE_SIZE;
        if (isConnectionType(named)) {
          const requested = intArgument(selection.arguments, 'first', variables) ?? intArgument(selection.arguments, 'last', variables);
          childPage = Math.min(MAX_PAGE_SIZE, Math.max(0, requested ?? DEFAULT_PAGE_SIZE));
        }
        const child = selection.selectionSet
          ? measureSet(selection.selectionSet, named && isCompositeType(named) ? named : undefined, childPage, inIntrospection)
          : ZERO;
        if (inIntrospection) continue;
        let fieldCost = 0;
        if (named && !isLeafType(named)) {
          let count = 1;
          if (nullable && isListType(nullable)) {
            count = isConnectionType(parent) ? pageSize : (listArgumentLength(selection.arguments, variables) ?? PLAIN_LIST_SIZE);
          }
          fieldCost = count * (1 + child.cost);
        }
        inner = { cost: fieldCost, depth: 1 + child.depth };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        inner = measureSet(selection.selectionSet, type && isCompositeType(type) ? type : undefined, pageSize, introspection);
      } else {
        inner = measureFragment(selection.name.value, pageSize, introspection);
      }
      cost = Math.min(CAP, cost + inner.cost);
      depth = Math.max(depth, inner.depth);
    }
    return { cost, depth };
  };

  const measureFragment = (name: string, pageSize: number, introspection: boolean): SetMeasure => {
    const fragment = fragments.get(name);
    if (!fragment) return ZERO; // validation reports the unknown fragment
    const type = schema.getType(fragment.typeCondition.name.value);
    // Only a fragment on a connection reads the page size it is spread under.
    const key = `${name}|${isConnectionType(type ?? undefined) ? pageSize : ''}|${introspection ? 'i' : ''}`;
    const known = memo.get(key);
    if (known === 'visiting') {
      cyclic.add(name);
      return ZERO;
    }
    if (known) return known;
    memo.set(key, 'visiting');
    const measured = measureSet(fragment.selectionSet, type && isCompositeType(type) ? type : undefined, pageSize, introspection);
    memo.set(key, measured);
    return measured;
  };

  const rootType = (operation: OperationDefinitionNode) =>
    operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();

  const measured = operations.map((operation): OperationMeasure => {
    const root = rootType(operation) ?? undefined;
    const { cost, depth } = measureSet(operation.selectionSet, root, DEFAULT_PAGE_SIZE, false);
    return { operation, cost, depth, signInFields: operation.operation === 'mutation' ? signInKeys(operation.selectionSet, fragments).size : 0 };
  });
  // Fragments no operation spreads are still checked for cycles before validation sees them.
  for (const fragment of fragments.values()) measureFragment(fragment.name.value, DEFAULT_PAGE_SIZE, false);

  return { operations: measured, aliases, directives, cyclicFragments: [...cyclic], badString };
}

/** The response keys of root `logIn`/`signUp` fields, fragments at the root expanded once each. */
function signInKeys(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): Set<string> {
  const keys = new Set<string>();
  const seen = new Set<string>();
  const stack: SelectionSetNode[] = [set];
  while (stack.length) {
    for (const selection of stack.pop()!.selections) {
      if (selection.kind === Kind.FIELD) {
        if (SIGN_IN_FIELDS.has(selection.name.value)) keys.add((selection.alias ?? selection.name).value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        stack.push(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) stack.push(fragment.selectionSet);
      }
    }
  }
  return keys;
}

/** Whether any string anywhere in a JSON value holds a NUL or a lone surrogate (keys included). */
export function hasBadString(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (isBadString(item)) return true;
    } else if (Array.isArray(item)) {
      for (const inner of item) stack.push(inner);
    } else if (item && typeof item === 'object') {
      for (const [key, inner] of Object.entries(item)) {
        if (isBadString(key)) return true;
        stack.push(inner);
      }
    }
  }
  return false;
}
