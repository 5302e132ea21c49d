/**
 * How a content note's "Skip ahead" reaches the stage's navigation without
 * importing it: the navigation module imports the stage store, which
 * imports the exercise library, so a direct import would be a cycle.
 * renderer/stage/local-navigation.ts registers the handler as it loads.
 */
let handler: (slides: number) => void = () => undefined;

export function setSkipHandler(skip: (slides: number) => void): void {
  handler = skip;
}

export function skipAhead(slides: number): void {
  handler(slides);
}
