/**
 * `npm run build` starts here. Eleventy and its few hundred modules are
 * plain JavaScript: loading them before tsx's hooks are in place spares each
 * one a trip through the TypeScript loader (about 0.15 s per build). Then
 * tsx is registered and the build itself, TypeScript, runs as usual.
 */
await import("@11ty/eleventy");
const { register: registerModules } = await import("tsx/esm/api");
const { register: registerRequire } = await import("tsx/cjs/api");
registerModules();
registerRequire();
await import("./build.ts");
