// Build-only Vite plugin: replaces each `graphql(`…`)` call in web/src with the document the client preset
// generated for it (web/src/gql/graphql.ts), written inline. Without it, the preset's graphql() looks
// documents up in one map of every operation in the app, so all of them (about 150 KB) land in the first
// download whatever the code splitting. Inline, a document travels in the chunk of the page that uses it.
// This is what the preset's own Babel/SWC plugins do, minus the import of graphql.ts, which would pull
// every used document back into one shared chunk. The development server keeps the preset's map. The import of
// graphql() goes too: left in, it would load an empty chunk (src/gql, all of it unused) with the first page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([^`]*)`\s*,?\s*\)/g;
const FIRST_DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/;
const GRAPHQL_IMPORT = /^import \{ graphql \} from (['"])(?:\.\.?\/)+gql\1;?\n/m;
const GENERATED = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/;

export function inlineGraphqlDocuments(srcDir: string): Plugin {
  const generatedFile = path.join(srcDir, 'gql', 'graphql.ts');
  let documents: Map<string, string> | undefined;

  const load = () => {
    documents = new Map();
    for (const line of readFileSync(generatedFile, 'utf8').split('\n')) {
      const match = GENERATED.exec(line);
      if (match) documents.set(match[1], match[2]);
    }
    return documents;
  };

  return {
    name: 'heritage:inline-graphql-documents',
    apply: 'build',
    buildStart() {
      load();
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (!file.startsWith(srcDir) || file.startsWith(path.join(srcDir, 'gql')) || !/\.tsx?$/.test(file)) return;
      if (!code.includes('graphql(')) return;
      const known = documents ?? load();
      let replaced = false;
      const out = code.replace(CALL, (_call, source: string) => {
        const definition = FIRST_DEFINITION.exec(source);
        if (!definition) this.error(`${file}: graphql() call without a named operation or fragment`);
        const name = definition[2] + (definition[1] === 'fragment' ? 'FragmentDoc' : 'Document');
        const document = known.get(name);
        // A document missing from graphql.ts means the generated files are stale: fail rather than ship {}.
        if (!document) this.error(`${file}: ${name} is not in src/gql/graphql.ts; run \`npm run codegen\``);
        replaced = true;
        return `(${document})`;
      });
      return replaced ? { code: out.replace(GRAPHQL_IMPORT, ''), map: null } : undefined;
    },
  };
}
