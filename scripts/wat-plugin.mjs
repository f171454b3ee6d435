import { readFile } from 'node:fs/promises';
import wabtInit from 'wabt';

/**
 * Vite plugin: `import bytes from './x.wat'` assembles the WebAssembly text (SIMD and shared
 * memory enabled) with wabt at build time and gives the module's bytes as a base64 string.
 */
export function watPlugin() {
  let wabt;
  return {
    name: 'segmentdesk-wat',
    async load(id) {
      if (!id.endsWith('.wat')) return null;
      wabt ??= await wabtInit();
      const module = wabt.parseWat(id, await readFile(id, 'utf8'), { simd: true, threads: true });
      try {
        const { buffer } = module.toBinary({});
        return `export default ${JSON.stringify(Buffer.from(buffer).toString('base64'))};`;
      } finally {
        module.destroy();
      }
    },
  };
}
