// The scripted model: the lessons' example conversations, served to the SDK through its `fetch`.
export { COMPACT_SUMMARY_MARKER, SUMMARY_SYSTEM_PROMPT } from './markers';
export { SCRIPTED_MODEL, scriptedFetch, type ScriptedFetchOptions } from './fetch';
export { END_OF_SCRIPT_TEXT, NO_SCRIPT_TEXT, chooseTurn } from './select';
