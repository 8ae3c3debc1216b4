import ts from 'typescript'
const files = process.argv.slice(2)
const program = ts.createProgram(files, { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, resolveJsonModule: true, skipLibCheck: true, noEmit: true, allowImportingTsExtensions: false })
const checker = program.getTypeChecker()
for (const f of files) {
  const sf = program.getSourceFile(f)
  const names = checker.getExportsOfModule(checker.getSymbolAtLocation(sf)).map((s) => s.name).sort()
  console.log(f, names.length)
  console.log(names.join(' '))
}
