import { readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/** What a module names in `from '…'`, `import('…')` and `require('…')`, as TypeScript reads it; type-only imports load nothing. */
function importedSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false)
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.importClause?.isTypeOnly) found.push(node.moduleSpecifier.text)
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text)
    } else if (ts.isCallExpression(node)) {
      const [first] = node.arguments
      const loads =
        node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')
      if (loads && first && ts.isStringLiteral(first)) found.push(first.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** How the project resolves a module name (its tsconfig.json: `@/` paths, `.js` naming `.ts`, JSON, JavaScript). */
function compilerOptions(root: string): ts.CompilerOptions {
  const file = path.join(root, 'tsconfig.json')
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile)
  if (error) throw new Error(`${file}: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`)
  // Only the options: the paths are relative to the config's folder.
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, root)
  return { ...options, baseUrl: options.baseUrl ?? root }
}

/**
 * The project file a module name resolves to, as TypeScript resolves it with the project's options, or null
 * for a package (the lock file versions those) or a declaration file (types only: it loads nothing).
 */
function resolveLocal(from: string, specifier: string, options: ts.CompilerOptions, root: string): string | null {
  const { resolvedModule } = ts.resolveModuleName(specifier, from, options, ts.sys)
  if (!resolvedModule) {
    if (specifier.startsWith('.'))
      throw new Error(`${path.relative(root, from)} imports ${specifier}, which names no file of the project.`)
    return null
  }
  if (resolvedModule.isExternalLibraryImport || resolvedModule.extension === ts.Extension.Dts) return null
  return path.resolve(resolvedModule.resolvedFileName)
}

/**
 * The project's own modules that `entries` load when they run, each once, relative to `root` and sorted:
 * every local import followed, type-only ones skipped (they load nothing), packages left out (the lock file
 * versions them). `except`: files or folders (relative to `root`) neither listed nor followed, for code a
 * caller versions in a finer way.
 */
export function importClosure(
  root: string,
  entries: readonly string[],
  { except = [] }: { except?: readonly string[] } = {},
): string[] {
  const excluded = (file: string) => {
    const relative = path.relative(root, file)
    return except.some((entry) => relative === entry || relative.startsWith(`${entry}/`))
  }
  const options = compilerOptions(root)
  const seen = new Set<string>()
  const pending = entries.map((entry) => path.join(root, entry))
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file) || excluded(file)) continue
    seen.add(file)
    if (file.endsWith('.json')) continue
    for (const specifier of importedSpecifiers(file)) {
      const resolved = resolveLocal(file, specifier, options, root)
      if (resolved && !seen.has(resolved)) pending.push(resolved)
    }
  }
  return [...seen].map((file) => path.relative(root, file)).sort()
}

/**
 * What `files` read of the object `name` declared in `declaring` (`siteConfig` in lib/site.ts, say): the source
 * of each property they read (`name.x`, or `const { x } = name`), by name, but those in `except`. A module that
 * uses the object in any other way (passes it whole, spreads it) reads all of it: then, and wherever a property
 * read is not written in the object's literal, or its value names a constant or function `declaring` declares,
 * the whole of `declaring`'s source.
 */
export function propertiesRead(
  root: string,
  files: readonly string[],
  declaring: string,
  name: string,
  { except = [] }: { except?: readonly string[] } = {},
): string {
  const whole = readFileSync(path.join(root, declaring), 'utf8')
  const read = new Set<string>()
  let everything = false
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8')
    if (!text.includes(name)) continue
    const visit = (node: ts.Node) => {
      if (ts.isIdentifier(node) && node.text === name) {
        const parent = node.parent
        if (ts.isPropertyAccessExpression(parent) && parent.expression === node) read.add(parent.name.text)
        else if (
          ts.isVariableDeclaration(parent) &&
          parent.initializer === node &&
          ts.isObjectBindingPattern(parent.name)
        ) {
          for (const element of parent.name.elements) {
            const key = element.propertyName ?? element.name
            if (ts.isIdentifier(key) && !element.dotDotDotToken) read.add(key.text)
            else everything = true
          }
        } else if (!ts.isImportSpecifier(parent)) everything = true
      }
      ts.forEachChild(node, visit)
    }
    visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true))
  }
  if (everything) return whole
  const source = ts.createSourceFile(declaring, whole, ts.ScriptTarget.Latest, true)
  const properties = new Map<string, string>()
  // What the file itself declares at its top level (not what it imports).
  const declared = new Set<string>()
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations)
        if (ts.isIdentifier(declaration.name)) declared.add(declaration.name.text)
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
      declared.add(statement.name.text)
    }
  }
  const visit = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === name &&
      node.initializer &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      for (const property of node.initializer.properties) {
        // A value that names a constant or function of this file is not all in its own text. (One imported is
        // code, which whoever asks versions with the rest of the code.)
        if (
          ts.isPropertyAssignment(property) &&
          ts.isIdentifier(property.name) &&
          !namesAny(property.initializer, declared)
        )
          properties.set(property.name.text, property.getText(source))
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  const wanted = [...read].filter((property) => !except.includes(property)).sort()
  if (wanted.some((property) => !properties.has(property))) return whole
  return wanted.map((property) => properties.get(property)).join('\n')
}

/** Whether `value` names one of `names` (other than as a key of its own object literals). */
function namesAny(value: ts.Node, names: ReadonlySet<string>): boolean {
  let found = false
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && !(ts.isPropertyAssignment(node.parent) && node.parent.name === node)) {
      if (names.has(node.text)) found = true
    } else ts.forEachChild(node, visit)
  }
  visit(value)
  return found
}
