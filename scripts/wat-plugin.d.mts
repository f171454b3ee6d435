import type { Plugin } from 'vite';

/** Vite plugin: `import bytes from './x.wat'` gives the assembled module's bytes in base64. */
export function watPlugin(): Plugin;
