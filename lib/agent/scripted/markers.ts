// Strings other parts of the harness share with the scripted model, so it can recognise their requests.

/** Starts the user message that replaces a compacted history; the scripted model then plays `afterCompact`. */
export const COMPACT_SUMMARY_MARKER = '[Context compacted] Summary of the conversation so far:';

/** Starts the system prompt of a summary request; the scripted model answers it with a summary. */
export const SUMMARY_SYSTEM_PROMPT =
  'You summarise a coding agent\'s conversation so it can continue in a fresh context. Keep the user\'s ' +
  'request, what was done, which files matter and what is left to do.';
