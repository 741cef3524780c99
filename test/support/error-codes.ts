import { join } from 'node:path';
import ts from 'typescript';

/**
 * Which userError codes each mutation can return, read from the source with the TypeScript
 * checker (not from a list): starting at the resolver method of every `@Mutation`, it follows
 * every function, method and arrow function the code refers to inside `src/`, and collects
 * the codes handed to a call (`userError(TeamErrorCode.INVALID_NAME, ...)`,
 * `invalid(PayoutErrorCode.INVALID_SORT_CODE, ...)`, `userError('CLOCK_BACKWARDS', ...)`).
 * It over-approximates (a referenced function counts as called), never under-approximates
 * for direct calls.
 */

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src') + '/';

function isErrorCodeEnum(symbol: ts.Symbol | undefined): boolean {
  const declaration = symbol?.declarations?.[0];
  return !!declaration && ts.isEnumDeclaration(declaration) && /\w+ErrorCode$/.test(declaration.name.text) && declaration.name.text !== 'ErrorCode';
}

export function mutationErrorCodes(): Map<string, Set<string>> {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram({ rootNames: parsed.fileNames.filter((file) => file.startsWith(SRC)), options: { ...parsed.options, noEmit: true } });
  const checker = program.getTypeChecker();

  const memo = new Map<ts.Node, Set<string>>();

  const resolve = (node: ts.Node): ts.Symbol | undefined => {
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol;
  };

  /** The bodies a symbol stands for, when it is a function of ours. */
  const bodiesOf = (symbol: ts.Symbol | undefined): ts.Node[] =>
    (symbol?.declarations ?? []).flatMap((declaration) => {
      if (!declaration.getSourceFile().fileName.startsWith(SRC)) return [];
      if (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration) || ts.isConstructorDeclaration(declaration)) {
        return declaration.body ? [declaration.body] : [];
      }
      if ((ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration)) && declaration.initializer) {
        const init = declaration.initializer;
        if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return [init.body];
      }
      return [];
    });

  const codesOf = (body: ts.Node): Set<string> => {
    const known = memo.get(body);
    if (known) return known;
    const codes = new Set<string>();
    memo.set(body, codes); // recursion ends here; the set is filled in place
    const visit = (node: ts.Node) => {
      if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.length) {
        const first = node.arguments[0];
        if (ts.isPropertyAccessExpression(first) && isErrorCodeEnum(resolve(first.expression))) codes.add(first.name.text);
        if (ts.isStringLiteral(first) && ts.isIdentifier(node.expression) && node.expression.text === 'userError') codes.add(first.text);
      }
      if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) {
        for (const inner of bodiesOf(resolve(ts.isPropertyAccessExpression(node) ? node.name : node))) {
          for (const code of codesOf(inner)) codes.add(code);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(body);
    return codes;
  };

  const result = new Map<string, Set<string>>();
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(SRC) || !file.fileName.endsWith('.resolver.ts')) continue;
    const visit = (node: ts.Node) => {
      if (ts.isMethodDeclaration(node) && node.body) {
        const decorator = ts.getDecorators(node)?.find(
          (d) => ts.isCallExpression(d.expression) && ts.isIdentifier(d.expression.expression) && d.expression.expression.text === 'Mutation',
        );
        if (decorator) {
          const options = (decorator.expression as ts.CallExpression).arguments.find(ts.isObjectLiteralExpression);
          const nameProperty = options?.properties.find(
            (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'name',
          );
          const name = nameProperty && ts.isStringLiteral(nameProperty.initializer) ? nameProperty.initializer.text : (node.name as ts.Identifier).text;
          result.set(name, codesOf(node.body));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return result;
}
