import { describe, expect, it } from 'vitest';
import { agentSourceFiles, valueImports } from './sources';

const FILES: Record<string, string> = {
  'lib/lessons/s08-background-tasks.ts': [
    "import type { LessonModule } from '../agent/types';",
    "import { runLoop } from '../agent/loop';",
    "import { baseTools } from '@/lib/agent/tools/base';",
    "import { BackgroundManager } from '../mechanisms/background';",
    "import { scripts } from './s08-background-tasks.script';",
    "import { LESSONS } from './registry';",
    "import { z } from 'zod';",
  ].join('\n'),
  'lib/agent/types.ts': '',
  'lib/agent/loop.ts': "import { appendMessages } from './messages';",
  'lib/agent/messages.ts': '',
  'lib/agent/tools/base.ts': '',
  'lib/mechanisms/background/index.ts': "export { BackgroundManager } from './manager';\nexport * from './drain';",
  'lib/mechanisms/background/manager.ts': "import { startProcess } from '../../agent/process';\nimport { helper } from '../testing/helper';",
  'lib/mechanisms/background/drain.ts': '',
  'lib/mechanisms/background/manager.test.ts': '',
  'lib/mechanisms/testing/helper.ts': '',
  'lib/agent/process.ts': '',
  'lib/lessons/s08-background-tasks.script.ts': '',
  'lib/lessons/registry.ts': '',
};
const read = (p: string) => FILES[p] ?? null;

describe('valueImports', () => {
  it('skips type-only imports and keeps re-exports', () => {
    expect(valueImports("import type { A } from './a';\nimport { b } from './b';\nexport * from './c';")).toEqual(['./b', './c']);
  });
});

describe('agentSourceFiles', () => {
  const files = agentSourceFiles('lib/lessons/s08-background-tasks.ts', read);

  it('starts with the lesson module and ends with the core files it imports directly', () => {
    expect(files[0]).toBe('lib/lessons/s08-background-tasks.ts');
    expect(files.slice(-2)).toEqual(['lib/agent/loop.ts', 'lib/agent/tools/base.ts']);
  });

  it('follows the mechanism through its index and re-exports', () => {
    expect(files).toContain('lib/mechanisms/background/index.ts');
    expect(files).toContain('lib/mechanisms/background/manager.ts');
    expect(files).toContain('lib/mechanisms/background/drain.ts');
  });

  it('leaves out scripts, tests, test helpers, types, the registry and core internals', () => {
    for (const hidden of [
      'lib/lessons/s08-background-tasks.script.ts', 'lib/mechanisms/background/manager.test.ts',
      'lib/mechanisms/testing/helper.ts', 'lib/agent/types.ts', 'lib/lessons/registry.ts',
      'lib/agent/messages.ts', 'lib/agent/process.ts',
    ]) expect(files).not.toContain(hidden);
  });
});
