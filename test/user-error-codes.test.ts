import { getNamedType, isEnumType, isObjectType } from 'graphql';
import { buildAppSchema } from '../src/graphql/schema';
import { mutationErrorCodes } from './support/error-codes';

/**
 * Typed userErrors: every mutation's payload types `userErrors.code` with its domain's enum, and
 * that enum holds every code the mutation's service can return. The codes come from the source
 * (the TypeScript checker follows each resolver's calls to the `userError(...)` sites), not from
 * a list kept here, so a new code thrown anywhere a mutation reaches fails this test until the
 * domain's enum (src/modules/<feature>/<feature>.errors.ts) carries it.
 */
describe('typed userError codes', () => {
  const schema = buildAppSchema();
  const mutations = schema.getMutationType()!.getFields();
  const reachable = mutationErrorCodes();

  /** The enum values a mutation's `userErrors { code }` can carry. */
  function payloadCodes(mutation: string): { enumName: string; values: Set<string> } {
    const payload = getNamedType(mutations[mutation].type);
    if (!isObjectType(payload)) throw new Error(`${mutation} does not return an object`);
    const errorType = getNamedType(payload.getFields().userErrors.type);
    if (!isObjectType(errorType)) throw new Error(`${mutation}'s userErrors are not objects`);
    const code = errorType.getFields().code.type;
    const codeEnum = getNamedType(code);
    if (!isEnumType(codeEnum)) throw new Error(`${mutation}'s userErrors.code is ${String(code)}, not an enum`);
    expect(String(code)).toBe(`${codeEnum.name}!`);
    return { enumName: codeEnum.name, values: new Set(codeEnum.getValues().map((value) => value.value as string)) };
  }

  it('the source analysis finds every mutation and the codes they return', () => {
    expect([...reachable.keys()].sort()).toEqual(Object.keys(mutations).sort());
    const all = new Set([...reachable.values()].flatMap((codes) => [...codes]));
    expect(all.size).toBeGreaterThan(80);
    // spot checks that calls are followed through services, helpers and shared checks
    expect([...reachable.get('requestPayout')!]).toEqual(expect.arrayContaining(['EMAIL_NOT_VERIFIED', 'INSUFFICIENT_FUNDS', 'INVALID_IDEMPOTENCY_KEY']));
    expect([...reachable.get('addPayoutMethod')!]).toEqual(expect.arrayContaining(['INVALID_SORT_CODE', 'FIELD_NOT_ALLOWED']));
    expect([...reachable.get('logTime')!]).toEqual(expect.arrayContaining(['TIME_OVERLAPS', 'INVALID_TEXT']));
  });

  it.each(Object.keys(buildAppSchema().getMutationType()!.getFields()).sort())('%s: every code it can return is in its payload enum', (mutation) => {
    const { enumName, values } = payloadCodes(mutation);
    expect(enumName).toMatch(/^[A-Z][A-Za-z]+ErrorCode$/);
    const missing = [...(reachable.get(mutation) ?? [])].filter((code) => !values.has(code)).sort();
    expect({ mutation, enumName, missing }).toEqual({ mutation, enumName, missing: [] });
  });

  it('a domain enum keeps each code value exactly as the services spell it', () => {
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isEnumType(type) || !type.name.endsWith('ErrorCode')) continue;
      for (const value of type.getValues()) {
        expect(value.value).toBe(value.name);
        expect(value.description).toBeTruthy();
      }
    }
  });
});
