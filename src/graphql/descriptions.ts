import { GraphQLEnumType, GraphQLInputObjectType, GraphQLObjectType, isEnumType, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';

const words = (name: string) => name.toLowerCase().replace(/_/g, ' ');

/**
 * Fills in the descriptions that follow from our conventions, so that every type, field,
 * argument and enum value is described (docs/api.md) without repeating the same sentence in a
 * hundred decorators: a mutation's `input` argument and input type, its payload type, the
 * root types and the `field`/`direction` of orderings. Anything described in code wins.
 */
export function applyConventionalDescriptions(schema: GraphQLSchema): GraphQLSchema {
  const roots: [GraphQLObjectType | null | undefined, string][] = [
    [schema.getQueryType(), 'Reads: the entry points of every query.'],
    [schema.getMutationType(), 'Changes: every mutation takes one `input` and returns a payload with `userErrors`.'],
    [schema.getSubscriptionType(), 'Live events over graphql-ws; each event can be resumed from with `after`.'],
  ];
  for (const [type, description] of roots) if (type && !type.description) type.description = description;

  const mutations = schema.getMutationType()?.getFields() ?? {};
  for (const mutation of Object.values(mutations)) {
    for (const arg of mutation.args) {
      if (arg.name === 'input' && !arg.description) arg.description = `What \`${mutation.name}\` needs.`;
    }
    const payload = schema.getType(`${mutation.name[0].toUpperCase()}${mutation.name.slice(1)}Payload`);
    if (payload && isObjectType(payload) && !payload.description) {
      payload.description = `The result of \`${mutation.name}\`: what changed, or \`userErrors\` saying why nothing did.`;
    }
    const input = schema.getType(`${mutation.name[0].toUpperCase()}${mutation.name.slice(1)}Input`);
    if (input && isInputObjectType(input) && !input.description) input.description = `The input of \`${mutation.name}\`.`;
  }

  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isInputObjectType(type) && type.name.endsWith('Order')) describeOrder(type);
    if (isEnumType(type) && type.name.endsWith('OrderField')) describeOrderFields(type);
  }
  return schema;
}

function describeOrder(type: GraphQLInputObjectType): void {
  const fields = type.getFields();
  if (fields.field && !fields.field.description) fields.field.description = 'What to order by.';
  if (fields.direction && !fields.direction.description) fields.direction.description = 'Ascending (the default) or descending.';
}

function describeOrderFields(type: GraphQLEnumType): void {
  for (const value of type.getValues()) {
    if (!value.description) value.description = `Order by ${words(value.name)}.`;
  }
}
