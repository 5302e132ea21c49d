import type { z } from 'zod';

/**
 * Turns zod issues into sentences an author without programming background
 * can act on: `Quiz: "answer" must be one of the options`. The component name
 * is added by the caller.
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[], props: unknown): string[] {
  return issues.map((issue) => formatIssue(issue, props));
}

function formatIssue(issue: z.core.$ZodIssue, props: unknown): string {
  const [prop, ...rest] = issue.path;
  const name = prop === undefined ? '' : `"${String(prop)}"`;
  const where =
    rest.length > 0 && typeof rest[0] === 'number' ? `${name} entry ${rest[0] + 1}` : name;

  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(props, issue.path) === undefined) return `${where} is missing`;
      return `${where} ${describeExpected(issue.expected)}`;
    case 'too_small':
      if (issue.origin === 'array')
        return `${where} needs at least ${String(issue.minimum)} entries`;
      if (issue.origin === 'string') return `${where} is empty: write some text between the quotes`;
      return `${where} must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array')
        return `${where} can have at most ${String(issue.maximum)} entries`;
      if (issue.origin === 'string')
        return `${where} is too long (at most ${String(issue.maximum)} characters)`;
      return `${where} must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`;
    case 'invalid_value':
      return `${where} must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return issue.keys
        .map((key) =>
          key === 'children'
            ? 'does not take content between its tags: close it with "/>"'
            : `unknown prop "${key}" (check the spelling)`,
        )
        .join('; ');
    case 'invalid_union':
      return `${where} is not in a form this component understands`;
    default:
      return `${where} ${issue.message}`.trim();
  }
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'string':
      return 'should be text in quotes, like prop="…"';
    case 'number':
      return 'should be a number in curly braces, like prop={4}';
    case 'array':
      return 'should be a list, like prop={["first", "second"]}';
    case 'boolean':
      return 'should be written on its own (on) or as prop={false} (off)';
    default:
      return `should be a ${expected}`;
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
