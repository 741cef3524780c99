import {
  getNamedType,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  print,
  type ArgumentNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { ErrorCode } from './errors';

/** One field as written, with the type it is selected on. */
interface Entry {
  node: FieldNode;
  parent: GraphQLCompositeType | undefined;
  def: GraphQLField<unknown, unknown> | undefined;
}

/**
 * "Overlapping fields can be merged" (GraphQL spec 5.3.2) without graphql-js's pairwise
 * comparisons, which grow with the square of repeated fields and fragments (a thousand copies
 * of one field take seconds). Fields sharing a response name are grouped and each is compared
 * with the group's first: names and arguments are equal or not, and response shapes match or
 * not, whichever two are compared. Fields on two different object types never run together, so
 * only their shapes must match; that exemption is passed down to their sub-selections, as the
 * spec does. Each fragment is expanded once per selection. A work counter bounds the whole
 * check; a document that would exceed it is refused as QUERY_TOO_COMPLEX.
 */
export function mergeableFieldsRule(workBudget = 200_000): ValidationRule {
  return (context: ValidationContext) => {
    let work = 0;
    let exhausted = false;
    const reported = new Set<FieldNode>();

    const conflict = (responseName: string, reason: string, a: FieldNode, b: FieldNode) => {
      if (reported.has(a) || reported.has(b)) return;
      reported.add(a).add(b);
      context.reportError(
        new GraphQLError(`Fields "${responseName}" conflict because ${reason}. Use different aliases on the fields to fetch both if this was intentional.`, {
          nodes: [a, b],
        }),
      );
    };

    /** The fields of selection sets, inline fragments flattened, each named fragment once. */
    const collect = (sets: { set: SelectionSetNode; parent: GraphQLCompositeType | undefined }[]): Entry[] => {
      const entries: Entry[] = [];
      const seen = new Set<string>();
      const stack = [...sets];
      while (stack.length) {
        const { set, parent } = stack.pop()!;
        for (const selection of set.selections) {
          work++;
          if (selection.kind === Kind.FIELD) {
            const def = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[selection.name.value] : undefined;
            entries.push({ node: selection, parent, def });
          } else if (selection.kind === Kind.INLINE_FRAGMENT) {
            const type = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) : parent;
            stack.push({ set: selection.selectionSet, parent: type && isCompositeType(type) ? type : undefined });
          } else if (!seen.has(selection.name.value)) {
            seen.add(selection.name.value);
            const fragment = context.getFragment(selection.name.value);
            if (!fragment) continue;
            const type = context.getSchema().getType(fragment.typeCondition.name.value);
            stack.push({ set: fragment.selectionSet, parent: type && isCompositeType(type) ? type : undefined });
          }
        }
      }
      return entries;
    };

    const subEntries = (group: Entry[]): Entry[] =>
      collect(
        group
          .filter((entry) => entry.node.selectionSet)
          .map((entry) => {
            const type = entry.def ? getNamedType(entry.def.type) : undefined;
            return { set: entry.node.selectionSet!, parent: type && isCompositeType(type) ? type : undefined };
          }),
      );

    /** Checks fields that land in one response object; `shapeOnly` when they never run together. */
    const check = (entries: Entry[], shapeOnly: boolean) => {
      if (exhausted) return;
      if (work > workBudget) {
        exhausted = true;
        context.reportError(
          new GraphQLError('The document repeats fields and fragments too often to be checked.', {
            extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limitName: 'fieldMerges', value: work, limit: workBudget },
          }),
        );
        return;
      }
      const groups = new Map<string, Entry[]>();
      for (const entry of entries) {
        const key = (entry.node.alias ?? entry.node.name).value;
        const group = groups.get(key);
        if (group) group.push(entry);
        else groups.set(key, [entry]);
      }
      for (const [responseName, group] of groups) {
        work += group.length;
        const typed = group.filter((entry) => entry.def);
        if (typed.length > 1) {
          const first = typed[0];
          for (const entry of typed.slice(1)) {
            if (typesConflict(first.def!.type, entry.def!.type)) {
              conflict(responseName, `they return conflicting types "${String(first.def!.type)}" and "${String(entry.def!.type)}"`, first.node, entry.node);
            }
          }
        }
        if (group.length < 2 || shapeOnly) {
          check(subEntries(group), shapeOnly);
          continue;
        }
        // Fields on one object type, or on an abstract type, may run together and must agree.
        const abstract = group.filter((entry) => !entry.parent || !isObjectType(entry.parent));
        const byObject = new Map<string, Entry[]>();
        for (const entry of group) {
          if (entry.parent && isObjectType(entry.parent)) {
            const list = byObject.get(entry.parent.name);
            if (list) list.push(entry);
            else byObject.set(entry.parent.name, [entry]);
          }
        }
        const classes = byObject.size ? [...byObject.values()].map((list) => [...abstract, ...list]) : [abstract];
        for (const members of classes) {
          const first = members[0];
          for (const entry of members.slice(1)) {
            const reason = mergeConflict(first.node, entry.node);
            if (reason) conflict(responseName, reason, first.node, entry.node);
          }
        }
        if (classes.length > 1) check(subEntries(group), true);
        for (const members of classes) if (members.length > 1) check(subEntries(members), false);
      }
    };

    return {
      OperationDefinition(operation) {
        const root = context.getSchema().getRootType(operation.operation) ?? undefined;
        check(collect([{ set: operation.selectionSet, parent: root }]), false);
        return false;
      },
      FragmentDefinition(fragment) {
        const type = context.getSchema().getType(fragment.typeCondition.name.value);
        check(collect([{ set: fragment.selectionSet, parent: type && isCompositeType(type) ? type : undefined }]), false);
        return false;
      },
    };
  };
}

/** Why two fields that may run together cannot be merged, if they cannot. */
function mergeConflict(a: FieldNode, b: FieldNode): string | undefined {
  if (a.name.value !== b.name.value) return `"${a.name.value}" and "${b.name.value}" are different fields`;
  if (!sameArguments(a.arguments ?? [], b.arguments ?? [])) return 'they have differing arguments';
  return undefined;
}

function sameArguments(a: readonly ArgumentNode[], b: readonly ArgumentNode[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((arg) => {
    const other = b.find((candidate) => candidate.name.value === arg.name.value);
    return other !== undefined && print(arg.value) === print(other.value);
  });
}

/** graphql-js's rule for response shapes: same list and non-null wrapping, same leaf types. */
function typesConflict(a: GraphQLOutputType, b: GraphQLOutputType): boolean {
  if (isListType(a)) return isListType(b) ? typesConflict(a.ofType, b.ofType) : true;
  if (isListType(b)) return true;
  if (isNonNullType(a)) return isNonNullType(b) ? typesConflict(a.ofType, b.ofType) : true;
  if (isNonNullType(b)) return true;
  if (isLeafType(a) || isLeafType(b)) return a !== b;
  return false;
}
