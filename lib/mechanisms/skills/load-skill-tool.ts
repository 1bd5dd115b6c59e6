// s05: the `load_skill` tool: the second, on-demand layer of skill loading.
import type { Tool } from '../../agent/types';
import type { SkillLibrary } from './skill-library';

export function createLoadSkillTool(library: SkillLibrary): Tool {
  return {
    name: 'load_skill',
    description: 'Load the full instructions of a skill from the catalogue in your system prompt, before doing work it covers.',
    input_schema: { type: 'object', properties: { name: { type: 'string', description: 'the skill name' } }, required: ['name'] },
    async run(input, ctx) {
      const { name, text } = library.load(input.name);
      ctx.sink.emit({ type: 'skill.loaded', actor: ctx.actor, name, chars: text.length });
      return text;
    },
  };
}
