/**
 * The part of the WebAssembly JavaScript API the k-means kernels use. Node has it as a global,
 * but @types/node 20 does not declare it, and the node targets do not load the DOM library
 * (where TypeScript declares it) so that browser globals stay out of the main process.
 */
declare namespace WebAssembly {
  interface MemoryDescriptor {
    initial: number;
    maximum?: number;
    shared?: boolean;
  }
  class Memory {
    constructor(descriptor: MemoryDescriptor);
    readonly buffer: ArrayBuffer;
    grow(delta: number): number;
  }
  class Module {
    constructor(bytes: ArrayBufferView | ArrayBuffer);
  }
  class Instance {
    constructor(module: Module, imports?: Record<string, Record<string, unknown>>);
    readonly exports: Record<string, unknown>;
  }
}
