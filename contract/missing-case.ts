/** For the `default` of a switch over a union: a new member becomes a type error. */
export function missingCaseError(value: never): Error {
  return new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
