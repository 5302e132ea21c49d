/**
 * Groundwork's version, part of every compile-cache key: a new release never
 * reuses lessons compiled by an older one. A unit test keeps it equal to
 * package.json's version. COMPILER_REVISION changes when the compiled output
 * changes shape within one release.
 */
export const GROUNDWORK_VERSION = '0.1.0';
// 4: slides carry the questions phones can answer (issue 16); 5: a phone's 1-10 points carry their end labels;
// 6: the checks for pictures without alt text, UI languages and slides too tall (issue 17).
export const COMPILER_REVISION = 9;
export const CACHE_KEY_VERSION = `${GROUNDWORK_VERSION}+${COMPILER_REVISION}`;
