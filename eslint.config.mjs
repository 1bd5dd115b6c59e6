import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Code that runs in the browser must never pull in the Node-only layers (the agent, the mechanisms,
// the run manager, the lesson agents). One list, used by two rules below.
const NODE_ONLY = [
  {
    regex: '^(@/lib/|(\\.\\.?/)+(lib/)?)(agent|mechanisms|runs)(/|$)',
    message: 'Node-only layer (lib/agent, lib/mechanisms, lib/runs): client code must not import it.',
  },
  {
    regex: '^(@/lib/|(\\.\\.?/)+(lib/)?)lessons/(s\\d\\d|agents)',
    message: 'Lesson agents (lib/lessons/sNN-*, lib/lessons/agents) are Node-only; use lib/lessons/registry.',
  },
];

/** Applies NODE_ONLY to any file that starts with the 'use client' directive, wherever it lives. */
const clientBoundary = {
  rules: {
    'no-node-only-imports': {
      meta: { type: 'problem', schema: [], docs: { description: 'no Node-only imports in "use client" files' } },
      create(context) {
        const isClient = context.sourceCode.ast.body.some(
          (node) => node.type === 'ExpressionStatement' && node.directive === 'use client',
        );
        if (!isClient) return {};
        const check = (node) => {
          const source = node.source?.value;
          if (typeof source !== 'string') return;
          const hit = NODE_ONLY.find((rule) => new RegExp(rule.regex).test(source));
          if (hit) context.report({ node: node.source, message: `${hit.message} ('${source}')` });
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'node_modules/**', 'content/workspaces/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
  {
    files: ['components/**', 'lib/store/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: NODE_ONLY }] },
  },
  {
    // App Router only: there is no pages/ directory for this rule to check.
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    plugins: { boundary: clientBoundary },
    rules: { 'boundary/no-node-only-imports': 'error' },
  },
]);
