// Compiles apps/api with the TypeScript compiler API so the @nestjs/swagger CLI plugin can read
// DTO types, and rewrites the workspace aliases (tsconfig `paths`) into relative requires.
import path from 'node:path';
import fs from 'node:fs';
import ts from 'typescript';
import swagger from '@nestjs/swagger/plugin';
import pluginOptions from '../apps/api/swagger-plugin.options.cjs';

const { swaggerPluginOptions } = pluginOptions;
const swaggerPlugin = swagger.before;

const root = path.resolve(import.meta.dirname, '..');
const configPath = path.join(root, 'apps/api/tsconfig.app.json');
const aliases = { '@bei-hub/domain': path.join(root, 'libs/domain/src/index.ts') };

const parsed = ts.getParsedCommandLineOfConfigFile(
  configPath,
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => fail([d]),
  },
);
fs.rmSync(parsed.options.outDir, { recursive: true, force: true });
const program = ts.createProgram(parsed.fileNames, parsed.options);
const diagnostics = ts.getPreEmitDiagnostics(program);
if (diagnostics.length > 0) fail(diagnostics);

const result = program.emit(undefined, undefined, undefined, false, {
  before: [swaggerPlugin(swaggerPluginOptions, program), rewriteAliases],
});
if (result.emitSkipped || result.diagnostics.length > 0) fail(result.diagnostics);
console.log(`api built into ${path.relative(root, parsed.options.outDir)}`);

function rewriteAliases(context) {
  const { factory } = context;
  return (sourceFile) => {
    const fromDir = path.dirname(sourceFile.fileName);
    const visit = (node) => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
        const target = aliases[node.moduleSpecifier.text];
        if (target) {
          let relative = path.relative(fromDir, target).replace(/\.ts$/, '');
          if (!relative.startsWith('.')) relative = `./${relative}`;
          const specifier = factory.createStringLiteral(relative);
          return ts.isImportDeclaration(node)
            ? factory.updateImportDeclaration(
                node,
                node.modifiers,
                node.importClause,
                specifier,
                node.attributes,
              )
            : factory.updateExportDeclaration(
                node,
                node.modifiers,
                node.isTypeOnly,
                node.exportClause,
                specifier,
                node.attributes,
              );
        }
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitEachChild(sourceFile, visit, context);
  };
}

function fail(list) {
  const host = {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => root,
    getNewLine: () => '\n',
  };
  console.error(ts.formatDiagnosticsWithColorAndContext(list, host));
  process.exit(1);
}
