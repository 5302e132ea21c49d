// The renderer's stand-in for Node and Electron, so that neither one's types reach its type check
// (renderer/tsconfig.json). The renderer runs in a browser and reaches the host only through the
// HostApi (docs/architecture.md, "Boundaries"); ESLint refuses the imports themselves.
//
// - As the `node` type library (typeRoots): a `/// <reference types="node" />` in any package's
//   types, such as the one at the top of electron.d.ts, finds this file instead of @types/node,
//   whose global declarations would otherwise let `node:fs`, `fs`, `process` and `Buffer`
//   typecheck in every renderer file.
// - As `electron` and `electron/*` (paths): importing Electron finds this file, which is not a
//   module, so tsc reports that it is not one.
//
// It must stay empty, and must not become a module.
