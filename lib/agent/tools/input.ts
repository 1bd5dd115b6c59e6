// Reading a tool's input: the model's arguments are untrusted JSON, so each field is checked and a wrong
// one is named in an error the model can read and fix.
import { ToolError } from '../types';

export function stringField(input: Record<string, unknown>, tool: string, field: string): string {
  const value = input[field];
  if (typeof value !== 'string') throw new ToolError(`${tool} needs "${field}" as a string`);
  return value;
}

export function optionalPositiveInt(input: Record<string, unknown>, tool: string, field: string): number | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new ToolError(`${tool}: "${field}" must be a whole number of at least 1`);
  }
  return value;
}
