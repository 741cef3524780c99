import {
  getOperationAST,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  OverlappingFieldsCanBeMergedRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { OperationLimitSettings } from '../config';
import { badInput, ErrorCode } from './errors';
import { hasBadString, measureDocument, type DocumentMeasure } from './operation-measure';
import { KeptPerObject } from '../shared/kept-per-object';
import { mergeableFieldsRule } from './overlapping-fields';

/** graphql-js's rules, with its quadratic overlapping-fields rule replaced by a linear one. */
const RULES = [...specifiedRules.filter((rule) => rule !== OverlappingFieldsCanBeMergedRule), mergeableFieldsRule()];

/**
 * Brackets ({, (, [) may nest at most this deep in a document, counted before it is parsed:
 * graphql-js parses recursively and runs out of stack near 2,400 levels.
 */
export const MAX_NESTING = 100;
/** How many measures (a validated document with one set of variables) a process keeps. */
const MEASURED_KEPT = 10_000;
/**
 * The longest variables (as JSON) whose measure or compiled statement is kept: with the counts
 * above, what the stores hold stays bounded in bytes whatever clients send.
 */
export const CACHED_VARIABLES_MAX = 1_000;
/** How many validated documents a process keeps, and the longest source kept (characters). */
const VALIDATED_MAX = 1000;
const VALIDATED_SOURCE_MAX = 20_000;

/** At most this many validation errors are reported for one document. */
const MAX_VALIDATION_ERRORS = 20;

export type LimitName = 'cost' | 'depth' | 'tokens' | 'aliases' | 'directives' | 'nesting' | 'signInFields';

/** A document refused for a limit: QUERY_TOO_COMPLEX with what was measured and the limit. */
export function tooComplex(limitName: LimitName, value: number, limit: number, cost?: number): GraphQLError {
  const what: Record<LimitName, string> = {
    cost: `The operation could return ${value} objects; at most ${limit} are allowed.`,
    depth: `The query is ${value} levels deep; at most ${limit} are allowed.`,
    tokens: `The document has more than ${limit} tokens.`,
    aliases: `The document has ${value} aliases; at most ${limit} are allowed.`,
    directives: `The document has ${value} directives; at most ${limit} are allowed.`,
    nesting: `The document nests brackets more than ${limit} deep.`,
    signInFields: `An operation may sign in or up at most ${limit} time(s); this one asks ${value}.`,
  };
  return new GraphQLError(what[limitName], {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limitName, value, limit, ...(cost === undefined ? {} : { cost }), http: { status: 400 } },
  });
}

/** How deeply brackets nest, outside strings and comments; stops counting past `max`. */
export function bracketNesting(source: string, max: number): number {
  let depth = 0;
  let deepest = 0;
  const n = source.length;
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x23 /* # */) {
      while (i < n && source.charCodeAt(i) !== 0x0a && source.charCodeAt(i) !== 0x0d) i++;
    } else if (c === 0x22 /* " */) {
      if (source.startsWith('"""', i)) {
        i += 3;
        while (i < n && !source.startsWith('"""', i)) i += source.startsWith('\\"""', i) ? 4 : 1;
        i += 2;
      } else {
        i++;
        while (i < n && source.charCodeAt(i) !== 0x22 && source.charCodeAt(i) !== 0x0a) i += source.charCodeAt(i) === 0x5c ? 2 : 1;
      }
    } else if (c === 0x7b || c === 0x28 || c === 0x5b) {
      if (++depth > deepest && (deepest = depth) > max) return deepest;
    } else if (c === 0x7d || c === 0x29 || c === 0x5d) {
      depth--;
    }
  }
  return deepest;
}

export interface GuardedOperation {
  document?: DocumentNode;
  /** The cost of the operation that will run (0 when none was measured). */
  cost: number;
  /** Why the operation may not run; empty when it may. */
  errors: GraphQLError[];
}

function validationError(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...error.extensions, http: { status: 400 } },
  });
}

/**
 * The checks every operation passes before it runs, over HTTP and WebSocket alike, each in
 * time linear in the document: bracket nesting, parse with a token limit, strings without NUL
 * or lone surrogates, fragment cycles, aliases, directives, depth, cost and sign-in fields,
 * and only then graphql-js's own validation (and no introspection in production).
 */
export class OperationGuard {
  private readonly rules;
  /**
   * Documents that parsed and passed graphql-js validation, by their source text: parsing and
   * validating depend on nothing else (the schema is fixed), so a client repeating a query pays
   * for them once. Every other check runs each time (the cost depends on the variables).
   * Bounded: the oldest entry leaves when it is full.
   */
  private readonly validated = new Map<string, DocumentNode>();
  /**
   * What a validated document measures (cost, depth, aliases...) with given variables, which is
   * all the measure depends on: a client repeating a query with the same variables is not
   * measured again. At most MEASURED_KEPT measures in all (then it starts again), each for
   * variables of at most CACHED_VARIABLES_MAX characters, so what clients send cannot make it grow.
   */
  private readonly measured = new KeptPerObject<DocumentNode, DocumentMeasure>(MEASURED_KEPT);

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: OperationLimitSettings,
    production: boolean,
  ) {
    this.rules = production ? [...RULES, NoSchemaIntrospectionCustomRule] : RULES;
  }

  private measureKnown(document: DocumentNode, vars: Record<string, unknown>): DocumentMeasure {
    const key = JSON.stringify(vars);
    // Long variables (a large input, or junk a client adds) are measured each time, not kept.
    if (key.length > CACHED_VARIABLES_MAX) return measureDocument(this.schema, document, vars);
    let measure = this.measured.get(document, key);
    if (!measure) {
      measure = measureDocument(this.schema, document, vars);
      this.measured.set(document, key, measure);
    }
    return measure;
  }

  /** How many measures are kept. */
  get measuredKept(): number {
    return this.measured.size;
  }

  get maxCost(): number {
    return this.limits.maxCost;
  }

  check(source: unknown, variables: unknown, operationName: unknown): GuardedOperation {
    const refuse = (error: GraphQLError, cost = 0): GuardedOperation => ({ cost, errors: [error] });
    if (typeof source !== 'string' || !source) return refuse(badRequest('The request has no query string.'));
    if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return refuse(badRequest('`variables` must be an object.'));
    if (operationName != null && typeof operationName !== 'string') return refuse(badRequest('`operationName` must be a string.'));
    const vars = (variables ?? {}) as Record<string, unknown>;
    // Before anything walks the variables recursively (graphql-js's coercion, JSON.stringify).
    if (nestedDeeperThan(vars, MAX_NESTING)) return refuse(tooDeepVariables());
    if (hasBadString(vars)) return refuse(badStringError());
    if (bracketNesting(source, MAX_NESTING) > MAX_NESTING) return refuse(tooComplex('nesting', MAX_NESTING + 1, MAX_NESTING));

    const known = this.validated.get(source);
    let document: DocumentNode;
    try {
      document = known ?? parse(source, { maxTokens: this.limits.maxTokens || undefined });
    } catch (error) {
      if (error instanceof GraphQLError && /contains more th(?:an|at) \d+ tokens/.test(error.message)) {
        return refuse(tooComplex('tokens', this.limits.maxTokens + 1, this.limits.maxTokens));
      }
      const message = error instanceof GraphQLError ? error.message : 'The document could not be parsed.';
      return refuse(new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED', http: { status: 400 } } }));
    }

    const measure = known ? this.measureKnown(known, vars) : measureDocument(this.schema, document, vars);
    const selected = getOperationAST(document, operationName as string | undefined);
    const cost = selected ? (measure.operations.find((op) => op.operation === selected)?.cost ?? 0) : Math.max(0, ...measure.operations.map((op) => op.cost));
    if (measure.badString) return refuse(badStringError(), cost);
    if (measure.cyclicFragments.length) {
      const errors = measure.cyclicFragments.map((name) => validationError(new GraphQLError(`Cannot spread fragment "${name}" within itself.`)));
      return { cost, errors };
    }
    const { maxAliases, maxDirectives, maxDepth, maxCost } = this.limits;
    const errors: GraphQLError[] = [];
    if (maxAliases && measure.aliases > maxAliases) errors.push(tooComplex('aliases', measure.aliases, maxAliases, cost));
    if (maxDirectives && measure.directives > maxDirectives) errors.push(tooComplex('directives', measure.directives, maxDirectives, cost));
    for (const op of measure.operations) {
      if (maxDepth && op.depth > maxDepth) errors.push(tooComplex('depth', op.depth, maxDepth, op.cost));
      if (maxCost && op.cost > maxCost) errors.push(tooComplex('cost', op.cost, maxCost, op.cost));
      if (op.signInFields > 1) errors.push(tooComplex('signInFields', op.signInFields, 1, op.cost));
    }
    if (errors.length) return { cost, errors };

    if (!known) {
      const invalid = validate(this.schema, document, this.rules, { maxErrors: MAX_VALIDATION_ERRORS });
      if (invalid.length) return { cost, errors: invalid.map(validationError) };
      this.remember(source, document);
    }
    return { document, cost, errors: [] };
  }

  private remember(source: string, document: DocumentNode): void {
    if (source.length > VALIDATED_SOURCE_MAX) return;
    if (this.validated.size >= VALIDATED_MAX) this.validated.delete(this.validated.keys().next().value!);
    this.validated.set(source, document);
  }
}

function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } });
}

/**
 * Whether arrays and objects nest deeper than `max` in a value (the variables, as parsed from
 * JSON): counted without recursion, so no client value can overflow the stack here.
 */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (!item || typeof item !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const inner of Array.isArray(item) ? item : Object.values(item)) if (inner && typeof inner === 'object') stack.push([inner, depth + 1]);
  }
  return false;
}

function tooDeepVariables(): GraphQLError {
  const error = badInput(`Variables may nest lists and objects at most ${MAX_NESTING} deep.`);
  error.extensions.http = { status: 400 };
  return error;
}

function badStringError(): GraphQLError {
  const error = badInput('Text may not contain NUL characters or unpaired surrogates.');
  error.extensions.http = { status: 400 };
  return error;
}
