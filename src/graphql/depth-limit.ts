import { GraphQLError, Kind, type ASTNode, type FragmentDefinitionNode, type ValidationContext, type ValidationRule } from 'graphql';

/** Refuses operations nested deeper than `maxDepth` fields, fragments included. */
export function depthLimit(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      switch (node.kind) {
        case Kind.FIELD: {
          if (node.name.value.startsWith('__')) return depth;
          const inner = node.selectionSet ? depthOf(node.selectionSet, depth + 1, seen) : depth + 1;
          return inner;
        }
        case Kind.SELECTION_SET:
          return Math.max(depth, ...node.selections.map((selection) => depthOf(selection, depth, seen)));
        case Kind.INLINE_FRAGMENT:
          return depthOf(node.selectionSet, depth, seen);
        case Kind.FRAGMENT_SPREAD: {
          const fragment = fragments.get(node.name.value);
          if (!fragment || seen.has(fragment.name.value)) return depth;
          return depthOf(fragment.selectionSet, depth, new Set([...seen, fragment.name.value]));
        }
        default:
          return depth;
      }
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, 0, new Set());
        if (depth > maxDepth) {
          context.reportError(new GraphQLError(`The query is ${depth} levels deep; at most ${maxDepth} are allowed.`, { nodes: [operation] }));
        }
      },
    };
  };
}
